"""Held-back set 342's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: enforcement cameras everywhere. Checks: the councils are fresh register rows of the brief's mix; the
labelling rules hold with the intended tallies; and the structures the set is built from are really served (a
camera-plate lookup whose only PSS row leads to the public space pages, beside LTN, School Streets, bus lane and
camera car rows; a joint code whose police signature covers Part 1 only; a CCTV privacy notice whose purposes mix
borough cameras with bus lane and school parking enforcement, among other camera notices; a DVLA 'single point of
contact' near-miss; the CCTV facts as a chapter of a parking and enforcement annual report, with a draft police
agreement as an appendix page; a pager as the only route to the CCTV page of a paged guide; a step 1 claim only in
a mark's alt text; a standards list with one step 2 bullet; a timeline whose 2020 entry is the step 2 claim; a
signed agreement whose signatures are a schedule table; a SPOC only on a camera-request page, in a roles table
beside the RIPA SRO and DPO, on a control-room visits page, or on a page that publishes nothing else; a signed
CCTV and ANPR memorandum; councils' agreements that are not police agreements; certification look-alikes (VCA
approved devices, BPA Approved Operator, Park Mark, BS 7958, 'working towards'); a fact on an enforcement page;
committee papers on democracy hosts; a Welsh council's police-run cameras and Welsh-twinned enforcement pilot; and
three councils that publish nothing but carry enforcement look-alikes).
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

from fixtures.heldback342.truth import TRUTH_PATH
from fixtures.heldback342.web import Heldback342Web


@pytest.fixture(scope="module")
def web() -> Heldback342Web:
    return Heldback342Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def _crits(d51: dict) -> list[str]:
    return sorted(k for k, v in d51["criteria"].items() if v)


def test_fresh_councils_of_the_brief_mix(web: Heldback342Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 342)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_camera_plate_lookup_and_joint_code_signed_for_part_1(web: Heldback342Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    look = f"http://{host}/streets-roads-transport/cameras-our-streets"
    pss = f"http://{host}/streets-roads-transport/public-space-surveillance-pss-cctv-lambeth"
    html = _html(web, host, urlsplit(look).path)
    for prefix in ("<td>LTN</td>", "<td>SST</td>", "<td>BLG</td>", "<td>CEV</td>", "<td>PSS</td>"):
        assert prefix in html
    assert {u for u in _linking(web, host, pss) if not u.startswith(pss)} == {look}
    d = _auth(truth, host)["deliverables"]
    assert pss in d["5.1"]["pages"]
    assert not any("low-traffic" in u or "/parking/" in u for u in d["5.1"]["pages"])
    assert "Vehicle Certification Agency" in _main(
        web, host, "/streets-roads-transport/low-traffic-neighbourhoods/camera-enforcement"
    )
    assert "Senior Responsible Owner" in _main(
        web, host, "/streets-roads-transport/low-traffic-neighbourhoods/camera-enforcement"
    )
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Part 2: Traffic enforcement cameras" in text and "Certificate of agreement (Part 1 only)" in text
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and d["5.5"]["status"] == "met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("pss.cctv@")
    assert "Data Protection Act 1998" in _main(web, host, urlsplit(pss).path + "/civil-claims-third-party-requests")


def test_cctv_privacy_notice_mixing_enforcement_among_camera_notices(web: Heldback342Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    listing = _links(web, host, "/info/201010/data_protection/2004/privacy_notices")
    camera_notices = [u for u in listing if any(k in u for k in ("camera", "cctv"))]
    assert len(set(camera_notices)) == 4
    cctv = "/homepage/1506/privacy_notice_-_cctv"
    assert "bus lane and school parking enforcement" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {
        cctv,
        "/info/200321/crime_and_safety/2811/request_cctv_footage",
    }
    assert "DVLA keeper enquiries" in _main(web, host, "/info/201061/parking/2075/civil_enforcement_officers")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "CCTV manager"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_cctv_chapter_of_an_enforcement_annual_report_and_draft_appendix(web: Heldback342Web, truth: dict) -> None:
    host = "www.stoke.gov.uk"
    rep = f"http://{host}/parking/annual-report-2023-24"
    ch4 = f"{rep}/4-our-cctv-control-room"
    assert _linking(web, host, ch4) >= {rep, f"http://{host}/community-safety/community-cctv"}
    assert "camera cars" in _main(web, host, "/parking/annual-report-2023-24/3-camera-enforcement")
    d = _auth(truth, host)["deliverables"]
    assert ch4 in d["5.1"]["pages"] and f"{rep}/3-camera-enforcement" not in d["5.1"]["pages"]
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"] == f"{rep}/appendix-c-draft-isa"
    assert "__/__/20__" in _main(web, host, "/parking/annual-report-2023-24/appendix-c-draft-isa")
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_pager_only_route_and_step_1_only_in_alt_text(web: Heldback342Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    g = f"http://{host}/safety-emergencies/public-safety-emergencies"
    assert _linking(web, host, f"{g}/2") == {g, f"{g}/3", f"{g}/4"}
    assert 'class="pager"' in _html(web, host, "/safety-emergencies/public-safety-emergencies/2")
    main = _main(web, host, "/safety-emergencies/public-safety-emergencies/2")
    assert "step 1" not in main.lower()
    assert 'alt="Surveillance Camera Code of Practice certified - step 1' in _html(web, host, urlsplit(g).path + "/2")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018"
    assert "fee of £10" in _main(web, host, "/your-council/data-protection")
    assert not any("data-protection" in u or "democratic." in u for u in d["5.1"]["pages"])
    assert "democratic.lincoln.gov.uk" in web.sites[host].hosts()
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_standards_list_with_one_step_2_bullet_and_councils_agreements(web: Heldback342Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    html = _html(web, host, "/article/21210/CCTV-standards")
    assert "<li>the control room is managed in line with BS 7958</li>" in html and "<img" not in html.split("<main")[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03" and not d["5.2"]["mark_displayed"]
    assert "partnership agreements between the councils" in _main(
        web, host, "/article/21230/Monitoring-for-other-councils"
    )
    assert d["5.5"]["status"] == "not_met"
    assert web.sites[host].search and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_timeline_step_2_and_signature_schedule(web: Heldback342Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    html = _html(web, host, "/community-safety/cctv.cfm")
    assert (
        '<ol class="timeline">' in html and "<li><strong>2020</strong> The control room is awarded full step 2" in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020"
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Schedule 2: signatories" in text and doc["signed"] and doc["force"] == "Warwickshire"
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in html


def test_spoc_only_on_the_camera_request_page(web: Heldback342Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]) == {"/your-community/cctv/request-a-moveable-camera"}
    assert "single point of contact" not in _main(web, host, "/your-community/cctv/cctv-in-ashford-and-tenterden")
    assert (
        "Approved Operator" in _main(web, host, "/parking/vicarage-lane-car-park") and d["5.2"]["status"] == "not_met"
    )
    code = next(u for u in d["5.1"]["pages"] if u.endswith(".docx"))
    assert (_render(web, code).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_roles_table_spoc_and_signed_cctv_and_anpr_memorandum(web: Heldback342Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    gov = "/council-and-democracy/surveillance-and-investigatory-powers"
    html = _html(web, host, gov)
    assert "Senior Responsible Officer for RIPA" in html and "Data Protection Officer" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {gov}
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "automatic number plate" in text and "Hertfordshire Constabulary" in text and doc["signed"]
    assert "working towards third party certification" in _main(
        web, host, "/resident-community-and-living/closed-circuit-television-cctv"
    )
    assert d["5.2"]["status"] == "not_met"


def test_visits_page_spoc_and_councils_shared_service_agreement(web: Heldback342Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]) == {"/your-district/public-protection/crime-prevention/cctv/control-room-visits/"}
    assert "not a party to this agreement" in _text(web, host, "/media/2231/cctv-shared-service-agreement.pdf")
    assert d["5.5"]["status"] == "not_met"
    assert "Park Mark" in _main(web, host, "/parking/car-parks/") and d["5.2"]["status"] == "not_met"


def test_one_fact_on_an_enforcement_page_and_a_spoc_only_page(web: Heldback342Web, truth: dict) -> None:
    ross = _auth(truth, "www.rossendale.gov.uk")["deliverables"]
    assert ross["5.1"]["status"] == "partial" and _crits(ross["5.1"]) == ["cameras"]
    assert ross["5.1"]["pages"] == ["http://www.rossendale.gov.uk/cleaner-greener/operation-trident"]
    main = _main(web, "www.rossendale.gov.uk", "/cleaner-greener/operation-trident")
    assert "Hidden cameras" in main and "operation.trident@" in main and ross["5.3"]["status"] == "not_met"
    md = _auth(truth, "www.middevon.gov.uk")
    d = md["deliverables"]
    assert d["5.1"]["status"] == "partial" and _crits(d["5.1"]) == ["responsible_officer"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    dem = "democracy.middevon.gov.uk"
    assert "Single Point of Contact" in _main(web, dem, "/ieIssueDetails.aspx?IId=10177&Opt=3&PlanId=0")
    assert not any(dem in u for u in d["5.1"]["pages"]) and md["heldback"]["democracy_host"] == dem


def test_legacy_word_code_named_after_bs_7958(web: Heldback342Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/CCTV")
    d = _auth(truth, host)["deliverables"]
    code = next(u for u in d["5.1"]["pages"] if u.endswith(".docx"))
    assert "BS7958" in urlsplit(code).path and "BS 7958" in _text(web, host, urlsplit(code).path)
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_carry_enforcement_look_alikes(web: Heldback342Web, truth: dict) -> None:
    hosts = {"www.westsussex.gov.uk", "www.pembrokeshire.gov.uk", "www.elmbridge.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert "number plate recognition" in _main(
        web, "www.westsussex.gov.uk", "/roads-and-travel/parking/moving-traffic-enforcement"
    )
    pem = "www.pembrokeshire.gov.uk"
    assert "belong to Dyfed-Powys Police" in _main(web, pem, "/community-safety/town-centre-cameras")
    assert '<html lang="cy">' in _html(web, pem, "/cy/parcio-yn-sir-benfro/camerau-gorfodi")
    assert "24 hours a" in _main(
        web, "www.elmbridge.gov.uk", "/news/2024/walton-thames-safer-streets-improvements-update"
    )


def test_sitemaps_and_a_to_z(truth: dict) -> None:
    with_sitemap = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["sitemap"]}
    assert with_sitemap == {
        "www.lambeth.gov.uk",
        "www.stoke.gov.uk",
        "www.newark-sherwooddc.gov.uk",
        "www.westsussex.gov.uk",
    }
    no_az = {a["heldback"]["host"] for a in truth["authorities"] if not a["heldback"]["a_z"]}
    assert no_az == {"www.boston.gov.uk", "www.stratford.gov.uk", "www.westsussex.gov.uk", "www.elmbridge.gov.uk"}
