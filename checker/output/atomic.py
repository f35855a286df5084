"""Write files so a reader (or a crash) never sees half of one.

Every writer in checker goes through here: the bytes go to a temporary file in the
target's own folder (same filesystem), are flushed to disk, then `os.replace` swaps
the file in whole.  Either the old file or the new one exists, never a torn one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` atomically, creating its folder when missing."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, 0o644)  # mkstemp makes 0600; outputs are meant to be shared
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> None:
    """Replace `path` with `text` as UTF-8 with "\\n" line ends, atomically."""
    write_bytes(path, text.encode("utf-8"))
