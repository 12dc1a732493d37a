"""The three hundred and nineteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (facts over three departments' pages tied only by a
policy PDF, with the SPOC reached by a web form alone; a signed GMP release protocol on a police sub-page and the
camera news on a legacy .asp host; a corporate policy with one annex per department, step 2 only in an annex, a draft
agreement only in Cabinet papers; a county's boxed camera notices on four departments' pages; a team annual report
page whose CCTV section is one of four; a code of practice as article pages linked only from an 'On this page' list,
with a signed certificate of agreement; step 2 in a standards table beside a mark and a privacy notice paged in six
parts; step 2 only on a control room's sales page; a privacy notice linked only inside a closed details widget; a
SPOC for all systems with a signed MoU; one-fact councils on a BID page and an anti-social behaviour page; an
agreement only mentioned in scrutiny minutes; and councils that publish nothing but carry look-alikes).
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
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback319.truth import TRUTH_PATH
from fixtures.heldback319.web import Heldback319Web


@pytest.fixture(scope="module")
def web() -> Heldback319Web:
    return Heldback319Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback319Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 319)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_departments_tied_only_by_policy_pdf_and_spoc_by_form(web: Heldback319Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    pss = "/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link"
    lib = "/libraries/library-rules"
    bwv = "/parking-transport-and-streets/civil-enforcement-officers"
    pol = f"http://{host}/media/4410/surveillance-camera-policy-2024.pdf"
    assert _linking(web, host, pol) == {f"http://{host}{pss}"}
    for page in (lib, bwv):
        assert f"http://{host}{pss}" not in _links(web, host, page)
    assert "30 days" in _main(web, host, lib) and "body cameras" in _main(web, host, bwv)
    assert "Metropolitan Police Service" in _text(web, host, urlsplit(pol).path)
    form = "/council-and-democracy/information-governance/surveillance-camera-questions"
    html = _html(web, host, form)
    assert '<form method="post"' in html and "<select" in html and "mailto:" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {form}
    assert not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["retention"] and d["5.1"]["criteria"]["other_systems"]


def test_signed_protocol_on_police_subpage_and_news_on_legacy_host(web: Heldback319Web, truth: dict) -> None:
    host, news = "www.tameside.gov.uk", "public.tameside.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    police = f"http://{host}/communitysafety/cctv-operations-in-tameside/working-with-greater-manchester-police"
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _linking(web, host, doc["url"]) == {police}
    assert "Signed for and on behalf of Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert news in web.sites[host].hosts()
    story = "/pressreleases/f1030pressreleasestory107.asp?story=4225"
    assert "data controller" in _main(web, news, story)
    assert not any(urlsplit(u).hostname == news for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_policy_with_department_annexes_step_2_in_annex_and_draft_in_papers(web: Heldback319Web, truth: dict) -> None:
    host, dem = "www.derby.gov.uk", "democracy.derby.gov.uk"
    pol = "/council-and-democracy/policies-and-plans/surveillance-camera-policy"
    annexes = [u for u in _links(web, host, pol) if u.startswith(f"http://{host}{pol}/annex-")]
    assert len(annexes) == 4
    assert "step 2" not in _main(web, host, pol) and "step 2" in _main(web, host, f"{pol}/annex-a-public-space-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pol}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=21807"}
    assert "20__" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_county_boxed_notices_on_department_pages(web: Heldback319Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    corp = "/about-the-council/data-protection/surveillance-cameras"
    depts = [u for u in _links(web, host, corp) if "/about-the-council/" not in u and urlsplit(u).hostname == host]
    boxed = [u for u in depts if '<aside class="notice notice--cameras"' in _html(web, host, urlsplit(u).path)]
    assert len(boxed) == 4
    lib = _html(web, host, "/leisure-and-community/libraries/visiting-a-library")
    assert "30 days" in lib.split('<aside class="notice notice--cameras"', 1)[1]
    assert "30 days" not in lib.split('<aside class="notice notice--cameras"', 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {corp}
    assert "Leicestershire Police" in _main(
        web, host, "/about-the-council/data-protection/information-sharing-agreements"
    )
    assert d["5.5"]["status"] == "not_met"


def test_cctv_one_section_of_a_team_annual_report(web: Heldback319Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    rep = "/home/primary-services/community-and-safety/community-protection-team-annual-report-2024-25"
    html = _html(web, host, rep)
    assert [
        h
        for h in ("<h2>Noise</h2>", "<h2>Fly-tipping</h2>", "<h2>CCTV</h2>", "<h2>Public spaces protection orders</h2>")
        if h in html
    ] == [
        "<h2>Noise</h2>",
        "<h2>Fly-tipping</h2>",
        "<h2>CCTV</h2>",
        "<h2>Public spaces protection orders</h2>",
    ]
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and d["5.1"]["criteria"]["annual_review"]
    assert "partnership between the two councils" in _main(web, host, rep) and d["5.5"]["status"] == "not_met"


def test_code_articles_only_from_on_this_page_list_with_signed_certificate(web: Heldback319Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    cctv = f"http://{host}/article/1764/CCTV"
    cert = f"http://{host}/article/456/Certificate-of-Agreement"
    for art in (
        "/article/455/Introduction-and-Objectives",
        "/article/456/Certificate-of-Agreement",
        "/article/458/Key-Personnel",
    ):
        assert _linking(web, host, f"http://{host}{art}") == {cctv}, art
    assert '<nav class="on-this-page">' in _html(web, host, "/article/1764/CCTV")
    text = _main(web, host, "/article/456/Certificate-of-Agreement")
    assert (
        "on behalf of New Forest District Council" in text
        and "on behalf of Hampshire and Isle of Wight Constabulary" in text
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == cert and doc["signed"] and d["5.5"]["status"] == "met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "service level agreement" in _main(web, host, "/article/2210/CCTV-for-town-and-parish-councils")


def test_step_2_in_standards_table_and_paged_privacy_notice(web: Heldback319Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    html = _html(web, host, "/cctv/cctv-wyre")
    assert "<caption>Our standards</caption>" in html and "<td>Full (step 2) certification" in html
    assert 'alt="Surveillance camera code of practice certification mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2020-03" and d["5.2"]["mark_displayed"]
    p5 = f"http://{host}/terms-conditions/privacy-notice/5"
    assert p5 in d["5.1"]["pages"] and p5 in _links(web, host, "/terms-conditions/privacy-notice/4")
    assert "service level agreement between the two councils" in _main(web, host, "/cctv/cctv-wyre")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_on_sales_page_and_signed_protocol(web: Heldback319Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    assert "step 2" not in _main(web, host, "/cctv").lower()
    assert "step 2" in _main(web, host, "/business/cctv-monitoring-for-businesses")
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.2"]) == {"/business/cctv-monitoring-for-businesses"} and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}/cctv"}


def test_privacy_notice_only_inside_closed_details(web: Heldback319Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    ps = "/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements"
    notice = f"http://{host}{ps}/privacy-notice-test-valley-borough-council-cctv"
    assert _linking(web, host, notice) == {f"http://{host}{ps}"}
    html = _html(web, host, ps)
    corporate = html.split("<summary>Corporate</summary>", 1)[1].split("</details>", 1)[0]
    assert "privacy-notice-test-valley-borough-council-cctv" in corporate and "<details open" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [notice]
    assert "Data Protection Officer" in _main(web, host, urlsplit(notice).path) and d["5.3"]["status"] == "not_met"


def test_spoc_for_all_systems_and_signed_mou(web: Heldback319Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Sussex"
        and "For Sussex Police" in _text(web, host, urlsplit(doc["url"]).path)
    )
    assert f"http://{host}/housing/council-housing/door-entry-and-cameras" in d["5.1"]["pages"]
    assert "Freedom Leisure" in _main(web, host, "/leisure/k2-crawley")


def test_one_fact_councils_and_agreement_only_in_minutes(web: Heldback319Web, truth: dict) -> None:
    for host, path in (
        ("www.epsom-ewell.gov.uk", "/business/go-epsom-business-improvement-district"),
        ("www.derbyshiredales.gov.uk", "/community-safety/report-anti-social-behaviour"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    d55 = _auth(truth, "www.epsom-ewell.gov.uk")["deliverables"]["5.5"]
    assert d55["status"] == "partial" and not d55["documents"]
    assert [urlsplit(e["url"]).hostname for e in d55["evidence"]] == ["democracy.epsom-ewell.gov.uk"]
    assert _auth(truth, "www.derbyshiredales.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback319Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.anglesey.gov.uk", "www.eastleigh.gov.uk", "www.westdevon.gov.uk"})
    assert {"http://www.anglesey.gov.uk/en", "http://www.anglesey.gov.uk/cy"} <= set(
        _links(web, "www.anglesey.gov.uk", "/")
    )
    assert "Holyhead Town Council" in _main(web, "www.anglesey.gov.uk", "/en/residents/community-safety")
    assert '<main id="main">' not in _html(web, "www.eastleigh.gov.uk", "/")
