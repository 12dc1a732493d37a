"""The 391st held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

The set's emphasis is scale at both ends. Checks: the councils are fresh register rows of the brief's types; the
labelling rules hold with the intended tallies; and the structures are really served: tiny sites that refuse the
filler's breadth (no search, a couple of dozen pages; a CCTV entry that is a 301 to a page saying the cameras belong
to a city council; a SPOC only in a Word code; step 1 only in a code PDF on a legacy page without <main>); large
sites whose camera material is a few items among very many (a 40-page news archive that fills the ten-result search;
a 600-story ASP press archive whose 2021 story alone links the signed agreement; 312 roadworks bulletins; a 30-page
FOI log and a full sitemap on a site that publishes nothing; thirteen, twelve, ten and eleven years of moderngov
meetings; a 240-record library whose code sits on page 7 and is also linked from the CCTV page; a WordPress pager
at /page/N/; Liferay 'Latest news' boxes that repeat articles under _33_redirect addresses); and the look-alikes:
a partner council's certification on the council's own page, an SLA between councils, an audit and BS 7958, own
cameras only in news, a telecare control room.
"""

from __future__ import annotations

import json
import re
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

from fixtures.heldback391.truth import TRUTH_PATH
from fixtures.heldback391.web import Heldback391Web


@pytest.fixture(scope="module")
def web() -> Heldback391Web:
    return Heldback391Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _pages(web: Heldback391Web, host: str) -> list[str]:
    return [p for (h, p) in web.sites[host].pages if h == host]


def test_fresh_councils(web: Heldback391Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 391)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_small_sites_refuse_the_filler_breadth(web: Heldback391Web, truth: dict) -> None:
    for host in ("www.harborough.gov.uk", "www.eastcambs.gov.uk", "www.elmbridge.gov.uk", "www.middevon.gov.uk"):
        site = web.sites[host]
        pages = _pages(web, host)
        assert 18 <= len(pages) <= 30, (host, len(pages))
        assert site.search is None and not site.sitemap
        assert not any(p.startswith(("/news-and-events", "/libraries", "/business/")) for p in pages), host
        assert _render(web, f"http://{host}/search?q=cctv").status == 404
    big = [h for h in web.sites if len(web.sites[h].pages) >= 330]
    assert len(big) >= 10, big


def test_news_archive_fills_the_ten_result_search(web: Heldback391Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    last = _html(web, host, "/news-and-events?page=40")
    assert "Page 40 of 40" in last and "/news-and-events?page=39" in last and "?page=38" not in last
    hits = re.findall(r'<li><a href="([^"]+)"', _html(web, host, "/search?q=cctv").split('class="results"', 1)[1])
    assert len(hits) == 10 and all(h.startswith("/news-and-events/article/") for h in hits)
    ks = "/info/200514/community_safety_and_policing/1267/keeping_safe_-_out_and_about"
    assert "85 permanently sited CCTV cameras" in _main(web, host, ks)
    cs = _html(web, host, "/info/200514/community_safety_and_policing")
    anchor = re.search(rf'<a href="{re.escape(ks)}">([^<]+)</a>', cs)
    assert anchor and "cctv" not in anchor.group(1).lower() and "camera" not in anchor.group(1).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{ks}"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_agreement_only_behind_one_press_release_among_six_hundred(web: Heldback391Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    story = f"http://{host}/pressreleases/f1030pressreleasestory107.asp?story=3951"
    stories = [p for p in _pages(web, host) if "story=" in p]
    assert len(stories) == 600
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {story}
    assert story.split(host, 1)[1] in _html(web, host, "/pressreleases/f1030pressreleases.asp?year=2021")
    assert "Page 1 of 30" in _html(web, host, "/pressreleases/f1030pressreleases.asp")
    assert "Signed for and on behalf of Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    audit = _main(web, host, "/pressreleases/f1030pressreleasestory107.asp?story=4262")
    assert "BS 7958" in audit and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and "single point of contact (SPOC)" in _main(
        web, host, "/communitysafety/cctv-operations-in-tameside"
    )


def test_roadworks_bulletins_and_word_protocol_without_extension(web: Heldback391Web, truth: dict) -> None:
    host = "www.iow.gov.uk"
    bulletins = [p for p in _pages(web, host) if "/roadworks-bulletins/20" in p and "/week-" in p]
    assert len(bulletins) == 312
    drains = [p for p in bulletins if "CCTV survey" in _main(web, host, p)]
    assert len(drains) >= 40
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"]) and doc["force"] == "Hampshire"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv"}


