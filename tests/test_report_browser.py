"""report.html in a real browser: it renders, its script works, and a hostile source runs nothing.

Drives Debian's Chromium (/usr/bin/chromium) through Playwright's Python API; the
Makefile's `browser` target installs it.  Skipped only when that binary is absent.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (`make browser` installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A page opened from disk, with everything it tried to do recorded."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(path.resolve().as_uri(), wait_until="load")

    def close(self) -> None:
        self.context.close()


def test_the_seeds_report_renders_with_charts_findings_and_timeline(browser, tmp_path):
    visit = Visit(browser, ROOT / "reports" / "report.html")
    page = visit.page
    try:
        charts = page.locator("#charts figure.chart svg")
        assert charts.count() >= 1
        for index in range(charts.count()):
            assert charts.nth(index).is_visible()
            assert charts.nth(index).bounding_box()["width"] > 500  # legible, not a thumbnail
        troops = page.locator("#charts figure.chart", has_text="troops").first
        assert troops.locator('[id*="-point-"]').count() >= 4  # 1999, 2022, 2023 and 2025

        findings = page.locator("#findings article.finding")
        assert findings.count() >= 1 and findings.first.is_visible()
        assert page.locator("#findings article.finding mark").first.is_visible()  # the figure highlighted

        events = page.locator("#timeline ol.timeline > li")
        assert events.count() >= 2 and events.first.is_visible()
        assert events.first.locator("time").inner_text().startswith("1998")
        assert "2025" in events.last.locator("time").inner_text()

        value_header = page.locator("#claims th", has_text="Value").locator("button")
        value_header.click()
        keys = page.locator("#claims tbody tr td.num").evaluate_all(
            "cells => cells.map(c => c.dataset.sort).filter(k => k !== '').map(Number)"
        )
        assert keys and keys == sorted(keys)  # the inline sorting script ran
        value_header.click()
        assert page.locator("#claims th", has_text="Value").get_attribute("aria-sort") == "descending"

        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        assert (tmp_path / "report.png").stat().st_size > 10_000
        assert visit.errors == []
        assert visit.dialogs == []
        assert all(url.startswith("file://") for url in visit.requests)
    finally:
        visit.close()


HOSTILE_SOURCE = textwrap.dedent(
    """\
    ---
    title: "<script>window.__pwned = 1</script>"
    outlet: "<img src=x onerror=\\"window.__pwned = 2\\">"
    url: "javascript:alert(1)"
    published: 2023-06-01
    ---
    <script>window.__pwned = 3</script> About 4,000 troops were deployed in 2022, <img src=x onerror="window.__pwned = 4;alert(4)">.
    In May 2023 there were 4,500 troops, <svg onload="window.__pwned = 5"></svg> said <a href="javascript:alert(5)">the minister</a>.
    """
)


def test_a_hostile_source_runs_nothing_and_reads_as_text(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.md").write_text(HOSTILE_SOURCE, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "checker", "report", "corpus", "-o", "out", "--no-cache"],
        cwd=tmp_path, check=True, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    visit = Visit(browser, tmp_path / "out" / "report.html")
    page = visit.page
    try:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert visit.dialogs == []
        assert visit.errors == []  # nothing even tried to run and was blocked
        assert page.locator("script").count() == 1  # the report's own
        assert page.locator("img").count() == 0
        assert page.locator('a[href^="javascript"], [onerror], [onload]').count() == 0
        text = page.locator("body").inner_text()
        assert "<script>window.__pwned = 1</script>" in text  # the title, shown as text
        assert '<img src=x onerror="window.__pwned = 2">' in text  # the outlet
        assert "javascript:alert(1)" in text  # the URL, as text and not a link
        assert "<script>window.__pwned = 3</script>" in text  # a quote from the body
        assert all(url.startswith("file://") for url in visit.requests)
        page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    finally:
        visit.close()
