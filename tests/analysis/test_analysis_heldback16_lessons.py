"""Patterns the sixteenth held-back web showed (measured once, frozen, in session 10 after webs 14-15's and
real-text rounds 8-9's lessons; learnt from after).

Town centre cameras "run by the town councils" or "provided by the district councils" are not the
council's; a question put to the council (an FOI request's "Question: …", an FAQ's "How long …?") is not its
information, though the answer beside it may be; a RIPA policy saying overt cameras are "not covered by this
policy unless used in a covert operation" is still a RIPA policy. The passages are written for this test
(the invented Anytown); each rule has a passage beside it that must still be read as before.
"""

from __future__ import annotations

from collections.abc import Callable

from read_excerpt import read

from analysis.page import PageAnalysis


def test_cameras_run_by_the_town_councils_are_not_the_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    towns = analyse_html(
        "Community safety",
        "<p>Town centre CCTV in Northam and Southam is run by the town councils with Anyshire Police. Please "
        "contact the town council about its cameras.</p>",
        path="/community-safety",
    )
    assert towns.signals["cctv_info"] is False
    districts = analyse_html(
        "Community safety",
        "<p>Public space CCTV in Anyshire's towns is provided by the district councils and the police.</p>",
        path="/community-safety",
    )
    assert districts.signals["cctv_info"] is False
    # a borough's own cameras, watched by the police, stay the borough's
    own = analyse_html(
        "Community safety",
        "<p>Anytown Borough Council's 30 town centre CCTV cameras are monitored by Anyshire Police.</p>",
        path="/community-safety",
    )
    assert own.signals["cctv_info"] is True


def test_a_question_put_to_the_council_is_not_its_information(analyse_html: Callable[..., PageAnalysis]) -> None:
    asked = analyse_html(
        "CCTV and community safety contacts",
        "<p>Question: who in the council is responsible for community safety CCTV, for installing and "
        "monitoring cameras, and which councillor covers CCTV?</p><p>Answer: public space CCTV in Anyshire "
        "towns is provided by the district councils and the police.</p>",
        path="/access-to-information/archives/cctv-and-community-safety-contacts",
    )
    assert asked.signals["cctv_info"] is False
    # an FAQ's question and its answer: the answer is the council's information
    faq = analyse_html(
        "CCTV questions",
        "<p>How long do you keep the recordings from the town centre CCTV cameras?</p><p>Our CCTV recordings are "
        "kept for 31 days and then deleted.</p>",
    )
    assert faq.signals["cctv_info"] is True


def test_a_ripa_policy_that_keeps_overt_cameras_out_unless_covert_is_still_ripa() -> None:
    pa = read(
        "Covert surveillance policy\n\nThis policy explains how Anytown Council authorises directed surveillance "
        "under the Regulation of Investigatory Powers Act 2000. Overt CCTV cameras are not covered by this "
        "policy unless they are used in a planned covert operation against a particular person."
    )
    assert pa.decoy == "covert surveillance (RIPA)"


def test_a_parish_or_town_councils_own_papers_are_not_the_principal_councils() -> None:
    """Real-text round 10: a town council committee's minute on "the report of the Town Clerk" about paying
    towards the district's cameras, a parish page on cameras "in the Parish"."""
    clerk = read(
        "Item 7: CCTV grant.\nMembers discussed the report of the Town Clerk on the town's yearly payment towards "
        "the district council's CCTV cameras. They noted the district council's letter about its plans and agreed to pay "
        "this year's sum."
    )
    assert clerk.signals["cctv_info"] is False
    parish = read(
        "CCTV - Oakley Green\n\nCouncillors voted to buy four CCTV cameras for use in the Parish after a run of "
        "break-ins and vandalism. Two will go up in Oakley and two in Little Oakley."
    )
    assert parish.signals["cctv_info"] is False
    # the principal council's own committee, whose report is its chief executive's, is still its own
    own = read(
        "Agenda item\n\nCabinet received the report of the Chief Executive on the council's CCTV control room. "
        "Members agreed to replace the town centre cameras next year."
    )
    assert own.signals["cctv_info"] is True
