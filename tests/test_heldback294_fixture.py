"""The two hundred and ninety-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the time-bound structures the set is built from are really served (a dated change list and a documents table
whose police agreement row has expired and is under renewal, beside a superseded code kept as an archived page; a
step 2 claim only in 2021 award news under a dated note that it has lapsed; a SPOC designated from a date; an
agreement signed only in its review record, served without extension; a privacy notice holding all the facts beside
a former council's withdrawn code; a shared monitoring service between councils ending on a date; an SRO-SPOC only
in a privacy PDF; signs only on a closed consultation; a privacy notice with an inline out-of-date section; current
and superseded agreements side by side, the current one a signed Word file; a signed agreement only as an HTML page
with a term, the expired one archived beside it; one fact on a page marked out of date on a legacy layout; a lapsed
step 2 only in a policy's review schedule; a Word draft for renewal; step 1 only in an archived annual review; a
take-over page dated 1 April 2026 beside the archived contractor-era page; robots.txt forbidding the search; a
bilingual site; and councils that publish nothing but carry dated look-alikes).
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

from fixtures.heldback294.truth import TRUTH_PATH
from fixtures.heldback294.web import Heldback294Web


@pytest.fixture(scope="module")
def web() -> Heldback294Web:
    return Heldback294Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback294Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 294)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_change_list_expired_isa_row_and_archived_code(web: Heldback294Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    cc = "/services/community_safety/crime_prevention/cctv"
    html = _html(web, host, cc)
    assert "<h2>What has changed</h2>" in html and "<time>April 2025</time>" in html
    assert '<th scope="col">Status</th><th scope="col">Review by</th>' in html
    assert "<td>Expired 31 March 2025; renewal under way, not yet published</td>" in html
    old = f"http://{host}{cc}/code_of_practice_2016"
    assert _linking(web, host, old) == {f"http://{host}{cc}"}
    assert "no longer maintained" in _main(web, host, _path(old)) and "1998" in _main(web, host, _path(old))
    d = _auth(truth, host)["deliverables"]
    assert old not in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["status"] == "partial"


def test_step_2_only_in_dated_award_news_and_isa_signed_in_review_record(web: Heldback294Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    d = _auth(truth, host)["deliverables"]
    art = f"http://{host}/news/article/3914/city-cctv-cameras-receive-national-recognition"
    main = _main(web, host, _path(art))
    assert main.index("Update, 1 December 2025") < main.index("step 2") and "Published Monday, 12 July 2021." in main
    assert _linking(web, host, art) == {f"http://{host}/news"}
    assert "step 2" not in _main(web, host, "/crime-and-safety/cctv") and "<img" not in _html(
        web, host, "/crime-and-safety/cctv"
    )
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-07"
    assert not d["5.2"]["mark_displayed"] and {e["url"] for e in d["5.2"]["evidence"]} == {art}
    assert not any("/news/" in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, _path(doc["url"]))
    assert text.index("Review record") < text.index("Signed for and on behalf of West Midlands")
    assert "(from 1 February 2025)" in _main(web, host, "/crime-and-safety/cctv") and d["5.3"]["status"] == "met"


def test_privacy_notice_only_and_former_councils_withdrawn_code(web: Heldback294Web, truth: dict) -> None:
    host = "www.buckinghamshire.gov.uk"
    dem = "buckinghamshire.moderngov.co.uk"
    pn = f"http://{host}/your-council/privacy/privacy-information-for-specific-services/cctv-and-privacy"
    d = _auth(truth, host)["deliverables"]
    assert set(d["5.1"]["pages"]) == {pn}
    code = f"http://{host}/sites/default/files/legacy/wycombe-cctv-code-of-practice-2017.pdf"
    assert _linking(web, host, code) == {f"http://{host}/your-council/privacy/documents-from-the-former-councils"}
    assert "WITHDRAWN" in _text(web, host, _path(code)) and not d["5.1"]["criteria"]["policy"]
    assert "DRAFT" in _text(web, dem, "/documents/s61920/CCTV Strategy update.pdf")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_ending_shared_service_spoc_only_in_pdf_and_closed_consultation(web: Heldback294Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    cc = "/for-you/crime-safety-emergencies/cctv-surveillance-systems"
    main = _main(web, host, cc)
    assert "Change from 1 April 2026" in main and "shared services agreement" in main
    assert "single point of contact" not in main
    d = _auth(truth, host)["deliverables"]
    assert {_path(e["url"]) for e in d["5.3"]["evidence"]} == {
        "/media/4120/public-space-camera-surveillance-privacy-notice.pdf"
    }
    con = "/about-the-council/consultations/consultation-camera-surveillance-derby-road"
    assert "This consultation has closed." in _main(web, host, con) and f"http://{host}{con}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "not_met"


def test_inline_out_of_date_section_and_dated_news(web: Heldback294Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    pn = "/about-council/information-and-data/privacy/shbc-cctv-privacy-notice"
    main = _main(web, host, pn)
    assert main.index("This section is out of date") < main.index("Woking Borough Council manages the CCTV")
    assert "Next review due: May 2024." in main
    news = "/news/2025/improved-cctv-service-reduced-cost-proposed-camberley"
    assert "http://surreyheath.moderngov.co.uk/mgAi.aspx?ID=11880" in _links(web, host, news)
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"] and a["deliverables"]["5.5"]["status"] == "partial"


def test_current_signed_word_isa_beside_superseded_expired_one(web: Heldback294Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    html = _html(web, host, "/community/community-safety/cctv")
    assert html.index("<h2>Current documents</h2>") < html.index("<h2>Superseded documents</h2>")
    d = _auth(truth, host)["deliverables"]
    cur, old = d["5.5"]["documents"]
    assert cur["signed"] and old["signed"] and cur["date"] > old["date"]
    assert (_render(web, cur["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "SUPERSEDED" in _text(web, host, _path(old["url"]))
    assert html.index(_path(old["url"])) > html.index("<h2>Superseded documents</h2>")
    assert d["5.5"]["status"] == "met" and {e["url"] for e in d["5.5"]["evidence"]} >= {cur["url"]}


def test_signed_html_agreement_with_term_and_archived_expired_one(web: Heldback294Web, truth: dict) -> None:
    host = "www.arun.gov.uk"
    ag = "/cctv-monitoring-agreement-sussex-police"
    html = _html(web, host, ag)
    assert '<th scope="col">Signed by</th>' in html and "Term: 1 April 2025 to 31 March 2028." in html
    d = _auth(truth, host)["deliverables"]
    urls = {doc["url"] for doc in d["5.5"]["documents"]}
    assert f"http://{host}{ag}" in urls and f"http://{host}/media/cctv/cctv-funding-agreement-2012.pdf" in urls
    assert _linking(web, host, f"http://{host}/media/cctv/cctv-funding-agreement-2012.pdf") == {f"http://{host}{ag}"}
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {"/cctv-strategy"}


def test_lapsed_step_2_in_review_schedule_and_draft_for_renewal(web: Heldback294Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "step 2" not in _main(web, host, "/cctv").lower() and "<img" not in _html(web, host, "/cctv")
    pol = "/sites/default/files/cctv/Stafford-Borough-CCTV-Policy.pdf"
    text = _text(web, host, pol)
    assert text.index("Review schedule") < text.index("step 2 (full)") and "not renewed" in text
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "...................." in _text(web, host, _path(doc["url"]))
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_1_only_in_archived_annual_review(web: Heldback294Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    arc = "/community-safety/cctv/annual-reviews/2018-19"
    main = _main(web, host, arc)
    assert "Archived review" in main and "step 1" in main
    assert "step 1" not in _main(web, host, "/community-safety/cctv/annual-reviews/2023-24")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and {_path(e["url"]) for e in d["5.2"]["evidence"]} == {arc}
    assert "Document review date: 31 March 2016." in _text(
        web, host, "/media/3321/cctv-privacy-impact-assessment-2015-16.pdf"
    )
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "met"


def test_take_over_page_beside_archived_contractor_page(web: Heldback294Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    assert "<h2>Changes from 1 April 2026</h2>" in _html(web, host, "/w/public-space-cctv")
    old = f"http://{host}/w/town-centre-cctv-rugby-first"
    assert _linking(web, host, old) == {f"http://{host}/w/public-space-cctv"}
    assert "no longer updated" in _main(web, host, _path(old))
    d = _auth(truth, host)["deliverables"]
    assert old not in d["5.1"]["pages"] and d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback294Web, truth: dict) -> None:
    for host, path in (
        ("www.broxbourne.gov.uk", "/node/812"),
        ("www.southderbyshire.gov.uk", "/our-services/town-centre/swadlincote-town-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "This page is out of date" in _html(web, "www.broxbourne.gov.uk", "/node/812")
    site = web.sites["www.broxbourne.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, "www.broxbourne.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_dated_decoys(web: Heldback294Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.powys.gov.uk", "www.lewes-eastbourne.gov.uk"})
    assert "Published 28 February 2018." in _main(
        web, "www.hants.gov.uk", "/news/yourhampshire/2018/ask-the-expert-keeping-roads-moving"
    )
    assert "http://www.powys.gov.uk/cy" in _links(web, "www.powys.gov.uk", "/")
    assert '<html lang="cy">' in _html(web, "www.powys.gov.uk", "/cy/erthygl/3021/Amodau-trwyddedu-tacsis")
    assert "Published 21 March 2025." in _main(
        web, "www.lewes-eastbourne.gov.uk", "/news/2025/community-safety-partnership-update"
    )
