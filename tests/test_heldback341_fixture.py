"""The three hundred and forty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from, all about disclosure spread thin, are really served: a Drupal book whose
grandchildren are reached only through book navigation, with a bare printer-friendly export; nine service areas on
nine pages with certification on one of them and the SPOC on a tenth; twelve principle pages with the SPOC designated
on one and its contact route on another; a short page whose facts sit in the summaries of Jadu download records, with
the signed agreement only in Joint Executive papers; eight one-answer question pages chained by previous/next under
an index paged three at a time; a WordPress post split into /2/, /3/, /4/; five tabs served as five addresses under
one title with a bare print-all view; a guide whose middle parts answer 404; a Joomla article split by page breaks
with an ?showall=1 view; dated service updates chained newer/older; one fact at a numbered privacy notice address; a
shared site whose council tabs are addresses; and three councils that publish nothing but carry look-alikes.
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

from fixtures.heldback341.truth import TRUTH_PATH
from fixtures.heldback341.web import Heldback341Web


@pytest.fixture(scope="module")
def web() -> Heldback341Web:
    return Heldback341Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(urls: list[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils_of_the_briefs_mix(web: Heldback341Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 341)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_drupal_book_navigation_and_bare_printer_friendly_export(web: Heldback341Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    book = "/crime-and-community-safety/public-space-cctv"
    child, grand, sibling = (
        f"http://{host}{book}/our-cameras",
        f"http://{host}{book}/our-cameras/where-the-cameras-are",
        f"http://{host}{book}/our-cameras/the-control-room",
    )
    assert _linking(web, host, grand) == {child, sibling}
    html = _html(web, host, urlsplit(child).path)
    assert 'class="book-navigation"' in html and 'class="page-previous"' in html and 'class="page-next"' in html
    assert f'href="{book}/our-cameras/where-the-cameras-are"' in html
    assert f"http://{host}/book/export/html/544" in _links(web, host, book)
    export = _html(web, host, "/book/export/html/544")
    assert "<main" not in export and "<nav" not in export and export.count('class="book-heading"') == 8
    d = _auth(truth, host)["deliverables"]
    assert grand in d["5.1"]["pages"] and f"http://{host}/book/export/html/544" not in d["5.1"]["pages"]
    for ev in d["5.1"]["evidence"]:
        if urlsplit(ev["url"]).path.startswith(book):
            assert ev["quote"] in _text(web, host, "/book/export/html/544")
    assert d["5.3"]["spoc"]["email"].startswith("cctv@") and d["5.3"]["status"] == "partial"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Metropolitan Police Service" in _main(web, host, f"{book}/recordings-and-requests/police-requests")


def test_nine_service_area_pages_certification_on_one_spoc_on_a_tenth(web: Heldback341Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    hub = "/council/strategies-plans-and-policies/crime-and-community-safety/cctv-monitoring-codes-of-practice/"
    areas = [u for u in _links(web, host, hub) if u.startswith(f"http://{host}{hub}") and u != f"http://{host}{hub}"]
    assert len(areas) == 10  # nine service areas and the oversight page
    watch = f"http://{host}{hub}city-watch/"
    assert _linking(web, host, watch) == {f"http://{host}{hub}"}
    assert "step 2" in _main(web, host, f"{hub}city-watch/") and "step 2" not in _main(web, host, hub)
    assert 'alt="Surveillance Camera Code of Practice third party certification mark"' in _html(
        web, host, f"{hub}city-watch/"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"] | {"evidence": None} == {
        "status": "met",
        "level": "step2",
        "awarded": "2019",
        "mark_displayed": True,
        "evidence": None,
    }
    oversight = f"{hub}who-oversees-the-councils-cameras/"
    assert "single point of contact" in _main(web, host, oversight) and "single point of contact" not in _main(
        web, host, hub
    )
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {oversight}
    assert "Crime and Disorder Act 1998" in _main(web, host, f"{hub}city-watch/") and d["5.5"]["status"] == "not_met"
    assert "£10" in _main(web, host, "/crime-prevention-and-emergencies/cctv/")


def test_twelve_principle_pages_spoc_designation_and_route_apart(web: Heldback341Web, truth: dict) -> None:
    host = "www.cheshirewestandchester.gov.uk"
    base = "/residents/community-safety/cctv"
    links = _links(web, host, base)
    principles = [f"http://{host}{base}/principle-{i}" for i in range(1, 13)]
    assert all(u in links for u in principles)
    p3, p4 = f"{base}/principle-3", f"{base}/principle-4"
    assert "single point of contact" in _main(web, host, p4) and "mailto:" not in _html(web, host, p4)
    assert "mailto:cctv@" in _html(web, host, p3) and "single point of contact" not in _main(web, host, p3)
    assert f"http://{host}{p3}" in _links(web, host, p4)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {p3, p4}
    assert "British Standard 7958" in _main(web, host, f"{base}/principle-8") and d["5.2"]["status"] == "not_met"
    assert "4,112 incidents" in _text(web, host, "/documents/cctv-annual-review-2024-25.pdf")
    assert not any("4,112" in _main(web, host, urlsplit(u).path) for u in principles)
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_facts_in_download_record_summaries_and_agreement_in_joint_executive_papers(
    web: Heldback341Web, truth: dict
) -> None:
    host = "www.north-herts.gov.uk"
    dem = "democracy.north-herts.gov.uk"
    page = _main(web, host, "/cctv-and-footage-requests")
    assert "28 days" not in page and "Stevenage" not in page
    rec = "/downloads/download/412/cctv-retention-schedule-extract"
    assert "28 days" in _main(web, host, rec)
    f = _render(web, f"http://{host}/downloads/file/1988/cctv-retention-schedule-extract")
    assert f.header("Content-Type") == "application/pdf" and "filename=" in (f.header("Content-Disposition") or "")
    assert _no_extension("/downloads/file/1988/cctv-retention-schedule-extract")
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} >= {"/cctv-and-footage-requests", rec}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).hostname == dem and doc["force"] == "Hertfordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=41231"}
    assert "Signed for Hertfordshire Constabulary" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_answer_question_pages_chained_and_paged_index(web: Heldback341Web, truth: dict) -> None:
    host = "www.eastherts.gov.uk"
    idx = "/community-safety/cctv"
    q = [urlsplit(u).path for u in _links(web, host, idx) if urlsplit(u).path.startswith(idx + "/")]
    assert len(q) == 3
    assert f"http://{host}{idx}?page=2" in _links(web, host, idx)
    who = f"http://{host}{idx}/who-can-see-recordings"
    assert _linking(web, host, who) == {
        f"http://{host}{idx}?page=2",
        f"http://{host}{idx}/how-long-are-recordings-kept",
        f"http://{host}{idx}/can-i-see-footage-of-myself",
    }
    last = f"{idx}/who-is-responsible-for-the-cameras"
    assert "single point of contact" in _main(web, host, last) and "Next question" not in _main(web, host, last)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert len(d["5.1"]["pages"]) == 8


def test_wordpress_post_split_into_numbered_pages(web: Heldback341Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    post = "/community-and-living/community-safety/cctv/"
    for n in ("", "2/", "3/", "4/"):
        assert 'class="page-links">Pages:' in _html(web, host, post + n)
    assert 'class="post-page-numbers current" aria-current="page">4<' in _html(web, host, post + "4/")
    for n in ("", "2/", "3/"):
        assert "certification" not in _main(web, host, post + n) and "agreement" not in _main(web, host, post + n)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _linking(web, host, doc["url"]) == {f"http://{host}{post}4/"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_tabs_served_as_addresses_and_bare_print_all_view(web: Heldback341Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    tab = "/communities-safety/cctv-public-spaces"
    tabs = [tab] + [f"{tab}/{t}" for t in ("council-buildings", "recordings", "governance", "annual-reports")]
    titles = {_html(web, host, t).split("<title>", 1)[1].split("</title>", 1)[0] for t in tabs}
    assert len(titles) == 1
    for t in tabs:
        html = _html(web, host, t)
        assert 'role="tablist"' in html and f'aria-selected="true" href="{t}"' in html
    printall = _html(web, host, f"{tab}/print-all-tabs")
    assert "<main" not in printall and "step one (desktop certification)" in printall
    assert "step one" in _main(web, host, f"{tab}/governance") and "step one" not in _main(web, host, tab)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-03"
    assert "2,384" in _text(web, host, "/media/3417/cctv-annual-report-2021.pdf") and "2,384" not in printall
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_guide_whose_middle_parts_answer_404(web: Heldback341Web, truth: dict) -> None:
    host = "www.folkestone-hythe.gov.uk"
    guide = "/community-safety/community-safety-cameras"
    links = _links(web, host, guide)
    for slug in ("recordings", "asking-for-footage", "rules-we-follow"):
        url = f"http://{host}{guide}/{slug}"
        assert url in links and _render(web, url).status == 404
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    assert d51["pages"] == [f"http://{host}{guide}/mobile-camera"]
    assert "Folkestone Town Council" in _main(web, host, guide)


def test_joomla_page_breaks_and_show_all_view(web: Heldback341Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    art = "/community-safety/cctv"
    html = _html(web, host, art)
    assert '<div class="article-index">' in html and f'href="{art}?showall=1"' in html
    for k in range(1, 5):
        assert f"Page {k + 1} of 5" in _html(web, host, f"{art}?start={k}")
    assert "service level agreement" in _main(web, host, f"{art}?start=2")
    assert "Wychavon" in _main(web, host, f"{art}?showall=1") and "Wychavon" not in _main(web, host, art)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["criteria"]["operator"]
    assert "mailto:" not in _html(web, host, f"{art}?start=4") and d["5.3"]["spoc"]["phone"]
    assert all("?start=" in u or u.endswith(art) for u in d["5.1"]["pages"])


def test_dated_service_updates_chained_newer_and_older(web: Heldback341Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    ups = "/community-safety/cctv/updates/"
    main_links = [u for u in _links(web, host, "/community-safety/cctv") if ups in u]
    assert main_links == [f"http://{host}{ups}town-centre-cameras-installed"]
    police = f"http://{host}{ups}how-the-police-get-recordings"
    parks = f"http://{host}{ups}parks-and-car-parks-upgraded"
    assert _linking(web, host, police) == {f"http://{host}{ups}town-centre-cameras-installed", parks}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Surrey" and _linking(web, host, doc["url"]) == {police}
    assert parks in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    assert "31 days" not in _main(web, host, "/community-safety/cctv")


def test_one_fact_at_a_numbered_privacy_notice_address(web: Heldback341Web, truth: dict) -> None:
    host = "www.southhams.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    (url,) = d51["pages"]
    assert urlsplit(url).path.endswith("/privacy-notice-31") and "Car park cameras" in _html(
        web, host, urlsplit(url).path
    )


def test_shared_site_council_tabs_as_addresses(web: Heldback341Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    cctv = "/community-safety/cctv/"
    assert {f"http://{host}{cctv}adur/", f"http://{host}{cctv}worthing/"} <= set(_links(web, host, cctv))
    assert "agreement" in _main(web, host, cctv + "worthing/") and "agreement" not in _main(web, host, cctv + "adur/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [f"http://{host}{cctv}adur/"]
    assert d["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback341Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.worcestershire.gov.uk", "www.anglesey.gov.uk", "www.southribble.gov.uk"})
    sr = web.sites["www.southribble.gov.uk"]
    assert sr.search is None and not sr.sitemap and not sr.az and '<main id="main">' not in _html(web, sr.host, "/")
    assert _auth(truth, "www.worcestershire.gov.uk")["heldback"]["robots_forbid_search"]
    assert {"http://www.anglesey.gov.uk/en", "http://www.anglesey.gov.uk/cy"} <= set(
        _links(web, "www.anglesey.gov.uk", "/")
    )
    assert "Holyhead Town Council" in _main(
        web, "www.anglesey.gov.uk", "/en/residents/community-safety/town-and-community-council-cameras"
    )
