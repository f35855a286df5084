"""report.html: one self-contained page a journalist opens from disk.

Built from small functions that each return a fragment.  Every piece of text that
comes from a source (quotes, subjects, titles, outlets, URLs, notes) passes through
`_text` (html.escape) and nothing else reaches the page unescaped, except the charts'
SVG, which matplotlib draws with the text turned into paths.  A URL becomes a link only
when it is plain http(s); links to sources are relative paths the caller checked lie
inside the corpus.  A Content-Security-Policy allows nothing but the one inline script
(by hash) and inline styles, so the page can fetch nothing and run nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from html import escape

import pandas as pd

from checker.output.charts import Chart
from checker.output.tables import (
    KIND_DESCRIPTIONS,
    SEVERITIES,
    Quote,
    ReportTables,
    claim_when,
    describe_entry,
    finding_heading,
    format_claim_value,
    format_interval,
    is_http_url,
    plural,
    quote_claim,
    quote_origin,
    summary_line,
)
from checker.schema import records

TITLE = "Claim and figure consistency report"

STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0;background:#fafafa}
main{max-width:1180px;margin:0 auto;padding:0 20px 60px}
header.page{background:#1d3557;color:#fff;padding:18px 20px}
header.page h1{margin:0 auto;max-width:1180px;font-size:1.5em}
header.page p{margin:4px auto 0;max-width:1180px}
nav{max-width:1180px;margin:6px auto 0}nav a{color:#cfe3ff;margin-right:14px}
h2{border-bottom:2px solid #1d3557;padding-bottom:4px;margin-top:36px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92em}
th,td{border:1px solid #d6d6d6;padding:4px 7px;text-align:left;vertical-align:top}
th{background:#eef1f5}td.num{text-align:right;white-space:nowrap}
th button{all:unset;cursor:pointer;font-weight:600}th button::after{content:" \\2195";color:#888}
th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
mark{background:#ffe066;padding:0 2px}
.badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:.8em;font-weight:600;vertical-align:middle}
.sev-error{background:#c1121f;color:#fff}.sev-warning{background:#f4a261;color:#1b1b1b}.sev-info{background:#8ecae6;color:#1b1b1b}
.kind{background:#e9ecef;color:#1b1b1b}.status{border:1px solid #888;color:#333}.status-open{border-color:#c1121f;color:#c1121f}
article.finding{background:#fff;border:1px solid #d6d6d6;border-left:5px solid #8ecae6;margin:10px 0;padding:8px 14px}
article.finding.error{border-left-color:#c1121f}article.finding.warning{border-left-color:#f4a261}
article.finding h4{margin:2px 0 6px}.message{margin:4px 0;font-weight:500}.values,.note{margin:2px 0;color:#444}
ul.quotes{list-style:none;padding:0;margin:6px 0}ul.quotes li{margin:6px 0}
blockquote{margin:0;padding:2px 10px;border-left:3px solid #ccc;background:#f6f6f6}
.cite{font-size:.88em;color:#555;margin:2px 0 0 13px}
figure.chart{background:#fff;border:1px solid #d6d6d6;margin:14px 0;padding:10px}
figure.chart svg{max-width:100%;height:auto;display:block}
figcaption{font-size:.92em;color:#333;margin-top:4px}
ol.timeline{list-style:none;padding:0;border-left:3px solid #1d3557;margin-left:8px}
ol.timeline>li{margin:0 0 12px;padding-left:16px;position:relative}
ol.timeline>li::before{content:"";position:absolute;left:-8px;top:7px;width:11px;height:11px;border-radius:50%;background:#1d3557}
ol.timeline time{font-weight:700;margin-right:8px}ol.timeline ul{margin:2px 0;padding-left:18px;font-size:.92em}
.muted{color:#666}.url{word-break:break-all}
div.wide{overflow-x:auto}.nowrap{white-space:nowrap}td.quote{min-width:26em}td code{font-size:.85em}
"""

SORT_SCRIPT = """(function () {
  "use strict";
  function key(cell) {
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }
  function number(text) {
    var value = parseFloat(text);
    return isNaN(value) ? -Infinity : value;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll("thead th").forEach(function (th, column) {
      var button = th.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.hasAttribute("data-numeric");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          var order = numeric ? number(x) - number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();"""


