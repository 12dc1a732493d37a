"""The 119th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 104 to 118; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (an events calendar with endless next-month
links; print and translation copies of every page; a ColdFusion session token that doubles a site; a faceted
privacy notice directory; a soft 404 and an A to Z entry pointing at a removed page; searches that need a POST,
ignore the query or show snippets without links; a 60-page news archive; a CCTV page under a maintenance banner; a
step 2 claim only as a dated line in a history timeline; a step 1 claim only in a document library's description
column; a certificate that lapsed when the scheme closed; a signed agreement whose signatures follow six
appendices; one filed only under an opaque name in a document library; one as a Word file linked by its file name
and signed for the force under its former name; a signed protocol with a neighbouring force; a draft whose blank
signature blocks end it; a SPOC only in a nested organisation chart, one in a policy's responsibilities section and
one described in a code's roles section without the words 'single point of contact'; a Welsh-first site whose
English page is a summary; one fact in a community safety partnership report, on a page selling monitoring to
businesses and under a maintenance banner; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import io
import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from pypdf import PdfReader
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

from fixtures.heldback.truth import link_graph
from fixtures.heldback119.truth import TRUTH_PATH
from fixtures.heldback119.web import Heldback119Web


@pytest.fixture(scope="module")
def web() -> Heldback119Web:
    return Heldback119Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_real_councils_none_from_sets_104_to_118(web: Heldback119Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 119)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_events_calendar_with_endless_next_month_links(web: Heldback119Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    assert f"http://{host}/whats-on" in _links(web, host, "/")
    month = _links(web, host, "/whats-on?month=2026-03&view=list")
    assert f"http://{host}/whats-on?month=2026-04&view=list" in month
    graph = link_graph(web, web.sites[host])
    months = {u for u in graph if "/whats-on?" in u}
    assert len(months) == 2 * 13 * 12, "every month from 2019 to 2031, as a list and as a grid"
    assert _render(web, f"http://{host}/whats-on?month=2032-01&view=list").status == 404
    d = _auth(truth, host)["deliverables"]
    assert not any("whats-on" in e["url"] for k in d for e in d[k]["evidence"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("jcc@")
    assert "Metropolitan Police" in _main(web, host, "/community-safety/live-facial-recognition")


def test_print_and_translation_copies_opaque_library_agreement_and_unnamed_spoc(
    web: Heldback119Web, truth: dict
) -> None:
    host = "www.kirklees.gov.uk"
    pg = "/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    links = set(_links(web, host, pg))
    assert {f"http://{host}{pg}?print=1", f"http://{host}{pg}?lang=ur", f"http://{host}{pg}?lang=pl"} <= links
    assert _html(web, host, f"{pg}?lang=pl") == _html(web, host, pg)
    graph = link_graph(web, web.sites[host])
    assert sum("?print=1" in u for u in graph) >= 120
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    lib = f"http://{host}/beta/document-library/community-safety.aspx"
    assert doc["signed"] and doc["force"] == "West Yorkshire" and doc["url"].endswith("/doc48213.pdf")
    assert {u.split("?")[0] for u in _linking(web, host, doc["url"])} == {lib}
    assert ">doc48213.pdf</a>" in _html(web, host, urlsplit(lib).path)
    assert "West Yorkshire" not in _main(web, host, urlsplit(lib).path)
    code = "/beta/transport-roads-and-parking/pdf/kirklees-cctv-code-of-practice.pdf"
    text = _text(web, host, code)
    assert "single point of contact" not in text.lower() and "lead officer for every surveillance camera" in text
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {code}


def test_step_2_in_history_timeline_and_signatures_after_appendices(web: Heldback119Web, truth: dict) -> None:
    host = "www.darlington.gov.uk"
    what = "/your-council/cctv/what-we-do"
    assert "<li>2019: independent auditors award the service full step 2 certification" in _html(web, host, what)
    assert "step 2" not in _main(web, host, "/your-council/cctv").lower() and "<img" not in _html(web, host, what)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {what}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Durham"
    assert len(PdfReader(io.BytesIO(_render(web, doc["url"]).body)).pages) >= 4
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Appendix F") < text.index("Signed on behalf of Durham Constabulary")
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "deployable camera policy" in _main(web, "democracy.darlington.gov.uk", "/mgAi.aspx?ID=20611").lower()


def test_faceted_privacy_notice_directory(web: Heldback119Web, truth: dict) -> None:
    host = "www.lincolnshire.gov.uk"
    rec = f"http://{host}/directory-record/62078/surveillance-camera-systems"
    into = _linking(web, host, rec)
    assert into and all("/directory/privacy-notices?" in u for u in into)
    graph = link_graph(web, web.sites[host])
    assert len({u for u in graph if "/directory/privacy-notices?" in u}) >= 25
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [rec]
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))
    assert "Road Safety Partnership" in _main(web, host, "/roads-and-transport-safety/safety-cameras")


def test_welsh_first_site_with_english_summary(web: Heldback119Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    en, cy = "/en/Resident/Community-Safety/CCTV", "/cy/Preswylwyr/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng"
    assert "summary" in _main(web, host, en) and "31" not in _main(web, host, en)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert f"http://{host}{cy}" in d51["pages"] and f"http://{host}{en}" in d51["pages"]
    assert "Cedwir recordiadau am 31 diwrnod" in _main(web, host, cy)
    assert d51["criteria"]["retention"] and d51["criteria"]["subject_access"]
    assert web.sites[host].pages[(host, "/en/council-tax")].parent == "/en"


def test_session_token_library_step_1_and_neighbouring_force(web: Heldback119Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    token = "CFID=48213&CFTOKEN=99120417"
    assert f"http://{host}/my-account.cfm?{token}" in _links(web, host, "/")
    tokened = _links(web, host, f"/community/crime_and_safety/cctv.cfm?{token}")
    assert tokened and all(token in u for u in tokened if urlsplit(u).path.startswith("/community"))
    graph = link_graph(web, web.sites[host])
    assert f"http://{host}/community/crime_and_safety/cctv_documents.cfm?{token}" in graph
    lib = "/community/crime_and_safety/cctv_documents.cfm"
    assert "Step 1 (desktop) certification" in _text(web, host, lib)
    assert "step 1" not in _text(web, host, "/community/crime_and_safety/cctv.cfm").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-05-12"
    brandon = "/documents/cctv/brandon-image-sharing-protocol.pdf"
    assert "Signed on behalf of Norfolk Constabulary" in _text(web, host, brandon)
    assert d["5.5"]["status"] == "not_met" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_soft_404_and_one_fact_in_partnership_report(web: Heldback119Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    gone = f"http://{host}/community/crime-community-safety/cctv"
    assert gone in _links(web, host, "/a-z")
    r = _render(web, gone)
    assert r.status == 200 and b"can't find the page" in r.body
    assert _render(web, f"http://{host}/no-such-page-at-all").status == 200
    d = _auth(truth, host)["deliverables"]
    assert gone not in d["5.1"]["pages"]
    assert "Amphora" in _main(web, "tdcdemocracy.tendringdc.gov.uk", "/mgAi.aspx?ID=35765")


def test_searches_that_post_ignore_the_query_or_show_snippets(web: Heldback119Web) -> None:
    ere = "www.erewash.gov.uk"
    assert 'method="post" role="search"' in _html(web, ere, "/")
    assert "cctv" not in _main(web, ere, "/search?q=cctv").lower()
    utt = "www.uttlesford.gov.uk"
    a_, b_ = _html(web, utt, "/search?q=cctv"), _html(web, utt, "/search?q=zebra+crossings")
    ol = a_.split('<ol class="results">', 1)[1].split("</ol>", 1)[0]
    assert ol.count("<li>") == 40 and ol in b_ and "town-and-parish-councils" not in ol
    sw = "www.swale.gov.uk"
    html = _html(web, sw, "/search?q=cameras")
    ol = html.split('<ol class="results">', 1)[1].split("</ol>", 1)[0]
    assert "camera" in ol.lower() and "<a " not in ol


def test_maintenance_banner_and_robots(web: Heldback119Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    assert 'class="maintenance-banner"' in _html(web, host, "/community-safety/cctv")
    a_ = _auth(truth, host)
    assert a_["heldback"]["robots_forbid_search"] and a_["deliverables"]["5.3"]["status"] == "not_met"
    assert _auth(truth, "www.gosport.gov.uk")["heldback"]["robots_forbid_search"]


def test_word_agreement_by_file_name_former_force_name_and_policy_spoc(web: Heldback119Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    art = "/article/1666/CCTV-Policy"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert f">{urlsplit(doc['url']).path.rsplit('/', 1)[-1]}</a>" in _html(web, host, art)
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Hampshire Constabulary" in text and "Isle of Wight" not in text
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {art}
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_nested_org_chart_spoc_and_draft_with_blank_signatures(web: Heldback119Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    chart = "/about-the-council/how-the-council-works/management-structure/environmental-services"
    assert '<ul class="org-chart">' in _html(web, host, chart)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {chart}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "Signed on behalf of Cambridgeshire Constabulary: ...." in text
    assert d["5.1"]["criteria"]["standards"] and d["5.2"]["status"] == "not_met"


def test_lapsed_certificate(web: Heldback119Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    pg = "/info/20010/community_safety/1850/town_centre_cctv"
    assert "has now lapsed" in _main(web, host, pg) and "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017"
    assert not d["5.2"]["mark_displayed"]
    assert "senior responsible owner" in _main(web, host, "/info/20011/regeneration/1901/town_hall_quarter")
    assert d["5.3"]["status"] == "partial"


def test_sixty_page_news_archive(web: Heldback119Web) -> None:
    host = "www.harlow.gov.uk"
    graph = link_graph(web, web.sites[host])
    assert len({u for u in graph if "/news?page=" in u}) == 60
    assert f"http://{host}/news/new-cameras-for-market-street" in _links(web, host, "/news?page=1")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        (
            "www.tendringdc.gov.uk",
            "statistics",
            "/community/crime-community-safety/community-safety-partnership/annual-report-2024-25",
        ),
        ("www.swale.gov.uk", "cameras", "/business/commercial-services/cctv-monitoring-for-businesses"),
        ("www.stevenage.gov.uk", "retention", "/community-safety/cctv"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback119Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.erewash.gov.uk", "www.uttlesford.gov.uk", "www.harlow.gov.uk"})
    assert "town council" in _main(web, "www.uttlesford.gov.uk", "/town-and-parish-councils").lower()
