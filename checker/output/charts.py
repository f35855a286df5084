"""One chart per measure that sources report for several dates or from several sources.

A chart plots each figure against the date it is "as of": the point sits at the middle
of the as-of interval, a horizontal bar spans that interval (a whole year for "in
1999"), a vertical bar spans the interval the qualifier allows ("about 4,000"), the
colour says which source, and a red ring marks a figure that a conflict finding rests
on.  Charts are SVG drawn by matplotlib's object API (no pyplot, no global state) with
the text turned into paths, the hash salt fixed and the date left out, so the same
claims give byte-identical files on every run.  No source text reaches the SVG as text:
labels are drawn as glyph paths, so a chart cannot carry markup.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from html import escape

import matplotlib
import pandas as pd
from matplotlib import dates as mdates
from matplotlib import ticker
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from checker.output.tables import ReportTables, claim_when, format_claim_value, format_number

SVG_SETTINGS = {
    "svg.hashsalt": "checker",  # ids in the SVG derive from this instead of a random salt
    "svg.fonttype": "path",  # glyphs as paths: the page looks the same without the font
    "font.family": "DejaVu Sans",  # matplotlib's bundled font, the same on every machine
    "font.size": 9,
    "text.parse_math": False,  # a "$" in an outlet's name is a dollar sign, not TeX
    "axes.spines.top": False,
    "axes.spines.right": False,
}
SVG_METADATA = {"Date": None, "Creator": None}  # no timestamp, no matplotlib version
_COMMENT = re.compile(r"[ \t]*<!--.*?-->\n?", re.DOTALL)
FOLDER = "charts"  # beside the report: report.md shows charts/<slug>.svg

PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79",
)  # fmt: skip  -- tab10 without its red, which marks conflicts
MARKERS = ("o", "s", "D", "^", "v", "P", "X")  # a second cue once colours repeat
CONFLICT_COLOUR = "#d62728"
LOG_SCALE_RATIO = 8  # use a log value axis when the largest figure is this many times the smallest
LEGEND_LABEL_CHARS = 48
DODGE_FRACTION = 0.015  # sideways nudge between identical points, as a share of the date span
LABEL_CHAR_WIDTH = 4.9  # points per character of an 8-point label (DejaVu Sans, generous)
LABEL_LINE_HEIGHT = 11.0  # points
MARKER_RADIUS = 7.5  # points a label keeps clear of a point's centre (covers the conflict ring)


@dataclass(frozen=True)
class Chart:
    """A rendered chart and what it shows."""

    slug: str  # file stem: charts/<slug>.svg
    subject: str
    measure: str
    unit: str
    claim_ids: tuple[str, ...]  # the figures plotted, in date order
    conflict_claim_ids: tuple[str, ...]  # those a conflict finding rests on
    svg: str  # a standalone SVG document

    @property
    def file_name(self) -> str:
        return f"{FOLDER}/{self.slug}.svg"

    @property
    def title(self) -> str:
        return chart_title(self.subject, self.measure)

    def to_dict(self) -> dict:
        """What report.json says about the chart (the SVG itself is a file beside it)."""
        return {
            "file": self.file_name,
            "subject": self.subject,
            "measure": self.measure,
            "unit": self.unit,
            "claim_ids": list(self.claim_ids),
            "conflict_claim_ids": list(self.conflict_claim_ids),
        }

    def inline_svg(self) -> str:
        """The SVG for embedding in HTML: no XML prolog or metadata, ids prefixed so charts do not clash."""
        body = self.svg[self.svg.index("<svg") :]
        body = re.sub(r"\s*<metadata>.*?</metadata>", "", body, count=1, flags=re.DOTALL)
        body = _prefix_ids(body, f"{self.slug}-")
        label = escape(f"Chart: {self.title} against as-of date", quote=True)
        return body.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


def chart_groups(claims: pd.DataFrame) -> list[tuple[tuple[str, str, str], pd.DataFrame]]:
    """(subject, measure, unit) -> its figures with a known as-of date, in date order, for
    every measure with figures from two or more dates or sources.

    Parts of a total ("20 allies" of "20 allies and seven partners") are left out: they
    count something else than the measure.  The richest charts (most dates) come first.
    """
    figures = claims[
        (claims["kind"] == "figure")
        & claims["value"].notna()
        & (claims["as_of_start"] != "")
        & (claims["part_of"] == "")
    ]
    groups = []
    for key, group in figures.groupby(["subject", "measure", "unit"], sort=True):
        if group["as_of_start"].nunique() >= 2 or group["source"].nunique() >= 2:
            ordered = group.sort_values(["as_of_start", "as_of_end", "source", "start", "claim_id"], kind="mergesort")
            groups.append((tuple(str(part) for part in key), ordered.reset_index(drop=True)))
    groups.sort(key=lambda item: -item[1]["as_of_start"].nunique())  # stable: ties keep key order
    return groups


def build_charts(tables: ReportTables) -> list[Chart]:
    """A chart for every group `chart_groups` finds in the report's claims."""
    styles = {  # one colour (and, past ten sources, marker) per source, the same in every chart
        source: (PALETTE[i % len(PALETTE)], MARKERS[i // len(PALETTE) % len(MARKERS)])
        for i, source in enumerate(tables.documents["source"])
    }
    labels = {row["source"]: _legend_label(row) for _, row in tables.documents.iterrows()}
    in_conflict = {cid for ids in tables.conflicts()["claim_ids"] for cid in ids.split()}
    charts, slugs = [], set()
    for (subject, measure, unit), points in chart_groups(tables.claims):
        slug = _unique_slug(_slugify(f"{subject} {measure}"), slugs)
        conflicted = tuple(cid for cid in points["claim_id"] if cid in in_conflict)
        svg = render_svg(
            points, title=chart_title(subject, measure), unit=unit, styles=styles, labels=labels,
            conflicted=set(conflicted),
        )  # fmt: skip
        charts.append(Chart(slug, subject, measure, unit, tuple(points["claim_id"]), conflicted, svg))
    return charts


def chart_title(subject: str, measure: str) -> str:
    """"UNIFIL: troops change" (measure names are identifiers: underscores become spaces)."""
    measure = measure.replace("_", " ")
    return f"{subject}: {measure}" if subject else measure


def render_svg(
    points: pd.DataFrame,
    *,
    title: str,
    unit: str,
    styles: Mapping[str, tuple[str, str]],
    labels: Mapping[str, str],
    conflicted: set[str],
) -> str:
    """Figures (claims rows) against their as-of dates, as a standalone SVG document."""
    with matplotlib.rc_context(SVG_SETTINGS):
        figure = Figure(figsize=(8.5, 4.4), layout="constrained")
        FigureCanvasAgg(figure)  # the Agg backend for this figure only: no pyplot, no window, no global state
        axes = figure.add_subplot()
        positions = _dodged_positions(points)
        for (_, claim), (x, x_half) in zip(points.iterrows(), positions):
            colour, marker = styles.get(claim["source"], (PALETTE[-1], "o"))
            y_errors, lower_limit, upper_limit = _value_errors(claim)
            bars = axes.errorbar(
                [x], [claim["value"]], xerr=[[x_half], [x_half]], yerr=y_errors,
                lolims=lower_limit, uplims=upper_limit,
                fmt=marker, color=colour, markersize=7, capsize=4, elinewidth=1.4,
                label=labels.get(claim["source"], claim["source"]),
            )  # fmt: skip
            bars.lines[0].set_gid(_safe_id(f"point-{claim['claim_id']}"))
            if claim["claim_id"] in conflicted:
                axes.plot([x], [claim["value"]], "o", markersize=15, markerfacecolor="none",
                          markeredgecolor=CONFLICT_COLOUR, markeredgewidth=2)  # fmt: skip
        _style_axes(axes, points, title, unit)
        _legend(figure, axes, bool(conflicted))
        _label_points(figure, axes, points, positions)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata=SVG_METADATA)
    return _COMMENT.sub("", buffer.getvalue())  # matplotlib repeats each text in a comment


def _date_limits(points: pd.DataFrame) -> tuple[float, float]:
    """The date axis: every as-of interval, a margin, and room on the right for labels."""
    starts = [mdates.date2num(date.fromisoformat(d)) for d in points["as_of_start"]]
    ends = [mdates.date2num(date.fromisoformat(e or s)) for e, s in zip(points["as_of_end"], points["as_of_start"])]
    padding = max(60.0, (max(ends) - min(starts)) * 0.08)
    return float(min(starts) - padding), float(max(ends) + padding * 2.5)


def _dodged_positions(points: pd.DataFrame) -> list[tuple[float, float]]:
    """(x, half-width) per point; points that would hide each other are nudged apart sideways."""
    positions = [_as_of_midpoint(claim) for _, claim in points.iterrows()]
    low, high = _date_limits(points)
    step = (high - low) * DODGE_FRACTION
    seen: dict[tuple[float, float], int] = {}
    dodged = []
    for (x, half), value in zip(positions, points["value"]):
        nth = seen.get((x, value), 0)
        seen[(x, value)] = nth + 1
        dodged.append((x + nth * step, half))
    return dodged


# A moved label's leader line runs from the label's lower left corner to its point, neither
# clipped at the label's box nor shrunk: matplotlib finds those ends by bisection to 0.01
# pixels, so the last bit of a float on another processor would move them in the SVG.
LEADER = {"arrowstyle": "-", "color": "#999999", "linewidth": 0.6, "relpos": (0, 0),
          "patchA": None, "shrinkA": 0, "shrinkB": 0}


def _label_points(figure: Figure, axes, points: pd.DataFrame, positions: list[tuple[float, float]]) -> None:
    """Write each figure beside its point, moving a label down until it overlaps no other.

    Points that say the same thing for the same time share one label.
    """
    figure.draw_without_rendering()  # lay the figure out so data -> display coordinates are final
    to_points = 72 / figure.dpi
    marker = MARKER_RADIUS / to_points
    placed = []  # boxes in display units: the markers first, then each label placed
    for x, value in zip((x for x, _ in positions), points["value"]):
        x_px, y_px = axes.transData.transform((x, value))
        placed.append((x_px - marker, y_px - marker, x_px + marker, y_px + marker))
    labelled: set[str] = set()
    order = sorted(range(len(points)), key=lambda i: (positions[i][0], -float(points["value"].iloc[i])))
    for i in order:
        claim = points.iloc[i]
        text = f"{format_claim_value(claim)} ({claim_when(claim)})"
        if text in labelled:
            continue
        labelled.add(text)
        x_px, y_px = axes.transData.transform((positions[i][0], claim["value"]))
        width, height = LABEL_CHAR_WIDTH * len(text) / to_points, LABEL_LINE_HEIGHT / to_points
        left, bottom = x_px + 9 / to_points, y_px + 2 / to_points
        while any(_overlaps((left, bottom, left + width, bottom + height), box) for box in placed):
            bottom -= height
        placed.append((left, bottom, left + width, bottom + height))
        moved = y_px - bottom > 1.5 * height
        axes.annotate(
            text, (positions[i][0], claim["value"]),
            xytext=((left - x_px) * to_points, (bottom - y_px) * to_points), textcoords="offset points",
            fontsize=8, color="#222222", va="bottom",
            arrowprops=LEADER if moved else None,
        )  # fmt: skip


def _overlaps(first: tuple[float, float, float, float], second: tuple[float, float, float, float]) -> bool:
    return first[0] < second[2] and second[0] < first[2] and first[1] < second[3] and second[1] < first[3]


def _as_of_midpoint(claim: Mapping) -> tuple[float, float]:
    """The middle of the as-of interval as a matplotlib date, and half its width in days."""
    start = float(mdates.date2num(date.fromisoformat(claim["as_of_start"])))
    end = float(mdates.date2num(date.fromisoformat(claim["as_of_end"] or claim["as_of_start"])))
    return (start + end) / 2, (end - start) / 2


def _value_errors(claim: Mapping) -> tuple[list[list[float]], bool, bool]:
    """Error bar lengths below and above the value; an open side becomes an arrow."""
    value, low, high = float(claim["value"]), float(claim["low"]), float(claim["high"])
    arrow = abs(value) * 0.15 or 1.0
    below = 0.0 if math.isnan(low) else (arrow if math.isinf(low) else value - low)
    above = 0.0 if math.isnan(high) else (arrow if math.isinf(high) else high - value)
    return [[below], [above]], math.isinf(high), math.isinf(low)


def _style_axes(axes, points: pd.DataFrame, title: str, unit: str) -> None:
    axes.set_title(title, loc="left", fontsize=11, fontweight="bold")
    axes.set_xlabel("as-of date")
    axes.set_ylabel(points["measure"].iloc[0].replace("_", " ") + (f" ({unit})" if unit else ""))
    bounds = pd.concat([points["value"], points["low"], points["high"]]).astype(float)
    finite = bounds[bounds.map(math.isfinite)]
    if (finite > 0).all() and finite.max() / finite.min() >= LOG_SCALE_RATIO:
        axes.set_yscale("log")
        axes.yaxis.set_major_locator(ticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        axes.yaxis.set_minor_formatter(ticker.NullFormatter())
        axes.set_ylim(finite.min() / 2, finite.max() * 1.6)  # room for a labelled tick below the lowest
    else:
        span = (finite.max() - finite.min()) or abs(finite.max()) or 1.0
        axes.set_ylim(min(0.0, finite.min() - 0.15 * span), finite.max() + 0.25 * span)
    axes.yaxis.set_major_formatter(ticker.FuncFormatter(lambda value, _: format_number(value)))
    axes.set_xlim(*_date_limits(points))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    axes.grid(True, color="#dddddd", linewidth=0.6)


def _legend(figure: Figure, axes, with_conflicts: bool) -> None:
    handles, labels = axes.get_legend_handles_labels()
    unique = dict(zip(labels, handles))  # one entry per source, first occurrence kept
    if with_conflicts:
        unique["in a conflict"] = Line2D(
            [], [], marker="o", linestyle="none", markersize=11, markerfacecolor="none",
            markeredgecolor=CONFLICT_COLOUR, markeredgewidth=2,
        )  # fmt: skip
    figure.legend(
        list(unique.values()), list(unique.keys()), loc="outside lower center", ncols=2, fontsize=8, frameon=False
    )


def _legend_label(document: Mapping) -> str:
    name = document["outlet"] or document["source"]
    if len(name) > LEGEND_LABEL_CHARS:
        name = name[: LEGEND_LABEL_CHARS - 1].rstrip() + "…"
    return f"{name} ({document['source_date']})" if document["source_date"] else name


def _slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug[:60].rstrip("-") or "chart"


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _safe_id(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


def _prefix_ids(svg: str, prefix: str) -> str:
    """Prefix every id and every reference to one (href="#id", url(#id))."""
    ids = set(re.findall(r'\bid="([^"]+)"', svg))

    def rename(match: re.Match) -> str:
        name = match.group(2)
        return f"{match.group(1)}{prefix}{name}{match.group(3)}" if name in ids else match.group(0)

    svg = re.sub(r'(\bid=")([^"]+)(")', rename, svg)
    svg = re.sub(r'(href="#)([^"]+)(")', rename, svg)
    return re.sub(r"(url\(#)([^)]+)(\))", rename, svg)
