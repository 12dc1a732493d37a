"""Patterns held-back webs 220-221 and real-text round 57 showed (written blind at session 38, held back at its freeze,
opened at session 39's start). The passages are written for this test (an invented council, Anytown, and invented
neighbours, bodies and places), not taken from the sets.

- Not an agreement: a police officer's "Schedule 2 form signed by an authorised officer" (a request form, web 220); a
  monitoring contractor's service level agreement "that forms part of the contract"; a draft agreement endorsed "as the
  basis for negotiation" that "would not come into effect until" signed.
- Whose certificate: a neighbour's hub "holds full certification" beside "the monitoring hub at [Neighbour] District
  Council" (web 221); a contractor's approval that "is not a certification of the council's system"; a report "Published
  by" two other councils, hosted on the audited council's site, is theirs (web 221).
- Certification said otherwise: "fully certified under the Commissioner's third-party scheme"; the council that "fill[s]
  in" the self-assessment tool each year and publishes it.
- A contact point: the "Safer Communities team" mailbox on the council's camera page (web 221, 5.3 partial).
- Not the council's: a forum thread ("Re:", "Posted by … »", "Post Reply"); a short guide to appointing a SPOC; a crime
  prevention explainer to partners at large, in Welsh too; a force's own page "… – [X] Police".
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis

MINUTES = "Cabinet – 4 March 2025\n\nPublic space CCTV\n\n"


def test_a_police_request_form_is_no_agreement(analyse_html: Callable[..., PageAnalysis]) -> None:
    main = (
        "<p>We use cameras at the depot and the civic offices to keep staff safe and to prevent crime.</p>"
        "<h2>Asking for footage</h2><p>Police officers must send a completed Schedule 2 form signed by an authorised"
        " officer. We never give footage to the media.</p>"
    )
    pa = analyse_html("CCTV and surveillance", main)
    assert pa.sla == []
    assert not pa.signals["sla"]
    signed = main.replace(
        "Police officers must send a completed Schedule 2 form signed by an authorised officer.",
        "A schedule of release procedures agreed with Anyshire Police covers requests from officers.",
    )
    assert analyse_html("CCTV and surveillance", signed).signals["sla"]


def test_a_contractors_agreement_and_a_draft_for_negotiation(inspect_text: Callable[..., PageAnalysis]) -> None:
    contract = (
        "CCTV monitoring\n\nAnytown Borough Council's 40 cameras are watched from the market hall control room by a"
        " monitoring firm.\n\nThe contractor provides monitoring every night under a service level agreement that forms"
        " part of the contract, with targets for answering the police radio."
    )
    assert not inspect_text(contract).signals["sla"]
    draft = (
        MINUTES
        + "The Cabinet considered a draft data sharing agreement between the borough council and Anyshire Police"
        " covering the council's 40 cameras.\n\nMembers heard that it would not come into effect until it had been agreed"
        " and signed by both parties.\n\nRESOLVED that the draft be endorsed as the basis for negotiation."
    )
    assert not inspect_text(draft).signals["sla"]
    signed = (
        MINUTES
        + "The Cabinet noted the data sharing agreement between the borough council and Anyshire Police covering"
        " the council's 40 cameras, signed by both parties in January."
    )
    assert inspect_text(signed).signals["sla"]


def test_a_neighbours_hub_certificate(analyse_html: Callable[..., PageAnalysis]) -> None:
    main = (
        "<p>The town centre cameras are owned by Anytown Borough Council to deter crime.</p><p>They are watched day and"
        " night from the monitoring hub at Westby District Council, which monitors them on our behalf. The Westby hub"
        " holds full certification against the Surveillance Camera Code of Practice.</p>"
    )
    assert not analyse_html("Town centre cameras", main).signals["certification"]
    own = main.replace("The Westby hub holds", "Our own system holds")
    assert analyse_html("Town centre cameras", own).signals["certification"]


def test_a_contractors_approval_in_an_foi_answer(inspect_text: Callable[..., PageAnalysis]) -> None:
    text = (
        "Freedom of Information request 2291\n\nRequest\n1. Is the council's CCTV certified?\n\nResponse\n1. No. Anytown"
        " Borough Council has not obtained third-party certification for its cameras.\n2. The 30 cameras are monitored"
        " under contract. The contractor holds NSI Gold approval for its monitoring services; this approval relates to"
        " the firm's business and is not a certification of the council's system."
    )
    assert not inspect_text(text).signals["certification"]


def test_certification_in_other_words(inspect_text: Callable[..., PageAnalysis]) -> None:
    note = (
        "Anytown Borough Council and Anyshire Police\nCode of Practice for the Anytown CCTV System\n\nNote on compliance\n"
        "The system described in this Code is fully certified under the Commissioner's third-party scheme, as confirmed"
        " at the annual audit in May 2024."
    )
    assert inspect_text(note).signals["certification"]
    tool = (
        "CCTV: how we show we follow the code\n\nAs our assurance to residents, we fill in the Commissioner's"
        " self-assessment tool for the public space system every year and publish it here with its action plan.\n\nOur"
        " 70 cameras are monitored from the control room at the civic centre."
    )
    assert inspect_text(tool).signals["certification"]


def test_a_report_published_by_other_councils(analyse_text: Callable[..., PageAnalysis], ctx: AuthorityContext) -> None:
    report = (
        "Lookout shared CCTV service - annual report. Published by Westby District Council and Eastby City Council.\n"
        "The shared service watches 180 cameras from its control room in Westby.\nThe shared service control room holds"
        " step 2 certification against the Surveillance Camera Code of Practice.\n"
    )
    pa = analyse_text(report, "/asset-library/lookout-annual-report.txt")
    assert pa.decoy == "another body's cameras"
    assert not any(f.type == "certification" for f in pa.findings)
    ours = report.replace("Eastby City Council", "Anytown Borough Council")
    assert analyse_text(ours, "/asset-library/lookout-annual-report.txt").decoy is None


def test_a_safer_communities_mailbox_is_a_contact_point(analyse_html: Callable[..., PageAnalysis]) -> None:
    main = (
        "<p>The town centre cameras are owned by Anytown Borough Council to deter crime.</p><p>To ask for images of"
        " yourself, make a subject access request to the borough council's Safer Communities team at"
        " safercommunities@anytown.example.gov.uk.</p>"
    )
    pa = analyse_html("Town centre cameras", main)
    assert pa.spoc is not None and pa.spoc["email"] == "safercommunities@anytown.example.gov.uk"


def test_not_the_councils_voice(inspect_text: Callable[..., PageAnalysis]) -> None:
    forum = (
        "Re: naming a camera SPOC\n\nPosted by Camwatcher » Tue Apr 2, 2024 8:40 am\n\nWe did this last spring. The SPOC"
        " turned out to be me, the CCTV manager, because I knew where the cameras were.\n\nPost Reply"
    )
    guide = (
        "Naming a surveillance camera single point of contact: a short guide\n\nWhy have one?\nMost local authorities"
        " run more cameras than the public system. A single point of contact keeps a list of them all.\n\nWho should it"
        " be?\nA CCTV manager or an information governance officer."
    )
    explainer = (
        "CCTV and community safety\n\nCCTV cameras are a familiar way of preventing crime. Research suggests they work"
        " best in car parks.\n\nMobile cameras\nMany partnerships now use cameras that can be moved.\n\nBefore installing"
        " cameras\nPartners should ask whether better lighting would work.\n\nThe Surveillance Camera Code gives twelve"
        " principles to follow."
    )
    welsh = (
        "Teledu cylch cyfyng a diogelwch cymunedol\n\nMae ymchwil yn awgrymu bod camerâu'n gweithio orau mewn meysydd"
        " parcio.\n\nMae llawer o bartneriaethau yn symud camerâu i fannau newydd.\n\nDylai partneriaid ofyn a fyddai"
        " goleuadau gwell yn gweithio.\n\nMae'r Cod Ymarfer Camerâu Gwyliadwriaeth yn rhoi deuddeg egwyddor."
    )
    force = (
        "Working with council CCTV – Anyshire Police\n\nEach policing area has a CCTV liaison officer who is the police's"
        " point of contact with the council control rooms.\n\nCouncil CCTV managers can reach the liaison officer through"
        " the force's partnership hub at liaison@example.org.uk."
    )
    for text in (forum, guide, explainer, welsh, force):
        signals = inspect_text(text).signals
        assert not signals["cctv_info"] and not signals["spoc"], text[:40]
    partners = (
        "Working with partners\n\nAnyshire Police\nPolice staff work beside our operators in the Anytown control room"
        " under a memorandum of understanding signed by Anytown Borough Council and the force."
    )
    assert inspect_text(partners).signals["sla"]
