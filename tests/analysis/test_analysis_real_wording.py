"""Detectors against the way councils (and those who write about councils) really word things.

Every passage here is written for the test, modelled on patterns from the wording study
(docs/wording.md): CCTV sub-pages that never name the council, policy documents named as such,
third-party accounts of councils, agreements with the police under their many names, control
room numbers, look-alikes that read like information, and Welsh pages.
"""

from __future__ import annotations

import pytest

from analysis.assess import assess
from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def text_only(text: str) -> PageAnalysis:
    """A paragraph read as `inspect` reads a .txt file: no address to help."""
    return analyse(extract(text.encode("utf-8"), "file:///tmp/excerpt.txt", "text/plain"))


def weak(pa: PageAnalysis, kind: str) -> dict:
    f = next(f for f in pa.findings if f.type == kind)
    assert f.data.get("strength") == "weak" and f.data.get("why"), f.data
    return f.data


# --- a page inside the CCTV section ------------------------------------------------------------


def test_staffing_subpage_placed_by_its_folder(analyse_html):
    main = (
        "<p>Day-to-day running of the system rests with the monitoring centre supervisor, who answers to "
        "the head of security services.</p><p>Operators work in shifts and are trained before they use "
        "the equipment.</p>"
    )
    pa = analyse_html("Staffing", main, "/community-safety/cctv/staffing")
    assert pa.signals["cctv_info"]
    assert not analyse_html("Staffing", main, "/about-us/staffing").signals["cctv_info"]


def test_releasing_images_subpage_placed_by_its_breadcrumb_in_saved_text():
    pa = text_only(
        "Skip to main content\nHome\nCommunity safety\nCCTV\nReleasing images\n"
        "Anyone may ask for a copy of an image that shows them, once we are sure who they are.\n"
        "We may refuse where releasing the image would harm the detection of crime.\n"
        "Recordings are held for 30 days and then overwritten."
    )
    assert pa.signals["cctv_info"] and pa.criteria["subject_access"] and pa.criteria["retention"]


def test_your_rights_part_of_a_cctv_privacy_notice():
    pa = text_only(
        "We use cookies on this site.\nClosed circuit television (CCTV)\nShow all parts of this guide\n"
        "5. Your rights over your information\n"
        "You can ask us for footage of yourself if we still hold it, but not footage of other people.\n"
        "If the police are investigating an incident they can ask us directly for the recording."
    )
    assert pa.signals["cctv_info"] and pa.criteria["subject_access"]


def test_short_page_about_the_system_needs_no_cctv_title():
    pa = text_only(
        "Staffing\n"
        "The system is run day to day by the control centre supervisor, who reports to the head of "
        "security.\nOperators also watch the areas covered by the cameras to spot disorder early.\n"
        "Every CCTV operator is trained and licensed before working a shift alone."
    )
    assert pa.signals["cctv_info"]


def test_a_menu_mentioning_cctv_does_not_make_a_bin_page_cctv_information():
    menu = "\n".join(
        [
            "Skip to content",
            "Bins and recycling",
            "Council tax",
            "Community safety and CCTV",
            "Housing",
            "Parking",
            "Planning",
            "Libraries",
            "Leisure",
            "Jobs",
            "Contact us",
            "Report a missed bin",
        ]
    )
    pa = text_only(
        menu + "\nIf your bin was not emptied on the collection day, tell us within two working days "
        "and the crew will come back for it."
    )
    assert not pa.signals["cctv_info"]


# --- the policy document itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Surveillance camera system policy",
        "Policy and code of practice for surveillance cameras",
        "CCTV code of practice",
    ],
)
def test_the_policy_document_is_the_policy(title):
    pa = text_only(
        f"{title}\nIntroduction\nWe use surveillance cameras for several purposes. This document "
        "sets out how the cameras are run so that they meet the law, including the Protection of "
        "Freedoms Act 2012.\nIt covers CCTV, body-worn video and dash-cams used by our staff."
    )
    assert pa.signals["cctv_info"] and pa.criteria["policy"]


# --- operator and complaints ------------------------------------------------------------------


def test_complaints_page_does_not_say_who_operates(analyse_html):
    main = (
        "<p>To complain about how the council uses CCTV cameras, fill in our online form.</p>"
        "<p>We are not responsible for cameras owned and operated by shops or private landowners.</p>"
    )
    pa = analyse_html("CCTV complaints", main, "/cctv/complaints")
    assert pa.criteria["complaints"] and not pa.criteria["operator"]


