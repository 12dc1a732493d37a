"""The four hundred and twenty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. Its emphasis is reorganised councils and website
migrations: a stale copy of a camera page at an old Sitecore item path with an old media library beside the new
one; a page 'moving on 1 April 2020' never removed and listed before the current one; a successor council governed
by four predecessors' legacy documents (one with a predecessor's step 1 claim, one naming the county's SPOC); a
'this page has moved' notice pointing off-site and an old address redirecting to it; the previous website's TYPO3
pages still answering at index.php?id=...&L=0/1 behind an 'older pages' list; an old library address serving a
one-page 'document withdrawn' PDF; a shared site's separation FAQ holding one fact; CMS page revisions served at
?revision= addresses from a page history; a changelog linking a PDF snapshot of the old page with the former SPOC;
a merged council's new library and predecessors' upload folder side by side with two same-titled codes; an 'old
website' table whose old addresses still answer; a replaced e-form still online; an old articleid page; old
addresses redirected to the homepage and an off-site web archive; and councils that publish nothing.
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback.truth import link_graph
from fixtures.heldback426.truth import TRUTH_PATH
from fixtures.heldback426.web import Heldback426Web


@pytest.fixture(scope="module")
def web() -> Heldback426Web:
    return Heldback426Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(urls: set[str] | list[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils_of_the_brief_mix(web: Heldback426Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 426)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_stale_sitecore_copy_and_old_media_library(web: Heldback426Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    old = f"http://{host}/sitecore/content/home/community-safety/cctv"
    assert "155 public space cameras" in _main(web, host, urlsplit(old).path)
    assert _linking(web, host, old) == {f"http://{host}/together-greener"}
    draft = "/-/media/sharepoint-lists/public-records/communitysafety/cctv-protocol-metropolitan-police-draft.pdf"
    assert "DRAFT" in _text(web, host, draft)
    assert _linking(web, host, f"http://{host}{draft}") == {old}
    a = _auth(truth, host)
    assert not any("sitecore" in u or "/-/media/" in u for u in evidence_urls(a))
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, "/crime-and-safety/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path.startswith("/documents/cctv/")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]


def test_page_moving_in_2020_never_removed_listed_first(web: Heldback426Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    cs = "/residents/community/community-safety"
    html = _html(web, host, cs)
    first = html.index('href="/residents/community/community-safety/cctv.aspx">CCTV</a>')
    second = html.index('href="/residents/community/community-safety/cctv/CCTV.aspx">CCTV</a>')
    assert first < second
    old = _main(web, host, f"{cs}/cctv.aspx")
    assert "From 1 April 2020" in old and "Data Protection Act 1998" in old
    d = _auth(truth, host)["deliverables"]
    assert not any(u.endswith("/cctv.aspx") for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_successor_governed_by_predecessors_legacy_documents(web: Heldback426Web, truth: dict) -> None:
    host = "www.cumberland.gov.uk"
    cur = "/your-council/data-protection-and-privacy/cctv-and-surveillance"
    links = _links(web, host, cur)
    legacy = [u for u in links if "legacy" in u]
    assert len(legacy) == 4
    word = next(u for u in legacy if _no_extension(u))
    assert (_render(web, word).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    carlisle = "/sites/default/files/legacy-council-documents/carlisle-car-parks-cctv-code-of-practice-2018.pdf"
    county = "/sites/default/files/legacy-council-documents/cumbria-county-council-surveillance-camera-policy-2020.pdf"
    assert "step 1 desktop certification" in _text(web, host, carlisle)
    assert "single point of contact" in _text(web, host, county)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    changes = _links(web, host, "/your-council/about-council-changes")
    assert {"www.allerdale.gov.uk", "www.carlisle.gov.uk", "www.copeland.gov.uk"} <= {
        urlsplit(u).hostname for u in changes
    }
    assert all(urlsplit(u).hostname == host for u in link_graph(web, web.sites[host]))


def test_moved_notice_pointing_off_site(web: Heldback426Web, truth: dict) -> None:
    host = "www.westsussex.gov.uk"
    r = _render(web, f"http://{host}/cctv")
    moved = "/fire-emergencies-and-crime/community-safety/public-space-cctv"
    assert r.status == 301 and r.header("Location") == f"http://{host}{moved}"
    assert "This page has moved" in _main(web, host, moved)
    assert any("saferwestsussex" in u for u in _links(web, host, moved))
    assert not web.sites[host].az


def test_previous_sites_typo3_pages_behind_older_pages_list(web: Heldback426Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    older = f"http://{host}/en/older-pages"
    assert _linking(web, host, older) == {f"http://{host}/accessibility-statement"}
    for q in ("/index.php?id=2145&L=0", "/index.php?id=2145&L=1"):
        assert _linking(web, host, f"http://{host}{q}") == {older}
    assert "Data Protection Act 1998" in _main(web, host, "/index.php?id=2145&L=0")
    assert '<html lang="cy">' in _html(web, host, "/index.php?id=2145&L=1")
    a = _auth(truth, host)
    assert not any("index.php" in u for u in evidence_urls(a))
    pages = a["deliverables"]["5.1"]["pages"]
    assert any("/cy/" in u for u in pages) and a["deliverables"]["5.3"]["status"] == "met"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))


def test_tombstone_pdf_at_the_old_library_address(web: Heldback426Web, truth: dict) -> None:
    host = "www.rossendale.gov.uk"
    tomb = f"http://{host}/downloads/file/1422/cctv_code_of_practice"
    r = _render(web, tomb)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(tomb).path)
    assert "This document has been withdrawn" in text and "Signed" not in text
    assert _linking(web, host, tomb) == {
        f"http://{host}/info/210100/policies_and_strategies",
        f"http://{host}/news/article/1187/council_welcomes_cctv_funding",
    }
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/210143/community_safety/10510/cctv"}


def test_one_fact_in_a_shared_sites_separation_faq(web: Heldback426Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/website-changes"]
    assert "Lewes District Council operates cameras" in _main(
        web, host, "/community/community-safety/newhaven-cctv-privacy-statement"
    )


def test_page_revisions_and_step_1_only_in_a_certificate(web: Heldback426Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    hist = f"http://{host}/cctv/page-history"
    for rev in ("14", "21"):
        assert _linking(web, host, f"http://{host}/cctv?revision={rev}") == {hist}
    assert "Data Protection Act 1998" in _main(web, host, "/cctv?revision=14")
    assert "step 1" not in _main(web, host, "/cctv")
    certs = _main(web, host, "/cctv/certificates-and-accreditations")
    assert "Park Mark" in certs and "BS 7958" in certs
    a = _auth(truth, host)
    assert not any("revision" in u for u in evidence_urls(a))
    d52 = a["deliverables"]["5.2"]
    assert d52["level"] == "step1" and d52["awarded"] == "2019-10-18" and not d52["mark_displayed"]


def test_changelog_links_a_snapshot_with_the_former_spoc(web: Heldback426Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    snap = f"http://{host}/media/archive/cctv-page-snapshot-2018.pdf"
    assert _linking(web, host, snap) == {f"http://{host}/community/cctv/whats-changed"}
    assert "The Head of Housing is the council's single point of contact" in _text(web, host, urlsplit(snap).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["spoc"]["role"] == "Community Safety Manager"
    assert _paths({e["url"] for e in d["5.3"]["evidence"]}) == {"/community/cctv"}
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and r.header("Location") == f"http://{host}/community/cctv"
    assert "King's Lynn" in _main(web, host, "/community/cctv") and d["5.5"]["status"] == "not_met"


def test_new_library_and_predecessors_upload_folder_side_by_side(web: Heldback426Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    pol = "/council/policies_and_strategies/index.cfm"
    html = _html(web, host, pol)
    assert html.count(">CCTV code of practice</a>") == 2
    links = _links(web, host, pol)
    assert any("/documents/" in u for u in links) and any("/upload/" in u for u in links)
    old = "/Council/Policies_and_strategies/upload/SEBC-CCTV-Code-of-Practice-2016.pdf"
    assert "20__" in _text(web, host, old) and "St Edmundsbury" in _text(web, host, old)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path.startswith("/documents/")
    assert "Appendix C" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "partial"


def test_old_website_table_whose_old_addresses_still_answer(web: Heldback426Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    ow = f"http://{host}/old-website"
    assert "<caption>Old and new addresses</caption>" in _html(web, host, "/old-website")
    assert _linking(web, host, f"http://{host}/CCTV") == {ow}
    assert "52 cameras" in _main(web, host, "/CCTV") and "58 cameras" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in _main(web, host, "/community-safety/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert d["5.1"]["criteria"]["statistics"] and any(u.endswith(".pdf") for u in d["5.1"]["pages"])


def test_spoc_on_the_footage_page_and_a_replaced_eform(web: Heldback426Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    assert "single point of contact" not in _main(web, host, "/cctv")
    assert "single point of contact" in _main(web, host, "/cctv/request-cctv-footage")
    old = _main(web, host, "/eforms/cctv-request.aspx")
    assert "This form has been replaced" in old and "10 pounds" in old
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020-06" and d["5.5"]["status"] == "not_met"


def test_old_articleid_page_and_robots_forbid_search(web: Heldback426Web, truth: dict) -> None:
    host = "www.blaby.gov.uk"
    assert "Data Protection Act 1998" in _main(web, host, "/index.aspx?articleid=5120")
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}/your-council/data-protection/your-rights"]


def test_old_addresses_to_the_homepage_and_an_off_site_archive(web: Heldback426Web, truth: dict) -> None:
    host = "www.stroud.gov.uk"
    for old in ("/cctv", "/info/community-safety/cctv"):
        r = _render(web, f"http://{host}{old}")
        assert r.status == 302 and r.header("Location") == f"http://{host}/"
    assert any("webarchive" in u for u in _links(web, host, "/about-us/website"))


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback426Web, truth: dict) -> None:
    hosts = {"www.westsussex.gov.uk", "www.ne-derbyshire.gov.uk", "www.stroud.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    dem = "democracy.ne-derbyshire.gov.uk"
    assert "mobile camera" in _text(web, dem, "/mgAi.aspx?ID=9412")
    assert "<main" not in _html(web, "www.ne-derbyshire.gov.uk", "/")
