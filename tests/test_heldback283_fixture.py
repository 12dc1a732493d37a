"""The two hundred and eighty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a step 2 award and a lapsed renewal only as rows of a
standards checklist, beside a control room reachable only by a tel: link; a SPOC whose only route is the generic
enquiry form, beside a step 1 application that was never assessed and a signed Word ISA; a bilingual certificate
only in a PDF both Welsh and English twins link; a SPOC and mailbox only in the roles chapter of an HTML policy, with
a partner's certification and a councils' agreement on the main page; a renewed full certification sentence, a
generic form as the only contact and a signed release protocol served without extension; an out-of-date banner, a
control-centre phone and certification only intended; step 1 only in a Word statement, a SPOC reached by the control
room's phone and an unsigned certificate of agreement; a SPOC, retention and signed ISA only in a service privacy
notice; a partner's certified control room under a councils' SLA and a RIPA SRO near miss; a stale 1998 Act and
£10 fee with a self-assessment that never applied; one-fact councils; and councils that publish nothing but carry
look-alikes).
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
    served_text as _text,
    status_tally,
)

from fixtures.heldback283.truth import TRUTH_PATH
from fixtures.heldback283.web import Heldback283Web


@pytest.fixture(scope="module")
def web() -> Heldback283Web:
    return Heldback283Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _body(web: Heldback283Web, host: str, path: str) -> str:
    """The visible text of a page's body region, whatever the chrome (legacy pages have no <main>)."""
    return _text(web, host, path)


def test_fresh_councils(web: Heldback283Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 283)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_checklist_holds_step_2_and_lapsed_renewal_with_tel_only_control_room(web: Heldback283Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    cctv = "/community-safety-and-engagement/public-space-cctv"
    check = f"{cctv}/standards-checklist"
    html = _html(web, host, check)
    assert '<ul class="checklist"><li class="is-done">' in html
    assert '<li class="is-not-done"><span class="visually-hidden">Not done: </span>Renewal of certification' in html
    assert "step 2" not in _text(web, host, cctv).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-10" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{check}"}
    page = _html(web, host, cctv)
    assert '<a href="tel:02084895120">' in page and "mailto:" not in page
    assert not any(u.startswith("tel:") for u in _links(web, host, cctv))
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Approved devices" in _text(web, host, "/parking-roads-and-travel/moving-traffic-enforcement")


def test_spoc_only_through_generic_form_applied_step_1_and_signed_word_isa(web: Heldback283Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    page = "/communitysafety/cctv-operations-in-tameside"
    assert '<main id="main">' not in _html(web, host, page)
    text = _body(web, host, page)
    assert "single point of contact" in text and "@" not in text and "mailto:" not in _html(web, host, page)
    assert f"http://{host}/contact/online-enquiry" in _links(web, host, page)
    assert "CCTV and surveillance cameras" in _text(web, host, "/contact/online-enquiry")
    assert "applied for step one (desktop) certification" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    signed = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Tameside" in signed and "Signed on behalf of Greater Manchester Police" in signed


def test_bilingual_certificate_only_in_pdf_linked_from_both_twins(web: Heldback283Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    cert = f"http://{host}/media/8812/tystysgrif-cctv-certificate.pdf"
    assert _linking(web, host, cert) == {f"http://{host}/27238", f"http://{host}/cy/27238"}
    assert "step" not in _text(web, host, "/27238").lower()
    pdf = _text(web, host, "/media/8812/tystysgrif-cctv-certificate.pdf")
    assert "Step 2" in pdf and "Tystysgrif" in pdf and "Valid until: 17 June 2024" in pdf
    assert '<html lang="cy">' in _html(web, host, "/cy/27238")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06-18"
    assert f"http://{host}/cy/27238" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01639 763990"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    dem = "democracy.neath-porttalbot.gov.uk"
    assert dem in web.sites[host].hosts() and "police requests" in _text(web, dem, "/mgAi.aspx?ID=27992")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_spoc_only_in_policy_roles_chapter_with_partner_certificate(web: Heldback283Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    main = _text(web, host, "/community-safety/cctv")
    assert "single point of contact" not in main and "cctv@" not in main
    assert "Huntingdonshire District Council, was awarded full certification" in main
    roles = "/community-safety/cctv/corporate-cctv-policy/3-roles-and-responsibilities"
    assert "mailto:cctv@cambridge.example.gov.uk" in _html(web, host, roles)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {roles}
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "shared service agreement between the two councils" in main


def test_renewal_sentence_generic_form_and_protocol_without_extension(web: Heldback283Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/housing-and-community-safety/keeping-norwich-safer/cctv-code-practice"
    html = _html(web, host, code)
    assert "renewed after a further on-site audit in November 2022" in html and "<img" not in html
    assert "mailto:" not in html and "tel:" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-11"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"] == {
        "name": None,
        "role": None,
        "email": None,
        "phone": None,
    }
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and "?" in doc["url"] and doc["signed"]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_out_of_date_banner_control_centre_phone_and_intended_certification(web: Heldback283Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    page = "/community/crime-community-safety/cctv"
    assert 'class="notice-banner"' in _html(web, host, page)
    code = "/sites/default/files/documents/community/cctv/CCTV%20Code%20of%20Practice.pdf"
    assert "we intend to seek third-party certification" in _text(web, host, code)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Colchester Amphora Trading Limited" in _text(web, host, page)
    assert "tdcdemocracy.tendringdc.gov.uk" in web.sites[host].hosts()


def test_word_statement_of_step_1_spoc_by_control_room_phone_unsigned_code(web: Heldback283Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    page = "/community-safety/cctv"
    assert "step" not in _text(web, host, page).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-05-03"
    (ev,) = d["5.2"]["evidence"]
    assert (_render(web, ev["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_privacy_notice_holds_spoc_and_signed_isa(web: Heldback283Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    notice = f"http://{host}/community-safety-services-privacy-notice"
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {notice}
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {notice} and doc["signed"] and doc["force"] == "Essex"
    assert "single point of contact" not in _text(web, host, "/community-safety/cctv")


def test_partner_control_room_council_sla_and_ripa_sro(web: Heldback283Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    page = _text(web, host, "/your-community/crime-and-safety/town-centre-cctv")
    assert "service level agreement between the councils" in page and "holds full certification" in page
    assert "Senior Responsible Officer" in _text(web, host, "/council/data-protection/ripa")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met"
    assert [d[k]["status"] for k in ("5.2", "5.3", "5.5")] == ["not_met"] * 3


def test_stale_act_fee_self_assessment_and_team_phone(web: Heldback283Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    page = "/community-and-living/community-safety/cctv"
    text = _text(web, host, page)
    assert "Data Protection Act 1998" in text and "£10" in text
    assert "has not applied for certification" in _text(
        web, host, "/sites/default/files/attachments/cctv-self-assessment-2019.pdf"
    )
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"
    assert a["heldback"]["robots_forbid_search"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.erewash.gov.uk", "cameras", "/regeneration/long-eaton-town-centre"),
        ("www.spelthorne.gov.uk", "signage", "/parking/car-parks/elmsleigh-surface"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback283Web, truth: dict) -> None:
    hosts = {"www.westmorlandandfurness.gov.uk", "www.hertfordshire.gov.uk", "www.maldon.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert "Chelmsford City Council's system" in _text(web, "www.maldon.gov.uk", "/community-safety/town-cameras")
    assert "owned and watched by Cumbria Constabulary" in _text(
        web, "www.westmorlandandfurness.gov.uk", "/community-safety/town-centre-cameras"
    )
