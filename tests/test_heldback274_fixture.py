"""The two hundred and seventy-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (CCTV documents told apart only by a
?documentId= query string, with a signed release protocol without extension; camera locations in closed <details>
per ward; documents at wordless ?lang=en-gb addresses with a step 2 bullet, a SPOC bullet and a signed Gwent
protocol, and a /cy twin; a SPOC in an <address> block on a legacy page without search and a three-party signed
agreement; a certification mark with alt text and no step; locations as an image map's areas and a self-assessment
that is not certification; a SPOC only in the page-owner small print and another council's code off-site; step 2
only in a Word annual review and a draft police agreement with blank signatures; one-fact councils whose one
criterion sits on car park, country park, temporary accommodation and castle pages; other owners' cameras on the
councils' own pages; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback274.truth import TRUTH_PATH
from fixtures.heldback274.web import Heldback274Web


@pytest.fixture(scope="module")
def web() -> Heldback274Web:
    return Heldback274Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback274Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 274)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_documents_told_apart_by_query_string_and_signed_protocol(web: Heldback274Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    cat = f"http://{host}/community-safety-anti-social-behaviour/cctv?categoryId=20041"
    links = _links(web, host, "/community-safety-anti-social-behaviour/cctv?categoryId=20041")
    for n in (186, 187, 188):
        assert f"{cat}&documentId={n}" in links
    assert _render(web, f"http://{host}/community-safety-anti-social-behaviour/cctv").status == 404
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).query for u in d["5.1"]["pages"]} >= {"categoryId=20041&documentId=186"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Bolton Metropolitan Borough Council" in text and "Signed for Greater Manchester Police" in text
    assert "Westhoughton Town Council" in _main(
        web, host, "/community-safety-anti-social-behaviour/cctv?categoryId=20041&documentId=188"
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_locations_in_closed_details_and_other_owners_named(web: Heldback274Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    cctv = "/inmyarea/publicsafety/cctv-cameras-in-the-borough"
    html = _html(web, host, f"{cctv}/camera-locations")
    assert html.count("<details>") == 5 and "<details open" not in html and "<summary>Deptford</summary>" in html
    main = _main(web, host, cctv)
    assert "Transport for London" in main and "shopping centre" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    assert "approved device" in _main(web, host, "/parking/moving-traffic-contraventions")


def test_wordless_lang_documents_step_2_bullet_spoc_bullet_and_welsh_twin(web: Heldback274Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).query == "lang=en-gb" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    review = (
        "http://www.caerphilly.gov.uk/web-documents/resident/emergencies-and-crime-prevention/cctv/document?lang=en-gb"
    )
    assert review in d["5.1"]["pages"] and d["5.1"]["criteria"]["statistics"]
    pol = "/services/emergencies-and-crime-prevention/cctv/cctv-policy-summary"
    assert "<li>" in _html(web, host, pol) and "step 2" in _main(web, host, pol)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    cy = "/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng"
    assert 'lang="cy"' in _html(web, host, cy) and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert review in _links(web, host, cy)


def test_spoc_in_address_block_on_legacy_page_and_three_party_agreement(web: Heldback274Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    pg = "/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    html = _html(web, host, pg)
    block = html.split("<address>", 1)[1].split("</address>", 1)[0]
    assert "single point of contact" in block.lower() and "mailto:" in block
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pg}
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert all(
        x in text
        for x in ("For North Warwickshire Borough Council", "For Atherstone Town Council", "For Warwickshire Police")
    )
    assert "Polesworth Parish Council runs 28 cameras" in _html(web, host, "/info/20010/parish_councils/polesworth")


def test_mark_with_alt_text_and_no_step(web: Heldback274Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    html = _html(web, host, "/cctv")
    assert 'alt="SCC certification mark"' in html and "step" not in _main(web, host, "/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["mark_displayed"]
    guide = f"http://{host}/info/20109/crime_and_law_enforcement/112/cctv/2"
    assert guide in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"


def test_image_map_locations_and_self_assessment_not_certification(web: Heldback274Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    html = _html(web, host, "/community-safety-and-emergencies/cctv")
    assert 'usemap="#cctvmap"' in html and html.count("<area ") == 6 and 'alt="6. Pannier Market"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert "Green Lanes Shopping Centre" in _main(web, host, "/community-safety-and-emergencies/cctv")
    assert "democracy.northdevon.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_spoc_only_in_page_owner_small_print(web: Heldback274Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    pg = "/community-parks-and-leisure/community-safety/cctv/"
    html = _html(web, host, pg)
    meta = html.split('<div class="page-meta">', 1)[1].split("</div>", 1)[0]
    assert "senior responsible officer" in meta and "<small>" in meta
    assert "https://www.runnymede.gov.uk/cctv-code-of-practice" in _links(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and not d["5.1"]["criteria"]["policy"] and d["5.5"]["status"] == "not_met"


def test_step_2_only_in_word_review_and_draft_police_agreement(web: Heldback274Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".docx") and "step 2" not in _main(web, host, "/community-safety/cctv")
    assert (_render(web, ev["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "........" in _text(web, host, urlsplit(doc["url"]).path)
    assert '<aside class="callout">' in _html(web, host, "/community-safety/cctv") and d["5.3"]["status"] == "met"
    assert "Tonbridge and Malling" in _main(web, host, "/community-safety/cctv")


@pytest.mark.parametrize(
    ("host", "crit", "paths"),
    [
        ("www.northumberland.gov.uk", "other_systems", ["/parking/car-parks", "/country-parks/druridge-bay"]),
        ("www.havant.gov.uk", "cameras", ["/parking/car-parks/tidworth-road"]),
        ("www.waverley.gov.uk", "retention", ["/info/200310/housing_advice/1810/temporary_accommodation"]),
        ("www.eastherts.gov.uk", "operator", ["/leisure-and-culture/hertford-castle"]),
    ],
)
def test_one_criterion_in_passing_on_service_pages(
    web: Heldback274Web, truth: dict, host: str, crit: str, paths: list[str]
) -> None:
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit]
    assert d51["pages"] == [f"http://{host}{p}" for p in paths]
    for p in paths:
        assert "cctv" not in urlsplit(p).path and "camera" in _main(web, host, p).lower()


def test_other_owners_cameras_on_council_pages(web: Heldback274Web) -> None:
    for host, path, owner in (
        ("www.northumberland.gov.uk", "/leisure-centres", "Active Northumberland"),
        ("www.havant.gov.uk", "/community/leigh-park-library", "Hampshire County Council"),
        ("www.havant.gov.uk", "/town-centres/havant", "Meridian Centre"),
        ("www.waverley.gov.uk", "/info/200310/housing_advice/1811/housing_association_homes", "Housing associations"),
        ("www.eastherts.gov.uk", "/leisure-and-culture/grange-paddocks", "leisure operator"),
    ):
        main = _main(web, host, path)
        assert owner in main and "camera" in main, (host, path)


def test_havant_fact_in_a_definition_list(web: Heldback274Web) -> None:
    html = _html(web, "www.havant.gov.uk", "/parking/car-parks/tidworth-road")
    assert "<dt>Security</dt><dd>Covered by council CCTV cameras" in html
    assert _linking(web, "www.havant.gov.uk", "http://www.havant.gov.uk/parking/car-parks/tidworth-road") == {
        "http://www.havant.gov.uk/parking/car-parks"
    }


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback274Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.lancashire.gov.uk", "www.winchester.gov.uk", "www.north-norfolk.gov.uk"}, min_decoys=4
    )
    assert "three mobile CCTV cameras" in _main(web, "www.winchester.gov.uk", "/news/mobile-cameras")
    assert "Cromer Town Council" in _main(
        web, "www.north-norfolk.gov.uk", "/planning-and-building-control/applications/pf-24-1187"
    )
