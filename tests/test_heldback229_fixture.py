"""The 229th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a four-part article whose parts link each other through
a contents list, with a signed Met memorandum served without extension and signed only in its last schedule; a
five-part guide with the SPOC in its staffing part and step 1 only on the cover of the published self-assessment
PDF; a footage page with a jump list of questions, a camera register reachable only from it and the A to Z, and a
stale older copy; a county privacy notice at a trailing-slash address among several and a building-cameras page
naming the SPOC; a bilingual .aspx site whose leaflet puts each Welsh paragraph before its English one; a legacy site
without search, sitemap or A to Z and without a camera page, its facts one or two a page on town, project, park,
community centre and rights pages; facts in 'good to know' boxes on town and park pages; a signed ISA linked only from
a town centre page; one fact four deep on a legacy site; one fact inside a collapsed details block; a step 2 sentence
beside a mark with the SPOC in a who's who aside; step 1 only as a standards-table row and a draft Word ISA with blank
signature lines; and three councils that publish nothing but carry look-alikes).
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

from fixtures.heldback229.truth import TRUTH_PATH
from fixtures.heldback229.web import Heldback229Web


@pytest.fixture(scope="module")
def web() -> Heldback229Web:
    return Heldback229Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(u).path for u in d["pages"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback229Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 229)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_four_part_article_and_met_memorandum_signed_in_last_schedule(web: Heldback229Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    parts = [f"/crime-prevention-community-safety/cctv/{i}" for i in range(1, 5)]
    for part in parts:
        links = set(_links(web, host, part))
        assert {f"http://{host}{q}" for q in parts if q != part} <= links, part
        assert 'class="guide-contents"' in _html(web, host, part)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{parts[3]}"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    tail = text.split("Schedule 3: Signatures", 1)[1]
    assert "on behalf of the London Borough of Bromley" in tail and "on behalf of the Metropolitan Police" in tail
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.operations@")
    assert "cds.bromley.gov.uk" in web.sites[host].hosts()


def test_guide_spoc_in_staffing_part_and_step_1_only_on_sat_cover(web: Heldback229Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    staffing = "/how-cctv-is-used/cctv-staffing"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {staffing}
    assert "single point of contact for surveillance cameras" in _main(web, host, staffing)
    sat = "/media/4410/surveillance-camera-self-assessment-2023.pdf"
    assert "step 1 desktop certification" in _text(web, host, sat)
    for path in _paths(d["5.1"]):
        if not path.endswith(".pdf"):
            assert "step 1" not in _main(web, host, path).lower(), path
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-06" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_jump_list_register_and_stale_copy(web: Heldback229Web, truth: dict) -> None:
    host = "www.leicester.gov.uk"
    dp = "/your-council/how-we-work/data-protection-and-foia/data-protection/"
    req, reg = f"{dp}cctv-footage-request/", f"{dp}cctv-register/"
    assert '<a href="#me">' in _html(web, host, req) and '<h2 id="me">' in _html(web, host, req)
    assert _linking(web, host, f"http://{host}{reg}") == {f"http://{host}{req}", f"http://{host}/a-z"}
    old = "/your-council-services/council-and-democracy/data-protection-and-foi/requests-for-cctv-footage/"
    assert _linking(web, host, f"http://{host}{old}") == {f"http://{host}/a-z"}
    assert "Data Protection Act 1998" in _main(web, host, old) and "£10" in _main(web, host, old)
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.1"]) == {req, reg}
    assert "<table>" in _html(web, host, reg)


def test_county_notice_at_trailing_slash_and_building_cameras_spoc(web: Heldback229Web, truth: dict) -> None:
    host = "www.eastsussex.gov.uk"
    a = _auth(truth, host)
    assert not a["heldback"]["a_z"] and a["heldback"]["sitemap"]
    d = a["deliverables"]
    assert f"http://{host}/privacy/cctv/" in d["5.1"]["pages"]
    assert _render(web, f"http://{host}/privacy/cctv/").status == 200
    notices = [u for u in _links(web, host, "/privacy") if "/privacy/" in u]
    assert len(set(notices)) >= 4
    cam = "/community/community-safety/cameras-at-county-council-sites"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {cam}
    assert "does not run town centre CCTV" in _main(web, host, cam)
    assert d["5.5"]["status"] == "not_met"


def test_bilingual_leaflet_welsh_first_and_twin(web: Heldback229Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    leaflet = "/en/PDFFiles/Community-Safety/CCTV-leaflet-bilingual.pdf"
    text = _text(web, host, leaflet)
    assert text.index("31 diwrnod") < text.index("31 days")
    pg = "/en/Resident/Community-Safety/CCTV.aspx"
    assert "31 days" not in _main(web, host, pg) and "Redwither Tower" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    cy = "/cy/Preswylydd/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert cy in _paths(d["5.1"]) and leaflet in _paths(d["5.1"])
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "Wrexham" in _text(web, "committeemeetings.flintshire.gov.uk", "/mgAi.aspx?ID=19100")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_legacy_site_without_camera_page_facts_on_place_pages(web: Heldback229Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert "<main" not in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    pages = _paths(d["5.1"])
    assert len(pages) == 5
    for path in pages:
        assert "cctv" not in _html(web, host, path).lower(), path
        assert sum(1 for q in d["5.1"]["evidence"] if urlsplit(q["url"]).path == path) == 1
    visit = "/leisure/parks/worden-park/visiting-worden-park"
    assert visit in pages and 'class="good-to-know"' in _html(web, host, visit)
    assert _render(web, f"http://{host}/sitemap.xml").status == 404


def test_facts_two_at_a_time_in_good_to_know_boxes(web: Heldback229Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    d = _auth(truth, host)["deliverables"]
    places = [
        "/towns-and-villages/sudbury",
        "/towns-and-villages/hadleigh",
        "/towns-and-villages/sudbury/belle-vue-park",
    ]
    for path in places:
        box = _html(web, host, path).split('class="good-to-know"', 1)[1].split("</div>", 1)[0]
        quotes = [e["quote"] for e in d["5.1"]["evidence"] if urlsplit(e["url"]).path == path]
        assert quotes and all(q in box for q in quotes), path
    crit_pages = Counter(urlsplit(e["url"]).path for e in d["5.1"]["evidence"])
    assert max(crit_pages.values()) == 1
    assert "Mid Suffolk" in _main(web, host, "/towns-and-villages/stowmarket")
    assert "/towns-and-villages/stowmarket" not in _paths(d["5.1"])
    assert d["5.5"]["status"] == "not_met" and "service agreement between the councils" in _main(
        web, host, "/your-council/data-protection/camera-footage"
    )


def test_signed_isa_linked_only_from_town_centre_page(web: Heldback229Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    hod = f"http://{host}/business-and-investment/town-centres/hoddesdon"
    assert doc["signed"] and doc["force"] == "Hertfordshire" and _linking(web, host, doc["url"]) == {hod}
    assert "Signed on behalf of Hertfordshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_one_fact_councils(web: Heldback229Web, truth: dict) -> None:
    fod = _auth(truth, "www.fdean.gov.uk")
    site = web.sites["www.fdean.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    d51 = fod["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    assert fod["oracle_fetches"] == 5
    assert "town and parish councils" in _text(web, "www.fdean.gov.uk", "/community/community-safety")
    ned = _auth(truth, "www.ne-derbyshire.gov.uk")
    assert ned["heldback"]["robots_forbid_search"] and not ned["heldback"]["a_z"]
    d51 = ned["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["retention"]
    page = _html(web, "www.ne-derbyshire.gov.uk", urlsplit(d51["pages"][0]).path)
    inside = page.split("<details", 1)[1].split("</details>", 1)[0]
    assert d51["evidence"][0]["quote"] in inside


def test_step_2_beside_mark_spoc_in_aside_and_signed_isa(web: Heldback229Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    pg = "/info/20167/crime_and_community_safety/212/cctv"
    html = _html(web, host, pg)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html
    aside = html.split('<aside class="whos-who">', 1)[1].split("</aside>", 1)[0]
    assert "single point of contact" in aside and "mailto:" in aside
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020"
    (doc,) = d["5.5"]["documents"]
    part = f"http://{host}/info/20167/crime_and_community_safety/214/cctv_partners_and_agreements"
    assert doc["signed"] and doc["force"] == "Norfolk" and _linking(web, host, doc["url"]) == {part}


def test_step_1_table_row_and_draft_word_agreement(web: Heldback229Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    pg = "/community/community-safety/cctv"
    assert "<td>Step 1 (desktop), awarded March 2021</td>" in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Suffolk"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback229Web, truth: dict) -> None:
    hosts = {"www.southnorfolkandbroadland.gov.uk", "www.scambs.gov.uk", "www.southderbyshire.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert _auth(truth, "www.southnorfolkandbroadland.gov.uk")["heldback"]["robots_forbid_search"]
    dem = "democracy.southderbyshire.gov.uk"
    assert "eleven static cameras" in _text(web, dem, "/documents/s9821/Swadlincote-town-centre-CCTV-replacement.pdf")
    assert "does not operate public space CCTV" in _main(
        web, "www.southnorfolkandbroadland.gov.uk", "/your-council/foi-disclosure-log-public-space-cctv"
    )
