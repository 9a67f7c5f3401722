"""The LanguageTool backend, through language-tool-python's real client, against a fixture server.

The server (stdlib ``http.server`` in a thread on 127.0.0.1) answers ``/v2/languages`` and
``/v2/check`` in LanguageTool's documented JSON format, replaying the matches in
``tests/fixtures/grammar/languagetool/matches.json`` with offsets in UTF-16 code units, as a real
LanguageTool server counts them. It records every request so the tests can see what was sent.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from lint import Config, check_text
from lint._engine import check_source
from lint._findings import Severity
from lint._registry import all_rules, unknown_selectors
from lint._resources import Resources
from lint._rule import RULE_ID
from lint._ruleset import RuleSet
from lint._source import Source
from rules.grammar import languagetool
from rules.grammar._settings import LANGUAGETOOL_ENV, GrammarSettings, grammar_settings

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "grammar" / "languagetool" / "matches.json").read_text())


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class FixtureLanguageTool(BaseHTTPRequestHandler):
    requests: list[dict[str, str]]
    delay: float = 0.0

    def log_message(self, *args: Any) -> None:  # keep the test output clean
        pass

    def _send(self, payload: Any) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the timeout test's client gave up
            self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._send(FIXTURE["languages"])
        else:
            self.send_error(404)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = {key: values[0] for key, values in parse_qs(self.rfile.read(length).decode()).items()}
        if not self.path.startswith("/v2/check"):
            self.send_error(404)
            return
        self.requests.append(form)
        if "SLOW" in form.get("text", ""):
            time.sleep(3)
        self._send({"software": {"name": "LanguageTool", "version": "fixture"}, "matches": replay(form["text"])})


def replay(text: str) -> list[dict[str, Any]]:
    matches = []
    for entry in FIXTURE["matches"]:
        position = text.find(entry["find"])
        while position >= 0:
            start = position + entry["find"].index(entry["error"])
            offset, length = utf16_length(text[:start]), utf16_length(entry["error"])
            sentence_start = max(text.rfind(".", 0, start) + 1, text.rfind("\n", 0, start) + 1)
            matches.append(
                {
                    "message": entry["message"],
                    "shortMessage": entry["shortMessage"],
                    "replacements": entry["replacements"],
                    "offset": offset,
                    "length": length,
                    "context": {
                        "text": text[sentence_start : start + 40],
                        "offset": start - sentence_start,
                        "length": length,
                    },
                    "sentence": text[sentence_start : text.find(".", start) + 1 or len(text)].strip(),
                    "type": {"typeName": "Other"},
                    "rule": entry["rule"],
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
            position = text.find(entry["find"], position + 1)
    return matches


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, list[dict[str, str]]]]:
    requests: list[dict[str, str]] = []
    handler = type("Handler", (FixtureLanguageTool,), {"requests": requests})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()


def lt_config(url: str, **settings: Any) -> Config:
    return Config(select=("grammar",)).with_section("grammar", GrammarSettings(languagetool=url, **settings))


def lt_only(url: str) -> Config:
    """LanguageTool's rules alone: the built-in ones report "He have" too, and the engine keeps theirs."""
    return Config(select=("grammar.lt",)).with_section("grammar", GrammarSettings(languagetool=url))


def test_findings_come_through_the_real_client(server: tuple[str, list[dict[str, str]]]) -> None:
    url, _ = server
    result = check_text("He have a car.", "plain", lt_only(url))
    assert result.rule_errors == []
    [found] = [d for d in result.diagnostics if d.rule.startswith("grammar.lt.")]
    assert found.rule == "grammar.lt.he-verb-agr"
    assert RULE_ID.match(found.rule)
    assert found.text == "have"
    assert found.finding.suggestions == ("has", "had")
    assert found.finding.category == "grammar"
    assert "(LanguageTool: HE_VERB_AGR)" in found.message
    assert (found.location.line, found.location.column, found.location.length) == (1, 4, 4)


def test_utf16_offsets_after_emoji_are_code_points(server: tuple[str, list[dict[str, str]]]) -> None:
    url, _ = server
    text = "Fans 🎉🎉 said it was a error."
    only_lt = Config(select=("grammar.lt",)).with_section("grammar", GrammarSettings(languagetool=url))
    [found] = check_text(text, "plain", only_lt).diagnostics
    assert found.rule == "grammar.lt.en-a-vs-an"
    assert found.finding.category == "spelling"  # LanguageTool files EN_A_VS_AN under misspelling
    assert text[found.location.offset : found.location.offset + found.location.length] == "a"
    assert found.location.offset == text.index("a error")