def test_councils_that_publish_nothing_at_both_ends(web: Heldback391Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.folkestone-hythe.gov.uk", "www.eastcambs.gov.uk"})
    kent = "www.kent.gov.uk"
    log = "/about-the-council/information-and-data/access-to-information/foi-disclosure-log"
    assert "Page 1 of 30" in _html(web, kent, log)
    sitemap = _render(web, f"http://{kent}/sitemap.xml").body.decode()
    assert sitemap.count("<loc>") >= 400
    assert "does not operate public space CCTV" in _main(web, kent, f"{log}/foi-2025-0988")
    ec = "www.eastcambs.gov.uk"
    r = _render(web, f"http://{ec}/cctv")
    assert r.status == 301 and r.header("Location") == f"http://{ec}/community-safety"
    assert '<a href="/cctv">CCTV</a>' in _html(web, ec, "/a-z")
    assert "City of Ely Council" in _main(web, ec, "/community-safety")
    fh = "www.folkestone-hythe.gov.uk"
    dem = "service.folkestone-hythe.gov.uk"
    assert f"http://{dem}/moderngov/" in _links(web, fh, "/council-and-democracy/meetings")
    assert "Swale" in _main(web, fh, "/community-safety") and "control room" in _main(web, fh, "/lifeline365")


def test_thirteen_years_of_meetings_and_welsh_twin(web: Heldback391Web, truth: dict) -> None:
    host, dem = "www.denbighshire.gov.uk", "moderngov.denbighshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    site = web.sites[host]
    agendas = [p for (h, p) in site.pages if h == dem and p.startswith("/ieListDocuments.aspx")]
    items = [p for (h, p) in site.pages if h == dem and "CCTV" in site.pages[(h, p)].title]
    assert len(agendas) == 130 and len(items) == 4
    d = _auth(truth, host)["deliverables"]
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert f"http://{host}/en/community-and-living/community-safety/cctv" in d["5.1"]["pages"]
    assert f"http://{host}/cy/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert "service level agreement" in _main(web, host, "/en/community-and-living/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_library_on_ten_pages_code_on_page_seven_and_draft_appendix(web: Heldback391Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    code = f"http://{host}/downloads/file/3181/cctv-code-of-practice-2023.pdf"
    record = "/downloads/download/3181/cctv-code-of-practice"
    assert "Page 10 of 10" in _html(web, host, "/council-documents?page=10")
    assert record in _html(web, host, "/council-documents?page=7")
    assert _linking(web, host, code) == {
        f"http://{host}{record}",
        f"http://{host}/safety-emergencies/public-safety-emergencies/cctv",
    }
    pg = "/safety-emergencies/public-safety-emergencies/cctv"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "....." in _text(web, host, urlsplit(code).path)


def test_wordpress_pager_and_one_fact_on_the_boat_page(web: Heldback391Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    assert f"http://{host}/news/page/2/" in _links(web, host, "/news/")
    assert "Page 30 of 30" in _html(web, host, "/news/page/30/")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/parks-and-foreshore/boat-launching"]
    own = [p for p in _pages(web, host) if p.startswith("/news/2") and "four-new-cctv-cameras-for-adur" in p]
    assert len(own) == 1 and "monitored by Sussex Police" in _main(web, host, own[0])


def test_tiny_legacy_site_step_1_only_in_code(web: Heldback391Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    page = _html(web, host, "/info/20061/community_safety/238/cctv_cameras")
    assert "<main" not in page and "step one" not in page.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "step one (desktop) certification" in _text(web, host, "/downloads/file/936/cctv_code_of_practice.pdf")
    assert "Melton Borough Council" in page and d["5.5"]["status"] == "not_met"


def test_partner_councils_certification_on_own_page(web: Heldback391Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    main = _main(web, host, "/community-safety/town-centre-cctv")
    assert "Stoke-on-Trent City Council's control centre holds full certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    dem = "moderngov.newcastle-staffs.gov.uk"
    assert "CCTV" in _main(web, dem, "/mgAi.aspx?ID=18042")


def test_small_sites_one_fact_and_spoc_only_in_word(web: Heldback391Web, truth: dict) -> None:
    el = "www.elmbridge.gov.uk"
    d51 = _auth(truth, el)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{el}/town-centres/walton-on-thames"]
    assert "re-deployable" in _main(web, el, "/news/walton-safer-streets")
    md = "www.middevon.gov.uk"
    pg = "/residents/community-safety/cctv"
    assert "single point of contact" not in _main(web, md, pg).lower()
    d = _auth(truth, md)["deliverables"]
    assert d["5.3"]["status"] == "met" and [urlsplit(e["url"]).path for e in d["5.3"]["evidence"]] == [
        "/media/4471/cctv-code-of-practice-and-policy.docx"
    ]
    assert "Single Point of Contact (SPOC)" in _text(web, md, "/media/4471/cctv-code-of-practice-and-policy.docx")


def test_liferay_duplicates_and_councils_sla(web: Heldback391Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    from fixtures.heldback.truth import link_graph

    graph = link_graph(web, web.sites[host])
    dups = [u for u in graph if "_33_redirect=" in u]
    assert len(dups) >= 900 and len({urlsplit(u).path for u in dups}) <= 3
    assert "Page 20 of 20" in _html(web, host, "/news-alerts?_33_cur=20")
    main = _main(web, host, "/community-safety/cctv")
    assert "service level agreement between the two councils" in main and "West Mercia Police" in main
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_eleven_years_of_meetings_and_documents_list(web: Heldback391Web, truth: dict) -> None:
    host, dem = "www.boston.gov.uk", "democracy.boston.gov.uk"
    site = web.sites[host]
    reports = [
        p for (h, p) in site.pages if h == dem and site.pages[(h, p)].title == "Agenda item - Annual CCTV report"
    ]
    assert len(reports) == 9
    agendas = [p for (h, p) in site.pages if h == dem and p.startswith("/ieListDocuments.aspx")]
    assert len(agendas) == 132
    d = _auth(truth, host)["deliverables"]
    assert not any(dem in e["url"] for k in d for e in d[k]["evidence"])
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Boston Borough Council" in text and "Signed on behalf of Lincolnshire Police" in text
    assert "<img" not in _html(web, host, "/article/21203/CCTV") and d["5.2"]["level"] == "step2"
