"""The three hundred and eleventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (camera pages of four kinds on one identical
heading skeleton, the disclosure on one of them; a disclosure written as twelve principle headings with the SPOC under
one and the signed police agreement linked only under another; a step 2 claim and its lapse in a key-figures strip
beside a budget proposal to close the control room; a SPOC only in the alt text of a photographed camera sign; a job
advert describing a SPOC role not yet filled; a step 2 claim only on a commercial monitoring page; a step 1 claim
only on a self-assessment page; a signed protocol only in a policy library among RIPA, taxi and licensing policies;
an own camera consultation carrying DPIA and signage; a privacy table with a row per camera system, another
council's among them, and a SPOC in a ?id= article; a draft Word protocol; one-fact councils on a gritting page and a
safe-night-out page; and councils that publish nothing but carry dense look-alikes).
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

from fixtures.heldback311.truth import TRUTH_PATH
from fixtures.heldback311.web import Heldback311Web


@pytest.fixture(scope="module")
def web() -> Heldback311Web:
    return Heldback311Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback311Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 311)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_identical_heading_skeleton_across_camera_kinds(web: Heldback311Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    cam = "/community-safety/cameras"
    kinds = ["cctv-and-retail-radio", "bus-lane-and-moving-traffic-cameras", "school-streets-cameras"]
    kinds.append("estate-door-entry-cameras")
    heads = set()
    for k in kinds:
        html = _html(web, host, f"{cam}/{k}")
        heads.add(tuple(part.split("</h2>")[0] for part in html.split("<h2>")[1:6]))
        assert f"http://{host}{cam}/{k}" in _links(web, host, cam)
    assert heads == {
        (
            "Why we use these cameras",
            "Where they are",
            "How long we keep recordings",
            "Asking for recordings",
            "Contact",
        )
    }
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert f"{cam}/cctv-and-retail-radio" in pages and not any("bus-lane" in u or "school" in u for u in pages)
    assert "28 days" in _main(web, host, f"{cam}/bus-lane-and-moving-traffic-cameras")
    assert "1,250 cameras" in _main(web, host, "/news/investment-in-cctv-network")
    assert not any("/news/" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_twelve_principle_headings_spoc_and_signed_agreement(web: Heldback311Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    pg = "/crime-and-safety/cctv-and-the-twelve-principles"
    html = _html(web, host, pg)
    assert html.count("<h3>") >= 12 and "<table" not in html.split('<main id="main">')[1]
    four = html.split("<h3>4. Clear responsibility</h3>")[1].split("<h3>")[0]
    assert "single point of contact" in four and "mailto:cctv@" in four
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside"
    nine = html.split("<h3>9. Security of images</h3>")[1].split("<h3>")[0]
    assert urlsplit(doc["url"]).path in nine
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert "Merseyside Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"


def test_step_2_and_lapse_in_key_figures_beside_budget_banner(web: Heldback311Web, truth: dict) -> None:
    host = "www.warrington.gov.uk"
    pg = "/community-safety/town-centre-cctv"
    html = _html(web, host, pg)
    strip = html.split('<ul class="key-figures">')[1].split("</ul>")[0]
    assert "step 2" in strip and "lapsed" in strip
    assert 'class="banner"' in html and f"http://{host}/council/budget-2026-27/savings-proposals" in _links(
        web, host, pg
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "Chief Constable" in _main(web, host, "/news/statement-on-cctv-proposal")
    assert d["5.5"]["status"] == "not_met"


def test_spoc_only_in_a_sign_photographs_alt_text(web: Heldback311Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    pg = "/community-and-safety/cctv"
    assert "single point of contact" not in _main(web, host, pg)
    assert 'alt="Photograph of a sign' in _html(web, host, pg) and "single point of contact" in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] == "01276 707 100"
    dem = "democracy.surreyheath.gov.uk"
    assert dem in web.sites[host].hosts() and "Runnymede" in _main(web, dem, "/mgAi.aspx?ID=11880")
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_job_advert_spoc_role_is_not_a_designation(web: Heldback311Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    job = "/w/jobs/cctv-and-surveillance-lead"
    assert "single point of contact for surveillance cameras" in _main(web, host, job)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not any(job in e["url"] for e in d["5.3"]["evidence"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "will be signed" in _main(web, host, "/w/public-space-cctv")


def test_step_2_only_on_commercial_page_and_draft_word_protocol(web: Heldback311Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    pg = "/info/20060/crime_and_community_safety/163/cctv"
    sell = "/info/20190/business/820/cctv_monitoring_for_businesses"
    assert '<main id="main">' not in _html(web, host, pg)
    assert "step 2" not in _html(web, host, pg) and "step 2" in _html(web, host, sell)
    assert "Park Mark" in _html(web, host, sell)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {sell}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Norfolk"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_1_only_on_self_assessment_page(web: Heldback311Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-03"
    assert "step one" not in _main(web, host, "/pages/cctv")
    assert "step one (desktop)" in _main(web, host, "/pages/cctv_self_assessment")
    assert "Invitation to quote" in _html(web, host, "/pages/tender_cctv_monitoring")
    assert not any("tender" in u for u in d["5.1"]["pages"])


def test_signed_protocol_only_in_policy_library(web: Heldback311Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    lib = f"http://{host}/council-and-democracy/policies-and-strategies"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire" and _linking(web, host, doc["url"]) == {lib}
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    links = _links(web, host, urlsplit(lib).path)
    assert any("ripa" in u for u in links) and any("taxi-cctv" in u for u in links)
    assert "For Staffordshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_own_consultation_carries_dpia_and_signage(web: Heldback311Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    cons = "/about-the-council/consultations/camera-surveillance-derby-road-stapleford"
    d = _auth(truth, host)["deliverables"]
    crits = d["5.1"]["criteria"]
    assert crits["dpia"] and crits["signage"] and f"http://{host}{cons}" in d["5.1"]["pages"]
    assert "shared services agreement" in _main(
        web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems"
    )
    assert d["5.5"]["status"] == "not_met"


def test_privacy_table_row_per_system_and_query_string_articles(web: Heldback311Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    pol = "/privacy-policy/surveillance-privacy-policy"
    html = _html(web, host, pol)
    assert html.count("<tr>") == 5 and "Tendring District Council is the controller" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _linking(web, host, doc["url"]) == {f"http://{host}{pol}"}
    (ev,) = d["5.3"]["evidence"]
    assert "?id=KA-04102" in ev["url"] and "single point of contact" in _main(web, host, _path(ev["url"]))
    assert d["5.2"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback311Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.derbyshire.gov.uk", "other_systems", "/roads-and-transport/winter/gritting"),
        ("www.newcastle-staffs.gov.uk", "cameras", "/residents/community-safety/safe-night-out"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "none" in _main(web, "www.derbyshire.gov.uk", "/council/foi/disclosure-log/public-space-cctv")


def test_councils_that_publish_nothing_carry_dense_look_alikes(web: Heldback311Web, truth: dict) -> None:
    nothing = {"www.ceredigion.gov.uk", "tewkesbury.gov.uk", "www.scambs.gov.uk"}
    assert_publish_nothing(web, truth, nothing, min_decoys=5)
    assert _auth(truth, "tewkesbury.gov.uk")["heldback"]["robots_forbid_search"]
    cy = _html(web, "www.ceredigion.gov.uk", "/cy/newyddion/camerau-newydd-aberystwyth")
    assert 'lang="cy"' in cy and "teledu cylch cyfyng" in cy
    assert "since 2014" in _main(web, "www.ceredigion.gov.uk", "/en/council/foi/cctv-2023")
