"""The two hundred and twelfth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the
structures the set is built from are really served (a Welsh-first site whose English camera page is left out of the
English menus and reached only by the Welsh twin's language link; a step 2 claim only in an annual report Word file
without extension; a signed Met agreement as a PDF without extension; a 'second stage' claim only in a fact sheet
PDF without extension; a 'desktop stage (step one)' sentence on a sub-page; an SRO named only in a complaints
paragraph; protocol signatures stated on a page while the Word protocol without extension carries none; a privacy
notice as a Word file without extension as the only disclosure; a SPOC in a contact-card aside; a draft agreement
without extension; a three-party agreement signed by the constabulary as a Word file without extension; a camera
page five levels down on a site whose search is switched off; a camera page four levels down on a site without
search; another body's certification on the council's own page; robots.txt forbidding the search; one-fact councils;
and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback212.truth import TRUTH_PATH
from fixtures.heldback212.web import Heldback212Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback212Web:
    return Heldback212Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _served_doc(web: Heldback212Web, url: str, ctype: str) -> None:
    """The document answers with ``ctype`` and a file name, at an address without extension."""
    r = _render(web, url)
    assert r.status == 200 and r.header("Content-Type") == ctype, url
    assert _no_extension(url) and "filename=" in (r.header("Content-Disposition") or ""), url


def test_fresh_councils(web: Heldback212Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 212)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_welsh_first_english_page_only_by_the_welsh_twin(web: Heldback212Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/") and "<h1>Cyngor Sir Fynwy</h1>" in _html(web, host, "/")
    welsh = f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    english = f"http://{host}/en/community-safety/cctv"
    assert _linking(web, host, english) == {welsh}
    assert english not in _links(web, host, "/en/community-safety")
    assert welsh in _links(web, host, "/en/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and welsh in d["5.1"]["pages"] and english in d["5.1"]["pages"]
    assert "teledu cylch cyfyng" in _main(web, host, "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng")
    _served_doc(web, f"http://{host}/documents/cctv-annual-report-2024-25", "application/pdf")
    assert "controlroom@torfaen.example.gov.uk" in _main(web, host, "/en/community-safety/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_word_report_and_met_agreement_without_extension(web: Heldback212Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    site = web.sites[host]
    report = f"http://{host}/downloads/file/3402/cctv-annual-report-2024-25"
    _served_doc(web, report, DOCX)
    assert "full step 2 certification" in _text(web, host, urlsplit(report).path)
    assert not any("step 2" in pg.body for pg in site.pages.values())
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert [e["url"] for e in d["5.2"]["evidence"]] == [report]
    (doc,) = d["5.5"]["documents"]
    _served_doc(web, doc["url"], "application/pdf")
    gov = f"http://{host}/crime-and-community-safety/enforcement-hub/public-space-cctv/governance-and-accountability"
    assert _linking(web, host, doc["url"]) == {gov}
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {gov}
    assert "single point of contact" in _main(web, host, urlsplit(gov).path)
    assert _auth(truth, host)["oracle_fetches"] >= 5


def test_second_stage_only_in_fact_sheet_without_extension(web: Heldback212Web, truth: dict) -> None:
    host = "www.blackburn.gov.uk"
    assert web.sites[host].search is None and web.sites[host].sitemap
    sheet = f"http://{host}/downloads/cctv-hub-fact-sheet"
    _served_doc(web, sheet, "application/pdf")
    assert "second stage (full certification)" in _text(web, host, urlsplit(sheet).path)
    hub = _main(web, host, "/community-safety/east-lancashire-cctv-hub")
    assert "certification" not in hub and "31 days" not in hub
    assert "partnership agreement between the councils" in hub
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_desktop_stage_wording_on_a_sub_page(web: Heldback212Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    base = "/community-and-living/community-safety/cctv-and-help-points"
    assert "desktop stage (step one)" in _main(web, host, f"{base}/how-the-control-room-works")
    assert "step" not in _main(web, host, base)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")


def test_sro_in_complaints_paragraph_and_signatures_stated_on_page(web: Heldback212Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    html = _html(web, host, "/pages/cctv_footage")
    assert '<main id="main">' not in html
    complaints = html.split("<h2>Making a complaint</h2>", 1)[1].split("<h2>", 1)[0]
    assert "Senior Responsible Officer for surveillance cameras" in complaints and "mailto:" in complaints
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    _served_doc(web, doc["url"], DOCX)
    assert "Signed" not in _text(web, host, urlsplit(doc["url"]).path)
    assert "signed for the council by the Chief Executive" in _html(web, host, "/pages/cctv_release_protocol")
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Leicestershire"


def test_privacy_notice_as_word_without_extension_is_the_only_disclosure(web: Heldback212Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    notice = f"http://{host}/downloads/privacy/shbc-cctv-privacy-notice"
    _served_doc(web, notice, DOCX)
    assert _linking(web, host, notice) == {f"http://{host}/about-council/information-and-data/privacy"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [notice]
    assert not any("31 days" in pg.body for pg in web.sites[host].pages.values())
    assert "Runnymede" in _main(web, host, "/news/2025/improved-cctv-service-reduced-cost-proposed-camberley")
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_spoc_in_contact_card_and_draft_agreement_without_extension(web: Heldback212Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    html = _html(web, host, "/w/public-space-cctv")
    card = html.split('<aside class="contact-card">', 1)[1].split("</aside>", 1)[0]
    assert "Single point of contact for surveillance cameras" in card and "mailto:" in card
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    _served_doc(web, doc["url"], "application/pdf")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT FOR CONSULTATION" in text and "20__" in text
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "national standards" in _main(web, host, "/w/public-space-cctv") and d["5.2"]["status"] == "not_met"


def test_three_party_agreement_signed_by_constabulary_without_extension(web: Heldback212Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    _served_doc(web, doc["url"], DOCX)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Suffolk Constabulary" in text and "Signed for West Suffolk Council" in text
    assert d["5.5"]["status"] == "met" and doc["force"] == "Suffolk"
    assert "single point of contact for surveillance cameras" in _main(web, host, "/community/community-safety/cctv")
    assert d["5.3"]["status"] == "met"


def test_deep_camera_page_where_search_is_switched_off(web: Heldback212Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    assert "switched off" in _main(web, host, "/site-search")
    assert "/site-search" in " ".join(_links(web, host, "/"))
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6 and a["deliverables"]["5.1"]["status"] == "met"
    assert a["deliverables"]["5.3"]["status"] == "not_met"


def test_no_search_four_levels_down_and_another_bodys_certification(web: Heldback212Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    assert web.sites[host].search is None
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 5
    page = "/community/community-safety/safer-castle-point/cctv-upgrade"
    assert "Southend's control centre holds full certification" in _main(web, host, page)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hounslow.gov.uk", "www.oadby-wigston.gov.uk", "www.scambs.gov.uk", "www.rossendale.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.hinckley-bosworth.gov.uk", "cameras", "/parks/hollycroft-park"),
        ("www.southnorfolkandbroadland.gov.uk", "cameras", "/business/food-innovation-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback212Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.staffordshire.gov.uk", "www.scambs.gov.uk", "www.rossendale.gov.uk"}, min_decoys=4
    )
    assert "Senior Responsible Officer under RIPA" in _main(
        web, "www.staffordshire.gov.uk", "/your-council/covert-surveillance"
    )
