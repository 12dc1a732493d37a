"""The 345th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh real register rows of the brief's mix of types; the labelling rules hold with the
intended tallies; and the structures the set is built from are really served: camera facts spread over service
privacy notices with a signed agreement linked only from a look-alike body-worn camera notice; a SPOC only in a
'page owner' box; a privacy notice with a table of other bodies' cameras; a step 1 sentence in a privacy notice and
retention only on page 3 of a paged retention schedule; a governance policy whose SPOC is reached through an
enquiry page; a bilingual page with its Welsh twin and a two-language contact box; a draft Word agreement without
extension linked only from a handover checklist; a step 2 claim only in a Word request form and a signed protocol
linked only from a retention schedule row; camera facts split over numbered data protection articles with no
contact point; a 'your rights' table row as the only fact on a legacy site; a certificate row in an attachments
table and a SPOC only in the information asset register; one fact in a privacy notice index whose notice is
missing; a signed protocol linked only from a page selling monitoring; councils that publish nothing but carry
look-alikes (residents' clips, taxi cameras, culvert surveys, police-owned cameras, committee papers).
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback345.truth import TRUTH_PATH
from fixtures.heldback345.web import Heldback345Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback345Web:
    return Heldback345Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_real_councils(web: Heldback345Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 345)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_facts_over_service_notices_and_agreement_under_the_body_worn_notice(web: Heldback345Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    pn = "/privacy-notices"
    assert _html(web, host, pn).count('<li class="notice">') >= 10
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert {f"{pn}/enfield-public-safety-centre", f"{pn}/your-own-information"} <= pages
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    bwv = f"http://{host}{pn}/civil-enforcement-body-worn-cameras"
    assert _linking(web, host, doc["url"]) == {bwv}
    epsc = _main(web, host, f"{pn}/enfield-public-safety-centre")
    assert "award-winning" in epsc and "BS 7958" in epsc and d["5.2"]["status"] == "not_met"
    assert "PCN" in _main(web, host, f"{pn}/bus-lane-and-moving-traffic-cameras")
    assert "dashcam" in _main(web, host, f"{pn}/fly-tipping-reports")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("epsc@")


def test_spoc_only_in_the_page_owner_box_and_others_cameras_table(web: Heldback345Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    cctv = "/communities/crime-prevention/cctv"
    html = _html(web, host, cctv)
    before, owner = html.split('<aside class="page-owner">', 1)
    assert "single point of contact" not in before.lower() and "Single point of contact" in owner
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {cctv}
    notice = _main(web, host, "/council/data/privacy-notices-council-services/public-spaces-cctv-privacy-notice")
    assert "Cameras near our services that we do not run" in notice and "APCOA" in notice and "SUEZ" in notice
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_in_privacy_notice_and_retention_on_page_3(web: Heldback345Web, truth: dict) -> None:
    host = "www.southglos.gov.uk"
    sched = "/council-and-democracy/data-protection/retention-schedule"
    phrase = "30 days from recording"
    assert phrase in _text(web, host, f"{sched}?page=3") and phrase not in _text(web, host, sched)
    assert phrase not in _main(web, host, "/community-safety/community-safety-cameras")
    assert f"http://{host}{sched}?page=3" in _links(web, host, sched)
    notice = "/privacy/service-privacy-notices/community-safety-cameras"
    assert "step 1 (desktop) certification" in _main(web, host, notice) and "<img" not in _main(web, host, notice)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert {_path(e["url"]) for e in d["5.2"]["evidence"]} == {notice}
    assert d["5.5"]["status"] == "not_met" and "Bristol City Council" in _main(
        web, host, "/community-safety/community-safety-cameras"
    )


def test_governance_policy_spoc_reached_through_an_enquiry_page(web: Heldback345Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    dp = "/council-and-democracy/your-privacy/data-protection"
    pol, enq = f"{dp}/surveillance-camera-data-governance-policy", f"{dp}/surveillance-camera-enquiries"
    assert f"http://{host}{enq}" in _links(web, host, pol)
    assert "mailto:" not in _main(web, host, pol) and "mailto:surveillance.spoc@" in _html(web, host, enq)
    assert "Senior Responsible Officer for RIPA" in _main(web, host, f"{dp}/ripa-policy")
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and f"http://{host}{dp}/ripa-policy" not in evidence_urls(a)
    assert not a["heldback"]["a_z"] and a["deliverables"]["5.5"]["status"] == "not_met"


def test_bilingual_page_twin_and_two_language_contact_box(web: Heldback345Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    en = "/home/council-democracy/data-protection/surveillance-cameras"
    cy = "/cymraeg/cyngor-a-democratiaeth/diogelu-data/camerau-gwyliadwriaeth"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    for path in (en, cy):
        assert "Pwynt cyswllt unigol" in _html(web, host, path) and "Single point of contact" in _html(web, host, path)
    d = _auth(truth, host)["deliverables"]
    assert {f"http://{host}{en}", f"http://{host}{cy}"} <= set(d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_draft_word_agreement_only_from_handover_checklist(web: Heldback345Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Warwickshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/w/cctv-handover-checklist"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    assert "DRAFT v0.3" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_step_2_only_in_word_form_and_protocol_only_from_retention_row(web: Heldback345Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    form = "/downloads/download/412/cctv-footage-request-form"
    assert _render(web, f"http://{host}{form}").header("Content-Type") == DOCX and _no_extension(form)
    assert "step 2" in _text(web, host, form) and "step 2" not in _main(web, host, "/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and {_path(e["url"]) for e in d["5.2"]["evidence"]} == {form}
    (doc,) = d["5.5"]["documents"]
    sched = f"http://{host}/council-and-democracy/data-protection/records-retention-schedule"
    assert doc["signed"] and _linking(web, host, doc["url"]) == {sched}
    assert "Signed on behalf of Staffordshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_numbered_articles_without_a_contact_point(web: Heldback345Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    sec = "/data-protection-cctv-and-foi"
    arts = [f"{sec}/251-cctv", f"{sec}/252-body-worn-video", f"{sec}/254-privacy-notices/cctv-and-body-worn-video"]
    d = _auth(truth, host)["deliverables"]
    assert {_path(u) for u in d["5.1"]["pages"]} == set(arts)
    for path in arts:
        assert "mailto:" not in _html(web, host, path) and "tel:" not in _html(web, host, path)
    assert "Data Protection Act 1998" in _main(web, host, f"{sec}/250-data-protection")
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["status"] == "met"


def test_one_fact_councils(web: Heldback345Web, truth: dict) -> None:
    rights = "/your-council/data-protection/your-rights"
    av = _auth(truth, "www.ambervalley.gov.uk")
    assert '<main id="main">' not in _html(web, "www.ambervalley.gov.uk", rights) and not av["heldback"]["search"]
    assert "<td>Recordings of you from the borough's public space CCTV cameras</td>" in _html(
        web, "www.ambervalley.gov.uk", rights
    )
    host = "www.babergh.gov.uk"
    idx = "/privacy/service-privacy-notices"
    assert f"http://{host}{idx}/town-centre-cctv" in _links(web, host, idx)
    assert _render(web, f"http://{host}{idx}/town-centre-cctv").status == 404
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    for a, crit, path in ((av, "subject_access", rights), (_auth(truth, host), "operator", idx)):
        d51 = a["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit]
        assert [_path(u) for u in d51["pages"]] == [path]


def test_certificate_row_and_spoc_only_in_asset_register(web: Heldback345Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    iar = f"http://{host}/your-council/transparency/information-asset-register"
    assert f"http://{host}/cctv" not in _linking(web, host, iar)
    assert "step 2 full certification (2021)" in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2021-09-08" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {iar}
    assert "single point of contact" not in _main(web, host, "/cctv").lower()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_protocol_only_from_a_page_selling_monitoring(web: Heldback345Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/business/cctv_monitoring.cfm"}
    assert "working towards" in _main(web, host, "/community/crime_and_safety/cctv.cfm")
    assert d["5.2"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback345Web, truth: dict) -> None:
    nothing = {"www.sstaffs.gov.uk", "www.stroud.gov.uk", "www.westoxon.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    notices = _main(
        web,
        "www.stroud.gov.uk",
        "/council-and-democracy/transparency-and-open-data/access-to-information/service-area-notices",
    )
    assert all(w in notices for w in ("doorbell camera", "dashcam", "CCTV surveys inside culverts"))
    assert _auth(truth, "www.sstaffs.gov.uk")["heldback"]["robots_forbid_search"]
    dem = "meetings.westoxon.gov.uk"
    assert dem in web.sites["www.westoxon.gov.uk"].hosts()
    assert f"http://{dem}/mgAi.aspx?ID=3974" in _links(
        web, "www.westoxon.gov.uk", "/community-and-living/community-safety"
    )
    assert "owned and run by Thames Valley Police" in _main(
        web, "www.westoxon.gov.uk", "/community-and-living/community-safety"
    )
