"""The 323rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the navigation each site was built with is really served: text-free card landings and a service finder whose
second results page is the only way to the camera page; a search that answers nothing without its hidden collection
parameter and a table of results with it; a mega menu; a documents list cut short by Show more; a sitemap split into
part files; a paged list of countryside sites and its Welsh twin; a breadcrumb that files the camera page where no link
leads; a legacy search needing two hidden parameters and a paged document library with a query-string agreement; a
WordPress archive paged by Older posts; letter-paged A to Z indexes filing camera pages under E and A; a Jadu category
paged by pageNumber; icon tiles whose only name is alt text and a paged agreements register; and councils that publish
nothing but carry look-alikes.
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

from fixtures.heldback323.truth import TRUTH_PATH
from fixtures.heldback323.web import Heldback323Web


@pytest.fixture(scope="module")
def web() -> Heldback323Web:
    return Heldback323Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback323Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 323)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_text_free_cards_and_service_finder_page_two(web: Heldback323Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    home = _html(web, host, "/")
    assert 'aria-label="Residents"><img src="/images/house.png" alt=""></a>' in home
    safer = _html(web, host, "/safer-communities")
    assert 'aria-label="Community safety services"><img src="/images/shield.png" alt="">' in safer
    cctv = f"http://{host}/safer-communities/public-space-cctv"
    finder2 = f"http://{host}/find-a-service?topic=community-safety&page=2"
    assert _linking(web, host, cctv) == {finder2}
    assert cctv not in _links(web, host, "/find-a-service?topic=community-safety")
    assert '<select id="topic" name="topic">' in _html(web, host, "/find-a-service")
    gov = f"{cctv}/governance"
    assert _linking(web, host, gov) == {cctv}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {gov}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _linking(web, host, doc["url"]) == {gov}
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_search_needs_hidden_collection_and_answers_in_a_table(web: Heldback323Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    lw = "/saferleeds/leedswatch-security-service"
    assert '<input type="hidden" name="collection" value="leeds-web">' in _html(web, host, "/")
    assert (
        lw not in _links(web, host, "/search?term=leedswatch")
        and lw not in _html(web, host, "/search?term=leedswatch").split("<main", 1)[1]
    )
    found = _html(web, host, "/search?term=leedswatch&collection=leeds-web")
    assert '<table class="search-results">' in found and f'<a href="{lw}">' in found
    assert 'class="mega__panel" id="mega-3" hidden' in _html(web, host, "/")
    assert _linking(web, host, f"http://{host}{lw}") == {f"http://{host}/saferleeds", f"http://{host}{lw}/standards"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert any("democracy.leeds.gov.uk" in u for u in _links(web, host, "/council-and-democracy"))
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_show_more_hides_the_code_and_the_draft(web: Heldback323Web, truth: dict) -> None:
    host = "www.telford.gov.uk"
    lst = "/downloads/20063/community-safety-documents"
    code = "/downloads/file/9106/cctv-code-of-practice-2024.pdf"
    draft = "/downloads/file/9108/draft-cctv-isa-west-mercia"
    first = _links(web, host, lst)
    assert f"http://{host}{lst}?showall=1" in first
    assert f"http://{host}{code}" not in first and f"http://{host}{draft}" not in first
    assert _linking(web, host, f"http://{host}{draft}") == {f"http://{host}{lst}?showall=1"}
    r = _render(web, f"http://{host}{draft}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats") and _no_extension(draft)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert d["5.3"]["status"] == "met" and f"http://{host}{code}" in d["5.1"]["pages"]


def test_split_sitemaps(web: Heldback323Web) -> None:
    norfolk = _render(web, "http://www.norfolk.gov.uk/sitemap.xml").body.decode()
    assert norfolk.count("<sitemap>") == 3 and "<sitemapindex" in norfolk
    assert (
        "Sitemap: http://www.norfolk.gov.uk/sitemap.xml"
        in _render(web, "http://www.norfolk.gov.uk/robots.txt").body.decode()
    )
    host = "www.ribblevalley.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    index = _render(web, f"http://{host}/sitemap.xml").body.decode()
    parts = re.findall(r"<loc>(.*?)</loc>", index)
    assert len(parts) == 4
    cctv = f"http://{host}/your-council/partnerships/community-safety-partnership/cctv"
    holding = [u for u in parts if f"<loc>{cctv}</loc>" in _render(web, u).body.decode()]
    assert holding == [f"http://{host}/sitemaps/sitemap-2019.xml"]


def test_one_fact_on_page_two_of_a_paged_list_and_welsh_twin(web: Heldback323Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    en = f"http://{host}/leisure/countryside/millennium-coastal-path"
    assert _linking(web, host, en) == {f"http://{host}/leisure/countryside?page=2"}
    cy = f"http://{host}/cy/hamdden/cefn-gwlad/millennium-coastal-path"
    assert _linking(web, host, cy) == {f"http://{host}/cy/hamdden/cefn-gwlad?page=2"}
    assert 'lang="cy"' in _html(web, host, "/cy/hamdden/cefn-gwlad/millennium-coastal-path")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [en, cy]


def test_misleading_breadcrumb(web: Heldback323Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    cctv = "/info/200045/licensing/1187/public_space_cctv"
    crumbs = _html(web, host, cctv).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert "Street trading" in crumbs and "Community safety" not in crumbs
    assert _linking(web, host, f"http://{host}{cctv}") == {f"http://{host}/community/community-safety"}
    assert cctv not in _html(web, host, "/business/licensing/street-trading")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    assert "Police appeal" in _main(web, host, "/news?page=2")


def test_legacy_search_with_two_hidden_parameters_and_paged_library(web: Heldback323Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    assert "/safety/cctv/index.aspx" not in _html(web, host, "/search/results.aspx?SearchTerms=cctv&tab=site")
    full = _html(web, host, "/search/results.aspx?SearchTerms=cctv&tab=site&sort=relevance")
    assert 'href="/safety/cctv/index.aspx"' in full
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire" and "?docid=" in doc["url"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/documents/community-safety?page=3"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "met"


def test_wordpress_archive_paged_by_older_posts(web: Heldback323Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    guide = f"http://{host}/2024/05/cctv-guide/"
    assert _linking(web, host, guide) == {f"http://{host}/category/community-safety/page/3/"}
    assert "Older posts" in _html(web, host, "/category/community-safety/page/2/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"]


def test_show_more_parks_list_one_fact(web: Heldback323Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    prom = f"http://{host}/resident/parks/st-annes-promenade-gardens/"
    assert _linking(web, host, prom) == {f"http://{host}/resident/parks/?show=8"}
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_letter_paged_a_to_z_files_camera_pages_away_from_c(web: Heldback323Web, truth: dict) -> None:
    host = "www.hyndburnbc.gov.uk"
    cam = f"http://{host}/info/200312/community_cameras"
    assert _linking(web, host, cam) == {f"http://{host}/a-to-z/e"}
    assert "/a-to-z/e" in _html(web, host, "/a-to-z") and "community_cameras" not in _html(web, host, "/a-to-z/c")
    code = f"http://{host}/downloads/download/412/cctv_code_of_practice"
    assert _no_extension(code) and code in _auth(truth, host)["deliverables"]["5.1"]["pages"]
    host = "www.northwarks.gov.uk"
    cctv = f"http://{host}/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    assert _linking(web, host, cctv) == {
        f"http://{host}/a-to-z/a",
        f"http://{host}/info/20196/community_safety/pages?pageNumber=2",
    }
    assert "Atherstone town centre cameras" in _main(web, host, "/a-to-z/a")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "partial"


def test_icon_tiles_step_2_mark_and_paged_agreements_register(web: Heldback323Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    tiles = _html(web, host, "/residents/community-safety")
    assert '<a href="/residents/community-safety/cctv"><img src="/images/camera.png" alt="CCTV"></a>' in tiles
    assert _main(web, host, "/residents/community-safety").strip() == "Community safety"
    pg = "/residents/community-safety/cctv"
    assert 'alt="Surveillance camera code of practice compliant"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["force"] == "Kent" and doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/agreements?result_page=2"}
    assert "Tonbridge and Malling Borough Council" in _main(web, host, "/council/agreements")
    assert d["5.3"]["status"] == "partial"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback323Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.north-norfolk.gov.uk", "www.cotswold.gov.uk"})
    host = "www.north-norfolk.gov.uk"
    app = f"http://{host}/planning/applications/PF-25-1205"
    assert _linking(web, host, app) == {f"http://{host}/planning/weekly-list?page=2"}
    assert "Cromer Town Council" in _main(web, host, "/planning/applications/PF-25-1205")
    assert "/foi/log/4" not in _html(web, "www.cotswold.gov.uk", "/foi/log")
    assert "Cirencester" in _main(web, "www.cotswold.gov.uk", "/foi/log/4")
    assert "/a-to-z/s" in _html(web, "www.norfolk.gov.uk", "/a-to-z")
