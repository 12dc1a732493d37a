"""The three hundred and eighty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from (coast, countryside and rural areas) are really served: CCTV facts
on a page shared with a retail radio scheme; CCTV inside a parking, marine and CCTV service with a step 2 claim only in
a camera list's key and a draft police viewing room protocol; bilingual twins with the SPOC in a callout in both
languages and a redeployable camera only on a beach page; a SPOC only on a tower block page and a signed agreement at
an extensionless download address; a signed service level agreement between councils and no police agreement; a stale
page (Data Protection Act 1998, a £10 fee); a single fact on a sailing centre page with the partnership off-site and
its figures only in committee papers; a single fact only in a beach guide PDF; a legacy page whose SPOC designation is
only in a photograph's alt text; a step 2 claim only on a page about watching other councils' cameras; a
self-assessment that is not a certificate and a SPOC on a governance page; signage and retention only in a harbour
authority's notice to mariners; robots.txt forbidding the search; and three councils that publish nothing but carry
coastal and countryside look-alikes.
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

from fixtures.heldback383.truth import TRUTH_PATH
from fixtures.heldback383.web import Heldback383Web


@pytest.fixture(scope="module")
def web() -> Heldback383Web:
    return Heldback383Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(items: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in items}


def test_fresh_councils(web: Heldback383Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 383)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_cctv_shares_a_page_with_a_retail_radio_scheme(web: Heldback383Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    pg = "/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link"
    html = _html(web, host, pg)
    assert "<h2>How we use CCTV</h2>" in html and "<h2>Retail Radio Link</h2>" in html
    assert '<th scope="col">Charge</th>' in html and "£150" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "ANPR camera" in _main(web, host, "/parking-and-transport/school-streets")


def test_marine_service_camera_key_and_draft_viewing_room_protocol(web: Heldback383Web, truth: dict) -> None:
    host = "www.plymouth.gov.uk"
    assert _linking(web, host, f"http://{host}/cctv") >= {f"http://{host}/parking-marine-and-cctv"}
    assert "Tinside Lido" in _main(web, host, "/parking-marine-and-cctv/hoe-foreshore-and-tinside")
    assert "step 2" not in _main(web, host, "/cctv")
    key = _main(web, host, "/cctv/camera-locations")
    assert "Key" in key and "full (step 2) certification" in key and "PS 052" in key
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]["evidence"]) == {"/cctv/camera-locations"}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "has not been signed" in text and "Date: ..../..../20.." in text


def test_bilingual_twins_spoc_callout_and_beach_camera(web: Heldback383Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    en, cy = "/en/Resident/Community-Safety/CCTV.aspx", "/cy/Resident/Community-Safety/CCTV.aspx"
    assert '<div class="callout"><h2>Single point of contact</h2>' in _html(web, host, en)
    assert '<div class="callout"><h2>Pwynt cyswllt unigol</h2>' in _html(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "redeployable" not in _main(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert (
        d["5.1"]["criteria"]["other_systems"]
        and f"http://{host}/en/Resident/Countryside-and-Coast/Talacre-Beach.aspx" in d["5.1"]["pages"]
    )
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_on_tower_block_page_and_extensionless_signed_agreement(web: Heldback383Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    cctv = "/info/20101/community_safety/270/cctv_in_oxford"
    tower = "/info/20097/council_housing/1402/tower_block_safety"
    assert "single point of contact" not in _main(web, host, cctv)
    assert "single point of contact for surveillance cameras" in _main(web, host, tower)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {tower}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_councils_sla_is_not_a_police_agreement(web: Heldback383Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    sla = "/downloads/file/2216/cctv-monitoring-sla-blackburn-with-darwen.pdf"
    text = _text(web, host, sla)
    assert "Signed for Preston City Council" in text and "Signed for Blackburn with Darwen" in text
    assert "Signed for Lancashire" not in text
    assert f"http://{host}{sla}" in _links(web, host, "/community-safety/city-centre-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"
    assert "marina's own cameras" in _main(web, host, "/riversway")


def test_stale_page_with_two_retention_periods(web: Heldback383Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    main = _main(web, host, "/community-and-living/community-safety/cctv")
    assert "Data Protection Act 1998" in main and "£10" in main and "Last reviewed: 14 June 2017" in main
    assert "28 days" in main and "14 days" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Harpenden Town Council owns cameras" in _main(web, host, "/community-and-living/towns-and-parishes")


def test_one_fact_on_a_sailing_centre_page_partnership_off_site(web: Heldback383Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    dem = "democracy.stevenage.gov.uk"
    sail = "/leisure/fairlands-valley-park/sailing-centre"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert f"http://{host}{sail}" in d51["pages"] and not any(dem in u for u in d51["pages"])
    assert "https://www.hertfordshirecctv.co.uk/" in _links(web, host, "/community-safety")
    assert "6,412 incidents" in _text(web, dem, "/documents/s41877/CCTV_operations_report.pdf")
    assert dem in web.sites[host].hosts()


def test_one_fact_only_in_a_beach_guide_pdf(web: Heldback383Web, truth: dict) -> None:
    host = "www.teignbridge.gov.uk"
    guide = "/media/3412/teignbridge-beach-guide-2025.pdf"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{guide}"]
    assert _render(web, f"http://{host}{guide}").header("Content-Type") == "application/pdf"
    assert "Our cameras" not in _main(web, host, "/beaches")
    assert "Teignmouth Town Council" in _main(web, host, "/news/2024/teignmouth-town-council-adds-redeployable-cameras")


def test_legacy_page_with_spoc_only_in_alt_text(web: Heldback383Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    pg = "/community-safety/cctv-in-our-market-towns"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, pg)
    html = _html(web, host, pg)
    assert 'alt="Our CCTV Manager, the council&#x27;s single point of contact for surveillance cameras' in html
    visible = _text(web, host, pg)
    assert "single point of contact" not in visible and "cctv@derbyshiredales.example.gov.uk" in visible
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire"
    assert "Signed on behalf of Derbyshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_on_monitoring_for_other_councils_page(web: Heldback383Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    assert "step 2" not in _main(web, host, "/cctv/cctv-wyre")
    other = _main(web, host, "/cctv/monitoring-for-other-councils")
    assert "full (step 2) certification" in other and "Fylde Council's 15 town centre cameras" in other
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and _paths(d["5.2"]["evidence"]) == {"/cctv/monitoring-for-other-councils"}
    assert d["5.5"]["status"] == "not_met"


def test_self_assessment_is_not_a_certificate_and_spoc_on_governance_page(web: Heldback383Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    dem = "democracy.gosport.gov.uk"
    sat = "/media/2381/surveillance-camera-self-assessment.pdf"
    assert "not a certificate of compliance" in _text(web, host, sat)
    gov = "/article/1121/Surveillance-camera-governance"
    assert f"http://{host}{gov}" in _links(web, host, "/article/1120/Public-open-space-CCTV")
    assert '<aside class="side-panel">' in _html(web, host, "/article/1120/Public-open-space-CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {gov}
    assert "84 hours" in _main(web, dem, "/mgAi.aspx?ID=2544")


def test_signage_and_retention_only_in_a_notice_to_mariners(web: Heldback383Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    notice = "/harbour/notices-to-mariners/no-4-of-2024-cctv-canal-basin-and-locks"
    html = _html(web, host, notice)
    assert '<p class="notice-number">Notice to Mariners No. 4 of 2024</p>' in html
    assert "30 days" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    ev = {e["url"]: e["quote"] for e in d["5.1"]["evidence"]}
    assert "signs on the water" in ev[f"http://{host}{notice}"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2019-03-28"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.sefton.gov.uk", "www.preston.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback383Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.sefton.gov.uk", "www.worcestershire.gov.uk", "eastdevon.gov.uk"})
    assert "nest box camera" in _main(web, "www.worcestershire.gov.uk", "/countryside/worcester-woods-country-park")
    assert "National Coastwatch" in _main(web, "eastdevon.gov.uk", "/beaches-and-coast/exmouth-beach")
    assert "webcam" in _main(web, "www.sefton.gov.uk", "/sefton-coast/southport-pier")
