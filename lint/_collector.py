"""The cyclic garbage collector in processes that copydesk owns and that lint many documents.

A lint loads rule modules and word tables once (some 100,000 objects that live as long as the
process) and then makes many short-lived objects that reference counting frees. At Python's default
thresholds a full collection walks every loaded table again, some 60 ms each time in a warm grammar
pass (about a tenth of it). The CLI pauses the collector while it lints a file (``lint._runner``);
long-lived processes (the HTTP server's pool, the editor's language server) freeze what is loaded
instead, once it is loaded, and collect less often.
"""

from __future__ import annotations

import gc


def settle_loaded() -> None:
    """After the first lint of a long-lived process: collect once, move every object alive now (the
    rules and their tables) out of the collector's sight, and raise the youngest generation's
    threshold. Only for processes copydesk owns, never for a host that merely imports copydesk."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
