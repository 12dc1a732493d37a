"""The four hundredth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

The set is about maps, locations and camera lists. Checks: the councils are fresh register rows of the brief's mix;
the labelling rules hold with the intended tallies; and the structures the set is built from are really served (a
'camera location schedule' link that opens a signed agreement with the Met whose annex is the schedule, beside a
script map drawn from GeoJSON; a map dataset's metadata record holding the SPOC as point of contact, a step 2 claim
under 'Conformity' and retention only in its data dictionary, with a CSV download; redeployable camera deployments
among the general public notices, each ending with the SPOC, and a signed Word protocol linked by its reference code
from one notice only; camera positions only as a KML file with a facts table holding step 2 beside a mark, on a
bilingual site; positions only in the hidden long descriptions of map images, with the SPOC under the map key; a 'My
area' property report as the only fact on a legacy site; a camera register with a funding-partner column and a script
map pointing to it; camera positions only as the labels of an inline SVG map; a location page per town and a draft
Word agreement; a camera list with switched-off dates; ward-by-ward lists with the SPOC in their notes; one ward
profile's assets table as the only fact; councils that publish nothing but carry map and camera look-alikes).
"""

from __future__ import annotations

import json
import re
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

from fixtures.heldback400.truth import TRUTH_PATH
from fixtures.heldback400.web import Heldback400Web


@pytest.fixture(scope="module")
def web() -> Heldback400Web:
    return Heldback400Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _ctype(web: Heldback400Web, url: str) -> str:
    return _render(web, url).header("Content-Type") or ""


