"""The 382nd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

The set's emphasis is site migration. Checks: the councils are fresh, the labelling rules hold with the intended
tallies, and each structure is really served: an A to Z article address that 301s onto an archive host holding the
fuller old page while the new page says less; a renamed section whose old landing and footer documentId address
301, with documents handed over by 302 to an old documents host; an A to Z entry that 301s to the homepage while the
page lives under a renamed section, beside a stale page still served; a policy linked on the council's old domain
that 301s back to the file holding the SPOC; an old TYPO3 address in the sitemap that 301s home; a 'this page has
moved' stub still showing a step 2 mark; a 301-302 chain onto an off-site signpost and a 410 privacy notice; an old
.aspx sitemap address 301ing to a landing; a /node privacy notice 301ing to the general notice; the old page still
served in the old layout beside a thinner new one; a placeholder reached only by a 302; a new code of practice whose
last chapters are old-style pages; a 302 then 301 chain onto a documents host; an old address that 302s to a site
search, the only route to a page outside every menu; documents still on the previous website's host.
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

from fixtures.heldback382.truth import TRUTH_PATH, RedirectsAsLinks
from fixtures.heldback382.web import Heldback382Web


@pytest.fixture(scope="module")
def web() -> Heldback382Web:
    return Heldback382Web()


@pytest.fixture(scope="module")
def hops(web: Heldback382Web) -> RedirectsAsLinks:
    return RedirectsAsLinks(web)


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _to(web: Heldback382Web, url: str, status: int) -> str:
    """The Location an address answers, asserting its status."""
    r = _render(web, url)
    assert r.status == status, (url, r.status)
    return r.header("Location") or ""


def _a_z(web: Heldback382Web, host: str) -> list[str]:
    return _links(web, host, "/a-z")


def test_fresh_councils(web: Heldback382Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 382)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_a_to_z_article_address_301s_onto_archive_host(
    web: Heldback382Web, hops: RedirectsAsLinks, truth: dict
) -> None:
    host, arch = "www.hillingdon.gov.uk", "http://archive.hillingdon.gov.uk/cctv"
    old = f"http://{host}/article/2214/CCTV-cameras"
    assert old in _a_z(web, host)
    assert _to(web, old, 301) == arch
    assert _linking(hops, host, arch) - {arch} == {old}
    page = _html(web, "archive.hillingdon.gov.uk", "/cctv")
    assert '<main id="main">' not in page and "archived copy" in page
    new = _main(web, host, "/safer-hillingdon/cctv-hillingdon")
    assert "32 days" not in new and "subject access" not in new and "archive" not in new
    d = _auth(truth, host)["deliverables"]
    assert arch in d["5.1"]["pages"] and d["5.1"]["criteria"]["retention"]
    assert d["5.5"]["status"] == "partial" and {e["url"] for e in d["5.5"]["evidence"]} == {arch}
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_renamed_section_documentid_301_and_documents_handed_to_old_host(web: Heldback382Web, truth: dict) -> None:
    host, docs = "www.bolton.gov.uk", "documents.bolton.gov.uk"
    old_landing = f"http://{host}/community-safety-anti-social-behaviour"
    assert old_landing in _links(web, host, "/")
    assert _to(web, old_landing, 301) == f"http://{host}/crime-and-safety"
    footer = f"{old_landing}/cctv?categoryId=20041&documentId=186"
    assert footer in _links(web, host, "/")
    assert _to(web, footer, 301) == f"http://{host}/crime-and-safety/cctv-cameras"
    assert _to(web, f"{old_landing}/cctv", 301) == "/crime-and-safety"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).hostname == docs
    assert _to(web, f"http://{host}/media/2231/download", 302) == doc["url"]
    text = _text(web, docs, urlsplit(doc["url"]).path)
    assert "on behalf of Bolton Council" in text and "on behalf of Greater Manchester Police" in text
    assert "single point of contact for surveillance camera systems" in _main(
        web, host, "/crime-and-safety/cctv-cameras"
    )
    assert d["5.3"]["status"] == "met"


def test_a_to_z_entry_301s_to_homepage_and_stale_page_beside_new(web: Heldback382Web, truth: dict) -> None:
    host = "www.derby.gov.uk"
    old = f"http://{host}/community-and-living/crime-prevention/cctv"
    assert old in _a_z(web, host)
    assert _to(web, old, 301) == f"http://{host}/"
    assert f"http://{host}/community-and-safety" in _links(web, host, "/")
    assert "Data Protection Act (1998)" in _main(web, host, "/advice-and-benefits/legal-advice/cctv-releasing-evidence")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Derbyshire"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_policy_on_old_domain_301s_back_and_holds_the_spoc(
    web: Heldback382Web, hops: RedirectsAsLinks, truth: dict
) -> None:
    host = "www.leicestershire.gov.uk"
    pg = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    link = "http://www.leics.gov.uk/cctv_policy.pdf"
    assert link in _links(web, host, pg)
    pdf = _to(web, link, 301)
    assert urlsplit(pdf).hostname == host and _render(web, pdf).header("Content-Type") == "application/pdf"
    assert _linking(hops, host, pdf) == {link}
    assert "Single Point of Contact for surveillance camera systems" in _text(web, host, urlsplit(pdf).path)
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {pdf}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_old_typo3_address_in_sitemap_301s_home(web: Heldback382Web) -> None:
    host = "www.powys.gov.uk"
    sitemap = _render(web, f"http://{host}/sitemap.xml").body.decode("utf-8")
    assert f"http://{host}/index.php?id=2231&amp;L=0" in sitemap
    assert _to(web, f"http://{host}/index.php?id=2231&L=0", 301) == f"http://{host}/"
    assert "Heddlu Dyfed-Powys" in _main(web, host, "/cy/erthygl/3310/Diogelwch-cymunedol")


def test_moved_stub_keeps_the_step_2_mark(web: Heldback382Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    assert f"http://{host}/cctv" in _a_z(web, host)
    stub = _html(web, host, "/cctv")
    assert "This page has moved" in stub and 'alt="Surveillance Camera Code of Practice certification mark' in stub
    new = "/community/community-safety/cctv-and-lifeline-control-room"
    assert f"http://{host}{new}" in _links(web, host, "/cctv")
    assert "<img" not in _main(web, host, new) and "step 2" not in _main(web, host, new)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]


def test_chain_to_offsite_signpost_and_410_notice(web: Heldback382Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    step = _to(web, f"http://{host}/cctv", 301)
    assert _to(web, step, 302) == "/community-safety"
    assert any(urlsplit(u).hostname == "www.redditchbc.gov.uk" for u in _links(web, host, "/community-safety"))
    notice = next(u for u in _links(web, host, "/council/privacy-notices") if "cctv" in u)
    assert _render(web, notice).status == 410
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/parking/town-centre-multi-storey"]


def test_old_sitemap_and_node_addresses_lead_nowhere_useful(web: Heldback382Web) -> None:
    g = "www.gloucester.gov.uk"
    assert f"http://{g}/residents/community-safety/cctv.aspx" in _render(web, f"http://{g}/sitemap.xml").body.decode()
    assert _to(web, f"http://{g}/residents/community-safety/cctv.aspx", 301) == f"http://{g}/community-safety"
    sp = "www.spelthorne.gov.uk"
    assert f"http://{sp}/node/1513" in _links(web, sp, "/privacy-notices")
    assert _to(web, f"http://{sp}/node/1513", 301) == f"http://{sp}/privacy"
    assert "cctv" not in _main(web, sp, "/privacy").lower()


def test_old_page_still_served_beside_thinner_new_page(
    web: Heldback382Web, hops: RedirectsAsLinks, truth: dict
) -> None:
    host = "www.wychavon.gov.uk"
    assert f"http://{host}/cctv" in _a_z(web, host)
    old = _html(web, host, "/cctv")
    assert '<main id="main">' not in old and "complain" in old
    assert f"http://{host}/code-of-practice" in _links(web, host, "/cctv")
    assert "complain" not in _main(web, host, "/community-safety/cctv")
    assert _linking(hops, host, f"http://{host}/cctv") <= {
        f"http://{host}/a-z",
        f"http://{host}/cctv",
        f"http://{host}/code-of-practice",
    }
    d = _auth(truth, host)["deliverables"]
    assert {f"http://{host}/cctv", f"http://{host}/code-of-practice"} <= set(d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_placeholder_reached_only_by_a_302(web: Heldback382Web, hops: RedirectsAsLinks, truth: dict) -> None:
    host = "www.erewash.gov.uk"
    holder = f"http://{host}/community-safety/cctv-update"
    assert _to(web, f"http://{host}/cctv.html", 302) == "/community-safety/cctv-update"
    assert _linking(hops, host, holder) == {f"http://{host}/cctv.html"}
    sitemap = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert f"http://{host}/cctv.html" in sitemap and holder not in sitemap
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [holder]


def test_new_code_whose_last_chapters_are_old_style_pages(web: Heldback382Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/housing-and-community-safety/keeping-norwich-safer/cctv-code-practice"
    ch7, ch8 = (f"http://{host}/info/20328/cctv/3992/cctv_code_of_practice/{n}" for n in (7, 8))
    assert {ch7, ch8} <= set(_links(web, host, code))
    for ch in (ch7, ch8):
        assert '<main id="main">' not in _html(web, host, urlsplit(ch).path)
    assert "single point of contact" in _text(web, host, urlsplit(ch7).path)
    assert "single point of contact" not in _main(web, host, code)
    assert _to(web, f"http://{host}/info/20328/cctv/2029/about_cctv_in_norwich", 301).endswith(
        "/keeping-norwich-safer/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"


def test_report_link_302_then_301_onto_documents_host(web: Heldback382Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    first = _to(web, f"http://{host}/media/8812/download", 302)
    report = _to(web, first, 301)
    assert urlsplit(report).hostname == "docs.canterbury.gov.uk"
    assert "step 2" in _text(web, "docs.canterbury.gov.uk", urlsplit(report).path)
    assert "step 2" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and {e["url"] for e in d["5.2"]["evidence"]} == {report}


def test_old_address_302s_to_site_search_the_only_route(
    web: Heldback382Web, hops: RedirectsAsLinks, truth: dict
) -> None:
    host = "www.tmbc.gov.uk"
    old = f"http://{host}/services/transport-and-streets/town-centre-management/town-centres-closed-circuit-television-cctv"
    assert old in _a_z(web, host)
    search = _to(web, old, 302)
    assert search.startswith("/search?query=")
    page = f"http://{host}/council/use-cctv"
    assert _linking(hops, host, page) == {f"http://{host}{search}"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "DRAFT" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"


def test_documents_still_on_previous_websites_host(web: Heldback382Web, truth: dict) -> None:
    host, old = "www.dover.gov.uk", "old.dover.gov.uk"
    listing = f"http://{old}/Community/Emergency-Planning-CCTV/CCTV/Reports-and-documents.aspx"
    assert listing in _links(web, host, "/community/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] in _links(web, old, urlsplit(listing).path) and urlsplit(doc["url"]).hostname == old
    assert "Signed for Kent Police" in _text(web, old, urlsplit(doc["url"]).path)
    assert '<main id="main">' not in _html(web, old, urlsplit(listing).path)
    assert (
        _to(web, f"http://{host}/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx", 301)
        == f"http://{host}/community/cctv"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback382Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.powys.gov.uk", "www.gloucester.gov.uk", "www.spelthorne.gov.uk"})