def test_owner_and_complaints_officer_kept_apart():
    pa = text_only(
        "CCTV code of practice - accountability\n"
        "Anyone wishing to complain about the CCTV system should write to the Complaints Officer at "
        "the Town Hall.\nThe council is the owner of the system and the head of public protection "
        "acts for it."
    )
    quotes = {f.data["criterion"]: f.quote for f in pa.findings if f.type == "criterion"}
    assert "owner of the system" in quotes["operator"] and "complain" not in quotes["operator"]
    assert "complain" in quotes["complaints"]


# --- third-party accounts of a council ----------------------------------------------------------

CASE_STUDY = (
    "Case study\nHow Anyshire District Council earned the certification mark\n"
    "Anyshire District Council has been awarded full certification against the Surveillance Camera "
    "Code of Practice, one of the first local authorities to do so.\nThe council's CCTV manager said "
    "the process helped the team check its procedures."
)
SUPPLIER = (
    "Our client Anytown Borough Council now runs 80 cameras from a new control room we installed. "
    "Anytown has a single point of contact for surveillance cameras, the Community Safety Manager, "
    "cctv@anytown.gov.uk. Request a demo to see how our platform could help your council."
)
PRESS = (
    "Anyshire council's CCTV team has been awarded a certificate of compliance against the Surveillance "
    "Camera Code of Practice.\nA council spokesperson said the award showed the cameras were run "
    "properly.\nThe council operates 60 cameras in the town centre, monitored from its control room."
)
GUIDANCE = (
    "Guidance\nIntroducing a single point of contact\nThis note is aimed at local authorities that run "
    "surveillance cameras. Local authorities should appoint a single point of contact (SPOC) with "
    "oversight of every system, and relevant authorities must have regard to the code."
)


@pytest.mark.parametrize(
    "text,claimed",
    [(CASE_STUDY, {"certification"}), (SUPPLIER, set()), (PRESS, set()), (GUIDANCE, set())],
)
def test_third_party_text_is_not_the_councils_publication(text, claimed):
    """A central case study of one council says what it claims (its signals), but nothing in it is
    that council's publication: no CCTV information, no finding a verdict could rest on. Guidance
    about councils in general claims nothing; a supplier's or a newspaper's retelling claims nothing
    either (held-back text 5 and 6 label local press, trade press and suppliers negative)."""
    pa = text_only(text)
    assert {k for k, v in pa.signals.items() if v} == claimed
    assert pa.decoy and pa.decoy.startswith("third-party")
    assert [f.type for f in pa.findings] == ["decoy"]
    weak(pa, "decoy")
    assert assess([pa], "ok")["5.2"]["status"] == assess([pa], "ok")["5.3"]["status"] == "not_met"


def test_case_study_hosted_on_a_council_site_is_still_third_party(analyse_html):
    pa = analyse_html(
        "Certification case study",
        "".join(f"<p>{ln}</p>" for ln in CASE_STUDY.split("\n")),
        "/cctv/certification-case-study",
    )
    assert not pa.signals["cctv_info"] and pa.decoy and pa.decoy.startswith("third-party")
    assert pa.certification is None and assess([pa], "ok")["5.2"]["status"] == "not_met"


def test_council_quoting_the_guidance_is_still_its_own_page(analyse_html):
    main = (
        "<p>The Surveillance Camera Commissioner recommends that councils name one officer for all their "
        "cameras.</p><p>Our Community Safety Manager is the council's single point of contact for "
        "surveillance cameras. Email cctv@anytown.gov.uk.</p>"
    )
    pa = analyse_html("CCTV single point of contact", main, "/cctv/spoc")
    assert pa.decoy is None and pa.signals["spoc"] and pa.signals["cctv_info"]


