"""Patterns webs 242 and 245-249 and real-text rounds 65-66 showed (written blind at session 40 in snapshots of its
freezes, held back and opened at session 41). The passages are written for this test (an invented council, Anytown, and
invented neighbours, bodies and places), not taken from the sets.

- Not the council's own: cameras that "belong to" a named town council, then "the town council's cameras"; cameras
  "installed and managed by [X] Homes"; a body that "is an independent charity and is the data controller", or "[X] Trust,
  which runs the centres, is the data controller".
- The council's own, in few words: "Our redeployable eyeball cameras are in …"; Welsh "gweithredwyr y Cyngor" watching
  the pictures; a Welsh FOI answer's count of cameras.
- Contact points: "Ask the [X] team about our cameras: mailbox"; a short line of routes after a CCTV section's paragraph
  on asking for footage; an accordion's question kept from its button ("Who can I ask?"). "Does not have a designated
  lead officer" designates nobody.
- Certificates: the council's list of what its control room holds; an FOI answer that "[X] Council submitted its
  application". Not the council's: "the Safer [Neighbour] control centre …, which monitors them for us" and its certificate.
- Agreements: "We may share recordings with [the force]" then "Sharing … is covered by a data sharing agreement"; a
  Welsh FOI answer "Oes. Mae Memorandwm … rhwng Cyngor … a Heddlu …"; an answer numbered as its question ("3. Yes. …
  signed a Data Sharing Agreement for CCTV"). Not: a monitoring agreement between two councils whose parties' line runs on
  from its title; a resolution's item read as a document's title; a draft attached "but the agreement had not been
  signed".
- Where to look: a committee system's "mgConvert2PDF.aspx" is a document.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.certification_progress import detect_progress
from analysis.context import AuthorityContext
from analysis.links_url import looks_like_document
from analysis.page import PageAnalysis
from analysis.segments import blocks_of
from analysis.text import extract

CCTV_P = "<p>Anytown Borough Council runs 40 public space cameras in the town centre to prevent crime.</p>"


def _types(pa: PageAnalysis) -> set[str]:
    return {f.type for f in pa.findings}


def test_cameras_of_a_town_council_or_a_housing_company(analyse_html: Callable[..., PageAnalysis]) -> None:
    for title, said in (
        (
            "CCTV in Westby",
            "<p>Street CCTV in Westby market place belongs to Westby Town Council, which looks after it. Since 2023 the"
            " town council's cameras have been watched from Downtown City Council's control room.</p>"
            "<p>Ask Westby Town Council for footage.</p>",
        ),
        (
            "Estate cameras",
            "<p>Cameras on the borough's housing estates are installed and managed by Anyvale Homes, the company that runs"
            " the council's homes. Ask Anyvale Homes about recordings.</p>",
        ),
    ):
        assert not analyse_html(title, said, path="/community-safety/" + title.lower().replace(" ", "-")).signals[
            "cctv_info"
        ], title


def test_the_councils_own_in_few_words(
    analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    pa = analyse_html(
        "Nuisance and anti-social behaviour",
        "<p>Tell us about nuisance online, or ring the police on 101 if a crime is under way.</p>"
        "<p>Our redeployable dome cameras are at present in Northby, Eastby and Westby. Parish councils may ask for one.</p>",
        path="/community/nuisance",
    )
    assert pa.signals["cctv_info"]
    welsh_faq = (
        "Cwestiynau am deledu cylch cyfyng\nPwy sy'n gwylio'r camerâu?\nMae chwech o weithredwyr y Cyngor yn gwylio'r"
        " lluniau ddydd a nos.\nAm faint y cedwir recordiadau?\nCaiff recordiadau eu dileu ar ôl 31 diwrnod."
    )
    assert inspect_text(welsh_faq).signals["cctv_info"]
    welsh_foi = (
        "Cais Rhyddid Gwybodaeth\nTeledu cylch cyfyng\nCwestiwn 1: Faint o gamerâu sydd gan y Cyngor?\n"
        "Ateb: 38 o gamerâu mewn mannau cyhoeddus yn Nhrefach a Llanaber."
    )
    assert inspect_text(welsh_foi).signals["cctv_info"]


def test_other_bodies_naming_themselves_as_controller(inspect_text: Callable[..., PageAnalysis]) -> None:
    for said in (
        "CCTV privacy notice\nWe record images in our reading rooms and car parks to keep visitors safe.\nImages are kept"
        " for 30 days.\nAnyshire Reading Rooms is an independent charity and is the data controller for these images.",
        "Pool cameras: questions and answers\nThe cameras watch the water for swimmers in difficulty.\nThe Westvale Trust,"
        " which runs the pools, is the data controller for all images.\nImages are kept for seven days.",
    ):
        pa = inspect_text(said)
        assert not pa.signals["cctv_info"] and pa.decoy is not None, said[:40]


def test_contact_points(analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]) -> None:
    ask = CCTV_P + "<p>Ask the Safer Streets team about our cameras: safer.streets@anytown.gov.uk</p>"
    assert "cctv_contact" in _types(analyse_html("CCTV", ask))
    footage = (
        "<p>Recordings are kept for 28 days.</p><p>If you were filmed you can make a subject access request; insurers"
        " must give a crime number before we release footage.</p>"
        "<p>Email watch@anytown.gov.uk or write to the Watch Room, Guild Hall.</p>"
    )
    assert "cctv_contact" in _types(analyse_html("Asking for footage", footage, path="/cctv/asking-for-footage"))
    denial = (
        "Response\nAnytown Borough Council does not have a designated lead officer for surveillance cameras. Each system"
        " belongs to the service that uses it.\nGeneral enquiries about council cameras can be sent to"
        " streets.control@anytown.gov.uk."
    )
    assert not inspect_text(denial).signals["spoc"]


def test_accordion_questions_keep_their_words(ctx: AuthorityContext) -> None:
    from analysis.page import analyse

    html = (
        "<html><head><title>Public space CCTV | Anytown Borough Council</title></head><body><main><h1>Public space CCTV"
        "</h1><div class='accordion'><h3><button type='button' aria-expanded='false' aria-controls='a1'>How long are"
        " recordings kept?</button></h3><div id='a1' hidden><ul><li>30 days unless needed by an investigation</li></ul>"
        "</div><h3><button type='button' aria-expanded='false' aria-controls='a2'>Who can I ask?</button></h3><div id='a2'"
        " hidden><ul><li>Streets team: streets@anytown.gov.uk</li></ul></div></div></main></body></html>"
    ).encode()
    doc = extract(html, "https://www.anytown.gov.uk/community-safety/cctv", "text/html")
    assert "Who can I ask?" in doc.text and "How long are recordings kept?" in doc.text
    pa = analyse(doc, ctx)
    assert "cctv_contact" in _types(pa) and pa.criteria["retention"]


def test_certificates(analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]) -> None:
    held = (
        "<p>What our control room and its operators hold:</p><ul><li>Security Industry Authority licences (every"
        " operator)</li><li>full (step 2) third-party certification against the Surveillance Camera Code of Practice,"
        " June 2020</li></ul>"
    )
    assert analyse_html("Our operators and standards", held, path="/cctv/operators-and-standards").signals[
        "certification"
    ]
    applied = "Response:\n2. Yes. Anytown Borough Council submitted its application for step 2 certification to an"
    applied += " inspectorate on 4 May 2023. The audit is booked for the autumn."
    assert detect_progress(blocks_of(applied, [])) is not None
    neighbours = (
        "<p>Our 50 cameras are watched at the Safer Westby control centre in Northby, which monitors them for us under a"
        " shared service agreement with Westby Borough Council.</p><p>The Safer Westby control centre holds full"
        " certification against the Surveillance Camera Code of Practice.</p>"
    )
    assert not analyse_html("CCTV", neighbours).signals["certification"]


def test_agreements_spoken_of(
    analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    notice = (
        "<h2>Who do we share recordings with?</h2><p>We may share recordings with Devon and Cornwall Police, other forces"
        " and insurers.</p><p>Sharing with Devon and Cornwall Police is covered by a data sharing agreement between the"
        " council and the force.</p>"
    )
    assert "sla_mention" in _types(analyse_html("Building security privacy notice", notice, path="/privacy/security"))
    welsh = (
        "Cais Rhyddid Gwybodaeth\nTeledu cylch cyfyng a'r heddlu\nCwestiwn 1: A oes gan y Cyngor gytundeb gyda'r heddlu?\n"
        "Ateb: Oes. Mae Memorandwm Cyd-ddealltwriaeth rhwng Cyngor Sir Trefach a Heddlu Dyfed-Powys wedi bod mewn grym"
        " ers 2022. Fe'i llofnodwyd gan y ddau barti."
    )
    assert inspect_text(welsh).signals["sla"]
    numbered = (
        "Freedom of Information request\nRequest\n1. How many CCTV cameras does the council run?\n2. Does the council"
        " have an agreement with the police about footage?\nResponse\n1. There are 60 cameras in the town centre.\n2."
        " Yes. Anytown Borough Council and Devon and Cornwall Police signed a Data Sharing Agreement for CCTV in May 2022."
    )
    assert inspect_text(numbered).signals["sla"]


def test_agreements_that_are_not_the_councils_with_the_police(
    analyse_text: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    councils = (
        "Summary: CCTV monitoring service level agreement Between Anytown Borough Council (the owner) and Westby City"
        " Council (the provider) Service Watching the cameras at agreed hours and handling requests for footage.\n"
        "Provider's arrangements\nThe provider's control room works under its own arrangements with Devon and Cornwall"
        " Police; these are not part of this agreement.\nTerm\nFive years from 1 April 2022."
    )
    assert not analyse_text(councils, "/media/monitoring-agreement-summary.txt").sla
    minutes = (
        "Agenda item\nCCTV governance\nMinutes:\nThe Cabinet Member introduced the report on the council's 40 public space"
        " cameras.\nThe report attached a draft Information Sharing Agreement with Devon and Cornwall Police. Officers said"
        " the draft had gone to the force in May, but the agreement had not been signed.\nRESOLVED that:\n(1) the draft"
        " Information Sharing Agreement be noted; and\n(2) the Director sign the agreement once it is agreed."
    )
    assert not inspect_text(minutes).signals["sla"]


def test_a_committee_systems_pdf_is_a_document() -> None:
    assert looks_like_document("https://democracy.anytown.gov.uk/mgConvert2PDF.aspx?ID=1234")
    assert not looks_like_document("https://democracy.anytown.gov.uk/mgAi.aspx?ID=1234")


def test_more_of_round_66(analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]) -> None:
    notice = (
        "Decision notice\nTown and Country Planning Act 1990\nApplication: 26/01234/FU\nProposal: Erection of 40 flats\n"
        "Conditions\n9. Prior to the first occupation of the development, details of a CCTV scheme covering the car park"
        " shall be submitted to and approved in writing by the Local Planning Authority."
    )
    pa = inspect_text(notice)
    assert not pa.signals["cctv_info"] and pa.decoy is not None
    budget = (
        "Minutes\nThe CCTV Manager presented the annual report on the council's 80 public space cameras.\nRESOLVED:\n"
        "1. That a budget of £4,100 be approved from the reserve to meet the certification body's fees for the step 2"
        " audit against the Surveillance Camera Code of Practice."
    )
    assert inspect_text(budget).signals["certification"]
    anpr = "<p>ANPR cameras at the entrances to our recycling centres read number plates to check van permits.</p>"
    assert analyse_html("Recycling centre permits", anpr, path="/bins/recycling-centres/permits").signals["cctv_info"]
    answer = (
        "Question 4 from a councillor\nIs there a written agreement with the police?\nAnswer\nNot yet. Anytown Borough"
        " Council gives recordings from its 45 cameras to the police under its code of practice. Talks on an agreement"
        " began in May, but the draft has not been agreed and nothing has been signed."
    )
    pa = inspect_text(answer)
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_welsh_answers_that_say_no(inspect_text: Callable[..., PageAnalysis]) -> None:
    denial = (
        "Cais Rhyddid Gwybodaeth\nCais\nA oes gan y Cyngor gytundeb gyda'r heddlu am ddelweddau teledu cylch cyfyng?\n"
        "Ymateb\nNid oes gan Gyngor Sir Trefach gytundeb lefel gwasanaeth na memorandwm gyda Heddlu Dyfed-Powys ynghylch"
        " ei gamerâu."
    )
    assert not inspect_text(denial).signals["sla"]
    # (a guard: a bare count answers a question and was labelled no publication in round 8; the round-65 lesson reads a
    # Welsh answer's count only with its places)
    bare = (
        "Cais Rhyddid Gwybodaeth\nGofynnoch:\n1. Faint o gamerâu teledu cylch cyfyng sy'n eiddo i Gyngor Trefach?\n"
        "Ateb:\n1. 90 o gamerâu."
    )
    assert not inspect_text(bare).signals["cctv_info"]
