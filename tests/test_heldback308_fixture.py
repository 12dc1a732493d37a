"""The three hundred and eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the audience and life-event structures the set is built from are really served (an "I want to..." picker whose
options are task numbers answered by redirects, with the camera pages only under the Request verb page; an audience
switcher whose hidden Business menu is the way to an accordion whose panels are stored after its headings, holding a
SPOC and a signed Word agreement without extension; a life-event step list as the only way in, with a step 2 claim
in a stored panel; privacy notices in tabs whose closed panels are templates; a camera page filed under the Visitor
audience with its SPOC and signed agreement in hidden tabs and a Welsh twin; a page reachable only from a hidden
mega-menu with a draft Word agreement in a tab; a step 2 claim in a read-more region closed only by a CSS class beside
a stepless mark; a legacy page whose camera facts sit in a hidden tab with a step 1 claim; homepage audience tabs as
the only way in to a page with a SPOC and a signed protocol; a page linked only from a show-more region; one fact in a
hidden park-page tab and one only in a mega-menu promo card; and councils that publish nothing but carry look-alikes).
"""

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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback308.truth import TRUTH_PATH
from fixtures.heldback308.web import Heldback308Web


@pytest.fixture(scope="module")
def web() -> Heldback308Web:
    return Heldback308Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _between(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def test_fresh_councils(web: Heldback308Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 308)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 4, "not_met": 11}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_task_picker_redirects_and_request_verb_page(web: Heldback308Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    foot = f"http://{host}/info/20129/crime_and_safety/1401/request_cctv_footage"
    home = _html(web, host, "/")
    picker = _between(home, '<form class="i-want-to"', "</form>")
    assert '<option value="14">Request CCTV footage of myself</option>' in picker and "request_cctv_footage" not in home
    r = _render(web, f"http://{host}/i-want-to/go?task=14")
    assert r.status == 302 and r.header("Location") == foot
    sec = f"http://{host}/info/20129/crime_and_safety"
    assert _linking(web, host, foot) == {f"http://{host}/i-want-to/request", sec}
    assert _linking(web, host, sec) <= {
        foot,
        f"http://{host}/info/20129/crime_and_safety/1400/community_safety_cctv_hub",
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and foot in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.hub@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_hidden_business_menu_stored_accordion_spoc_and_signed_word_isa(web: Heldback308Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    biz = "/business/business-crime-and-safety"
    home = _html(web, host, "/")
    hidden_menu = _between(home, 'id="aud-business" aria-label="Business" hidden>', "</nav>")
    assert biz in hidden_menu
    assert biz not in _between(home, 'id="aud-residents"', "</nav>")
    store = _between(_html(web, host, biz), '<div class="acc__store" hidden>', "</div></div>")
    assert "single point of contact for surveillance cameras" in store
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {biz}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert urlsplit(doc["url"]).path in store
    assert not any("moderngov" in u for u in d["5.1"]["pages"])
    assert "interactive map" in _main(web, "moderngov.rotherham.gov.uk", "/mgAi.aspx?ID=93678")


def test_life_event_steps_only_way_in_and_step_2_in_stored_panel(web: Heldback308Web, truth: dict) -> None:
    host = "www.darlington.gov.uk"
    crime = f"http://{host}/life-events/after-a-crime-accident-or-emergency"
    cctv = {f"http://{host}/your-council/cctv"} | {
        f"http://{host}/your-council/cctv-1/{sub}" for sub in ("what-we-do", "monitoring-for-businesses")
    }
    foot = f"http://{host}/your-council/cctv-1/requesting-footage"
    assert '<ol class="life-event-steps">' in _html(web, host, urlsplit(crime).path)
    inbound = (_linking(web, host, foot) | _linking(web, host, f"http://{host}/your-council/cctv")) - cctv - {foot}
    assert inbound == {crime}
    store = _between(
        _html(web, host, "/your-council/cctv-1/what-we-do"), '<div class="acc__store" hidden>', "</div></div>"
    )
    assert "full step 2 certification" in store
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "not_met"
    assert "£25,000 a year" in _main(web, host, "/news/2022/police-back-camera-upgrade")


def test_privacy_notices_in_template_tabs(web: Heldback308Web, truth: dict) -> None:
    host = "www.lincolnshire.gov.uk"
    rec = "/directory-record/62078/surveillance-camera-systems"
    listing = _html(web, host, "/privacy-notices")
    assert rec in _between(listing, '<template id="tpl-resources">', "</template>")
    assert rec not in listing.replace(_between(listing, '<template id="tpl-resources">', "</template>"), "")
    assert _linking(web, host, f"http://{host}{rec}") == {f"http://{host}/privacy-notices"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{rec}"]
    assert web.sites[host].az is False and web.sites[host].sitemap


def test_visitor_page_hidden_tabs_signed_agreement_and_welsh_twin(web: Heldback308Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    pg = "/en/Visitor/Staying-Safe/CCTV.aspx"
    page = _html(web, host, pg)
    partnership = _between(page, 'id="tabpanel-partnership" aria-labelledby="tab-partnership" hidden>', "</div>")
    assert "single point of contact for surveillance cameras" in partnership and ".pdf" in partnership
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    assert "Signed for North Wales Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert f"http://{host}/cy/Ymwelydd/Aros-yn-Ddiogel/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and all(s == "met" for s in (d[k]["status"] for k in d))


def test_page_only_in_hidden_mega_menu_and_draft_word_agreement(web: Heldback308Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    pg = "/environmental-health/community-safety/cctv-surveillance-systems/"
    for path in ("/", "/council-tax"):
        panel = _between(
            _html(web, host, path), 'class="mega__panel" id="mega-panel" hidden>', "</div></div><nav class"
        )
        assert pg in panel
    assert web.sites[host].pages[(host, "/environmental-health/")].parent is None
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Newark and Sherwood" in _main(web, host, pg) and d["5.3"]["status"] == "partial"


def test_step_2_only_in_css_collapsed_region_beside_stepless_mark(web: Heldback308Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    pg = "/info/20109/crime_and_law_enforcement/112/cctv"
    page = _html(web, host, pg)
    assert 'alt="SCC certification mark"' in page
    region = _between(page, 'class="read-more__body is-collapsed" aria-hidden="true">', "</div></div>")
    assert "step 2" in region and "step 2" not in page.replace(region, "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-06"
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_legacy_page_hidden_cctv_tab_with_step_1(web: Heldback308Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    csp = "/by-category/community-and-living2/csp"
    page = _html(web, host, csp)
    assert '<main id="main">' not in page
    tab = _between(page, 'id="tabpanel-cctv" aria-labelledby="tab-cctv" hidden>', "</div>")
    assert "step 1 (desktop) certification" in tab and "cctv@dartford.example.gov.uk" in tab
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.5"]["status"] == "partial"
    assert web.sites[host].search is None


def test_homepage_audience_tab_only_way_in_spoc_and_signed_protocol(web: Heldback308Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    pg = "/community-safety/cctv-in-stratford-district.cfm"
    home = _html(web, host, "/")
    assert pg in _between(home, 'id="tabpanel-visiting" aria-labelledby="tab-visiting" hidden>', "</div>")
    sec = f"http://{host}/community-safety"
    assert _linking(web, host, f"http://{host}{pg}") == {f"http://{host}/", f"http://{host}/a-z", sec}
    assert _linking(web, host, sec) == {f"http://{host}{pg}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in _main(web, host, pg)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire"


def test_page_only_in_show_more_region_and_dpo_only(web: Heldback308Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    pg = f"http://{host}/cctv-and-footage-requests"
    di = "/council-and-democracy/data-and-information"
    assert _linking(web, host, pg) == {f"http://{host}{di}"}
    region = _between(_html(web, host, di), 'class="read-more__body is-collapsed" aria-hidden="true">', "</div></div>")
    assert "/cctv-and-footage-requests" in region
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "Hertfordshire CCTV Partnership Limited" in _main(web, host, "/cctv-and-footage-requests")


def test_one_fact_councils(web: Heldback308Web, truth: dict) -> None:
    gedling, esbc = "www.gedling.gov.uk", "www.eaststaffsbc.gov.uk"
    rec = "/resident/parksandopenspaces/churchlanerecreationground.php"
    tab = _between(
        _html(web, gedling, rec), 'id="tabpanel-facilities" aria-labelledby="tab-facilities" hidden>', "</div>"
    )
    assert "CCTV camera covers the play area" in tab
    fact = "52 cameras keep an eye on Burton upon Trent and Uttoxeter town centres"
    for path in ("/", "/licensing", "/business/burton-bid"):
        html = _html(web, esbc, path)
        assert fact in _between(html, '<div class="mega__promo">', "</div>") and fact not in _main(web, esbc, path)
    for host, path in ((gedling, rec), (esbc, "/")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback308Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.rochford.gov.uk", "www.folkestone-hythe.gov.uk", "www.southhams.gov.uk"}, min_decoys=4
    )
    salcombe = _html(web, "www.southhams.gov.uk", "/visiting/salcombe")
    assert "number plate cameras" in _between(salcombe, '<template id="tpl-parking">', "</template>")
    town = _html(web, "www.folkestone-hythe.gov.uk", "/visiting/folkestone-town-centre")
    assert "Folkestone Town Council owns the town centre cameras" in _between(
        town, '<div class="acc__store" hidden>', "</div></div>"
    )
    assert "control room" in _main(
        web, "www.rochford.gov.uk", "/news/rochford-district-council-takes-strides-towards-enhanced-public-safety"
    )
