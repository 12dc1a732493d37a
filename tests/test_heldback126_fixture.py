"""The 126th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the site machinery the set is built from is really served: a site search still
answering from the index of a moved site (every result an old address that redirects, one to the homepage); a page
that also answers under an old slug, and documents behind a Jadu download page without extensions; a WordPress
search paged by /page/N/ and a news pager that keeps going after its last page; an attachment page before a PDF; a
vanity /cctv address redirecting to another service, an A to Z by ?letter= and robots forbidding the search; a
withdrawn address answering 410 Gone from the A to Z; a documents list paged only by a form and a staff link that
redirects to a sign-in page; a zero-based search pager with facets and a reports list behind items-per-page links;
policy directory records; document links with ?m= cache-busters; a script-only search and a redirect loop; an A to Z
entry that is a search query; a best bet pointing at a soft 404; a stale sitemap of pre-move addresses; a 404 page
that lists look-alikes; document links through a download tracker; and councils that publish nothing but carry
look-alikes.
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

from fixtures.heldback126.truth import TRUTH_PATH
from fixtures.heldback126.web import Heldback126Web


@pytest.fixture(scope="module")
def web() -> Heldback126Web:
    return Heldback126Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _main_links(web: Heldback126Web, host: str, path: str) -> list[str]:
    """The hrefs inside <main> only."""
    main = _html(web, host, path).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    return re.findall(r'href="([^"]+)"', main)


def test_real_councils_of_the_brief_mix_none_from_the_last_fifteen_sets(web: Heldback126Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 126)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_stale_search_after_a_site_move(web: Heldback126Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    links = [u for u in _main_links(web, host, "/search?q=cctv")]
    assert links and all(u.startswith("/article/") for u in links)
    targets = {}
    for u in links:
        r = _render(web, f"http://{host}{u}")
        assert r.status == 301, u
        targets[u] = urlsplit(r.header("Location") or "").path
    assert targets["/article/3820/Portable-CCTV"] == "/"
    d = _auth(truth, host)["deliverables"]
    gov = "/safer-hillingdon/cctv-hillingdon/how-we-manage-our-cameras"
    assert gov not in targets.values() and f"http://{host}{gov}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {gov}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_old_slug_and_jadu_download_page(web: Heldback126Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    new, old = "/info/200321/crime_and_safety/2114/cctv", "/info/200321/crime_and_safety/2114/town_centre_cameras"
    assert _main(web, host, new) == _main(web, host, old)
    assert f"http://{host}{old}" in _links(web, host, "/a-z") and f"http://{host}{new}" not in _links(web, host, "/a-z")
    code = f"http://{host}/downloads/file/3310/cctv_code_of_practice"
    assert _linking(web, host, code) == {f"http://{host}/downloads/download/617/cctv_documents"}
    r = _render(web, code)
    assert _no_extension(code) and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert code in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "bus lane" in _main(web, host, "/homepage/1532/privacy_notice_-_bus_lane_enforcement").lower()


def test_wordpress_search_endless_news_pager_and_attachment_page(web: Heldback126Web, truth: dict) -> None:
    host = "www.nelincs.gov.uk"
    assert "<h1>North East Lincolnshire Council</h1>" in _html(web, host, "/")
    assert "/bereavement-services/grimsby-crematorium/" in _main_links(web, host, "/?s=cctv")
    assert "/page/2/?s=council" in _main_links(web, host, "/?s=council")
    assert "Older posts" in _main(web, host, "/news/page/39/") and "Older posts" not in _main(
        web, host, "/news/page/40/"
    )
    last = [u for u in _main_links(web, host, "/news/page/3/") if not u.startswith("/news/")]
    assert last and last == [u for u in _main_links(web, host, "/news/page/39/") if not u.startswith("/news/")]
    attach = "/have-your-say-on-cameras-at-school-gates/school-keep-clear-camera-proposals/"
    assert _main_links(web, host, attach) == [
        "/wp-content/uploads/2024/02/School-Keep-Clear-camera-enforcement-proposals.pdf"
    ]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "151 cameras" in _main(web, host, "/council-cameras-help-with-600-incidents-in-three-months/")


def test_vanity_address_letter_a_to_z_and_forbidden_search(web: Heldback126Web, truth: dict) -> None:
    host = "www.hants.gov.uk"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and (r.header("Location") or "").endswith("/transport/roadsandtraffic/traffic-cameras")
    assert "/cctv" in _main_links(web, host, "/a-z?letter=C")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "/__data/assets/pdf_file/" in " ".join(
        _main_links(web, host, "/educationandlearning/schools/data-protection-for-schools")
    )


def test_withdrawn_address_answers_410_from_the_a_to_z(web: Heldback126Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    old = "/residents/crime-and-community-safety/cctv/"
    assert _render(web, f"http://{host}{old}").status == 410
    assert f"http://{host}{old}" in _links(web, host, "/a-z")
    assert f"http://{host}{old}" in _links(web, host, "/news/making-bridgend-town-centre-safer/")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert any("/cy/" in u for u in d["5.1"]["pages"]) and a["nation"] == "Wales"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_form_paged_documents_sign_in_wall_and_spoc_only_in_code(web: Heldback126Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    assert web.sites[host].search is None
    docs = "/community-safety/cctv/documents"
    assert 'name="page" value="2"' in _html(web, host, docs) and "?page=2" not in _html(web, host, docs)
    assert _render(web, f"http://{host}{docs}?page=2").status == 200
    r = _render(web, f"http://{host}{docs}/operating-procedures")
    assert r.status == 302 and "/my-account/sign-in?returnUrl=" in (r.header("Location") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/media/3547/cctv-code-of-practice.pdf"
    }
    assert "single point of contact" not in _html(web, host, "/community-safety/cctv").lower()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_zero_based_search_pager_facets_and_items_per_page(web: Heldback126Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    first = _html(web, host, "/search?s=cctv")
    assert '<ol class="search-results" start="1">' in first and 'href="/search?s=cctv&amp;page=1">2</a>' in first
    assert "type=document" in first
    assert '<ol class="search-results" start="11">' in _html(web, host, "/search?s=cctv&page=1")
    hawk = "/streets-parking-transport/cctv/hawk-eye-reports"
    assert len([u for u in _main_links(web, host, hawk) if u.endswith(".pdf")]) == 4
    assert len([u for u in _main_links(web, host, f"{hawk}?items_per_page=All") if u.endswith(".pdf")]) == 16
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-06" and not d["5.2"]["mark_displayed"]
    assert "agreement between the two councils" in _main(web, host, "/streets-parking-transport/cctv")
    assert d["5.5"]["status"] == "not_met"


def test_policy_directory_records(web: Heldback126Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    rec = f"http://{host}/directory_record/1188/cctv_information_sharing_protocol"
    assert _linking(web, host, rec) == {f"http://{host}/directory/18/our_policies_plans_and_strategies/category/41"}
    assert '<table class="record-details">' in _html(web, host, "/directory_record/936/cctv_code_of_practice")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and _no_extension(doc["url"])
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/directory_record/936/cctv_code_of_practice"}
    assert "single point of contact" not in _main(web, host, "/info/20061/community_safety/238/cctv_cameras").lower()


def test_cache_buster_links_and_full_certification_wording(web: Heldback126Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    base = "/media/2291/CCTV-Policy-and-Code-of-Practice/pdf/CCTV_Policy_and_Code_of_Practice.pdf"
    new, old = f"{base}?m=638431702315700000", f"{base}?m=637892210446270000"
    assert new in _main_links(web, host, "/community-safety/safer-runnymede")
    assert old in _main_links(web, host, "/directory-record/118/safer-runnymede")
    assert _render(web, f"http://{host}{new}").body == _render(web, f"http://{host}{old}").body
    part4 = _main(web, host, "/community-safety/safer-runnymede/4")
    assert "full certification" in part4 and "step" not in part4.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-02"
    assert "Spelthorne" in _main(web, host, "/community-safety/safer-runnymede") and d["5.5"]["status"] == "not_met"


def test_script_only_search_and_redirect_loop(web: Heldback126Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    assert _main_links(web, host, "/search-results?q=cctv") == []
    assert 'class="gcse-searchresults-only"' in _html(web, host, "/search-results?q=cctv")
    one = _render(web, f"http://{host}/cctv")
    two = _render(web, f"http://{host}/cctv/")
    assert one.status == two.status == 301
    assert (one.header("Location") or "").endswith("/cctv/") and (two.header("Location") or "").endswith("/cctv")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["other_systems"]


def test_a_to_z_entry_is_a_search_query(web: Heldback126Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    query = f"http://{host}/site_search/results/?q=cctv"
    assert query in _links(web, host, "/a-z")
    grants = "/info/20037/grants_and_funding/612/town_and_parish_council_grants"
    assert grants in _main_links(web, host, "/site_search/results/?q=cctv")
    assert "offset=10" in _html(web, host, "/site_search/results/?q=cctv")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["operator"] and d51["pages"] == [f"http://{host}{grants}"]


def test_best_bet_points_at_a_soft_404(web: Heldback126Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    review = "/community-safety-and-emergencies/cctv-review"
    assert _main_links(web, host, "/search?s=cctv")[0] == review
    r = _render(web, f"http://{host}{review}")
    assert r.status == 200 and "could not be found" in r.body.decode("utf-8")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met"


def test_stale_sitemap_of_pre_move_addresses(web: Heldback126Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    xml = _render(web, f"http://{host}/sitemap.xml").body.decode("utf-8")
    locs = [urlsplit(u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)]
    old = [u for u in locs if u.path != "/"]
    assert old and all(u.path == "/index.aspx" and u.query.startswith("articleid=") for u in old)
    homes = 0
    for u in old:
        r = _render(web, f"http://{host}/index.aspx?{u.query.replace('&amp;', '&')}")
        assert r.status == 301
        homes += urlsplit(r.header("Location") or "").path == "/"
    assert homes == 1
    assert "/index.aspx?articleid=4062" in _main_links(web, host, "/article/19870/CCTV-Boston-s-force-for-good")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"


def test_not_found_page_lists_look_alikes(web: Heldback126Web) -> None:
    host = "www.winchester.gov.uk"
    assert f"http://{host}/cctv" in _links(web, host, "/a-z")
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 404 and "/business/winchester-bid" in r.body.decode("utf-8")


def test_download_tracker(web: Heldback126Web) -> None:
    host = "www.cotswold.gov.uk"
    links = [u for u in _main_links(web, host, "/community-and-leisure/community-safety/community-safety-documents")]
    tracked = [u for u in links if u.startswith("/download-tracker?file=")]
    assert len(tracked) == 3
    for u in tracked:
        r = _render(web, f"http://{host}{u}")
        assert r.status == 302 and _render(web, r.header("Location") or "").header("Content-Type") == "application/pdf"


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback126Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.winchester.gov.uk", "www.cotswold.gov.uk"})
    assert "Cirencester Town Council owns and operates" in _text(
        web, "www.cotswold.gov.uk", "/media/2bxeqjmv/cirencester-town-council-cctv-policy.pdf"
    )
