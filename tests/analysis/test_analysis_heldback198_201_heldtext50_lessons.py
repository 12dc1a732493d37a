"""Patterns webs 198-201 and real-text round 50 showed (first looks after session 35's freeze 1c8b982). The passages are
written for this test (an invented council, Anytown, and invented bodies and places), not taken from the sets.

- An agreement published in parts is signed on its signatories' page, which takes the agreement's name from the folder its
  parts sit in (".../Protocol-with-Devon-and-Cornwall-Police/Part-4-Signatories", web 198's Conwy) or from its own words
  ("This agreement was signed on behalf of both parties", web 198's Richmond); Welsh "Rhan 4: Llofnodwyr" is such a page.
- A plan's annexes listed by letter alone are where its agreement may be (web 198; the crawl's part is in
  tests/focus/test_focus_plan_annexes_spider.py); an agreement's "Signatories" part is a link worth following (web 199's
  Sutton).
"""

from __future__ import annotations

from analysis.agreement_parts import signatories_part
from analysis.context import AuthorityContext
from analysis.links import assess_link
from analysis.links_annex import bare_annex, plan_with_annexes
from analysis.page import analyse
from analysis.text import Link, extract

TABLE = (
    "<table><caption>{caption}</caption><tr><th>For</th><th>Signed by</th><th>Date</th></tr><tr><td>Anytown Borough"
    " Council</td><td>Head of Regulatory Services</td><td>6 February 2024</td></tr><tr><td>Devon and Cornwall Police</td>"
    "<td>Superintendent, Anytown</td><td>14 February 2024</td></tr></table>"
)


def _page(title: str, main: str) -> bytes:
    return f"<html><head><title>{title} | Anytown Borough Council</title></head><body><main><h1>{title}</h1>{main}</main></body></html>".encode()


def test_signatories_pages_named_by_their_folder_or_their_words(ctx: AuthorityContext) -> None:
    folder = "https://www.anytown.gov.uk/en/CCTV/Protocol-with-Devon-and-Cornwall-Police/Part-4-Signatories.aspx"
    page = _page("Part 4: Signatories", TABLE.format(caption="Signed on behalf of both parties"))
    doc = extract(page, folder, "text/html")
    found = [f for f in analyse(doc, ctx).findings if f.type == "sla"]
    assert found and found[0].data["signed"] and found[0].data["title"] == "Protocol with devon and cornwall police"
    # (the name is the audit's; the evidence quotes the page's own words, the force's signing line)
    assert found[0].quote in doc.text and "Police" in found[0].quote
    elsewhere = "https://www.anytown.gov.uk/en/CCTV/about-us/Part-4-Signatories.aspx"
    assert not [f for f in analyse(extract(page, elsewhere, "text/html"), ctx).findings if f.type == "sla"]
    said = _page("Annex C4: signatures", TABLE.format(caption="This agreement was signed on behalf of both parties."))
    got = analyse(extract(said, "https://www.anytown.gov.uk/cctv/strategy/annex_c4_signatures", "text/html"), ctx)
    assert [f for f in got.findings if f.type == "sla"]
    assert signatories_part(
        "Rhan 4: Llofnodwyr", frozenset(), "https://x.gov.uk/cy/TCC/Protocol-gyda-Heddlu/Rhan-4.aspx"
    )
    assert signatories_part("Contact us", frozenset(), folder) is None


def test_a_plans_bare_annexes_and_an_agreements_signatories_link() -> None:
    for anchor in ("Annex 3", "Annex D", "Appendix 2 (PDF, 120KB)", "Atodiad B"):
        assert bare_annex(anchor), anchor
    for anchor in ("Annex 3: crime figures", "Annexes", "Planning appendix documents"):
        assert not bare_annex(anchor), anchor
    assert plan_with_annexes("Community Safety Strategy 2023-2026 | Anytown Borough Council")
    assert plan_with_annexes("CCTV code of practice")
    assert not plan_with_annexes("Local plan examination library")
    base = "https://www.anytown.gov.uk/info/1290/cctv_partnership_agreement/"
    signatories = assess_link(Link(url=base + "part-8", text="Part 8: Signatories", context=""))
    review = assess_link(Link(url=base + "part-7", text="Part 7: Review and exit", context=""))
    assert signatories.target > 0 and signatories.score > review.score


