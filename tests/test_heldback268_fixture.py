"""The two hundred and sixty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a SPOC only in an officers' steering group's terms of
reference; a SPOC only as a row of a department's team-structure table that no camera page links to; a SPOC only in
an Executive Mayor's decision record on a democracy host; a SPOC only as a row of a 'Request a call back' table;
contacts that are not the SPOC (a control centre manager, a neighbouring council's CCTV manager, a partner hub's
manager, a head of service for written requests, a complaints officer, a team phone, an operations mailbox, a Safety
Advisory Group, Prevent and encampments 'single point of contact', a town clerk); a signed agreement published as an
HTML page; a signed bilingual protocol; a signed three-party release protocol on a documents page; a blank
certificate of agreement; agreement mentions in a code and an annual report; councils' agreements and a PCC funding
deal that are not police agreements; a step 2 sentence on a standards sub-page, a step 2 heading with the mark on a
legacy page, a step 1 sentence inside a policy section; one-fact councils (a visitor page, a budget table row); and
councils that publish nothing but carry look-alikes.
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
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback268.truth import TRUTH_PATH
from fixtures.heldback268.web import Heldback268Web


@pytest.fixture(scope="module")
def web() -> Heldback268Web:
    return Heldback268Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _ev_paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback268Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 268)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_steering_group_terms_of_reference(web: Heldback268Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    pg = "/public-health-safety/cctv"
    tor = "/about-the-council/officer-groups/surveillance-camera-steering-group"
    main = _main(web, host, pg)
    assert "single point of contact" not in main.lower() and "cctv.control@newham.example.gov.uk" in main
    html = _html(web, host, tor)
    assert "<dt>Single point of contact for surveillance cameras</dt>" in html
    assert "Data Protection Officer" in html and "Senior Responsible Officer for covert surveillance" in html
    assert _linking(web, host, f"http://{host}{tor}") == {
        f"http://{host}{pg}",
        f"http://{host}/about-the-council/officer-groups",
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _ev_paths(d["5.3"]) == {tor}
    assert d["5.3"]["spoc"]["email"] == "camera.governance@newham.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "data sharing agreement with the Metropolitan Police" in _text(
        web, host, "/sites/default/files/2024-05/Newham-public-space-CCTV-code-of-practice-2024.pdf"
    )


def test_spoc_only_in_team_structure_table_not_linked_from_camera_pages(web: Heldback268Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    struct = f"http://{host}/Your-Council/Our-structure/Community-Services.aspx"
    assert _linking(web, host, struct) == {f"http://{host}/Your-Council/Our-structure"}
    html = _html(web, host, "/Your-Council/Our-structure/Community-Services.aspx")
    assert '<th scope="col">Post</th><th scope="col">Responsible for</th><th scope="col">Contact</th>' in html
    assert "single point of contact for surveillance camera systems" in html
    for pg in (
        "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx",
        "/Community/Emergency-Planning-CCTV/CCTV/About-CCTV.aspx",
    ):
        assert "single point of contact" not in _main(web, host, pg).lower()
        assert struct not in _links(web, host, pg)
    assert "01304 876 140" in _main(web, host, "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {struct}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert any("democracy.dover.gov.uk" in u for u in _links(web, host, "/Your-Council/Meetings"))


def test_spoc_only_in_mayoral_decision_on_democracy_host(web: Heldback268Web, truth: dict) -> None:
    host, dem = "www.mansfield.gov.uk", "democracy.mansfield.gov.uk"
    dec = f"http://{dem}/ieDecisionDetails.aspx?ID=1873"
    assert dem in web.sites[host].hosts()
    assert _linking(web, host, dec) == {f"http://{dem}/mgDelegatedDecisions.aspx"}
    assert "Single Point of Contact for all surveillance camera systems" in _text(
        web, dem, "/ieDecisionDetails.aspx?ID=1873"
    )
    main = _main(web, host, "/CCTV")
    assert "single point of contact" not in main.lower() and "cctv@mansfield.example.gov.uk" in main and "£10" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {dec}
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_spoc_only_in_call_back_table_and_blank_hub_certificate(web: Heldback268Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    cb = f"http://{host}/contact-us/request-a-call-back"
    assert _linking(web, host, cb) == {f"http://{host}/contact-us"}
    html = _html(web, host, "/contact-us/request-a-call-back")
    assert '<th scope="col">Who calls you back</th>' in html and "<form" in html
    assert "single point of contact for surveillance cameras" in html
    main = _main(web, host, "/community-safety/city-centre-cctv")
    assert "single point of contact" not in main.lower() and "cctvhub@blackburn.example.gov.uk" in main
    assert "service level agreement between Preston City Council and Blackburn" in main
    code = "/media/5520/Pennine-CCTV-Hub-code-of-practice.pdf"
    text = _text(web, host, code)
    assert "Signed for and on behalf of Lancashire Constabulary" in text and "20__" in text
    assert "holds certification against the code for its own scheme" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_signed_agreement_as_html_page_and_project_owner(web: Heldback268Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    r = _render(web, doc["url"])
    assert r.header("Content-Type").startswith("text/html")
    html = r.body.decode("utf-8")
    assert (
        '<th scope="col">Party</th><th scope="col">Signature</th>' in html and "Signed for West Midlands Police" in html
    )
    pol = "/downloads/file/27361/public_space_surveillance_camera_policy"
    assert _no_extension(pol) and "filename=" in (
        _render(web, f"http://{host}{pol}").header("Content-Disposition") or ""
    )
    assert "Senior Responsible Owner for the CCTV upgrade programme" in _text(web, host, pol)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.operations@")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_bilingual_twins_step_2_sub_page_and_signed_protocol(web: Heldback268Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    pg = "/en/Community-Safety/CCTV.aspx"
    assert "step 2" not in _main(web, host, pg)
    assert "full step 2 certification" in _main(web, host, "/en/Community-Safety/CCTV/Standards-and-certification.aspx")
    cy = "/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Gwent Police" in text and "Heddlu Gwent" in text
    assert "Blaenau Gwent" in _main(web, host, pg) and d["5.3"]["status"] == "partial"


def test_neighbours_manager_the_only_contact_and_three_party_protocol(web: Heldback268Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    main = _main(web, host, "/council/use-cctv")
    mails = re.findall(r'href="mailto:([^"]+)"', _html(web, host, "/council/use-cctv"))
    assert mails == ["cctv@tunbridgewells.example.gov.uk"] and "single point of contact" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/use-cctv/cctv-documents"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Kent Police" in text and "Tunbridge Wells Borough Council" in text
    assert "two years' written notice" in _text(web, host, "/media/2210/cctv-code-of-practice.pdf")
    assert "passive only" in _main(web, "democracy.tmbc.gov.uk", "/mgAi.aspx?ID=25945")
    assert d["5.3"]["status"] == "partial"


def test_written_requests_to_a_head_of_service_and_self_assessment_only(web: Heldback268Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    main = _main(web, host, "/article/1210/CCTV-in-Gosport")
    assert "not been watched live" in main and "Head of Corporate Policy and Community Safety" in main
    assert "mailto:" not in _html(web, host, "/article/1210/CCTV-in-Gosport").split('<main id="main">')[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"]
    assert "Fareham" in _main(web, host, "/community/former-partnership") and d["5.5"]["status"] == "not_met"


def test_legacy_page_step_2_heading_mark_and_related_column(web: Heldback268Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, pg)
    assert "<main" not in html
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html
    assert '<td valign="top" width="22%"><h2>Related information</h2>' in html
    rep = f"http://{host}/media/2880/cctv-annual-report-2017-18.pdf"
    assert _linking(web, host, rep) == {f"http://{host}{pg}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2017-03"
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_step_1_inside_policy_section_and_complaints_officer(web: Heldback268Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "step 1" not in main and "Property Services Officer" in main and "Police and Crime Commissioner" in main
    assert "<h2>4 Surveillance Camera Code of Practice</h2><p>4.1" in _html(
        web, host, "/community-safety/cctv/cctv-and-surveillance-policy"
    )
    form = "/media/4410/cctv-release-of-information-application-form.docx"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert "£10" in _text(web, host, form)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback268Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.teignbridge.gov.uk", "retention", "/council/visiting-forde-house"),
        ("www.woking.gov.uk", "operator", "/council/budget/savings-proposals-2025-26"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<td>CCTV control room, run by our own staff at the Civic Offices</td>" in _html(
        web, "www.woking.gov.uk", "/council/budget/savings-proposals-2025-26"
    )
    assert _auth(truth, "www.woking.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback268Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.wiltshire.gov.uk", "www.warwickshire.gov.uk", "eastdevon.gov.uk"})
    assert "single point of contact" in _main(web, "www.wiltshire.gov.uk", "/events/safety-advisory-group")
    for pg in ("/community-safety/prevent", "/community-safety/unauthorised-encampments"):
        assert "single point of contact" in _main(web, "www.warwickshire.gov.uk", pg)
    assert "townclerk@exmouth-tc.example.gov.uk" in _main(web, "eastdevon.gov.uk", "/community-safety/cctv")
