"""The two hundred and twenty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (camera facts in a comparison table beside enforcement
cameras under Parking; a SPOC only on a camera consultation page beside per-area request mailboxes; a Welsh
bilingual site whose SPOC is only in the partner council's code annex, with a SIRO near-miss; a signed police
protocol as a schedule of a council-to-council monitoring SLA; a camera page inside a partnership's section under a
partner banner, with another council's hub certification; a SPOC in a footnote and a certification letter in a
blockquote; a signed partnership agreement reached only from a contracts register; a step 2 claim and an agreement
mention only in a Word annual report without extension; a council-owned company's pages carrying the certification,
the SPOC and the signed agreement; facts split between a refuge points page and a privacy notice; one-fact councils
on a Shopmobility page and a town hall page; councils that publish nothing but carry look-alikes, one of them
hosting another body's report with its certification and SPOC).
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

from fixtures.heldback221.truth import TRUTH_PATH
from fixtures.heldback221.web import Heldback221Web


@pytest.fixture(scope="module")
def web() -> Heldback221Web:
    return Heldback221Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback221Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 221)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_comparison_table_beside_enforcement_cameras(web: Heldback221Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    pg = "/parking-permits/cctv-traffic-enforcement-cameras"
    html = _html(web, host, pg)
    assert '<th scope="col">Community safety cameras</th><th scope="col">Traffic enforcement cameras</th>' in html
    assert _linking(web, host, f"http://{host}{pg}") >= {f"http://{host}/parking-permits"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{pg}" in d["5.1"]["pages"]
    policy = "/media/4821/vss-and-surveillance-camera-policy.pdf"
    assert "CCTV policy" not in _text(web, host, policy) and "VSS" in _text(web, host, policy)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {policy}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.team@")


def test_spoc_only_on_consultation_page_beside_area_mailboxes(web: Heldback221Web, truth: dict) -> None:
    host = "www.northnorthants.gov.uk"
    main = _main(web, host, "/community-safety-and-emergencies/cctv")
    assert "single point of contact" not in main
    for area in ("Corby area", "East Northamptonshire area", "Kettering area", "Wellingborough area"):
        assert area in main, area
    assert main.count("@northnorthants.example.gov.uk") == 4
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/community-safety-and-emergencies/cctv-consultations"}
    assert "Coronation Park" in _main(web, host, "/community-safety-and-emergencies/cctv-consultations")


def test_welsh_site_spoc_only_in_partner_code_annex(web: Heldback221Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    pg = "/en/resident/community-safety/public-space-cctv"
    main = _main(web, host, pg)
    assert "single point of contact" not in main and "Senior Information Risk Owner" in main
    code = "/en/media/3310/caerphilly-cctv-control-room-code-partner-edition.pdf"
    text = _text(web, host, code)
    assert "Annex B. Partner authority contacts" in text and "Caerphilly County Borough Council" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {code}
    cy = "/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng-mannau-cyhoeddus"
    assert 'lang="cy"' in _html(web, host, cy) and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_police_protocol_as_schedule_of_council_sla(web: Heldback221Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Fylde Council (the client)" in text and "Schedule 3" in text
    assert "Signed for and on behalf of Lancashire Constabulary" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/monitoring-for-fylde"}
    for town in ("fleetwood", "poulton-le-fylde", "thornton-cleveleys", "garstang"):
        assert "Council cameras in" in _main(web, host, f"/cctv/camera-locations/{town}")
    room = "/cctv/civic-centre-control-room"
    assert "<img" not in _main(web, host, room)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_camera_page_in_partnership_section_and_other_councils_certificate(web: Heldback221Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    pg = "/safer-melton-partnership/town-centre-cameras"
    html = _html(web, host, pg)
    assert (
        '<div class="partner-banner" role="note"><p>This page is provided by the Safer Melton Partnership.</p></div>'
        in html
    )
    assert "holds full certification" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.2"]["status"] == "not_met" and d["5.1"]["status"] == "met" and d["5.1"]["pages"][0] == f"http://{host}{pg}"
    )
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_spoc_in_footnote_and_certification_letter_in_blockquote(web: Heldback221Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    html = _html(web, host, "/home/community-living/community-safety/community-control-centre")
    notes = html.split('<ol class="footnotes">', 1)[1].split("</ol>", 1)[0]
    assert (
        "single point of contact" in notes and "single point of contact" not in html.split('<ol class="footnotes">')[0]
    )
    quote = html.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    assert "step 2 full certification" in quote and "step 2" not in html.split("<blockquote>")[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03-09" and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "not_met"


def test_signed_agreement_only_from_contracts_register(web: Heldback221Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    register = f"http://{host}/info/65/transparency/1201/contracts-register"
    assert _linking(web, host, doc["url"]) == {register}
    assert '<th scope="col">Contract</th>' in _html(web, host, urlsplit(register).path)
    assert "partner-banner" in _html(web, host, "/info/120/safer-communities/1140/thames-valley-cctv-partnership")
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["status"] == "met"


def test_step_2_and_agreement_mention_only_in_word_report_without_extension(web: Heldback221Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    report = "/downloads/download/cctv-annual-report-2023-24"
    assert _no_extension(report)
    r = _render(web, f"http://{host}{report}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "step 2" not in _main(web, host, "/community-and-living/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and _paths(d["5.2"]) == {report} and d["5.2"]["awarded"] == "2019-06"
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]) == {report}
    assert "decided not to go ahead" in _main(web, host, "/community-and-living/cctv/west-kent-hub")


def test_council_company_pages_carry_certification_spoc_and_agreement(web: Heldback221Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    ods = "/ods/cctv-monitoring"
    assert "This page is provided by Oxford Direct Services." in _main(web, host, ods)
    council = _main(web, host, "/community-safety/cctv")
    assert "single point of contact" not in council and "step 2" not in council
    d = _auth(truth, host)["deliverables"]
    for key in ("5.2", "5.3"):
        assert d[key]["status"] == "met" and _paths(d[key]) == {ods}, key
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}{ods}"}


def test_facts_split_between_refuge_points_page_and_privacy_notice(web: Heldback221Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert pages == {
        "/community-safety/cctv-refuge-points",
        "/about-us/data-protection/departmental-privacy-notices/cctv-privacy-notice",
    }
    assert "31 days" not in _main(web, host, "/community-safety/cctv-refuge-points")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_one_fact_councils(web: Heldback221Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.eastleigh.gov.uk", "operator", "/parking-and-travel/shopmobility"),
        ("www.burnley.gov.uk", "cameras", "/leisure-and-culture/padiham-town-hall"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert (
        '<main id="main">' not in _html(web, "www.burnley.gov.uk", "/")
        and web.sites["www.burnley.gov.uk"].search is None
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback221Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.sunderland.gov.uk", "www.cambridgeshire.gov.uk", "www.westdevon.gov.uk"})
    hawk = _text(web, "www.cambridgeshire.gov.uk", "/asset-library/shared-cctv-service-hawk-eye-report-q3.pdf")
    assert "step 2 certification" in hawk and "single point of contact" in hawk
    assert _auth(truth, "www.westdevon.gov.uk")["heldback"]["robots_forbid_search"]
    assert "3 fixed location public space cameras" in _main(
        web, "www.sunderland.gov.uk", "/article/foi-disclosure-log/fixed-public-space-cameras"
    )
