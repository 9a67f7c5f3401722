"""Speed of the markup adapters on a 1,000-word article in Markdown and in HTML (warm, median ms).

The article is the shared news text dressed in the markup a real article carries: headings,
emphasis, links, code spans, a list, a table, a quote, a code block and entities.
Usage: ``python bench/speed_adapters.py [--runs N]``; ``measure()`` serves ``bench/speed.py``.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _article import news_article  # noqa: E402


def _dress(words: list[str], index: int, markdown: bool) -> str:
    """Mark up one paragraph's words the way an article would: emphasis, a link, a code span."""
    words = list(words)
    if len(words) > 12:
        if markdown:
            words[2] = f"*{words[2]}*"
            words[6] = f"[{words[6]}](https://example.org/story/{index} 'Story')"
            words[10] = f"`{words[10]}`"
        else:
            words[2] = f"<em>{html.escape(words[2])}</em>"
            words[6] = f'<a href="https://example.org/story/{index}">{html.escape(words[6])}</a>'
            words[10] = f"<code>{html.escape(words[10])}</code>"
    return " ".join(words)


def articles(words: int = 1000) -> tuple[str, str]:
    """The same article as Markdown and as HTML."""
    paragraphs = [p.split() for p in news_article(words).split("\n\n") if p.strip()]
    md = ["---\ntitle: Bench\n---\n", "# A news article\n"]
    page = ["<!DOCTYPE html><html><head><title>A news article</title><style>p{margin:0}</style></head><body>"]
    for index, paragraph in enumerate(paragraphs):
        md.append(_dress(paragraph, index, markdown=True).replace("&", "&amp;") + "\n")
        page.append(f"<p>{_dress(paragraph, index, markdown=False)}</p>")
        if index % 4 == 3:
            md.append("## Section &amp; more\n\n- first item\n- second *item*\n  - nested item\n")
            page.append("<h2>Section &amp; more</h2><ul><li>first item</li><li>second <em>item</em></li></ul>")
            md.append("> A quoted line, with a [link](https://example.org).\n\n| a | b |\n|---|---|\n| c | d |\n")
            page.append("<blockquote><p>A quoted line.</p></blockquote><table><tr><td>c</td><td>d</td></tr></table>")
            md.append("```python\nprint('code')\n```\n")
            page.append("<pre><code>print('code')</code></pre><script>var x = 1;</script>")
    page.append("</body></html>")
    return "\n".join(md), "\n".join(page)


def median_ms(function: Callable[[], object], runs: int) -> float:
    function()  # warm: imports, the parser instance, caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(runs: int = 20) -> dict[str, float]:
    from lint._source import Source
    from lint.adapters import html as html_adapter
    from lint.adapters import markdown

    md_text, html_text = articles()
    md_source, html_source = Source(md_text), Source(html_text)
    return {
        f"markdown parse ({len(md_text.split())} tokens)": median_ms(lambda: markdown.parse(md_source), runs),
        f"html parse ({len(html_text.split())} tokens)": median_ms(lambda: html_adapter.parse(html_source), runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    for name, value in measure(args.runs).items():
        print(f"{name:<40} {value:>8.2f} ms")


if __name__ == "__main__":
    main()
