"""The 326th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served (Cardiff's /ENG and /CYM twins with an English and a Welsh code PDF side by
side, ?lang= twins of the footage form and a Welsh-only decision on the democracy host; thin pages whose facts are
only in a download: Blackpool's code PDF, Wakefield's Word policy without extension with a step 2 annex, Newark's
information pack beside a signed release protocol; step 2 only as a performance table row; step 1 only in an annual
report PDF; a draft unsigned Word agreement; service level agreements with town councils only; a 'working towards'
sentence; one-fact councils in a spending table, a request chooser and a policy register; councils that publish
nothing but carry look-alikes).
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

from fixtures.heldback326.truth import TRUTH_PATH
from fixtures.heldback326.web import Heldback326Web


@pytest.fixture(scope="module")
def web() -> Heldback326Web:
    return Heldback326Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback326Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 326)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    from collections import Counter

    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_cardiff_twins_welsh_pdf_lang_forms_and_welsh_only_decision(web: Heldback326Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    eng = "/ENG/Your-Council/Data-protection-and-FOI/cctv/Pages/default.aspx"
    cym = "/CYM/Eich-Cyngor/Diogelu-data-a-Rhyddid-Gwybodaeth/teledu-cylch-cyfyng/Pages/default.aspx"
    en_pdf = "/ENG/Your-Council/Data-protection-and-FOI/cctv/Documents/CCTV-Policy-and-Code-of-Practice.pdf"
    cy_pdf = (
        "/CYM/Eich-Cyngor/Diogelu-data-a-Rhyddid-Gwybodaeth/teledu-cylch-cyfyng/Dogfennau/Polisi-a-Chod-Ymarfer-TCC.pdf"
    )
    links = set(_links(web, host, eng))
    assert {f"http://{host}{en_pdf}", f"http://{host}{cy_pdf}"} <= links
    assert f"http://{host}{en_pdf}" not in set(_links(web, host, cym))
    assert '<html lang="cy">' in _html(web, host, cym)
    assert "Asesiad o'r Effaith ar Ddiogelu Data" in _text(web, host, cy_pdf)
    assert _render(web, f"http://{host}{cy_pdf}").header("Content-Type") == "application/pdf"
    en_form, cy_form = "/ENG/forms/cctv-footage?lang=en", "/ENG/forms/cctv-footage?lang=cy"
    assert "proof of identity" in _main(web, host, en_form) and "brawf adnabod" in _main(web, host, cy_form)
    dem = "cardiff.moderngov.co.uk"
    decision = _main(web, dem, "/ieDecisionDetails.aspx?ID=9031")
    assert "Bro Morgannwg" in decision and "the" not in decision.lower().split()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{cym}" in d["5.1"]["pages"]
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_thin_pages_with_facts_only_in_downloads(web: Heldback326Web, truth: dict) -> None:
    host = "www.blackpool.gov.uk"
    pg, code = (
        "/Residents/Crime-and-safety/CCTV.aspx",
        "/Residents/Crime-and-safety/Documents/Camera-code-of-practice-2024.pdf",
    )
    assert "31 days" not in _main(web, host, pg) and "31 days" in _text(web, host, code)
    assert 'class="download-card"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["force"] == "Lancashire"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]

    host = "www.wakefield.gov.uk"
    pol = "/media/d5tl3kq2/surveillance-camera-policy"
    assert _no_extension(pol) and _linking(web, host, f"http://{host}{pol}") == {
        f"http://{host}/community-and-safety/cctv"
    }
    r = _render(web, f"http://{host}{pol}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "step 2" not in _main(web, host, "/community-and-safety/cctv").lower()
    assert "full (step 2) certification" in _text(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"

    host = "www.newark-sherwooddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv"}
    assert "Signed for Nottinghamshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "cctv@" not in _html(web, host, "/community-safety/cctv") and d["5.3"]["status"] == "partial"


def test_step_claims_in_table_row_and_annual_report(web: Heldback326Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    perf = "/your-community/cctv/service-performance"
    assert "<td>Step 2 full certification" in _html(web, host, perf) and "<img" not in _main(web, host, perf)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.5"]["status"] == "partial"
    host = "www.lewes-eastbourne.gov.uk"
    rep = "/media/8xkd1v3w/eastbourne-cctv-annual-report-2023-24.pdf"
    assert "step 1" in _text(web, host, rep)
    assert all(
        "step 1" not in _main(web, host, pg).lower() for pg in ("/community-and-safety/cctv-in-eastbourne/about",)
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.5"]["status"] == "met"
    assert "working towards third-party certification" in _main(
        web, "www.richmond.gov.uk", "/services/community-safety/public-space-cctv"
    )
    assert _auth(truth, "www.richmond.gov.uk")["deliverables"]["5.2"]["status"] == "not_met"


def test_draft_word_agreement_and_town_council_slas(web: Heldback326Web, truth: dict) -> None:
    d = _auth(truth, "www.elmbridge.gov.uk")["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "20__" in _text(web, "www.elmbridge.gov.uk", urlsplit(doc["url"]).path)
    host = "www.eastsuffolk.gov.uk"
    assert "service level agreements with Felixstowe" in _main(web, host, "/community/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.rossendale.gov.uk", "operator", "/council-tax/where-your-money-goes"),
        ("www.broxbourne.gov.uk", "subject_access", "/data-protection/make-a-request"),
        ("www.hinckley-bosworth.gov.uk", "policy", "/council-and-democracy/policy-register"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback326Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cambridgeshire.gov.uk", "www.middevon.gov.uk", "www.castlepoint.gov.uk"})
    assert "Tiverton Town Council" in _main(web, "www.middevon.gov.uk", "/residents/community-safety")
