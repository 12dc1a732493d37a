"""The two hundred and thirtieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a step 2 claim only in an annual review served without
extension at document?lang=en-gb with a Welsh twin; a certificate shown only as an image whose visible 'Detailed
description' transcribes it; a step 1 claim only in an officer decision record on a democracy host; a step 2 sentence
beside a stepless mark on a governance page reachable only from a 'See also' line; a partner council's certificate PDF
on the council's own page; 'certified' identity documents and telecare accreditation; an archive's accreditation
and a self-assessment said not to be certification; certification only intended in a code; a signed police protocol
published only as the attachment of an FOI answer on a foi.php disclosure log; a signed Word agreement without
extension; a signed data sharing agreement from the police-requests section; agreements only mentioned or 'being
completed'; a councils' monitoring agreement; SPOCs in a contact card, on roles and systems sub-pages and on a
governance page; one-fact councils; councils that publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback230.truth import TRUTH_PATH
from fixtures.heldback230.web import Heldback230Web


@pytest.fixture(scope="module")
def web() -> Heldback230Web:
    return Heldback230Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback230Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 230)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_in_annual_review_served_at_query_address(web: Heldback230Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    rev = "/web-documents/resident/emergencies-and-crime-prevention/cctv/annual-review/document?lang=en-gb"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-01"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{rev}"}
    r = _render(web, f"http://{host}{rev}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "step 2" in _text(web, host, rev) and "NSI Silver" in _text(web, host, rev)
    cy = rev.replace("en-gb", "cy-gb")
    assert _render(web, f"http://{host}{cy}").status == 200
    assert _linking(web, host, f"http://{host}{rev}") == {
        f"http://{host}/services/emergencies-and-crime-prevention/cctv/cctv-policy"
    }
    for path in (
        "/services/emergencies-and-crime-prevention/cctv",
        "/services/emergencies-and-crime-prevention/cctv/cctv-policy",
    ):
        assert "step 2" not in _main(web, host, path).lower()
    assert '<html lang="cy">' in _html(web, host, "/cy/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_certificate_image_with_detailed_description(web: Heldback230Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert (
        '<img src="/images/cctv-certificate-2019.jpg" alt="Certificate - see the detailed description below">' in html
    )
    assert '<div class="image-description"><h3>Detailed description</h3>' in html
    assert _render(web, f"http://{host}/images/cctv-certificate-2019.jpg").status == 200
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-10" and not d["5.2"]["mark_displayed"]
    assert "valid until 8 October 2024" in _main(web, host, "/community-safety/cctv")
    assert "no decision has been made to join" in _main(web, host, "/?p=131342")


def test_step_1_only_in_officer_decision_record(web: Heldback230Web, truth: dict) -> None:
    host, dem = "www.welhat.gov.uk", "democracy.welhat.gov.uk"
    dec = f"http://{dem}/ieDecisionDetails.aspx?ID=1844"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    assert [e["url"] for e in d["5.2"]["evidence"]] == [dec]
    assert "step" not in _main(web, host, "/community-safety/cctv").lower()
    assert "step 1 (desktop) certification" in _main(web, dem, "/ieDecisionDetails.aspx?ID=1844")
    assert _linking(web, host, dec) == {f"http://{dem}/mgDelegatedDecisions.aspx"}
    assert "Hertfordshire CCTV Partnership, not by the council" in _main(web, host, "/community-safety/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_governance_page_only_via_see_also_with_mark_spoc_and_word_agreement(web: Heldback230Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    aid = f"http://{host}/local-government/access-information-and-data"
    gov = f"{aid}/surveillance-camera-governance"
    assert _linking(web, host, gov) == {f"{aid}/cctv-procedure-release-evidence"}
    assert "See also:" in _main(web, host, urlsplit(f"{aid}/cctv-procedure-release-evidence").path)
    html = _html(web, host, urlsplit(gov).path)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria" and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Data Protection Act 1998" in _main(web, host, urlsplit(f"{aid}/cctv-procedure-release-evidence").path)
    assert "Disallow: /search" in web.sites[host].robots_txt()


def test_partner_certificate_on_own_page_and_councils_agreement(web: Heldback230Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    cert = "/media/3390/certificate-of-compliance-monitoring-centre.pdf"
    assert "Runnymede Borough Council - Runnymede CCTV Control Centre" in _text(web, host, cert)
    assert _linking(web, host, f"http://{host}{cert}") == {f"http://{host}/community-safety/cctv/"}
    assert "agreement between the two councils" in _main(web, host, "/community-safety/cctv/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_certified_wording_near_misses(web: Heldback230Web, truth: dict) -> None:
    bristol = _main(web, "www.bristol.gov.uk", "/residents/crime-and-emergencies/cctv-in-bristol")
    assert "certified documents" in bristol and "certify copies" in bristol
    assert "accredited under the TEC Quality standard" in _main(
        web, "www.bristol.gov.uk", "/residents/crime-and-emergencies/bristol-operations-centre"
    )
    glos = "/archives/policies/cctv-policy/"
    assert "accredited archive service" in _main(web, "www.gloucestershire.gov.uk", glos)
    roles = (
        "/council-and-democracy/access-to-information-and-data-protection/closed-circuit-television-cctv-and-"
        "surveillance/cctv-and-surveillance-camera-policy/roles-and-responsibilities/"
    )
    assert "not certification" in _main(web, "www.gloucestershire.gov.uk", roles)
    assert "intends to seek third-party certification" in _text(
        web, "www.richmond.gov.uk", "/media/12044/richmond_cctv_code_of_practice.pdf"
    )
    assert "Park Mark" in _main(web, "www.blaby.gov.uk", "/parking/car-parks/")
    for host in (
        "www.bristol.gov.uk",
        "www.gloucestershire.gov.uk",
        "www.richmond.gov.uk",
        "www.blaby.gov.uk",
        "www.brentwood.gov.uk",
        "www.elmbridge.gov.uk",
    ):
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met", host


def test_signed_protocol_only_as_foi_attachment(web: Heldback230Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/foi.php?foiId=15520"}
    assert "Signed for Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert not any("foi.php" in u for u in d["5.1"]["pages"])
    assert "answer: no" in _main(web, host, "/foi.php?foiId=16002").lower()
    assert '<table class="attachments">' in _html(web, host, "/cctv")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv@brentwood.example.gov.uk"


def test_signed_dsa_from_police_section_and_mentions(web: Heldback230Web, truth: dict) -> None:
    host = "www.bristol.gov.uk"
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Avon and Somerset" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/residents/crime-and-emergencies/cctv-in-bristol"}
    for host, status in (
        ("www.westoxon.gov.uk", "partial"),
        ("www.richmond.gov.uk", "partial"),
        ("www.southoxon.gov.uk", "partial"),
        ("www.newcastle-staffs.gov.uk", "not_met"),
    ):
        d55 = _auth(truth, host)["deliverables"]["5.5"]
        assert d55["status"] == status and not d55["documents"], host
    assert "being completed" in _html(web, "www.westoxon.gov.uk", "/residents/community-safety/public-space-cctv")


def test_legacy_site_without_search_or_main(web: Heldback230Web, truth: dict) -> None:
    site = web.sites["www.westoxon.gov.uk"]
    assert site.search is None and not site.az
    assert '<main id="main">' not in _html(web, "www.westoxon.gov.uk", "/")
    assert _auth(truth, "www.westoxon.gov.uk")["deliverables"]["5.3"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback230Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.newcastle-staffs.gov.uk", "cameras", "/parking/car-parks/midway-multi-storey"),
        ("www.blaby.gov.uk", "retention", "/leisure/parks/bouskell-park/"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "inter authority contract" in _main(web, "moderngov.newcastle-staffs.gov.uk", "/mgAi.aspx?ID=21693")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback230Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bolsover.gov.uk", "www.sstaffs.gov.uk", "www.stroud.gov.uk"})
    assert "Do you recognise him?" in _main(web, "www.sstaffs.gov.uk", "/news/police-appeal-codsall-burglary")
    assert "Answer: none" in _main(web, "www.stroud.gov.uk", "/council-and-democracy/foi/disclosure-log/cctv-2024")
