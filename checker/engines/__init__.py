"""Where the pipeline runs: in this process (`pandas`, the default) or on a Dask cluster.

Both engines call the same code for every rule and finding: `sources.read_all`,
`claims.extract_records` and the findings modules' per-group functions.  An engine
only decides where that code runs and how rows reach it, so both give the same
claims and the same findings.  `dask_engine` connects to a cluster and loads a corpus,
`dask_extract` reads and extracts on the workers, `dask_findings` finds on them.
"""

from __future__ import annotations

ENGINES = ("pandas", "dask")
