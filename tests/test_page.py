"""The checking page at ``/`` in a real browser: headless Chromium (Debian's, through Playwright)
driving a real ``copydesk serve``.

Every test's page records its requests, and the ``page`` fixture fails the test if one went to
another origin. Without Chromium these tests fail (they never skip): ``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
from test_server_support import Server, start_server

from lint import fix_text

CHROMIUM = os.environ.get("COPYDESK_CHROMIUM", "/usr/bin/chromium")
MAX_BODY = 65536
EMOJI_DRAFT = (
    "Great news 😀 for the harbor,however the the gates stay shut. Teh council met.\n\nIt is recieved 👍🏽 now."
)
SAFE_DRAFT = "The council met on on Monday,however 𝒳 the vote was was close.\n\nShe said so ,and left."


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(tmp_path_factory.mktemp("page"), "--max-body-bytes", str(MAX_BODY))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium (.ci/run does this)")
    launched = playwright.chromium.launch(executable_path=CHROMIUM)
    yield launched
    launched.close()


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    answered = re.compile(r"Failed to load resource: the server responded with a status of (413|503)")  # page says
    opened.goto(server.url + "/")
    yield opened
    context.close()
    origin = urlsplit(server.url).netloc
    assert requests and all(urlsplit(url).netloc == origin or url.startswith("blob:") for url in requests), requests
    assert not [error for error in errors if not answered.match(error)], errors


def api_findings(server: Server, text: str) -> list[dict[str, object]]:
    answer = httpx.post(server.url + "/v1/check", json={"text": text}, timeout=30)
    assert answer.status_code == 200
    findings: list[dict[str, object]] = answer.json()["findings"]
    return findings


def run_check(page: Page, text: str) -> None:
    page.fill("#text", text)
    page.get_by_role("button", name="Check").click()
    expect(page.locator("#status")).to_contain_text("Checked")


def highlighted(page: Page) -> dict[int, str]:
    """For each finding index, the text under its marks (a finding may span several pieces)."""
    pieces: list[tuple[str, str]] = page.eval_on_selector_all(
        "#review mark", "marks => marks.map(m => [m.dataset.f, m.textContent])"
    )
    found: dict[int, str] = {}
    for indices, text in pieces:
        for index in indices.split():
            found[int(index)] = found.get(int(index), "") + text
    return found


# -- served as it should be ---------------------------------------------------------------------


def test_page_and_assets_carry_a_strict_policy_and_name_no_other_site(server: Server) -> None:
    for path, media in (("/", "text/html"), ("/page/page.js", "text/javascript"), ("/page/page.css", "text/css")):
        answer = httpx.get(server.url + path)
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(media)
        policy = answer.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy and "connect-src 'self'" in policy
        assert "unsafe-inline" not in policy and answer.headers["x-content-type-options"] == "nosniff"
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", answer.text), path  # no CDN, no web fonts
    assert "/" not in httpx.get(server.url + "/openapi.json").json()["paths"]
    assert httpx.get(server.url + "/page/secret.txt").status_code == 404


def test_rule_explanations_are_the_explain_text(server: Server) -> None:
    rules = httpx.get(server.url + "/page/rules.json").json()
    rule = rules["repetition.repeated-word"]
    assert rule["category"] == "repetition" and "Why is this bad?" in rule["explanation"]


# -- in the browser -----------------------------------------------------------------------------


def test_findings_are_underlined_at_the_words_the_api_names(page: Page, server: Server) -> None:
    run_check(page, EMOJI_DRAFT)
    findings = api_findings(server, EMOJI_DRAFT)
    assert highlighted(page) == {index: finding["text"] for index, finding in enumerate(findings)}
    for index, finding in enumerate(findings):
        mark = page.locator(f'#review mark[data-f="{index}"]').first
        expect(mark).to_have_class(re.compile(str(finding["severity"])))
    categories = page.eval_on_selector_all("#findings [data-category]", "s => s.map(x => x.dataset.category)")
    assert categories == sorted({str(f["category"]) for f in findings})
    expect(page.locator("#stats")).to_contain_text("Reading time")
    expect(page.locator("#stats")).to_contain_text("Reading ease")


def test_a_click_on_an_underline_opens_its_explanation(page: Page) -> None:
    run_check(page, EMOJI_DRAFT)
    page.locator("#review mark", has_text="the the").click()
    button = page.locator("button.finding[aria-expanded=true]")
    expect(button).to_contain_text("'the' is repeated")
    expect(button).to_be_focused()
    detail = page.locator(".detail:visible")
    expect(detail.locator(".explanation")).to_contain_text("Why is this bad?")
    expect(detail).to_contain_text("repetition.repeated-word")


def test_apply_one_fix_after_an_emoji(page: Page) -> None:
    run_check(page, EMOJI_DRAFT)
    page.locator("button.finding", has_text="'recieved'").click()
    page.locator(".detail:visible button.apply", has_text="received").click()
    expect(page.locator("#status")).to_contain_text("Applied")
    assert page.input_value("#text") == EMOJI_DRAFT.replace("recieved", "received")
    assert "recieved" not in page.inner_text("#review")


def test_apply_all_safe_fixes_gives_what_copydesk_fix_gives(page: Page) -> None:
    run_check(page, SAFE_DRAFT)
    page.get_by_role("button", name="Apply all safe fixes").click()
    expect(page.locator("#status")).to_contain_text("safe fixes")
    assert page.input_value("#text") == fix_text(SAFE_DRAFT)
    assert page.input_value("#text") != SAFE_DRAFT
    expect(page.get_by_role("button", name="Apply all safe fixes")).to_be_disabled()


def test_a_rule_filter_hides_its_findings_and_spares_them_from_fixes(page: Page) -> None:
    run_check(page, SAFE_DRAFT)
    page.locator("#filters-box summary").click()
    page.get_by_label(re.compile(r"^repetition\.repeated-word")).uncheck()
    expect(page.locator('#findings li[data-rule="repetition.repeated-word"]')).to_have_count(0)
    assert "on on" not in highlighted(page).values()
    page.get_by_role("button", name="Apply all safe fixes").click()
    expect(page.locator("#status")).to_contain_text("safe fix")
    fixed = page.input_value("#text")
    assert "on on" in fixed and "Monday, however" in fixed
    page.get_by_label(re.compile(r"^repetition\.repeated-word")).check()
    expect(page.locator('#findings li[data-rule="repetition.repeated-word"]')).not_to_have_count(0)


def test_download_gives_the_fixed_text(page: Page) -> None:
    run_check(page, SAFE_DRAFT)
    page.get_by_role("button", name="Apply all safe fixes").click()
    expect(page.locator("#status")).to_contain_text("safe fixes")
    with page.expect_download() as caught:
        page.get_by_role("button", name="Download text").click()
    download = caught.value
    assert download.suggested_filename == "draft.txt"
    assert Path(download.path()).read_text(encoding="utf-8") == fix_text(SAFE_DRAFT)


def test_an_opened_markdown_file_is_checked_and_keeps_its_name_and_line_endings(page: Page, tmp_path: Path) -> None:
    draft = tmp_path / "story.md"
    draft.write_bytes(b"# Budget\r\n\r\nThe council met on on `on on` Monday.\r\n")
    page.set_input_files("#file", str(draft))
    expect(page.locator("#status")).to_contain_text("Checked")
    expect(page.locator("#format")).to_have_value("markdown")
    assert list(highlighted(page).values()) == ["on on"]  # the code span is not prose
    page.get_by_role("button", name="Apply all safe fixes").click()
    expect(page.locator("#status")).to_contain_text("safe fix")
    with page.expect_download() as caught:
        page.get_by_role("button", name="Download text").click()
    assert caught.value.suggested_filename == "story.md"
    assert Path(caught.value.path()).read_bytes() == b"# Budget\r\n\r\nThe council met on `on on` Monday.\r\n"


def test_html_is_fixed_as_copydesk_fix_fixes_it(page: Page) -> None:
    draft = "<p>The vote was <b>on</b> on Monday,however it failed &amp; the the rest.</p>"
    page.select_option("#format", "html")
    run_check(page, draft)
    page.get_by_role("button", name="Apply all safe fixes").click()
    expect(page.locator("#status")).to_contain_text("safe fixes")
    assert page.input_value("#text") == fix_text(draft, "html")


def test_markup_is_shown_as_text_never_run(page: Page) -> None:
    run_check(page, 'A <img src=x onerror="document.title=1"> the the end.')
    expect(page.locator("#review img")).to_have_count(0)
    expect(page.locator("#review")).to_contain_text("<img src=x")
    assert page.title().startswith("copydesk")


def test_the_policy_stops_requests_to_other_sites(browser: Browser, server: Server) -> None:
    context = browser.new_context()  # not the ``page`` fixture: these requests are meant to go out, and be stopped
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(f"{request.url} {request.failure}"))
    page.goto(server.url + "/")
    blocked = page.evaluate(
        """async () => {
            const violations = [];
            document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
            const image = new Image();
            image.src = "https://cdn.example.com/pixel.png";
            document.body.append(image);
            let fetched = true;
            try { await fetch("https://api.example.com/"); } catch (_) { fetched = false; }
            await new Promise((done) => setTimeout(done, 100));
            return { fetched, violations };
        }"""
    )
    context.close()
    assert blocked["fetched"] is False
    assert {"img-src", "connect-src"} <= set(blocked["violations"])
    assert failed == ["https://cdn.example.com/pixel.png csp"]  # stopped by the policy, never sent


def test_a_draft_over_the_body_limit_is_an_announced_error(page: Page) -> None:
    page.fill("#text", "word " * (MAX_BODY // 4))
    page.get_by_role("button", name="Check").click()
    expect(page.get_by_role("alert")).to_contain_text("too long")


def test_keyboard_only(page: Page) -> None:
    keys = page.keyboard
    keys.press("Tab")
    expect(page.locator(".skip")).to_be_focused()
    keys.press("Enter")
    for _ in range(10):
        keys.press("Tab")
        if page.evaluate("document.activeElement.id") == "text":
            break
    expect(page.locator("#text")).to_be_focused()
    keys.insert_text(EMOJI_DRAFT)
    keys.press("Control+Enter")
    expect(page.locator("#status")).to_contain_text("Checked")
    for _ in range(30):
        keys.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('finding')"):
            break
    focused = page.locator("button.finding:focus")
    outline = focused.evaluate("b => getComputedStyle(b).outlineStyle")
    assert outline != "none"  # the focus is visible
    keys.press("Enter")
    expect(focused).to_have_attribute("aria-expanded", "true")
    keys.press("Tab")
    expect(page.locator(".detail:visible button.apply").first).to_be_focused()
    before = page.input_value("#text")
    keys.press("Enter")
    expect(page.locator("#status")).to_contain_text("Applied")
    assert page.input_value("#text") != before
    expect(page.locator("button.finding").first).to_be_focused()


def test_landmarks_labels_and_live_regions(page: Page) -> None:
    for role in ("banner", "main", "complementary", "contentinfo"):
        expect(page.get_by_role(role)).to_have_count(1)
    expect(page.get_by_label("Draft text")).to_be_visible()
    expect(page.get_by_label("Open a file")).to_be_attached()
    expect(page.get_by_label("Format")).to_be_visible()
    expect(page.locator("#status")).to_have_attribute("aria-live", "polite")
    expect(page.locator("#error")).to_have_attribute("role", "alert")


def test_readable_on_a_phone(browser: Browser, server: Server) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    phone = context.new_page()
    phone.goto(server.url + "/")
    run_check(phone, EMOJI_DRAFT)
    phone.locator("#review mark", has_text="recieved").tap()
    expect(phone.locator(".detail:visible")).to_contain_text("spelling.unknown-word")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    draft = phone.locator("section.draft").bounding_box()
    results = phone.locator("aside.results").bounding_box()
    assert draft and results and results["y"] >= draft["y"] + draft["height"]  # one column
    assert phone.evaluate("parseFloat(getComputedStyle(document.querySelector('#review')).fontSize)") >= 16
    context.close()
