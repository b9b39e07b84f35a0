"""URL handling modules (coil)."""
