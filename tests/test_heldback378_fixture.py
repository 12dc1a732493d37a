"""Held-back set 378's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served: a SPOC only in one head of service's list of
duties on a senior management page; a SPOC only in a member-officer protocol PDF on a bilingual /en and /cy site; a
SPOC only in a councillors' casework contacts table; an agreement published as a web page with a signatories table;
a signed release protocol only as the appendix of a published staff procedure; a signed agreement on a partnership
documents page whose signatory a scheme of delegation names; a draft unsigned Word memorandum; step 2 only in a
control room page's sentence and in a supervisor's card on a team page; step 1 only in a workforce annual report
PDF; a control room phone only in a service directory record; a shared two-council site with both councils' CCTV
privacy notices; query-string articles with a council company running the control room (BS 7958, no police
agreement); one fact in a senior management card and one in a lone working policy PDF; job adverts, staff
body-camera policies and staff monitoring policies as look-alikes; and councils that publish nothing but carry
look-alikes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback378.truth import TRUTH_PATH
from fixtures.heldback378.web import Heldback378Web


@pytest.fixture(scope="module")
def web() -> Heldback378Web:
    return Heldback378Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback378Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 378)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_a_head_of_services_duties(web: Heldback378Web, truth: dict) -> None:
    host = "www.bexley.gov.uk"
    sm = "/council-and-democracy/senior-management"
    html = _html(web, host, sm)
    cards = re.findall(r'<section class="officer-card">(.*?)</section>', html)
    (card,) = [c for c in cards if "single point of contact" in c]
    assert '<ul class="duties">' in card and "mailto:communities.ad@bexley.example.gov.uk" in card
    assert any("RIPA" in c for c in cards) and any("Data protection officer" in c for c in cards)
    assert "single point of contact" not in _main(web, host, "/community-safety/public-space-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {sm}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Closing date" in _main(web, host, "/jobs/mobile-cctv-technician")
    assert "body-worn" not in " ".join(d["5.1"]["pages"])


def test_spoc_only_in_member_officer_protocol_on_bilingual_site(web: Heldback378Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    proto = "/Documents/Council-and-Democracy/Constitution/Part-5-Protocol-on-Member-Officer-Relations.pdf"
    r = _render(web, f"http://{host}{proto}")
    assert r.header("Content-Type") == "application/pdf"
    assert "Surveillance Camera Single Point of Contact" in _text(web, host, proto)
    assert _linking(web, host, f"http://{host}{proto}") == {
        f"http://{host}/en/Council-Democracy/Constitution/Codes-and-protocols"
    }
    pg = "/en/Community-Safety/CCTV.aspx"
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {proto}
    assert f"http://{host}/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx")
    assert "Blaenau Gwent" in _main(web, host, pg) and d["5.5"]["status"] == "partial"


def test_agreement_as_a_web_page_with_signatories_and_step_2_sentence(web: Heldback378Web, truth: dict) -> None:
    host = "www.nelincs.gov.uk"
    agr = "/community-safety-and-crime/cctv/working-with-humberside-police"
    html = _html(web, host, agr)
    assert '<table class="signatures">' in html and "Humberside Police</td>" in html
    assert "North East Lincolnshire Council</td>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"] == f"http://{host}{agr}" and doc["force"] == "Humberside"
    assert "html" in (_render(web, doc["url"]).header("Content-Type") or "")
    room = "/community-safety-and-crime/cctv/our-control-room"
    assert "<img" not in _main(web, host, room) and "step 2" in _main(web, host, room)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvcontrol@")


def test_spoc_in_casework_table_and_draft_word_memorandum(web: Heldback378Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    cw = "/your-council/councillors/casework-contacts"
    html = _html(web, host, cw)
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", html) if r.startswith("<td>CCTV</td>"))
    assert "single point of contact" in row and "mailto:cctv.spoc@southoxon.example.gov.uk" in row
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {cw}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "DRAFT for negotiation" in _text(web, host, urlsplit(doc["url"]).path)
    assert "democratic.southoxon.gov.uk" in web.sites[host].hosts()
    assert not any("democratic." in u for u in d["5.1"]["pages"])


def test_signed_protocol_only_in_a_staff_procedure_and_step_1_in_workforce_report(
    web: Heldback378Web, truth: dict
) -> None:
    host = "www.breckland.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    proc = f"http://{host}/your-council/policies-and-strategies/police-requests-for-cctv-footage"
    assert _linking(web, host, doc["url"]) == {proc}
    assert "procedure for staff" in _main(web, host, urlsplit(proc).path)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Breckland Council" in text and "Norfolk Constabulary" in text
    rep = "/media/7742/Workforce-annual-report-2023-24.pdf"
    assert "step 1 (desktop)" in _text(web, host, rep) and "step 1" not in _main(web, host, "/privacy/cctv")
    assert d["5.2"]["level"] == "step1" and _paths(d["5.2"]) == {rep}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_isa_on_partnership_page_and_scheme_of_delegation(web: Heldback378Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/4410/Safer-Basildon-Partnership-documents"}
    assert "Signed for and on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    sod = "/media/2250/Constitution-Part-3-Scheme-of-delegation-to-officers.pdf"
    assert _linking(web, host, f"http://{host}{sod}") == {f"http://{host}/council-and-democracy/constitution"}
    assert "Head of Community Safety" in _text(web, host, sod) and f"http://{host}{sod}" in evidence_urls(
        _auth(truth, host)
    )
    assert "Data Protection Act 1998" in _main(web, host, "/article/309/Town-centres-Closed-Circuit-Television-CCTV-")


def test_step_2_and_mailbox_only_in_a_supervisors_card(web: Heldback378Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    team = "/community-safety/meet-the-team"
    cards = re.findall(r'<section class="officer-card">(.*?)</section>', _html(web, host, team))
    (card,) = [c for c in cards if "step 2" in c]
    assert "CCTV Control Room Supervisor" in card and "mailto:cctv@brentwood.example.gov.uk" in card
    assert "step 2" not in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and _paths(d["5.2"]) == {team} and d["5.3"]["status"] == "partial"
    assert "Thurrock" in _main(web, host, "/cctv") and d["5.5"]["status"] == "not_met"


def test_control_room_phone_only_in_a_directory_record(web: Heldback378Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    rec = "/directory_record/4412/first_response_and_cctv_control_room"
    assert '<th scope="row">Telephone</th><td>0161 770 4400</td>' in _html(web, host, rec)
    assert "0161 770 4400" not in _main(web, host, "/info/200321/crime_and_safety/2210/cctv_in_oldham")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["spoc"]["phone"] == "0161 770 4400" and _paths(d["5.3"]) == {rec}
    r = _render(web, f"http://{host}/downloads/file/3312/cctv_code_of_practice")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_shared_site_credits_only_its_own_council(web: Heldback378Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    dp = "/council/data-protection"
    b = f"{dp}/broadland-district-council-data-protection/privacy-notice-cctv"
    sn = f"{dp}/south-norfolk-council-data-protection/privacy-notice-cctv"
    assert "South Norfolk Council is the data controller" in _main(web, host, sn)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{b}"]
    assert "one team of staff has worked for both" in _main(web, host, "/council/about-us/one-team")
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_query_string_articles_and_company_run_control_room(web: Heldback378Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    art = "/info/cbc-article/?catid=community-safety&id=KA-02117"
    assert f"http://{host}{art}" in _links(web, host, "/community-safety")
    main = _main(web, host, art)
    assert "BS 7958" in main and "wholly owned by the council" in main
    assert "service agreements" in _main(web, host, "/council-companies/colchester-amphora-trading")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["standards"] and d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and f"http://{host}{art}" in d["5.1"]["pages"]


def test_one_fact_councils(web: Heldback378Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.n-kesteven.gov.uk", "cameras", "/your-council/about-us/senior-management"),
        ("www.sstaffs.gov.uk", "retention", "/assets/documents/Lone-Working-Policy-2024.pdf"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<ul class="duties">' in _html(web, "www.n-kesteven.gov.uk", "/your-council/about-us/senior-management")
    assert web.sites["www.sstaffs.gov.uk"].chrome == "legacy" and web.sites["www.sstaffs.gov.uk"].search is None
    assert '<main id="main">' not in _html(web, "www.sstaffs.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback378Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.scambs.gov.uk", "www.stroud.gov.uk"})
    assert "We do not use cameras to watch" in _main(
        web, "www.hants.gov.uk", "/aboutthecouncil/jobs/monitoring-at-work"
    )
    assert "Closing date" in _main(
        web, "www.hants.gov.uk", "/aboutthecouncil/jobs/vacancies/traffic-control-centre-operator"
    )
    assert "Sawston Parish Council" in _main(web, "www.scambs.gov.uk", "/community-grants/parish-cctv-grants")