# --- agreements with the police ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Access by officers to the control room is governed by a protocol with Devon and Cornwall Police.",
        "Footage passes to the police under an information sharing agreement signed with Devon and Cornwall Police.",
        "A data sharing protocol between the council and the police covers requests for CCTV images.",
        "The council and Devon and Cornwall Police have a memorandum of understanding about the CCTV cameras.",
        "The committee noted the agreement with Devon and Cornwall Police for monitoring the CCTV cameras.",
    ],
)
def test_agreement_with_the_police_under_its_other_names(analyse_html, sentence):
    pa = analyse_html("CCTV", f"<p>The council operates public space CCTV cameras.</p><p>{sentence}</p>")
    data = weak(pa, "sla_mention")
    assert pa.signals["sla"] and data["kind"] == "mention"
    assert assess([pa], "ok")["5.5"]["status"] == "partial"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our waste collection contractor works to a service level agreement reviewed every year.",
        "Protocols relating to police access to the CCTV system were under discussion.",
        "Officers followed the proper protocol when a CCTV camera failed.",
        "A framework service level agreement has been written to help police forces and local authorities agree "
        "their own CCTV arrangements.",
    ],
)
def test_not_an_agreement_with_the_police(analyse_html, sentence):
    pa = analyse_html("CCTV", f"<p>The council operates public space CCTV cameras.</p><p>{sentence}</p>")
    assert not pa.signals["sla"] and not any(f.type in ("sla", "sla_mention") for f in pa.findings)


def test_guidance_about_developing_slas_on_a_council_site_is_not_its_agreement(analyse_html):
    main = (
        "<p>Posted by: the CCTV team. Categories: community safety</p>"
        "<p>Why should police forces and local authorities have service level agreements for CCTV? Most "
        "footage from local authority cameras ends up with the police.</p>"
        "<p>The framework covers what any good service level agreement with the police should contain.</p>"
    )
    pa = analyse_html("Developing service level agreements", main, "/cctv/developing-slas")
    assert not pa.signals["sla"] and not any(f.type in ("sla", "sla_mention") for f in pa.findings)


# --- control room numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "contact",
    [
        "<h2>CCTV control room</h2><p>Telephone 01632 960111 (staffed day and night)</p>",
        "<p>You can reach the CCTV Control Room Manager on 01632 960112.</p>",
        "<table><tr><td>Control room manager</td><td>01632 960113</td></tr></table>",
    ],
)
def test_control_room_number_is_a_contact_point(analyse_html, contact):
    pa = analyse_html("CCTV", "<p>The council runs a public space CCTV system in the town centre.</p>" + contact)
    f = next(f for f in pa.findings if f.type == "cctv_contact")
    assert f.data["phone"].startswith("01632")
    assert assess([pa], "ok")["5.3"]["status"] == "partial"


# --- look-alikes that read like information -------------------------------------------------------


def test_job_advert_reading_like_information_is_not_information():
    pa = text_only(
        "CCTV monitoring officer\nThe council runs 120 public space cameras from its control room, "
        "staffed 24 hours a day, and footage is kept for 31 days.\nSalary £24,500 to £26,800. "
        "Closing date: 3 March. How to apply: complete the online form."
    )
    assert not pa.signals["cctv_info"] and pa.decoy == "job advert"


def test_news_reading_like_information_is_not_information(analyse_html):
    main = (
        "<p>The council has installed 12 new CCTV cameras in the market place, monitored from its control "
        "room 24 hours a day.</p><p>Cllr Green said: “These cameras will help keep shoppers and traders "
        "safe this winter.”</p>"
    )
    pa = analyse_html("New cameras for the market place", main, "/news/2025/new-cameras-market-place")
    # the council's own news states its cameras (signal) but stays a news item no verdict counts
    assert pa.decoy == "news item" and not pa.criteria and not any(f.type == "cctv_info" for f in pa.findings)


# --- weak evidence is marked --------------------------------------------------------------------


def test_designation_with_nobody_and_no_route_is_weak():
    pa = text_only(
        "Minutes\nRESOLVED to approve the CCTV policy and to note that the council's senior "
        "responsible officer for surveillance cameras will approve new cameras."
    )
    assert not pa.signals["spoc"]
    weak(pa, "spoc")
    assert assess([pa], "ok")["5.3"]["status"] == "partial"


def test_mark_label_as_text_is_weak_certification(analyse_html):
    main = (
        "<p>The council operates public space CCTV cameras.</p>"
        "<p>Surveillance Camera Commissioner - step 2 full certification mark</p>"
    )
    pa = analyse_html("CCTV", main)
    data = weak(pa, "certification")
    assert pa.signals["certification"] and data["level"] == "step2"


# --- Welsh ----------------------------------------------------------------------------------------


