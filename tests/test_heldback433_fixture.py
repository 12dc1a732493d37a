"""The 433rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (facts over three sibling pages with the SPOC only in a
request form's hint on a page linked from one of them; fly-tipping camera figures on a page with the rules only in
chapter 9 of an enforcement policy PDF; a camera service filed under Business, with committee papers on a
democracy host; a county's facts only in one privacy notice at a query-string address; a Welsh twin under a
different slug tree; cameras filed under parks with a ward drop-down form and the SPOC in a closed details widget; a
legacy site whose one fact is only a photo's alt text; step 1 among near-miss standards with the SPOC only in an
extensionless Word protocol; a signed agreement linked only from a job advert; step 2 only in an annual report
PDF and a signed ISA linked from the mobile units page; step 2 only in a Word code beside a stepless mark and a
signed protocol only on a decision record; 'award-winning' with no certificate, the SPOC in a contact box and a
draft Word protocol; and three councils that publish nothing but carry look-alikes).
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

from fixtures.heldback433.truth import TRUTH_PATH
from fixtures.heldback433.web import Heldback433Web


@pytest.fixture(scope="module")
def web() -> Heldback433Web:
    return Heldback433Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback433Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 433)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_sibling_pages_and_spoc_in_a_request_form_hint(web: Heldback433Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    ask = f"http://{host}/crime/cctv/ask-for-a-camera"
    assert _linking(web, host, ask) == {f"http://{host}/crime/cctv/rapid-deployment-cameras"}
    form = _html(web, host, "/crime/cctv/ask-for-a-camera").split('<form action="/crime/cctv/ask-for-a-camera/submit"')[
        1
    ]
    assert "single point of contact for surveillance cameras" in form.split('<p class="hint">')[1].split("</p>")[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {ask}
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {
        "/crime/cctv",
        "/crime/cctv/rapid-deployment-cameras",
        "/crime/cctv/ask-for-a-camera",
        "/crime/cctv/requesting-footage",
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Approved devices" in _main(web, host, "/parking/moving-traffic-cameras")


def test_fly_tipping_figures_on_page_rules_only_in_policy_chapter(web: Heldback433Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    page = "/environmental-problems/fly-tipping/hotspot-cameras"
    policy = "/media/7349/environmental-enforcement-policy-2024.pdf"
    assert f"http://{host}{policy}" in _links(web, host, page)
    assert "160 cameras at fly-tipping hotspots" in _main(web, host, page)
    text = _text(web, host, policy)
    assert "9. Surveillance cameras" in text and "kept for 28 days" in text
    assert "28 days" not in _main(web, host, page) and "subject access" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    crits = {k for k, v in d["5.1"]["criteria"].items() if v}
    assert {"retention", "code_compliance", "dpia", "subject_access"} <= crits
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "Still from a hotspot camera" in _html(web, host, "/environmental-problems/fly-tipping/caught-on-camera")
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_camera_service_under_business_and_papers_on_democracy_host(web: Heldback433Web, truth: dict) -> None:
    host, dem = "www.somerset.gov.uk", "democracy.somerset.gov.uk"
    a = _auth(truth, host)
    assert not a["heldback"]["search"] and a["heldback"]["democracy_host"] == dem
    assert all(
        urlsplit(u).path.startswith("/business/cctv-monitoring-services") for u in a["deliverables"]["5.1"]["pages"]
    )
    assert "Taunton Town Council" in _main(
        web, host, "/business/cctv-monitoring-services/town-and-parish-contributions"
    )
    assert "CCTV annual report SSDC 2022" in _html(web, dem, "/ieIssueDetails.aspx?IId=2895&Opt=3")
    assert not any(dem in e["url"] for d in a["deliverables"].values() for e in d["evidence"])
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_county_facts_only_in_a_privacy_notice_at_a_query_address(web: Heldback433Web, truth: dict) -> None:
    host = "www.kent.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (page,) = d["5.1"]["pages"]
    assert urlsplit(page).query == "ref=HTW-14"
    assert _linking(web, host, page) == {
        f"http://{host}/about-the-council/information-and-data/privacy-notices",
        f"http://{host}/waste-planning-and-land/rubbish-and-recycling/household-waste-recycling-centres",
    }
    assert _render(web, f"http://{host}/about-the-council/information-and-data/privacy-notices/notice").status == 404
    assert "body worn video cameras" in _main(web, host, _path(page))
    assert d["5.1"]["status"] == "met" and all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))
    assert "Safety Camera Partnership" in _main(web, host, "/roads-and-travel/safety-cameras")


def test_welsh_twin_under_other_slugs(web: Heldback433Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    en = "/home/council-services/environment/fly-tipping"
    cy = "/cartref/gwasanaethau-cyngor/amgylchedd/tipio-anghyfreithlon"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    assert d51["pages"] == [f"http://{host}{en}", f"http://{host}{cy}"]
    assert "belong to Dyfed-Powys Police" in _main(web, host, "/home/council-services/community-safety")


def test_cameras_under_parks_with_ward_form_and_spoc_in_details(web: Heldback433Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    pg = "/parks-and-public-realm/public-realm-cameras"
    assert _linking(web, host, f"http://{host}{pg}") == {f"http://{host}/parks-and-public-realm", f"http://{host}/a-z"}
    html = _html(web, host, pg)
    assert '<select id="ward" name="ward">' in html and 'method="get" class="ward-picker"' in html
    widget = html.split("<details>")[1].split("</details>")[0]
    assert "single point of contact for surveillance cameras" in widget
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert _render(web, f"http://{host}{pg}/mobile-camera-wards?ward=bulk").status == 404


def test_legacy_one_fact_only_in_alt_text(web: Heldback433Web, truth: dict) -> None:
    host = "eastdevon.gov.uk"
    banks = "/recycling-and-waste/recycling-banks/"
    html = _html(web, host, banks)
    assert '<main id="main">' not in html and "<table" in html
    assert "monitored by CCTV" in html.split('alt="')[1].split('"')[0]
    assert "monitored by CCTV" not in _text(web, host, banks)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{banks}"]


def test_step_1_among_standards_and_spoc_only_in_extensionless_word(web: Heldback433Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    ccc = "/home/community-living/community-control-centre"
    main = _main(web, host, ccc)
    assert "BS 7958" in main and "ISO 9001" in main and "step 1 (desktop)" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-02" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.3"]["evidence"]
    assert _no_extension(ev["url"])
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    for pg in (ccc, f"{ccc}/cctv", f"{ccc}/cctv/deployable-cameras"):
        assert "single point of contact" not in _main(web, host, pg)
    assert "democracy.dacorum.gov.uk" in web.sites[host].hosts()


def test_signed_agreement_linked_only_from_a_job_advert(web: Heldback433Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    advert = f"http://{host}/info/20003/jobs/cctv_monitoring_officer"
    assert _linking(web, host, doc["url"]) == {advert}
    assert "joint post with Thames Valley Police" in _html(web, host, urlsplit(advert).path)
    assert not any("jobs" in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["police_agreement"]
    assert "data protection impact assessment" in _text(
        web, host, "/download/downloads/id/9313/mobile_cctv_dpia_2024.pdf"
    )
    assert not _auth(truth, host)["heldback"]["a_z"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_2_only_in_annual_report_and_isa_from_mobile_units(web: Heldback433Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    for pg in ("/cctv", "/cctv/mobile-cctv-units"):
        assert "step 2" not in _main(web, host, pg) and "<img" not in _main(web, host, pg)
    assert "step 2" in _text(web, host, "/media/4011/cctv-annual-report-2024.pdf")
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/mobile-cctv-units"}
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_only_in_word_code_and_protocol_on_decision_record(web: Heldback433Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    pg = "/residents/community-safety/cctv"
    html = _html(web, host, pg)
    alt = html.split('alt="')[1].split('"')[0]
    assert "certification mark" in alt and "step" not in alt.lower() and "step" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "step 2" in _text(web, host, "/downloads/file/1450/cctv_code_of_practice.docx")
    (doc,) = d["5.5"]["documents"]
    dec = f"http://{host}/council-and-democracy/executive-member-decisions/cctv-monitoring-protocol-2024"
    assert _linking(web, host, doc["url"]) == {dec}
    assert "<dl>" in _html(web, host, urlsplit(dec).path)


def test_award_winning_spoc_contact_box_and_draft_word_protocol(web: Heldback433Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "award-winning" in main and "certif" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["code_compliance"]
    sub = _html(web, host, "/community-safety/cctv/mobile-and-body-worn-cameras")
    assert "single point of contact" in sub.split('<aside class="contact-box">')[1].split("</aside>")[0]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "....." in _text(web, host, urlsplit(doc["url"]).path)


def test_policy_only_in_committee_papers(web: Heldback433Web, truth: dict) -> None:
    host, dem = "www.epsom-ewell.gov.uk", "democracy.epsom-ewell.gov.uk"
    doc = "/documents/s31204/Appendix%201%20Video%20Surveillance%20System%20Policy.pdf"
    assert _linking(web, host, f"http://{dem}{doc}") == {f"http://{dem}/ieIssueDetails.aspx?IId=11328&Opt=3"}
    assert "body worn video" in _text(web, dem, doc)
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback433Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.eastleigh.gov.uk", "www.teignbridge.gov.uk", "www.epsom-ewell.gov.uk"}, min_decoys=3
    )
    assert "redeployable cameras" in _main(web, "www.teignbridge.gov.uk", "/news/ukspf-teignmouth-cameras")