def test_utf16_length_of_a_span_holding_an_emoji(server: tuple[str, list[dict[str, str]]]) -> None:
    url, _ = server
    text = "🎉 What a win!🎉! Fans cheered."
    [found] = [d for d in check_text(text, "plain", lt_config(url)).diagnostics if d.rule.startswith("grammar.lt")]
    assert found.text == "!🎉!"
    assert found.finding.category == "typography"
    assert found.severity.name == "WARNING"


def test_style_issues_are_information(server: tuple[str, list[dict[str, str]]]) -> None:
    url, _ = server
    [found] = check_text("A very unique plan.", "plain", lt_config(url)).diagnostics
    assert (found.rule, found.finding.category, found.severity.name) == ("grammar.lt.very-unique", "style", "INFO")
    assert found.finding.suggestions == ("unique",)


def test_same_problem_from_two_backends_is_reported_once(server: tuple[str, list[dict[str, str]]]) -> None:
    url, _ = server
    result = check_text("Fans 🎉 said it was a error.", "plain", lt_config(url))
    on_a = [d for d in result.diagnostics if d.text == "a"]
    assert [d.rule for d in on_a] == ["grammar.indefinite-article"]  # the built-in message is kept


def test_only_prose_is_sent_and_positions_map_back(server: tuple[str, list[dict[str, str]]]) -> None:
    url, requests = server
    source = "# Markdown case\n\nThen He have a `fixture` car, see [the site](https://example.com/x).\n"
    before = len(requests)
    result = check_text(source, "markdown", lt_only(url))
    sent = [r["text"] for r in requests[before:]]
    assert sent == [result.document.text[result.document.paragraphs[0].start : result.document.paragraphs[-1].end]]
    assert "`" not in sent[0] and "https" not in sent[0] and "#" not in sent[0]
    [found] = [d for d in result.diagnostics if d.rule.startswith("grammar.lt.")]
    assert source[found.location.offset : found.location.offset + found.location.length] == "have"


def test_request_carries_language_and_disabled_rules(server: tuple[str, list[dict[str, str]]]) -> None:
    url, requests = server
    before = len(requests)
    config = Config(select=("grammar.lt",), language="en-GB").with_section(
        "grammar", GrammarSettings(languagetool=url, languagetool_disabled_rules=("VERY_UNIQUE",))
    )
    check_text("A request about colour.", "plain", config)
    [form] = requests[before:]
    assert form["language"] == "en-GB"
    disabled = set(form["disabledRules"].split(","))
    assert {"VERY_UNIQUE", "MORFOLOGIK_RULE_EN_GB", "WHITESPACE_RULE"} <= disabled
    assert form["disabledCategories"] == "TYPOS"


def test_long_documents_are_sent_in_batches_of_whole_paragraphs(server: tuple[str, list[dict[str, str]]]) -> None:
    url, requests = server
    paragraphs = [(f"Paragraph {n} of the batching test says little. " * 12).strip() for n in range(40)]
    source = "\n\n".join(paragraphs)
    before = len(requests)
    check_text(source, "plain", lt_config(url))
    sent = [r["text"] for r in requests[before:]]
    assert len(sent) > 1
    assert all(len(text) <= languagetool.MAX_BATCH for text in sent)
    assert "\n\n".join(sent) == source.strip()


def test_unreachable_server_is_one_error_and_other_rules_still_report(monkeypatch: pytest.MonkeyPatch) -> None:
    result = check_text("It was a error.", "plain", lt_config("http://127.0.0.1:9"))
    assert len(result.rule_errors) == 1
    assert result.rule_errors[0].startswith(
        "rule grammar.lt failed: GrammarBackendError: LanguageTool at http://127.0.0.1:9"
    )
    assert "\n" not in result.rule_errors[0]
    assert [d.rule for d in result.diagnostics] == ["grammar.indefinite-article"]
    tries: list[str] = []
    real_create = languagetool.LanguageToolBackend._create

    def counted(self: languagetool.LanguageToolBackend) -> Any:
        tries.append(self.target)
        return real_create(self)

    monkeypatch.setattr(languagetool.LanguageToolBackend, "_create", counted)
    again = check_text("Another draft.", "plain", lt_config("http://127.0.0.1:9"))
    assert again.rule_errors == result.rule_errors
    assert tries == []  # the failure is remembered, not retried per file


def test_a_slow_server_times_out_cleanly(server: tuple[str, list[dict[str, str]]]) -> None:
    url, requests = server
    before = len(requests)
    result = check_text("SLOW draft here.", "plain", lt_config(url, timeout=0.5))
    # Each try waits grammar.timeout, not the client's 300 s default; the client tries twice.
    assert [r["text"] for r in requests[before:]] == ["SLOW draft here."] * 2
    [error] = result.rule_errors
    assert "no answer within 0.5 s (timed out" in error


