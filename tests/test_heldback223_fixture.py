"""The two hundred and twenty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served (a signed Word memorandum without extension linked only from a footage page,
beside a self-assessment that is not certification; step 2 and a SPOC only on an 'Our teams' card, with a signed ISA
linked only from a privacy notice; step 2 only in an annual report filed on a team page; a certificate PDF and a
signed SLA filed only on a team page, with 'award-winning' on the camera page; step 1 and a mark only on a 'Where your
council tax goes' page; a Welsh-first site whose SPOC is only in a bilingual Word code without extension; SPOCs only
in a code PDF and in an annual review Word document; a draft police protocol; a senior responsible officer with no
contact route in a privacy notice among many; a legacy site without main or search; one-fact councils on a 'You said,
we did' table and a team page; and councils that publish nothing but carry look-alikes).
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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback223.truth import TRUTH_PATH
from fixtures.heldback223.web import Heldback223Web


@pytest.fixture(scope="module")
def web() -> Heldback223Web:
    return Heldback223Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback223Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 223)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_word_memorandum_without_extension_only_from_footage_page(web: Heldback223Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    footage = f"http://{host}/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link/request-cctv-footage"
    assert _linking(web, host, doc["url"]) == {footage}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "on behalf of the Metropolitan Police Service" in _text(web, host, _path(doc["url"]))
    sat = "/media/2292/surveillance-camera-self-assessment-2023.pdf"
    assert "has not applied for third-party certification" in _text(web, host, sat)
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_2_and_spoc_only_on_team_card_and_isa_only_from_privacy_notice(web: Heldback223Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    cc = f"http://{host}/council-community"
    team = f"{cc}/about-the-council/our-teams/community-safety-and-cctv"
    assert _linking(web, host, team) == {f"{cc}/about-the-council/our-teams"}
    assert '<section class="team-profile">' in _html(web, host, _path(team))
    cctv = "/council-community/community-advice/cctv-use-in-the-dudley-borough"
    assert "step 2" not in _main(web, host, cctv) and "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {team} == {e["url"] for e in d["5.3"]["evidence"]}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {f"{cc}/data-protection/privacy-notices/cctv-privacy-notice"}


def test_step_2_only_in_annual_report_filed_on_team_page(web: Heldback223Web, truth: dict) -> None:
    host = "www.bedford.gov.uk"
    report = f"http://{host}/media/4410/cctv-annual-report-2023-24.pdf"
    assert _linking(web, host, report) == {f"http://{host}/council-and-democracy/our-teams/community-safety-team"}
    assert "step 2" not in _main(web, host, "/environmental-issues/community-safety/cctv")
    assert "full step 2 certification" in _text(web, host, _path(report))
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-09"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_certificate_and_signed_sla_filed_only_on_team_page(web: Heldback223Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    team = f"http://{host}/council-and-democracy/about-us/our-teams/cctv-and-community-safety"
    cert = f"http://{host}/sites/default/files/2021-10/SKDC-certificate-of-compliance.pdf"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    for url in (cert, doc["url"]):
        assert _linking(web, host, url) == {team}, url
    assert "award-winning" in _main(web, host, "/community-safety/cctv")
    assert team not in _links(web, host, "/community-safety/cctv")
    assert "full certification (step 2)" in _text(web, host, _path(cert))
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-09-14" and not d["5.2"]["mark_displayed"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and d["5.5"]["status"] == "met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_and_mark_only_on_council_tax_page(web: Heldback223Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    tax = "/your-council/where-your-council-tax-goes"
    assert 'alt="Surveillance Camera Code compliant mark"' in _html(web, host, tax)
    assert "step 1" in _main(web, host, tax) and "step 1" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2021-06"
    assert "protocol agreed between the council" in _text(web, host, "/downloads/file/930/cctv-code-of-practice.pdf")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_first_site_with_spoc_only_in_bilingual_word_code(web: Heldback223Web, truth: dict) -> None:
    host = "www.ceredigion.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and f"http://{host}/en" in _links(web, host, "/")
    cy = "/y-cyngor/diogelu-data/camerau-r-cyngor"
    en = "/en/your-council/data-protection/council-cameras"
    assert '<html lang="cy">' in _html(web, host, cy) and '<html lang="en">' in _html(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (ev,) = d["5.3"]["evidence"]
    assert _no_extension(ev["url"]) and d["5.3"]["status"] == "met"
    assert _linking(web, host, ev["url"]) == {f"http://{host}{cy}", f"http://{host}{en}"}
    assert "Pwynt Cyswllt Unigol" in _text(web, host, _path(ev["url"]))
    assert "single point of contact" not in _main(web, host, en).lower()
    assert "Dyfed-Powys Police, which runs them" in _main(web, host, en)
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_spoc_only_in_code_pdf_and_draft_police_protocol(web: Heldback223Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    cctv = "/community-and-living/community-safety/cctv"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    d = _auth(truth, host)["deliverables"]
    assert {_path(e["url"]) for e in d["5.3"]["evidence"]} == {
        "/media/6620/surveillance-camera-la-code-of-practice.pdf"
    }
    assert "Strategic Responsible Officer" in _text(
        web, host, "/media/6620/surveillance-camera-la-code-of-practice.pdf"
    )
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    item = _main(web, "democracy.gravesham.gov.uk", "/mgAi.aspx?ID=35193")
    assert "third-party accreditation will be sought" in item and d["5.2"]["status"] == "not_met"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_spoc_and_working_towards_only_in_annual_review_word(web: Heldback223Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    review = "/media/1187/cctv-annual-review-2024-25.docx"
    text = _text(web, host, review)
    assert "single point of contact" in text and "working towards third-party certification" in text
    main = _main(web, host, "/community-and-living/community-safety/cctv")
    assert "single point of contact" not in main and "mailto:" not in _html(
        web, host, "/community-and-living/community-safety/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_legacy_site_without_main_or_contact(web: Heldback223Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    assert web.sites[host].search is None and not web.sites[host].az
    info = _html(web, host, "/safety/cctv/cctvinfo.aspx")
    assert '<main id="main">' not in info and "no longer watched live" in info and "mailto:" not in info
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_senior_responsible_officer_without_contact_in_privacy_notice(web: Heldback223Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    ps = "/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements"
    notice = f"{ps}/privacy-notice-test-valley-borough-council-cctv"
    assert len([u for u in _links(web, host, ps) if "privacy-notice-" in u]) >= 5
    html = _html(web, host, notice)
    assert "senior responsible officer for surveillance cameras" in html and "mailto:" not in html
    spoc = _auth(truth, host)["deliverables"]["5.3"]
    assert spoc["status"] == "partial" and not spoc["spoc"]["email"] and not spoc["spoc"]["phone"]


def test_one_fact_councils(web: Heldback223Web, truth: dict) -> None:
    for host, path in (
        ("www.fylde.gov.uk", "/council/consultations/you-said-we-did"),
        ("www.hertsmere.gov.uk", "/Community/Community-Safety/Community-Safety-Team.aspx"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<th scope="col">You said</th>' in _html(web, "www.fylde.gov.uk", "/council/consultations/you-said-we-did")
    assert "certified" in _main(web, "www.hertsmere.gov.uk", "/News/Articles/Partnership-control-room-certified.aspx")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback223Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.e-lindsey.gov.uk", "www.great-yarmouth.gov.uk"})
    assert "district and borough councils" in _main(web, "www.kent.gov.uk", "/leisure-and-community/community-safety")
