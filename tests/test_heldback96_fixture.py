"""The ninety-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 81 to 95; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (the camera text as one #section of a long
community safety page reached by jump links; a SPOC in a 'Meet the team' table; a step 2 claim only on an 'Awards and
accreditations' page; a signed schedule of a partnership agreement; a SPOC among statutory roles beside the SIRO; a
signed memorandum of understanding; an easy-read page; retention only in a corporate retention schedule; the camera
facts only in a privacy notice; another council's SLA and its certification in news; a <details> FAQ holding a
step 2 claim; a shared service agreement between councils; an 'at a glance' facts table with a step 1 row; a document
library filtered by query string holding a signed joint working protocol; a SPOC only in a policy's document-control
table; a draft Word memorandum; a legacy site without <main> or search whose signs are only in a privacy notice;
Welsh-only menus over English text; committee minutes on a democracy host; one-fact councils on an emergency
response page, a community centre page and a cemeteries page; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback96.truth import TRUTH_PATH
from fixtures.heldback96.web import Heldback96Web


@pytest.fixture(scope="module")
def web() -> Heldback96Web:
    return Heldback96Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_real_councils_none_from_sets_81_to_95(web: Heldback96Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(81, 96) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 81-95 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_section_of_long_page_with_jump_links_and_meet_the_team_spoc(web: Heldback96Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    cs = "/community-safety-and-enforcement/community-safety"
    html = _html(web, host, cs)
    assert '<nav class="on-this-page" id="top">' in html and '<a href="#cctv">' in html and '<h2 id="cctv">' in html
    assert "CCTV" not in web.sites[host].pages[(host, cs)].title
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{cs}" in d["5.1"]["pages"]
    team = f"{cs}/meet-the-team"
    th = _html(web, host, team)
    assert '<th scope="col">Role</th><th scope="col">Officer</th>' in th and "Hate crime lead" in th
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {team}
    assert "single point of contact" not in _main(web, host, cs)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_on_awards_page_and_signed_partnership_schedule(web: Heldback96Web, truth: dict) -> None:
    host = "www.bcpcouncil.gov.uk"
    aw = "/about-the-council/awards-and-accreditations"
    assert "step 2" not in _main(web, host, "/community/community-safety/cctv").lower()
    assert "step 2 certification" in _main(web, host, aw)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, aw)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-10"
    assert d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {aw}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Dorset"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Schedule 4" in text and "Signed for and on behalf of Dorset Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_among_statutory_roles_signed_mou_and_easy_read(web: Heldback96Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    ig = _main(web, host, "/your-council/information-governance")
    assert "Senior Information Risk Owner (SIRO)" in ig and "Surveillance camera single point of contact" in ig
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/your-council/information-governance"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire" and doc["title"].startswith("Memorandum of Understanding")
    assert "Signed for Staffordshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "28 days" in _main(web, host, "/cctv/easy-read") and "28 days" not in _main(web, host, "/cctv")
    assert d["5.1"]["criteria"]["retention"] and f"http://{host}/cctv/easy-read" in d["5.1"]["pages"]


def test_retention_only_in_corporate_retention_schedule(web: Heldback96Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    pg = "/cctv-and-footage-requests"
    sched = "/sites/default/files/2024-06/records-retention-schedule-2024.pdf"
    assert "30 days" not in _main(web, host, pg)
    assert "CCTV recordings from council buildings: keep for 30 days" in _text(web, host, sched)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["retention"] and f"http://{host}{sched}" in d["5.1"]["pages"]
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_facts_only_in_privacy_notice_sla_with_council_and_its_claim_in_news(web: Heldback96Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "30 days" not in main and "Pershore" not in main
    pn = _main(web, host, "/privacy-notices/cctv-privacy-notice")
    assert "Images are held for 30 days" in pn and "service level agreement between the two councils" in pn
    assert "full certification" in _main(web, host, "/news/pershore-control-room-recognised")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["dpia"] and d["5.3"]["status"] == "partial"


def test_details_faq_with_step_2_and_shared_service_agreement(web: Heldback96Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    pg = "/your-district/public-protection/crime-prevention/cctv"
    html = _html(web, host, pg)
    assert '<details class="faq"><summary>Is the system certified?</summary>' in html
    faq = html.split('<details class="faq"><summary>Is the system certified?</summary>', 1)[1].split("</details>", 1)[0]
    assert "step 2 certification" in faq
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020"
    ssa = _text(web, host, "/media/cctv/cctv-shared-service-agreement.pdf")
    assert "Broxtowe" in ssa and "Police" not in ssa
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_facts_table_step_1_and_document_library_with_query_filters(web: Heldback96Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<table class="at-a-glance">' in html and '<th scope="row">Certification</th>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and doc["date"] == "2022-10-11"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-documents?category=agreements"}
    assert "Joint working protocol" in _main(web, host, "/council-documents?category=agreements")
    assert "Joint working protocol" not in _main(web, host, "/council-documents")


def test_spoc_only_in_document_control_table_and_draft_word_memorandum(web: Heldback96Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    pg = "/info/20093/community_safety/1247/cctv_and_community_safety"
    assert "single point of contact" not in _main(web, host, pg).lower()
    pol = "/downloads/file/2561/cctv_policy_2023"
    text = _text(web, host, pol)
    assert "Document control" in text and "surveillance camera single point of contact (SPOC)" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pol}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_legacy_site_signs_only_in_privacy_notice_and_phone_only(web: Heldback96Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    home = _html(web, host, "/")
    assert '<main id="main">' not in home and 'role="search"' not in home
    notice = "/privacy-notices/community-safety-including-cctv-environmental-crime"
    assert _linking(web, host, f"http://{host}{notice}") == {f"http://{host}/privacy-notices"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["signage"] and d["5.1"]["criteria"]["dpia"]
    assert "sign" not in _html(web, host, "/by-category/community-and-living2/csp/cctv").split("<h1>", 1)[1].lower()
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_welsh_only_menus_over_english_text(web: Heldback96Web) -> None:
    host = "www.powys.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Diogelwch cymunedol" in home and "Chwilio" in home
    towns = _main(web, host, "/diogelwch-cymunedol/camerau-yn-y-trefi")
    assert "The county council does not run public space cameras." in towns


def test_robots_forbid_search(truth: dict) -> None:
    forbid = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]}
    assert forbid == {"www.staffordbc.gov.uk", "www.elmbridge.gov.uk", "www.worcester.gov.uk"}


def test_one_fact_councils(web: Heldback96Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.bury.gov.uk", "operator", "/my-neighbourhood/safety-in-the-community/emergency-response-and-resilience"),
        ("www.elmbridge.gov.uk", "signage", "/community-centres/hersham-centre"),
        ("www.rossendale.gov.uk", "retention", "/bereavement-services/cemeteries"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert "cctv" in _main(web, host, path).lower(), host
    assert "24 hours a day" in _main(web, "www.elmbridge.gov.uk", "/news/walton-safer-streets-update")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback96Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.powys.gov.uk", "www.arun.gov.uk"})
    dem = "democracy.arun.gov.uk"
    assert dem in web.sites["www.arun.gov.uk"].hosts()
    assert "data controller responsibility" in _main(web, dem, "/mgAi.aspx?ID=8514")
    assert "penalty charge notice" in _main(web, "new.devon.gov.uk", "/travel-and-roads/bus-lane-enforcement")
