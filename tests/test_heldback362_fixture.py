"""The three hundred and sixty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from, most of them tied to events and temporary camera deployments, are
really served: a step 2 claim only on a football match-day page with the SPOC only inside a privacy impact
assessment; a one-fact council whose fact is only the alt text of a festival site map; a signed police agreement,
served without extension, linked only from the CCTV van page that the seafront events page points to; another signed
agreement linked only from an events safety group page; a three-party protocol whose schedule covers event requests;
a certification claim only on a closed consultation page of a bilingual site; a stub camera page whose disclosure is
all in a code PDF, with the SPOC on the page for borrowing a camera for a community event; a one-fact row in an event
risk assessment on a legacy site; a definition list of statutory information and a draft agreement only in panel
papers; a privacy notice about events, filming and CCTV as the only disclosure; a locations table with an 'events
covered' column; regatta-week redeployables and a step 2 FAQ answer; robots.txt forbidding the search; and three
councils that publish nothing but carry event look-alikes.
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

from fixtures.heldback362.truth import TRUTH_PATH
from fixtures.heldback362.web import Heldback362Web


@pytest.fixture(scope="module")
def web() -> Heldback362Web:
    return Heldback362Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_real_councils(web: Heldback362Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 362)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_on_match_day_page_and_spoc_only_in_impact_assessment(web: Heldback362Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    cctv = "/policing-safety/crime/cctv"
    match = "/events/arsenal-match-days"
    pia = "/media/documents/cctv-privacy-impact-assessment-2024.pdf"
    assert "step 2" in _main(web, host, match) and "step 2" not in _main(web, host, cctv)
    assert "camera cars" in _main(web, host, match)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-03" and not d["5.2"]["mark_displayed"]
    assert [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [match]
    assert "single point of contact" not in _main(web, host, cctv).lower()
    assert "single point of contact for surveillance camera systems" in _text(web, host, pia)
    assert f"http://{host}{pia}" in _links(web, host, cctv)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{cctv}" in _links(web, host, "/events/angel-christmas-lights")
    assert "Haringey" in _main(web, host, "/events/finsbury-park-summer-concerts")


def test_one_fact_only_in_festival_site_map_alt_text(web: Heldback362Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    fest = "/events/rhubarb-festival"
    main = _main(web, host, fest).lower()
    assert "cctv" not in main and "camera" not in main
    assert "the council&#x27;s CCTV cameras covering the Bullring" in _html(web, host, fest)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{fest}"]
    item = "/mgAi.aspx?ID=90215"
    assert "177 cameras" in _main(web, "democracy.wakefield.gov.uk", item)
    assert "177 cameras" in _main(web, host, "/foi/disclosure-log/public-space-cameras")


def test_signed_isa_only_behind_the_cctv_van_page(web: Heldback362Web, truth: dict) -> None:
    host = "www.southend.gov.uk"
    van = f"http://{host}/cctv-access-data/cctv-van"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {van}
    assert van in _links(web, host, "/events/seafront-event-days")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "A charge of £10" in _main(web, host, "/cctv-access-data/request-cctv-footage")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "premises licence" in _main(web, host, "/events/southend-carnival")


def test_certification_only_on_closed_consultation_of_bilingual_site(web: Heldback362Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    cctv = "/services/emergencies-and-crime-prevention/cctv"
    cy = "/cy/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng"
    consult = "/involved/consultations/public-open-space-surveillance-camera-consultation"
    assert f"http://{host}{cy}" in _links(web, host, cctv) and f"http://{host}{cctv}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "step 2" not in _main(web, host, cctv) and "step 2" in _main(web, host, consult)
    assert "closed on 30 September 2018" in _main(web, host, consult)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016"
    pages = d["5.1"]["pages"]
    for path in (cy, "/things-to-do/events/big-cheese", "/cy/pethau-i-w-gwneud/digwyddiadau/y-caws-mawr"):
        assert f"http://{host}{path}" in pages, path
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_stub_page_code_pdf_and_spoc_on_camera_loan_page(web: Heldback362Web, truth: dict) -> None:
    host = "www.sstaffs.gov.uk"
    mob = "/community-safety/mobile-cctv/"
    loan = "/community-safety/mobile-cctv/community-events/"
    code = "/wp-content/uploads/2024/03/mobile-cctv-code-of-practice.pdf"
    stub = _main(web, host, mob)
    assert len(stub) < 400 and "31 days" not in stub and "single point of contact" not in stub
    assert "Recordings are kept for 31 days" in _text(web, host, code)
    assert f"http://{host}{code}" in _links(web, host, mob)
    assert "single point of contact for surveillance cameras" in _main(web, host, loan)
    assert "Penkridge carnival" in _main(web, host, loan)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {loan}
    assert d["5.5"]["status"] == "not_met"


def test_signed_agreement_linked_only_from_events_safety_group(web: Heldback362Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    sag = f"http://{host}/licensing-and-events/safety-action-group"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {sag}
    assert doc["url"] not in _links(web, host, "/community-and-living/community-safety/cctv")
    assert "Signed for and on behalf of Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Witney Christmas lights" in _main(web, host, "/licensing-and-events/safety-action-group")
    assert "meetings.westoxon.gov.uk" in web.sites[host].hosts()


def test_one_fact_in_event_risk_assessment_row_on_legacy_site(web: Heldback362Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    ev = "/events/clowne-family-fun-day"
    html = _html(web, host, ev)
    assert '<main id="main">' not in html
    assert '<th scope="col">Hazard</th>' in html
    assert "<td>Car park stewarded; the council's cameras on the Arc car park record" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{ev}"]
    assert "Data Protection Act 1998" in _text(web, host, "/your-council/data-protection")


def test_definition_list_and_draft_only_in_panel_papers(web: Heldback362Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    dem = "democracy.welhat.gov.uk"
    pol = "/community-safety/cctv/policy-and-statutory-information"
    assert "<dl><dt>Data controller</dt>" in _html(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=18233"}
    assert "DRAFT FOR COMMENT" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert f"http://{host}/events/welwyn-garden-city-christmas-market" in d["5.1"]["pages"]
    assert "14 days from a relocatable camera" in _main(web, host, "/community-safety/cctv/request-footage")


def test_events_filming_and_cctv_notice_is_the_only_disclosure(web: Heldback362Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    notice = f"http://{host}/privacy/events-filming-and-cctv"
    assert _linking(web, host, notice) == {f"http://{host}/privacy", f"http://{host}/events"}
    assert not any("cctv" in p.lower() and p != urlsplit(notice).path for (_, p) in web.sites[host].pages)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [notice]
    assert "agreement between the two councils" in _main(web, host, "/privacy/events-filming-and-cctv")
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_three_party_protocol_with_event_schedule(web: Heldback362Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Schedule 1 - event requests" in text and "Signed for Lincolnshire Police" in text
    assert "Signed for Boston Borough Council" in text and doc["force"] == "Lincolnshire"
    rc = "/residents/community-safety/cctv/requests-and-complaints"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {rc}
    assert "single point of contact" not in _main(web, host, "/residents/community-safety/cctv")
    assert f"http://{host}/whats-on/sleaford-christmas-festival" in d["5.1"]["pages"]


def test_locations_table_with_events_column(web: Heldback362Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    cctv = "/article/309/Public-space-CCTV"
    assert '<th scope="col">Events covered</th>' in _html(web, host, cctv)
    for ev in ("/article/7021/Basildon-Carnival", "/article/7044/Wat-Tyler-Country-Park-summer-festival"):
        assert f"http://{host}{cctv}" in _links(web, host, ev), ev
    assert "Data Protection Act 1998" in _main(web, host, cctv)
    assert "two councils" in _main(web, host, "/article/8112/Talks-on-round-the-clock-camera-monitoring")
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_regatta_redeployables_and_step_2_faq(web: Heldback362Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    cctv = "/community-safety/cctv/"
    faq = "/community-safety/cctv/cctv-questions/"
    assert "Henley Royal Regatta week" in _main(web, host, cctv)
    assert "<h3>Is the scheme independently checked?</h3>" in _html(web, host, faq)
    assert "step 2" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-07"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert f"http://{host}{cctv}" in _links(web, host, "/events/henley-royal-regatta/")
    assert "82 incidents" in _text(
        web, host, "/wp-content/uploads/2024/01/cctv-half-yearly-report-april-september-2023.pdf"
    )


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.wakefield.gov.uk", "www.stroud.gov.uk", "www.breckland.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_event_decoys(web: Heldback362Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.worcestershire.gov.uk", "www.stroud.gov.uk", "www.midsuffolk.gov.uk"})
    assert "CCTV or body cameras" in _main(
        web, "www.worcestershire.gov.uk", "/travel-and-roads/road-closures/events-on-the-highway"
    )
    assert "CCTV or body cameras" in _text(web, "www.stroud.gov.uk", "/media/1453/event-notification-form.docx")
    assert "mobile camera unit" in _main(web, "www.midsuffolk.gov.uk", "/w/stowmarket-christmas-lights")
