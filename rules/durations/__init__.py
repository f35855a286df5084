"""Duration rules: how long something lasted, and offsets between dated events."""
