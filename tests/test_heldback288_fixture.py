"""The 288th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a card grid of one-topic sub-pages whose card links
carry a #main-content fragment, with a signed agreement listed only under a document library's path-segment facets;
an 'On this page' box whose footage entry leaves the page for the only link to the request page; English and Welsh
card grids where only the Welsh grid links the English documents page (with a draft agreement); an accordion nested
inside an accordion panel holding a step 1 claim; a certificate and a councils' agreement listed only under a
library's ?type= filters; an 'On this page' box of sub-page links rather than anchors; ARIA tabs with the SPOC in a
hidden panel and a signed Word protocol listed only under a past year of a library that shows the last twelve months;
sub-pages linked only from a hub's prose; an accordion of eight panels with a step 2 sentence and a SPOC, the signed
agreement in a ?service= library view; a camera page reached only by a privacy notice's breadcrumb; one-fact
councils (a card whose link leaves the site, a closed accordion panel on an office page); and councils that publish
nothing but carry look-alikes.
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

from fixtures.heldback288.truth import TRUTH_PATH
from fixtures.heldback288.web import Heldback288Web


@pytest.fixture(scope="module")
def web() -> Heldback288Web:
    return Heldback288Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback288Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 288)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_card_grid_with_fragment_links_and_agreement_only_under_facets(web: Heldback288Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    hub = "/community-safety/cctv"
    html = _html(web, host, hub)
    assert '<ul class="card-grid" aria-label="CCTV topics">' in html and 'class="in-section"' not in html
    assert f'href="{hub}/rules-we-follow#main-content"' in html
    rules = f"http://{host}{hub}/rules-we-follow"
    assert _linking(web, host, rules) == {f"http://{host}{hub}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {rules}
    assert "single point of contact" not in _main(web, host, hub)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/documents/topic/community-safety",
        f"http://{host}/documents/type/agreements",
    }
    assert f"http://{host}/documents/topic/community-safety" in _links(web, host, "/documents")
    assert "Signed for the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert "moderngov.southwark.gov.uk" in web.sites[host].hosts()
    assert not any("moderngov" in e["url"] for k in d for e in d[k]["evidence"])


def test_on_this_page_entry_leaves_the_page(web: Heldback288Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    html = _html(web, host, "/cctv")
    assert '<nav class="on-this-page" aria-label="On this page">' in html
    assert 'href="/cctv-request-footage#how-to-apply"' in html and 'href="#recordings"' in html
    req = f"http://{host}/cctv-request-footage"
    assert _linking(web, host, req) == {f"http://{host}/cctv"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["subject_access"] and req in d["5.1"]["pages"]
    assert "BS 7958" in _main(web, host, "/cctv") and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_english_documents_page_linked_only_from_the_welsh_grid(web: Heldback288Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    en = "/resident/community-safety/cctv"
    cy = "/cymraeg/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng"
    docs = f"http://{host}{en}/documents"
    assert _linking(web, host, docs) == {f"http://{host}{cy}"}
    assert docs not in _links(web, host, en)
    assert '<html lang="cy">' in _html(web, host, cy) and "Saesneg yn unig" in _main(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "DRAFT - for consultation" in _text(web, host, urlsplit(doc["url"]).path)
    assert f"http://{host}{cy}/am-ein-camerau" in d["5.1"]["pages"]


def test_accordion_nested_in_an_accordion_panel_holds_step_1(web: Heldback288Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    pg = "/community-safety/cctv-closed-circuit-television"
    html = _html(web, host, pg)
    outer = html.split('<div class="accordion__content" id="faq-4" hidden>', 1)[1]
    inner = outer.split('<div class="accordion__content" id="rules-2" hidden>', 1)[1]
    assert "step one (desktop) certification" in inner.split("</div>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial"


def test_certificate_and_councils_agreement_only_under_type_filters(web: Heldback288Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert d["5.2"]["level"] == "step2" and _linking(web, host, ev["url"]) == {
        f"http://{host}/documents/?type=certificates"
    }
    maldon = f"http://{host}/media/3760/maldon-cctv-monitoring-agreement.pdf"
    assert _linking(web, host, maldon) == {f"http://{host}/documents/?type=agreements"}
    assert "Maldon District Council" in _text(web, host, urlsplit(maldon).path)
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert '<ul class="card-grid">' in _html(web, host, "/communities/community-safety/cctv/")


def test_on_this_page_box_of_sub_pages_not_anchors(web: Heldback288Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    html = _html(web, host, "/cctv")
    box = html.split('aria-label="On this page">', 1)[1].split("</nav>", 1)[0]
    assert box.count("<li>") == 9 and "#" not in box
    for slug in ("the-control-room", "how-long-we-keep-footage", "contact-the-cctv-team"):
        assert _linking(web, host, f"http://{host}/cctv/{slug}") == {f"http://{host}/cctv"}, slug
    assert "award-winning" in _main(web, host, "/cctv/our-award")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_hidden_tab_spoc_and_protocol_only_under_a_past_year(web: Heldback288Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    panel = html.split('<section role="tabpanel" id="panel-responsible" aria-labelledby="tab-responsible" hidden>', 1)[
        1
    ]
    assert "single point of contact" in panel.split("</section>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/documents?year=2021"}
    assert doc["url"] not in _links(web, host, "/documents")
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")


def test_sub_pages_linked_only_from_the_hub_prose(web: Heldback288Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    hub = "/Community/Community-Safety/CCTV.aspx"
    assert 'class="in-section"' not in _html(web, host, hub)
    for sub in ("Mobile-CCTV-Cameras.aspx", "Request-A-CCTV-Viewing.aspx", "CCTV-Privacy-Notice.aspx"):
        assert _linking(web, host, f"http://{host}/Community/Community-Safety/CCTV/{sub}") == {f"http://{host}{hub}"}
    code = "/Documents/09-Community/Community-Safety/Hertfordshire-CCTV-Partnership-Code-of-Practice.pdf"
    assert "partnership agreement between the councils" in _text(web, host, code)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_accordion_panels_step_2_spoc_and_library_view(web: Heldback288Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    html = _html(web, host, "/streets-parking-transport/cctv")
    assert html.count('class="accordion__content"') == 8 and html.count(" hidden>") >= 8
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/documents?service=cctv"}
    assert "Signed for Cambridgeshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_camera_page_reached_only_by_a_breadcrumb(web: Heldback288Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    pg = f"http://{host}/privacy-policy/cctv"
    pn = f"{pg}/cctv-and-body-worn-cameras"
    assert _linking(web, host, pg) == {pn}
    crumb = _html(web, host, urlsplit(pn).path).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert 'href="/privacy-policy/cctv"' in crumb
    site = web.sites[host]
    assert not site.sitemap and _auth(truth, host)["heldback"]["robots_forbid_search"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and "working towards" in _main(web, host, "/privacy-policy/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_one_fact_councils(web: Heldback288Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.cherwell.gov.uk", "cameras", "/safer-communities"),
        ("www.great-yarmouth.gov.uk", "cameras", "/article/2204/Visit-Greyfriars-House"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    card = _html(web, "www.cherwell.gov.uk", "/safer-communities").split('href="https://www.thamesvalley.police.uk/"')[
        1
    ]
    assert "63 cameras" in card.split("</li>", 1)[0]
    gy = _html(web, "www.great-yarmouth.gov.uk", "/article/2204/Visit-Greyfriars-House")
    assert "no sound" in gy.split('id="visit-4" hidden>', 1)[1].split("</div>", 1)[0]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback288Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westberks.gov.uk", "www.nottinghamshire.gov.uk", "www.tandridge.gov.uk"})
    assert "Newbury Business Improvement District" in _main(web, "www.westberks.gov.uk", "/community-safety")
    assert '<main id="main">' not in _html(web, "www.tandridge.gov.uk", "/")
    assert web.sites["www.tandridge.gov.uk"].search is None
    assert "recordings are kept for up to 31 days" in _html(
        web, "www.tandridge.gov.uk", "/Your-council/Freedom-of-information/Disclosure-log/FOI-2024-311"
    )
    notts = _html(web, "www.nottinghamshire.gov.uk", "/council-and-democracy/documents?category=education")
    assert "CCTV in schools" in notts
