"""The three hundred and ninth held-back set (fixtures/heldback309): fifteen hand-written council sites with the
emphasis on arm's-length arrangements, written blind to the detectors. No scoring here: the set is measured once, by
the lead, after the detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a guide split over numbered addresses with the
camera facts reachable only through its pager, a city-centre partnership's funding agreement beside a signed police
ISA; a signed police protocol linked only from a privacy notice; Welsh twins on English slugs with a Welsh-only report
PDF and a neighbouring council running the room; a who-does-what matrix naming the SPOC in a cell with the request
form on the neighbour's site; a step 1 callout and an SRO in a privacy notice naming contractors' cameras; a signed ISA
served without extension beside a partner councils' table; a timeline of monitoring arrangements through a county
consortium's room at police headquarters; a draft Word police ISA for cameras watched by a neighbour; a step 2 claim and
mark only on a performance page; one-fact councils on a car park page and in a team's responsibilities; councils that
publish nothing, with police-run cameras, an off-site hub code and a county pointing to its districts)."""

from __future__ import annotations

import json
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

from collections import Counter

from fixtures.heldback309.truth import TRUTH_PATH
from fixtures.heldback309.web import Heldback309Web


@pytest.fixture(scope="module")
def web() -> Heldback309Web:
    return Heldback309Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback309Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 309)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 5, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_guide_pages_reached_only_through_the_pager(web: Heldback309Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    guide = f"http://{host}/safety-emergencies/public-safety-emergencies"
    for n in (2, 3):
        assert _linking(web, host, f"{guide}/{n}") <= {f"{guide}/{k}" for k in (1, 2, 3)}, n
    assert 'class="guide-pager"' in _html(web, host, "/safety-emergencies/public-safety-emergencies/2")
    assert "504 cameras" in _main(web, host, "/safety-emergencies/public-safety-emergencies/2")
    assert "504 cameras" not in _main(web, host, "/safety-emergencies/public-safety-emergencies/1")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and "Lincolnshire Police" in doc["title"]
    links = _links(web, host, "/safety-emergencies/public-safety-emergencies/3")
    bid = f"http://{host}/media/4111/lincoln-city-centre-partnership-cctv-funding-agreement.pdf"
    assert bid in links and doc["url"] in links
    assert "Lincoln City Centre Partnership" in _text(web, host, urlsplit(bid).path)
    assert d["5.3"]["status"] == "met"


def test_signed_protocol_linked_only_from_privacy_notice(web: Heldback309Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    notice = f"http://{host}/council-and-elections/your-data-and-privacy/our-privacy-notices/cctv-privacy-notice"
    assert _linking(web, host, doc["url"]) == {notice}
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    cctv = f"http://{host}/node/544"
    assert {f"http://{host}/parking-and-roads/street-cameras", f"http://{host}/crime-and-community-safety"} <= _linking(
        web, host, cctv
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_welsh_twins_on_english_slugs_and_neighbour_runs_the_room(web: Heldback309Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    cy = "/cy/resident/community-safety/cctv"
    html = _html(web, host, cy)
    assert '<html lang="cy">' in html and "Teledu cylch cyfyng" in html
    assert f"http://{host}{cy}" in _links(web, host, "/en/resident/community-safety/cctv")
    welsh_pdf = f"http://{host}/cy/media/adroddiad-monitro-blynyddol-tcc-2023-24.pdf"
    assert _linking(web, host, welsh_pdf) == {f"http://{host}{cy}"}
    assert "Caerphilly County Borough Council has run the system" in _main(
        web, host, "/en/resident/community-safety/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_responsibility_matrix_spoc_and_request_form_off_site(web: Heldback309Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    who = "/community-safety/cctv/who-does-what"
    html = _html(web, host, who)
    assert '<table class="responsibility-matrix">' in html
    assert "<td>Community Safety Manager, the City Council's single point of contact" in html.replace("&#x27;", "'")
    assert any("wychavon.gov.uk" in u for u in _links(web, host, "/community-safety/cctv"))
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {who}
    assert d["5.5"]["status"] == "partial" and d["5.2"]["status"] == "not_met"


def test_step_1_callout_and_sro_in_privacy_notice(web: Heldback309Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    assert '<aside class="callout callout--standards">' in _html(web, host, "/communities/crime-prevention/cctv")
    notice = "/council/data/protection-foi/privacy-notices-council-services/public-spaces-cctv-privacy-notice"
    main = _main(web, host, notice)
    assert "Senior Responsible Officer for surveillance cameras" in main and "SUEZ" in main and "APCOA" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {notice}


def test_signed_isa_without_extension_beside_partner_table(web: Heldback309Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    html = _html(web, host, "/article/21203/CCTV")
    assert "<caption>Cameras owned by other councils and watched in the Boston control room</caption>" in html
    assert d["5.3"]["status"] == "met"


def test_timeline_through_county_consortium(web: Heldback309Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    html = _html(web, host, "/cctv")
    assert '<ol class="timeline">' in html and "Sherwood Lodge" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    county = _main(web, "www.nottinghamshire.gov.uk", "/community-safety/town-centre-cameras")
    assert "Sherwood Lodge" in county and "not by the County Council" in county


def test_draft_word_isa_for_cameras_watched_by_a_neighbour(web: Heldback309Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    assert "control centre that Chorley Council runs" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_and_mark_only_on_performance_page(web: Heldback309Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    assert "step 2" not in _main(web, host, "/your-community/cctv/cctv-in-ashford-and-tenterden")
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(
        web, host, "/your-community/cctv/cctv-service-performance"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_facts_over_page_and_request_page(web: Heldback309Web, truth: dict) -> None:
    host = "www.hartlepool.gov.uk"
    d = _auth(truth, host)["deliverables"]
    paths = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert paths == {
        "/info/20043/community_safety/723/cctv_in_hartlepool",
        "/info/20043/community_safety/724/request_cctv_footage",
    }
    assert "Thirteen" not in _main(web, host, "/info/20043/community_safety/723/cctv_in_hartlepool")
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_one_fact_councils(web: Heldback309Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.reigate-banstead.gov.uk", "cameras", "/info/20030/parking/311/clarendon_road_multi-storey_car_park"),
        ("www.middevon.gov.uk", "operator", "/your-council/teams/property-services"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    az = _links(web, "www.reigate-banstead.gov.uk", "/a-z")
    assert "http://www.reigate-banstead.gov.uk/news/article/487/cctv_in_reigate_and_banstead_-_update" in az
    assert '<main id="main">' not in _html(web, "www.middevon.gov.uk", "/")
    assert "surveillance systems" in _text(web, "democracy.middevon.gov.uk", "/mgAi.aspx?ID=4980")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback309Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.nottinghamshire.gov.uk", "www.adur-worthing.gov.uk", "www.rossendale.gov.uk"}
    )
    assert "http://www.sussex.police.uk/foi-ai/sussex-police/cctv/" in _links(web, "www.adur-worthing.gov.uk", "/a-z")
    assert "operated and monitored by Sussex Police" in _main(
        web, "www.adur-worthing.gov.uk", "/news/2018/new-cctv-cameras-for-adur"
    )
    foi = _links(web, "www.rossendale.gov.uk", "/foi/disclosure-log/cctv-monitoring")
    assert any(urlsplit(u).hostname == "www.blackburn.gov.uk" for u in foi)
