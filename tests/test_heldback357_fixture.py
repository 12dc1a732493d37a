"""The 357th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: council venues whose own pages carry the council's
camera facts (a crematorium's numbered grounds rules, a museum's visit box, a market's visit box and its Welsh twin,
a record office's searchroom rules, a theatre's step-by-step access guide, a museum's plan-your-visit box, a park's
byelaws, a shared civic building's table), beside venues whose cameras are an operator's or a trust's (GLL,
Trafalgar, Lex Leisure, Fusion, Freedom Leisure, Hampshire Cultural Trust); a guide in four parts reached through its
contents list with a table of who runs each camera system; a SPOC designated only in library room hire terms; a step
2 claim only on a crematorium's 'about' page; a step 1 line inside history prose; a certificate of compliance
without a step beside a mark; signed agreements as an extensionless Word protocol, a bilingual PDF linked from both
language twins, and an extensionless PDF only in a partnership's documents table; a draft Word agreement in a closed
consultation; a protocol mentioned only inside an extensionless code; a councils' processing agreement that is not a
police agreement; a hub table of cameras watched for other councils; joint executive papers on a democracy host; and
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback357.truth import TRUTH_PATH
from fixtures.heldback357.web import Heldback357Web


@pytest.fixture(scope="module")
def web() -> Heldback357Web:
    return Heldback357Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(urls: list[str] | set[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils_of_the_brief_mix(web: Heldback357Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 357)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_guide_parts_and_table_of_who_runs_each_camera_system(web: Heldback357Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    parts = [f"http://{host}/crime-prevention-community-safety/cctv/{i}" for i in range(1, 5)]
    for part in parts:
        assert set(parts) - {part} <= set(_links(web, host, urlsplit(part).path)), part
    for part in parts[1:]:
        assert _linking(web, host, part) == set(parts) - {part}, "later parts are reached only through the contents"
    html = _html(web, host, "/crime-prevention-community-safety/cctv/2")
    assert '<th scope="col">Who runs the cameras</th>' in html and "GLL (Better)" in html and "Trafalgar" in html
    d = _auth(truth, host)["deliverables"]
    assert set(parts) <= set(d["5.1"]["pages"])
    assert not _paths(evidence_urls(_auth(truth, host))) & {"/libraries", "/leisure-centres", "/churchill-theatre"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.operations@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_housing_filed_page_mark_without_step_venue_rules_and_word_protocol(web: Heldback357Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/info/200223/housing_and_tenancy/2536/cctv_in_sandwell"
    assert 'alt="Surveillance Camera Code of Practice compliance mark"' in _html(web, host, pg)
    main = _main(web, host, pg)
    assert "certificate of compliance" in main and "step" not in main.lower()
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2021-03"
    rules = "/info/200270/bereavement_services/1412/crematorium_grounds_rules"
    assert '<ol class="rules">' in _html(web, host, rules)
    museum = "/info/200250/museums_and_galleries/1590/wednesbury_museum_and_art_gallery"
    assert '<dl class="facts">' in _html(web, host, museum)
    assert {f"http://{host}{rules}", f"http://{host}{museum}"} <= set(d["5.1"]["pages"])
    assert "Sandwell Leisure Trust" in _main(web, host, "/info/200250/leisure_centres")
    assert f"http://{host}/info/200250/leisure_centres" not in evidence_urls(a)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_library_room_hire_terms_and_draft_word_agreement(web: Heldback357Web, truth: dict) -> None:
    host = "www.buckinghamshire.gov.uk"
    site = web.sites[host]
    assert not [pg for pg in site.pages.values() if pg.host == host and pg.title.strip().upper() == "CCTV"]
    terms = "/libraries/hire-a-room-in-a-library/room-hire-terms-and-conditions/"
    html = _html(web, host, terms)
    clauses = html.split('<ol class="clauses">', 1)[1].split("</ol>", 1)[0].split("<li>")[1:]
    assert len(clauses) == 12 and "single point of contact" in clauses[11]
    assert not any("single point of contact" in c for c in clauses[:11])
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths({e["url"] for e in d["5.3"]["evidence"]}) == {terms}
    assert "single point of contact" not in _main(
        web, host, "/your-council/privacy/privacy-information-for-specific-services/cctv-and-privacy/"
    )
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Thames Valley"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_one_fact_in_searchroom_rules_beside_a_photography_rule(web: Heldback357Web, truth: dict) -> None:
    host = "www.hants.gov.uk"
    rules = "/librariesandarchives/archives/visit/searchroom-rules"
    main = _main(web, host, rules)
    assert "photograph documents with your own camera" in main and "CCTV cameras cover the searchroom" in main
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{rules}"]
    assert "Hampshire Cultural Trust" in _main(web, host, "/thingstodo/museums")
    assert a["heldback"]["robots_forbid_search"]


def test_bilingual_venue_twins_and_protocol_linked_from_both(web: Heldback357Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    en, cy = f"http://{host}/service/cctv", f"http://{host}/cy/gwasanaeth/teledu-cylch-cyfyng"
    visit, cy_visit = "/service/ty-pawb/visit-ty-pawb", "/cy/gwasanaeth/ty-pawb/ymweld-a-thy-pawb"
    assert '<html lang="cy">' in _html(web, host, urlsplit(cy).path) and '<html lang="cy">' in _html(
        web, host, cy_visit
    )
    assert f"http://{host}{cy_visit}" in _links(web, host, visit)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "North Wales"
    assert _linking(web, host, doc["url"]) == {en, cy}
    assert "Llofnodwyd ar ran" in _text(web, host, urlsplit(doc["url"]).path)
    assert {cy, f"http://{host}{cy_visit}", f"http://{host}{visit}"} <= set(d["5.1"]["pages"])
    assert "Freedom Leisure" in _main(web, host, "/service/waterworld")


def test_shared_building_table_sets_council_cameras_beside_operators(web: Heldback357Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    assert web.sites[host].search is None
    html = _html(web, host, "/rushcliffe-arena/")
    assert "<caption>Two camera systems under one roof</caption>" in html and "<td>Lex Leisure</td>" in html
    assert "single point of contact" in html.split("<td>Who to ask</td>", 1)[1].split("</tr>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert "Information Processing Agreement" in _main(
        web, host, "/environmental-health/community-safety/cctv-surveillance-systems/"
    )
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]


def test_hub_table_of_others_cameras_and_protocol_only_inside_the_code(web: Heldback357Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    pg = "/info/20061/community_safety/238/cctv_cameras"
    main = _main(web, host, pg)
    assert "Melton Borough Council" in main and "Broughton Astley Parish Council" in main
    assert "protocol" not in main.lower()
    d = a["deliverables"]
    code = f"http://{host}/downloads/file/1104/cctv_code_of_practice"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _no_extension(code)
    assert {e["url"] for e in d["5.5"]["evidence"]} == {code} and _linking(web, host, code) == {f"http://{host}{pg}"}
    assert f"http://{host}/info/20024/markets/100/harborough_market" in d["5.1"]["pages"]


def test_one_fact_in_a_theatre_access_guide_on_a_legacy_site(web: Heldback357Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    guide = "/resident/leisure/boningtontheatre/accessguide.php"
    html = _html(web, host, guide)
    assert '<main id="main">' not in html and '<ol class="access-guide">' in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{guide}"]


def test_step_1_in_history_prose_and_agreement_only_in_partnership_table(web: Heldback357Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    pg = "/by-category/community-and-living2/csp/cctv"
    assert "completed step one" in _main(web, host, pg) and "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/by-category/community-and-living2/csp"}
    assert "National Highways" in _main(web, host, "/by-category/roads-and-transport/dart-charge")


def test_step_2_only_on_the_crematorium_about_page(web: Heldback357Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    about = "/bereavement/lea-fields-crematorium/about-us"
    assert "step 2" in _main(web, host, about) and "step 2" not in _main(
        web, host, "/communities-safety/cctv-public-spaces"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and _paths({e["url"] for e in d["5.2"]["evidence"]}) == {about}
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}/trinity-arts-centre/your-visit" in d["5.1"]["pages"]


def test_retention_only_on_the_museum_visit_page_and_papers_on_the_democracy_host(
    web: Heldback357Web, truth: dict
) -> None:
    host, dem = "www.north-herts.gov.uk", "democracy.north-herts.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "30 days" not in _main(web, host, "/cctv-and-footage-requests")
    assert "30 days" in _main(web, host, "/north-hertfordshire-museum/plan-your-visit")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert _render(web, f"http://{dem}/mgAi.aspx?ID=4821").status == 200


def test_retention_only_in_park_byelaws_and_spoc_on_the_requests_page(web: Heldback357Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    rules = "/info/20140/parks_and_countryside/481/priory_park_byelaws_and_rules"
    last = _html(web, host, rules).split('<ol class="rules">', 1)[1].split("</ol>", 1)[0].split("<li>")[-1]
    assert "deleted after 30 days" in last
    req = f"http://{host}/info/20093/community_safety/1248/requests_for_recorded_images"
    assert _linking(web, host, req) == {f"http://{host}/info/20093/community_safety/1247/cctv_and_community_safety"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {req}


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback357Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.rochford.gov.uk", "www.southhams.gov.uk", "www.adur-worthing.gov.uk"})
    assert "Fusion" in _main(web, "www.rochford.gov.uk", "/the-mill-arts-and-events-centre")
    assert "Worthing" in _html(web, "www.adur-worthing.gov.uk", "/")
