"""Name rules: people named in the text, so spellings can be compared across sources."""
