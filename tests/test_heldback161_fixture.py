"""The hundred and sixty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (disclosure split over short Jadu pages with a SPOC in a
contact box and a signed Met protocol without extension; Word self-assessments that are not certification; a
county whose only disclosure is a directory-record privacy notice and whose only contact is a DPO; bilingual .aspx
twins with monitoring bought from a shared service; a SPOC and a police ISA mention only inside an inter-council
monitoring agreement; a draft unsigned ISA; a SPOC only in an information governance roles table with an NSI/BS 7958
near-miss; a signed MoU only as a committee appendix on a democracy host; a step 1 claim only in a privacy notice PDF;
a step 2 claim and a police protocol mention only in a Word report served without extension, beside a RIPA SPoC; a
mark with a step 2 sentence and a signed protocol filed among partnership documents; one-fact councils, one on a
shared site whose rich page is another council's; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback161.truth import TRUTH_PATH
from fixtures.heldback161.web import Heldback161Web


@pytest.fixture(scope="module")
def web() -> Heldback161Web:
    return Heldback161Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback161Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 161)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_split_jadu_pages_spoc_in_contact_box_and_signed_met_protocol(web: Heldback161Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert len([p for p in pages if p.startswith("/info/200202/community_safety/")]) == 4
    foot = "/info/200202/community_safety/198/view_cctv_or_body_camera_footage"
    assert '<div class="contact-box">' in _html(web, host, foot)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {foot}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{foot}"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert (
        "BS 7958" in _text(web, host, "/downloads/file/3310/cctv_code_of_practice") and d["5.2"]["status"] == "not_met"
    )


def test_self_assessment_is_not_certification(web: Heldback161Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    d = _auth(truth, host)["deliverables"]
    sat = "/media/4471/city-watch-surveillance-camera-self-assessment.docx"
    assert (_render(web, f"http://{host}{sat}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert "has not been checked by a certification body" in _text(web, host, sat)
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.3"]["status"] == "partial"


def test_directory_record_privacy_notice_and_dpo_only(web: Heldback161Web, truth: dict) -> None:
    host = "www.lincolnshire.gov.uk"
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}/directory-record/62078/surveillance-camera-systems"]
    assert '<dl class="record">' in _html(web, host, "/directory-record/62078/surveillance-camera-systems")
    assert "dpo@" in _main(web, host, "/directory-record/62078/surveillance-camera-systems")
    assert a["deliverables"]["5.3"]["status"] == "not_met"


def test_bilingual_aspx_twins_and_shared_service_sla(web: Heldback161Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    d = _auth(truth, host)["deliverables"]
    cy = f"http://{host}/cy/Lles-Cymunedol/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng/Teledu-Cylch-Cyfyng.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    main = _main(web, host, "/en/Community-Wellbeing/Community-Safety/CCTV/CCTV.aspx")
    assert "service level agreement with Shared Resource Services" in main
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["spoc"]["email"].startswith("controlroom@")


def test_spoc_and_police_mention_only_in_inter_council_agreement(web: Heldback161Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    d = _auth(truth, host)["deliverables"]
    agr = "/sites/default/files/2025-03/cctv-monitoring-agreement-runnymede.pdf"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {agr} and d["5.3"]["status"] == "met"
    assert "single point of contact" not in _main(web, host, "/community-and-living/community-safety/cctv")
    assert "Signed for Runnymede Borough Council" in _text(web, host, agr)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_draft_isa_and_intention_to_apply(web: Heldback161Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "apply for third-party certification" in _main(web, host, "/community-safety/cctv")
    assert d["5.2"]["status"] == "not_met"


def test_spoc_only_in_governance_roles_table_with_robots(web: Heldback161Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    a = _auth(truth, host)
    roles = "/your-council/information-governance/roles-and-responsibilities"
    assert '<th scope="col">Role</th>' in _html(web, host, roles)
    assert {urlsplit(e["url"]).path for e in a["deliverables"]["5.3"]["evidence"]} == {roles}
    assert (
        "NSI" in _main(web, host, "/community/community-safety/cctv")
        and a["deliverables"]["5.2"]["status"] == "not_met"
    )
    assert a["heldback"]["robots_forbid_search"]


def test_signed_mou_only_as_committee_appendix_and_one_fact(web: Heldback161Web, truth: dict) -> None:
    host, dem = "www.arun.gov.uk", "democracy.arun.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=9031"}
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]


def test_step_1_only_in_privacy_notice_pdf(web: Heldback161Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {
        "/media/2231/public-space-camera-surveillance-privacy-notice.pdf"
    }
    assert "step one" not in _main(web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems/")
    assert "shared services agreement" in _main(
        web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems/"
    )
    assert d["5.5"]["status"] == "not_met"


def test_word_report_without_extension_and_ripa_spoc(web: Heldback161Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    d = _auth(truth, host)["deliverables"]
    rep = f"http://{host}/downloads/download/1187/cctv-annual-report-2023-24"
    assert _no_extension(rep) and "filename=" in (_render(web, rep).header("Content-Disposition") or "")
    assert {e["url"] for e in d["5.2"]["evidence"]} == {rep} and d["5.2"]["level"] == "step2"
    assert {e["url"] for e in d["5.5"]["evidence"]} == {rep} and d["5.5"]["status"] == "partial"
    assert "RIPA single point of contact" in _main(web, host, "/council/legal/ripa")
    assert d["5.3"]["status"] == "not_met"


def test_mark_and_signed_protocol_among_partnership_documents(web: Heldback161Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert 'alt="Surveillance Camera Code of Practice third party certification mark"' in _html(
        web, host, "/communities-safety/cctv-public-spaces"
    )
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2021-06"
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/partnerships"}
    assert "Lincolnshire Police" in _text(web, host, "/media/2839/asb-information-sharing-protocol.pdf")


def test_one_fact_on_a_shared_site(web: Heldback161Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "Worthing Borough Council" in _main(web, host, "/community-safety/worthing-cctv")
    assert d51["pages"] == [f"http://{host}/community-safety"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback161Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.scilly.gov.uk", "www.folkestone-hythe.gov.uk", "www.lewes-eastbourne.gov.uk"}
    )
    assert "Swale" in _main(
        web, "www.folkestone-hythe.gov.uk", "/your-council/town-and-parish-councils/folkestone-town-council"
    )
