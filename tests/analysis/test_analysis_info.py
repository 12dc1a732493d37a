"""5.1: the LA's own surveillance camera information and each information criterion."""

from __future__ import annotations

import pytest

from analysis.vocab import CRITERIA_KEYS

MODEL_PAGE = """
<p>Anytown Borough Council operates a public space CCTV system in partnership with Devon and Cornwall Police.</p>
<p>In accordance with the Surveillance Camera Code of Practice issued under the Protection of Freedoms Act 2012,
the following information is available:</p>
<ul>
<li>Purpose: the objectives of the CCTV scheme are to help prevent and detect crime, reduce the fear of crime and support public safety.</li>
<li>The system comprises 153 cameras. View the <a href="/cctv/map">map of CCTV cameras</a>. Cameras are monitored 24 hours a day and do not record audio.</li>
<li>The council is the data controller for the scheme and is registered with the Information Commissioner (registration Z5678123).</li>
<li><a href="/downloads/cctv-code-of-practice.pdf">CCTV Code of Practice</a> and operational procedures manual</li>
<li><a href="/downloads/cctv-dpia.pdf">Data Protection Impact Assessment</a></li>
<li><a href="/downloads/annual-report.pdf">Annual CCTV Review 2023/24</a> – in 2023/24 operators dealt with 955 incidents leading to 119 arrests.</li>
<li>Images are retained for 31 days and then automatically overwritten.</li>
<li>Footage may be disclosed to the police and insurance companies; it will not be released for entertainment purposes.</li>
<li>To request footage of yourself, make a subject access request; we will respond within one month.</li>
<li>To make a complaint about the CCTV system, contact the CCTV manager.</li>
<li>Requests under the Freedom of Information Act 2000 can be made online.</li>
<li>Signs are displayed wherever cameras are in operation.</li>
<li>The control room is certified to BS 7958 and all operators hold SIA licences.</li>
<li>Our completed <a href="/downloads/sat.pdf">self-assessment tool</a> is published.</li>
<li>The Head of Community Safety is the Senior Responsible Officer for surveillance cameras.</li>
<li>Footage is shared with the police under an information sharing agreement.</li>
<li>The council also uses body worn video, ANPR and redeployable cameras for fly-tipping.</li>
</ul>
"""


def test_model_page_covers_every_criterion(analyse_html):
    pa = analyse_html("CCTV", MODEL_PAGE, "/community-safety/cctv")
    assert pa.decoy is None
    assert pa.signals["cctv_info"]
    missing = [k for k in CRITERIA_KEYS if not pa.criteria.get(k)]
    assert missing == []
    crit_quotes = {f.data["criterion"]: f.quote for f in pa.findings if f.type == "criterion"}
    assert "retained for 31 days" in crit_quotes["retention"]
    assert "955 incidents" in crit_quotes["statistics"]
    assert "Z5678123" in crit_quotes["operator"] or "data controller" in crit_quotes["operator"]
    info = next(f for f in pa.findings if f.type == "cctv_info")
    assert "public space CCTV system" in info.quote


CRITERION_PASSAGES = {
    "purpose": "Our cameras help us to tackle anti-social behaviour and keep people safe in the town centre.",
    "code_compliance": "We have regard to the twelve guiding principles of the Surveillance Camera Code.",
    "operator": "The cameras are monitored on behalf of the council by a contractor from a monitoring centre.",
    "cameras": "There are 42 fixed cameras and 6 redeployable cameras; a list of camera locations is available.",
    "policy": "Our CCTV policy sets out how the system is managed.",
    "dpia": "A Data Protection Impact Assessment (DPIA) has been completed for every camera.",
    "annual_review": "The scheme is reviewed annually; the next review is due in April.",
    "statistics": "Last year the control room handled 1,204 incidents and produced 310 evidence packages.",
    "retention": "Footage is held for 28 days before it is deleted.",
    "disclosure": "Recordings are only released to third parties such as solicitors where the law allows.",
    "subject_access": "You have a right of access to images of you captured by our cameras.",
    "complaints": "If you are unhappy with how our CCTV is operated you can complain using our complaints procedure.",
    "foi": "Information about the cameras is listed in our publication scheme.",
    "signage": "Clearly visible signs tell the public that CCTV is in operation.",
    "standards": "Our operators are trained and licensed by the Security Industry Authority.",
    "self_assessment": "We publish our SAT for each system.",
    "responsible_officer": "The CCTV manager is responsible for the day-to-day running of the system.",
    "police_agreement": "A memorandum of understanding with the police covers the use of the control room.",
    "other_systems": "Enforcement officers wear body-worn cameras and we use drones for inspections.",
}


