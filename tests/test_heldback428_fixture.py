"""Held-back web 428's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh real register rows of the brief's mix of types; the labelling rules hold with the
intended tallies; and the structures the set is built from are really served (a SPOC only as a numbered clause of a
partnership board's terms of reference and a police agreement mentioned only on a PSPO page; a signed police
protocol listed only by its date under a partnership documents heading, served without extension; a step 2 claim
only on a closed consultation page, with the annual review at document?lang= addresses and a Welsh twin; a privacy
impact assessment sent to the Commissioner beside a 24-hour control room phone; a code of practice at a %20 address
in an attachments table, with richer figures only in FOI answers; a SPOC for two councils and figures only in a
half-yearly report; a step 2 claim only as a row of a commercial monitoring table; a signed agreement as an HTML page
linked only from a privacy notice; a draft police agreement among a PSPO consultation's documents with a SPOC in
FAQs; a signed agreement only in a data protection page's list and a step 1 claim only in a partnership achievements
list; one-fact councils on a uniformed officers' page and a shared offices' visiting page; robots.txt forbidding the
search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback428.truth import TRUTH_PATH
from fixtures.heldback428.web import Heldback428Web


@pytest.fixture(scope="module")
def web() -> Heldback428Web:
    return Heldback428Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_real_councils(web: Heldback428Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 428)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_board_terms_of_reference_and_agreement_only_on_pspo_page(
    web: Heldback428Web, truth: dict
) -> None:
    host = "www.newham.gov.uk"
    tor = "/public-health-safety/community-safety/partnership-board-terms-of-reference"
    html = _html(web, host, tor)
    assert "<ol>" in html and "single point of contact for all of its surveillance camera systems" in html
    assert "single point of contact" not in _main(web, host, "/public-health-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {tor}
    pspo = "/community-parks-leisure/public-spaces-protection-order-pspo"
    assert "information sharing agreement" in _main(web, host, pspo)
    assert "agreement" not in _main(web, host, "/public-health-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {pspo}
    assert d["5.1"]["criteria"]["police_agreement"]
    assert "mgov.newham.gov.uk" in web.sites[host].hosts()
    assert not any("mgov" in u for u in d["5.1"]["pages"])


def test_signed_protocol_listed_only_by_date_under_partnership_heading(web: Heldback428Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    docs = "/community-and-living/community-safety/partnership-documents"
    assert '<main id="main">' not in _html(web, host, "/")
    html = _html(web, host, docs)
    assert "<h3>Working with Merseyside Police</h3>" in html and ">Protocol - March 2024 (PDF, 312KB)</a>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{docs}"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Wirral Council" in text and "on behalf of Merseyside Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_2_only_on_closed_consultation_with_lang_documents_and_welsh_twin(
    web: Heldback428Web, truth: dict
) -> None:
    host = "www.caerphilly.gov.uk"
    cons = "/Involved/Consultations/Public-open-space-surveillance-camera-consultation"
    assert "(step 2) certification" in _main(web, host, cons)
    cctv = "/Services/Emergencies-and-crime-prevention/CCTV"
    assert "step 2" not in _main(web, host, cctv) and "step 2" not in _main(web, host, f"{cctv}/CCTV-Policy-summary")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {cons}
    links = _links(web, host, cctv)
    for lang in ("en-gb", "cy-gb"):
        url = f"http://{host}/web-documents/resident/emergencies-and-crime-prevention/cctv/document?lang={lang}"
        assert url in links and _render(web, url).header("Content-Type") == "application/pdf"
    cy = f"http://{host}/Gwasanaethau/Argyfyngau-ac-atal-troseddu/Teledu-cylch-cyfyng"
    assert cy in d["5.1"]["pages"] and '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_privacy_impact_assessment_is_not_certification(web: Heldback428Web, truth: dict) -> None:
    host = "www.swindon.gov.uk"
    pg = "/info/20029/people_and_communities/1048/cctv_in_swindon"
    assert "privacy impact assessment to the Surveillance Camera Commissioner" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["dpia"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_code_at_percent_20_address_and_figures_only_in_foi_answers(web: Heldback428Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    code = "/sites/default/files/2024-05/CCTV%20Code%20of%20Practice%202024.pdf"
    assert f'<a href="{code}">CCTV Code of Practice 2024.pdf</a>' in _html(web, host, "/cctv")
    assert 'class="attachments"' in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{code}" in d["5.1"]["pages"]
    assert "nine times" in _main(web, host, "/foi.php?foiId=3172")
    assert not any("foi" in u for u in d["5.1"]["pages"])
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_spoc_for_two_councils_and_figures_only_in_half_yearly_report(web: Heldback428Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    pg = "/community-safety/town-centre-cctv"
    assert "for both South Oxfordshire and Vale of White Horse district councils" in _main(web, host, pg)
    report = "/media/ab12/cctv-half-yearly-report-apr-sep-2024.pdf"
    assert "612 incidents" in _text(web, host, report) and "612" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{report}" in d["5.1"]["pages"]


def test_step_2_only_in_commercial_table_row(web: Heldback428Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    mon = "/community-safety-and-emergencies/cctv/monitoring-for-councils-and-businesses"
    assert "<td>Full certification (step 2), awarded May 2022</td>" in _html(web, host, mon)
    assert "step 2" not in _main(web, host, "/community-safety-and-emergencies/cctv/introduction-to-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-05" and _paths(d["5.2"]) == {mon}
    assert "Gravesham Borough Council" in _main(web, host, mon) and d["5.5"]["status"] == "not_met"


def test_signed_html_agreement_linked_only_from_privacy_notice(web: Heldback428Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    isa = f"http://{host}/community-safety/cctv-information-sharing-agreement/"
    assert _linking(web, host, isa) == {f"http://{host}/privacy-policy/surveillance-privacy-notice/"}
    assert "Signed for Essex Police" in _main(web, host, urlsplit(isa).path)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == isa and doc["force"] == "Essex"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_draft_agreement_among_pspo_consultation_documents_and_spoc_in_faqs(web: Heldback428Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    pspo = f"http://{host}/community-safety/dosthill-hall-access-road-pspo-consultation"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {pspo}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/cctv-faqs"}
    assert "BS 7958" in _main(web, host, "/cctv") and d["5.2"]["status"] == "not_met"


def test_agreement_in_data_protection_list_and_step_1_in_achievements(web: Heldback428Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/pages/data_protection"}
    assert "Leicestershire Police: public space CCTV (signed 2023)" in _main(web, host, "/pages/data_protection")
    ach = "/pages/community_safety/achievements_2023_24"
    assert "step 1 (desktop) certification" in _main(web, host, ach)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2023-07" and _paths(d["5.2"]) == {ach}
    assert "step 1" not in _main(web, host, "/pages/cctv_footage") and d["5.3"]["status"] == "met"


def test_robots_forbid_search(truth: dict) -> None:
    assert _auth(truth, "www.sstaffs.gov.uk")["heldback"]["robots_forbid_search"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.easthants.gov.uk", "other_systems", "/community-safety/district-officers"),
        ("www.southnorfolkandbroadland.gov.uk", "cameras", "/contact-us/visiting-the-horizon-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback428Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.sstaffs.gov.uk", "www.wyreforestdc.gov.uk"})
    assert "does not run any public space CCTV scheme" in _main(web, "www.norfolk.gov.uk", "/foi/public-space-cctv")
    pspo = "/communities/community-safety/public-spaces-protection-orders-pspos"
    assert "no cameras in this pilot" in _main(web, "www.sstaffs.gov.uk", pspo)
