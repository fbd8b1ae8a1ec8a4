"""The review pages in a real browser (Debian's chromium through Playwright) on the real local site: a caseworker
opens the queue and a report, corrects the amount by selecting it in the email, saves, finds a client in the
directory, approves, and the database holds the review and its corrections; a hostile mail stays inert; axe-core
finds no serious or critical accessibility issue; at 640 px nothing scrolls sideways."""

from __future__ import annotations

import re

import pytest

from shared.domain.mail import InboundMail
from tests.review.browser.site import HOSTILE_HTML_SUBJECT, HOSTILE_SUBJECT

KOCH = "Ihr Mandant Stefan Koch"  # a sample the rules leave without a total or a client: it needs review


def stored_text(site, email_id: str, source: str) -> str:
    """The text a source of the report's email had when the stages read it (what the offsets index)."""
    report = site.deps.reports.get(email_id)
    mail = InboundMail.model_validate_json(site.deps.blobs.get(report.mail_key)).for_engines()
    return {"subject": mail.subject, "email_body": mail.text}[source]


def select_text(page, source: str, text: str) -> None:
    """Select the first occurrence of `text` in the shown source as a caseworker's drag would: a DOM range
    from its first to its last character, wherever the page's pieces cut it."""
    found = page.evaluate("""([source, text]) => {
        const pre = document.querySelector(`pre.source[data-source="${source}"]`);
        const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let all = "";
        while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
        const at = all.indexOf(text);
        if (at < 0) return false;
        const place = (offset) => {
            for (let i = nodes.length - 1; i >= 0; i--) {
                if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]];
            }
        };
        const range = document.createRange();
        range.setStart(...place(at));
        range.setEnd(...place(at + text.length));
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString() === text;
    }""", [source, text])
    assert found, f"{text!r} is not shown in {source}"


def test_a_caseworker_corrects_the_amount_by_selection_chooses_a_client_and_approves(page, site):
    page.goto(site.url + "/review/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Reports that need review")
    page.get_by_role("link", name=re.compile(KOCH)).click()
    email_id = site.report_id(KOCH)
    page.wait_for_url(f"**/review/{email_id}")

    select_text(page, "email_body", "1.211,40")
    page.locator('button.use-selection[data-field="debt_amount"]').click()
    assert page.locator("#value-debt_amount").input_value() == "1.211,40"
    span = page.locator("#span-debt_amount").input_value()
    source, start, end = span.split(":")
    assert source == "email_body" and stored_text(site, email_id, source)[int(start):int(end)] == "1.211,40"
    page.get_by_role("button", name="Save (s)").click()
    page.wait_for_url(f"**/review/{email_id}")
    assert page.locator("#value-debt_amount").input_value() == "1211.40"

    page.get_by_role("searchbox", name="Search the directory").fill("Celik")
    page.get_by_role("searchbox", name="Search the directory").press("Enter")
    page.wait_for_url(re.compile(r"client_q=Celik"))
    page.get_by_role("radio", name=re.compile("C-1002 Aylin Çelik")).check()
    page.get_by_role("button", name="Approve (a)").click()
    page.wait_for_url(re.compile(r"/review/\?done="))
    assert page.get_by_role("status").inner_text() == f"Review of {email_id} saved."
    assert page.get_by_role("link", name=re.compile(KOCH)).count() == 0
    assert page.errors == []

    stored = site.deps.reports.get(email_id)
    assert stored.status == "reviewed" and stored.reviewed_by == "caseworker@localhost"
    assert stored.reviewed_fields == {"debt_amount": "1211.40", "client_id": "C-1002"}
    assert stored.extracted_fields["debt_amount"]["value"] is None  # the engine's value stays beside it
    corrections = site.deps.reviews.corrections(email_id)
    assert [(c.field, c.before, c.after) for c in corrections] == [("debt_amount", None, "1211.40"),
                                                                    ("client_id", None, "C-1002")]
    assert corrections[0].source == "email_body" and corrections[0].span == (int(start), int(end))


def test_a_selection_after_an_emoji_and_across_pieces_maps_to_the_stored_offsets(page, site):
    email_id = site.report_id("Forderung <script>")
    page.goto(f"{site.url}/review/{email_id}")
    text = stored_text(site, email_id, "email_body")
    select_text(page, "email_body", "Betrag: 99,00")  # after the emoji (two UTF-16 units, one stored character)
    page.locator('button.use-selection[data-field="debt_amount"]').click()
    source, start, end = page.locator("#span-debt_amount").input_value().split(":")
    assert text[int(start):int(end)] == "Betrag: 99,00"
    assert page.errors == []


@pytest.mark.parametrize("subject", [HOSTILE_SUBJECT, HOSTILE_HTML_SUBJECT], ids=["plain text", "html"])
def test_a_hostile_mail_renders_inert(page, site, subject):
    email_id = site.report_id(subject)
    page.goto(f"{site.url}/review/{email_id}")
    page.get_by_text("hier zahlen", exact=False).first.click()
    page.get_by_role("heading", level=1).hover()
    assert page.evaluate("window.pwned") is None and page.title().startswith(subject)  # no script ran
    assert page.locator("script").count() == 1  # the page's own review.js, nothing of the mail
    assert page.locator("a[href^='javascript:' i], [onerror], [onmouseover], img, b").count() == 0
    assert page.get_by_role("heading", level=1).inner_text() == subject  # its markup shown as text
    assert page.url.endswith(f"/review/{email_id}")
    assert page.errors == []


def test_the_markup_of_a_plain_text_mail_is_shown_as_it_was_written(page, site):
    page.goto(f"{site.url}/review/{site.report_id(HOSTILE_SUBJECT)}")
    body = page.locator('pre.source[data-source="email_body"]').inner_text()
    assert "<script>window.pwned = 'body'; document.title = 'pwned'</script>" in body
    assert "<a href=\"javascript:window.pwned = 'link'\">hier zahlen</a>" in body


PAGES = {"queue": lambda site: "/review/", "report": lambda site: f"/review/{site.report_id(KOCH)}?client_q=Meyer",
         "hostile report": lambda site: f"/review/{site.report_id('Forderung <script>')}"}


@pytest.mark.parametrize("name", PAGES)
def test_axe_core_finds_no_serious_or_critical_issue(page, site, name):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(site.url + PAGES[name](site))
    violations = Axe().run(page).response["violations"]
    grave = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
             for v in violations if v["impact"] in ("serious", "critical")]
    assert grave == []


@pytest.mark.parametrize("name", PAGES)
def test_nothing_scrolls_sideways_at_640_px(page, site, name):
    page.set_viewport_size({"width": 640, "height": 900})
    page.goto(site.url + PAGES[name](site))
    wide = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert wide[0] <= wide[1], f"{name}: {wide[0]} px of content in a {wide[1]} px wide window"
