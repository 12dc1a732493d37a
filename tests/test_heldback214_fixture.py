"""The two hundred and fourteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh (real register rows of the brief's mix, none in the fifteen sets before); the labelling
rules hold with the intended tallies; and the structures the set is built from are really served. Agreements and
certification claims are filed away from the camera pages: a step 2 claim only in the council's annual report page,
another only in a Welsh statutory self-assessment report PDF, another only in a community safety team's annual report
PDF, a step 1 claim only as a row of an information governance certifications table beside PSN and Cyber Essentials;
signed agreements only as an annex of a highways plan PDF, only on a funding page for town council clerks, only from
the A to Z (Word, no extension) and only as an internal audit report's appendix; agreement mentions on a partnership
page, a joint-service page and in a half-yearly report, and an unsigned template in a code. Also: one long camera page
with in-page contents, a SPOC only in an officer's biography, in a photo caption and in a closed details panel,
a camera page under customer services with a Welsh twin, an SSAIB BS 7958 certificate image that is not
certification, one-fact councils on an insurance claims page and an event's lost property note, legacy layouts, and
three councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
from collections import Counter
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback214.truth import TRUTH_PATH
from fixtures.heldback214.web import Heldback214Web


@pytest.fixture(scope="module")
def web() -> Heldback214Web:
    return Heldback214Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback214Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 214)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_certification_claims_are_never_on_the_camera_pages(web: Heldback214Web, truth: dict) -> None:
    cases = {
        "www.lambeth.gov.uk": "/community-safety/public-space-cameras",
        "www.bridgend.gov.uk": "/my-council/customer-services/cctv-and-after-hours-customer-service",
        "www.welhat.gov.uk": "/community-safety/town-centre-cctv",
        "www.southoxon.gov.uk": "/community-safety/cctv",
    }
    for host, camera_page in cases.items():
        d52 = _auth(truth, host)["deliverables"]["5.2"]
        assert d52["status"] == "met" and not d52["mark_displayed"], host
        (ev,) = d52["evidence"]
        assert _path(ev["url"]) != camera_page, host
        main = _main(web, host, camera_page).lower()
        assert "step 1" not in main and "step 2" not in main and "certif" not in main, host
        assert f"http://{host}{camera_page}" not in _linking(web, host, ev["url"]), host


def test_step_2_in_council_annual_report_and_contents_page(web: Heldback214Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    pg = "/community-safety/public-space-cameras"
    html = _html(web, host, pg)
    assert '<nav class="on-this-page"' in html and '<a href="#keep">' in html and '<section id="keep">' in html
    rep = "/about-the-council/performance/annual-report-2023-24"
    assert "step 2 full certification" in _main(web, host, rep)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2023-11"
    assert "information sharing agreement" not in _main(web, host, pg)
    (ev,) = d["5.5"]["evidence"]
    assert _path(ev["url"]) == "/community-safety/safer-lambeth-partnership" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("pss.control@")


def test_step_2_only_in_welsh_statutory_self_assessment_report(web: Heldback214Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    pg = "/my-council/customer-services/cctv-and-after-hours-customer-service"
    cy = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-tu-allan-i-oriau"
    assert f'<a href="{cy}">Cymraeg</a>' in _html(web, host, pg)
    assert '<html lang="cy">' in _html(web, host, cy)
    doc = "/media/5120/self-assessment-report-2023-24.pdf"
    assert _linking(web, host, f"http://{host}{doc}") == {f"http://{host}/my-council/performance"}
    text = _text(web, host, doc)
    assert "Self-Assessment" in text and "step 2 third-party certification" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06"
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and "South Wales Police" in d["5.5"]["evidence"][0]["quote"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_as_a_row_of_the_certifications_table_and_unsigned_template(web: Heldback214Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    certs = _html(web, host, "/about-us/information-governance/our-certifications")
    assert "<td>Cyber Essentials Plus</td>" in certs and "Public Services Network (PSN)" in certs
    assert "<td>Step 1 (desktop) certificate awarded October 2018" in certs
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-10"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, _path(doc["url"]))
    assert "20__" in text and "Hertfordshire Constabulary" in text


def test_step_2_only_in_community_safety_team_report(web: Heldback214Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    annual = f"http://{host}/wp-content/uploads/2024/07/community-safety-team-annual-report-2023-24.pdf"
    assert _linking(web, host, annual) == {f"http://{host}/community-safety/our-community-safety-team"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["evidence"][0]["url"] == annual and d["5.2"]["awarded"] == "2023-07"
    half = d["5.5"]["evidence"][0]["url"]
    assert d["5.5"]["status"] == "partial" and _path(half).endswith(".pdf")
    assert "data sharing agreement" in _text(web, host, _path(half))


def test_signed_protocol_only_as_an_annex_of_a_highways_plan(web: Heldback214Web, truth: dict) -> None:
    host = "www.solihull.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/roads-and-travel/highways-policies-and-plans"}
    text = _text(web, host, _path(doc["url"]))
    assert text.index("Highways Network Management Plan") < text.index("Annex F")
    assert "Signed for West Midlands Police" in text
    main = _main(web, host, "/community-safety/public-realm-cctv").lower()
    assert "protocol" not in main and "west midlands police" not in main
    assert d["5.3"]["status"] == "not_met"
    assert "eservices.solihull.gov.uk" in web.sites[host].hosts()


def test_signed_agreement_filed_on_a_page_for_town_council_clerks(web: Heldback214Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    fund = f"http://{host}/council-and-democracy/town-and-parish-councils/cctv-funding-for-town-councils"
    assert doc["signed"] and doc["force"] == "Thames Valley" and _linking(web, host, doc["url"]) == {fund}
    assert "BS 7958" in _main(web, host, _path(fund)) and d["5.2"]["status"] == "not_met"
    pg = "/communities-and-leisure/community-safety/public-space-cctv"
    assert "agreement" not in _main(web, host, pg).lower()
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {pg}


def test_agreement_only_from_the_a_to_z_and_spoc_only_in_a_caption(web: Heldback214Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/a-z"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    html = _html(web, host, "/community/community-safety/cctv")
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "single point of contact" in caption and html.count("single point of contact") == 1
    assert d["5.3"]["status"] == "met" and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_agreement_only_in_an_internal_audit_report_and_spoc_in_details(
    web: Heldback214Web, truth: dict
) -> None:
    host = "www.sholland.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    reports = f"http://{host}/your-council/audit-and-governance/internal-audit-reports"
    assert doc["signed"] and doc["force"] == "Lincolnshire" and _linking(web, host, doc["url"]) == {reports}
    text = _text(web, host, _path(doc["url"]))
    assert "Internal Audit Report" in text and "Appendix 2" in text and "Signed for Lincolnshire Police" in text
    html = _html(web, host, "/community/cctv")
    assert '<main id="main">' not in html
    panel = html.split('<details class="reveal">', 1)[1].split("</details>", 1)[0]
    assert "single point of contact" in panel and html.count("single point of contact") == 1
    assert "Boston Borough Council" in html and d["5.3"]["status"] == "met"


def test_spoc_only_in_an_officer_biography(web: Heldback214Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    so = "/about-the-council/how-the-council-works/senior-officers"
    html = _html(web, host, so)
    assert html.count('<div class="profile">') == 4 and "Senior Information Risk Owner" in html
    pg = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {so}
    assert not web.sites[host].az and d["5.5"]["status"] == "not_met"


def test_bs_7958_certificate_image_is_not_certification(web: Heldback214Web, truth: dict) -> None:
    host = "www.slough.gov.uk"
    std = _html(web, host, "/crime-prevention-and-emergencies/cctv-and-careline-control-centre/our-standards")
    assert 'alt="SSAIB certificate of approval - BS 7958' in std
    main = _main(web, host, "/crime-prevention-and-emergencies/cctv-and-careline-control-centre")
    assert "Careline" in main and "compliant with the Surveillance Camera Commissioner" in main
    a = _auth(truth, host)
    assert a["deliverables"]["5.2"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]
    assert a["deliverables"]["5.3"]["spoc"]["phone"] == "01753 875 204"


def test_one_fact_councils(web: Heldback214Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.midsuffolk.gov.uk", "cameras", "/your-council/insurance-claims"),
        ("www.n-kesteven.gov.uk", "retention", "/whats-on/sleaford-christmas-lights-switch-on"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(web, "www.midsuffolk.gov.uk", "/your-council/insurance-claims")
    assert "Lost property" in _main(web, "www.n-kesteven.gov.uk", "/whats-on/sleaford-christmas-lights-switch-on")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback214Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.blaby.gov.uk", "www.sstaffs.gov.uk", "www.stroud.gov.uk"})
    assert web.sites["www.sstaffs.gov.uk"].search is None
    assert "mobile cameras" in _main(web, "www.sstaffs.gov.uk", "/jobs/community-safety-officer")
    assert _auth(truth, "www.stroud.gov.uk")["heldback"]["robots_forbid_search"]
