"""The four hundred and fifteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, with the weight on what councillors and officers say in
public (councillors' profile posts, a Cabinet Member's written answer, an executive member at scrutiny, an Elected
Mayor's petition response and blog, a portfolio holder's answer that the county runs no cameras, Council minutes and a
community forum holding the only camera facts, a Cabinet member's statement page that alone links a signed agreement,
a scrutiny call-in pack that alone holds another, a guide for councillors that alone designates a SPOC), beside the
councils' own disclosure (a SPOC in a privacy notice and in a page-owner box, a signed protocol as an annual report
appendix, step 2 and step 1 claims, a draft Word protocol, one-fact councils and robots.txt forbidding the search).
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

from fixtures.heldback415.truth import TRUTH_PATH
from fixtures.heldback415.web import Heldback415Web


@pytest.fixture(scope="module")
def web() -> Heldback415Web:
    return Heldback415Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback415Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 415)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_councillors_posts_and_committee_minutes_are_never_evidence(web: Heldback415Web, truth: dict) -> None:
    posts = 0
    for a in truth["authorities"]:
        host = a["heldback"]["host"]
        site = web.sites[host]
        ev = evidence_urls(a)
        for page in site.pages.values():
            url = f"http://{page.host}{page.path}"
            served = _html(web, page.host, page.path)
            if 'class="member-post"' in served:
                posts += 1
                assert url not in ev, url
            if "/mgAi.aspx" in page.path:
                assert url not in a["deliverables"]["5.1"]["pages"], url
    assert posts == 5


def test_publish_nothing_with_facts_only_in_what_members_and_officers_said(web: Heldback415Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.warwickshire.gov.uk", "www.gosport.gov.uk", "www.erewash.gov.uk"})
    gos = _main(web, "democracy.gosport.gov.uk", "/mgAi.aspx?ID=2544")
    assert "44 cameras" in gos and "28 days" in gos
    site = web.sites["www.gosport.gov.uk"]
    assert not any("44 cameras" in p.body for p in site.pages.values() if p.host == site.host)
    ere = _text(web, "democracy.erewash.gov.uk", "/mgAi.aspx?ID=6610")
    assert "70 fixed and four re-deployable cameras" in ere
    erewash = web.sites["www.erewash.gov.uk"]
    assert erewash.search is None and '<main id="main">' not in _html(web, "www.erewash.gov.uk", "/")
    warks = _main(web, "democracy.warwickshire.gov.uk", "/mgAi.aspx?ID=9911")
    assert "does not run a scheme of its own" in warks
    assert 'class="member-post"' in _html(
        web, "www.warwickshire.gov.uk", "/council-and-democracy/councillors/councillor-j-okafor"
    )


def test_cabinet_member_answer_only_promises_certification(web: Heldback415Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    answer = _main(web, "democracy.merton.gov.uk", "/mgAi.aspx?ID=3822")
    assert "intend to apply for independent certification" in answer and "212 public space cameras" in answer
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    code = "/media/5531/cctv-strategy-and-code-of-practice.pdf"
    assert "information sharing agreement between the council and the Metropolitan Police Service" in _text(
        web, host, code
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["police_agreement"]


def test_spoc_only_on_a_guide_for_councillors(web: Heldback415Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    guide = "/council-and-democracy/councillors/guide-for-councillors-asking-for-a-camera-in-your-ward"
    assert _linking(web, host, f"http://{host}{guide}") >= {f"http://{host}/council-and-democracy/councillors"}
    assert "single point of contact" not in _main(web, host, "/services/community-safety/cctv-and-overt-surveillance")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {guide}
    assert "Our CCTV suite runs day and night" in _main(
        web, host, "/news/2025/mayor-welcomes-new-tannoys-and-patrol-vehicle"
    )
    assert d["5.5"]["status"] == "not_met"


def test_annual_reports_as_pages_and_executive_member_at_scrutiny(web: Heldback415Web, truth: dict) -> None:
    host = "www.northyorks.gov.uk"
    cctv = "/environment-and-neighbourhoods/cctv-public-spaces-north-yorkshire"
    links = set(_links(web, host, cctv))
    assert f"http://{host}{cctv}/harrogate-cctv-service-and-radiolink-annual-report-2023-2024" in links
    assert f"http://{host}{cctv}/scarborough-cctv-annual-report-2023-2024" in links
    assert "Ryedale Cameras in Action" in _main(web, host, f"{cctv}/scarborough-cctv-annual-report-2023-2024")
    assert "one of the three control rooms would close" in _main(
        web, "edemocracy.northyorks.gov.uk", "/mgAi.aspx?ID=40122"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert web.sites[host].sitemap and not web.sites[host].az


def test_numeric_pages_welsh_twin_and_spoc_in_privacy_statement(web: Heldback415Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    assert f"http://{host}/cy/27238" in set(_links(web, host, "/27238"))
    assert '<html lang="cy">' in _html(web, host, "/cy/27238")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/27238" in d["5.1"]["pages"]
    assert "single point of contact for surveillance camera systems" in _main(web, host, "/27241")
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/27241"}
    assert "real sense of security" in _main(web, host, "/newyddion-news/pontardawe-cameras")


def test_signed_agreement_only_in_a_scrutiny_call_in_pack(web: Heldback415Web, truth: dict) -> None:
    host, dem = "www.bromsgrove.gov.uk", "moderngovwebpublic.bromsgrove.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=20488"}
    assert "Call-in" in _html(web, dem, "/mgAi.aspx?ID=20488")
    assert "Signed on behalf of West Mercia Police" in _text(web, dem, urlsplit(doc["url"]).path)
    notice = (
        "/council/corporate/your-access-to-information/data-protection-and-information-management/privacy-notices/cctv/"
    )
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {notice}
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_paged_guide_step_2_sentence_and_mayors_petition_response(web: Heldback415Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    pg = "/info/20010/your_environment/203/community_safety/7"
    assert f"http://{host}{pg}" in set(_links(web, host, "/info/20010/your_environment/203/community_safety"))
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    assert not d["5.2"]["mark_displayed"]
    petition = "/council-and-democracy/petitions/more-cameras-in-oxhey-park"
    assert "Response from the Elected Mayor" in _main(web, host, petition)
    assert f"http://{host}{petition}" not in evidence_urls(_auth(truth, host))
    assert (
        _render(web, "http://watford.moderngov.co.uk/documents/s40118/cctv-in-watford-presentation.pdf").status == 200
    )


def test_step_1_in_folded_answer_draft_word_protocol_and_mayors_blog(web: Heldback415Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    html = _html(web, host, "/CCTV")
    fold = html.split('<details class="fold">', 1)[1].split("</details>", 1)[0]
    assert "step one (desktop) certification" in fold
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    blog = "/your-council/the-mayor/mayors-blog-a-night-in-the-control-room"
    assert "940" in _main(web, host, blog) and f"http://{host}{blog}" not in evidence_urls(_auth(truth, host))


def test_agreement_between_councils_and_cabinet_member_statement(web: Heldback415Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    assert "agreement between the two councils" in _main(web, host, "/council/use-cctv")
    assert "Kent Police and the Commissioner" in _main(web, host, "/news/statement-cabinet-member-cctv-monitoring")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert "158 arrests" in _text(web, host, "/sites/default/files/2024-07/CCTV-annual-report-2023-24.pdf")


def test_one_fact_councils(web: Heldback415Web, truth: dict) -> None:
    for host, path in (
        ("www.preston.gov.uk", "/parking/car-parks/avenham-multi-storey"),
        ("exeter.gov.uk", "/community-safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Blackburn with Darwen" in _main(web, "preston.moderngov.co.uk", "/mgAi.aspx?ID=8120")
    assert "Senior Responsible Officer" in _main(web, "www.preston.gov.uk", "/council-and-democracy/ripa-policy")
    assert "Data Protection Officer" in _main(web, "exeter.gov.uk", "/council-and-democracy/data-protection")


def test_step_2_beside_a_photo_and_signed_protocol_as_annual_report_appendix(web: Heldback415Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    about = "/Community/Emergency-Planning-CCTV/CCTV/About-CCTV.aspx"
    assert '<img src="/images/control-room-whitfield.png"' in _html(web, host, about)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-05" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    report = "/Community/Emergency-Planning-CCTV/CCTV/PDF/CCTV-Annual-Report-2023-24.pdf"
    assert doc["signed"] and doc["url"] == f"http://{host}{report}"
    text = _text(web, host, report)
    assert "Appendix 3" in text and "Signed for and on behalf of Kent Police" in text
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/Community/Emergency-Planning-CCTV/CCTV/Reports-and-Documents.aspx"
    }


def test_page_owner_spoc_and_agreement_linked_only_from_a_statement(web: Heldback415Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    owner = html.split('<aside class="page-owner">', 1)[1].split("</aside>", 1)[0]
    assert "single point of contact for surveillance camera systems" in owner
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    stmt = f"http://{host}/news/statements/cabinet-member-statement-on-monitoring-thanets-cameras"
    assert doc["signed"] and doc["force"] == "Kent" and _linking(web, host, doc["url"]) == {stmt}
    thanet = f"http://{host}/media/8843/cctv-monitoring-agreement-thanet-district-council.pdf"
    assert _linking(web, host, thanet) == {stmt} and thanet not in evidence_urls(_auth(truth, host))
    assert "Purple Flag" in _main(web, host, "/community-safety/cctv") and d["5.2"]["status"] == "not_met"
