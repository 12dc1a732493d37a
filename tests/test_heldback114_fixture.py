"""The hundred-and-fourteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 99 to 113; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a faceted service finder that multiplies
addresses; figures only in a community safety partnership's annual report page; print and translation duplicates
of every page; a privacy notice five levels down with an ISA mention; a step 2 claim only as a dated line in a
timeline; a SPOC in an organisation chart tree; a signed Word agreement linked only as 'Download (Word, 52 KB)'; a
SPOC in a policy's responsibilities section; a search that ignores the query; a signed agreement whose signatures
follow long appendices; soft 404s answered with status 200; a Welsh twin; a one-fact strategic assessment page; an
events calendar running on for years; a documents library of opaque names holding a protocol signed for the force
under its former name; a lead officer for cameras never called a single point of contact; a draft agreement as an
HTML page with blank signature lines; session ids in every link; a step 1 claim only in a footer mark's alt text;
an agreement with a neighbouring force that does not count; a lapsed step 2 certificate; a search showing snippets
without links; a search that only answers a POST form; a shared website whose camera page is the other council's;
and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback.truth import link_graph
from fixtures.heldback114.truth import TRUTH_PATH
from fixtures.heldback114.web import Heldback114Web


@pytest.fixture(scope="module")
def web() -> Heldback114Web:
    return Heldback114Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_real_councils_none_from_sets_99_to_113(web: Heldback114Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 114)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_faceted_finder_multiplies_addresses_and_figures_in_partnership_report(
    web: Heldback114Web, truth: dict
) -> None:
    host = "lewisham.gov.uk"
    graph = link_graph(web, web.sites[host])
    facets = [u for u in graph if urlsplit(u).path == "/services"]
    assert len(facets) == 60
    assert f"http://{host}/myservices/community-safety/cctv-cameras-in-the-borough" in _links(
        web, host, "/services?topic=all&sort=a-z&page=1"
    )
    d = _auth(truth, host)["deliverables"]
    report = f"http://{host}/myservices/community-safety/safer-lewisham-partnership/annual-report-2024-25"
    assert d["5.1"]["criteria"]["statistics"] and report in d["5.1"]["pages"]
    assert "4,212" not in _main(web, host, "/myservices/community-safety/cctv-cameras-in-the-borough")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "facial recognition" in _main(web, host, "/news/live-facial-recognition-in-catford")


def test_timeline_step_2_org_chart_spoc_and_bare_word_download(web: Heldback114Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    sec = "/info/40/crime_and_safety"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06"
    assert not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {f"{sec}/2372/cctv_what_weve_done"}
    assert "step 2" not in _main(web, host, f"{sec}/2371/public_space_cctv").lower()
    org = _html(web, host, f"{sec}/2373/who_looks_after_our_cameras")
    assert '<ul class="org-chart">' in org and "<table" not in org.split('<main id="main">', 1)[1]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("camera.spoc@")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    page = _html(web, host, f"{sec}/2371/public_space_cctv")
    assert f'href="{urlsplit(doc["url"]).path}">Download (Word, 52 KB)</a>' in page
    assert "agreement" not in _main(web, host, f"{sec}/2371/public_space_cctv").lower()
    assert "Signed for and on behalf of West Midlands Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_print_and_translation_duplicates_and_deep_privacy_notice(web: Heldback114Web, truth: dict) -> None:
    host = "www.rbwm.gov.uk"
    cctv = "/community-and-living/community-safety/cctv"
    links = set(_links(web, host, cctv))
    assert {f"http://{host}{cctv}?print=1", f"http://{host}{cctv}?lang=pl", f"http://{host}{cctv}?lang=ur"} <= links
    for q in ("?print=1", "?lang=pl"):
        assert "Telephone 01628 796 118" in _text(web, host, cctv + q)
    graph = link_graph(web, web.sites[host])
    canon = [u for u in graph if not urlsplit(u).query]
    assert len(graph) >= 3 * len(canon) - 5
    d = _auth(truth, host)["deliverables"]
    pn = [u for u in d["5.1"]["pages"] if u.endswith("rbwm-cctv-privacy-notice")]
    assert pn and urlsplit(pn[0]).path.count("/") == 6
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial"


def test_spoc_in_policy_responsibilities_and_search_ignores_query(web: Heldback114Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pol = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    main = _main(web, host, pol)
    assert main.index("Responsibilities") < main.index("Single Point of Contact (SPOC) for surveillance cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pol}
    cctv = _html(web, host, "/search?q=cctv").split('<ol class="results">', 1)[1].split("</ol>", 1)[0]
    bins = _html(web, host, "/search?q=bins").split('<ol class="results">', 1)[1].split("</ol>", 1)[0]
    assert cctv == bins and cctv.count("<li>") == 40
    assert pol not in cctv and "camera" not in cctv.lower()


def test_signatures_after_long_appendices_soft_404_and_welsh_twin(web: Heldback114Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Appendix D") < text.index("Signed on behalf of Gwent Police")
    assert text.index("Signed on behalf of Gwent Police") > len(text) * 0.9
    body = _render(web, doc["url"]).body
    assert body.count(b"/Type /Page") - body.count(b"/Type /Pages") >= 2, "signatures on a later page"
    dead = f"http://{host}/en/Council-Democracy/CCTV.aspx"
    assert dead in _links(web, host, "/a-z")
    r = _render(web, dead)
    assert r.status == 200 and b"find that page" in r.body
    assert f"http://{host}/cy/Trafnidiaeth-Strydoedd/TCC/TCC-yng-Nghasnewydd.aspx" in d["5.1"]["pages"]
    assert d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_one_fact_on_strategic_assessment_and_calendar_trap(web: Heldback114Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.castlepoint.gov.uk", "operator", "/community/safer-castle-point/strategic-assessment-2025"),
        ("www.southribble.gov.uk", "retention", "/leisure-and-parks/worden-park"),
        ("www.southnorfolkandbroadland.gov.uk", "other_systems", "/environment/fly-tipping-in-broadland"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "service level agreement" in _main(
        web, "www.castlepoint.gov.uk", "/news/cabinet-agrees-monitoring-with-southend"
    )
    host = "www.southribble.gov.uk"
    graph = link_graph(web, web.sites[host])
    months = [u for u in graph if urlsplit(u).path == "/whats-on/calendar"]
    assert len(months) >= 100
    assert f"http://{host}/whats-on/calendar?month=2026-02" in _links(web, host, "/whats-on/calendar?month=2026-01")


def test_opaque_document_library_and_former_force_name(web: Heldback114Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    lib = f"http://{host}/downloads/20071/community_safety_documents"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Leicestershire"
    assert _no_extension(doc["url"]) and _linking(web, host, doc["url"]) == {lib}
    names = re.findall(r">(doc\d+)</a>", _html(web, host, urlsplit(lib).path))
    assert len(names) == 6 and "doc10688" in names
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Leicestershire Constabulary" in text and "Leicestershire Police" not in text
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "partial" and d["5.1"]["criteria"]["statistics"]


def test_lead_officer_without_spoc_words_and_draft_html_agreement(web: Heldback114Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    pol = "/access-information/cctv-policy-and-statutory-information"
    main = _main(web, host, pol).lower()
    assert "single point of contact" not in main and "spoc" not in main and "lead officer for surveillance" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cameras.lead@")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Hertfordshire"
    draft = _html(web, host, urlsplit(doc["url"]).path)
    assert "__/__/20__" in draft and "...................." in draft
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("text/html")


def test_session_ids_in_every_link(web: Heldback114Web) -> None:
    host = "www.eastcambs.gov.uk"
    internal = [u for u in _links(web, host, "/") if urlsplit(u).hostname == host and "/images/" not in u]
    assert internal and all("sid=" in urlsplit(u).query for u in internal)
    a, b = _links(web, host, "/news"), _links(web, host, "/bins-and-recycling")
    assert {urlsplit(u).query for u in a} != {urlsplit(u).query for u in b}
    assert _render(web, f"http://{host}/news?sid=0000deadbeef").status == 200


def test_footer_mark_step_1_and_neighbouring_force_agreement(web: Heldback114Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    alt = "Surveillance Camera Code of Practice: step 1 desktop certification awarded 2020"
    home = _html(web, host, "/")
    assert alt in home and alt in home.split("<footer>", 1)[1]
    assert "step 1" not in _main(web, host, "/residents/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    a5 = "/media/2291/a5-corridor-cameras-data-sharing-agreement.pdf"
    assert "Signed for Warwickshire Police" in _text(web, host, a5)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{a5}" not in {e["url"] for e in d["5.5"]["evidence"]}


def test_lapsed_certificate_and_snippet_only_search(web: Heldback114Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    assert "lapsed" in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    res = _html(web, host, "/search?q=cctv")
    assert '<ul class="snippets">' in res and "<strong>CCTV</strong>" in res
    assert set(_links(web, host, "/search?q=cctv")) == set(_links(web, host, "/search?q=zzzz"))
    assert d["5.5"]["status"] == "not_met" and "Thurrock" in _main(web, host, "/cctv")


def test_search_only_answers_a_post_form(web: Heldback114Web) -> None:
    host = "www.bolsover.gov.uk"
    home = _html(web, host, "/")
    assert 'method="post"' in home and 'method="get"' not in home
    assert '<main id="main">' not in home
    assert "results" not in _html(web, host, "/search?q=cctv").lower()


def test_shared_website_camera_page_is_the_other_councils(web: Heldback114Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    sn = f"http://{host}/community-safety/south-norfolk-town-centre-cctv"
    a = _auth(truth, host)
    assert sn not in a["deliverables"]["5.1"]["pages"]
    assert "31 days" in _main(web, host, urlsplit(sn).path) and not a["deliverables"]["5.1"]["criteria"]["retention"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback114Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.southderbyshire.gov.uk", "www.eastcambs.gov.uk", "www.bolsover.gov.uk"})
    host = "www.southderbyshire.gov.uk"
    dead = f"http://{host}/our-services/community-safety/cctv"
    assert dead in _links(web, host, "/a-z")
    r = _render(web, dead)
    assert r.status == 200 and b"find that page" in r.body
    assert _links(web, host, "/search?q=cctv") == _links(web, host, "/search?q=council+tax")
