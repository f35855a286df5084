"""Date rules: absolute dates, days and months, years, and dates relative to the source."""
