"""The two hundred and ninety-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the navigation each site is built from is really served: a services card landing whose topic hub
lists the camera page only on the second page of a zero-based pager; 'I want to' verb hubs paged alphabetically
with the footage task on page 2 and governance only in a related-pages box; A to Z letter pages truncated with a
'Show all' link; a privacy notice on page 3 of a paged listing with rel prev/next hints; hub tabs served as
separate addresses with the camera page only on the Services tab and a Welsh twin; a mega menu whose panel only
says 'View all' and a paged card landing; a topic hub browsed only by letter; a step-by-step sidebar; an audience
switcher on a legacy site; a chain of two related-pages boxes; a paged documents library sortable by title; a
paged parks directory; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback292.truth import TRUTH_PATH
from fixtures.heldback292.web import Heldback292Web


@pytest.fixture(scope="module")
def web() -> Heldback292Web:
    return Heldback292Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(auth: dict, key: str) -> set[str]:
    return {urlsplit(e["url"]).path for e in auth["deliverables"][key]["evidence"]}


def test_councils_are_fresh(web: Heldback292Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 292)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_card_landing_and_zero_based_topic_pager(web: Heldback292Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    hub = f"http://{host}/safety-crime-and-emergencies"
    cam = f"{hub}/public-space-cctv"
    assert 'class="card-grid"' in _html(web, host, "/services")
    assert hub in _links(web, host, "/services")
    assert cam not in _links(web, host, "/safety-crime-and-emergencies")
    assert _linking(web, host, cam) == {f"{hub}?page=1", f"{cam}/request-cctv-images"}
    assert '<link rel="prev" href="/safety-crime-and-emergencies">' in _html(
        web, host, "/safety-crime-and-emergencies?page=1"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Metropolitan Police" in _text(
        web, host, "/sites/default/files/2024-05/public-space-cctv-code-of-practice.pdf"
    )


def test_verb_hub_page_two_and_related_box_governance(web: Heldback292Web, truth: dict) -> None:
    host = "www.wolverhampton.gov.uk"
    cam = f"http://{host}/crime-and-safety/cctv"
    task = f"{cam}/request-cctv-footage"
    gov = f"{cam}/camera-governance"
    assert _linking(web, host, task) == {f"http://{host}/i-want-to/request?page=2", cam}
    assert task not in _links(web, host, "/i-want-to/request")
    assert cam not in _links(web, host, "/crime-and-safety")
    assert _linking(web, host, gov) == {cam}
    assert '<aside class="related-pages"' in _html(web, host, "/crime-and-safety/cctv")
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-05" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of City of Wolverhampton Council" in text and "on behalf of West Midlands Police" in text
    assert d["5.3"]["status"] == "met" and _paths(a, "5.3") == {"/crime-and-safety/cctv/camera-governance"}


def test_a_to_z_letter_page_truncated_with_show_all(web: Heldback292Web, truth: dict) -> None:
    host = "www.leicester.gov.uk"
    cam = f"http://{host}/your-council-services/council-and-democracy/data-protection-and-foi/requests-for-cctv-footage"
    assert web.sites[host].search is None
    letter = _links(web, host, "/a-z/c")
    assert cam not in letter and f"http://{host}/a-z/c?all=1" in letter
    assert "Show all 18 services beginning with C" in _main(web, host, "/a-z/c")
    assert _linking(web, host, cam) == {f"http://{host}/a-z/c?all=1"}
    main = _main(web, host, urlsplit(cam).path)
    assert "Data Protection Act 1998" in main and "£10 fee" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_privacy_notice_on_page_three_with_rel_hints(web: Heldback292Web, truth: dict) -> None:
    host = "www.eastsussex.gov.uk"
    listing = "/privacy/service-privacy-notices"
    assert _linking(web, host, f"http://{host}/privacy/cctv") == {f"http://{host}{listing}?page=3"}
    page2 = _html(web, host, f"{listing}?page=2")
    assert f'<link rel="next" href="{listing}?page=3">' in page2 and f'<link rel="prev" href="{listing}">' in page2
    assert "Showing 21 to 24 of 24" in _main(web, host, f"{listing}?page=3")
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}/privacy/cctv"]
    assert all(a["deliverables"][k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))
    assert "Sussex Safer Roads Partnership" in _main(web, host, "/roads-and-transport/safety-cameras")


def test_hub_tabs_as_addresses_and_welsh_twin(web: Heldback292Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    hub = "/en/living/Safer-Vale/Safer-Vale.aspx"
    cam = f"http://{host}/en/living/Safer-Vale/CCTV.aspx"
    cy = f"http://{host}/cy/byw/Fro-Fwy-Diogel/Teledu-Cylch-Cyfyng.aspx"
    assert 'role="tablist"' in _html(web, host, hub)
    assert cam not in _links(web, host, hub)
    assert _linking(web, host, cam) == {f"http://{host}{hub}?tab=services"}
    assert _linking(web, host, cy) == {cam}
    assert '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    d = _auth(truth, host)["deliverables"]
    assert cy in d["5.1"]["pages"] and d["5.1"]["criteria"]["police_agreement"]
    assert "Cardiff Council" in _main(web, host, urlsplit(cam).path)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_mega_menu_view_all_and_paged_card_landing(web: Heldback292Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    fact = f"http://{host}/community/shoreham-town-centre-safety"
    html = _html(web, host, "/news")
    assert 'class="mega-menu__panel" hidden' in html and "View all Community" in html
    assert _linking(web, host, fact) == {f"http://{host}/community?page=2"}
    assert 'class="card-grid"' in _html(web, host, "/community?page=2")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert "Worthing Borough Council" in _main(web, host, "/news/worthing-cctv-upgrade")


def test_topic_browsed_by_letter_mark_and_signed_word_protocol(web: Heldback292Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    cam = f"http://{host}/safety-emergencies/cctv"
    assert cam not in _links(web, host, "/safety-emergencies")
    assert _linking(web, host, cam) == {f"http://{host}/safety-emergencies?letter=c"}
    assert 'alt="Surveillance Camera Code Compliant"' in _html(web, host, "/safety-emergencies/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")


def test_step_by_step_sidebar_and_draft_agreement(web: Heldback292Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    asb = "/residents/community/anti-social-behaviour"
    cam = f"http://{host}/residents/community/cctv"
    assert web.sites[host].search is None
    assert 'class="step-nav"' in _html(web, host, asb)
    assert cam not in _links(web, host, "/residents/community")
    steps = {f"http://{host}{asb}", f"http://{host}{asb}/keep-a-diary", f"http://{host}{asb}/community-trigger"}
    assert _linking(web, host, cam) == steps | {cam}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]


def test_audience_switcher_on_legacy_site(web: Heldback292Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    cam = f"http://{host}/community-safety/cctv.cfm"
    assert '<main id="main">' not in _html(web, host, "/") and web.sites[host].search is None
    assert f"http://{host}/business.cfm" in _links(web, host, "/")
    assert cam not in _links(web, host, "/community-safety.cfm")
    assert _linking(web, host, cam) == {
        f"http://{host}/business/business-crime.cfm",
        f"http://{host}/community-safety/cctv-partners.cfm",
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert "BS 7958" in _text(web, host, "/community-safety/cctv.cfm")
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["force"] == "Warwickshire"


def test_chain_of_related_pages_boxes(web: Heldback292Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    cs = f"http://{host}/resident/communitysafety/"
    asb = f"http://{host}/resident/communitysafety/antisocialbehaviour/"
    cam = f"http://{host}/resident/communitysafety/cctv/"
    assert _linking(web, host, cam) == {asb}
    assert _linking(web, host, asb) == {cs}
    assert asb not in _links(web, host, "/resident/") and cam not in _links(web, host, "/resident/communitysafety/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "agreement" not in _main(web, host, "/resident/communitysafety/cctv/")


def test_code_only_in_paged_sortable_library(web: Heldback292Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    code = f"http://{host}/documents/cctv-control-centre-code-of-practice.pdf"
    assert code not in _links(web, host, "/CCTV")
    assert _linking(web, host, code) == {f"http://{host}/documents?page=2", f"http://{host}/documents?sort=title"}
    assert f"http://{host}/documents?sort=title&page=2" in _links(web, host, "/documents?sort=title")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in _text(web, host, urlsplit(code).path)
    assert d["5.5"]["status"] == "partial" and _paths(_auth(truth, host), "5.5") == {urlsplit(code).path}


def test_one_fact_on_page_three_of_parks_directory(web: Heldback292Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    parks = "/directory/3/parks_and_green_spaces"
    fact = f"http://{host}{parks}/entry/priory_park"
    assert _linking(web, host, fact) == {f"http://{host}{parks}?page=2"}
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [fact]
    assert "Petition" in _main(web, "reigate-banstead.moderngov.co.uk", "/mgAi.aspx?ID=9751")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback292Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.southhams.gov.uk", "www.folkestone-hythe.gov.uk", "www.north-herts.gov.uk"}
    )
    assert "Load more" in _main(web, "www.folkestone-hythe.gov.uk", "/news")
    assert 'class="mega-menu__panel"' in _html(web, "www.north-herts.gov.uk", "/")
    assert "Dartmouth Town Council" in _main(web, "www.southhams.gov.uk", "/community-safety")
