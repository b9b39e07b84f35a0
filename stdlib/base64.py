"""Base16, Base32, Base64, Base85 and Ascii85 codecs (coil implementation)."""
