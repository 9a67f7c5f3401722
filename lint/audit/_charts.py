"""Charts as inline SVG, drawn with matplotlib.

Why matplotlib: it is the most widely kept Python plotting library, it draws offline, and its SVG
is static markup that sits inside the HTML as it is: the report opens from a USB stick or an
e-mail attachment with no script and no network, prints well, and its labels stay text (searchable,
selectable) with ``svg.fonttype = none``. A Vega-Lite chart through altair would need about a
megabyte of JavaScript inlined into every report for the same bars and lines.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

_BAR = "#3b6ea8"
_LINE = "#b5452b"


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    matplotlib.rcParams.update({"svg.fonttype": "none", "font.size": 10, "svg.hashsalt": "copydesk"})
    import matplotlib.pyplot as plt

    return plt


def _svg(figure: Any) -> str:
    plt = _pyplot()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # drop the XML prolog and doctype: the SVG sits inside HTML


def bar_chart(labels: Sequence[str], values: Sequence[float], xlabel: str) -> str:
    """Horizontal bars, largest on top."""
    plt = _pyplot()
    height = 0.8 + 0.28 * max(1, len(labels))
    figure, axes = plt.subplots(figsize=(7.5, height))
    positions = list(range(len(labels)))
    axes.barh(positions, list(values), color=_BAR)
    axes.set_yticks(positions, labels=list(labels))
    axes.invert_yaxis()
    axes.set_xlabel(xlabel)
    axes.spines[["top", "right"]].set_visible(False)
    for position, value in zip(positions, values, strict=True):
        axes.annotate(f"{value:g}", (value, position), xytext=(3, 0), textcoords="offset points", va="center")
    return _svg(figure)


def line_chart(labels: Sequence[str], values: Sequence[float], ylabel: str) -> str:
    """One line over time (labels are months, in order)."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(7.5, 3.2))
    positions = list(range(len(labels)))
    axes.plot(positions, list(values), color=_LINE, marker="o", markersize=3)
    step = max(1, len(labels) // 12)
    axes.set_xticks(positions[::step], labels=list(labels)[::step], rotation=45, ha="right")
    axes.set_ylabel(ylabel)
    axes.set_ylim(bottom=0)
    axes.grid(axis="y", alpha=0.3)
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)
