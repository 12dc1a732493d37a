"""The hundred-and-twenty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (an equality analysis as
the only impact assessment beside current and superseded codes; an annual standards report as a numbered compliance
review holding a step 1 answer, with an NSI BS 7958 certificate and an ISA 'approved' by both; a county's register of
its own camera systems with DPIA summaries and a SPOC in an <address> card; a policy as a numbered HTML page among
service privacy notices at SharePoint addresses, step 2 only in the certificate PDF, a Welsh twin; a privacy notice PDF
and a police protocol whose signatures come first; a fees and charges row; camera facts and a SPOC on a 'person of
interest' appeal page with an in-page appendix of locations; a retention schedule row found by the search; step 2 only
in an annual report PDF and an agreement by exchange of letters; a one-fact partnership page on a legacy site with the
strategy only in committee papers; a #cctv section of a long privacy notice behind a robots-forbidden search; a policy
over two Jadu pages whose appendix holds a blank DPIA template, a Word form naming the SPOC and a draft ISA; and three
councils that publish nothing but carry look-alikes)."""

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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback128.truth import TRUTH_PATH
from fixtures.heldback128.web import Heldback128Web


@pytest.fixture(scope="module")
def web() -> Heldback128Web:
    return Heldback128Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _ev_paths(d: dict) -> set[str]:
    return {_path(e["url"]) for e in d["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback128Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 128)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_site_machinery_mix(web: Heldback128Web, truth: dict) -> None:
    sites = web.sites.values()
    assert {s.chrome for s in sites} >= {
        "jadu",
        "goss",
        "granicus",
        "drupal",
        "umbraco",
        "squiz",
        "wordpress",
        "legacy",
    }
    assert sum(s.sitemap for s in sites) == 4
    assert [s.host for s in sites if s.search is None] == ["www.folkestone-hythe.gov.uk"]
    forbid = [a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]]
    assert forbid == ["www.worcester.gov.uk"]
    assert sum(not s.az for s in sites) == 2


def test_equality_analysis_is_the_only_impact_assessment(web: Heldback128Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    pg = "/community-safety/closed-circuit-television-cctv"
    html = _html(web, host, pg)
    assert "(PDF, 640 KB)" in html and "CCTV code of practice 2019 (superseded)" in html
    eqia = "/sites/default/files/2023-11/equality-analysis-cctv-strategy-2023-2027.pdf"
    text = _text(web, host, eqia)
    assert "equality analysis" in text.lower() and "data protection" not in text.lower()
    assert "privacy notice" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["dpia"] and d["5.1"]["criteria"]["policy"]
    assert "Transport for London" in _main(web, host, pg)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_annual_standards_review_step_1_nsi_certificate_and_approved_isa(web: Heldback128Web, truth: dict) -> None:
    host = "www.stockton.gov.uk"
    stand = "/security-centre/annual-standards-report-2023-to-2024"
    html = _html(web, host, stand)
    assert '<ol class="review">' in html and html.count('<h3 class="question">') == 9
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert _ev_paths(d["5.2"]) == {stand}
    nsi = _text(web, host, "/media/4822/nsi-certificate-bs7958.pdf")
    assert "BS 7958" in nsi and "Surveillance Camera Code" not in nsi
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland" and doc["date"] == "2024-03-21"
    isa = _text(web, host, _path(doc["url"]))
    assert "Approved for Cleveland Police" in isa and "Signed" not in isa
    assert _linking(web, host, doc["url"]) == {f"http://{host}{stand}"}
    main = _main(web, host, "/security-centre")
    assert "codes of practice" in main and not d["5.1"]["criteria"]["policy"]
    assert not any("code" in _path(u) for u in d["5.1"]["pages"])
    assert "for businesses" in _main(web, host, "/security-centre/commercial-services")
    assert d["5.3"]["status"] == "partial"


def test_county_register_of_its_own_systems_and_address_card(web: Heldback128Web, truth: dict) -> None:
    host = "www.staffordshire.gov.uk"
    reg = "/council-and-democracy/data-protection/surveillance-cameras-we-use"
    html = _html(web, host, reg)
    assert "<caption>Register of surveillance camera systems</caption>" in html
    assert '<address class="contact-card"><strong>Single point of contact for surveillance camera systems' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _ev_paths(d["5.3"]) == {reg}
    assert d["5.1"]["criteria"]["dpia"] and "/documents/hwrc-anpr-dpia-summary.pdf" in {
        _path(u) for u in d["5.1"]["pages"]
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "not by the county council" in _main(web, host, "/community/town-centre-cctv")


def test_policy_among_privacy_notices_certificate_pdf_and_welsh_twin(web: Heldback128Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    pol = "/ENG/Home/New_Disclaimer/service-specific-privacy-notices/CCTV-policy-code-of-practice/Pages/default.aspx"
    assert pol.endswith("/Pages/default.aspx") and "New_Disclaimer" in pol
    main = _main(web, host, pol)
    assert "2.0 Roles and responsibilities" in main and "8.0 Certification" in main
    assert "step 2" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _ev_paths(d["5.3"]) == {pol}
    cert = "/ENG/Home/New_Disclaimer/service-specific-privacy-notices/CCTV-policy-code-of-practice/Documents/Certificate-of-compliance.pdf"
    assert "Step 2" in _text(web, host, cert)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-11-18" and cert in _ev_paths(d["5.2"])
    twin = "/CYM/Eich-Cyngor/Diogelu-data-a-RhG/teledu-cylch-cyfyng/Pages/default.aspx"
    assert f"http://{host}{twin}" in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, twin)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_privacy_notice_pdf_and_protocol_signed_first(web: Heldback128Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["dpia"]
    assert "/media/5512/public-space-camera-surveillance-privacy-notice.pdf" in {_path(u) for u in d["5.1"]["pages"]}
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, _path(doc["url"]))
    assert text.index("Signed for Nottinghamshire Police") < text.index("Contents") < text.index("1. Purpose")
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and doc["date"] == "2024-05-09"
    main = _main(web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems")
    assert "shared service agreement" in main and "A52" in main
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_one_fact_councils(web: Heldback128Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.northwarks.gov.uk",
            "disclosure",
            "/info/20011/council_and_democracy/227/budgets_and_spending/fees_and_charges_2025_26",
        ),
        ("www.north-herts.gov.uk", "retention", "/your-council/information-and-data/records-retention-schedule"),
        ("www.arun.gov.uk", "cameras", "/community-safety/safer-arun-partnership"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    nw = "www.northwarks.gov.uk"
    fees = "/info/20011/council_and_democracy/227/budgets_and_spending/fees_and_charges_2025_26"
    assert f"http://{nw}/a-z" in _linking(web, nw, f"http://{nw}{fees}")
    assert "<th" in _html(web, nw, fees) and "£85.00" in _main(web, nw, fees)


def test_retention_schedule_row_found_by_search(web: Heldback128Web) -> None:
    host = "www.north-herts.gov.uk"
    results = _html(web, host, "/search?search=CCTV")
    assert "/your-council/information-and-data/records-retention-schedule" in results
    assert "Stevenage control room" in _main(web, host, "/foi/responses/foi-25-0147")
    assert "democracy.north-herts.gov.uk" in web.sites[host].hosts()


def test_person_of_interest_page_and_in_page_appendix(web: Heldback128Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    poi = "/environment/person-of-interest"
    html = _html(web, host, poi)
    assert 'alt="CCTV still, reference POI-2025-014' in html and '<div class="gallery">' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _ev_paths(d["5.3"]) == {poi}
    notice = _html(web, host, "/privacy/cctv")
    assert '<h2 id="appendix-1">' in notice and 'href="#appendix-1"' in notice
    assert "agreement between the two councils" in _main(web, host, "/privacy/cctv")
    assert d["5.5"]["status"] == "not_met"


def test_step_2_only_in_annual_report_and_exchange_of_letters(web: Heldback128Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    pg = "/communities-safety/cctv-public-spaces"
    assert "step 2" not in _main(web, host, pg).lower() and 'class="button button--primary"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    report = "/media/3310/cctv-annual-report-2024-25.pdf"
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-06" and _ev_paths(d["5.2"]) == {report}
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, _path(doc["url"]))
    assert "Letter of acceptance from Lincolnshire Police" in text and doc["date"] == "2023-09-19"
    assert doc["force"] == "Lincolnshire" and doc["signed"]
    assert "webcast cameras" in _main(web, host, "/bereavement-services/lea-fields-crematorium")


def test_legacy_partnership_page_and_strategy_only_in_committee_papers(web: Heldback128Web, truth: dict) -> None:
    host = "www.arun.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    strategy = "http://democracy.arun.gov.uk/documents/s30442/Appendix_1_CCTV_Strategy.pdf"
    assert _linking(web, host, strategy) == {"http://democracy.arun.gov.uk/mgAi.aspx?ID=8515"}
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert not any("democracy" in u for u in d51["pages"]) and not d51["criteria"]["policy"]
    assert "belong to Sussex Police" in _html(web, host, "/community-safety/safer-arun-partnership")


def test_privacy_section_behind_jump_link_and_forbidden_search(web: Heldback128Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    assert 'href="/privacy-notice#cctv"' in _html(web, host, "/community-safety/cctv")
    html = _html(web, host, "/privacy-notice")
    assert '<h2 id="cctv">CCTV cameras</h2>' in html and 'href="#cctv"' in html
    d = a["deliverables"]
    assert f"http://{host}/privacy-notice" in d["5.1"]["pages"] and d["5.1"]["criteria"]["dpia"]
    assert "service level agreement" in _main(web, host, "/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_policy_appendix_template_word_form_spoc_and_draft(web: Heldback128Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    pol = "/info/20209/access_to_information/1405/cctv_policy"
    assert '<nav class="document-pages"><h2>Pages in CCTV Policy</h2>' in _html(web, host, pol)
    for path in (pol, f"{pol}/2"):
        assert "single point of contact" not in _main(web, host, path).lower(), path
    d = _auth(truth, host)["deliverables"]
    form = "/downloads/file/3122/surveillance_camera_sar_form"
    assert d["5.3"]["status"] == "met" and _ev_paths(d["5.3"]) == {form}
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    tmpl = _text(web, host, "/downloads/file/3121/scc_dpia_template")
    assert "Surveillance Camera Commissioner" in tmpl and not d["5.1"]["criteria"]["dpia"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Surrey"
    assert "...................." in _text(web, host, _path(doc["url"]))


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback128Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.rotherham.gov.uk", "www.surreyheath.gov.uk", "www.folkestone-hythe.gov.uk"}
    )
    assert "CCTV Update" in _html(web, "moderngov.rotherham.gov.uk", "/mgAi.aspx?ID=93678")
    assert "Cameras read your number plate" in _main(web, "www.surreyheath.gov.uk", "/parking/pay-by-plate")
    fh = web.sites["www.folkestone-hythe.gov.uk"]
    assert fh.search is None and not fh.az
    assert "control room" in _main(web, fh.host, "/lifeline365")
    assert "Folkestone Town Council" in _main(web, fh.host, "/community/community-grants-awarded-2024-25")
