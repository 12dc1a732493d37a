"""The three hundred and seventy-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring
and serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead,
after the detectors are frozen.

Emphasis: highways, traffic management and street infrastructure. Checks: the councils are fresh register rows of
the brief's mix of types; the labelling rules hold with the intended tallies; and the structures the set is built
from are really served (a camera disclosure under the streets and roads section beside enforcement cameras; a
traffic management centre whose cameras are presented under the Code, with a SPOC callout and a signed police
protocol linked only from the traffic data page; a code PDF opening with an endorsement signed by both; a bilingual
site with a facts list holding a step 1 claim; a paginated guide whose part 2 carries a mark and a step 2 sentence;
a step 2 claim only in a Word code; a draft Word data sharing agreement; a shared service agreement with councils
only; one-fact councils on a street works, harbour and street lighting page; and councils that publish nothing but
carry highways look-alikes)."""

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

from fixtures.heldback374.truth import TRUTH_PATH
from fixtures.heldback374.web import Heldback374Web


@pytest.fixture(scope="module")
def web() -> Heldback374Web:
    return Heldback374Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback374Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 374)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_disclosure_under_streets_section_beside_enforcement_cameras(web: Heldback374Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    section = "/streets-roads-transport"
    links = set(_links(web, host, section))
    pss = f"http://{host}{section}/public-space-surveillance-pss-cctv-lambeth"
    assert {pss, f"http://{host}{section}/moving-traffic-cameras", f"http://{host}{section}/school-streets"} <= links
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).path.startswith(f"{section}/public-space") for u in d["5.1"]["pages"])
    assert "award-winning" in _main(web, host, "/news/2024/lambeth-camera-team-recognised")
    assert d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("pss@")
    assert "Senior Responsible Officer for RIPA" in _main(web, host, "/council/ripa-policy")


def test_traffic_centre_cameras_under_the_code_with_protocol_on_traffic_data_page(
    web: Heldback374Web, truth: dict
) -> None:
    host = "www.newcastle.gov.uk"
    tm = "/parking-roads-and-transport/traffic-management"
    nmc = f"{tm}/network-management-centre"
    assert "under the Surveillance Camera Code of Practice" in _main(web, host, nmc)
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).path.startswith(tm) or u.endswith(".pdf") for u in d["5.1"]["pages"])
    for decoy in ("bus-lane-enforcement", "clean-air-zone"):
        assert f"http://{host}/parking-roads-and-transport/{decoy}" not in d["5.1"]["pages"]
    assert "are not kept" in _main(web, host, f"{tm}/live-traffic-cameras")
    assert '<div class="callout" role="note">' in _html(web, host, f"{nmc}/camera-system-governance")
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{tm}/traffic-data-and-camera-access"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Newcastle City Council" in text and "on behalf of Northumbria Police" in text


def test_code_opens_with_endorsement_signed_by_both(web: Heldback374Web, truth: dict) -> None:
    host = "www.warrington.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Endorsement") < text.index("Contents") < text.index("1 Introduction")
    assert text.index("Signed for and on behalf of Cheshire Constabulary") < text.index("Contents")
    assert doc["signed"] and doc["force"] == "Cheshire"
    main = _main(web, host, "/community-safety/cctv")
    assert "working towards third-party certification" in main and d["5.2"]["status"] == "not_met"
    assert "section 178 of the Highways Act" in _main(web, host, "/roads-and-transport/attachments-to-lighting-columns")
    assert "democracy.warrington.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in e["url"] for k in d for e in d[k]["evidence"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_bilingual_facts_list_with_step_1(web: Heldback374Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    en = "/en/Resident/Crime-and-Emergencies/CCTV"
    html = _html(web, host, en)
    assert "<dt>Certification</dt><dd>Step 1 (desktop) certification" in html and "<img" not in html
    cy = "/cy/Preswylydd/Troseddu-ac-Argyfyngau/Teledu-Cylch-Cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert "not the council's" in _main(web, host, "/en/Resident/Roads-and-Travel/Conwy-Tunnel")


def test_paginated_guide_part_2_with_mark_and_signed_isa(web: Heldback374Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    g = f"http://{host}/safety-emergencies/public-safety-emergencies"
    assert _linking(web, host, f"{g}/2") == {g, f"{g}/2", f"{g}/3", f"{g}/4"}
    assert 'rel="next" href="/safety-emergencies/public-safety-emergencies/2"' in _html(web, host, urlsplit(g).path)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, urlsplit(g).path + "/2")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2021-07"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"{g}/3"}
    assert "belong to the county council" in _main(web, host, "/roads-transport/traffic-signals")


def test_step_2_and_agreement_mention_only_in_word_code(web: Heldback374Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    pg = "/your-community/cctv/cctv-in-ashford-and-tenterden"
    main = _main(web, host, pg)
    assert "step 2" not in main.lower() and "help manage traffic in Ashford" in main
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and [e["url"] for e in d["5.5"]["evidence"]] == [ev["url"]]
    assert "<table>" in _html(web, host, "/your-community/cctv/cctv-service-performance")


def test_draft_word_agreement_and_spoc_callout(web: Heldback374Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    pg = "/info/20093/community_safety/1247/cctv_and_community_safety"
    assert "nobody watches them live" in _main(web, host, pg)
    assert a["deliverables"]["5.3"]["status"] == "met"
    assert "Surrey County Council" in _main(web, host, "/info/20022/roads_and_pavements/cameras_on_lamp_posts")


def test_protocol_mention_only_in_extensionless_code(web: Heldback374Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    pg = "/info/20061/community_safety/238/cctv_cameras"
    main = _main(web, host, pg)
    assert "Kettering Road and Springfield Street roundabout" in main and "Leicestershire Police" not in main
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.5"]["evidence"]
    assert _no_extension(ev["url"]) and "BS 7958" in _text(web, host, urlsplit(ev["url"]).path)
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_shared_service_agreement_with_councils_is_not_a_police_agreement(web: Heldback374Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    text = _text(web, host, "/media/newark-and-sherwood/cctv-shared-service-agreement.pdf")
    assert "Ashfield District Council and Broxtowe Borough Council" in text and "Police" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert "Security Industry Authority" in _main(web, host, "/cctv") and d["5.2"]["status"] == "not_met"


def test_one_fact_councils_on_street_and_harbour_pages(web: Heldback374Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.adur-worthing.gov.uk", "cameras", "/roads-streets/shoreham-town-centre-street-improvements"),
        ("www.southhams.gov.uk", "cameras", "/salcombe-harbour/whitestrand-pontoon"),
        ("www.eastherts.gov.uk", "operator", "/roads-streets/street-lighting-and-furniture"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Worthing Borough Council owns 16 cameras" in _main(
        web, "www.adur-worthing.gov.uk", "/safer-communities/worthing-public-space-cctv"
    )
    assert web.sites["www.southhams.gov.uk"].search is None


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback374Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.derbyshire.gov.uk", "www.folkestone-hythe.gov.uk", "www.southribble.gov.uk"}
    )
    assert "Survey cameras: fair processing notice" in _main(
        web, "www.derbyshire.gov.uk", "/transport-roads/traffic-counts"
    )
    assert _auth(truth, "www.derbyshire.gov.uk")["heldback"]["robots_forbid_search"]
    site = web.sites["www.southribble.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, "www.southribble.gov.uk", "/")
    assert "Chorley's monitoring station" in _text(web, "democracy.southribble.gov.uk", "/mgAi.aspx?ID=6120")
    assert "Swale Borough Council" in _main(web, "www.folkestone-hythe.gov.uk", "/community-safety/town-centre-cameras")