def test_local_without_java_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(languagetool.shutil, "which", lambda name: None)
    fresh = RuleSet.of(lt_config("local"), resources=Resources())  # no local server started before
    result = check_source(Source(text="Some text.", path="t"), "plain", fresh)
    [error] = result.rule_errors
    assert 'grammar.languagetool = "local" needs Java 17 or newer on PATH' in error


def test_environment_variable_points_the_command_line_at_a_server(server: tuple[str, list[dict[str, str]]]) -> None:
    url, _ = server
    command = [sys.executable, "-m", "lint", "check", "--no-cache", "--select", "grammar.lt", "-"]
    env = {**os.environ, LANGUAGETOOL_ENV: url}
    found = subprocess.run(command, input="He have a car.\n", capture_output=True, text=True, env=env, timeout=60)
    assert "grammar.lt.he-verb-agr" in found.stdout
    assert (
        grammar_settings(Config(select=("grammar.lt",))).languagetool == "off"
    )  # the library itself reads no variable
    assert "grammar.lt" not in all_rules(Config(select=("grammar.lt",)))


def test_rule_examples_against_the_fixture_server(server: tuple[str, list[dict[str, str]]]) -> None:
    url, _ = server
    config = Config(select=("grammar.lt",)).with_section("grammar", GrammarSettings(languagetool=url))
    rule = all_rules(config)["grammar.lt"]
    for text in rule.bad:
        assert [d.rule for d in check_text(text, "plain", config).diagnostics if d.rule.startswith("grammar.lt.")]
    for text in rule.good:
        assert check_text(text, "plain", config).diagnostics == []


def test_rule_ids_are_kebab_case() -> None:
    assert languagetool.rule_id_for("EN_A_VS_AN") == "grammar.lt.en-a-vs-an"
    assert languagetool.rule_id_for("MORFOLOGIK_RULE_EN_US") == "grammar.lt.morfologik-rule-en-us"
    assert languagetool.rule_id_for("__") == "grammar.lt.unknown"
    assert all(RULE_ID.match(languagetool.rule_id_for(i)) for i in ("A", "UPPERCASE_SENTENCE_START", "X1_Y2"))


def test_cli_reports_an_unreachable_server_once_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / ".copydesk.toml").write_text('[grammar]\nlanguagetool = "http://127.0.0.1:9"\ntimeout = 2\n')
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("It was a error.\n")
    environment = {key: value for key, value in os.environ.items() if key != LANGUAGETOOL_ENV}
    completed = subprocess.run(
        [sys.executable, "-m", "lint", "check", "--no-cache", "--jobs", "1", "one.txt", "two.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert completed.returncode == 2
    errors = [line for line in completed.stderr.splitlines() if "LanguageTool" in line]
    assert len(errors) == 1
    assert "one.txt" in errors[0] and "grammar.lt" in errors[0]
    assert completed.stdout.count("grammar.indefinite-article") == 2


def test_one_languagetool_rule_can_be_ignored_by_its_copydesk_id(server: tuple[str, list[dict[str, str]]]) -> None:
    url, _ = server
    text = "He have a car. A very unique plan."
    config = Config(select=("grammar.lt",)).with_section("grammar", GrammarSettings(languagetool=url))
    assert {d.rule for d in check_text(text, "plain", config).diagnostics} == {
        "grammar.lt.he-verb-agr",
        "grammar.lt.very-unique",
    }
    quieter = config.with_overrides(ignore=("grammar.lt.very-unique",))
    assert unknown_selectors(quieter) == []
    assert [d.rule for d in check_text(text, "plain", quieter).diagnostics] == ["grammar.lt.he-verb-agr"]
    louder = Config(select=("grammar.lt",), severity=(("grammar.lt.very-unique", Severity.ERROR),)).with_section(
        "grammar", GrammarSettings(languagetool=url)
    )
    unique = [d for d in check_text(text, "plain", louder).diagnostics if d.rule == "grammar.lt.very-unique"]
    assert [d.severity for d in unique] == [Severity.ERROR]


def test_a_sub_id_only_extends_a_rule_that_has_them() -> None:
    with_lt = GrammarSettings(languagetool="http://127.0.0.1:9")  # only configured; never contacted here
    assert unknown_selectors(Config(ignore=("grammar.lt.any-rule-id",)).with_section("grammar", with_lt)) == []
    assert unknown_selectors(
        Config(ignore=("grammar.ltx", "space.repeated-spaces.more")).with_section("grammar", with_lt)
    ) == [
        "grammar.ltx",
        "space.repeated-spaces.more",
    ]
