"""The report: one self-contained HTML file an editor-in-chief opens, with the data files beside it.

Everything is inline (CSS, SVG charts); no script, no font, no image is fetched. Every value from
the archive is escaped, and only http(s) addresses become links.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from ._charts import bar_chart, line_chart

SECTIONS = ("overview", "by-rule", "by-section", "over-time", "by-author", "worst", "consistency", "unknown", "files")
_CHART_ROWS = 20

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1000px;margin:2em auto;
padding:0 1em;color:#222}
h1{margin-bottom:.2em} h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f5f5f5} td.n{text-align:right;font-variant-numeric:tabular-nums} .muted{color:#666}
.cards{display:flex;gap:1em;flex-wrap:wrap} .card{background:#f5f7fa;padding:.6em 1em;border-radius:6px}
.card b{display:block;font-size:1.4em} svg{max-width:100%;height:auto} nav a{margin-right:.8em}
"""


def render(summary: dict[str, Any], files: Sequence[tuple[str, str]], elapsed: float) -> str:
    """The HTML page; ``files`` are (link, description) of the data written next to it."""
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>copydesk audit: {summary['articles']:,} articles</title><style>{_CSS}</style></head><body>",
        "<h1>Archive audit</h1>",
        "<nav>" + "".join(f"<a href='#{anchor}'>{anchor.replace('-', ' ')}</a>" for anchor in SECTIONS) + "</nav>",
        _overview(summary, elapsed),
        _by_rule(summary["by_rule"]),
        _grouped("by-section", "Findings by section", summary["by_section"], chart=True),
        _over_time(summary["by_month"]),
        _grouped("by-author", "Findings by author", summary["by_author"], chart=False),
        _worst(summary["worst_articles"]),
        _consistency(summary["consistency"]),
        _unknown(summary["unknown_words"]),
        _files(files),
        "</body></html>",
    ]
    return "\n".join(parts)


def _section(anchor: str, title: str, body: str) -> str:
    return f"<section id='{anchor}'><h2>{escape(title)}</h2>{body}</section>"


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = "".join(f"<th>{escape(header)}</th>" for header in headers)
    body = "".join("<tr>" + "".join(rows_cells) + "</tr>" for rows_cells in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: object) -> str:
    if isinstance(value, int | float):
        return f"<td class='n'>{value:,}</td>"
    return f"<td>{escape(str(value))}</td>"


def _none(text: str) -> str:
    return f"<p class='muted'>{escape(text)}</p>"


def _overview(summary: dict[str, Any], elapsed: float) -> str:
    cards = [
        ("articles", f"{summary['articles']:,}"),
        ("words", f"{summary['words']:,}"),
        ("findings", f"{summary['findings']:,}"),
        ("per 1,000 words", f"{summary['per_1000_words']:g}"),
        ("unreadable articles", f"{summary['errors']:,}"),
    ]
    body = (
        "<div class='cards'>" + "".join(f"<div class='card'><b>{v}</b>{escape(k)}</div>" for k, v in cards) + "</div>"
    )
    body += f"<p class='muted'>Linted in {elapsed:,.0f} s.</p>"
    if summary["error_examples"]:
        body += _table(
            ["article", "why it was not linted"],
            ([_cell(e["id"]), _cell(e["error"])] for e in summary["error_examples"]),
        )
    return _section("overview", "Overview", body)


def _by_rule(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return _section("by-rule", "Findings by rule", _none("No findings."))
    top = rows[:_CHART_ROWS]
    chart = bar_chart([row["name"] for row in top], [row["per_1000_words"] for row in top], "findings per 1,000 words")
    table = _table(
        ["rule", "findings", "per 1,000 words"],
        ([_cell(r["name"]), _cell(r["findings"]), _cell(r["per_1000_words"])] for r in rows),
    )
    return _section("by-rule", "Findings by rule", chart + table)


def _grouped(anchor: str, title: str, rows: list[dict[str, Any]], chart: bool) -> str:
    if not rows:
        return _section(anchor, title, _none("No articles."))
    body = ""
    if chart:
        top = rows[:_CHART_ROWS]
        body = bar_chart(
            [row["name"] for row in top], [row["per_1000_words"] for row in top], "findings per 1,000 words"
        )
    body += _table(
        ["name", "articles", "words", "findings", "per 1,000 words"],
        (
            [
                _cell(r["name"]),
                _cell(r["articles"]),
                _cell(r["words"]),
                _cell(r["findings"]),
                _cell(r["per_1000_words"]),
            ]
            for r in rows
        ),
    )
    return _section(anchor, title, body)


def _over_time(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return _section("over-time", "Findings over time", _none("No article has a publication date."))
    chart = line_chart(
        [row["name"] for row in rows], [row["per_1000_words"] for row in rows], "findings per 1,000 words"
    )
    table = _table(
        ["month", "articles", "per 1,000 words"],
        ([_cell(r["name"]), _cell(r["articles"]), _cell(r["per_1000_words"])] for r in rows),
    )
    return _section("over-time", "Findings over time", chart + table)


def _link(url: str, text: str) -> str:
    if url.startswith(("http://", "https://")):
        return f"<a href='{escape(url, quote=True)}'>{escape(text)}</a>"
    return escape(text)


def _worst(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return _section("worst", "Worst articles", _none("No article is long enough to rank."))
    cells = (
        [
            f"<td>{_link(r['url'], r['title'] or r['id'])}<br><span class='muted'>{escape(r['id'])}</span></td>",
            _cell(r["section"]),
            _cell(r["author"]),
            _cell(r["month"]),
            _cell(r["words"]),
            _cell(r["findings"]),
            _cell(r["per_1000_words"]),
        ]
        for r in rows
    )
    table = _table(["article", "section", "author", "month", "words", "findings", "per 1,000 words"], cells)
    return _section("worst", "Worst articles", table)


def _consistency(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return _section("consistency", "Written two ways across articles", _none("No term is written two ways."))

    def forms(row: dict[str, Any]) -> str:
        return "<br>".join(
            f"<b>{escape(form['form'])}</b> {form['articles']:,} articles "
            f"<span class='muted'>(e.g. {escape(', '.join(form['examples']))})</span>"
            for form in row["forms"]
        )

    table = _table(
        ["term", "kind", "forms"], ([_cell(r["key"]), _cell(r["kind"]), f"<td>{forms(r)}</td>"] for r in rows)
    )
    return _section("consistency", "Written two ways across articles", table)


def _unknown(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return _section("unknown", "Unknown-word candidates", _none("No unknown words."))
    intro = (
        "<p>Words the dictionary does not know, most widespread first. House names among them belong in"
        " the accepted list (<code>accept.txt</code> beside this report).</p>"
    )
    table = _table(
        ["word", "articles", "occurrences", "examples"],
        (
            [_cell(r["word"]), _cell(r["articles"]), _cell(r["occurrences"]), _cell(", ".join(r["examples"]))]
            for r in rows
        ),
    )
    return _section("unknown", "Unknown-word candidates", intro + table)


def _files(files: Sequence[tuple[str, str]]) -> str:
    items = "".join(
        f"<li><a href='{escape(link, quote=True)}'>{escape(link)}</a>: {escape(text)}</li>" for link, text in files
    )
    return _section("files", "Data files", f"<ul>{items}</ul>")


def accept_file(rows: list[dict[str, Any]]) -> str:
    """The unknown-word candidates as an accept file (one word a line), to review before use."""
    lines = [
        "# copydesk audit: unknown-word candidates, most widespread first.",
        "# Delete the misspellings; keep the house names.",
    ]
    lines += [row["word"] for row in rows]
    return "\n".join(lines) + "\n"
