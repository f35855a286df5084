"""Outputs: reports, charts and machine-readable tables rendered from the pipeline's tables."""
