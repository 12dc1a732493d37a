"""The 156th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the ordinary publishing structures the set is built from are really served (a
service page with a footage request page holding the only agreement mention; GOSS article pages with a step 2
sentence, a mark and a SPOC; a privacy notice beside a signed Word protocol reachable only from a policies library; a
policy written into a data protection page with a SPOC role and no contact; a bilingual splash with a footage page
and its Welsh twin; service privacy notices holding a SPOC; a downloads list with a certificate PDF and a signed
agreement; a code of practice written in the page with a SPOC and an agreement mention; flat addresses with a mark
and plain FAQ headings; an in-page table of sites; one-fact councils on a heritage page and a project page; and
councils that publish nothing but carry look-alikes).
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

from fixtures.heldback156.truth import TRUTH_PATH
from fixtures.heldback156.web import Heldback156Web


@pytest.fixture(scope="module")
def web() -> Heldback156Web:
    return Heldback156Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils_of_the_brief_mix(web: Heldback156Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 156)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 3, "not_met": 10}), tally


def test_agreement_mentioned_only_on_the_footage_page(web: Heldback156Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    pg = "/info/20034/community_safety/1189/cctv"
    sar = "/info/20034/community_safety/1190/request_cctv_footage"
    assert "information sharing agreement" not in _main(web, host, pg)
    assert "information sharing agreement" in _main(web, host, sar)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {sar}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")
    assert "penalty charge notice" in _main(web, host, "/info/20073/parking/1203/moving_traffic_and_bus_lane_cameras")
    assert "http://democracy.havering.gov.uk/" in _links(web, host, "/council-and-democracy")


def test_article_pages_with_step_2_sentence_mark_and_spoc(web: Heldback156Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    room = "/article/35112/Our-control-room"
    html = _html(web, host, room)
    assert 'alt="Surveillance Camera Code Compliant mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["status"], d["5.2"]["level"], d["5.2"]["awarded"], d["5.2"]["mark_displayed"]) == (
        "met",
        "step2",
        "2021-03",
        True,
    )
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {room}
    pdf = "/media/41872/CCTV-annual-report-2024-25.pdf"
    assert "1,412 incidents" in _text(web, host, pdf) and "1,412" not in _main(
        web, host, "/article/35113/CCTV-annual-report"
    )
    assert d["5.5"]["status"] == "not_met"


def test_signed_word_protocol_only_in_the_policies_library(web: Heldback156Web, truth: dict) -> None:
    host = "www.southglos.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and not doc["draft"] and doc["force"] == "Avon and Somerset"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-plans-and-strategies"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "agreement between the two councils" in _main(web, host, "/community-and-living/community-safety/cctv")
    notice = _main(web, host, "/privacy/privacy-notices/cctv-privacy-notice")
    assert "data protection officer" in notice and "single point of contact" not in notice.lower()
    assert d["5.3"]["status"] == "not_met"


def test_policy_in_page_with_spoc_role_and_no_contact(web: Heldback156Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pol = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    html = _html(web, host, pol)
    assert "Single Point of Contact (SPOC)" in html and "mailto:" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.1"]["pages"] == [f"http://{host}{pol}"]
    assert not web.sites[host].az


def test_bilingual_splash_footage_page_and_welsh_twin(web: Heldback156Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    assert "/en/resident" not in _main(web, host, "/")
    cy = "/cy/preswylydd/diogelwch-cymunedol/gwneud-cais-am-luniau-teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    a = _auth(truth, host)
    assert f"http://{host}{cy}" in a["deliverables"]["5.1"]["pages"]
    spoc = a["deliverables"]["5.3"]["spoc"]
    assert a["deliverables"]["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_service_privacy_notices_hold_the_disclosure_and_spoc(web: Heldback156Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    links = set(_links(web, host, "/privacy"))
    assert {f"http://{host}/privacy/cctv-town-centre-and-seafront", f"http://{host}/privacy/cctv-wherry-way"} <= links
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).path.startswith("/privacy/") for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Information Governance Lead"


def test_downloads_list_certificate_pdf_and_signed_agreement(web: Heldback156Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    assert "<img" not in _main(web, host, pg) and "step 2" not in _main(web, host, pg)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020-02-14"
    assert [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [
        "/downloads/file/1592/surveillance-camera-certificate-of-compliance.pdf"
    ]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert "Signed on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert a["heldback"]["robots_forbid_search"] and a["heldback"]["democracy_host"] == "cds.sevenoaks.gov.uk"


def test_code_of_practice_in_page_with_spoc_and_agreement_mention(web: Heldback156Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    cop = "/communities/community-safety/cctv/cctv-code-of-practice/"
    main = _main(web, host, cop)
    assert "Single Point of Contact" in main and "data sharing agreement" in main
    assert not any(p.endswith(".pdf") for _, p in web.sites[host].docs)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.2"]["status"] == "not_met"


def test_flat_addresses_mark_and_plain_faq_headings(web: Heldback156Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, "/CCTV")
    faq = _html(web, host, "/cctv-faqs")
    assert "<h3>How long is footage kept?</h3>" in faq and "hidden" not in faq
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["level"], d["5.2"]["awarded"], d["5.2"]["mark_displayed"]) == ("step2", "2020", True)
    assert d["5.3"]["status"] == "partial"


def test_in_page_table_of_sites(web: Heldback156Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    html = _html(web, host, "/Your-council/Crime-and-safety/CCTV")
    assert html.count("<tr>") == 9 and "<caption>Council sites with CCTV</caption>" in html
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "met"


def test_one_fact_councils(web: Heldback156Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.fylde.gov.uk", "cameras", "/resident/heritage/lytham-windmill"),
        ("www.adur-worthing.gov.uk", "cameras", "/regeneration/projects/railway-approach"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback156Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westdevon.gov.uk", "www.dacorum.gov.uk", "www.rother.gov.uk"})
    dem = "democracy.dacorum.gov.uk"
    assert "12 guiding principles" in _main(web, dem, "/mgAi.aspx?ID=1601")
    assert "owned and monitored by Sussex Police" in _main(web, "www.rother.gov.uk", "/community-safety")