def test_round_50_steps_towards_certification_and_agreements_not_yet_or_no_longer() -> None:
    from analysis.page import PageAnalysis

    def read(text: str) -> PageAnalysis:
        return analyse(extract(text.encode(), "file:///tmp/item.txt", "text/plain"), None)

    lodged = (
        "Community Safety Committee\n\nAgenda item 6: CCTV update\n\nMembers were told that the control room logged 4,200"
        " incidents, and that the Council had lodged an application with Anyshire Certification Ltd, a UKAS-accredited"
        " body, for step 2 certification under the Surveillance Camera Code."
    )
    funded = (
        "Executive decision record\n\nTitle: CCTV improvements\n\nThe Executive approved revenue funding of £5,000 to"
        " obtain third-party certification of the Council's public space CCTV system against the Surveillance Camera Code."
    )
    for text in (lodged, funded):
        assert read(text).signals["certification"], text[:40]
    towards = (
        "CCTV in Anytown\n\nAnytown Borough Council operates 40 cameras in the town centre.\n\nOperators pass incidents"
        " to Devon and Cornwall Police by radio. We are now working with the force towards a formal service level"
        " agreement. Until that is agreed, police requests are handled under our Code of Practice."
    )
    ended = (
        "CCTV footage requests\n\nAnytown Borough Council records its town centre cameras for 28 days.\n\nOur service"
        " level agreement with Devon and Cornwall Police came to an end in March 2024. It has not been renewed, and each"
        " police request is dealt with on its merits."
    )
    reserved = (
        "Anytown Council CCTV System\nCode of Practice - revised 2024\n\nCertificate of Agreement\n[This page is reserved."
        " The certificate of agreement between Anytown Council and Devon and Cornwall Police will be inserted here once"
        " it has been approved and signed.]\n\n1. Introduction\n1.1 The system has 80 cameras."
    )
    for text in (towards, ended, reserved):
        assert not read(text).signals["sla"], text[:40]
    assert read(
        ended.replace("came to an end in March 2024. It has not been renewed", "was signed in March 2024")
    ).signals["sla"]


def test_a_contact_panel_with_a_mailbox_and_a_footage_search_line(ctx: AuthorityContext) -> None:
    panel = (
        "<p>Anytown Borough Council has 150 cameras in the town centre and its car parks. Footage is kept for 30 days.</p>"
        "<aside class='contact-panel'><h2>Contact</h2><p>Surveillance camera SPOC (Community Safety Unit team mailbox):"
        " <a href='mailto:csu.cctv@anytown.example.gov.uk'>csu.cctv@anytown.example.gov.uk</a></p></aside>"
    )
    got = analyse(extract(_page("Our use of CCTV", panel), "https://www.anytown.gov.uk/use-cctv", "text/html"), ctx)
    assert got.signals["spoc"]
    related = "<aside class='related'><h2>Related pages</h2><ul><li><a href='/bins'>Bins</a></li></ul></aside>"
    assert (
        "Related pages"
        not in extract(_page("Our use of CCTV", related), "https://www.anytown.gov.uk/x", "text/html").text
    )
    search = (
        "<p>We can search our camera recordings for an incident if you ask quickly, and we release recordings to the"
        " police.</p><p>Call the Public Protection team on 01632 960 444 to ask about a search.</p>"
    )
    got = analyse(
        extract(_page("CCTV - requests for images", search), "https://www.anytown.gov.uk/cctv-requests", "text/html"),
        ctx,
    )
    assert any(f.type == "cctv_contact" for f in got.findings)
