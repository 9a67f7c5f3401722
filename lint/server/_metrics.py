"""Prometheus metrics: requests, latency, lints in flight and findings by rule.

Each app gets its own registry (so tests can build many apps in one process). With several
uvicorn workers, ``copydesk serve`` sets ``PROMETHEUS_MULTIPROC_DIR`` before the workers start
and ``/metrics`` adds up every worker's numbers, whichever worker answers the scrape.
Labels come from a fixed set (route templates, status codes, rule ids), never from what a
client sends, so a client cannot blow up the number of series.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "copydesk_requests", "HTTP requests answered.", ("route", "method", "status"), registry=self.registry
        )
        self.latency = Histogram(
            "copydesk_request_duration_seconds",
            "Time from request start to the last byte of the answer.",
            ("route",),
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.findings = Counter("copydesk_findings", "Findings reported, by rule.", ("rule",), registry=self.registry)
        self.in_flight = Gauge(
            "copydesk_lints_in_flight",
            "Lints running or waiting for the lint pool.",
            registry=self.registry,
            multiprocess_mode="livesum",
        )

    def count_findings(self, by_rule: dict[str, int]) -> None:
        for rule, count in by_rule.items():
            self.findings.labels(rule).inc(count)

    def render(self) -> tuple[bytes, str]:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class MetricsMiddleware:
    """Counts and times every HTTP request, errors included (outermost middleware)."""

    def __init__(self, app: ASGIApp, metrics: Metrics, routes: frozenset[str]) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            path = scope.get("path", "")
            route = path if path in self.routes else "other"
            method = scope.get("method", "") if route != "other" else "other"
            self.metrics.requests.labels(route, method, str(status)).inc()
            self.metrics.latency.labels(route).observe(time.perf_counter() - started)
