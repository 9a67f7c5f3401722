"""The fixed lists of values a user chooses from, declared once.

The command line (typer reads the ``Literal`` types), the HTTP API (pydantic reads the same types
into its validation and its OpenAPI schema) and the config validator (the tuples) all use these, so
a value added here is accepted everywhere at once.
"""

from __future__ import annotations

from typing import Literal, get_args

Language = Literal["en-US", "en-GB"]
FailOn = Literal["error", "warning", "info", "never"]
InputFormat = Literal["plain", "markdown", "html"]
OutputFormat = Literal["text", "json", "concise", "github", "sarif", "rdjson", "checkstyle", "junit"]
Profile = Literal["default", "thorough"]

LANGUAGES: tuple[str, ...] = get_args(Language)
FAIL_ON: tuple[str, ...] = get_args(FailOn)
INPUT_FORMATS: tuple[str, ...] = get_args(InputFormat)
OUTPUT_FORMATS: tuple[str, ...] = get_args(OutputFormat)
PROFILES: tuple[str, ...] = get_args(Profile)
