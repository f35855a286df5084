"""The benchmark runs end to end at N = 50, so it cannot rot (no timing asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_generator_is_deterministic(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    a = generate(tmp_path / "a", 3, seed=5)
    b = generate(tmp_path / "b", 3, seed=5)
    files = sorted(p.name for p in a.glob("*.md"))
    assert files == ["article_000000.md", "article_000001.md", "article_000002.md"]
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    assert 2800 < len((a / files[0]).read_text()) < 4000


def test_benchmark_smoke(tmp_path):
    out = tmp_path / "RESULTS.md"
    subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "50", "--quick", "--out", str(out),
                    "--work", str(tmp_path / "work")], check=True, cwd=ROOT, timeout=600)
    text = Path(out).read_text()
    assert "| 50 |" in text and "articles/s" in text and "naive stack" in text
