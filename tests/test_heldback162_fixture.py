"""The 162nd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. The emphasis is the single point of contact, named in
every way real councils name one, each beside near-misses on the same kind of page: among designated officers on a
transparency page (beside the RIPA SRO, SIRO and DPO), in a code of practice's roles section (PDF), in a service
contacts directory (beside footage, licensing, parking and police liaison entries), only on a Welsh twin page, on a
contact form page, on the CCTV service page (beside an undesignated monitoring-centre mailbox), in a CCTV privacy
notice (beside the DPO), and named without any contact route in an annual report; the near-misses alone elsewhere (a
code's roles section with a RIPA SRO, a DPO and a system manager's phone; a control-room mailbox; a privacy notice
with a DPO and a team mailbox; a statutory officers page without a SPOC; a signpost page naming a BID manager, town
clerks and a police liaison officer). Also: a step 2 claim only in the council's own news story, only in a cabinet
member's quoted words, and a step 1 claim as one bullet of a performance page; BS 7958, SIA licences, a
self-assessment, 'working towards' and another council's certificate that are not certification; a signed MoU and a
signed SLA in documents lists and a signed Word ISA; a certificate of agreement signed by the council only; councils'
agreements that are not police agreements; a one-fact page; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback162.truth import TRUTH_PATH
from fixtures.heldback162.web import Heldback162Web


@pytest.fixture(scope="module")
def web() -> Heldback162Web:
    return Heldback162Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(auth: dict, key: str) -> set[str]:
    return {urlsplit(e["url"]).path for e in auth["deliverables"][key]["evidence"]}


def test_fresh_councils(web: Heldback162Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 162)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 7, "partial": 4, "not_met": 4}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_spoc_among_designated_officers_and_step_2_in_a_quotation(web: Heldback162Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    gov = "/council-and-democracy/transparency/designated-officers"
    html = _html(web, host, gov)
    for role in (
        "Senior Responsible Officer for covert surveillance (RIPA)",
        "Data Protection Officer",
        "Senior Information Risk Owner",
    ):
        assert f'<section class="designated-role"><h3>{role}</h3>' in html, role
    assert _linking(web, host, f"http://{host}{gov}") == {f"http://{host}/council-and-democracy/transparency"}
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(a, "5.3") == {gov}
    cctv = "/info/201149/crime_prevention/719/cctv_public_safety"
    main = _main(web, host, cctv)
    assert "cctv@ealing.example.gov.uk" in main and "single point of contact" not in main and "step 2" not in main
    room = "/info/201149/crime_prevention/2210/inside_the_control_room"
    quote = _html(web, host, room).split("<blockquote", 1)[1].split("</blockquote>", 1)[0]
    assert "full step 2 certification" in quote and "<img" not in _html(web, host, room)
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and _paths(a, "5.2") == {room}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_code_roles_without_spoc_and_half_signed_certificate(web: Heldback162Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    code = "/media/5512/oldham-cctv-code-of-practice-2024.pdf"
    text = _text(web, host, code)
    assert "Senior Responsible Officer for covert surveillance" in text and "Data Protection Officer" in text
    assert "Telephone 0161 770 4451" in text and "single point of contact" not in text.lower()
    assert "Signed for Oldham Council: H. Akhtar" in text and "Date: ..../..../20__" in text
    assert "it is not third party certification" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert (
        d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Greater Manchester"
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.2"]["status"] == "not_met"
    assert "bus lane" in _main(web, host, "/info/201196/privacy_notices/1506/privacy_notice_cctv")
    assert "146 cameras" in _main(web, host, "/info/201159/freedom_of_information/3310/foi_18394_cctv_provision")


def test_spoc_only_on_the_welsh_twin(web: Heldback162Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    en = "/data-protection-and-privacy/cctv-and-surveillance-cameras"
    cy = "/cy/diogelu-data-a-phreifatrwydd/teledu-cylch-cyfyng-a-chamerau-gwyliadwriaeth"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}/cy" in _links(web, host, "/")
    en_main, cy_main = _main(web, host, en), _main(web, host, cy)
    assert "SPOC" not in en_main and "single point" not in en_main.lower() and "Last reviewed: June 2023" in en_main
    assert "Pwynt Cyswllt Unigol (SPOC)" in cy_main and "Adolygwyd ddiwethaf: Mawrth 2025" in cy_main
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and _paths(a, "5.3") == {cy}
    assert "Dyfed-Powys Police" in en_main and a["deliverables"]["5.5"]["status"] == "not_met"


def test_step_2_only_in_own_news_and_undesignated_mailbox(web: Heldback162Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    story = "/news-and-events/2018/cctv-control-room-gains-full-certification"
    assert "The step 2 certificate was awarded in June 2018" in _main(web, host, story)
    for pg in ("/community-and-living/community-safety/cctv", "/privacy-notices/community-safety-including-cctv"):
        assert "certif" not in _main(web, host, pg).lower() and "step 2" not in _main(web, host, pg)
    assert d["5.2"]["status"] == "met" and _paths(a, "5.2") == {story} and d["5.2"]["awarded"] == "2018-06"
    assert story not in {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")
    assert d["5.5"]["status"] == "partial" and _paths(a, "5.5") == {"/privacy-notices/community-safety-including-cctv"}
    assert "National Highways" in _main(web, host, "/roads-and-travel/dartford-crossing-dart-charge")


def test_spoc_named_in_annual_report_without_contact(web: Heldback162Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    report = f"http://{host}/downloads/file/3317/cctv-annual-report-2024-25"
    assert _no_extension(report) and _linking(web, host, report) == {f"http://{host}/cctv"}
    r = _render(web, report)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(report).path)
    assert (
        "Single Point of Contact for surveillance camera systems" in text
        and "@" not in text
        and "Telephone" not in text
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "BS 7958" in _main(web, host, "/cctv") and d["5.2"]["status"] == "not_met"
    assert 'method="post"' in _html(web, host, "/cctv-request-form")


def test_spoc_on_service_page_step_1_bullet_and_signed_mou(web: Heldback162Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    pg = "/your-community/cctv/cctv-in-ashford-and-tenterden"
    main = _main(web, host, pg)
    assert "surveillance.spoc@ashford.example.gov.uk" in main and "amc@ashford.example.gov.uk" in main
    perf = _html(web, host, "/your-community/cctv/cctv-service-performance")
    assert "<li>Third-party certification: step 1 (desktop) completed in October 2019." in perf
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(a, "5.3") == {pg}
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and doc["url"] in _links(web, host, pg)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Ashford Borough Council" in text and "Signed on behalf of Kent Police" in text
    code = _render(web, f"http://{host}/media/4012/ashford-cctv-code-of-practice.docx")
    assert (code.header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_spoc_in_service_directory_and_signed_word_isa(web: Heldback162Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    dem = "democracy.newark-sherwooddc.gov.uk"
    dirp = "/contact-us/service-contacts/"
    html = _html(web, host, dirp)
    assert html.count('<article class="directory-entry">') == 7
    for head in (
        "CCTV footage requests",
        "Licensing",
        "Parking services",
        "Police liaison",
        "Surveillance cameras: single point of contact",
    ):
        assert f"<h3>{head}</h3>" in html, head
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(a, "5.3") == {dirp}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "For Nottinghamshire Police: signed by" in _text(web, host, urlsplit(doc["url"]).path)
    ssa = "/media/2231/cctv-shared-service-agreement-2019.pdf"
    assert "This agreement ended on 31 March 2025" in _text(web, host, ssa)
    assert f"http://{host}{ssa}" in _links(web, host, "/your-district/public-protection/crime-prevention/cctv/")
    assert dem in web.sites[host].hosts() and "682,000 pounds" in _main(web, dem, "/mgAi.aspx?ID=9651")
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_spoc_in_code_roles_section_and_sla_in_attachments_table(web: Heldback162Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    html = _html(web, host, "/cctv")
    assert (
        "<th>Attachment</th><th>Type</th><th>Size</th>" in html and "working towards third party certification" in html
    )
    code = "/sites/default/files/2024-04/cctv_code_of_practice_2024.pdf"
    text = _text(web, host, code)
    roles = text.split("4. Roles and responsibilities", 1)[1].split("5. Recorded material", 1)[0]
    assert "Single Point of Contact (SPOC)" in roles and "Senior Responsible Officer (RIPA)" in roles
    assert "Data Protection Officer" in roles and "01277 312 634" in roles
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(a, "5.3") == {code} and d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and doc["url"] in _links(web, host, "/cctv")
    assert "entirely by Brentwood Borough Council" in _main(web, host, "/foi.php?foiId=14218")


def test_kings_lynn_monitoring_certificate_and_dpo_beside_mailbox(web: Heldback162Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    faq = _html(web, host, "/community-safety/surveillance-cameras-questions-and-answers")
    assert "<h3>Is the control room certified?</h3>" in faq and " hidden" not in faq
    pn = _main(web, host, "/privacy/cctv")
    assert "01362 656870" in pn and "cctv@breckland.example.gov.uk" in pn
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctv@breckland.example.gov.uk"


def test_spoc_on_a_contact_form_page_is_the_one_fact(web: Heldback162Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    forms = "/contact-us/online-forms"
    spoc = f"{forms}/surveillance-cameras-single-point-of-contact"
    html = _html(web, host, spoc)
    assert '<form class="webform"' in html and 'method="post"' in html
    assert "<select" in _html(web, host, f"{forms}/licensing-enquiry")
    assert f"http://{host}{spoc}" in _links(web, host, forms)
    d = _auth(truth, host)["deliverables"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["responsible_officer"]
    assert d["5.1"]["status"] == "partial" and d["5.3"]["status"] == "met"
    assert d["5.3"]["spoc"]["email"] is None and d["5.3"]["spoc"]["phone"] is None
    assert "control room" in _main(web, host, "/news-and-events/2024/camera-for-church-lane-recreation-ground")


def test_spoc_in_privacy_notice_beside_dpo(web: Heldback162Web, truth: dict) -> None:
    host = "www.waverley.gov.uk"
    pn = "/info/200364/freedom_of_information_and_data_protection/2142/privacy_notice_for_cctv"
    main = _main(web, host, pn)
    assert "designated single point of contact" in main and "Data Protection Officer" in main
    assert "Regulation of Investigatory Powers Act 2000" in main
    assert f"http://{host}{pn}" in _links(web, host, "/a-z")
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and _paths(a, "5.3") == {pn}


def test_one_fact_on_the_ceremony_rooms_page(web: Heldback162Web, truth: dict) -> None:
    host = "www.nottinghamshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    hall = f"http://{host}/births-deaths-and-marriages/ceremonies/county-hall-ceremony-rooms"
    assert d["5.1"]["pages"][0] == hall and d["5.3"]["status"] == "not_met"
    assert "Data Protection Officer" in _main(web, host, "/global-content/privacy")
    assert "214 cameras" in _main(web, host, "/council-and-democracy/freedom-of-information/cctv-at-council-buildings")
    assert hall in _render(web, f"http://{host}/sitemap.xml").body.decode("utf-8")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback162Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westberks.gov.uk", "www.eastcambs.gov.uk", "www.castlepoint.gov.uk"})
    wb = _html(web, "www.westberks.gov.uk", "/community-safety/cameras-in-our-towns")
    assert "the Town Clerk, Hungerford Town Council" in wb and "police liaison officer" in wb
    assert not web.sites["www.westberks.gov.uk"].az
    ec = "www.eastcambs.gov.uk"
    assert web.sites[ec].search is None and "Clerk to the City of Ely Council" in _main(
        web, ec, "/community/community-safety/cctv-ely-and-soham"
    )
    mins = f"http://{ec}/sites/default/files/2024-06/ely-soham-cctv-partnership-minutes-march-2024.pdf"
    assert _linking(web, ec, mins) == {f"http://{ec}/community/community-safety/community-safety-partnership"}
    cp = "www.castlepoint.gov.uk"
    officers = _main_legacy(web, cp, "/your-council/transparency/statutory-officers")
    assert "Senior Responsible Officer for RIPA" in officers and "single point of contact" not in officers.lower()
    assert '<main id="main">' not in _html(web, cp, "/")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.oldham.gov.uk", "www.breckland.gov.uk", "www.castlepoint.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def _main_legacy(web: Heldback162Web, host: str, path: str) -> str:
    """The text of a legacy page's content cell (the layout has no <main>)."""
    return _html(web, host, path).split("<h1>", 1)[1].split("</td>", 1)[0]
