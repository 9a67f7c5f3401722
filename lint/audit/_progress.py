"""The progress line on stderr: articles done, rate and time left.

On a terminal it rewrites one line at most twice a second; elsewhere (a CI log) it prints a line
every ten seconds, so logs stay short.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressLine:
    def __init__(self, total: int, skipped: int = 0, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.total = total
        self.done = skipped
        self._skipped = skipped
        self._stream = stream or sys.stderr
        self._enabled = enabled
        self._tty = self._stream.isatty()
        self._started = time.monotonic()
        self._shown = 0.0

    def advance(self, articles: int) -> None:
        self.done += articles
        now = time.monotonic()
        if self._enabled and now - self._shown >= (0.5 if self._tty else 10.0):
            self._shown = now
            self._show(now, end="\r" if self._tty else "\n")

    def finish(self) -> None:
        if self._enabled:
            self._show(time.monotonic(), end="\n")

    def rate(self) -> float:
        elapsed = time.monotonic() - self._started
        return (self.done - self._skipped) / elapsed if elapsed > 0 else 0.0

    def _show(self, now: float, end: str) -> None:
        rate = self.rate()
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        line = f"audit: {self.done:,}/{self.total:,} articles · {rate:,.1f}/s · {_duration(left)} left"
        self._stream.write(line.ljust(60) + end)
        self._stream.flush()


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"
