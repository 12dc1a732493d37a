"""The two hundred and fifty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

The set's emphasis is time. Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold
with the intended tallies; and the structures the set is built from are really served: a SPOC handover notice naming
the holder who left and the new holder; a superseded code whose certificate of agreement was never signed; a phased
upgrade table with planned dates; a step 2 award and its end in a 'then and now' table; a stale page still served
from 2013 news; a dated service-change notice after round-the-clock monitoring stopped, with a signed memorandum that
replaces a 2019 one and a closed consultation; a council that withdrew from CCTV in 2016, whose partnership agreement
with the police ran out by its term and was continued, beside a councils' monitoring SLA and a Welsh twin reached by a
language toggle; a step 2 award only in a photo caption; a re-signed protocol beside the expired one; an archived page
whose old figures do not count; town centre cameras switched off and replacements only planned; a closed consultation
kept above the live text; step one done and step two only planned; a draft agreement to be signed when a system goes
live; a certificate awarded, renewed and lapsed in a standards list; an agreement only expected; one-fact councils; and
councils that publish nothing but carry dated look-alikes.
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

from fixtures.heldback259.truth import TRUTH_PATH
from fixtures.heldback259.web import Heldback259Web


@pytest.fixture(scope="module")
def web() -> Heldback259Web:
    return Heldback259Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback259Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 259)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_handover_superseded_unsigned_code_and_planned_phases(web: Heldback259Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    gov = "/community-safety/cctv/surveillance-camera-governance"
    main = _main(web, host, gov)
    assert "has left the council" in main and "until 31 March 2025" in main and "Head of Community Enforcement" in main
    assert '<time datetime="2025-04-01">' in _html(web, host, gov)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "CCTV and Security Manager"
    assert d["5.3"]["spoc"]["email"] == "cctv.spoc@lbbd.example.gov.uk" and "community.enforcement@" in main
    html = _html(web, host, gov)
    assert 'class="version version--superseded"' in html and 'class="version version--current"' in html
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of the Metropolitan Police" in text and "20...." in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{gov}"}
    phases = _main(web, host, "/community-safety/cctv/camera-upgrade-programme")
    assert "Planned for 2026 to 2027" in phases and "Due to finish March 2026" in phases


def test_step_2_in_then_and_now_table_and_stale_page_still_served(web: Heldback259Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    inv = "/council-community/community-advice/cctv-use-in-the-dudley-borough/cctv-investment-then-and-now"
    html = _html(web, host, inv)
    assert '<th scope="col">Topic</th><th scope="col">2019</th><th scope="col">Today</th>' in html
    assert "<img" not in html and "closed in November 2025" in _main(web, host, inv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-04"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {inv}
    old = f"http://{host}/residents/community-advice/cctv/"
    assert _linking(web, host, old) == {f"http://{host}/news/2013/cameras-switch-to-digital-recording"}
    assert "tapes are wiped" in _main(web, host, "/residents/community-advice/cctv/")
    assert old not in d["5.1"]["pages"] and d["5.5"]["status"] == "not_met"


def test_stopped_live_monitoring_signed_memorandum_and_closed_consultation(web: Heldback259Web, truth: dict) -> None:
    host = "www.shropshire.gov.uk"
    pg = "/community-and-living/cctv-in-shrewsbury"
    html = _html(web, host, pg)
    assert 'class="notice notice--service-change"' in html and '<time datetime="2025-01-06">' in html
    assert "no longer watched live around the clock" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Mercia"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "replaces the memorandum of 2019" in text and "Signed on behalf of West Mercia Police" in text
    consult = _main(web, host, "/get-involved/cctv-and-out-of-hours-service-changes")
    assert "Consultation closed" in consult and "16 October 2024" in consult
    assert f"http://{host}/get-involved/cctv-and-out-of-hours-service-changes" not in d["5.1"]["pages"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_withdrawn_council_continued_partnership_agreement_councils_sla_and_welsh_toggle(
    web: Heldback259Web, truth: dict
) -> None:
    host = "www.denbighshire.gov.uk"
    pg = "/en/community-safety/cctv-partnership"
    cy = "/cy/diogelwch-cymunedol/partneriaeth-teledu-cylch-cyfyng"
    assert _linking(web, host, f"http://{host}{cy}") == {f"http://{host}{pg}"}
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{pg}" in _links(web, host, cy)
    main = _main(web, host, pg)
    assert "Until March 2016 the county council ran and paid for the cameras" in main
    assert "carry on under the same terms" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "North Wales"
    assert "runs for three years from 1 April 2016" in _text(web, host, urlsplit(doc["url"]).path)
    sla = "/en/documents/community-safety/cctv-monitoring-sla-cheshire-west.pdf"
    assert "Cheshire West and Chester Council" in _text(web, host, sla) and f"http://{host}{sla}" != doc["url"]
    dem = "http://moderngov.denbighshire.gov.uk/mgAi.aspx?ID=14513"
    assert "412 incidents" in _text(web, "moderngov.denbighshire.gov.uk", "/mgAi.aspx?ID=14513")
    assert not d["5.1"]["criteria"]["statistics"] and dem not in d["5.1"]["pages"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]


def test_step_2_only_in_photo_caption_and_re_signed_protocol(web: Heldback259Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    pg = "/safety-emergencies/public-safety-emergencies/cctv"
    html = _html(web, host, pg)
    assert "<figcaption>The control room team with the step 2 certificate" in html
    assert 'alt="CCTV operators at work in the City Hall control room"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-06" and not d["5.2"]["mark_displayed"]
    agr = f"{pg}/agreements-with-lincolnshire-police"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2025-06-02" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{agr}"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    old = "/downloads/file/1180/cctv-image-release-protocol-2014"
    assert "runs until 31 March 2025" in _text(web, host, old) and "expired 31 March 2025" in _main(web, host, agr)
    report = "/downloads/file/2871/cctv-annual-report-2024-25"
    assert (_render(web, f"http://{host}{report}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert d["5.1"]["criteria"]["statistics"] and "tenth anniversary" in _main(web, host, pg)


def test_archived_page_figures_do_not_count_on_legacy_site(web: Heldback259Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    assert web.sites[host].search is None and '<main id="main">' not in _html(web, host, "/")
    arch = "/archive/2012/cctv"
    html = _html(web, host, arch)
    assert "Archived page" in html and "3,120 incidents" in html
    assert _linking(web, host, f"http://{host}{arch}") == {f"http://{host}/community-safety/cctv"}
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["statistics"] and f"http://{host}{arch}" not in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "service level agreement" in _html(web, host, "/community-safety/cctv")


def test_switched_off_town_centre_cameras_and_planned_replacements(web: Heldback259Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    pg = "/info/20093/community_safety/1247/cctv_and_community_safety"
    main = _main(web, host, pg)
    assert "switch off and remove the remaining town centre cameras" in main and "planned to be in place" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pg}
    dem = "democracy.reigate-banstead.gov.uk"
    assert "reinstate monitored cameras" in _main(web, dem, "/mgAi.aspx?ID=9751")
    assert not any(dem in u for u in d["5.1"]["pages"]) and d["5.5"]["status"] == "not_met"


def test_closed_consultation_above_live_text_and_councils_agreement(web: Heldback259Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    html = _html(web, host, "/environmental-health/community-safety/cctv-surveillance-systems/")
    assert html.index("Consultation closed") < html.index("Information on surveillance systems in Rushcliffe")
    assert "shared services information processing agreement" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_step_one_done_step_two_planned_and_draft_agreement(web: Heldback259Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    pg = "/residents/community-safety/cctv"
    main = _main(web, host, pg)
    assert "We had planned to apply for step two" in main and "put back until" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert d["5.3"]["status"] == "met" and "Senior Responsible Officer" in main
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "adopted" in _main(web, "democracy.middevon.gov.uk", "/mgAi.aspx?ID=10177")


def test_awarded_renewed_lapsed_in_standards_list_and_expected_agreement(web: Heldback259Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    pg = "/by-category/community-and-living2/csp/cctv"
    html = _html(web, host, pg)
    assert "<ol><li>Surveillance Camera Code of Practice: full step 2 certification" in html
    assert "renewed in October 2021" in html and "lapsed" in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2016-10" and d["5.2"]["level"] == "step2"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and "expect to sign during 2026" in html
    assert "Last updated: 27 October 2017" in _main(web, host, pg)


def test_one_fact_councils(web: Heldback259Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.rochford.gov.uk", "cameras", "/regeneration/rayleigh-town-centre"),
        ("www.north-herts.gov.uk", "operator", "/community/community-safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Closed 9 March 2020" in _main(web, "www.rochford.gov.uk", "/consultations/cctv-in-the-district")
    report = "/documents/s1487/CCTV-Annual-Operations-Report-2017-18.pdf"
    assert "kept for 28 days" in _text(web, "democracy.north-herts.gov.uk", report)


def test_councils_that_publish_nothing_still_carry_dated_decoys(web: Heldback259Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.adur-worthing.gov.uk", "www.southhams.gov.uk"})
    adur = "www.adur-worthing.gov.uk"
    news18 = f"http://{adur}/news/archive/2018/new-cctv-cameras-for-adur"
    assert _linking(web, adur, news18) == {f"http://{adur}/news/archive"}
    assert "Worthing Borough Council will spend" in _main(
        web, adur, "/news/worthing-upgrades-town-centre-and-seafront-cctv"
    )
    assert "Archived page" in _main(web, "www.essex.gov.uk", "/community/community-cctv-grant")
