"""The two hundred and forty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (camera systems by service as cards with the SPOC
only in a page-owner block; a signed Word ISA linked only from the CCTV notice in a long privacy notice hub; step 2
only in a certificate PDF; a draft MoU linked only from a budget consultation table; a county SPOC only on the
recycling centres page; a Welsh twin and a protocol named in an operational group table; a councils' shared service
agreement that is not a police one; step 1 in a dated updates list; a signed MoU only as a moderngov mgConvert2PDF
document; a signed agreement filed in a privacy notices folder; a policy as a sectioned HTML page with the SPOC in
its accountability section; one-fact councils; robots forbidding search; and councils that publish nothing).
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

from fixtures.heldback248.truth import TRUTH_PATH
from fixtures.heldback248.web import Heldback248Web


@pytest.fixture(scope="module")
def web() -> Heldback248Web:
    return Heldback248Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback248Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 248)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_service_cards_and_spoc_only_in_page_owner_block(web: Heldback248Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    hub = "/your-community/crime-and-community-safety/cameras-in-brent"
    html = _html(web, host, hub)
    assert html.count('<article class="card">') == 4 and '<p class="page-meta__owner">Page owner: Surveillance' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {hub}
    town = f"{hub}/public-space-cameras"
    assert "single point" not in _main(web, host, town).lower()
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and "<img" not in _main(web, host, town)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_word_isa_only_from_notice_in_hub_and_certificate_pdf(web: Heldback248Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    hub = "/council-and-democracy/data-protection/privacy-notices"
    notices = [u for u in _links(web, host, hub) if u.startswith(f"http://{host}{hub}/")]
    assert len(notices) >= 18
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{hub}/cctv-and-help-points"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed on behalf of Merseyside Police" in _text(web, host, urlsplit(doc["url"]).path)
    pg = "/community-and-living/community-safety/cctv-and-help-points"
    assert "step 2" not in _main(web, host, pg).lower()
    assert d["5.2"]["level"] == "step2" and urlsplit(d["5.2"]["evidence"][0]["url"]).path.startswith("/files/scc-")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_draft_mou_only_from_budget_consultation(web: Heldback248Web, truth: dict) -> None:
    host = "www.warrington.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-budget/budget-consultation-2026-27"}
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Senior Responsible Officer for surveillance camera systems" in _main(
        web, host, "/community-safety/town-centre-cctv"
    )
    assert d["5.3"]["status"] == "met" and not web.sites[host].az


def test_county_spoc_only_on_recycling_centres_page(web: Heldback248Web, truth: dict) -> None:
    host = "www.derbyshire.gov.uk"
    env = "/environment/rubbish-waste/recycling-centres"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {env}
    notice = "/council/gdpr/privacy-notices/closed-circuit-television/closed-circuit-television-cctv.aspx"
    assert "single point" not in _main(web, host, notice).lower()
    hub = "/council/gdpr/privacy-notices/privacy-notices.aspx"
    assert f"http://{host}{notice}" in _links(web, host, hub) and len(_links(web, host, hub)) > 18
    assert d["5.5"]["status"] == "not_met"


def test_welsh_twin_and_protocol_in_operational_group_table(web: Heldback248Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    pg = "/en/living/Safer-Vale/CCTV.aspx"
    assert "<td>Information sharing protocol with South Wales Police</td>" in _html(web, host, pg)
    assert "Inter-authority agreement" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/byw/Bro-Mwy-Diogel/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_councils_shared_service_agreement_is_not_a_police_one(web: Heldback248Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    assert "Partnership shared service agreement" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]


def test_step_1_in_updates_list_and_signed_mou_as_mgconvert2pdf(web: Heldback248Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    dem = "democracy.staffsmoorlands.gov.uk"
    html = _html(web, host, "/info/2/community_safety/cctv")
    assert "<li>June 2020 - completed desktop (step 1) certification" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1"
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"http://{dem}/mgConvert2PDF.aspx?ID=20417"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=9021"}
    assert _render(web, doc["url"]).header("Content-Type") == "application/pdf"
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_signed_agreement_in_privacy_notices_folder(web: Heldback248Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    folder = "/your-council/your-chesterfield/data-protection-privacy-notice/parking-and-cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}{folder}/sharing-cctv-footage-with-derbyshire-constabulary"
    }
    assert "ISO 9001" in _main(web, host, "/living-here/safer-communities/cctv-service")
    assert d["5.2"]["status"] == "not_met"


def test_policy_sections_with_spoc_and_isa_mention(web: Heldback248Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    pol = "/services/community-safety/cctv-policy-2024-2028"
    html = _html(web, host, pol)
    assert '<h3 id="accountability">6. Accountability</h3>' in html and '<a href="#accountability">' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_protocol_mention_and_stale_act(web: Heldback248Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    main = _main(web, host, "/cctv")
    assert "Data Protection Act 1998" in main and "Safer Parking Award" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and d["5.2"]["status"] == "not_met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.midsussex.gov.uk", "retention", "/about-us/your-data/privacy-notice"),
        ("www.ambervalley.gov.uk", "cameras", "/community/anti-social-behaviour"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.easthants.gov.uk", "www.threerivers.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback248Web, truth: dict) -> None:
    nothing = {"www.torridge.gov.uk", "www.easthants.gov.uk", "www.nuneatonandbedworth.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    assert web.sites["www.torridge.gov.uk"].search is None
    assert "Print this page" in _html(web, "www.torridge.gov.uk", "/community-safety")
