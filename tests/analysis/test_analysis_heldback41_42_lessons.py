"""Patterns the forty-first and forty-second held-back webs showed (first looked at with the detectors frozen at
172dc05, after every other lesson of session 13; learnt from after).

One-fact councils on their premises: security cameras at a named hall and a depot run by the council's facilities
team; an FAQ answer that opens "Yes." before its count; recordings of visitors "by the cameras at [the offices]";
a privacy page's "Cameras" section on the impact assessment done before a camera goes up; the security cameras at
a building's doors with the line on how long their images are kept; "council cameras cover [the high street]".
And: footage shared with the force "under the protocol we hold with them"; a partnership the council is not in;
the national framework SLA hosted on a council's site (a template, not its agreement). The passages are written
for this test (invented places and people).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_premises_and_one_fact_statements(analyse_html: Callable[..., PageAnalysis]) -> None:
    hall = analyse_html(
        "Visiting Anytown Hall",
        "<p>Our offices are at Anytown Hall, Cambourne Business Park. Reception is open on weekdays.</p>"
        "<p>Security cameras at Anytown Hall and at the Westby depot are run by our facilities team.</p>",
        path="/contact-us/visiting-anytown-hall",
    )
    assert hall.signals["cctv_info"] is True and _crit(hall) == {"operator"}
    faq = analyse_html(
        "Anytown town centre",
        "<p>Markets, events and keeping the town centre safe.</p><h2>Is the town centre covered by cameras?</h2>"
        "<p>Yes. 42 cameras cover the High Street, Kings Road and the council car parks.</p>",
        path="/town-centre",
    )
    assert faq.signals["cctv_info"] is True and "cameras" in _crit(faq)
    visitors = analyse_html(
        "Ask for your information",
        "<p>You have the right to see the personal information we hold about you.</p><h2>Recordings from our offices</h2>"
        "<p>If you think you were recorded by the cameras at Penn House, include the date and time of your visit.</p>",
        path="/council/data-protection/ask-for-your-information",
    )
    assert visitors.signals["cctv_info"] is True and "subject_access" in _crit(visitors)
    dpia = analyse_html(
        "Privacy",
        "<p>How the council collects, uses and protects personal information.</p><h2>Cameras</h2>"
        "<p>Before we put up any new camera on our land we carry out a data protection impact assessment.</p>",
        path="/privacy",
    )
    assert dpia.signals["cctv_info"] is True and "dpia" in _crit(dpia)
    doors = analyse_html(
        "Privacy notice: visitors to county buildings",
        "<p>When you visit County Hall we may capture your image on the security cameras at the doors and in the car park.</p>"
        "<p>Images recorded at our buildings are deleted after 30 days unless they are needed for an incident.</p>",
        path="/council/privacy-notices/visitors-to-county-buildings",
    )
    assert doors.signals["cctv_info"] is True and "retention" in _crit(doors)
    high_street = analyse_html(
        "Anytown High Street",
        "<p>Markets, events and parking for the High Street.</p><p>Eleven council cameras cover Anytown High Street and Northam.</p>",
        path="/town-centres/anytown-high-street",
    )
    assert high_street.signals["cctv_info"] is True and _crit(high_street) == {"cameras"}


def test_a_named_hall_alone_is_no_camera(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Council tax",
        "<p>Pay at the customer service centre in Northam Hall. The council is working towards full certification of its "
        "customer service centre.</p>",
        path="/council-tax",
    )
    assert pa.signals["cctv_info"] is False and pa.signals["certification"] is False


def test_an_agreement_held_with_the_force_and_a_partnership_the_council_is_not_in(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>We run 82 cameras in Anytown and Northam.</p>"
        "<p>Footage is shared with Anyshire Police under the protocol we hold with them.</p>",
    )
    assert pa.signals["sla"] is True and "police_agreement" in _crit(pa)
    other = analyse_html(
        "Anyshire CCTV Partnership",
        "<p>Four other Anyshire councils share a staffed CCTV control room in Northam. Anytown is not a member of the "
        "partnership.</p>",
        path="/services/community-safety/anyshire-cctv-partnership",
    )
    assert other.signals["cctv_info"] is False


def test_the_national_framework_sla_hosted_on_a_council_site_is_no_agreement(
    analyse_text: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_text(
        "National framework: service level agreement for public space surveillance\n"
        "About this framework. This framework was written by the police and local government bodies to help councils "
        "and forces draw up their own agreements. It is a template and is not itself an agreement between any council "
        "and any force.\nSignature blocks: for the council ........ for the police ........ date ..../..../20__\n",
        path="/sites/default/files/framework-sla-police-and-councils.pdf",
    )
    assert pa.signals["sla"] is False and pa.signals["cctv_info"] is False and not pa.sla
    signed = analyse_text(
        "Framework agreement for public space CCTV between Anytown Borough Council and Anyshire Police\n"
        "This is a framework agreement for sharing images from the council's public space cameras.\n"
        "Signed for Anytown Borough Council: Director of Communities, 3 March 2025.\n"
        "Signed for Anyshire Police: Chief Superintendent, 10 March 2025.\n",
        path="/documents/cctv-framework-agreement.pdf",
    )
    assert signed.signals["sla"] is True


def test_an_agenda_items_papers_are_the_cctv_items_when_its_title_names_cctv() -> None:
    """Web 42's Rhondda Cynon Taf: the item page "Public open spaces CCTV: annual update" lists "Report (PDF)" and
    "Appendix 2 (PDF)", the signed agreement, below its summary; the links' own words and list entries say nothing."""
    from analysis.links import document_of_a_cctv_item
    from analysis.text import Link

    appendix = Link(
        url="https://anytown.moderngov.co.uk/documents/s4812/Appendix2ISA.pdf", text="Appendix 2 (PDF)", context=""
    )
    assert document_of_a_cctv_item(appendix, "Public open spaces CCTV: annual update | Anytown Council")
    assert not document_of_a_cctv_item(appendix, "Budget monitoring: quarter 2 | Anytown Council")
    page = Link(url="https://anytown.moderngov.co.uk/mgIssueHistoryHome.aspx?IId=5", text="Issue history", context="")
    assert not document_of_a_cctv_item(page, "Public open spaces CCTV: annual update")
