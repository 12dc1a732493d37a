"""The hundred-and-eighty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. Single points of contact: only in the key under a RACI
matrix of a policy guide; only in the signed foreword of an annual review PDF; in an FAQ answer after three
per-system contacts; in the staff list of a joint council and police unit beside the police lead; in a governance
table with a deputy; near misses (a vacant SPOC post with a mailbox, the police's own SPOC for evidence, a Protect
duty SPOC, a RIPA SRO, another council's officer, a control-room phone). Police agreements: signatures only as the
approvals in a sign-off table; a signed protocol for the police's remote control of cameras as a policy appendix; a
signed schedule of a community safety partnership's multi-agency protocol; a joint monitoring agreement signed in
its execution schedule and listed among non-camera agreements; near misses (an expired signed agreement served
without extension, an agreement said to be published only on the force's website, a draft with dotted signature
lines, one being negotiated, a mention, a signed police MoU about office space, a signed ASB agreement that excludes
cameras). Also certification (step 1 only in a policy PDF, step 2 beside a mark, step 2 only in a certificate PDF;
SAT, BS 7958 and NSI Gold near misses), a bilingual twin, one-fact councils and councils that publish nothing.
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

from fixtures.heldback189.truth import TRUTH_PATH
from fixtures.heldback189.web import Heldback189Web


@pytest.fixture(scope="module")
def web() -> Heldback189Web:
    return Heldback189Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback189Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 189)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 5, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_spoc_only_in_raci_key_and_signatures_only_in_sign_off_table(web: Heldback189Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    pol = "/community-and-safety/vss-policy"
    roles = f"{pol}/2-roles-and-responsibilities"
    assert {f"http://{host}{pol}/{n}" for n in ("1-scope", roles.rsplit("/", 1)[1])} <= set(_links(web, host, pol))
    html = _html(web, host, roles)
    assert "<caption>Responsibility matrix (RACI)</caption>" in html and '<p class="key">' in html
    assert html.index("</table>") < html.index("Single Point of Contact for surveillance cameras")
    cam = "/parking-permits/cctv-traffic-enforcement-cameras"
    assert "single point of contact" not in _main(web, host, cam).lower()
    assert "penalty charge notice" in _main(web, host, cam)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {roles}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    text = _text(web, host, _path(doc["url"]))
    assert "Approval and sign-off" in text and "Signed for" not in text and "signed 21 March 2024" in text
    assert "self-assessment, not certification" in _main(web, host, f"{pol}/5-reviewing-the-policy")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]


def test_remote_control_protocol_appendix_and_step_1_only_in_policy(web: Heldback189Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    pg = "/article/2838/CCTV-surveillance"
    docs = f"http://{host}/article/2839/CCTV-policy-and-documents"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "Northumbria"
    assert _linking(web, host, doc["url"]) == {docs}
    assert (_render(web, doc["url"]).header("Content-Type") or "") == "application/pdf"
    assert "take control" in _text(web, host, _path(doc["url"]))
    assert "service level agreement with Nexus" in _main(web, host, pg)
    assert "step 1" not in _main(web, host, pg).lower()
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert {_path(e["url"]) for e in d["5.2"]["evidence"]} == {"/media/21744/CCTV-policy-2023/pdf/CCTV_Policy_2023.pdf"}
    assert "mailto:" not in _html(web, host, pg) and d["5.3"]["status"] == "partial"


def test_spoc_only_in_annual_review_foreword(web: Heldback189Web, truth: dict) -> None:
    host = "www.nelincs.gov.uk"
    pg = "/environment-and-community-safety/cctv/"
    assert not web.sites[host].az
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    (rev,) = {_path(e["url"]) for e in d["5.3"]["evidence"]}
    assert rev.endswith(".pdf")
    assert "Foreword" in _text(web, host, rev) and d["5.3"]["spoc"]["email"].startswith("spoc.")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "penalty charge notice" in _main(web, host, "/parking/school-parking-enforcement/")


def test_bilingual_faq_spoc_after_three_contacts_and_draft_protocol(web: Heldback189Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/cy/teledu-cylch-cyfyng")
    faq = _main(web, host, "/cctvfaqs")
    assert faq.index("Neighbourhood Support Unit") < faq.index("single point of contact for surveillance camera")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "South Wales"
    text = _text(web, host, _path(doc["url"]))
    assert "20__" in text and "......" in text
    assert "plan to apply" in faq and d["5.2"]["status"] == "not_met"


def test_expired_agreement_without_extension_and_police_spoc(web: Heldback189Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["signed"] and not doc["draft"] and doc["date"] == "2016-03-22"
    assert "." not in _path(doc["url"]).rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    police = _main(web, host, "/info/20005/community_safety/312/cctv_requests_from_the_police")
    assert "expired in March 2019" in police and "Kent Police's own single point of contact" in police
    assert "NSI Gold" in _main(web, host, "/info/20005/community_safety/311/cctv") and d["5.2"]["status"] == "not_met"
    assert "cds.sevenoaks.gov.uk" in web.sites[host].hosts()


def test_spoc_in_joint_unit_staff_list_and_agreement_only_on_force_site(web: Heldback189Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    who = _main(web, host, "/community-and-living/community-safety/who-we-are")
    assert "Police Inspector" in who and "single point of contact" in who
    pg = "/community-and-living/community-safety/public-space-cctv"
    off = [u for u in _links(web, host, pg) if urlsplit(u).hostname not in web.sites[host].hosts()]
    assert off and all("police.uk" in u for u in off)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_vacant_spoc_mark_and_partnership_protocol_schedule(web: Heldback189Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    std = "/communities/community-safety/cctv/standards-we-work-to/"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, std)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018-06"
    assert "is vacant" in _main(web, host, "/communities/community-safety/cctv/contact-the-cctv-team/")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/communities/community-safety/safer-chelmsford-partnership/"
    }
    text = _text(web, host, _path(doc["url"]))
    assert "Schedule 3: public space CCTV images" in text and "Schedule 2: domestic abuse" in text
    assert text.count("signed by") >= 5


def test_joint_agreement_among_other_agreements_and_certificate_pdf(web: Heldback189Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["force"] == "Thames Valley" and _linking(web, host, doc["url"]) == {
        f"http://{host}/info/20011/partnerships"
    }
    assert '<th scope="col">Agreement</th>' in _html(web, host, "/info/20011/partnerships")
    text = _text(web, host, _path(doc["url"]))
    assert text.index("Schedule 2") < text.index("Schedule 5: Execution") < text.index("Signed for Thames Valley")
    pg = "/info/20101/community_safety/270/cctv_in_oxford"
    assert "step 2" not in _main(web, host, pg).lower() and "Certificate (PDF)" in _main(web, host, pg)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-09-12"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_governance_table_with_deputy_and_agreement_being_negotiated(web: Heldback189Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    html = _html(web, host, "/surveillance-camera-governance")
    assert '<th scope="col">Role</th><th scope="col">Held by</th><th scope="col">Contact</th>' in html
    assert "Deputy SPOC" in html
    assert "<details><summary>" in _html(web, host, "/cctv-faqs")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_police_documents_that_are_not_camera_agreements(web: Heldback189Web, truth: dict) -> None:
    for host, path in (
        ("www.fylde.gov.uk", "/wp-content/uploads/2024/02/St-Annes-police-base-MoU.pdf"),
        ("www.rother.gov.uk", "/documents/csp-asb-information-sharing-agreement-2023.pdf"),
    ):
        text = _text(web, host, path)
        assert "Signed for" in text and "does not cover CCTV" in text, host
        assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met", host
    assert "Wyre Council's Partnerships Officer" in _main(
        web, "www.fylde.gov.uk", "/resident/community-safety/cctv-in-fylde"
    )


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.tandridge.gov.uk", "cameras", "/Parking/Car-parks/Ellice-Road-car-park-Oxted"),
        ("www.eastleigh.gov.uk", "subject_access", "/parking-and-transport/car-parks/mitchell-road-multi-storey"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback189Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.rother.gov.uk", "www.cannockchasedc.gov.uk"})
    assert _auth(truth, "www.hants.gov.uk")["heldback"]["robots_forbid_search"]
    rother = web.sites["www.rother.gov.uk"]
    assert rother.search is None and '<main id="main">' not in _html(web, "www.rother.gov.uk", "/")
    assert "Terrorism (Protection of Premises) Act" in _text(
        web, "www.rother.gov.uk", "/community/community-safety/protect-duty"
    )
    assert "democracy.cannockchasedc.gov.uk" in web.sites["www.cannockchasedc.gov.uk"].hosts()
