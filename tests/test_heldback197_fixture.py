"""The hundred and ninety-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a five-page guide joined only by Next and Previous links
with the SPOC on its last page; nine service-area tabs with step 2 and the protocol mention in hidden panels; a CCTV
page reached only from a mega-menu panel, with a hidden accordion holding step 1 and a signed memorandum without
extension in a related-documents sidebar; a bridge sub-page reached only from cards; a bilingual chooser with .aspx
twins and the mark in a hidden tab; five short pages sharing a related-pages sidebar and a signed agreement linked
only from another page's sidebar; a CCTV page only on page 2 of a paginated listing; a signed agreement as four short
HTML pages; a SPOC reached only through a related-pages sidebar beside another council's certification; mobile
cameras on card-linked short pages with a draft Word agreement; one fact in a hidden tab; a paginated camera table;
robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback197.truth import TRUTH_PATH
from fixtures.heldback197.web import Heldback197Web


@pytest.fixture(scope="module")
def web() -> Heldback197Web:
    return Heldback197Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _hidden_panel(html: str, text: str) -> bool:
    """``text`` sits inside an element carrying ``hidden`` (a closed tab panel or accordion body)."""
    for m in re.finditer(r"<div [^>]*hidden>", html):
        end = html.find("</div>", m.end())
        if text in html[m.end() : end]:
            return True
    return False


def test_fresh_councils(web: Heldback197Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 197)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_guide_joined_only_by_next_and_previous_links(web: Heldback197Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    g = f"http://{host}/crime-prevention-community-safety/cctv"
    for n in (2, 3, 4, 5):
        expected = {f"{g}/{n - 1}"} | ({f"{g}/{n + 1}"} if n < 5 else set())
        assert _linking(web, host, f"{g}/{n}") == expected, n
    assert "Next: Obtaining CCTV footage" in _main(web, host, "/crime-prevention-community-safety/cctv/1")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"{g}/5"}
    assert "single point of contact" not in _main(web, host, "/crime-prevention-community-safety/cctv/1")
    assert "£10" in _main(web, host, "/crime-prevention-community-safety/cctv/2")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_service_area_tabs_with_hidden_panels(web: Heldback197Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    path = "/council/strategies-plans-and-policies/crime-and-community-safety/cctv-monitoring-codes-of-practice/"
    html = _html(web, host, path)
    assert html.count('role="tab"') == 9 and html.count('role="tabpanel"') == 9
    assert not _hidden_panel(html, "awarded full step 2 certification")  # the first tab is open
    assert _hidden_panel(html, "joint working protocol")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-10" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "3,186" in _main(web, host, "/news/city-watch-year/")
    assert f"http://{host}/news/city-watch-year/" not in d["5.1"]["pages"]


def test_mega_menu_only_accordion_step_1_and_memorandum_in_sidebar(web: Heldback197Web, truth: dict) -> None:
    host = "www.telford.gov.uk"
    cctv = f"http://{host}/info/20027/community_safety/4312/cctv"
    assert _linking(web, host, cctv) == {f"http://{host}/"}
    assert '<nav class="mega-menu"' in _html(web, host, "/") and 'class="mega-menu__panel" id="mm-3" hidden' in _html(
        web, host, "/"
    )
    html = _html(web, host, urlsplit(cctv).path)
    assert _hidden_panel(html, "step one (desktop) certification")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022-03"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {cctv} and '<aside class="sidebar"' in html
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of West Mercia Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_on_a_card_linked_bridge_page(web: Heldback197Web, truth: dict) -> None:
    host = "www.norfolk.gov.uk"
    hb = f"http://{host}/roads-and-transport/major-projects/herring-bridge"
    op = f"{hb}/operating-the-bridge"
    assert _linking(web, host, op) == {hb} and 'class="card-grid"' in _html(web, host, urlsplit(hb).path)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [op]
    assert "Safety Camera Partnership" in _main(web, host, "/roads-and-transport/safety-cameras")


def test_bilingual_chooser_aspx_twins_and_mark_in_hidden_tab(web: Heldback197Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    en = "/en/Residents/Community-safety/CCTV.aspx"
    cy = "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng.aspx"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert '<html lang="en">' in _html(web, host, en) and '<html lang="cy">' in _html(web, host, cy)
    html = _html(web, host, en)
    assert _hidden_panel(html, 'alt="Surveillance Camera Code of Practice certification mark"')
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_short_pages_with_shared_sidebar_and_agreement_only_in_another_sidebar(
    web: Heldback197Web, truth: dict
) -> None:
    host = "www.southderbyshire.gov.uk"
    hub = "/our-services/community-safety/cctv"
    for sub in ("", "/where-the-cameras-are", "/recordings", "/footage-of-yourself", "/who-is-responsible"):
        assert '<aside class="sidebar" aria-label="Related pages">' in _html(web, host, hub + sub), sub
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/our-services/community-safety/safer-south-derbyshire-partnership"
    }
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{hub}/who-is-responsible"}


def test_cctv_only_on_page_2_of_a_paginated_listing(web: Heldback197Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    assert _linking(web, host, f"http://{host}/community-safety/cctv") == {f"http://{host}/community-safety?page=2"}
    assert '<nav class="pager"' in _html(web, host, "/community-safety")
    html = _html(web, host, "/community-safety/cctv")
    assert _hidden_panel(html, "working towards third-party certification")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_as_four_short_html_pages(web: Heldback197Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and urlsplit(doc["url"]).path == "/node/2210"
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {"/node/2213"}
    assert "Signed for" not in _main(web, host, "/node/2210")
    for n in (2211, 2212, 2213):
        assert _linking(web, host, f"http://{host}/node/{n}") == {f"http://{host}/node/{k}" for k in range(2210, 2214)}
        assert 'aria-label="Parts of this agreement"' in _html(web, host, f"/node/{n}")
    assert "BS 7958" in _main(web, host, "/node/496") and d["5.2"]["status"] == "not_met"


def test_spoc_only_through_sidebar_beside_another_councils_certification(web: Heldback197Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    cctv = f"http://{host}/community-safety/cctv"
    contact = f"{cctv}/contact"
    assert cctv in _linking(web, host, contact)
    assert all("/community-safety/cctv" in u for u in _linking(web, host, contact))
    main = _main(web, host, "/community-safety/cctv")
    assert "holds its own certification" in main and "service agreement between the two councils" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert _auth(truth, host)["heldback"]["democracy_host"] == "moderngov.newcastle-staffs.gov.uk"


def test_card_linked_short_pages_and_draft_word_agreement(web: Heldback197Web, truth: dict) -> None:
    host = "www.sstaffs.gov.uk"
    hub = f"http://{host}/community-safety/mobile-cctv"
    for sub in ("why-we-use-them", "where-they-go", "recordings", "requesting-footage", "policy-and-agreements"):
        assert _linking(web, host, f"{hub}/{sub}") == {hub}, sub
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Staffordshire"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_one_fact_in_a_hidden_tab(web: Heldback197Web, truth: dict) -> None:
    host = "www.midsuffolk.gov.uk"
    html = _html(web, host, "/visiting/stowmarket-town-centre/")
    assert _hidden_panel(html, "West Suffolk Council's control room")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert "Babergh District Council's cameras" in _main(web, host, "/community/babergh-town-centre-cameras/")


def test_paginated_camera_table_and_sidebar_only_spoc(web: Heldback197Web, truth: dict) -> None:
    host = "www.ne-derbyshire.gov.uk"
    locs = "/info/200018/community_safety/1102/camera_locations"
    assert "Redeployable" in _main(web, host, f"{locs}?page=3") and "Redeployable" not in _main(web, host, locs)
    assert f"http://{host}{locs}?page=3" in _links(web, host, f"{locs}?page=2")
    gov = f"http://{host}/info/200018/community_safety/1103/surveillance_camera_governance"
    assert _linking(web, host, gov) == {f"http://{host}/info/200018/community_safety/1101/cctv"}
    assert "strategic alliance agreement" in _main(web, host, urlsplit(gov).path)
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback197Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bolsover.gov.uk", "www.fdean.gov.uk", "www.blaby.gov.uk"})
    assert "does not operate public space CCTV" in _text(web, "www.fdean.gov.uk", "/foi/responses/public-space-cctv")
    assert web.sites["www.fdean.gov.uk"].search is None
    assert "<main" not in _html(web, "www.fdean.gov.uk", "/")
    assert _hidden_panel(_html(web, "www.blaby.gov.uk", "/community-safety/faqs"), "does not run town centre cameras")
