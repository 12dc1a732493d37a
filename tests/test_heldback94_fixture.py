"""The ninety-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 79 to 93; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a SPOC on a 'Meet the team' page beside other
roles, with camera news only on a paged news list's second page; CCTV as one jump-linked section of a long
community safety page and a signed joint working protocol listed only on a document library's query-string
category page; a SPOC only in a policy PDF's document-control table; a bilingual Welsh site with a /cy twin, a SPOC
on an operational group page and a draft Word agreement; a CCTV page under environmental health whose signed
agreement is a schedule of a councils' partnership agreement; an 'at a glance' facts table holding a step 2 claim,
an agreement mention and a control-room phone; a 'Town centre cameras' page that never writes CCTV, with its answers
in <details> and a signed memorandum of understanding; a certificate and mark only on an 'Awards and accreditations'
page, beside a service level agreement with another council; a CCTV page under Parking with an easy-read page and a
step 1 sentence; one-fact bus station, windmill and theatre pages; a legacy site without <main> or search; robots.txt
forbidding the search; and councils that publish nothing but carry look-alikes).
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
from fixtures.heldback94.truth import TRUTH_PATH
from fixtures.heldback94.web import Heldback94Web


@pytest.fixture(scope="module")
def web() -> Heldback94Web:
    return Heldback94Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_real_councils_none_from_sets_79_to_93(web: Heldback94Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(79, 94) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 79-93 may be reused"
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


def test_spoc_on_meet_the_team_page_and_paged_news(web: Heldback94Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    cctv = "/safer-hillingdon/cctv-hillingdon"
    team = f"{cctv}/meet-the-team"
    html = _html(web, host, team)
    assert '<th scope="col">Role</th><th scope="col">Name</th>' in html and "Control Centre Supervisor" in html
    assert "single point of contact" not in _main(web, host, cctv).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {team}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}/news?page=2" in _links(web, host, "/news")
    assert f"http://{host}/news/new-cameras-for-estates" in _links(web, host, "/news?page=2")
    assert not any("news" in u for u in d["5.1"]["pages"])


def test_jump_linked_section_and_protocol_in_filtered_library(web: Heldback94Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    pg = "/community-safety-anti-social-behaviour"
    html = _html(web, host, pg)
    assert '<a href="#cctv">CCTV</a>' in html and '<h2 id="cctv">CCTV</h2>' in html
    assert "<h1>Community safety and anti-social behaviour</h1>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    cat = f"http://{host}/downloads?category=partnership-agreements"
    assert _linking(web, host, doc["url"]) == {cat}
    assert cat in _links(web, host, "/downloads")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Bolton Council" in text and "Greater Manchester Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_only_in_policy_document_control(web: Heldback94Web, truth: dict) -> None:
    host = "www.westmorlandandfurness.gov.uk"
    pg = "/your-council/data-protection-and-privacy/cctv-and-surveillance"
    assert "single point of contact" not in _main(web, host, pg).lower()
    pol = "/sites/default/files/2024-05/cctv-and-surveillance-policy.pdf"
    text = _text(web, host, pol)
    assert text.index("Document control") < text.index("Single point of contact for surveillance cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pol}
    assert not web.sites[host].az


def test_bilingual_twin_spoc_on_group_page_and_draft_word_agreement(web: Heldback94Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cy = "/cy/byw/Bro-Mwy-Diogel/Teledu-Cylch-Cyfyng.aspx"
    assert 'lang="cy"' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    group = "/en/living/Safer-Vale/CCTV-Operational-Group.aspx"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {group}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_page_under_environmental_health_and_schedule_of_partnership_agreement(web: Heldback94Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).path.startswith(("/environmental-health/", "/media/")) for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Schedule 4" in text and "Broxtowe Borough Council" in text
    assert "Signed for and on behalf of Nottinghamshire Police" in text


def test_facts_table_holds_step_2_claim_and_agreement_mention(web: Heldback94Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    pg = "/community-safety/cctv.cfm"
    html = _html(web, host, pg)
    assert '<table class="at-a-glance"><caption>At a glance</caption>' in html and "<img" not in html
    assert '<th scope="row">Surveillance Camera Code</th><td>Full (step 2) certification' in html
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert a["heldback"]["robots_forbid_search"]


def test_page_never_writes_cctv_with_details_faq_and_signed_memorandum(web: Heldback94Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    pg = "/community-safety/town-centre-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    html = _html(web, host, pg)
    assert '<details class="faq"><summary>How long are recordings kept?</summary>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["retention"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and "memorandum-of-understanding" in doc["url"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}


def test_certificate_only_on_awards_page_and_sla_with_a_council(web: Heldback94Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    pg = "/community-parks-and-leisure/community-safety/cctv"
    awards = "/your-council/about-us/awards-and-accreditations"
    assert "step 2" not in _main(web, host, pg).lower() and "certif" not in _main(web, host, pg).lower()
    assert 'alt="Surveillance Camera Code of Practice certified system mark"' in _html(web, host, awards)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {awards}
    assert "service level agreement between the two councils" in _main(web, host, pg)
    assert d["5.5"]["status"] == "not_met"


def test_page_under_parking_with_easy_read_and_step_1(web: Heldback94Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    pg = "/parking/town-centre-cctv"
    assert f"http://{host}{pg}" in _links(web, host, "/parking")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pg}/easy-read" in d["5.1"]["pages"]
    assert "We keep the films for 28 days" in _main(web, host, f"{pg}/easy-read")
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, pg)
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback94Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.testvalley.gov.uk", "cameras", "/parking-and-travel/andover-bus-station"),
        ("www.rochford.gov.uk", "signage", "/leisure-and-culture/heritage/rayleigh-windmill"),
        ("www.surreyheath.gov.uk", "retention", "/leisure-and-culture/camberley-theatre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_legacy_site_without_main_or_search(web: Heldback94Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    assert web.sites[host].search is None
    assert '<main id="main">' not in _html(web, host, "/parking-and-travel/andover-bus-station")
    assert not _auth(truth, host)["heldback"]["search"]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hertfordshire.gov.uk", "www.stratford.gov.uk", "www.winchester.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback94Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hertfordshire.gov.uk", "www.cotswold.gov.uk", "www.winchester.gov.uk"})
    herts = "www.hertfordshire.gov.uk"
    leaflet = "/media-library/documents/community-safety/hertfordshire-cctv-partnership-leaflet.pdf"
    assert "Stevenage Borough Council" in _text(web, herts, leaflet)
    assert "full certification" in _main(web, herts, "/news/partnership-control-room-certified")
    assert "Winchester BID is run by its member businesses" in _main(
        web, "www.winchester.gov.uk", "/business/winchester-bid"
    )
