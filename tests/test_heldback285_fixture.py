"""The two hundred and eighty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: one-fact councils (a leaseholders' service charge row,
a Derby race-day travel page, a filming permissions page), camera pages that never write 'CCTV' ('public space
monitoring', an English 'Security cameras' page whose Welsh twin alone designates the SPOC), pages that never name
their owner (an owner-less camera network, a partnership page), a SPOC written only as an <abbr>, a stepless
certificate only in a tenants' annual report, a 'full certification' heading beside a stepless logo, a signed
agreement filed under 'who pays for the cameras', a certificate of agreement as an HTML signatory table, a draft
Word agreement with blank signature lines, committee papers behind sq_content_src wrappers, a councils' joint
agreement that is not a police one, and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback285.truth import TRUTH_PATH
from fixtures.heldback285.web import Heldback285Web


@pytest.fixture(scope="module")
def web() -> Heldback285Web:
    return Heldback285Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback285Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 285)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_one_fact_councils_in_unexpected_places(web: Heldback285Web, truth: dict) -> None:
    for host, crit, path, fact in (
        ("www.gosport.gov.uk", "retention", "/housing/leaseholders/service-charges", "overwritten after 28 days"),
        (
            "www.epsom-ewell.gov.uk",
            "cameras",
            "/visiting/the-derby/race-day-travel-and-safety",
            "Sixteen council-owned",
        ),
        ("www.lancaster.gov.uk", "cameras", "/business/filming-in-the-district", "Public realm cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert fact in _text(web, host, path), host
        body = _html(web, host, path).split("<h1>", 1)[1].split("</h1>", 1)[1]
        assert "cctv" not in body.split("<footer>", 1)[0].split("</td></tr></table><p><font", 1)[0].lower(), host
    # the Gosport fact is one cell of a table row on a legacy page without <main>
    html = _html(web, "www.gosport.gov.uk", "/housing/leaseholders/service-charges")
    assert "<td>Estate camera system</td>" in html and '<main id="main">' not in html
    # the facts the one-fact councils do not publish are only in papers, petitions and news
    dem = _text(web, "democracy.gosport.gov.uk", "/mgAi.aspx?ID=2544")
    assert "44 cameras" in dem and "28 days" in dem
    assert _auth(truth, "www.lancaster.gov.uk")["heldback"]["search"] is False


def test_camera_pages_that_never_write_cctv(web: Heldback285Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    pg = "/community-safety/public-space-monitoring"
    assert "cctv" not in _main(web, host, pg).lower()
    assert "CCTV" in _main(web, host, "/parking/cctv-traffic-enforcement-cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{pg}" in d["5.1"]["pages"]
    pol = f"{pg}/our-camera-policy"
    assert '<abbr title="single point of contact">SPOC</abbr> for surveillance cameras' in _html(web, host, pol)
    assert "single point of contact" not in _main(web, host, pol)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pol}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_first_site_with_the_spoc_only_in_welsh(web: Heldback285Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    en = "/en/Residents/Community-safety/Security-cameras.aspx"
    cy = "/cy/Trigolion/Diogelwch-cymunedol/Camerau-diogelwch.aspx"
    assert '<html lang="cy">' in _html(web, host, "/") and '<html lang="cy">' in _html(web, host, cy)
    assert "cctv" not in _main(web, host, en).lower()
    assert "single point of contact" not in _text(web, host, en)
    assert "pwynt cyswllt unigol" in _main(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {cy}
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_pages_that_never_name_their_owner(web: Heldback285Web, truth: dict) -> None:
    host = "www.bcpcouncil.gov.uk"
    base = "/community/safer-communities/the-camera-network"
    for path in (
        base,
        f"{base}/standards-we-work-to",
        f"{base}/footage-of-yourself",
        f"{base}/working-with-dorset-police",
    ):
        main = _main(web, host, path).lower()
        assert "council" not in main and "christchurch" not in main, path
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, f"{base}/standards-we-work-to")
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {base}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Dorset"
    assert "Signed for and on behalf of Dorset Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, doc["url"]) == {f"http://{host}{base}/working-with-dorset-police"}

    host = "www.stevenage.gov.uk"
    pg = "/community-safety/hertfordshire-cctv-partnership"
    assert "stevenage borough council" not in _main(web, host, pg).lower()
    assert '<aside class="panel"><h2>Contact</h2>' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    jwa = _text(web, host, "/documents/community-safety/cctv-partnership-joint-working-agreement.pdf")
    assert "Hertsmere Borough Council" in jwa and "Police" not in jwa


def test_stepless_certificate_only_in_tenants_report(web: Heldback285Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/info/200223/housing/2536/cctv_and_concierge"
    rep = "/info/200223/housing/3001/tenants_annual_report_2024"
    assert "certificate" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] == "2021-03"
    assert _paths(d["5.2"]) == {rep} and "step" not in _main(web, host, rep).lower()
    code = "/downloads/file/1187/cctv_and_concierge_code_of_practice"
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_full_certification_heading_beside_stepless_logo(web: Heldback285Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, pg)
    assert (
        '<img src="/images/sc-logo.png" alt="cctv logo">' in html and "<h2>The Surveillance Camera Commissioner" in html
    )
    assert "step" not in _text(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2016"
    assert f"http://{host}/media/2290/cctv-annual-report-2023-24.pdf" in _links(web, host, pg)
    assert d["5.5"]["status"] == "not_met"


def test_signed_agreement_filed_under_funding(web: Heldback285Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    fund = f"http://{host}/community-safety/cctv/who-pays-for-the-cameras"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    assert _linking(web, host, doc["url"]) == {fund}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for West Mercia Police" in text and "Police and Crime Commissioner" in text
    assert "service level agreement between the two councils" in _main(web, host, "/community-safety/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_certificate_of_agreement_as_html_table(web: Heldback285Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    cert = "/article/454/Certificate-of-agreement"
    html = _html(web, host, cert)
    assert '<th scope="col">Signed by</th>' in html and "Hampshire and Isle of Wight Constabulary" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"] == f"http://{host}{cert}" and doc["force"] == "Hampshire"
    assert "<dl>" in _html(web, host, "/article/462/Appendix-A-key-personnel")
    assert d["5.3"]["status"] == "partial" and "service level agreement" in _main(
        web, host, "/article/1801/Cameras-for-town-and-parish-councils"
    )


def test_draft_word_agreement_and_sq_content_src_papers(web: Heldback285Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    papers = "/home/primary-services/council-and-democracy/primary-areas/whats-new"
    wrapped = [u for u in _links(web, host, papers) if "sq_content_src=" in u]
    assert len(wrapped) == 2 and all(urlsplit(u).hostname == host for u in wrapped)
    assert not any("sq_content_src" in u for u in d["5.1"]["pages"])
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback285Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.teignbridge.gov.uk", "www.wealden.gov.uk"})
    awards = _main(web, "www.teignbridge.gov.uk", "/business/uk-shared-prosperity-fund/awards")
    assert "Teignmouth Town Council" in awards and "redeployable CCTV cameras" in awards
    assert "not recorded" in _main(web, "new.devon.gov.uk", "/travel/live-traffic-cameras")
