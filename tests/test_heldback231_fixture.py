"""The 231st held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served. Its emphasis is the
surveillance camera single point of contact: as an h-card job title, as a drop-down option of an enquiry form, only on
the Welsh twin, as one row of a councillors' contacts table, designated in a governance statement PDF with the role's
contact on the camera page, named in a strategy PDF with no contact route; beside look-alikes (a mailbox named
cctv.spoc with no designation, a neighbouring council's manager, a company account manager, a planning contact, an ASB
case review contact, RIPA officers and the National Anti-Fraud Network's SPoC, a SIRO, DPOs, a project's senior
responsible owner). Also: a step 2 row in a standards table, a step 1 sentence in an annual report PDF, a step 2
sentence in a Word code without extension; signed police agreements in a documents list, behind a partners page and
behind a privacy page; a draft with blank signatures beside a signed grant agreement with the PCC; a numbered Q&A page;
trailing-slash addresses; one-fact councils; and councils that publish nothing.
"""

from __future__ import annotations

import json
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback231.truth import TRUTH_PATH
from fixtures.heldback231.web import Heldback231Web


@pytest.fixture(scope="module")
def web() -> Heldback231Web:
    return Heldback231Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _ev_paths(auth: dict, key: str) -> set[str]:
    return {urlsplit(e["url"]).path for e in auth["deliverables"][key]["evidence"]}


