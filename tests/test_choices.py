"""The fixed value lists are declared once (lint/_choices.py) and every interface offers exactly them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lint import ConfigError
from lint._choices import FAIL_ON, INPUT_FORMATS, LANGUAGES, OUTPUT_FORMATS
from lint._config import config_from_table


def test_the_reporters_and_adapters_are_the_declared_formats() -> None:
    from lint import adapters, reporters

    assert tuple(reporters.FORMATS) == OUTPUT_FORMATS
    assert adapters.FORMATS == INPUT_FORMATS


@pytest.mark.parametrize(("key", "values"), [("language", LANGUAGES), ("fail-on", FAIL_ON)])
def test_the_config_accepts_the_declared_values_and_no_other(key: str, values: tuple[str, ...]) -> None:
    for value in values:
        config_from_table({key: value}, "cfg.toml")
    with pytest.raises(ConfigError, match=key):
        config_from_table({key: "nonsense"}, "cfg.toml")


def test_the_command_line_offers_the_declared_values() -> None:
    shown = subprocess.run([sys.executable, "-m", "lint", "check", "--help"], capture_output=True, text=True).stdout
    flat = " ".join(shown.split())
    for values in (LANGUAGES, FAIL_ON, INPUT_FORMATS, OUTPUT_FORMATS):
        assert "|".join(values) in flat.replace(" ", "")
    refused = subprocess.run(
        [sys.executable, "-m", "lint", "check", "--language", "en-XX", "-"], capture_output=True, text=True, input=""
    )
    assert refused.returncode == 2


def test_the_http_schema_offers_the_declared_values() -> None:
    pytest.importorskip("fastapi")
    from lint.server._routes_native import CheckRequest
    from lint.server._webhooks import GenericPayload

    schema = CheckRequest.model_json_schema()
    assert tuple(schema["properties"]["language"]["enum"]) == LANGUAGES
    assert tuple(schema["properties"]["fail_on"]["enum"]) == FAIL_ON
    assert tuple(GenericPayload.model_json_schema()["properties"]["format"]["enum"]) == INPUT_FORMATS