def test_welsh_page_carries_every_deliverable(analyse_html):
    main = (
        "<p>Mae'r Cyngor yn gweithredu system teledu cylch cyfyng yng nghanol y dref.</p>"
        "<p>Rheolwr TCC yw un pwynt cyswllt y Cyngor ar gyfer camerâu gwyliadwriaeth. "
        "E-bost: tcc@anytown.gov.uk</p>"
        "<p>Mae protocol rhannu gwybodaeth rhwng y Cyngor a Heddlu Dyfed-Powys yn rheoli rhannu lluniau TCC.</p>"
        "<p>Mae'r Cyngor wedi ennill ardystiad llawn yn erbyn Cod Ymarfer Camerâu Gwyliadwriaeth.</p>"
    )
    pa = analyse_html("Teledu cylch cyfyng", main, "/cy/teledu-cylch-cyfyng", lang="cy")
    assert all(pa.signals.values()), pa.signals
    assert pa.spoc["email"] == "tcc@anytown.gov.uk"
    assert next(f for f in pa.findings if f.type == "sla_mention").data["force"] == "Dyfed-Powys Police"


def test_welsh_policy_document_is_the_policy():
    pa = text_only(
        "Polisi Teledu Cylch Cyfyng\nMae'r Cyngor yn defnyddio camerâu teledu cylch cyfyng i atal a "
        "chanfod troseddu yng nghanol trefi'r sir.\nCedwir lluniau am 31 diwrnod."
    )
    assert pa.signals["cctv_info"] and pa.criteria["policy"]


def test_ripa_senior_responsible_officer_is_not_the_camera_spoc(analyse_html):
    main = (
        "<p>The council operates public space CCTV cameras.</p>"
        "<p>The Director of Law is the senior responsible officer for covert surveillance under RIPA and "
        "can be reached on 01632 960150.</p>"
    )
    pa = analyse_html("CCTV", main)
    assert not pa.signals["spoc"] and not any(f.type == "spoc" for f in pa.findings)


def test_tenants_own_cameras_are_not_the_councils(analyse_html):
    main = (
        "<p>Tenants who want to install a CCTV camera or video doorbell at their home must ask for our "
        "permission first.</p><p>Your tenancy agreement says you must not film communal areas or your "
        "neighbour's garden.</p>"
    )
    pa = analyse_html("CCTV policy for council tenants", main, "/housing/council-tenants/cctv-policy")
    assert not pa.signals["cctv_info"] and pa.decoy == "home CCTV advice"


def test_welsh_alternative_name_for_cctv():
    pa = text_only(
        "Teledu cylch caeëdig\nMae'r Cyngor yn gweithredu camerâu teledu cylch caeëdig yng nghanol y "
        "dref i atal a chanfod troseddu. Cedwir lluniau am 31 diwrnod."
    )
    assert pa.signals["cctv_info"]


def test_job_description_without_salary_is_a_job_advert():
    pa = text_only(
        "Control Room Operative\nResponsible to: CCTV Manager\nMain duties\nWatch the council's public "
        "space cameras across the town centre and record incidents in the log.\nReview footage for the "
        "police and prepare evidence under the code of practice.\nEssential criteria\nAn SIA public "
        "space surveillance licence, or willingness to gain one."
    )
    assert not pa.signals["cctv_info"] and pa.decoy == "job advert"


def test_news_headline_about_an_upgrade_is_news(analyse_html):
    main = (
        "<p>Published 4 March 2025</p><p>Twenty high-definition CCTV cameras have now been installed around "
        "the bus station and are monitored from the council's control room.</p><p>The work was funded "
        "through the Safer Streets programme.</p>"
    )
    pa = analyse_html("CCTV upgrade completed at the bus station", main, "/cctv-upgrade-bus-station")
    assert pa.decoy == "news item" and not pa.criteria and not any(f.type == "cctv_info" for f in pa.findings)


def test_committee_minute_on_a_cctv_contract_is_the_councils_secondary_record():
    pa = text_only(
        "Issue - meetings\nReplacement of the CCTV system\nMeeting: 03/05/2022 - Overview and Scrutiny "
        "Committee (Item 7)\nReport of the Portfolio Holder for Community Safety\nMembers heard that the "
        "council's town centre CCTV cameras were near the end of their life and that three bidders had "
        "tendered for the replacement contract.\nRESOLVED that the preferred bidder be recommended to "
        "Cabinet."
    )
    assert pa.decoy is None and pa.signals["cctv_info"] and pa.secondary


