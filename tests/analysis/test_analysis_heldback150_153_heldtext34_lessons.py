"""Patterns webs 150-153 and real-text round 34 (written blind last session, opened this session) showed. The passages
are written for this test (an invented council, Anytown, with the fixtures' context, and invented bodies and places), not
taken from the sets.

Certification, as the texts state it (``inspect`` has no council context, so the plain-text cases read without one):
- committee minutes saying the council's application for step one "had been submitted" to a certification body;
- a cabinet resolution "That [the council] seek third-party certification";
- scrutiny minutes on "the system's full certification …, first obtained in 2016", lapsed when the scheme closed;
- a Welsh page: "cyflawnodd y Cyngor gam cyntaf … Comisiynydd y Camerâu Gwyliadwriaeth";
- but a published self-assessment beside "We have not applied for third-party certification" is no progress.

Police agreements:
- "an Information Sharing Agreement between [the] Borough Council and the force, signed …" is with the police;
- a decision that officers "continue negotiations with [the force] on a service level agreement" is none yet;
- a monitoring contractor working "to a service level agreement with the Council" is no police agreement.

Other voices, and the council's own:
- a monitoring company pitching to "public sector clients", a commissioner who "has opened" a fund, a leisure operator
  controlling images "even where the building is owned by a council", a bus company's cameras "fitted to all our buses",
  a paper quoting "[Place] District Council said";
- a Welsh FOI answer "Mae Cyngor … yn gweithredu 71 o gamerâu" is the council's own answer;
- the council's own monitoring unit opening its page ("… is the council's round-the-clock monitoring centre") stays the
  council's though it sells a BID a radio link (web 150's Coventry); the force's name as the page's last line, a related
  link, signs nothing (web 153's Canterbury); "by speaking to us" is a way to ask, not a magazine's interview (web 150's
  Cardiff);
- one fact: "eight cameras now cover the stair cores, the lift lobby and both vehicle entrances" (web 151's Lewes);
- denials: "no longer operates a public space camera system", cameras that "have belonged to [the force]" (web 151's
  Slough), cameras "run by a community interest company" (web 150's South Norfolk), the force "looking for volunteers to
  watch town centre cameras" (web 152's Erewash), "contact your district council" (web 152's Worcestershire).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _inspect(text: str) -> PageAnalysis:
    """As ``cctv-audit inspect`` reads a saved text: no council context."""
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"))


def _on(pa: PageAnalysis) -> set[str]:
    return {k for k, v in pa.signals.items() if v}


def test_minutes_of_an_application_submitted_for_step_one_are_certification() -> None:
    pa = _inspect(
        "Agenda item\n\nCCTV update\n\nMinutes:\nThe Safer Communities Manager reported that 31 cameras in Anytown and"
        " Bridgeford had been replaced.\n\nMembers heard that Anytown Borough Council's application for step one (desktop)"
        " certification against the Surveillance Camera Code of Practice had been submitted to the certification body in"
        " March, with the self-assessment attached.\n\nRESOLVED that the update be noted."
    )
    assert _on(pa) == {"cctv_info", "certification"}


def test_a_resolution_to_seek_certification_is_certification() -> None:
    pa = _inspect(
        "Decision details\n\nCCTV certification\n\nDecision:\n1. That Anytown Borough Council seek third-party"
        " certification of its town centre CCTV system against the Surveillance Camera Code of Practice.\n2. That 5,200"
        " pounds be allocated from reserves for the fees.\n\nReasons: residents should know the 60 cameras are run lawfully."
    )
    assert "certification" in _on(pa)


def test_the_systems_certification_lapsed_with_the_scheme_is_certification() -> None:
    pa = _inspect(
        "Agenda item\n\nCCTV annual report\n\nMinutes:\nThe Head of Communities presented the report on Anytown Borough"
        " Council's 52 cameras.\n\nAsked about standards, she said the system's full certification against the"
        " Surveillance Camera Code, first obtained in 2017, had lapsed when the national scheme closed and could not be"
        " renewed.\n\nRESOLVED that the report be noted."
    )
    assert "certification" in _on(pa)


def test_a_welsh_step_one_completed_is_certification() -> None:
    pa = _inspect(
        "Ardystio ein camerâu\n\nYn 2022 cyflawnodd Cyngor Bwrdeistref Sirol Trefawr gam cyntaf cynllun ardystio"
        " trydydd parti Comisiynydd y Camerâu Gwyliadwriaeth ar gyfer ein system teledu cylch cyfyng. Mae 48 o gamerâu yn"
        " y dref a chedwir y lluniau am 31 diwrnod."
    )
    assert "certification" in _on(pa)


def test_a_self_assessment_beside_not_applied_is_no_progress() -> None:
    pa = _inspect(
        "The Surveillance Camera Code and our cameras\n\nAnytown Borough Council runs 40 town centre cameras with regard"
        " to the Surveillance Camera Code of Practice.\n\nWe complete the Commissioner's self-assessment tool each year"
        " and publish it on this page.\n\nWe have not applied for third-party certification, and will look at it again"
        " next year."
    )
    assert _on(pa) == {"cctv_info"}


def test_an_isa_between_the_council_and_the_force_is_with_the_police() -> None:
    pa = _inspect(
        "Privacy notice: town centre CCTV\n\nWhat we record: pictures of people and vehicles from 90 cameras in Anytown."
        "\n\nWho we share with: Devon and Cornwall Police receive footage under an Information Sharing Agreement"
        " between Anytown Borough Council and the force, signed in May 2024.\n\nHow long: 31 days."
    )
    assert _on(pa) == {"cctv_info", "sla"}


def test_negotiations_continuing_on_an_sla_are_no_agreement() -> None:
    pa = _inspect(
        "Agenda item\n\nCCTV control room\n\nDecision:\n(1) That the control room move to the Civic Centre be approved."
        "\n(2) That officers continue negotiations with Devon and Cornwall Police on a service level agreement for"
        " police access to the room, to be brought back to Cabinet before signature.\n\nAnytown's 80 cameras are unaffected."
    )
    assert "sla" not in _on(pa)


def test_a_contractors_sla_with_the_council_is_no_police_agreement() -> None:
    pa = _inspect(
        "CCTV monitoring\n\nAnytown Borough Council's 45 cameras are watched for us by a security contractor from its"
        " monitoring centre.\n\nThe contractor works to a service level agreement with the Council covering how fast it"
        " logs incidents, answers police radio calls and reports faults.\n\nFootage requests: cctv@anytown.example.gov.uk."
    )
    assert _on(pa) == {"cctv_info"}


def test_other_bodies_and_the_press_are_not_the_councils_own() -> None:
    texts = [
        "Remote monitoring for public sector clients\n\nOur centre watches CCTV and alarms around the clock for councils"
        " and housing providers.\n\n- Alarm receiving centre to BS EN 50518\n- Operators SIA licensed\n\nContact our public"
        " sector team for a proposal.",
        "Commissioner opens safer streets camera fund\n\nThe Police and Crime Commissioner for Anyshire has opened a"
        " 90,000 pound fund for new CCTV.\n\nParish councils and community groups can bid for up to 10,000 pounds each"
        " towards cameras and recorders.",
        "Privacy notice: CCTV at our pools\n\nActive Anyshire runs pools and gyms for several councils. Cameras cover"
        " entrances and car parks.\n\nWe are the data controller for these images, even where the building is owned by a"
        " council. Recordings are kept for 14 days.",
        "Riverline Coaches: conditions of carriage, part 9\n\nCCTV cameras are fitted to all our buses and record the"
        " saloon and the road ahead. Recordings are kept for ten days. Ask our customer team for footage.",
        "Bridgeford shops say council cameras are broken\n\nTraders in Bridgeford say two council cameras have not worked"
        " since spring. One shop owner said the police had found no footage of a break-in.\n\nAnytown District Council said two of its 30 cameras were waiting for parts and the rest were"
        " working.",
    ]
    for text in texts:
        assert "cctv_info" not in _on(_inspect(text)), text[:40]


def test_a_welsh_foi_answer_counting_the_councils_cameras_is_its_own() -> None:
    pa = _inspect(
        "Cais Rhyddid Gwybodaeth: camerâu\n\nCais: Faint o gamerâu teledu cylch cyfyng y mae'r Cyngor yn eu rhedeg?"
        "\n\nYmateb: Mae Cyngor Sir Trefawr yn gweithredu 52 o gamerâu mannau cyhoeddus yn y tair tref."
    )
    assert "cctv_info" in _on(pa)


def test_the_councils_own_unit_selling_a_bid_a_radio_link_stays_its_own(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Monitoring centre",
        "<p>The Anytown Monitoring Centre is the council's 24-hour CCTV control room. Besides the town's public space"
        " cameras it watches alarms for businesses.</p><h2>Public space CCTV</h2><p>Our operators watch 120 cameras in the"
        " town centre and car parks, with a radio link to the police.</p><p>Anytown BID pays for the shops' radio link"
        " under a service agreement with the centre.</p><p>Call 01234 500600.</p>",
        path="/business/monitoring-centre",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_the_forces_name_as_a_last_related_link_signs_nothing(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV control room",
        "<p>Our control room at the Civic Centre is staffed around the clock by council operators who watch 210 cameras."
        "</p><p>Last year they dealt with 2,400 incidents.</p><h2>Related</h2><p><a href='/footage'>Ask for footage</a>"
        "</p><p><a href='https://www.police.example/'>Devon and Cornwall Police</a></p>",
        path="/community-safety/cctv-control-room",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_by_speaking_to_us_is_a_way_to_ask(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>The council's cameras help prevent crime in the town centre.</p><h2>Asking for footage</h2><p>You can ask"
        " for footage of yourself in writing or by speaking to us. We keep recordings for 31 days.</p><p>Send requests"
        " to cctv@anytown.example.gov.uk.</p>",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_cameras_covering_a_car_parks_stair_cores_are_one_fact(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Station Road car park: your questions",
        "<h2>Will the car park be safer?</h2><p>Yes. New lights are in, and six cameras now cover the stair cores and"
        " the lift lobby.</p><h2>When will it reopen?</h2><p>In the spring.</p>",
        path="/regeneration/station-road-car-park/questions",
    )
    assert pa.signals["cctv_info"] and pa.criteria.get("cameras")


def test_denials_and_other_owners_are_not_the_councils_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pages = [
        "<p>Since April 2024 Anytown's town centre cameras have belonged to Devon and Cornwall Police, which runs them from"
        " its own control room. The council no longer operates a public space camera system.</p>",
        "<p>The cameras in Bridgeford market square are run by a community interest company set up by the traders and the"
        " town council. Volunteers watch them on market days.</p>",
        "<p>Devon and Cornwall Police is looking for volunteers to watch town centre cameras at Anytown police station."
        " Apply to the police.</p>",
        "<p>Town centre cameras are provided by the district councils. For questions about cameras in your town, contact"
        " your district council.</p>",
    ]
    for main in pages:
        pa = analyse_html("Community safety", main, path="/community/community-safety")
        assert not pa.signals["cctv_info"], main[:50]


# ---- real-text round 36 (first look) and webs 152-153 again --------------------------------------------------------


def test_funding_approved_to_obtain_certification_is_progress() -> None:
    pa = _inspect(
        "Decision details\n\nCCTV compliance\n\nDecision:\nRESOLVED that\na) the new camera policy be noted;\nb) one-off"
        " funding of £6,000 be approved from reserves to obtain third party certification of the town centre CCTV system"
        " under the Surveillance Camera Commissioner's scheme."
    )
    assert "certification" in _on(pa)


def test_an_foi_answer_telling_an_application_made_is_certification() -> None:
    pa = _inspect(
        "Freedom of information request 24/0112\n\nYou asked:\n(a) how many public space cameras the council runs;\n(b)"
        " whether it has applied for certification against the Surveillance Camera Code of Practice.\n\nOur response:\n(a)"
        " The council operates 38 public space cameras in Anytown and Bridgeford.\n(b) Yes. In May 2023 the council"
        " submitted an application for step 1 (desktop) certification to the certification body."
    )
    assert "certification" in _on(pa)


def test_working_towards_with_no_application_made_is_no_progress() -> None:
    pa = _inspect(
        "CCTV review: report to the Scrutiny Committee\n\n2.1 The council's public space system has 40 cameras monitored"
        " from the Town Hall.\n\n2.2 The council is working towards third party certification under the Surveillance"
        " Camera Code. No application has yet been made."
    )
    assert "certification" not in _on(pa)


def test_a_welsh_full_certificate_held_until_the_scheme_closed_is_certification() -> None:
    pa = _inspect(
        "Adolygiad blynyddol TCC\n\nMae'r cynllun yn cynnwys 90 o gamerâu yng nghanol y dref.\n\nArdystio\nRoedd y"
        " Cyngor wedi dal tystysgrif lawn o dan gynllun ardystio trydydd parti Comisiynydd y Camerâu Gwyliadwriaeth ers"
        " 2020. Daeth y dystysgrif i ben pan gaeodd y cynllun."
    )
    assert "certification" in _on(pa)


def test_an_foi_answer_sheet_naming_the_spoc_is_spoc() -> None:
    pa = _inspect(
        "FOI request: CCTV responsibility\nReference FOI-25-0301\n\nQ1. Who is responsible for the council's CCTV?\nA1."
        " The council has a designated single point of contact for all its surveillance camera systems: the Community"
        " Safety Manager.\n\nQ2. How can they be contacted?\nA2. By email at spoc@anytown.example.gov.uk."
    )
    assert "spoc" in _on(pa)


def test_drafts_and_negotiations_with_the_force_are_no_agreement() -> None:
    texts = [
        "Agenda item\n\nCCTV governance\n\nMinutes:\nThe borough's 39 cameras are viewed from the Council Offices.\n\nA draft"
        " information sharing agreement between the council and Devon and Cornwall Police had been prepared. It had not"
        " yet been agreed or signed.",
        "Agenda item\n\nCCTV: future arrangements\n\nMinutes:\nThe city's 60 cameras are monitored from the council's"
        " control room.\n\nDevon and Cornwall Police had proposed that the cameras join its CCTV partnership."
        " Negotiations on the terms of a partnership agreement were continuing.",
        "Camerâu newydd yn y dref\n\nMae Cyngor Sir Trefawr wedi gosod 12 o gamerâu teledu cylch cyfyng. Mae'r Cyngor"
        " wrthi'n llunio cytundeb rhannu gwybodaeth gyda Heddlu Dyfed-Powys. Nid yw'r cytundeb wedi'i lofnodi eto.",
    ]
    for text in texts:
        assert "sla" not in _on(_inspect(text)), text[:40]


def test_agreements_in_force_by_other_words_are_agreements() -> None:
    texts = [
        # a joint code signed for the force
        "Anytown Public Space CCTV: Code of Practice, foreword\n\nThis Code sets out how the town's 70 cameras are run."
        " The Code has been signed, on behalf of Devon and Cornwall Police, by the Chief Constable, who has agreed that"
        " officers will follow its release rules.",
        # a Welsh WASPI protocol, mutated after "o dan"
        "Hysbysiad preifatrwydd: teledu cylch cyfyng\n\nCyngor Sir Trefawr yw'r rheolydd data ar gyfer delweddau camerâu'r"
        " Cyngor.\n\nRydym yn rhannu recordiadau gyda Heddlu Dyfed-Powys o dan Brotocol Rhannu Gwybodaeth a lofnodwyd gan"
        " y Cyngor a'r Heddlu yn 2024.",
    ]
    for text in texts:
        assert "sla" in _on(_inspect(text)), text[:40]


def test_other_bodies_in_round_36s_forms() -> None:
    texts = [
        "Town CCTV\n\nBridgeford Town Council owns eleven cameras in the market square and the park. They are monitored"
        " by the district council's control room under a service level agreement between the two councils.",
        "Certification scheme closes\n\nThe Commissioner has written to certified organisations and to the two"
        " certification bodies to say the Surveillance Camera Code certification scheme has closed for good.",
        "What is a CCTV installation certificate?\n\nAn installer completes the certificate once cameras are fitted and"
        " tested, to BS EN 62676. Ask your installer to issue it at handover and keep it with your records.",
        "Security on our coaches\n\nEvery Riverline Coaches bus is fitted with CCTV covering the doors and both decks."
        " Recordings are overwritten after ten days.",
        "CCTV privacy notice\n\nThe Bridge Centre uses CCTV in its malls and car parks. The centre's management company"
        " is the data controller. Recordings are kept for 30 days.",
        "Agenda item\n\nCCTV partnership: update from the Police and Crime Commissioner\n\nMinutes:\nThe Commissioner"
        " reported on the proposed force-wide CCTV partnership with the councils. A draft agreement had not been"
        " signed.\n\nA Panel member asked whether every council had to join.\n\nThe Panel noted the update.",
    ]
    for text in texts:
        assert _on(_inspect(text)) == set(), text[:40]


def test_an_agreement_renegotiated_after_it_expired_is_a_draft_spoken_of(
    analyse_text: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_text(
        "Information governance annual report\n\n5. Surveillance cameras\nThe information sharing agreement with Devon"
        " and Cornwall Police for CCTV footage expired in 2024 and is being renegotiated; we expect the new agreement to"
        " be signed next year.",
        path="/media/information-governance-annual-report.pdf",
    )
    mentions = [f for f in pa.findings if f.type == "sla_mention"]
    assert mentions and mentions[0].data["planned"] and not pa.signals["sla"]


def test_an_access_agreement_signed_by_both_is_spoken_of(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Police live view",
        "<p>Devon and Cornwall Police officers can watch live pictures from the town's cameras under a live-view access"
        " agreement signed by the council and the force.</p><p><a href='/documents/live-view-access-agreement.pdf'>Read"
        " the live-view access agreement</a></p>",
        path="/community-safety/cctv/police-live-view",
    )
    assert pa.signals["sla"] and any(f.type == "sla_mention" for f in pa.findings)


def test_a_welsh_answer_that_the_council_never_applied_is_no_progress() -> None:
    pa = _inspect(
        "Cais Rhyddid Gwybodaeth: teledu cylch cyfyng\n\nGofynnoch: A yw'r Cyngor wedi cael ardystiad?\n\nEin hymateb:"
        " Mae Cyngor Sir Trefawr yn gweithredu 30 o gamerâu yn y dref. Na. Nid yw'r Cyngor wedi gwneud cais am ardystiad"
        " trydydd parti. Rydym wedi cwblhau offeryn hunanasesu'r Comisiynydd."
    )
    assert "certification" not in _on(pa)
