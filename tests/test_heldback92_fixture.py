"""The ninety-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 77 to 91; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a camera section of a long page with jump
links; a signed memorandum of understanding only in a document library filtered by query string; camera facts only
in a privacy notice; a SPOC on a meet-the-team page; a step 2 claim only on an awards page; answers in closed
<details>; a signed joint working protocol; a SPOC only in a policy's document-control block, served without
extension; an easy-read page on a legacy site without <main>; a camera page under Parking with a SPOC in a roles
list; a shared two-council website whose camera news is on a second news page; a signed schedule of a partnership
agreement beside a councils-only main agreement; an at-a-glance table with a step 1 row and a draft agreement;
one-fact councils on a bus station, market hall and park page; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback92.truth import TRUTH_PATH
from fixtures.heldback92.web import Heldback92Web


@pytest.fixture(scope="module")
def web() -> Heldback92Web:
    return Heldback92Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_real_councils_none_from_sets_77_to_91(web: Heldback92Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(77, 92) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 77-91 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_camera_section_of_long_page_and_mou_in_filtered_library(web: Heldback92Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    pg = "/info/20034/crime_and_community_safety/1290/keeping_havering_safe"
    html = _html(web, host, pg)
    assert '<a href="#cameras">Public space cameras</a>' in html and '<section id="cameras">' in html
    assert html.index("Hate crime</h2>") < html.index("Around 340 cameras") < html.index("Knife crime</h2>")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    lib = f"http://{host}/downloads?category=agreements-and-protocols"
    assert _linking(web, host, doc["url"]) == {lib}
    assert "Memorandum of Understanding" in _text(web, host, urlsplit(doc["url"]).path)
    assert _render(web, f"http://{host}/downloads?category=strategies").body != _render(web, lib).body
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_camera_facts_only_in_privacy_notice_and_spoc_on_team_page(web: Heldback92Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    notice = "/data-protection/privacy-notices/public-space-surveillance-cameras"
    team = "/community-safety/meet-the-team"
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {notice, team}
    assert "About 100 fixed cameras" in _main(web, host, notice)
    assert "cameras" not in _main(web, host, "/community-safety").lower()
    html = _html(web, host, team)
    assert '<dl class="roles">' in html and html.count("<dt>") == 4
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {team}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_2_only_on_awards_page(web: Heldback92Web, truth: dict) -> None:
    host = "www.centralbedfordshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    aw = "/info/1/about_the_council/1840/awards_and_accreditations"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {aw}
    assert "certification" not in _main(web, host, "/info/44/community_safety/612/cctv").lower()
    assert "<img" not in _main(web, host, aw)
    assert "service level agreements" in _main(web, host, "/info/44/community_safety/612/cctv")
    assert d["5.5"]["status"] == "not_met"


def test_details_faq_step_2_and_signed_protocol(web: Heldback92Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    pg = "/en/Crime-and-safety/CCTV.aspx"
    html = _html(web, host, pg)
    assert html.count('<details class="faq"><summary>') == 5 and "<details open" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018-11" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent" and "Joint Working Protocol" in doc["title"]
    assert "Signed on behalf of Gwent Police" in _text(web, host, urlsplit(doc["url"]).path)
    cy = f"http://{host}/cy/Trosedd-a-diogelwch/Teledu-cylch-cyfyng.aspx"
    assert cy in _links(web, host, pg) and cy in d["5.1"]["pages"]
    assert 'lang="cy"' in _html(web, host, urlsplit(cy).path)


def test_spoc_only_in_policy_document_control_without_extension(web: Heldback92Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pol = "/downloads/file/1733/cctv-policy"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pol}
    r = _render(web, f"http://{host}{pol}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, pol)
    assert text.index("Document control") < text.index("single point of contact") < text.index("1. Introduction")
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {pol}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_easy_read_page_on_legacy_site(web: Heldback92Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    site = web.sites[host]
    assert site.search is None and "<main" not in _html(web, host, "/Community/Community-Safety/CCTV.aspx")
    er = f"http://{host}/Community/Community-Safety/CCTV-easy-read.aspx"
    assert er in _links(web, host, "/Community/Community-Safety/CCTV.aspx")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and er in d["5.1"]["pages"]
    assert "31 days" in _text(web, host, urlsplit(er).path)
    assert "31 days" not in _text(web, host, "/Community/Community-Safety/CCTV.aspx")
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_camera_page_under_parking_and_spoc_in_roles_list(web: Heldback92Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    cc = f"http://{host}/parking/cctv-in-chorley"
    assert _linking(web, host, cc) >= {f"http://{host}/parking"}
    d = _auth(truth, host)["deliverables"]
    ig = "/council-and-democracy/information-governance"
    assert "<dt>Surveillance cameras</dt>" in _html(web, host, ig)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {ig}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_shared_website_news_on_second_page(web: Heldback92Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    assert "Adur &amp; Worthing Councils" in _html(web, host, "/")
    upgrade = f"http://{host}/news/worthing-cctv-upgrade"
    assert upgrade not in _links(web, host, "/news")
    assert f"http://{host}/news?page=2" in _links(web, host, "/news")
    assert upgrade in _links(web, host, "/news?page=2")
    assert "Adur District Council" in _main(web, host, "/housing/adur-homes-estate-cameras")


def test_signed_schedule_of_partnership_agreement(web: Heldback92Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire" and doc["title"].startswith("Schedule 4")
    docs = f"http://{host}/streets-parking-transport/cctv/partnership-documents"
    main_agr = f"http://{host}/media/5120/shared-cctv-service-partnership-agreement.pdf"
    assert {doc["url"], main_agr} <= set(_links(web, host, urlsplit(docs).path))
    assert "Constabulary" not in _text(web, host, urlsplit(main_agr).path)
    assert "Signed for Cambridgeshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, f"http://{host}/streets-parking-transport/cctv") >= {
        f"http://{host}/streets-parking-transport"
    }


def test_at_a_glance_table_step_1_and_draft_agreement(web: Heldback92Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    html = _html(web, host, "/pages/cctv")
    assert '<table class="at-a-glance">' in html and '<th scope="row">Certification</th>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.rotherham.gov.uk", "www.ribblevalley.gov.uk", "www.highpeak.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(web: Heldback92Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.fareham.gov.uk", "cameras", "/transport/fareham-bus-station"),
        ("www.highpeak.gov.uk", "signage", "/markets/glossop-market-hall"),
        ("www.malvernhills.gov.uk", "retention", "/parks-and-open-spaces/priory-park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert d51["evidence"][0]["quote"] in _main(web, host, path), host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback92Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.adur-worthing.gov.uk", "www.hyndburnbc.gov.uk"})
    assert "does not operate public space CCTV" in _main(web, "www.norfolk.gov.uk", "/foi/disclosure-log/2024-0417")
    assert "BID" in _main(web, "www.hyndburnbc.gov.uk", "/business/accrington-bid")
