"""The two hundred and sixty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (certification as councils really report it: a step 2
renewal only in an annual report's audit log, a lapsed certificate as rows of a performance table and its Welsh twin,
a step 1 claim only in one row of an HTML review against the guiding principles, a certificate re-issued after a
control room moved beside a stepless mark; and its look-alikes: a partner council's certified control centre, a
contractor council's certification, a neighbour hub's certification, bus lane cameras certified as approved devices,
a self-assessment said not to be a certificate, abandoned preparation for step one, a grant towards a town council's
certification, Best Bar None accreditation, a Park Mark award, the police suite's certification; a privacy policy at a
doubled CMS address; a SPOC only in a privacy impact assessment's roles list, in a call-out on a parish monitoring
page, under a camera systems register and on the page; a signed protocol linked only from a footage page, a signed
deed of variation in a document category served without extension, a five-party signed ISA, a draft Word partnership
agreement; legacy /english/ and /cymraeg/ twins; a question-and-answer page; a project close-out list; one-fact
councils on an event page and a project page; robots.txt forbidding the search; and councils that publish nothing but
carry look-alikes).
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

from fixtures.heldback269.truth import TRUTH_PATH
from fixtures.heldback269.web import Heldback269Web


@pytest.fixture(scope="module")
def web() -> Heldback269Web:
    return Heldback269Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _html_pages(web: Heldback269Web, host: str) -> list[str]:
    """Every HTML page the site serves on its own host (path and query)."""
    return [path for (h, path) in web.sites[host].pages if h == host]


def test_fresh_councils(web: Heldback269Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 269)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 4, "not_met": 11}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_two_directorates_partner_certificate_and_doubled_privacy_path(web: Heldback269Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    est = "/housing/anti-social-behaviour/cctv"
    svc = "/leisure-libraries-and-community/crime-and-community-safety/cctv-service"
    pp = "/leisure-libraries-and-community/crime-and-community-safety" + svc + "/privacy-policy-cctv"
    assert f"http://{host}{svc}" in _linking(web, host, f"http://{host}{est}")
    assert f"http://{host}{est}" in _linking(web, host, f"http://{host}{svc}")
    assert _linking(web, host, f"http://{host}{pp}") == {f"http://{host}{svc}"}
    assert (
        "Hammersmith and Fulham's control centre holds the Surveillance Camera Commissioner's certification"
        in _main(web, host, svc)
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_renewal_only_in_annual_report_audit_log_spoc_in_pia_protocol_from_footage_page(
    web: Heldback269Web, truth: dict
) -> None:
    host = "liverpool.gov.uk"
    cw = "/community-safety/city-watch/"
    rep = "/media/1371/city-watch-annual-report-2024-25.pdf"
    for path in _html_pages(web, host):
        assert "step 2" not in _html(web, host, path).lower(), path
        assert "single point of contact" not in _html(web, host, path).lower(), path
    text = _text(web, host, rep)
    assert "initial on-site audit" in text and "step 2 certificate renewed for a further five years" in text
    assert "approved devices" in _main(web, host, cw)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03" and not d["5.2"]["mark_displayed"]
    assert [urlsplit(e["url"]).path for e in d["5.3"]["evidence"]] == [
        "/media/1349/city-cctv-privacy-impact-assessment.pdf"
    ]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cw}requesting-footage/"}
    proto = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Liverpool City Council" in proto and "on behalf of Merseyside Police" in proto


def test_legacy_bilingual_folders_and_lapsed_certificate_rows(web: Heldback269Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    perf, perf_cy = "/english/community/cctv_performance.htm", "/cymraeg/cymuned/perfformiad_teledu_cylch_cyfyng.htm"
    page = _html(web, host, perf)
    assert '<main id="main">' not in page and '<html lang="cy">' in _html(web, host, perf_cy)
    assert "<td>Surveillance Camera Code certification</td>" in page and "<td>Update, December 2025</td>" in page
    assert f"http://{host}{perf_cy}" in _linking(web, host, f"http://{host}{perf}")
    assert "Tystysgrif Cam 2" in _html(web, host, perf_cy)
    assert "Flintshire County Council's cameras" in _text(web, host, "/english/community/cctv.htm")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-10" and not d["5.2"]["mark_displayed"]
    assert f"http://{host}{perf_cy}" in d["5.1"]["pages"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_squiz_tiers_contractor_certificate_and_papers(web: Heldback269Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    cctv = "/home/primary-services/crime-and-safety/primary-areas/cctv"
    assert "Medway's control centre is certified against the Surveillance Camera Code" in _main(web, host, cctv)
    assert _render(web, "http://meetings.maidstone.gov.uk/mgAi.aspx?ID=9312").status == 200
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert not any("meetings." in u for u in d["5.1"]["pages"])
    assert f"http://{host}{cctv}/tier-3-primary-areas/mobile-cctv" in d["5.1"]["pages"]


def test_signed_deed_of_variation_in_document_category(web: Heldback269Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gloucestershire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/downloads/20112/cctv"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "dated 1 April 2018 is varied" in text and "Signed for the Chief Constable" in text
    assert (
        "mailto:" not in _html(web, host, "/info/20012/community_safety/371/cctv") and d["5.3"]["status"] == "not_met"
    )
    assert "met the Code's guiding principles" in _main(web, host, "/info/20012/community_safety/371/cctv")
    assert d["5.2"]["status"] == "not_met"


def test_step_one_only_in_a_principle_row_and_spoc_on_parish_page(web: Heldback269Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    rev = "/article/2210/CCTV-annual-review-2023-24"
    assert "<td>8. Approved standards</td>" in _html(web, host, rev)
    for path in _html_pages(web, host):
        if path != rev:
            assert "step one" not in _html(web, host, path).lower(), path
    par = _html(web, host, "/article/1802/CCTV-for-town-and-parish-councils")
    assert '<div class="callout" role="note">' in par and "single point of contact" in par
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_question_and_answer_page_sat_not_certificate_spoc_under_register(web: Heldback269Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    pg = "/crime-and-community-safety/cctv"
    html = _html(web, host, pg)
    assert html.count("<h3>") >= 8 and "the self-assessment is not a certificate" in html
    sat = _render(web, f"http://{host}/media/8842/surveillance-camera-self-assessment-2024")
    assert (sat.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    reg = _html(web, host, pg + "/surveillance-camera-register")
    assert reg.index("<table>") < reg.index("single point of contact")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["self_assessment"]


def test_close_out_list_and_neighbour_hub_certificate(web: Heldback269Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    close = "/living-in-melton/community-safety/safer-melton-partnership/cctv-upgrade-project-close-out"
    main = _main(web, host, close)
    assert "What we delivered" in main and "Harborough's hub holds full certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_draft_word_partnership_agreement_and_spoc_callout(web: Heldback269Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Thames Valley" and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT FOR SIGNATURE" in text and "20__" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/thames-valley-cctv-partnership"}
    main = _main(web, host, "/community-safety/cctv")
    assert "preparing to apply for step one" in main and d["5.2"]["status"] == "not_met"
    assert "Who is responsible" in main and d["5.3"]["status"] == "met"


def test_certificate_reissued_after_move_beside_stepless_mark_and_five_party_isa(
    web: Heldback269Web, truth: dict
) -> None:
    host = "www.stevenage.gov.uk"
    room = "/community-safety/cctv/control-room"
    html = _html(web, host, room)
    assert 'alt="Surveillance Camera Code compliant"' in html and "re-issued for Cavendish House" in html
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-01" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/partnership-documents"}
    assert _text(web, host, urlsplit(doc["url"]).path).count("Signed for ") == 5


def test_one_fact_councils_and_robots(web: Heldback269Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.epsom-ewell.gov.uk", "operator", "/residents/community-safety/safer-streets-epsom"),
        ("www.derbyshiredales.gov.uk", "cameras", "/things-to-do/events/matlock-bath-illuminations/"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "accredited" in _main(web, "www.epsom-ewell.gov.uk", "/residents/community-safety/best-bar-none")
    for host in ("www.derbyshiredales.gov.uk", "www.epsom-ewell.gov.uk", "www.milton-keynes.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback269Web, truth: dict) -> None:
    hosts = {"www.milton-keynes.gov.uk", "www.derbyshire.gov.uk", "www.wealden.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert "certification" in _main(
        web, "www.milton-keynes.gov.uk", "/community-and-safety/community-safety/cctv-in-milton-keynes"
    )
    grants = _main(web, "www.wealden.gov.uk", "/community-and-living/community-grants/grants-awarded-2024-25/")
    assert "work towards third-party certification" in grants
    assert "type approved" in _main(
        web, "www.derbyshire.gov.uk", "/transport-roads/road-safety/safety-cameras/safety-cameras.aspx"
    )