def test_real_fresh_councils(web: Heldback231Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 231)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 9, "partial": 3, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 5, "partial": 5, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_spoc_as_h_card_job_title_and_step_2_row(web: Heldback231Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    html = _html(web, host, pg)
    assert '<aside class="h-card contact-card">' in html
    assert '<p class="p-job-title">Surveillance Camera Single Point of Contact</p>' in html
    assert 'class="u-email" href="mailto:cameras@wigan.example.gov.uk"' in html and 'class="p-tel"' in html
    assert "<img" not in html and "<td>Step 2 full certification awarded March 2020</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _ev_paths(_auth(truth, host), "5.3") == {pg}
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03" and not d["5.2"]["mark_displayed"]
    ripa = _main(web, host, "/Council/Information-governance/RIPA.aspx")
    assert "National Anti-Fraud Network" in ripa and "single point of contact (SPoC)" in ripa


def test_spoc_only_as_an_enquiry_form_option(web: Heldback231Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    form = "/community_safety/cctv/cctv_enquiry_form"
    html = _html(web, host, form)
    assert '<option value="1">Surveillance camera single point of contact (SPOC)' in html
    assert "mailto:" not in html and '<select id="recipient"' in html
    assert "single point" not in _main(web, host, "/community_safety/cctv").lower()
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and _ev_paths(a, "5.3") == {form}
    rep = "/files/documents/cctv_annual_report_2024_25/CCTV%20Annual%20Report%202024-25.pdf"
    assert "desktop (step one) certification" in _text(web, host, rep)
    assert a["deliverables"]["5.2"]["level"] == "step1" and a["deliverables"]["5.2"]["awarded"] == "2022"
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {
        f"http://{host}/community_safety/cctv/working_with_partners"
    }
    assert "Signed for Leicestershire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_spoc_only_on_the_welsh_twin(web: Heldback231Web, truth: dict) -> None:
    host = "www.anglesey.gov.uk"
    en = "/en/Residents/Community-safety/CCTV-at-council-buildings.aspx"
    cy = "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng-yn-adeiladau-r-cyngor.aspx"
    home = _html(web, host, "/")
    assert 'href="/en"' in home and 'href="/cy"' in home
    en_main = _main(web, host, en)
    assert "single point" not in en_main.lower() and "mailto:" not in _html(web, host, en).split("<main", 1)[1]
    cy_html = _html(web, host, cy)
    assert '<html lang="cy">' in cy_html and "Pwynt cyswllt unigol y Cyngor ar gyfer camerâu gwyliadwriaeth" in cy_html
    assert "mailto:camerau@ynysmon.example.gov.uk" in cy_html
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and _ev_paths(a, "5.3") == {cy}
    assert f"http://{host}{cy}" in a["deliverables"]["5.1"]["pages"]
    assert "Swyddog Diogelu Data" in _main(web, host, "/cy/Cyngor/Diogelu-data/Swyddog-diogelu-data.aspx")


def test_spoc_in_councillors_contact_table_is_the_one_fact(web: Heldback231Web, truth: dict) -> None:
    host = "www.midsuffolk.gov.uk"
    pg = "/council-and-democracy/councillors/who-to-contact"
    html = _html(web, host, pg)
    assert (
        "<td>Community Safety Project Manager, the councils' surveillance camera single point of contact</td>" in html
    )
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["responsible_officer"]
    assert a["deliverables"]["5.3"]["status"] == "met" and not web.sites[host].az


def test_spoc_designated_in_governance_statement_contact_on_camera_page(web: Heldback231Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    ags = "/media/4413/annual-governance-statement-2024-25.pdf"
    text = _text(web, host, ags)
    assert "single point of contact for surveillance camera systems" in text and "Senior Information Risk Owner" in text
    assert _linking(web, host, f"http://{host}{ags}") == {f"http://{host}/your-council/finance"}
    main = _main(web, host, "/community-safety/cctv")
    assert "single point" not in main.lower() and "Community Protection Manager" in main
    assert "partnership shared service agreement between the three councils" in main
    a = _auth(truth, host)
    assert _ev_paths(a, "5.3") == {ags, "/community-safety/cctv"} and a["deliverables"]["5.3"]["status"] == "met"
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_spoc_named_in_strategy_without_contact_route(web: Heldback231Web, truth: dict) -> None:
    host = "www.buckinghamshire.gov.uk"
    strat = "/sites/default/files/2023-10/cctv-strategy-2023-2028.pdf"
    text = _text(web, host, strat)
    assert "single point of contact (SPOC) for surveillance cameras" in text and "@" not in text
    pn = "/your-council/privacy/privacy-information-for-specific-services/cctv-and-privacy"
    assert _html(web, host, pn).count("mailto:") == 1 and "Data Protection Officer" in _main(web, host, pn)
    assert "Senior Responsible Owner" in _html(web, host, "/your-council/budgets/capital-programme/cctv-replacement")
    spoc = _auth(truth, host)["deliverables"]["5.3"]
    assert spoc["status"] == "partial" and not spoc["spoc"]["email"] and not spoc["spoc"]["phone"]


def test_mailbox_named_spoc_without_designation(web: Heldback231Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    faq = "/info/200514/community_safety_and_policing/2291/borough_cameras_-_your_questions_answered"
    html = _html(web, host, faq)
    assert '<ol class="qa-list">' in html and "cctv.spoc@sutton.example.gov.uk" in html
    assert "single point" not in _main(web, host, faq).lower()
    keep = f"http://{host}/info/200514/community_safety_and_policing/1267/keeping_safe_-_out_and_about"
    assert keep in _linking(web, host, f"http://{host}{faq}")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_draft_police_agreement_beside_signed_pcc_grant(web: Heldback231Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    draft = _text(web, host, "/media/8842/cctv-information-sharing-agreement-draft-v0-4.pdf")
    assert "DRAFT - not for signature" in draft and "__/__/20__" in draft
    grant = _text(web, host, "/media/8790/pcc-capital-grant-agreement-cctv.pdf")
    assert "Signed for the Commissioner" in grant and "Police and Crime Commissioner for Lincolnshire" in grant
    main = _main(web, host, "/community-safety/cctv")
    assert "Boston Borough Council's CCTV Manager is the single point of contact" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and "draft" in doc["url"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and "Boston" not in d["5.3"]["spoc"]["role"]


def test_signed_monitoring_agreement_in_documents_list(web: Heldback231Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    pg = "/community-and-leisure/community-safety/town-centre-cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Mid Sussex District Council" in text and "Signed on behalf of Sussex Police" in text
    assert "Data Protection Officer" in _main(web, host, pg) and d["5.3"]["status"] == "partial"


def test_step_2_only_in_word_code_without_extension_and_trailing_slashes(web: Heldback231Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    code = "/documents/cctv-code-of-practice"
    r = _render(web, f"http://{host}{code}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert 'filename="cctv-code-of-practice.docx"' in (r.header("Content-Disposition") or "")
    assert "full (step 2) certification" in _text(web, host, code)
    assert "step 2" not in _main(web, host, "/community-safety/cctv/").lower()
    a = _auth(truth, host)
    assert _ev_paths(a, "5.2") == {code} and a["deliverables"]["5.2"]["awarded"] == "2021-10"
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/privacy-policy/surveillance-privacy-policy/"}
    assert "single point of contact" in _main(web, host, "/business/cctv-monitoring-for-businesses/")


def test_one_fact_councils(web: Heldback231Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.n-kesteven.gov.uk", "cameras", "/business/town-centres/sleaford"),
        ("www.ambervalley.gov.uk", "cameras", "/bereavement-services/cemeteries/heanor-cemetery"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(web, "www.ambervalley.gov.uk", "/")
    assert "single point of contact" in _main(
        web, "www.n-kesteven.gov.uk", "/planning-and-building-control/major-developments"
    )
    trig = _html(web, "www.ambervalley.gov.uk", "/community/anti-social-behaviour/community-trigger")
    assert "single point of contact for case reviews" in trig


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback231Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.torridge.gov.uk", "tewkesbury.gov.uk"}, min_decoys=3)
    ripa = _main(web, "www.hants.gov.uk", "/aboutthecouncil/strategiesplansandpolicies/surveillance")
    assert "Single Points of Contact for access to communications data" in ripa
    ig = _main(web, "tewkesbury.gov.uk", "/council/information-governance")
    assert "Senior Information Risk Owner" in ig and "single point of contact (SPoC) for communications data" in ig
    assert web.sites["tewkesbury.gov.uk"].search is None