def test_welsh_subject_access_page_with_mutated_words():
    pa = text_only(
        "Neidio i'r prif gynnwys\nGweld lluniau ohonoch chi eich hun\nGallwch wneud cais gwrthrych am "
        "wybodaeth i weld lluniau ohonoch chi ar system teledu cylch cyfyng y Cyngor.\nMae'r lluniau'n "
        "cael eu cadw am 31 o ddiwrnodau cyn eu dileu.\nRhaid i'r cais roi dyddiad, amser a lleoliad y "
        "recordiad rydych chi am ei weld."
    )
    assert pa.signals["cctv_info"] and pa.criteria["subject_access"] and pa.criteria["retention"]


def test_welsh_policy_and_code_title_with_mutation():
    pa = text_only(
        "Polisi a Chod Ymarfer Teledu Cylch Cyfyng\nMae'r polisi hwn yn llywodraethu'r holl gamerâu "
        "teledu cylch cyfyng a weithredir gan y Cyngor i atal a chanfod troseddu."
    )
    assert pa.signals["cctv_info"] and pa.criteria["policy"]


def test_committee_paper_information_is_marked_weak():
    pa = text_only(
        "Agenda item\nCCTV annual review\nReport of the Head of Community Safety\nMembers noted that the "
        "council's CCTV control room handled 900 incidents last year and that footage is kept for 31 "
        "days.\nRESOLVED that the annual review be noted."
    )
    assert pa.signals["cctv_info"] and pa.secondary
    weak(pa, "cctv_info")


def test_mark_known_only_by_its_file_name_is_weak(analyse_html):
    main = (
        "<p>The council operates public space CCTV cameras.</p>"
        "<p><img src='/images/sc-code-certification-mark.png' alt=''></p>"
    )
    pa = analyse_html("CCTV", main)
    f = next(f for f in pa.findings if f.type == "certification" and f.data.get("mark"))
    assert f.data["strength"] == "weak" and f.data["why"] == "image file name only"


def test_council_page_linking_central_guidance_is_not_third_party():
    pa = text_only(
        "CCTV single point of contact\nThe council follows the Commissioner's guidance for local "
        "authorities on introducing a single point of contact.\nOur Information Governance Manager is "
        "the council's single point of contact for all surveillance camera systems. Email "
        "spoc@anytown.gov.uk."
    )
    assert pa.decoy is None and pa.signals["spoc"] and pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "sentence,key",
    [
        ("Amcanion y cynllun yw atal a chanfod troseddau yng nghanol y dref.", "purpose"),
        ("Y Cyngor yw'r Rheolwr Data ar gyfer y system teledu cylch cyfyng.", "operator"),
        ("Rydym wedi cwblhau Asesiad o'r Effaith ar Ddiogelu Data ar gyfer pob camera.", "dpia"),
        ("Gallwch wneud cais am recordiadau TCC ohonoch chi eich hun.", "subject_access"),
        ("Mae swyddogion gorfodi yn gwisgo camerâu corff.", "other_systems"),
    ],
)
def test_welsh_criteria_wording(analyse_html, sentence, key):
    pa = analyse_html(
        "Teledu cylch cyfyng",
        f"<p>Mae'r Cyngor yn gweithredu camerâu teledu cylch cyfyng.</p><p>{sentence}</p>",
        "/cy/teledu-cylch-cyfyng",
        lang="cy",
    )
    assert pa.signals["cctv_info"] and pa.criteria[key]


@pytest.mark.parametrize("title,key", [("CCTV Operational Policy", "policy"), ("Privacy policy for CCTV", "dpia")])
def test_document_names_seen_on_council_sites(title, key):
    pa = text_only(
        f"{title}\nThe council uses CCTV cameras in its car parks and town centres to help prevent "
        "crime and keep people safe."
    )
    assert pa.signals["cctv_info"] and pa.criteria[key]


def test_installer_retelling_a_councils_award_is_third_party():
    pa = text_only(
        "A council control room has won stage two accreditation from the surveillance camera "
        "commissioner after a long audit.\nAnyshire's councillor for communities, Jo Bloggs, commented "
        "that the award showed the cameras were run properly.\nShops wanting a CCTV installation in "
        "Anytown can rely on our engineers to fit the same equipment."
    )
    assert not pa.signals["certification"] and pa.decoy.startswith("third-party")
