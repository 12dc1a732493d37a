"""The hundred-and-ninety-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies; and
the structures the set is built from are really served. Certification in its real forms: a step 2 claim only in the
text version of a certificate image, beside an NSI Gold alarm-centre certificate; a stepless mark whose alt text names
the certification body and month; a step 2 claim with its annual reviews only in a Word statement without extension; a
step 1 claim only on one page of a photo gallery behind numbered thumbnails. And the wording that is not a claim: an intention to seek
certification beside a BSIA installer and a BS EN 62676 commissioning certificate; a lapsed step 1 application with no
certificate; 'preparing for' certification; a self-assessment said not to be certification; police commendation
certificates; a lapsed SSAIB control-room recognition; another council's mark in a partners' strip; a town council's
certification; the police's own certificate; 'in line with the Code'; 'award-winning' and BS 7958. Besides: a Senior
Responsible Officer for surveillance cameras beside a RIPA SRO, SPOCs in a definition list, a key-roles list and a Word
statement; an agreement published as web pages with signatories on the last part; a signed ISA linked by its reference
code; a draft PDF ISA without extension; a lease at a police station in a property register; a councils' monitoring
agreement; a one-fact 'Ask us' answer; a leisure-centre fact with its Welsh twin; facts only in a privacy notice five
levels down; a legacy site without <main>; robots forbidding search; and three councils that publish nothing.
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

from fixtures.heldback191.truth import TRUTH_PATH
from fixtures.heldback191.web import Heldback191Web
from fixtures.simweb.served import html_images


@pytest.fixture(scope="module")
def web() -> Heldback191Web:
    return Heldback191Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _alts(web: Heldback191Web, host: str, path: str) -> list[str]:
    r = _render(web, f"http://{host}{path}")
    return [alt for _, alt in html_images(r.body, f"http://{host}{path}", r.header("Content-Type"))]


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback191Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 191)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally
    levels = {a["name"]: a["deliverables"]["5.2"]["level"] for a in truth["authorities"]}
    assert Counter(v for v in levels.values() if v) == Counter({"step2": 2, "step1": 1})


def test_step_2_only_in_certificate_text_version_and_agreement_as_pages(web: Heldback191Web, truth: dict) -> None:
    host = "www.stockton.gov.uk"
    certs, txt = "/nsi-certificates", "/nsi-certificates/certificate-text-version"
    assert _linking(web, host, f"http://{host}{txt}") == {f"http://{host}{certs}"}
    assert "step 2" not in _main(web, host, certs).lower() and "step 2" not in _main(
        web, host, "/public-space-surveillance"
    )
    alts = _alts(web, host, certs)
    assert any("NSI Gold" in x for x in alts) and "Certificate (scanned image)" in alts
    assert not any("step" in x.lower() for x in alts)
    assert "Level: step 2, full certification." in _main(web, host, txt)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [txt]
    assert d["5.1"]["criteria"]["standards"] and d["5.1"]["criteria"]["annual_review"]
    isa = "/information-sharing-agreement-cleveland-police"
    parts = [u for u in _links(web, host, isa) if urlsplit(u).path.startswith(f"{isa}/")]
    assert len(parts) == 5
    for u in parts:
        has_sig = "Superintendent" in _main(web, host, urlsplit(u).path)
        assert has_sig == u.endswith("part-5-signatories"), u
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"] == f"http://{host}{isa}" and doc["force"] == "Cleveland"
    assert d["5.3"]["status"] == "partial"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_stepless_mark_alt_spoc_in_definition_list_and_isa_by_reference(web: Heldback191Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    pg = "/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    (alt,) = [x for x in _alts(web, host, pg) if "Code of Practice" in x]
    assert "IQ Verify" in alt and "January 2021" in alt and "step" not in alt.lower()
    assert "certified" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] == "2021-01"
    assert d["5.2"]["mark_displayed"]
    pn = "/beta/information-and-data/privacy-notices/public-open-space-cctv.aspx"
    assert "<dt>Single point of contact for surveillance cameras</dt>" in _html(web, host, pn)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pn}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pn}"}
    assert ">WYP-KC-ISA-2023-07 (PDF, 412 KB)</a>" in _html(web, host, pn)
    assert "self-assessment" in _main(web, host, "/beta/your-community/town-and-parish-councils.aspx")


def test_step_2_and_spoc_only_in_word_statement_and_draft_isa(web: Heldback191Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    pg = "/info/20061/community_safety/238/cctv_cameras"
    stmt = "/downloads/file/2291/cctv_annual_compliance_statement_2024"
    r = _render(web, f"http://{host}{stmt}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats") and _no_extension(stmt)
    assert ".docx" in (r.header("Content-Disposition") or "")
    text = _text(web, host, stmt)
    assert "full (step 2) certification" in text and "annual reviews" in text and "single point of contact" in text
    main = _main(web, host, pg).lower()
    assert "step 2" not in main and "single point of contact" not in main and "certif" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-10" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["annual_review"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Melton Borough Council" in _main(
        web, host, "/info/20061/community_safety/1544/cctv_monitoring_for_other_councils"
    )
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_1_only_on_one_gallery_page_and_signed_protocol(web: Heldback191Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    hist = "/safety-emergencies/cctv/history-of-the-scheme"
    assert _alts(web, host, hist) == [f"Photo {n} of 6" for n in range(1, 7)]
    assert "step 1" not in _main(web, host, hist) and "step 1" not in _main(web, host, "/safety-emergencies/cctv")
    pages = [n for n in range(1, 7) if "step 1" in _main(web, host, f"{hist}/gallery/{n}")]
    assert pages == [4] and _alts(web, host, f"{hist}/gallery/4") == [""]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and doc["date"] == "2023-05-02"
    assert "Signed on behalf of Lincolnshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "agreement between the two councils" in _main(web, host, "/safety-emergencies/cctv")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_sro_for_cameras_beside_ripa_sro_and_intention_not_certification(web: Heldback191Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    pg = "/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link"
    main = _main(web, host, pg)
    assert "Senior Responsible Officer for surveillance cameras" in main
    assert "intend to seek independent certification" in main and "BS EN 62676-4" in main
    assert "British Security Industry Association" in main
    assert "Senior Responsible Officer for RIPA" in _main(web, host, "/council-and-democracy/ripa")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    assert "democracy.merton.gov.uk" in web.sites[host].hosts()


def test_key_roles_self_assessment_and_police_certificates(web: Heldback191Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    about = "/pages/about-the-camera-system"
    main = _main(web, host, about)
    assert "Senior Responsible Officer for covert surveillance (RIPA)" in main and "Data Protection Officer" in main
    assert "Single point of contact for the council's surveillance camera systems" in main
    assert any("commendation certificates" in x for x in _alts(web, host, about))
    sat = "/files/documents/cctv_self_assessment/Self-assessment-tool-2024.pdf"
    assert "It is not third-party certification" in _text(web, host, sat)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.1"]["criteria"]["annual_review"] and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_lapsed_application_and_preparing_are_not_certification(web: Heldback191Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    faq = "/residents/community-safety/cctv/cctv-faqs/"
    assert "application lapsed" in _main(web, host, faq) and "no certificate was issued" in _main(web, host, faq)
    strat = "/wp-content/uploads/2019/11/CCTV-Strategy-2019-2025.pdf"
    assert "preparing for third-party certification" in _text(web, host, strat)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "decommissioning" in _main(web, "democracy.eppingforestdc.gov.uk", "/mgAi.aspx?ID=58121")


def test_other_councils_mark_in_partner_strip_and_one_fact_answer(web: Heldback191Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    alts = _alts(web, host, "/community-safety/surrey-cctv-partnership")
    assert any(x.startswith("Runnymede Borough Council") and "step 2" in x for x in alts)
    assert 'class="partner-logos"' in _html(web, host, "/community-safety/surrey-cctv-partnership")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]
    assert d["5.1"]["pages"] == [f"http://{host}/askus"]
    assert _main(web, host, "/askus").count("?") >= 10


def test_legacy_site_lapsed_recognition_and_installer_certificate(web: Heldback191Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    html = _html(web, host, "/community/cctv.asp")
    assert "<main" not in html and "lapsed in 2021" in html and "BS EN 62676-4" in html
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "not_met" and not d["5.1"]["criteria"]["standards"]
    assert a["heldback"]["sitemap"] and not a["heldback"]["a_z"]
    assert "staffsmoorlands.gov.uk" in html


def test_award_winning_bs_7958_and_lease_at_police_station(web: Heldback191Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "award-winning" in main and "BS 7958" in main
    leases = _main(web, host, "/council-and-democracy/transparency/land-and-property-leases")
    assert "Grantham Police Station" in leases and "CCTV control room" in leases
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_privacy_notice_five_levels_down_in_line_with_code(web: Heldback191Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    pn = "/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements/privacy-notice-test-valley-borough-council-cctv"
    crumbs = _html(web, host, pn).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert crumbs.count("<a ") == 5
    assert "in line with the Surveillance Camera Code of Practice" in _main(web, host, pn)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pn}"] and d["5.1"]["criteria"]["code_compliance"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "dpo@" in _main(web, host, pn)


def test_welsh_twin_fact_police_certificate_and_intention_in_papers(web: Heldback191Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    dem = "democracy.carmarthenshire.gov.wales"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    cy = "/cy/gwasanaethau/hamdden/canolfan-hamdden-llanelli"
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, cy)
    assert "holds its own certificate" in _main(web, host, "/home/council-services/community-safety/cctv-in-our-towns")
    rep = "/documents/s61452/Dyfed-Powys-Police-CCTV-Project-report.pdf"
    assert "intend to seek third-party certification" in _text(web, dem, rep)
    assert d["5.2"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback191Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.staffordshire.gov.uk", "www.cotswold.gov.uk", "www.winchester.gov.uk"}, min_decoys=4
    )
    saf = _main(web, "www.cotswold.gov.uk", "/communities-and-leisure/community-safety")
    assert "Cirencester Town Council" in saf and "certified" in saf
    assert "certificate of appreciation" in _main(
        web, "www.winchester.gov.uk", "/news/2024/community-safety-team-thanked-by-police"
    )
    assert "does not operate public space CCTV" in _main(
        web, "www.staffordshire.gov.uk", "/your-council/foi/disclosure-log/public-space-cctv"
    )
