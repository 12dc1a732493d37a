"""Patterns webs 67-68 showed (written blind in session 16, measured once at 66f6c87, looked into in session 17). The
passages are written for this test (invented places, forces and people).

- a search that lists nothing for "sharing agreement" while "surveillance camera" lists the CCTV page: the agreement's
  other words are still typed (a signed protocol listed only for "police protocol");
- a link to "the county's guidance note on police service level agreements": guidance about agreements, not one;
- "Questions about the system: [team], [mailbox]": a contact point for the cameras, the team named before its route;
- a mailbox under "CCTV footage requests", or straight after the paragraph on asking for footage of yourself: a CCTV
  contact, but not the `complaints` criterion.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis
from analysis.searchplan import SearchPlan

S = "https://www.anytown.gov.uk"


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_the_agreement_words_are_typed_while_only_the_policy_words_listed_pages() -> None:
    plan = SearchPlan()
    plan.search_form(S + "/search?query=CCTV")
    for term in ("CCTV", "surveillance camera"):  # both listed the CCTV page while 5.1 was still sought
        plan.searched(term)
        plan.answered(term, 1)
    plan.update(
        {"5.1": {"status": "met"}, "5.2": {"status": "met"}, "5.3": {"status": "met"}, "5.5": {"status": "not_met"}}
    )
    terms = []
    while (action := plan.next_action()) is not None:
        terms.append(action.term)
        plan.answered(action.term, 0)  # nothing for any of the agreement's words
    assert terms[:3] == ["sharing agreement", "service level agreement", "police protocol"]
    steps = {s["target"]: s["outcome"] for s in plan.effort("5.5", True)["steps"] if s["method"] == "site_search"}
    assert steps["police protocol"] == "searched"


def test_a_guidance_note_on_police_agreements_is_no_agreement(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre CCTV review",
        "<p>We asked people what they want from the town centre cameras after Devon &amp; Cornwall Police changed"
        " how it supports them. Over 300 replied.</p>"
        "<p>There are 42 public space cameras at 19 sites in Anytown and Westby.</p>"
        '<ul><li><a href="/media/77/county-cctv-sla-note.pdf">The county councils\' guidance note on police service'
        " level agreements (PDF)</a></li></ul>",
        path="/community-safety/cctv-review",
    )
    assert pa.signals["cctv_info"] is True
    assert pa.signals["sla"] is False and not pa.sla
    assert "police_agreement" not in _crit(pa)


def test_questions_about_the_system_naming_the_team_before_its_mailbox(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Public space CCTV",
        "<p>There are 48 cameras in five town centre zones across the borough.</p>"
        "<p>The cameras are there to help tackle crime and disorder in our town centres.</p>"
        '<p>Questions about the system: Safer Communities Team, <a href="mailto:safer@anytown.example.gov.uk">'
        "safer@anytown.example.gov.uk</a>.</p>",
        path="/community-safety/public-space-cctv",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "safer@anytown.example.gov.uk"


def test_a_mailbox_for_footage_requests_is_no_complaints_route(analyse_html: Callable[..., PageAnalysis]) -> None:
    under_heading = analyse_html(
        "CCTV",
        "<p>The council runs 64 cameras in Anytown town centre, watched from our control room.</p>"
        "<p>Footage is kept for 31 days and then wiped automatically.</p>"
        "<h2>CCTV footage requests</h2>"
        '<p>Send requests, with the date, time and place, to <a href="mailto:cctv.requests@anytown.example.gov.uk">'
        "cctv.requests@anytown.example.gov.uk</a></p>",
        path="/community-safety/cctv",
    )
    after_paragraph = analyse_html(
        "Cameras at council buildings",
        "<p>We use cameras at County Hall and our libraries to keep staff and visitors safe.</p>"
        "<p>Recordings are overwritten after 28 days.</p>"
        "<h2>Can I see recordings of me?</h2>"
        "<p>Yes. You can make a subject access request for recordings in which you appear. Tell us the site, the date"
        " and a time within an hour.</p>"
        '<p>Email the Records Team at <a href="mailto:cctvrequests@anytown.example.gov.uk">'
        "cctvrequests@anytown.example.gov.uk</a>.</p>",
        path="/privacy/cctv",
    )
    for pa in (under_heading, after_paragraph):
        assert pa.signals["cctv_info"] is True
        assert "complaints" not in _crit(pa)
    assert under_heading.spoc is not None and under_heading.spoc["email"] == "cctv.requests@anytown.example.gov.uk"
    # a mailbox offered for questions too stays the complaints route
    questions = analyse_html(
        "CCTV",
        "<p>The council runs 64 cameras in Anytown town centre, watched from our control room.</p>"
        "<h2>CCTV footage requests</h2>"
        '<p>Send requests, or any questions about the cameras, to <a href="mailto:cctv@anytown.example.gov.uk">'
        "cctv@anytown.example.gov.uk</a></p>",
        path="/community-safety/cctv",
    )
    assert "complaints" in _crit(questions)