@pytest.mark.parametrize("key", CRITERIA_KEYS)
def test_each_criterion_has_its_own_cues(analyse_html, key):
    main = (
        f"<p>The council operates CCTV cameras in public spaces across the borough.</p><p>{CRITERION_PASSAGES[key]}</p>"
    )
    pa = analyse_html("CCTV", main, "/cctv")
    assert pa.signals["cctv_info"]
    assert pa.criteria[key], key
    quote = next(f.quote for f in pa.findings if f.type == "criterion" and f.data["criterion"] == key)
    assert quote in main.replace("<p>", "").replace("</p>", "\n") or quote in CRITERION_PASSAGES[key]


def test_bare_mention_is_info_without_criteria(analyse_html):
    pa = analyse_html(
        "CCTV", "<p>The council runs CCTV cameras in the town centre. For more information please get in touch.</p>"
    )
    assert pa.signals["cctv_info"]
    assert sum(pa.criteria.values()) <= 1


def test_privacy_notice_paragraph_is_judged_and_quoted(analyse_html):
    main = """
<p>This privacy notice explains how Anytown Borough Council uses your personal data.</p>
<h2>Council tax</h2><p>We use your information to bill and collect council tax. Records are kept for 6 years.</p>
<h2>Complaints</h2><p>If you complain to us we will keep your complaint for 2 years.</p>
<h2>CCTV</h2>
<p>We use CCTV in our buildings and in public spaces to prevent and detect crime and to protect staff.</p>
<p>Images are kept for 30 days and are only shared with the police or where the law requires.</p>
<h2>Your rights</h2><p>You can ask for a copy of the personal data we hold about you.</p>
"""
    pa = analyse_html("Corporate privacy notice", main, "/privacy-notice")
    assert pa.decoy is None and pa.signals["cctv_info"]
    info = next(f for f in pa.findings if f.type == "cctv_info")
    assert info.quote.startswith("We use CCTV in our buildings")
    assert pa.criteria["purpose"] and pa.criteria["retention"] and pa.criteria["disclosure"]
    # council tax retention and complaint handling are not CCTV criteria
    retention = next(f.quote for f in pa.findings if f.data.get("criterion") == "retention")
    assert "30 days" in retention
    assert not pa.criteria["complaints"]


def test_page_without_cctv_is_not_information(analyse_html):
    pa = analyse_html(
        "Bins and recycling",
        "<p>Your bins are collected every two weeks. Footage of fly-tipping is reported.</p>",
        "/bins",
    )
    assert not pa.signals["cctv_info"] and pa.criteria == {}


def test_footer_and_menu_mentions_do_not_make_a_cctv_page(analyse_html):
    pa = analyse_html("Council tax", "<p>Pay your council tax online or by direct debit.</p>", "/council-tax")
    assert not pa.signals["cctv_info"]


def test_a_to_z_listing_is_not_information(analyse_html):
    main = (
        "<ul>"
        + "".join(
            f'<li><a href="/{w.lower()}">{w}</a></li>'
            for w in ("Car parks", "CCTV", "Cemeteries", "Council tax", "Crime and community safety")
        )
        + "</ul>"
    )
    pa = analyse_html("A to Z - C", main, "/a-z/c")
    assert not pa.signals["cctv_info"]