def test_fresh_councils_of_the_brief_mix(web: Heldback400Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 400)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_camera_schedule_link_opens_signed_sla_and_geojson_map(web: Heldback400Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    cc = "/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _no_extension(doc["url"]) and f"http://{host}{cc}" in _linking(web, host, doc["url"])
    assert "camera location schedule (PDF, 240KB)</a>" in _html(web, host, cc)
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = " ".join(_text(web, host, urlsplit(doc["url"]).path).split())
    assert "Annex A: camera location schedule" in text and "Signed for and on behalf of the Metropolitan" in text
    page = _html(web, host, f"{cc}/camera-map")
    assert f'data-layer="{cc}/cameras.geojson"' in page and "<noscript>" in page
    gj = _render(web, f"http://{host}{cc}/cameras.geojson")
    assert gj.header("Content-Type") == "application/geo+json"
    assert len(json.loads(gj.body)["features"]) == 4
    assert "JamCam" in _main(web, host, "/roads-and-transport/live-traffic-images")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_metadata_record_holds_spoc_conformity_and_retention(web: Heldback400Web, truth: dict) -> None:
    host = "www.wolverhampton.gov.uk"
    rec = "/maps/map-data/public-space-cctv-cameras"
    html = _html(web, host, rec)
    assert '<th scope="row">Point of contact</th>' in html and '<th scope="row">Conformity</th>' in html
    cctv = _main(web, host, "/community-safety/cctv")
    assert "single point of contact" not in cctv and "step 2" not in cctv and "31" not in cctv
    assert "service level agreement with Wolverhampton Homes" in cctv
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {rec}
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.1"]["criteria"]["retention"] and d["5.5"]["status"] == "not_met"
    csv_url = next(u for u in _links(web, host, rec) if u.endswith(".csv"))
    r = _render(web, csv_url)
    assert (r.header("Content-Type") or "").startswith("text/csv")
    assert r.body.decode().splitlines()[0] == "CAM_ID,LOCATION,TYPE,MONITORED,RETAIN_DAYS"
    assert f"http://{host}{rec}" in _links(web, host, "/maps")


def test_deployments_among_public_notices_with_spoc_footer_and_protocol(web: Heldback400Web, truth: dict) -> None:
    host = "www.northumberland.gov.uk"
    board = _html(web, host, "/public-notices")
    cats = re.findall(r'<span class="category">([^<]+)</span>', board)
    assert Counter(cats)["CCTV"] == 3 and {"Traffic", "Licensing", "Highways"} <= set(cats)
    for n in ("2025-036", "2025-019", "2025-012"):
        assert "single point of contact for surveillance cameras" in _main(web, host, f"/public-notices/{n}"), n
    rd = "/community/crime-and-safety/redeployable-cctv"
    assert "single point of contact" not in _main(web, host, rd)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/public-notices/2025-036"}
    assert _ctype(web, doc["url"]).startswith("application/vnd.openxmlformats")
    assert "CS/P07 (DOCX, 38KB)</a>" in _html(web, host, "/public-notices/2025-036")
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_kml_positions_facts_table_and_welsh_twin(web: Heldback400Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    cc = "/en/Community-Safety/CCTV"
    kml = _render(web, f"http://{host}{cc}/cctv-cameras-newport.kml")
    assert kml.header("Content-Type") == "application/vnd.google-earth.kml+xml"
    assert kml.body.count(b"<Placemark>") == 4
    html = _html(web, host, cc)
    assert '<th scope="row">Third-party certification</th>' in html
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    cy = "/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in _links(web, host, cc)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-05" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_positions_only_in_hidden_long_descriptions_and_spoc_under_map_key(web: Heldback400Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    maps = "/community-safety/cctv/camera-maps"
    html = _html(web, host, maps)
    assert html.count('class="visually-hidden"') == 3 and 'aria-describedby="desc-city"' in html
    hidden = html.split('<div id="desc-city" class="visually-hidden">', 1)[1].split("</div>", 1)[0]
    assert "38 cameras" in hidden and "38 cameras" not in html.split('<div id="desc-city"', 1)[0]
    key = html.split("<h2>Map key</h2>", 1)[1]
    assert "single point of contact for surveillance cameras" in key
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{maps}" in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert f"http://{host}/community-safety/cctv" in _linking(web, host, doc["url"])


def test_my_area_report_is_the_only_fact_on_a_legacy_site(web: Heldback400Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    rep = f"http://{host}/my-area/report?uprn=10070125617"
    assert d51["status"] == "partial" and d51["pages"] == [rep]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert rep in _links(web, host, "/my-area") and a["oracle_fetches"] == 3
    assert "Nearest council cameras" in _html(web, host, "/my-area/report?uprn=10070125617")


def test_camera_register_with_funding_partners_and_map_pointing_to_it(web: Heldback400Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    reg = "/community-safety/cctv/camera-register"
    html = _html(web, host, reg)
    assert '<th scope="col">Funded by</th>' in html and "Morecambe BID" in html and "Morecambe Town Council" in html
    assert f"http://{host}{reg}" in _links(web, host, "/community-safety/cctv/camera-map")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["other_systems"] and d["5.3"]["status"] == "partial"


def test_camera_positions_only_as_svg_map_labels(web: Heldback400Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"] and a["heldback"]["sitemap"] and not a["heldback"]["a_z"]
    cc = "/home/other-services/community-protection/safer-maidstone/cctv"
    html = _html(web, host, cc)
    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert len(re.findall(r"<text [^>]+>MBC\d\d ", svg)) == 10
    assert "MBC01" not in html.replace(svg, "") and "Medway Council" in _main(web, host, cc)
    form = _html(web, host, f"{cc}/request-cctv-footage")
    assert "<select" not in form and "MBC01" not in form and 'name="camera"' in form
    assert a["deliverables"]["5.5"]["status"] == "not_met" and a["oracle_fetches"] >= 6


def test_location_page_per_town_and_draft_word_agreement(web: Heldback400Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    cc = "/community-safety/cctv"
    towns = [u for u in _links(web, host, cc) if re.search(r"/cctv/(grantham|stamford|bourne|the-deepings)$", u)]
    assert len(set(towns)) == 4
    for u in set(towns):
        page = _html(web, host, urlsplit(u).path)
        assert "<ol>" in page and '<img src="/images/cctv-' in page, u
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Lincolnshire"
    assert _ctype(web, doc["url"]).startswith("application/vnd.openxmlformats")
    assert "NOT FOR SIGNATURE" in _text(web, host, urlsplit(doc["url"]).path)
    assert "award-winning" in _main(web, host, cc) and d["5.2"]["status"] == "not_met"


def test_camera_list_with_switched_off_dates(web: Heldback400Web, truth: dict) -> None:
    host = "www.eastleigh.gov.uk"
    cc = "/our-community/community-safety/cctv"
    html = _html(web, host, f"{cc}/camera-locations")
    assert '<th scope="col">Status</th>' in html and html.count("Switched off") == 3
    pdf = next(u for u in _links(web, host, cc) if u.endswith("camera-map.pdf"))
    assert _ctype(web, pdf) == "application/pdf"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and "Data Protection Officer" in _main(web, host, f"{cc}/requesting-footage")


def test_ward_lists_with_spoc_in_their_notes(web: Heldback400Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    cc = "/home/community-living/community-safety/cctv"
    html = _html(web, host, f"{cc}/camera-locations")
    assert len(re.findall(r"<h3>[^<]+</h3><ul>", html)) == 5
    notes = html.split('<div class="notes">', 1)[1]
    assert "<small>3. This list is kept by the council's single point of contact" in notes
    assert "single point of contact" not in _main(web, host, cc)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{cc}/camera-locations"}
    assert d["5.5"]["status"] == "partial" and all(e["url"].endswith(".pdf") for e in d["5.5"]["evidence"])


def test_one_fact_in_one_ward_profile(web: Heldback400Web, truth: dict) -> None:
    host = "www.wealden.gov.uk"
    wp = "/your-council/ward-profiles"
    profiles = sorted({u for u in _links(web, host, wp) if f"{wp}/" in u})
    assert len(profiles) == 5
    with_cameras = [u for u in profiles if "CCTV" in _html(web, host, urlsplit(u).path)]
    assert with_cameras == [f"http://{host}{wp}/uckfield-new-town"]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == with_cameras
    assert '<th scope="row">District council CCTV</th>' in _html(web, host, f"{wp}/uckfield-new-town")


def test_councils_that_publish_nothing_still_carry_map_and_camera_look_alikes(web: Heldback400Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lancashire.gov.uk", "www.teignbridge.gov.uk", "eastdevon.gov.uk"})
    assert "Safety camera sites" in _main(web, "www.lancashire.gov.uk", "/council/maps-and-data/mario")
    assert _auth(truth, "www.teignbridge.gov.uk")["heldback"]["robots_forbid_search"]
    assert web.sites["eastdevon.gov.uk"].search is None
    assert "town council CCTV cameras" in _html(web, "eastdevon.gov.uk", "/visit/exmouth-town-centre-map")
