"""The hundred-and-eighty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh real register rows; the labelling rules hold with the intended tallies; and the
structures the set is built from are really served (police agreements filed away from the camera pages: a signed
agreement only in a supplementary agenda pack on a democracy host, another only as the appendix of a members'
bulletin, another only attached to a news release, another only in the accessible Word version of a code whose PDF
has blank signature lines; a draft police agreement in a register grouped by partner beside signed town council
agreements; police agreements only mentioned in a policy PDF, a privacy notice and a data protection page; signed
agreements with councils and a business crime partnership that are not police agreements; a hosted police guide with
a blank release form; SPOCs in a staff card, an address block, a callout and a page sentence; step 2 beside a mark,
step 2 in a definition list, step 1 in an accreditations list; a two-council comparison table; query-string article
addresses; /en and /cy twins; one-fact councils; robots.txt forbidding the search; and councils that publish nothing
but carry look-alikes).
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

from fixtures.heldback183.truth import TRUTH_PATH
from fixtures.heldback183.web import Heldback183Web


@pytest.fixture(scope="module")
def web() -> Heldback183Web:
    return Heldback183Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_real_councils(web: Heldback183Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 183)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_signed_agreement_only_in_a_supplementary_pack(web: Heldback183Web, truth: dict) -> None:
    host, dem = "www.wandsworth.gov.uk", "democracy.wandsworth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    meeting = f"http://{dem}/ieListDocuments.aspx?CId=520&MId=9147"
    assert _linking(web, host, doc["url"]) == {meeting}
    assert "Supplementary documents" in _main(web, dem, "/ieListDocuments.aspx?CId=520&MId=9147")
    report = _text(web, dem, "/documents/s131120/CCTV_partnership_report.pdf")
    assert "will follow as a supplement" in report and "Signed for and on behalf" not in report
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, dem, urlsplit(doc["url"]).path)
    cctv = "/community-safety/crime-prevention/cctv-and-retail-radio"
    assert not any(dem in u for u in _links(web, host, cctv))
    assert not any(dem in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("jcc@")


def test_signed_annex_only_in_the_word_version_under_governance(web: Heldback183Web, truth: dict) -> None:
    host = "www.hartlepool.gov.uk"
    cp = f"http://{host}/info/20043/community_safety/723/cctv_in_hartlepool"
    gov = f"http://{host}/info/20012/your_council/1180/information_governance_policies_and_protocols"
    d = _auth(truth, host)["deliverables"]
    signed = [doc for doc in d["5.5"]["documents"] if doc["signed"]]
    unsigned = [doc for doc in d["5.5"]["documents"] if doc["draft"]]
    assert d["5.5"]["status"] == "met" and len(signed) == len(unsigned) == 1
    word, pdf = signed[0]["url"], unsigned[0]["url"]
    assert _no_extension(word) and _no_extension(pdf)
    assert _linking(web, host, word) == {gov} and _linking(web, host, pdf) == {cp}
    assert (_render(web, word).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (_render(web, pdf).header("Content-Disposition") or "")
    assert "Chief Superintendent" in _text(web, host, urlsplit(word).path)
    pdf_text = _text(web, host, urlsplit(pdf).path)
    assert "Chief Superintendent" not in pdf_text and "Date: ..../..../20.." in pdf_text
    html = _html(web, host, urlsplit(cp).path)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03-09" and d["5.2"]["mark_displayed"]


def test_signed_protocol_only_attached_to_a_news_release(web: Heldback183Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/news/2024/cctv-working-protocol-renewed"}
    assert "agreed working protocol with Sussex Police" in _main(web, host, "/cctv")
    assert doc["url"] not in _links(web, host, "/cctv")
    chibac = f"http://{host}/media/19930/chibac-data-sharing-agreement.pdf"
    assert "Signed for ChiBAC" in _text(web, host, urlsplit(chibac).path)
    assert chibac not in {x["url"] for x in d["5.5"]["documents"]} and d["5.1"]["criteria"]["police_agreement"]
    assert "Park Mark" in _main(web, host, "/parking/safer-parking") and d["5.2"]["status"] == "not_met"


def test_spoc_card_and_agreement_only_in_a_members_bulletin(web: Heldback183Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    bulletin = f"http://{host}/council-and-democracy/members-bulletin/2024-week-41"
    assert _linking(web, host, doc["url"]) == {bulletin} and doc["signed"]
    assert "Staffordshire Police" not in _main(web, host, "/community/community-safety/cctv")
    team = "/community/community-safety/community-safety-team"
    assert '<div class="card"><h3 class="card__title">Community Safety and Licensing Manager</h3>' in _html(
        web, host, team
    )
    assert "single point of contact" not in _main(web, host, "/community/community-safety/cctv")
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {team}
    assert d["5.1"]["criteria"]["statistics"]


def test_register_grouped_by_partner_with_only_a_draft_police_agreement(web: Heldback183Web, truth: dict) -> None:
    host = "www.uttlesford.gov.uk"
    reg = "/your-council/data-protection/information-sharing-register"
    html = _html(web, host, reg)
    assert '<nav class="jump-list"' in html and '<h2 id="essex-police">Essex Police</h2>' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "DRAFT FOR COMMENT" in _text(web, host, urlsplit(doc["url"]).path)
    for town in ("saffron-walden", "great-dunmow"):
        path = (
            f"/media/61{'01' if town == 'saffron-walden' else '02'}/cctv-monitoring-agreement-{town}-town-council.pdf"
        )
        assert "Town Clerk" in _text(web, host, path)
    assert '<address class="contact">Single point of contact for surveillance cameras' in _html(
        web, host, "/community-safety/cctv"
    )
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["police_agreement"]


def test_privacy_statement_among_many_and_sla_mention_in_policy(web: Heldback183Web, truth: dict) -> None:
    host = "my.northtyneside.gov.uk"
    html = _html(web, host, "/data-protection-and-privacy/privacy-statements")
    assert html.count("privacy statement</a>") >= 15
    d = _auth(truth, host)["deliverables"]
    pol = "/sites/default/files/2024-03/north-tyneside-cctv-policy.pdf"
    assert "Nexus" in _text(web, host, pol) and f"http://{host}{pol}" in {e["url"] for e in d["5.5"]["evidence"]}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_query_string_articles_step_2_in_a_definition_list(web: Heldback183Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    art = "/info/cbc-article/?catid=latest-news-february-2025&id=KA-05512"
    assert _render(web, f"http://{host}{art}").status == 200 and "Tendring" in _main(web, host, art)
    html = _html(web, host, "/centurion/cctv")
    assert (
        "<dt>Certification</dt><dd>Surveillance Camera Code of Practice: full (step 2)" in html and "<img" not in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-06" and not d["5.2"]["mark_displayed"]
    assert "CATL can monitor your premises" in _main(web, host, "/catl/business-cctv-monitoring")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_in_accreditations_and_councils_sla_only(web: Heldback183Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    main = _main(web, host, "/community/community-safety/cctv")
    assert "BS 7958" in main and "TSA Quality Standards Framework" in main and "single point of contact" in main
    assert "Wyre Forest District Council" in _text(web, host, "/media/5512/cctv-monitoring-service-level-agreement.pdf")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert a["heldback"]["robots_forbid_search"]


def test_two_council_table_and_spoc_in_a_data_protection_callout(web: Heldback183Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<th scope="col">Eastbourne</th><th scope="col">Lewes district</th>' in html
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    dp = "/your-council/data-protection/surveillance-cameras"
    assert '<aside class="callout"><h2>Who is responsible?</h2>' in _html(web, host, dp)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {dp}
    assert all("Eastbourne" not in e["quote"] for e in d["5.1"]["evidence"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_twins_and_shared_services_sla(web: Heldback183Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    cp = "/en/CommunityWellbeing/CommunitySafety/CrimePrevention/CCTV/CCTV.aspx"
    cy = f"http://{host}/cy/LlesiantCymunedol/DiogelwchCymunedol/AtalTroseddu/TCC/TCC.aspx"
    assert cy in _links(web, host, cp)
    assert "service level agreement with Shared Resource Services" in _main(web, host, cp)
    d = _auth(truth, host)["deliverables"]
    assert cy in d["5.1"]["pages"] and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["spoc"]["email"].startswith("controlroom@")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.maldon.gov.uk", "cameras", "/contact-us/visiting-princes-road"),
        ("www.southnorfolkandbroadland.gov.uk", "other_systems", "/bins-and-recycling/recycling-banks"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert _auth(truth, "www.maldon.gov.uk")["heldback"]["search"] is False


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback183Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.nottinghamshire.gov.uk", "www.torridge.gov.uk", "tewkesbury.gov.uk"})
    guide = _text(web, "www.nottinghamshire.gov.uk", "/media/4412/sharing-cctv-with-nottinghamshire-police.pdf")
    assert "Produced by Nottinghamshire Police" in guide and "Signed (officer): ____" in guide
    assert _auth(truth, "tewkesbury.gov.uk")["heldback"]["robots_forbid_search"]
