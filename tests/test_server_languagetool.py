"""The LanguageTool-compatible API, spoken to by the real ``language-tool-python`` client."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import language_tool_python
import pytest
from test_server_support import FIXTURES, Server, start_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(tmp_path_factory.mktemp("lt"), "--config", str(FIXTURES / "copydesk.toml"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def tool(server: Server) -> Iterator[language_tool_python.LanguageTool]:
    with language_tool_python.LanguageTool("en-US", remote_server=server.url) as client:
        yield client


def check(server: Server, **params: str) -> httpx.Response:
    return httpx.post(server.url + "/v2/check", data=params, timeout=30)


def test_the_real_client_finds_errors_after_emoji(server: Server, tool: language_tool_python.LanguageTool) -> None:
    text = "Great news 😀🎉 for the harbor,however the the gates stay shut.\n\nMore 👍🏽 news,soon."
    matches = tool.check(text)
    by_rule = {m.rule_id: m for m in matches}
    assert {"space.missing-after-punctuation", "repetition.repeated-word"} <= set(by_rule)
    comma = by_rule["space.missing-after-punctuation"]
    # The client turns LanguageTool's UTF-16 offsets back into Python offsets: they must land exactly.
    assert text[comma.offset : comma.offset + comma.error_length] == ","
    assert comma.replacements == [", "]
    repeated = by_rule["repetition.repeated-word"]
    assert text[repeated.offset : repeated.offset + repeated.error_length] == "the the"
    assert repeated.category == "REPETITION" and repeated.rule_issue_type == "duplication"
    # Every match, whatever rules exist, lands where the native API (code points) says it is.
    native = httpx.post(server.url + "/v1/check", json={"text": text, "language": "en-US"}).json()["findings"]
    assert sorted((m.rule_id, m.offset, text[m.offset : m.offset + m.error_length]) for m in matches) == sorted(
        (f["rule"], f["offset"], f["text"]) for f in native
    )


def test_the_real_client_applies_replacements(tool: language_tool_python.LanguageTool) -> None:
    text = "Great news 😀🎉 for the harbor,however the the gates stay shut."
    tool.enabled_rules.update({"space.missing-after-punctuation", "repetition.repeated-word"})
    tool.enabled_rules_only = True
    try:
        assert tool.correct(text) == "Great news 😀🎉 for the harbor, however the gates stay shut."
    finally:
        tool.enabled_rules.clear()
        tool.enabled_rules_only = False


def test_the_real_client_can_disable_and_pick_rules(tool: language_tool_python.LanguageTool) -> None:
    text = "It was was late,and dark."
    assert "repetition.repeated-word" in {m.rule_id for m in tool.check(text)}
    tool.disabled_rules.add("repetition.repeated-word")
    try:
        rules = {m.rule_id for m in tool.check(text)}
        assert "space.missing-after-punctuation" in rules and "repetition.repeated-word" not in rules
    finally:
        tool.disabled_rules.clear()
    tool.enabled_rules.add("repetition.repeated-word")
    tool.enabled_rules_only = True
    try:
        assert {m.rule_id for m in tool.check(text)} == {"repetition.repeated-word"}
    finally:
        tool.enabled_rules.clear()
        tool.enabled_rules_only = False


def test_answer_has_languagetools_shape_and_utf16_offsets(server: Server) -> None:
    text = "𝒳 Prices 😀 rose,sharply.\r\nThey fell."
    answer = check(server, text=text, language="en-US")
    assert answer.status_code == 200
    result = answer.json()
    assert result["software"]["apiVersion"] == 1
    assert result["language"]["code"] == "en-US" and result["language"]["name"] == "English (US)"
    match = next(m for m in result["matches"] if m["rule"]["id"] == "space.missing-after-punctuation")
    utf16 = text.encode("utf-16-le")
    flagged = utf16[match["offset"] * 2 : (match["offset"] + match["length"]) * 2].decode("utf-16-le")
    assert flagged == ","
    assert match["offset"] == len(text[: text.index(",")].encode("utf-16-le")) // 2
    context = match["context"]
    context_utf16 = context["text"].encode("utf-16-le")
    assert context_utf16[context["offset"] * 2 : (context["offset"] + context["length"]) * 2].decode("utf-16-le") == ","
    assert "\r" not in context["text"] and "\n" not in context["text"]
    assert match["sentence"] == "𝒳 Prices 😀 rose,sharply."
    assert match["replacements"] == [{"value": ", "}]
    assert match["shortMessage"] and match["message"]
    rule = match["rule"]
    assert set(rule) >= {"id", "description", "issueType", "category"}
    assert rule["category"] == {"id": "MISSING_SPACE", "name": "Missing space"}


def test_annotated_data_skips_markup_but_counts_it(server: Server) -> None:
    annotation = [
        {"markup": '<p class="a,b">'},
        {"text": "The vote passed,"},
        {"markup": "<br/>", "interpretAs": "\n"},
        {"text": "then the the meeting ended."},
        {"markup": "</p>"},
    ]
    whole = "".join(part.get("text", part.get("markup", "")) for part in annotation)
    markup_ranges, position = [], 0
    for part in annotation:
        piece = part.get("text", part.get("markup", ""))
        if "markup" in part:
            markup_ranges.append((position, position + len(piece)))
        position += len(piece)
    answer = check(server, data=json.dumps({"annotation": annotation}), language="en-US")
    assert answer.status_code == 200, answer.text
    matches = answer.json()["matches"]
    # Markup is never linted (no missing space in "a,b"), but offsets count it.
    for match in matches:
        start, end = match["offset"], match["offset"] + match["length"]
        assert not any(a < end and start < b for a, b in markup_ranges), match
    repeated = next(m for m in matches if m["rule"]["id"] == "repetition.repeated-word")
    assert whole[repeated["offset"] : repeated["offset"] + repeated["length"]] == "the the"


def test_categories_and_get_requests(server: Server) -> None:
    text = "It was was late,and dark."
    only = check(server, text=text, language="en-US", enabledOnly="true", enabledCategories="repetition")
    assert [m["rule"]["id"] for m in only.json()["matches"]] == ["repetition.repeated-word"]
    without = check(server, text=text, language="en-US", disabledCategories="MISSING_SPACE,REPETITION")
    assert not {m["rule"]["category"]["id"] for m in without.json()["matches"]} & {"MISSING_SPACE", "REPETITION"}
    got = httpx.get(server.url + "/v2/check", params={"text": text, "language": "en-GB"})
    assert got.status_code == 200 and got.json()["language"]["code"] == "en-GB"
    assert {"repetition.repeated-word", "space.missing-after-punctuation"} <= {
        m["rule"]["id"] for m in got.json()["matches"]
    }
    languages = httpx.get(server.url + "/v2/languages").json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages


@pytest.mark.parametrize(
    ("content", "status", "error"),
    [
        (b"text=hello&language=de-DE", 400, "unsupported_language"),
        (b"text=caf%E9&language=en-US", 400, "invalid_utf8"),
        (b"text=caf\xc3&language=en-US", 400, "invalid_utf8"),
        (b"language=en-US", 422, "missing_parameter"),
        (b"data=%7Bnot+json&language=en-US", 422, "invalid_json"),
    ],
)
def test_bad_requests_are_json(server: Server, content: bytes, status: int, error: str) -> None:
    headers = {"content-type": "application/x-www-form-urlencoded"}
    answer = httpx.post(server.url + "/v2/check", content=content, headers=headers)
    assert answer.status_code == status and answer.json()["error"] == error


@pytest.mark.parametrize(
    ("data", "status", "error", "field"),
    [
        ("[" * 100_000 + "]" * 100_000, 422, "invalid_json", "data"),
        ('{"annotation": ' + "[" * 50_000 + "]" * 50_000 + "}", 422, "invalid_json", "data"),
        ('{"annotation": [{"text": "caf\\ud800"}]}', 400, "invalid_unicode", "data.annotation[0].text"),
        ('{"annotation": [{"markup": "<b>", "interpretAs": "\\udfff"}]}', 400, "invalid_unicode", None),
    ],
)
def test_hostile_annotated_data_is_a_json_4xx_naming_the_field(
    server: Server, data: str, status: int, error: str, field: str | None
) -> None:
    """Issue 12 item 10: very deep nesting was a RecursionError and a lone surrogate a UnicodeEncodeError (500)."""
    answer = httpx.post(server.url + "/v2/check", data={"data": data, "language": "en-US"}, timeout=30)
    assert answer.status_code == status, answer.text
    assert answer.json()["error"] == error
    assert answer.json()["field"] == (field or "data.annotation[0].interpretAs")


def test_multipart_is_refused_with_415(server: Server) -> None:
    answer = httpx.post(server.url + "/v2/check", files={"text": ("a.txt", b"hello")}, data={"language": "en-US"})
    assert answer.status_code == 415 and answer.json()["error"] == "unsupported_media_type"