def render_html(tables: ReportTables, charts: list[Chart]) -> str:
    """The whole page, as text; deterministic for the same tables and charts."""
    body = "\n".join(
        [
            _page_header(tables),
            "<main>",
            _summary(tables),
            _charts(tables, charts),
            _findings(tables),
            _timeline(tables),
            _claims(tables),
            "</main>",
        ]
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_content_security_policy()}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(TITLE)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{SORT_SCRIPT}</script>\n</body>\n</html>\n"
    )


def _content_security_policy() -> str:
    digest = base64.b64encode(hashlib.sha256(SORT_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; "
        f"script-src 'sha256-{digest}'; "
        "style-src 'unsafe-inline'; "  # the page's <style> and the charts' style attributes
        "base-uri 'none'; form-action 'none'"
    )


# --- sections -------------------------------------------------------------------------


def _page_header(tables: ReportTables) -> str:
    sections = (("summary", "Summary"), ("charts", "Charts"), ("findings", "Findings"),
                ("timeline", "Timeline"), ("claims", "Claims"))  # fmt: skip
    links = "".join(f'<a href="#{anchor}">{name}</a>' for anchor, name in sections)
    return (
        f'<header class="page"><h1>{_text(TITLE)}</h1>'
        f"<p>{_text(summary_line(tables))}</p><nav>{links}</nav></header>"
    )


def _summary(tables: ReportTables) -> str:
    return _section(
        "summary",
        "Summary",
        _open_conflicts(tables) + _kind_counts(tables) + _sources(tables),
    )


def _open_conflicts(tables: ReportTables) -> str:
    conflicts = tables.open_conflicts()
    if conflicts.empty:
        return "<h3>Open conflicts</h3><p>None: no open finding says that sources disagree.</p>"
    items = "".join(
        f'<li>{_badge(row["severity"], "sev-" + row["severity"])} '
        f'<a href="#{_finding_anchor(row)}">{_text(finding_heading(row))}</a>: {_text(row["message"])}</li>'
        for row in records(conflicts)
    )
    return f"<h3>Open conflicts ({len(conflicts)})</h3><ul>{items}</ul>"


def _kind_counts(tables: ReportTables) -> str:
    counts = tables.counts_by_kind()
    if not counts:
        return "<h3>Findings by kind</h3><p>No findings.</p>"
    rows = [
        [_text(kind), _text(KIND_DESCRIPTIONS.get(kind, "")), _num(str(count), count)] for kind, count in counts
    ]
    severity = ", ".join(f"{count} {name}" for name, count in tables.counts_by_severity())
    return (
        "<h3>Findings by kind</h3>"
        + _table(["Kind", "Meaning", "Findings"], rows, numeric={2})
        + f'<p class="muted">By severity: {_text(severity)}.</p>'
    )


def _sources(tables: ReportTables) -> str:
    rows = []
    for doc in records(tables.documents):
        source = _link(tables.hrefs.get(doc["source"], ""), doc["source"])
        if doc["title"]:
            source += f"<br>{_text(doc['title'])}"
        date = f'<td class="nowrap">{_text(doc["source_date"])}</td>' if doc["source_date"] else "unknown"
        how = _text(doc["source_date_basis"]) + (f": {_text(doc['date_note'])}" if doc["date_note"] else "")
        rows.append([source, _text(doc["outlet"]), date, how, _external_link(doc["url"])])
    return f"<h3>Sources ({len(rows)})</h3>" + _table(
        ["Source", "Outlet", "Published", "How the date is known", "URL"], rows
    )


def _charts(tables: ReportTables, charts: list[Chart]) -> str:
    if not charts:
        return _section("charts", "Charts", "<p>No measure has figures from two or more dates or sources.</p>")
    intro = (
        "<p>One chart per measure with figures from two or more dates or sources: each point is a "
        "figure at the middle of the date it is as of; bars span that date and the range the wording "
        "allows (“about”, “at least”); colours are sources; a red ring marks a figure in a conflict.</p>"
    )
    return _section("charts", "Charts", intro + "".join(_chart(tables, chart) for chart in charts))


def _chart(tables: ReportTables, chart: Chart) -> str:
    quotes = tables.quotes(" ".join(chart.claim_ids))
    rows = []
    for quote in quotes:
        conflict = "yes" if quote.claim_id in chart.conflict_claim_ids else ""
        rows.append(
            [f'<td class="nowrap">{_text(quote.when)}</td>', _num(quote.value), _text(quote.outlet or quote.source), _quote_html(quote),
             _location(tables, quote), _text(conflict)]
        )  # fmt: skip
    data = _table(["As of", "Figure", "Source", "Quote", "Where", "In a conflict"], rows, numeric={1})
    return (
        f'<figure class="chart" id="chart-{_text(chart.slug)}">{chart.inline_svg()}'
        f"<figcaption><strong>{_text(chart.title)}</strong>: {len(chart.claim_ids)} figures "
        f"from {_text(plural(len({quote.source for quote in quotes}), 'source'))}."
        f"</figcaption><details><summary>Figures plotted</summary>{data}</details></figure>"
    )


def _findings(tables: ReportTables) -> str:
    if tables.findings.empty:
        return _section("findings", "Findings", "<p>No findings.</p>")
    parts = []
    for severity in SEVERITIES:
        group = tables.findings[tables.findings["severity"] == severity]
        if not group.empty:
            parts.append(f"<h3>{_text(severity.capitalize())} ({len(group)})</h3>")
            parts.extend(_finding(tables, row) for row in records(group))
    other = tables.findings[~tables.findings["severity"].isin(SEVERITIES)]
    if not other.empty:
        parts.append(f"<h3>Other ({len(other)})</h3>")
        parts.extend(_finding(tables, row) for row in records(other))
    return _section("findings", "Findings", "".join(parts))


def _finding(tables: ReportTables, finding: Mapping) -> str:
    severity, status = finding["severity"], finding["review_status"]
    quotes = "".join(
        f"<li><blockquote>{_quote_html(quote)}</blockquote>"
        f'<p class="cite">{_text(quote_origin(quote))} — {_location(tables, quote)}</p></li>'
        for quote in tables.finding_quotes(finding)
    )
    note = f'<p class="note">Review note: {_text(finding["review_note"])}</p>' if finding["review_note"] else ""
    if finding["review_change"]:
        note += f'<p class="note">Review is stale, {_text(finding["review_change"])}.</p>'
    values = f'<p class="values">Figures: {_text(finding["values"])}</p>' if finding["values"] else ""
    return (
        f'<article class="finding {_text(severity)}" id="{_finding_anchor(finding)}">'
        f"<h4>{_badge(severity, 'sev-' + severity)} {_badge(finding['kind'], 'kind')} "
        f"{_text(finding_heading(finding))} {_badge(status, 'status status-' + status)}</h4>"
        f'<p class="message">{_text(finding["message"])}</p>{values}{note}'
        f'<ul class="quotes">{quotes}</ul></article>'
    )


def _timeline(tables: ReportTables) -> str:
    if tables.timeline.empty:
        return _section("timeline", "Timeline", "<p>No dated events or figures.</p>")
    items = []
    for entry in records(tables.timeline):
        reports = "".join(
            f"<li>{_text(quote.outlet or quote.source)}: {_quote_html(quote)} — {_location(tables, quote)}</li>"
            for quote in tables.quotes(entry["claim_ids"])
        )
        sources = plural(len(entry["sources"].split()), "source")
        items.append(
            f'<li id="event-{_text(entry["entry_id"])}"><time datetime="{_text(entry["as_of_start"])}">'
            f"{_text(entry['when'])}</time> <strong>{_text(describe_entry(entry))}</strong> "
            f'<span class="muted">({_text(entry["kind"])}, {_text(sources)})</span><ul>{reports}</ul></li>'
        )
    intro = (
        "<p>Every dated event and figure, earliest first, at the precision the sources give; "
        "the same event reported by several sources is one entry listing them.</p>"
    )
    return _section("timeline", "Timeline", intro + f'<ol class="timeline">{"".join(items)}</ol>')


def _claims(tables: ReportTables) -> str:
    headers = ["Where", "Kind", "Subject", "Measure", "Value", "As of", "Quote", "Rule", "Claim id"]
    rows = []
    for claim in tables.claims.to_dict("records"):
        quote = quote_claim(claim)
        interval = format_interval(claim)
        value = format_claim_value(claim)
        basis = claim["as_of_basis"].replace("_", " ")
        rows.append(
            [
                _sorted_cell(_location(tables, quote), f"{claim['source']}\t{claim['start']:09d}"),
                _text(claim["kind"]),
                _text(claim["subject"]),
                _text(claim["measure"]),
                _num(value, claim["value"], f" ({interval})" if interval and interval != value else ""),
                _sorted_cell(f'<span class="nowrap">{_text(claim_when(claim))}</span>'
                             + (f' <span class="muted">({_text(basis)})</span>' if claim_when(claim) else ""),
                             claim["as_of_start"]),
                f'<td class="quote">{_quote_html(quote)}</td>',
                _text(claim["rule"]),
                f"<code>{_text(claim['claim_id'])}</code>",
            ]
        )  # fmt: skip
    note = '<p class="muted">Click a column heading to sort; (…) after a value is the range its wording allows.</p>'
    table = _table(headers, rows, numeric={4}, sortable=True)
    return _section("claims", f"Claims ({len(rows)})", f'{note}<div class="wide">{table}</div>')


# --- fragments ------------------------------------------------------------------------


def _text(value: object) -> str:
    """Any text for the page: escaped, quotes included."""
    return escape("" if value is None else str(value), quote=True)


def _section(anchor: str, heading: str, content: str) -> str:
    return f'<section id="{anchor}"><h2>{_text(heading)}</h2>{content}</section>'


def _table(
    headers: list[str], rows: Iterable[list[str]], numeric: set[int] = frozenset(), sortable: bool = False
) -> str:
    """A table from already-escaped cells; `numeric` column indexes sort and align as numbers."""
    head = "".join(
        f"<th{' data-numeric' if i in numeric else ''}>"
        + (f'<button type="button">{_text(h)}</button>' if sortable else _text(h))
        + "</th>"
        for i, h in enumerate(headers)
    )
    body = "".join("<tr>" + "".join(_cell(cell) for cell in row) + "</tr>" for row in rows)
    css = ' class="sortable"' if sortable else ""
    return f"<table{css}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(cell: str) -> str:
    return cell if cell.startswith("<td") else f"<td>{cell}</td>"


def _num(text: str, value: object = None, aside: str = "") -> str:
    """A right-aligned cell that sorts by `value`, with `aside` in small print."""
    key = "" if value is None or (isinstance(value, float) and pd.isna(value)) else repr(float(value))
    small = f' <span class="muted">{_text(aside)}</span>' if aside else ""
    return f'<td class="num" data-sort="{_text(key)}">{_text(text)}{small}</td>'


def _sorted_cell(content: str, key: object) -> str:
    return f'<td data-sort="{_text(key)}">{content}</td>'


def _badge(text: str, css: str) -> str:
    return f'<span class="badge {_text(css)}">{_text(text)}</span>'


def _link(href: str, text: str) -> str:
    """A link to a file inside the corpus (href from tables.source_hrefs), else plain text."""
    return f'<a href="{_text(href)}">{_text(text)}</a>' if href else _text(text)


def _external_link(url: str) -> str:
    """A link only for a plain http(s) URL; anything else (javascript:, data:) shown as text."""
    if not url:
        return ""
    if is_http_url(url):
        return f'<a class="url" href="{_text(url)}" rel="noopener noreferrer nofollow">{_text(url)}</a>'
    return f'<span class="url">{_text(url)}</span>'


def _location(tables: ReportTables, quote: Quote) -> str:
    label = f"{quote.source}#L{quote.line}" if quote.line else quote.source
    return _link(tables.location_href(quote.source, quote.line) if quote.line else "", label)


def _quote_html(quote: Quote) -> str:
    return f"“{_text(quote.before)}<mark>{_text(quote.figure)}</mark>{_text(quote.after)}”"


def _finding_anchor(finding: Mapping) -> str:
    return "finding-" + re.sub(r"[^A-Za-z0-9_-]", "_", finding["finding_id"])
