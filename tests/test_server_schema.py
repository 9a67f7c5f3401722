"""Fuzz the native API from its own OpenAPI schema with schemathesis, against a real server.

Valid and invalid bodies, headers and types are generated for ``/v1/check``, the webhooks,
``/v2/check`` and ``/healthz``; no answer may be a 5xx, every answer must be documented and match its schema.
The server runs with ``--insecure-webhooks`` so generated webhook payloads reach the parser
(with a secret they would all stop at the signature, which the other tests cover).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    missing_required_header,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)
from test_server_support import Server, start_server

from lint.server import create_app
from lint.server._settings import ServerSettings


def positive_data_accepted_unless_it_selects_no_rule(ctx: Any, response: Any, case: schemathesis.Case) -> bool | None:
    """``positive_data_acceptance``, except one cross-field rule a JSON schema cannot state: a
    ``select`` that ``ignore`` cancels entirely runs no rule, which is a 422 (documented)."""
    if response.status_code == 422 and response.json().get("error") == "no_rules":
        return None
    result: bool | None = positive_data_acceptance(ctx, response, case)
    return result


# What ``schemathesis run --checks all`` runs that applies to a server without auth or resources:
# the schema must say what the server enforces, both ways (valid accepted, invalid rejected).
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection,
    positive_data_accepted_unless_it_selects_no_rule,
    missing_required_header,
    unsupported_method,
    allow_header_conformance,
]


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(tmp_path_factory.mktemp("fuzz"), "--insecure-webhooks", "--max-body-bytes", "262144")
    yield running
    running.stop()


def _native_schema() -> schemathesis.BaseSchema:
    """The OpenAPI document the server publishes, built from the same app factory."""
    document = create_app(ServerSettings(insecure_webhooks=True)).openapi()
    loaded = schemathesis.openapi.from_dict(document)
    loaded.config.generation.update(modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
    return loaded.include(path_regex=r"^/(v1/|v2/check$|healthz$)")


schema = _native_schema()


def test_the_served_schema_is_the_one_fuzzed(fuzz_server: Server) -> None:
    served = httpx.get(fuzz_server.url + "/openapi.json").json()
    assert served == create_app(ServerSettings(insecure_webhooks=True)).openapi()


@schema.parametrize()
@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
def test_native_api_never_answers_5xx_and_matches_its_schema(fuzz_server: Server, case: schemathesis.Case) -> None:
    response = case.call_and_validate(base_url=fuzz_server.url, checks=CHECKS)
    assert response.status_code < 500
