"""The ninety-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 84 to 98; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a sitemap split into a sitemap index; a step 2
claim only in a figure caption over an empty-alt image; camera statistics only in an annual report's table; a draft
Word agreement; a disclosure split over a parent page and three child pages linked only from its in-page contents
list, with the SPOC on the third; camera facts and a SPOC only in a service privacy notice reached through an A to Z
of letters and a 'services starting with C' page; a Contensis-like chrome with no <main> whose 'at a glance' table
holds a step 1 claim and a signed joint working protocol; a 'Town centre cameras' page that never writes CCTV, with
another council's certification in news; a camera page named only by its brand; a SPOC only on a frequently asked
questions page shared by several services, and council cameras on a taxi ranks page; a signed schedule of a
partnership agreement served without extension and a housing page with block cameras; a step 2 claim only on an
awards page with the mark; a signed memorandum of understanding; one-fact councils on a council offices, an event
and a civic hall page, one of them on a website shared with another council; robots.txt forbidding the search; a
legacy site without search or A to Z; and councils that publish nothing but carry look-alikes, one bilingual).
"""

from __future__ import annotations

import json
import re
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback99.truth import TRUTH_PATH
from fixtures.heldback99.web import Heldback99Web


@pytest.fixture(scope="module")
def web() -> Heldback99Web:
    return Heldback99Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(entries: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in entries}


