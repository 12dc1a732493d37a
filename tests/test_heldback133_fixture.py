"""The hundred-and-thirty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the certification structures the set is built from are really served (a step 2 history with renewal, annual
reviews and a lapse whose guide says the mark is gone while another part's sidebar still shows it; a page claiming
'independently certified' with the step only in the certificate PDF; a step 2 claim only as a withdrawn row of a
performance table, beside upgrade phases called 'step one' and 'step two'; a registration for step one that the
scheme's closure overtook; self-assessment only; contractors' NSI Gold and BS 7958, an installer's approval, SIA
licences, user-group memberships, an internal audit's 'compliance assessment' and a review 'certified as accurate';
a town council's and a district control room's claims on a county and a district site), plus a Welsh twin, Cabinet
papers on a democracy host, a Word protocol signed electronically, a signed three-party ISA, a signed SLA, one-fact
councils and councils that publish nothing.
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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback133.truth import TRUTH_PATH
from fixtures.heldback133.web import Heldback133Web


@pytest.fixture(scope="module")
def web() -> Heldback133Web:
    return Heldback133Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback133Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 133)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 9, "partial": 3, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_lapsed_step_2_with_mark_still_in_another_parts_sidebar(web: Heldback133Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    root = "/crime-prevention-community-safety/cctv"
    cert = _main(web, host, f"{root}/3")
    assert "renewed in June 2022" in cert and "annual review" in cert and "lapsed" in cert
    assert "taken the certification mark off this guide" in cert and "<img" not in _html(web, host, f"{root}/3")
    assert "NSI Gold approved to BS 7958" in cert
    footage = _html(web, host, f"{root}/2")
    assert '<aside class="sidebar">' in footage and 'alt="Surveillance Camera Code of Practice third party' in footage
    assert "step 2" not in _main(web, host, f"{root}/2").lower()
    assert f"http://{host}{root}/3" in _links(web, host, f"{root}/2")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-06" and d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {f"{root}/2", f"{root}/3"}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_stepless_claim_on_page_step_only_in_certificate_pdf(web: Heldback133Web, truth: dict) -> None:
    host = "www.shropshire.gov.uk"
    pg = "/community-and-living/community-safety/cctv-in-shrewsbury"
    main = _main(web, host, pg)
    assert "independently certified" in main and "step" not in main.lower()
    r = _render(web, f"http://{host}/media/cctv-certificate.pdf")
    assert r.header("Content-Type") == "application/pdf"
    assert "Step 1 - Desktop certification" in _text(web, host, "/media/cctv-certificate.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-05-14"
    assert not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Status: Closed" in _main(web, host, "/get-involved/cctv-and-out-of-hours-service-changes")


def test_step_2_only_as_withdrawn_performance_row_beside_project_steps(web: Heldback133Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    pg = "/residents/community-safety/town-centre-cctv"
    main = _main(web, host, pg)
    assert "Step one of our camera upgrade" in main and "Step two, the wireless links" in main
    assert "certif" not in main.lower()
    perf = _html(web, host, "/council/performance-indicators-2025-26")
    assert "<td>Town centre CCTV: keep step 2 certification against the Surveillance Camera Code</td>" in perf
    assert "the national scheme closed on 21 November 2025" in perf and "<img" not in perf
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/council/performance-indicators-2025-26"}


def test_registered_for_step_one_but_never_certified(web: Heldback133Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    main = _main(web, host, "/community/community-safety/town-centre-cctv")
    assert "registered for the Surveillance Camera Commissioner's step one (desktop) certification" in main
    assert "has never held a certificate" in main and "NSI Gold approved installer" in main
    a = _auth(truth, host)
    assert a["deliverables"]["5.2"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]
    assert a["deliverables"]["5.5"]["status"] == "not_met"


def test_look_alikes_of_certification_are_not_certification(web: Heldback133Web, truth: dict) -> None:
    cases = {
        "www.barnsley.gov.uk": (
            "/services/information-and-privacy/cctv/how-we-check-our-cameras",
            ["self-assessment tool", "never been through the Commissioner's", "Public CCTV Managers Association"],
        ),
        "www.bromsgrove.gov.uk": (
            "/residents/community-safety/cctv-shared-service",
            ["regular compliance assessment", "West Midlands CCTV managers"],
        ),
        "www.ambervalley.gov.uk": (
            "/community-and-living/community-safety/cctv",
            ["NSI Gold approved and run to BS 7958", "NSI approved installer"],
        ),
    }
    for host, (path, words) in cases.items():
        main = _main(web, host, path)
        for w in words:
            assert w in main, (host, w)
        d = _auth(truth, host)["deliverables"]
        assert d["5.2"]["status"] == "not_met" and not d["5.2"]["evidence"], host
        assert d["5.1"]["criteria"]["standards"] or d["5.1"]["criteria"]["code_compliance"], host
    assert "certified as accurate by the CCTV Partnership Manager" in _text(
        web, "www.tmbc.gov.uk", "/media/cctv-annual-report-2024-25.pdf"
    )
    assert _auth(truth, "www.tmbc.gov.uk")["deliverables"]["5.2"]["status"] == "not_met"
    assert "does not hold third-party certification" in _text(
        web, "www.blaenau-gwent.gov.uk", "/media/cctv-annual-monitoring-report-2023-24.pdf"
    )


def test_other_bodies_claims_on_council_sites(web: Heldback133Web, truth: dict) -> None:
    parish = _main(web, "www.stroud.gov.uk", "/council-and-democracy-info/parish-and-town-councils")
    assert "completed step one of the Surveillance Camera Commissioner's certification" in parish
    news = _main(web, "www.essex.gov.uk", "/news/district-control-room-keeps-its-certificate")
    assert "step 2 certificate" in news
    for host in ("www.stroud.gov.uk", "www.essex.gov.uk"):
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_word_protocol_signed_electronically(web: Heldback133Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and doc["url"].endswith(".docx")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed electronically for Kent Police" in text and "Signed electronically for Tonbridge" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/use-cctv/mobile-cameras"}


def test_signed_agreements_of_two_and_three_parties(web: Heldback133Web, truth: dict) -> None:
    for host, force, words in (
        (
            "www.bromsgrove.gov.uk",
            "West Mercia",
            ["Signed for Redditch Borough Council", "Signed for West Mercia Police"],
        ),
        ("www.ambervalley.gov.uk", "Derbyshire", ["Signed on behalf of Derbyshire Constabulary"]),
    ):
        d = _auth(truth, host)["deliverables"]
        (doc,) = d["5.5"]["documents"]
        assert doc["signed"] and not doc["draft"] and doc["force"] == force
        text = _text(web, host, urlsplit(doc["url"]).path)
        for w in words:
            assert w in text, (host, w)
        assert d["5.3"]["status"] == "met"
    spoc = _auth(truth, "www.bromsgrove.gov.uk")["deliverables"]["5.3"]["spoc"]
    assert spoc["phone"] and spoc["email"]


def test_welsh_twin_and_cabinet_papers_on_democracy_host(web: Heldback133Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    dem = "democracy.blaenau-gwent.gov.uk"
    assert dem in web.sites[host].hosts()
    pg = "/en/resident/community-safety/public-space-cctv"
    cy = "/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert not any(dem in u for u in d["5.1"]["pages"])
    paper = f"http://{dem}/documents/s31077/CCTV%20annual%20report.pdf"
    assert _linking(web, host, paper) == {f"http://{dem}/mgAi.aspx?ID=10488"}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.essex.gov.uk", "www.midsussex.gov.uk", "www.stroud.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    legacy = _auth(truth, "www.sstaffs.gov.uk")["heldback"]
    assert not legacy["search"] and not legacy["a_z"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.maldon.gov.uk", "retention", "/leisure-and-tourism/beach-huts"),
        ("www.southnorfolkandbroadland.gov.uk", "signage", "/elections/postal-vote-opening"),
        ("www.sholland.gov.uk", "operator", "/counciltax/where-your-money-goes"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback133Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.sstaffs.gov.uk", "www.stroud.gov.uk"})
    assert '<main id="main">' not in _html(web, "www.sstaffs.gov.uk", "/")
