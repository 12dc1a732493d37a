"""The three hundred and fifteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures the set is
built from are really served, with certification told in many ways: a step 2 claim only in the alt text of a
`<picture>` mark; a lapsed step 2 mark struck through in `<del>` beside a sentence; an expired step 1 certificate as a
text PDF; step 2 only in a Cabinet report on a democracy host beside ISO 9001 and BS 7958 on the page; an NSI Gold
BS 7958 badge; a shared control room's certificate that names the neighbour holding it; the monitoring neighbour's
mark on a one-fact page; the hub's certification only in committee papers; an annual report (Word, no extension)
with BS 7958 and NSI Gold; an annual report with a self-assessment and 'working towards'; a SPOC only in a page-owner
line, as an SRO in a privacy directory record, on page 7 of a ten-page code and in a bilingual contact box; a signed
protocol linked only from the Welsh twin; a signed PDF agreement without extension; a signed Word agreement; a
draft Word agreement; RIPA single points of contact for communications data; and councils that publish nothing.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback315.truth import TRUTH_PATH
from fixtures.heldback315.web import Heldback315Web


@pytest.fixture(scope="module")
def web() -> Heldback315Web:
    return Heldback315Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback315Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 315)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_in_picture_alt_and_spoc_only_in_page_owner_line(web: Heldback315Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    pg = "/community-safety-and-engagement/public-space-cctv"
    html = _html(web, host, pg)
    assert '<picture class="mark"><source srcset="/images/haringey-sc-code-mark.webp" type="image/webp">' in html
    assert "step 2 full certification, awarded July 2022" in html.split("<picture", 1)[1].split("</picture>", 1)[0]
    main = _main(web, host, pg)
    assert "step 2" not in main.lower() and "certification scheme closed" in main
    assert main.count("single point of contact") == 1 and '<p class="page-owner">' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_lapsed_step_2_mark_struck_through(web: Heldback315Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    pg = "/community-safety/town-centre-cctv"
    html = _html(web, host, pg)
    struck = html.split('<del datetime="2025-11-21" class="withdrawn">', 1)[1].split("</del>", 1)[0]
    assert "<img" in struck and "step 2 certified 2020" in struck
    assert "lapsed when the national scheme closed" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and (_render(web, doc["url"]).header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert "Signed for Hertfordshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_expired_step_1_certificate_as_text_pdf(web: Heldback315Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    pg = "/community/crime-community-safety/cctv"
    cert = "/sites/default/files/documents/community/cctv/Certificate-of-Compliance-Step-1-2019.pdf"
    assert "<img" not in _main(web, host, pg) and "(expired)" in _main(web, host, pg)
    assert _linking(web, host, f"http://{host}{cert}") == {f"http://{host}{pg}"}
    assert "desktop certification (step 1)" in _text(web, host, cert)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"] == {**d["5.2"], "status": "met", "level": "step1", "awarded": "2019-04-11", "mark_displayed": False}
    assert "Colchester Amphora" in _text(web, "tdcdemocracy.tendringdc.gov.uk", "/mgIssueHistoryHome.aspx?IId=35765")
    assert d["5.5"]["status"] == "not_met"


def test_step_2_only_in_cabinet_report_beside_iso_and_bs_7958(web: Heldback315Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    dem = "democracy.chesterfield.gov.uk"
    main = _main(web, host, "/living-here/safer-communities/cctv-service")
    assert "ISO 9001" in main and "BS 7958" in main and "certif" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert urlsplit(ev["url"]).hostname == dem and ev["url"].endswith(".pdf")
    assert _linking(web, host, ev["url"]) == {f"http://{dem}/mgAi.aspx?ID=71302"}
    assert "lapsed" in _text(web, dem, urlsplit(ev["url"]).path)
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_badges_and_certificates_that_are_not_the_councils(web: Heldback315Web, truth: dict) -> None:
    nel = _html(web, "www.nelincs.gov.uk", "/crime-and-community-safety/cctv-and-the-control-room/")
    assert 'alt="NSI Gold approved: BS 7958 management and operation of CCTV' in nel
    ash = _text(web, "www.ashfield.gov.uk", "/media/3318/shared-control-room-certificate.pdf")
    assert "Awarded to: Newark and Sherwood District Council" in ash and "Step 2" in ash
    assert "shared with Newark and Sherwood" in _main(web, "www.ashfield.gov.uk", "/community-safety/cctv/")
    sh = _html(web, "www.sholland.gov.uk", "/article/6512/Community-safety")
    assert 'alt="Boston Borough Council CCTV control room: Surveillance Camera Code of Practice certified' in sh
    assert '<main id="main">' not in sh
    hub = _text(web, "democracy.wyreforestdc.gov.uk", "/documents/s30211/Hub-performance-report-2024-25.pdf")
    assert "Bromsgrove District Council and Redditch Borough Council" in hub and "full certification" in hub
    for host in ("www.nelincs.gov.uk", "www.ashfield.gov.uk", "www.sholland.gov.uk", "www.wyreforestdc.gov.uk"):
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met", host


def test_annual_reports_that_do_not_claim_certification(web: Heldback315Web, truth: dict) -> None:
    rep = "http://www.harlow.gov.uk/downloads/community-safety-annual-report-2024-25"
    r = _render(web, rep)
    assert _no_extension(rep) and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, "www.harlow.gov.uk", urlsplit(rep).path)
    assert "BS 7958" in text and "NSI Gold" in text
    nor = _text(web, "www.norwich.gov.uk", "/downloads/file/9120/cctv_annual_report_2024_to_2025")
    assert "self-assessment tool" in nor and "working towards third-party certification" in nor
    for host in ("www.harlow.gov.uk", "www.norwich.gov.uk"):
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met", host
    assert _auth(truth, "www.norwich.gov.uk")["deliverables"]["5.1"]["criteria"]["self_assessment"]


def test_spoc_on_page_7_of_ten_and_sro_in_directory_record(web: Heldback315Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    for i in range(1, 11):
        main = _main(web, host, code if i == 1 else f"{code}/{i}")
        assert ("single point of contact" in main) == (i == 7), i
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{code}/7"}
    roch = "www.rochdale.gov.uk"
    rec = "/directory-record/1871/cctv-and-surveillance-privacy-notice"
    assert _linking(web, roch, f"http://{roch}{rec}") == {f"http://{roch}/directory/12/privacy-notices"}
    assert "Senior Responsible Officer for surveillance camera systems" in _main(web, roch, rec)
    r = _auth(truth, roch)
    assert r["heldback"]["robots_forbid_search"] and r["deliverables"]["5.3"]["status"] == "met"
    (doc,) = r["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"]) and doc["force"] == "Greater Manchester"
    pdf = _text(web, roch, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Rochdale Borough Council" in pdf and "Signed on behalf of Greater Manchester" in pdf


def test_signed_protocol_linked_only_from_welsh_twin(web: Heldback315Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    en = f"http://{host}/en/CommunityWellbeing/CommunitySafety/CCTV.aspx"
    cy = f"http://{host}/cy/LlesCymunedol/DiogelwchCymunedol/TCC.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent"
    assert _linking(web, host, doc["url"]) == {cy}
    assert '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert "Single point of contact for surveillance cameras" in _main(web, host, urlsplit(en).path)
    assert cy in d["5.1"]["pages"] and d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def test_draft_word_agreement_and_control_room_phone(web: Heldback315Web, truth: dict) -> None:
    host = "www.nelincs.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (("www.sholland.gov.uk", "operator"), ("www.wyreforestdc.gov.uk", "cameras")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert _auth(truth, "www.wyreforestdc.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback315Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.hants.gov.uk", "www.uttlesford.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    )
    assert "Single points of contact are appointed for requests to obtain communications data" in _main(
        web, "www.hants.gov.uk", "/aboutthecouncil/surveillance-policy"
    )
    assert "NSI Gold" in _main(web, "www.uttlesford.gov.uk", "/community/community-grants")