def test_real_councils_none_from_sets_84_to_98(web: Heldback99Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(84, 99) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 84-98 may be reused"
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
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_sitemap_index_figure_caption_claim_report_table_and_draft(web: Heldback99Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    index = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert "<sitemapindex" in index and "<urlset" not in index
    kids = re.findall(r"<loc>(http://[^<]+)</loc>", index)
    assert len(kids) == 2
    pg = "/community-safety/cctv-and-the-control-room"
    listed = [_render(web, k).body.decode() for k in kids]
    assert sum(f"http://{host}{pg}</loc>" in x for x in listed) == 1
    assert f"Sitemap: http://{host}/sitemap.xml" in web.sites[host].robots_txt()
    html = _html(web, host, pg)
    fig = html.split("<figure", 1)[1].split("</figure>", 1)[0]
    assert 'alt=""' in fig and "<figcaption>" in fig and "step 2" in fig
    assert "step 2" not in _main(web, host, pg).replace(fig, "").split("Our control room")[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-05" and not d["5.2"]["mark_displayed"]
    report = "/sites/default/files/2024-07/cctv-annual-report-2023-24.pdf"
    assert "Incidents logged by operators | 4,916" in _text(web, host, report)
    assert "4,916" not in _main(web, host, pg)
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{report}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_parent_and_three_children_linked_only_from_contents_list(web: Heldback99Web, truth: dict) -> None:
    host = "www.rochdale.gov.uk"
    top = f"http://{host}/community-and-safety/cctv"
    assert '<nav class="contents"' in _html(web, host, "/community-and-safety/cctv")
    children = ("why-we-use-cameras", "recordings-and-your-rights", "accountability-and-contacts")
    for c in children:
        assert _linking(web, host, f"{top}/{c}") == {top}, c
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]["evidence"]) == {"/community-and-safety/cctv/accountability-and-contacts"}
    assert "single point of contact" not in _main(web, host, "/community-and-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_privacy_notice_only_and_letter_a_to_z(web: Heldback99Web, truth: dict) -> None:
    host = "www.westberks.gov.uk"
    pn = f"http://{host}/privacy-notices/cctv-and-surveillance-cameras"
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.1"]["pages"] == [pn]
        and d["5.3"]["status"] == "met"
        and _paths(d["5.3"]["evidence"]) == {urlsplit(pn).path}
    )
    assert not web.sites[host].az and "/a-to-z" in _html(web, host, "/")
    assert f"http://{host}/a-to-z/c" in _linking(web, host, pn)
    assert "Services starting with C" in _html(web, host, "/a-to-z/c")
    assert "/privacy-notices/" not in _html(web, host, "/a-to-z")
    assert not [p for (h, p) in web.sites[host].pages if "cctv" in p and not p.startswith(("/privacy", "/planning"))]


def test_no_main_element_at_a_glance_step_1_and_signed_protocol(web: Heldback99Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    html = _html(web, host, "/cctv")
    assert "<main" not in html and 'role="main"' in html
    table = html.split('<table class="at-a-glance">', 1)[1].split("</table>", 1)[0]
    assert "Step 1 (desktop)" in table and "Joint working protocol with Sussex Police" in table
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-10"
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert doc["signed"] and "on behalf of Chichester District Council" in text and "on behalf of Sussex Police" in text


def test_page_never_writes_cctv_and_third_party_certification(web: Heldback99Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    pg = "/community-safety/town-centre-cameras"
    assert "cctv" not in _main(web, host, pg).lower() and "cctv" not in pg
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{pg}" in d["5.1"]["pages"]
    assert "full certification" in _main(web, host, "/news-and-events/boston-control-room-recognised")
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_brand_named_camera_page(web: Heldback99Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    html = _html(web, host, "/forestwatch")
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title.startswith("Forest Watch") and "cctv" not in title.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"][0] == f"http://{host}/forestwatch" and d["5.1"]["criteria"]["other_systems"]


def test_spoc_on_shared_faq_page_and_taxi_ranks(web: Heldback99Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    faq = _main(web, host, "/frequently-asked-questions")
    for heading in ("Bins", "Parking", "Community safety", "Council tax"):
        assert heading in faq
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/frequently-asked-questions"}
    assert "single point of contact" not in _main(
        web, host, "/resident-community-and-living/closed-circuit-television-cctv"
    )
    assert "council's own town centre cameras" in _main(web, host, "/licensing/taxi-ranks")


def test_schedule_of_partnership_agreement_and_housing_cameras(web: Heldback99Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Schedule 3" in _text(web, host, urlsplit(doc["url"]).path)
    assert f"http://{host}/housing/safety-in-your-block" in d["5.1"]["pages"]
    assert web.sites[host].sitemap


def test_awards_page_only_claim_and_memorandum(web: Heldback99Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    aw = "/about-the-council/awards-and-accreditations"
    assert _paths(d["5.2"]["evidence"]) == {aw} and d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    assert 'alt="Surveillance Camera Code Compliant certification mark"' in _html(web, host, aw)
    assert "step 2" not in _main(web, host, "/info/community-safety/cctv").lower()
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "memorandum of understanding" in doc["title"].lower()
    assert "Norfolk Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_one_fact_councils(web: Heldback99Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.blaby.gov.uk", "retention", "/council/visiting-the-council-offices"),
        ("www.midsuffolk.gov.uk", "operator", "/events/stowmarket-christmas-lights-switch-on"),
        ("www.ne-derbyshire.gov.uk", "cameras", "/venues/dronfield-civic-hall"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Babergh and Mid Suffolk" in _html(web, "www.midsuffolk.gov.uk", "/")
    assert "Babergh District Council" in _main(web, "www.midsuffolk.gov.uk", "/community/cctv-sudbury-and-hadleigh")


def test_legacy_site_without_search_or_a_to_z(web: Heldback99Web) -> None:
    site = web.sites["www.blaby.gov.uk"]
    assert site.search is None and not site.az and not site.sitemap
    assert "<main" not in _html(web, "www.blaby.gov.uk", "/") and "<table" in _html(web, "www.blaby.gov.uk", "/")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.nottinghamshire.gov.uk", "www.n-kesteven.gov.uk", "www.broxbourne.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback99Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.nottinghamshire.gov.uk", "www.anglesey.gov.uk", "www.scambs.gov.uk"})
    cy = _html(web, "www.anglesey.gov.uk", "/cy/trigolion/diogelwch-cymunedol/teledu-cylch-cyfyng")
    assert '<html lang="cy">' in cy and "Caergybi" in cy
    assert "no longer runs town centre CCTV" in _main(
        web, "www.anglesey.gov.uk", "/en/residents/community-safety/town-centre-cctv"
    )