def test_welsh_page_is_detected(analyse_html):
    main = """
<p>Mae'r Cyngor yn gweithredu system teledu cylch cyfyng (TCC) gyda 48 camerâu yng nghanol y dref.</p>
<p>Rydym yn gweithredu yn unol â Chod Ymarfer Camerâu Gwyliadwriaeth. Pwrpas y system yw atal a chanfod troseddu.</p>
<p>Caiff delweddau eu cadw am 31 diwrnod. Gallwch wneud cais am fynediad gan wrthrych am ddelweddau ohonoch chi.</p>
"""
    pa = analyse_html("Teledu cylch cyfyng", main, "/cy/teledu-cylch-cyfyng", lang="cy")
    assert pa.signals["cctv_info"] and pa.lang == "cy"
    assert pa.criteria["cameras"] and pa.criteria["code_compliance"] and pa.criteria["purpose"]
    assert pa.criteria["retention"] and pa.criteria["subject_access"]


def test_stale_wording_is_flagged(analyse_html):
    main = (
        "<p>The council's CCTV system is operated under the Data Protection Act 1998.</p>"
        "<p>A fee of £10 is charged for a subject access request.</p>"
    )
    pa = analyse_html("CCTV", main)
    stale = next(f for f in pa.findings if f.type == "stale")
    assert "Data Protection Act 1998" in stale.data["cues"]


def test_committee_paper_is_secondary_evidence(analyse_text):
    text = (
        "Report to Cabinet\nAgenda item 7\nWards affected: all\n\nCCTV Annual Report 2023/24\n\n"
        "The council's public space CCTV system of 96 cameras recorded 812 incidents during the year.\n"
        "Background papers: none\n"
    )
    pa = analyse_text(text, "/documents/s12345/CCTV%20Annual%20Report.pdf")
    assert pa.signals["cctv_info"] and pa.secondary
    assert any(f.type == "secondary" for f in pa.findings)
    assert pa.criteria["annual_review"] and pa.criteria["statistics"]


def test_findings_quote_verbatim_words(html_page, ctx):
    from analysis.page import analyse
    from analysis.text import extract

    doc = extract(html_page("CCTV", MODEL_PAGE), "https://www.anytown.gov.uk/cctv", "text/html")
    pa = analyse(doc, ctx)
    lines = doc.text.split("\n")
    assert len(pa.findings) > 15
    for f in pa.findings:
        if f.data.get("mark"):
            continue
        assert f.quote and len(f.quote) <= 300
        assert any(f.quote in line for line in lines), f.quote


def test_incidental_mention_without_ownership_is_not_information(analyse_html):
    main = (
        "<p>The Christmas lights switch-on takes place on 28 November from 4pm.</p>"
        "<p>Roads will be closed from 3pm and CCTV will be in operation throughout the event.</p>"
    )
    pa = analyse_html("Christmas lights switch-on", main, "/events/christmas-lights")
    assert not pa.signals["cctv_info"]


def test_passing_mention_of_the_councils_own_cctv_is_information(analyse_html):
    main = (
        "<p>Anti-social behaviour can be reported online.</p>"
        "<p>Anytown Council uses its town centre CCTV to tackle anti-social behaviour and shares evidence with the police.</p>"
    )
    pa = analyse_html("Anti-social behaviour", main, "/community-safety/asb")
    assert pa.signals["cctv_info"]
    assert pa.criteria["purpose"] and sum(pa.criteria.values()) < 3


@pytest.mark.parametrize(
    "key,sentence",
    [
        ("retention", "We keep recordings for one month."),
        ("retention", "Recordings are deleted after 30 days unless needed as evidence."),
        ("cameras", "Our cameras operate 24 hours a day, 7 days a week."),
        ("cameras", "The scheme covers 12 town centres with 230 cameras."),
        ("purpose", "The system is used to assist in the detection of crime."),
        ("statistics", "Incidents: 955"),
        ("statistics", "The control room assisted in 412 arrests."),
        ("disclosure", "We may share footage with the police, insurers and solicitors."),
        ("annual_review", "The scheme is audited annually."),
        ("subject_access", "Apply for a copy of CCTV images of yourself."),
        ("dpia", "We have carried out a privacy impact assessment."),
    ],
)
def test_criterion_wording_variants(analyse_html, key, sentence):
    pa = analyse_html("CCTV", f"<p>The council operates public space CCTV cameras.</p><p>{sentence}</p>")
    assert pa.criteria[key], sentence


