"""URL parsing and quoting (coil implementation)."""
