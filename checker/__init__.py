"""checker: a claim and figure consistency checker for news.

The pipeline, one module a stage: sources -> documents -> claims -> findings ->
reviews -> reports.  The CLI (`checker.cli`) is a thin layer over it.
"""

__version__ = "0.1.0"
