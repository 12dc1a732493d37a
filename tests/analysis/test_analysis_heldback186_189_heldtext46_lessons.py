"""Patterns webs 186-189 and real-text round 46 showed (first looks after session 33's freeze 6bb8f41). The passages are
written for this test (an invented council, Anytown, and invented bodies and places), not taken from the sets.

- A draft memorandum said in Welsh not yet signed by either party, a council "using it to draw up a local SLA" with the
  force, an agreement that "ran out … and had not been renewed", a contractor's service level agreement, and one "with
  [a neighbouring] Council" for monitoring are no agreement with the police (round 46).
- "The partnership does not itself hold a certificate" is no certificate; "a one-off budget of £6,500 be approved to pay
  the fees for a step 1 desktop assessment" is a step towards one (round 46).
- "… councillors heard this week" is a local paper's; "[X] Police works with the council-run CCTV control rooms" is the
  force's (round 46).
- "The post of single point of contact for surveillance cameras is vacant" designates nobody (web 189's Chelmsford); "the
  council's single point of contact for the Terrorism (Protection of Premises) Act" is another duty's (web 189's Rother).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis


def test_drafts_lapsed_and_other_parties_agreements_are_no_police_agreement(
    inspect_text: Callable[..., PageAnalysis],
) -> None:
    welsh = (
        "Pwyllgor Sgriwtini – 3 Mawrth 2025\n\nEitem 5: Teledu Cylch Cyfyng\n\nCyflwynodd y swyddog adroddiad ar 40 o"
        " gamerâu'r Cyngor.\n\nEglurwyd bod Memorandwm Cyd-ddealltwriaeth drafft wedi'i baratoi gyda Heddlu Dyfed-Powys"
        " ar ryddhau recordiadau. Nid yw'r naill barti na'r llall wedi llofnodi'r memorandwm eto."
    )
    drawing = (
        "CCTV and the police\n\nThe council runs 80 cameras in Anytown, watched from our control room. We are using the"
        " national framework to draw up a local SLA with Devon and Cornwall Police, which we expect both organisations to"
        " approve next year."
    )
    lapsed = (
        "Minute 12: Town centre CCTV\n\nThe committee approved new recorders for the council's 30 cameras.\n\nOfficers"
        " explained that the service level agreement under which Devon and Cornwall Police had watched the cameras ran out"
        " in 2022 and had not been renewed."
    )
    contractor = (
        "CCTV in Anytown\n\nThe council's 60 cameras are watched from its control room.\n\nDay-to-day operation is"
        " contracted to a security company under a service level agreement with the council. The agreement sets targets"
        " for producing evidence for Devon and Cornwall Police."
    )
    neighbour = (
        "Cabinet Member decision - CCTV monitoring\n\nDecision\nThat the Director be authorised to enter into the service"
        " level agreement with Westford Council for monitoring the council's 50 cameras, subject to continued liaison with"
        " Devon and Cornwall Police."
    )
    for text in (welsh, drawing, lapsed, contractor, neighbour):
        assert not inspect_text(text).signals["sla"], text[:40]
    assert inspect_text(lapsed.replace(" ran out in 2022 and had not been renewed", " was signed in 2022")).signals[
        "sla"
    ]


def test_a_denied_certificate_and_a_budget_for_the_fees(inspect_text: Callable[..., PageAnalysis]) -> None:
    denied = (
        "CCTV partnership annual report\n\n3. Standards\nThe partnership control room is run by a monitoring company. The"
        " partnership does not itself hold a certificate under the Surveillance Camera Commissioner's third-party"
        " certification scheme."
    )
    assert not inspect_text(denied).signals["certification"]
    budget = (
        "Decision details\n\nCCTV compliance budget\n\nDecision:\n(a) That a one-off revenue budget of £6,500 be approved"
        " to pay the fees for a step 1 desktop assessment and a step 2 audit under the Surveillance Camera Commissioner's"
        " third-party certification scheme.\n\nReasons: The council's control room watches 70 cameras in Anytown."
    )
    assert inspect_text(budget).signals["certification"]


def test_a_papers_week_and_a_forces_liaison_page_are_not_the_councils(
    ctx: AuthorityContext, inspect_text: Callable[..., PageAnalysis]
) -> None:
    paper = (
        "Camera talks drag on\n\nTalks between Anytown Borough Council and Devon and Cornwall Police over who pays for"
        " watching the town's CCTV have dragged on for another two months, councillors heard this week."
    )
    force = (
        "Council CCTV and us\n\nDevon and Cornwall Police works with the council-run CCTV control rooms across the county."
        " Each district has a CCTV liaison officer who is the force's contact for the control rooms."
    )
    for text in (paper, force):
        assert not inspect_text(text, ctx).signals["cctv_info"], text[:40]


def test_a_vacant_spoc_and_another_laws_spoc_designate_nobody(analyse_html: Callable[..., PageAnalysis]) -> None:
    vacant = (
        "<p>The post of single point of contact for surveillance cameras is vacant while we recruit. Until it is filled,"
        " send questions about any council camera to cctv@anytown.example.gov.uk.</p>"
    )
    pa = analyse_html("Contact the CCTV team", vacant, path="/community-safety/cctv/contact")
    assert not pa.signals["spoc"]
    filled = vacant.replace("is vacant while we recruit", "is held by the CCTV Manager")
    assert analyse_html("Contact the CCTV team", filled, path="/community-safety/cctv/contact").signals["spoc"]
    protect = (
        "<p>The council's single point of contact for the Terrorism (Protection of Premises) Act 2025 helps venues"
        " understand the new duty: protect@anytown.example.gov.uk.</p>"
    )
    assert not analyse_html("Protect duty", protect, path="/community-safety/protect-duty").signals["spoc"]
