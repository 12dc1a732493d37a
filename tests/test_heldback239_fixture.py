"""The two hundred and thirty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh (none in the fifteen sets before), the labelling rules hold with the intended tallies,
and the structures the set is built from are really served: a search that answers 500; a search whose every result
links to an unserved staging host; a sitemap index with a documents part; sitemaps with lastmod; an HTML site map as
the way to a page no menu lists; an A to Z entry that links straight to a policy file without extension (no camera
page at all); an A to Z entry that leaves the site; documents behind landing pages at ``?download=1``; Drupal media
downloads without extension; Word files served without extension or filename header; a Welsh twin that is only a Word
file without extension; a step 1 claim in a key-facts definition list; a signed agreement in a table of partner
agreements; a draft agreement appended to a policy; robots.txt forbidding the search; one-fact councils; and
councils that publish nothing but carry look-alikes.
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

from fixtures.heldback239.truth import TRUTH_PATH
from fixtures.heldback239.web import Heldback239Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback239Web:
    return Heldback239Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _robots(web: Heldback239Web, host: str) -> str:
    return _render(web, f"http://{host}/robots.txt").body.decode()


def test_fresh_councils(web: Heldback239Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 239)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_search_answers_500_and_media_downloads_without_extension(web: Heldback239Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    r = _render(web, f"http://{host}/search?keys=cctv")
    assert r.status == 500 and b"Something went wrong" in r.body
    assert "Disallow: /search" not in _robots(web, host)
    cctv = f"http://{host}/community/community-safety/cctv"
    assert cctv in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    gov = f"http://{host}/media/8814/download"
    assert {e["url"] for e in d["5.3"]["evidence"]} == {gov} and _no_extension(gov)
    assert _render(web, gov).header("Content-Type") == DOCX
    assert _render(web, f"http://{host}/media/8812/download").header("Content-Type") == "application/pdf"
    assert "single point of contact" not in _main(web, host, "/community/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_search_results_on_unserved_staging_host_and_sitemap_lastmod(web: Heldback239Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    page = _html(web, host, "/search?q=cctv")
    hits = [u for u in _links(web, host, "/search?q=cctv") if "cms-staging" in u]
    assert hits and 'href="http://cms-staging.sefton.gov.uk/' in page
    assert all(web.site_for_host(urlsplit(u).hostname or "") is None for u in hits)
    sm = _render(web, f"http://{host}/sitemap.xml").body.decode()
    cctv = f"http://{host}/your-council/open-data-transparency-and-foi/cctv"
    assert f"<loc>{cctv}</loc><lastmod>" in sm
    code = f"http://{host}/media/5521/cctv-code-of-practice"
    r = _render(web, code)
    assert (
        _no_extension(code)
        and r.header("Content-Type") == DOCX
        and "filename=" in (r.header("Content-Disposition") or "")
    )
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.2"]["level"] == "step2"
        and not d["5.2"]["mark_displayed"]
        and "<img" not in _html(web, host, urlsplit(cctv).path)
    )


def test_sitemap_index_with_documents_part_and_isa_in_downloads_directory(web: Heldback239Web, truth: dict) -> None:
    host = "www.swindon.gov.uk"
    assert 'role="search"' not in _html(web, host, "/")
    index = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert "<sitemapindex" in index and f"http://{host}/sitemaps/documents.xml" in index
    docs = _render(web, f"http://{host}/sitemaps/documents.xml").body.decode()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert f"<loc>{doc['url']}</loc>" in docs and doc["signed"] and doc["force"] == "Wiltshire"
    assert _no_extension(doc["url"]) and _render(web, doc["url"]).header("Content-Type") == "application/pdf"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/downloads/download/512/community_safety_documents"}
    assert "Signed for and on behalf of Wiltshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_welsh_twin_only_as_word_file_without_extension(web: Heldback239Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    assert "Disallow: /search" in _robots(web, host)
    assert f"http://{host}/a-z" not in _links(web, host, "/")
    assert '<a href="/media/9911">Cymraeg</a>' in _html(web, host, "/27238")
    cy = f"http://{host}/media/9911"
    assert _render(web, cy).header("Content-Type") == DOCX and _no_extension(cy)
    d = _auth(truth, host)["deliverables"]
    assert cy in d["5.1"]["pages"] and "Rydym yn cadw lluniau" in _text(web, host, "/media/9911")
    assert d["5.5"]["status"] == "partial" and d["5.5"]["evidence"][0]["url"] == f"http://{host}/media/9912"
    assert "democracy.neath-porttalbot.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_html_site_map_is_the_way_to_a_page_no_menu_lists(web: Heldback239Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    cctv = f"http://{host}/YourCouncil/DataProtectionFreedomofInformation/CCTV.htm"
    assert _linking(web, host, cctv) == {
        f"http://{host}/SiteMap.htm",
        f"http://{host}/YourCouncil/DataProtectionFreedomofInformation.htm",
    }
    assert f"http://{host}/SiteMap.htm" in _links(web, host, "/")
    assert "Oxted Parish Council" in _html(web, host, "/CrimeAndSafety/OxtedTownCentreCameras.htm")
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [cctv]


def test_documents_behind_landing_pages(web: Heldback239Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    land = "/downloads/file/77/cctv-policy-and-code-of-practice"
    assert _render(web, f"http://{host}{land}").header("Content-Type").startswith("text/html")
    assert f"http://{host}{land}?download=1" in _links(web, host, land)
    assert _render(web, f"http://{host}{land}?download=1").header("Content-Type") == "application/pdf"
    notice = f"http://{host}/downloads/file/78/safer-runnymede-privacy-notice?download=1"
    assert _render(web, notice).header("Content-Type") == DOCX
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{land}?download=1"}
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(
        web, host, "/community-safety/safer-runnymede"
    )
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"


def test_a_to_z_links_straight_to_a_policy_file_with_a_draft_agreement(web: Heldback239Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    site = web.sites[host]
    assert site.search is None
    pol = f"http://{host}/sites/default/files/documents/cctv-policy"
    assert _linking(web, host, pol) == {f"http://{host}/a-z"} and _no_extension(pol)
    assert not any(p.title == "CCTV" for p in site.pages.values())
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"] == pol and doc["force"] == "Staffordshire"
    assert "Signed on behalf of Staffordshire Police: ...." in _text(web, host, urlsplit(pol).path)
    assert d["5.1"]["pages"] == [pol]


def test_word_files_without_extension_or_filename(web: Heldback239Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    assert "Disallow: /search" in _robots(web, host)
    for n in (3371, 3372, 3373):
        r = _render(web, f"http://{host}/downloads/id/{n}")
        assert r.header("Content-Type") == DOCX and r.header("Content-Disposition") is None
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and doc["url"] == f"http://{host}/downloads/id/3372"
    assert "single point of contact" in _main(web, host, "/residents/community-safety/cctv")


def test_step_1_in_definition_list_without_search_or_a_to_z(web: Heldback239Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    assert "<lastmod>" in _render(web, f"http://{host}/sitemap.xml").body.decode()
    html = _html(web, host, "/community-safety/cctv")
    assert "<dt>Accreditation</dt><dd>Step 1 (desktop) certification" in html
    code = f"http://{host}/documents/cctv-code-of-practice-2023"
    r = _render(web, code)
    assert r.header("Content-Type") == "application/pdf" and r.header("Content-Disposition") is None
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-03" and not d["5.2"]["mark_displayed"]


def test_signed_agreement_in_table_of_partner_agreements(web: Heldback239Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    pa = "/council-and-democracy/transparency/agreements-with-partners"
    html = _html(web, host, pa)
    assert "Waste collection service level agreement" in html and "Leisure management contract" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pa}"} and _no_extension(doc["url"])
    assert "award-winning" in _main(web, host, "/community-safety/cctv-control-room")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_a_to_z_entry_that_leaves_the_site(web: Heldback239Web) -> None:
    host = "www.testvalley.gov.uk"
    assert "http://www.andoverbid.example.org/rangers" in _links(web, host, "/a-z")
    assert "Disallow: /search" in _robots(web, host)


def test_one_fact_councils(web: Heldback239Web, truth: dict) -> None:
    for host, crit, url in (
        ("www.e-lindsey.gov.uk", "retention", "http://www.e-lindsey.gov.uk/downloads/download/204/chalet-terms"),
        (
            "www.hertsmere.gov.uk",
            "cameras",
            "http://www.hertsmere.gov.uk/Parking/Car-Parks/Newberries-Car-Park-Radlett.aspx",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [url], host
    assert _no_extension("http://www.e-lindsey.gov.uk/downloads/download/204/chalet-terms")
    assert "http://www.e-lindsey.gov.uk/leisure/beach-chalets" in _links(web, "www.e-lindsey.gov.uk", "/a-z")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback239Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.rother.gov.uk", "www.testvalley.gov.uk"})
    rother = web.sites["www.rother.gov.uk"]
    assert rother.search is None and not rother.az and rother.sitemap
    assert "Disallow: /search" in _robots(web, "www.norfolk.gov.uk") and not web.sites["www.norfolk.gov.uk"].az
    assert "belong to Sussex Police" in _main(web, "www.rother.gov.uk", "/foi/disclosure-log-bexhill-cameras")
