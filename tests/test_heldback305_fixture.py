"""The three hundred and fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. Emphasis on certification and marks: a certificate image
whose alt text holds a lapsed step 2 (and no claim in the page text); a stepless mark in the footer of every page
linking a step 2 certificate served without extension; a certificate image with a file-name alt beside a renewal
sentence, the step 1 only in the linked certificate PDF; a step 2 only in the corporate annual report PDF; a partner
council's control-room certificate on our page; a monitoring contractor's NSI Gold certificate in a contracts
register; an installer's NSI Gold approval said not to be certification; 'working towards' certification; a
self-assessment said not to be certification; a district service's certificate in a hosted newsletter; another
council's certification in news. Also: a SPOC in a team <dl>, in a policy's roles section reached from the footer, in
a contact form's intro and only in an annual review PDF; signed agreements as a protocol PDF on a request sub-page, a
monitoring agreement PDF and a Word ISA without extension; a draft MoU; numeric-id pages with /cy twins; a rowspan
at-a-glance table; a legacy table site; one-fact councils; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
from collections import Counter
import re
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

from fixtures.heldback305.truth import TRUTH_PATH
from fixtures.heldback305.web import Heldback305Web


@pytest.fixture(scope="module")
def web() -> Heldback305Web:
    return Heldback305Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback305Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 305)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_certificate_image_alt_holds_lapsed_step_2_and_spoc_in_team_list(web: Heldback305Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    std = "/crime/cctv/standards-and-inspections"
    html = _html(web, host, std)
    assert 'src="/images/lbhf-sc-certificate-2019.png" alt="Certificate of compliance' in html
    assert "valid until 13 March 2024" in html
    main_text = re.sub(r"<[^>]+>", " ", html.split('<main id="main">', 1)[1].split("</main>", 1)[0])
    assert "step 2" not in main_text.lower(), "the step is only in the image's alt text"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03-14"
    assert not d["5.2"]["mark_displayed"]
    team = _html(web, host, "/crime/community-safety-team")
    assert "<dt>Head of CCTV and Enforcement Technology</dt><dd>Single point of contact" in team
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "NSI Gold" in _main(web, host, "/news/2022-cctv-investment")


def test_rowspan_table_self_assessment_not_certification_and_stale_fee(web: Heldback305Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    cw = "/crime-prevention-and-emergencies/city-watch"
    html = _html(web, host, cw)
    assert '<th scope="row" rowspan="2">Cameras</th>' in html
    assert "it is not third-party certification" in _main(web, host, cw)
    sa = "/media/1204/city-watch-self-assessment"
    r = _render(web, f"http://{host}{sa}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "has not been audited by a certification body" in _text(web, host, sa)
    assert "£10" in _main(web, host, "/crime-prevention-and-emergencies/cctv")
    a = _auth(truth, host)
    assert a["deliverables"]["5.2"]["status"] == "not_met" and a["deliverables"]["5.3"]["status"] == "partial"
    assert a["heldback"]["robots_forbid_search"]


def test_policy_reached_from_footer_with_spoc_and_no_certificate(web: Heldback305Web, truth: dict) -> None:
    host = "www.brighton-hove.gov.uk"
    pol = "/about-website/brighton-hove-city-council-surveillance-camera-policy"
    assert f"http://{host}/about-website" in _links(web, host, "/")
    assert _linking(web, host, f"http://{host}/about-website") >= {f"http://{host}/"}
    text = _main(web, host, pol)
    assert "does not hold third-party certification" in text and "single point of contact" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {pol}
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_numeric_pages_with_welsh_twin_working_towards_and_signed_protocol(web: Heldback305Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    assert f"http://{host}/cy/27238" in _links(web, host, "/27238")
    assert '<html lang="cy">' in _html(web, host, "/cy/27238")
    assert "working towards independent certification" in _main(web, host, "/27238")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/27238/request"}
    assert f"http://{host}/cy/27238" in d["5.1"]["pages"]


def test_legacy_table_site_and_installer_approval(web: Heldback305Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    assert web.sites[host].search is None and '<main id="main">' not in _html(web, host, "/")
    page = _html(web, host, "/Your-council/Crime-and-safety/CCTV")
    assert "<caption>Council CCTV sites</caption>" in page
    assert "it is not certification of our cameras" in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_contractor_certificate_in_contracts_register(web: Heldback305Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    cert = f"http://{host}/Documents/Contracts/monitoring-contractor-nsi-certificate.pdf"
    assert _linking(web, host, cert) == {f"http://{host}/Your-Council/Contracts-register.aspx"}
    text = _text(web, host, _path(cert))
    assert "Broadland Guarding Services Ltd" in text and "BS 7958" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["other_systems"]


def test_partner_control_room_certificate_and_dpo_only(web: Heldback305Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    cert = "/wp-content/uploads/2022/05/wychavon-control-room-certificate.pdf"
    assert "Awarded to Wychavon District Council" in _text(web, host, cert)
    assert f"http://{host}{cert}" in _links(web, host, "/community-safety/cctv")
    assert "ours were not part of it" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"
    assert "Data Protection Officer" in _main(web, host, "/privacy-policy/cctv-and-body-worn-cameras")


def test_file_name_alt_step_1_only_in_certificate_and_draft_mou(web: Heldback305Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    pg = "/vale-of-white-horse-district-council/community-safety/cctv"
    assert '<img src="/images/IMG_4471.jpg" alt="IMG_4471.jpg">' in _html(web, host, pg)
    main = _main(web, host, pg)
    assert "step" not in main.lower() and "Renewal of our certificate is in progress" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-09-09" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".pdf") and "Step 1 (desktop) certification" in _text(web, host, _path(ev["url"]))
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, _path(doc["url"]))
    assert "democratic.whitehorsedc.gov.uk" in web.sites[host].hosts()


def test_spoc_only_in_contact_form_and_signed_monitoring_agreement(web: Heldback305Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    assert "single point of contact" not in _main(web, host, "/cctv")
    form = _html(web, host, "/cctv/contact-us-about-cctv")
    assert '<form action="/forms/cctv"' in form and "single point of contact for surveillance cameras" in form
    a = _auth(truth, host)
    d = a["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Surrey" and doc["date"] == "2022-04-11"
    assert "Signed on behalf of Surrey Police" in _text(web, host, _path(doc["url"]))
    assert d["5.2"]["status"] == "not_met" and "Park Mark" in _main(web, host, "/parking/park-mark")
    assert a["heldback"]["robots_forbid_search"]


def test_step_2_only_in_corporate_annual_report(web: Heldback305Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    assert "certification" not in _main(web, host, "/residents/community-safety/cctv").lower()
    ar = f"http://{host}/sites/default/files/2020-07/annual-report-2019-20.pdf"
    assert _linking(web, host, ar) == {f"http://{host}/council/performance/annual-reports"}
    assert "full (step 2) certification" in _text(web, host, _path(ar))
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-01" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_footer_mark_on_every_page_links_certificate_without_extension(web: Heldback305Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    cert = "/downloads/file/1883/cctv-certificate"
    mark = f'<a href="{cert}"><img src="/images/sc-mark.png" alt="Surveillance Camera Code of Practice certification mark">'
    for path in ("/", "/pages/cctv", "/council-tax", "/a-z"):
        assert mark in _html(web, host, path).split("<footer>", 1)[1], path
    r = _render(web, f"http://{host}{cert}")
    assert r.header("Content-Type") == "application/pdf" and "cctv-certificate.pdf" in (
        r.header("Content-Disposition") or ""
    )
    text = _text(web, host, cert)
    assert "Step 2 (full certification)" in text and "Expiry: 1 June 2025" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2" and _no_extension(f"http://{host}{cert}")
    assert "single point of contact" not in _main(web, host, "/pages/cctv")
    assert {_path(e["url"]) for e in d["5.3"]["evidence"]} == {"/downloads/file/1954/cctv-annual-review-2023-24"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_one_fact_council_with_cameras_handed_to_police(web: Heldback305Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["purpose"]
    assert d["5.1"]["pages"] == [f"http://{host}/info/7/about-the-council/314/visiting-bodicote-house"]
    assert "now own them, run them" in _main(web, host, "/info/120/safer-communities/162/public-space-cctv")
    assert "Senior Responsible Officer" in _main(web, host, "/info/120/safer-communities/171/covert-surveillance")
    assert d["5.3"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback305Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cambridgeshire.gov.uk", "www.rother.gov.uk", "www.e-lindsey.gov.uk"})
    newsletter = "/asset-library/community-safety-partnership-newsletter-autumn-2023.pdf"
    assert "full certification" in _text(web, "www.cambridgeshire.gov.uk", newsletter)
    boston = "/news/article/1020/cctv-monitoring-moves-to-boston"
    assert "holds full certification" in _main(web, "www.e-lindsey.gov.uk", boston)
    assert "belong to Sussex Police" in _main(web, "www.rother.gov.uk", "/community-safety/town-centre-cameras")