def test_contact_line_is_a_contact_point_not_the_operator_or_responsible_officer(analyse_html):
    """A role or room named as where to send questions shows how to complain, not who runs the
    system: a stub page with a contact line publishes one criterion, so 5.1 stays partial."""
    from analysis.assess import assess

    main = (
        "<p>The council has CCTV cameras in some public places.</p>"
        "<p>For questions about the cameras, contact the CCTV control room on 01632 960142 "
        "or email the CCTV Manager at cctv@anytown.gov.uk.</p>"
    )
    pa = analyse_html("CCTV", main)
    assert {k for k, v in pa.criteria.items() if v} == {"complaints"}
    r = assess([pa], "ok")
    assert r["5.1"]["status"] == "partial" and r["5.3"]["status"] == "partial"
    assert not r["5.1"]["criteria"]["responsible_officer"]


def test_control_room_as_operator_still_counts(analyse_html):
    pa = analyse_html("CCTV", "<p>The council's cameras are monitored from our control room by trained staff.</p>")
    assert pa.criteria["operator"]


def test_page_name_is_not_a_criterion(analyse_html):
    """'CCTV and public safety' names the page; it does not say what the cameras are for."""
    pa = analyse_html("CCTV and public safety", "<p>There are CCTV cameras in some public places in Anytown.</p>")
    assert pa.signals["cctv_info"] and not pa.criteria["purpose"]


@pytest.mark.parametrize(
    "key,sentence",
    [
        ("retention", "Recorded images are kept for up to 21 days."),
        ("disclosure", "Images are not released to the media or for entertainment purposes."),
        ("subject_access", "To ask for footage of yourself, fill in the subject access request form."),
    ],
)
def test_cctv_subpage_paragraphs_need_not_repeat_cctv(analyse_html, key, sentence):
    """'Access to CCTV images' is a CCTV page: its paragraphs speak of images and footage."""
    pa = analyse_html("Access to CCTV images", f"<p>{sentence}</p>", "/cctv/access-to-images")
    assert pa.signals["cctv_info"] and pa.criteria[key]


def test_body_worn_video_for_enforcement_officers_is_another_system(analyse_html):
    main = (
        "<p>The council operates 40 public space CCTV cameras.</p>"
        "<p>The council also uses body worn video cameras for civil enforcement officers.</p>"
    )
    assert analyse_html("CCTV", main).criteria["other_systems"]


@pytest.mark.parametrize(
    "sentence,key",
    [
        ("For CCTV enquiries, contact the Public Safety Centre on 01632 960201.", "purpose"),
        ("Every camera location has a sign.", "cameras"),
    ],
)
def test_names_that_only_look_like_a_criterion(analyse_html, sentence, key):
    pa = analyse_html("CCTV", f"<p>The council operates CCTV in the town centre.</p><p>{sentence}</p>")
    assert not pa.criteria[key]


def test_welsh_spoc_paragraph_is_the_councils_own_word(analyse_text):
    # a Welsh sub-page whose only paragraph names the council's officer for all its CCTV systems
    text = (
        "Pwy sy'n gyfrifol\n"
        "Rheolwr Gwasanaethau Cymunedol yw uwch swyddog cyfrifol y Cyngor ar gyfer pob system teledu cylch "
        "cyfyng sydd gan y Cyngor. Ffôn: 01632 960321"
    )
    pa = analyse_text(text, "/documents/cyfrifol.txt")
    assert pa.signals["cctv_info"] and pa.signals["spoc"]
    # the same officer named for the council's parks, with no cameras, is not CCTV information
    other = text.replace("pob system teledu cylch cyfyng", "pob parc")
    assert not analyse_text(other, "/documents/parciau.txt").signals["cctv_info"]
