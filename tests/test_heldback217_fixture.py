"""The two hundred and seventeenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. Its emphasis is third-party certification in varied
forms: a lapsed step 2 only as a struck-through line on an awards page; a stepless claim only in the caption of a
certificate photograph with empty alt text; step 2 and its lapse only in a table of an annual report PDF; a shared
service's certificate PDF naming both councils beside a stepless mark; and near-misses that are not the council's
certification: a certificate the council wrote itself after a self-assessment, an application never assessed, a
monitoring hub's step 2 in a hosted partnership plan and in Cabinet papers, a contractor's NSI Gold and BS 7958, a
Surveillance Camera Day badge. Also: a signed memorandum with a blank renewal appendix, a signed Word release
protocol, a signed protocol served without extension, a draft Word memorandum, agreement mentions; a SPOC in a guide
part, in a definition list, in a page's content-owner line and on the page; numeric page addresses with a Welsh twin
under another number; a legacy site without search, sitemap or A to Z; one-fact councils and councils that publish
nothing but carry look-alikes.
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

from fixtures.heldback217.truth import TRUTH_PATH
from fixtures.heldback217.web import Heldback217Web


@pytest.fixture(scope="module")
def web() -> Heldback217Web:
    return Heldback217Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_councils(web: Heldback217Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 217)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_lapsed_step_2_only_struck_through_and_signed_mou_with_blank_appendix(web: Heldback217Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    awards = "/your-council/about-the-council/awards-and-accreditations"
    assert "<del>Surveillance Camera Commissioner: full certification (step 2)" in _html(web, host, awards)
    assert "certification" not in _main(web, host, "/crime-and-community-safety/public-space-cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    assert _paths(d["5.2"]["evidence"]) == {awards} and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert doc["signed"] and doc["force"] == "West Yorkshire" and doc["date"] == "2023-09-19"
    assert "Chief Superintendent D. Whitaker" in text and "Appendix C: renewal template" in text and "20__" in text
    assert "Disallow: /search" in web.sites[host].robots_txt()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_stepless_claim_only_in_caption_of_empty_alt_certificate_photo(web: Heldback217Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    cc = "/community-and-safety/cctv-control-centre"
    html = _html(web, host, cc)
    assert '<img src="/images/control-centre-certificate-2020.jpg" alt=""><figcaption>Our certificate' in html
    assert "step" not in _main(web, host, cc).lower()
    assert "Gravesham Borough Council" in html and "Folkestone Town Council" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] == "2020-02"
    contact = _html(web, host, f"{cc}/contact-the-control-centre")
    assert "<dt>Single point of contact for surveillance cameras</dt>\n<dd>Community Safety Manager</dd>" in contact
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {f"{cc}/contact-the-control-centre"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_and_its_lapse_only_in_annual_report_and_no_police_agreement(web: Heldback217Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    page = "/community/crime_and_safety/cctv.cfm"
    report = "/community/crime_and_safety/upload/cctv-annual-report-2024-25.pdf"
    assert f"http://{host}{report}" in _links(web, host, page)
    assert "step 2" not in _main(web, host, page).lower()
    text = _text(web, host, report)
    assert "step 2 (full certification)" in text and "closed in November 2025" in text
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018-06-19" and _paths(d["5.2"]["evidence"]) == {report}
    )
    assert "Suffolk Constabulary" in _main(web, host, page) and d["5.5"]["status"] == "not_met"
    assert "Babergh District Council" in _main(web, host, page)


def test_joint_certificate_of_shared_service_beside_stepless_mark(web: Heldback217Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    page = "/community-safety/cctv"
    cert = "/media/6612/cctv-shared-service-certificate-of-compliance.pdf"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, page)
    text = _text(web, host, cert)
    assert "Cambridge City Council and Huntingdonshire District Council" in text and "step 2" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-03-07"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    assert "agreement between the two councils" in _main(web, host, page) and d["5.5"]["status"] == "not_met"
    assert not web.sites[host].az and web.sites[host].sitemap


def test_self_issued_certificate_after_self_assessment_is_not_certification(web: Heldback217Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    page = "/services/community-safety/closed-circuit-television-cctv"
    cert = "/sites/default/files/2024-07/cctv-compliance-certificate-2024.pdf"
    assert f"http://{host}{cert}" in _links(web, host, page)
    text = _text(web, host, cert)
    assert "Certificate of compliance" in text and "self-assessment tool" in text and "internal review" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "epsc@enfield.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {
        "/privacy-notice/specific-purposes/cctv-data-specific-purposes"
    }
    assert "governance.enfield.gov.uk" in web.sites[host].hosts()


def test_certification_applied_for_never_assessed_and_spoc_in_guide_part(web: Heldback217Web, truth: dict) -> None:
    host = "www.thurrock.gov.uk"
    root = "/closed-circuit-television-cctv"
    std = f"{root}/standards-and-responsibility"
    html = _html(web, host, std)
    assert '<nav class="guide-contents">' in html and 'class="prev"' in html
    assert "Applied for step one in August 2023" in html and "<caption>Our commitments</caption>" in html
    assert f"http://{host}{root}/use-of-cctv" in _links(web, host, root)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {std}


def test_hubs_certification_is_not_the_councils(web: Heldback217Web, truth: dict) -> None:
    wyre = "www.wyreforestdc.gov.uk"
    plan = _text(web, wyre, "/media/2231/north-worcestershire-csp-plan-2024-27.pdf")
    assert "full (step 2) certification" in plan and "Redditch" in plan
    tendring = "www.tendringdc.gov.uk"
    dem = "tdcdemocracy.tendringdc.gov.uk"
    report = f"http://{dem}/documents/s52110/Careline-and-CCTV-monitoring-transfer.pdf"
    assert _linking(web, tendring, report) == {f"http://{dem}/mgAi.aspx?ID=10950"}
    assert "step 2 certification" in _text(web, dem, urlsplit(report).path)
    assert not web.sites[tendring].az and "Disallow: /search" in web.sites[tendring].robots_txt()
    for host in (wyre, tendring):
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_contractor_nsi_gold_stale_wording_and_signed_word_protocol(web: Heldback217Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    main = _main(web, host, "/community-and-living/community-safety/cctv")
    assert "NSI Gold" in main and "BS 7958" in main and "Data Protection Act 1998" in main and "£10" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Chief Inspector L. Gaskell" in _text(web, host, urlsplit(doc["url"]).path) and doc["signed"]


def test_sro_only_in_content_owner_line_badge_and_protocol_without_extension(web: Heldback217Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    part = "/info/20010/your_environment/203/community_safety/7"
    html = _html(web, host, part)
    assert '<div class="page-meta"><p>Content owner: Senior Responsible Officer for surveillance cameras' in html
    assert 'alt="Surveillance Camera Day 2019: we opened our control room"' in html
    assert f"http://{host}{part}" in _links(web, host, "/info/20010/your_environment/203/community_safety/6")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert _no_extension(doc["url"]) and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and doc["force"] == "Hertfordshire"
    assert "Disallow: /search" in web.sites[host].robots_txt()


def test_draft_word_memorandum_and_ripa_sro_without_contact_point(web: Heldback217Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert doc["draft"] and not doc["signed"] and "DRAFT FOR CONSULTATION" in text and "20__" in text
    assert "Senior Responsible Officer under RIPA" in _main(web, host, "/article/2210/Covert-surveillance-RIPA")
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert "mailto:" not in _main(web, host, "/article/309/Town-centres-Closed-Circuit-Television-CCTV-")


def test_numeric_addresses_and_welsh_twin_under_another_number(web: Heldback217Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    assert f"http://{host}/27239" in _links(web, host, "/27238")
    assert '<html lang="cy">' in _html(web, host, "/27239")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/27239" in d["5.1"]["pages"] and d["5.1"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {"/27241"}
    assert "democracy.neath-porttalbot.gov.uk" in web.sites[host].hosts()


def test_one_fact_councils(web: Heldback217Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.uttlesford.gov.uk", "retention", "/your-council/contact-us/visiting-the-council-offices"),
        ("www.horsham.gov.uk", "cameras", "/parks-and-countryside/horsham-park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    site = web.sites["www.horsham.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, "www.horsham.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback217Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.wyreforestdc.gov.uk", "www.tendringdc.gov.uk"})
    assert "does not own or run public space CCTV" in _main(
        web, "www.essex.gov.uk", "/freedom-of-information/disclosure-log/public-space-cctv"
    )
