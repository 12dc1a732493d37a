"""The two hundred and thirty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served: three CCTV pages at one path told apart by a
documentId query with a signed police agreement in Word without extension; a SPOC only in a strategy's equality impact
assessment; a signed police agreement only as an annex of a deployable camera procedure; English /ENG/ and Welsh /CYM/
twins with a SPOC in a code clause; step 1 only as a corporate plan table row; step 2 only in a radio scheme's members'
handbook beside a draft Word agreement; a three-party agreement signed by a shopping centre, the council and the police;
a SPOC only in a table caption; a what-we-do table; police-run cameras with no council contact; one-fact councils; and
look-alikes worded like councils' disclosures (NHS trusts, PCCs, BIDs, housing associations, town councils, schools,
suppliers and trade press) hosted on the councils' own sites, none of them credited.
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

from fixtures.heldback238.truth import TRUTH_PATH
from fixtures.heldback238.web import Heldback238Web

BANNER = "This page is provided by"


@pytest.fixture(scope="module")
def web() -> Heldback238Web:
    return Heldback238Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _hosted(web: Heldback238Web, host: str, path: str, *words: str) -> str:
    """A look-alike page the council hosts for another body: served 200 with the banner and the given words."""
    text = _main(web, host, path)
    assert BANNER in text, (host, path)
    for w in words:
        assert w in text, (host, path, w)
    return text


def test_fresh_councils(web: Heldback238Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 238)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_pages_told_apart_by_document_id_and_word_agreement_without_extension(web: Heldback238Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    base = f"http://{host}/community-safety-anti-social-behaviour/cctv?categoryId=20041&documentId="
    pages = {base + n for n in ("186", "187", "188")}
    for u in pages:
        assert set(_links(web, host, urlsplit(u).path + "?" + urlsplit(u).query)) >= pages
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"] if "documentId" in u} == {urlsplit(base).path}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {base + "188"}
    assert "Signed for and on behalf of Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvrequests@")
    _hosted(web, host, "/council-and-democracy/town-and-parish-councils/westhoughton-town-council", "town clerk")
    _hosted(web, host, "/business/our-contractors/ncp-security-services", "BS 7958")


def test_spoc_only_in_equality_impact_assessment_and_nhs_notice_hosted(web: Heldback238Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    pg = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    eqia = "/sites/default/files/atoms/files/CCTV-Strategy-equality-impact-assessment.pdf"
    assert "single point of contact" not in _main(web, host, pg)
    assert "single point of contact for surveillance cameras" in _text(web, host, eqia)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {eqia}
    nhs = "/sites/default/files/atoms/files/chelwest-cctv-notice.pdf"
    text = _text(web, host, nhs)
    assert "step 2 certification" in text and "single point of contact for surveillance cameras" in text
    assert _linking(web, host, f"http://{host}{nhs}") == {
        f"http://{host}/health-and-social-care/partners-privacy-notices"
    }
    assert d["5.2"]["status"] == "not_met" and f"http://{host}{nhs}" not in evidence_urls(_auth(truth, host))
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_only_as_annex_of_deployable_camera_procedure(web: Heldback238Web, truth: dict) -> None:
    host = "www.luton.gov.uk"
    pg = "/Page/Show/Council_government_and_democracy/Capital_and_asset_management/Pages/Town-centre-management-CCTV.aspx"
    proc = "/Lists/LutonDocuments/PDF/Deployable-CCTV-procedure-2024.pdf"
    assert "agreement" not in _main(web, host, pg).lower()
    text = _text(web, host, proc)
    assert "Annex C - Agreement between Luton Borough Council and Bedfordshire Police" in text
    assert "Signed for Bedfordshire Police" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path == proc and doc["force"] == "Bedfordshire"
    bid = _hosted(web, host, "/Page/Show/Business/LutonSafe", "signed in 2022")
    assert "Bedfordshire Police" in bid
    assert not any("LutonSafe" in u for u in evidence_urls(_auth(truth, host)))


def test_welsh_twin_and_spoc_in_code_clause(web: Heldback238Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    en = "/ENG/Your-Council/Data-protection-and-FOI/cctv/Pages/default.aspx"
    cy = "/CYM/Eich-Cyngor/Diogelu-data-a-Rhyddid-Gwybodaeth/teledu-cylch-cyfyng/Pages/default.aspx"
    assert f"http://{host}{cy}" in _links(web, host, en)
    assert 'lang="cy"' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    code = "/ENG/Home/New_Disclaimer/service-specific-privacy-notices/CCTV-policy-code-of-practice/Pages/default.aspx"
    assert "<h3>2. Responsibility</h3>" in _html(web, host, code)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Information Governance Manager"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    _hosted(web, host, "/ENG/Business/FOR-Cardiff", "South Wales Police")


def test_step_1_only_in_corporate_plan_table(web: Heldback238Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    perf = "/home/council-democracy/performance-and-plans/corporate-plan-performance"
    assert "<td>Step 1 (desktop) certification" in _html(web, host, perf)
    assert "step 1" not in _main(web, host, "/home/community-living/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {perf}
    _hosted(web, host, "/home/business/business-news/partner-case-study-wireless-cctv", "shopwatch")


def test_step_2_only_in_members_handbook_and_draft_word_agreement(web: Heldback238Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    pg = "/communities/community-safety/cctv/cctv-in-chelmsford/"
    hb = "/media/4417/townlink-members-handbook-2024.pdf"
    assert "step 2" not in _main(web, host, pg).lower() and "step 2 certification" in _text(web, host, hb)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "...................." in _text(web, host, urlsplit(doc["url"]).path)
    _hosted(web, host, "/business/chelmsford-bid", "signed an information sharing agreement with Essex Police")
    _hosted(web, host, "/news/in-the-press/southend-city-centre-cameras", "267 cameras")
    assert not any("bid" in urlsplit(u).path for u in evidence_urls(_auth(truth, host)))


def test_three_party_agreement_step_2_in_foreword_spoc_in_annual_report(web: Heldback238Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for") == 3 and "Three Spires Shopping Centre" in text and doc["signed"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-02"
    assert "Foreword from the scheme owners" in _text(
        web, host, "/downloads/file/1871/cctv-code-of-practice-joint-scheme.pdf"
    )
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/downloads/file/2760/cctv-annual-report-2020-2021.pdf"
    }
    _hosted(web, host, "/housing/housing-associations/bromford-dimbles-cctv", "single point of contact")


def test_spoc_only_in_table_caption_and_pcc_consultation(web: Heldback238Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    html = _html(web, host, "/CCTV")
    cap = html.split("<caption>", 1)[1].split("</caption>", 1)[0]
    assert "single point of contact for surveillance cameras" in cap
    assert html.count("single point of contact") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    _hosted(web, host, "/consultations/safer-streets-2-cctv", "12 surveillance cameras")
    assert not any("consultations" in u or "festival" in u for u in d["5.1"]["pages"])


def test_what_we_do_table_and_councils_hub_agreement(web: Heldback238Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<th scope="col">What our cameras do</th><th scope="col">What our cameras do not do</th>' in html
    assert "service level agreement between the councils" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["status"] == "met"
    _hosted(web, host, "/housing/registered-providers/calico-homes-cctv-policy", "Surveillance Camera Code of Practice")


def test_police_run_cameras_without_council_contact(web: Heldback238Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    html = _html(web, host, "/community-safety/cctv-in-worthing")
    assert "mailto:" not in html and "Sussex Police operate and monitor" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert f"http://{host}/community-safety/cctv-in-adur" not in d["5.1"]["pages"]
    _hosted(web, host, "/housing/housing-associations/worthing-homes-cctv", "single point of contact")


def test_one_fact_councils(web: Heldback238Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.cherwell.gov.uk", "operator", "/info/town-centres/banbury-town-centre"),
        ("www.braintree.gov.uk", "other_systems", "/info/community-safety/partnership-priorities"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "63 cameras" in _main(web, "modgov.cherwell.gov.uk", "/mgAi.aspx?ID=61218")
    assert '<main id="main">' not in _html(web, "www.braintree.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_lookalikes(web: Heldback238Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.westdevon.gov.uk", "www.malvernhills.gov.uk"})
    _hosted(web, "www.essex.gov.uk", "/topic/community-safety/community-cctv-fund", "single point of contact")
    _hosted(web, "www.essex.gov.uk", "/topic/schools-and-learning/model-cctv-policy-for-schools", "data controller")
    _hosted(web, "www.essex.gov.uk", "/topic/health-and-wellbeing-partners/epuft-cctv", "step 1 certification")
    dsa = "/media/okehampton-tc-cctv-data-sharing-agreement.pdf"
    assert "Signed for Devon and Cornwall Police" in _text(web, "www.westdevon.gov.uk", dsa)
    _hosted(web, "www.malvernhills.gov.uk", "/health/community-hospital-car-park", "data controller")
