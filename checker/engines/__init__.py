"""Where the pipeline runs: in this process (`pandas`, the default) or on a Dask cluster.

Both engines call the same code for every rule and finding: `sources.read_all`,
`claims.extract_records` and the findings modules' per-group functions.  An engine
only decides where that code runs and how rows reach it, so both give the same
claims and the same findings.  `dask_engine` drives a cluster from the client;
`dask_tasks` holds what runs on the workers.
"""

from __future__ import annotations

ENGINES = ("pandas", "dask")
