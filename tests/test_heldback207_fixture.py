"""The two hundred and seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures the set is
built from are really served: a SPOC only in an accessibility statement that also links the signed police agreement
among inaccessible PDFs; a SPOC and a step 2 claim only on a policy PDF's front page beside a draft unsigned
agreement; a SPOC only in an officer directory record reached from Contact us, with the signed agreement as an
appendix of the annual report; a SPOC only in the full layer of a layered privacy notice at a query-string address; a
SPOC named only in an organisation chart PDF with no contact; a privacy notice directory record with a step 2 row and
an undesignated mailbox; a signed partnership agreement as a Word file without extension; a step 1 row in a standards
table on a legacy site; bilingual /en and /cy twins with a councils' SLA and another council's certificate; and the
look-alikes: the police's, Prevent's, the film office's, the DPO's, Armed Forces, Homes for Ukraine and domestic abuse
single points of contact, job adverts that speak of one, and councils that publish nothing.
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

from fixtures.heldback207.truth import TRUTH_PATH
from fixtures.heldback207.web import Heldback207Web


@pytest.fixture(scope="module")
def web() -> Heldback207Web:
    return Heldback207Web()


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


def test_fresh_councils(web: Heldback207Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 207)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_accessibility_statement_which_links_the_signed_agreement(
    web: Heldback207Web, truth: dict
) -> None:
    host = "www.fareham.gov.uk"
    assert f"http://{host}/accessibility" in _links(web, host, "/")
    cctv = _main(web, host, "/community_and_safety/cctv")
    assert "single point of contact" not in cctv.lower() and "@" not in cctv
    acc = _main(web, host, "/accessibility")
    assert "Surveillance Camera Single Point of Contact" in acc and "cameras.spoc@fareham.example.gov.uk" in acc
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/accessibility"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/accessibility"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert (
        "Signed on behalf of Hampshire Constabulary" in text and "Signed on behalf of Fareham Borough Council" in text
    )
    assert "single point of contact for Fareham" in _main(
        web, host, "/community_and_safety/report-anti-social-behaviour"
    )


def test_spoc_and_step_2_only_on_policy_front_page_and_draft_agreement(web: Heldback207Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    pol = "/wp-content/uploads/2024/07/surveillance-camera-policy-2024.pdf"
    text = _text(web, host, pol)
    front, body = text.split("1. Introduction", 1)
    assert "Single Point of Contact (SPOC)" in front and "(step 2)" in front and "cctv.spoc@" in front
    assert "SPOC" not in body and "step 2" not in body
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pol}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_spoc_only_in_officer_directory_and_agreement_in_annual_report(web: Heldback207Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    rec = f"http://{host}/directory_record/3311/community_safety_officer_cctv"
    cat = f"http://{host}/directory/17/officer_directory/category/52"
    assert _linking(web, host, rec) == {cat}
    outside = {u for u in _linking(web, host, f"http://{host}/directory/17/officer_directory") if "/director" not in u}
    assert outside == {f"http://{host}/contact-us"}, "only Contact us leads into the directory"
    cctv = "/info/20061/community_safety/238/cctv_cameras"
    assert "single point of contact" not in _main(web, host, cctv).lower() and "Melton" in _main(web, host, cctv)
    html = _html(web, host, urlsplit(rec).path)
    assert '<th scope="col">Field</th>' in html and "mailto:cctv.spoc@harborough.example.gov.uk" in html
    assert "Single point of contact for the taxi trade" in _main(
        web, host, "/directory/17/officer_directory/category/53"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {urlsplit(rec).path}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and _no_extension(doc["url"])
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Incidents recorded") < text.index("Appendix B") < text.index("Signed for Leicestershire Police")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_spoc_only_in_full_layer_of_layered_privacy_notice(web: Heldback207Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    full = f"http://{host}/privacy/cctv?layer=full"
    assert _linking(web, host, full) == {f"http://{host}/privacy/cctv"}
    assert "single point of contact" not in _main(web, host, "/privacy/cctv").lower()
    main = _main(web, host, "/privacy/cctv?layer=full")
    assert "single point of contact for surveillance cameras" in main and "Data Protection Officer" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/privacy/cctv?layer=full"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "award-winning" in _main(web, host, "/community-safety/cctv") and d["5.2"]["status"] == "not_met"
    assert "single point of contact" in _main(web, host, "/housing/homes-for-ukraine")


def test_spoc_named_only_in_organisation_chart_without_contact(web: Heldback207Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    chart = "/sites/default/files/2025-04/senior-management-structure-april-2025.pdf"
    assert _linking(web, host, f"http://{host}{chart}") == {f"http://{host}/council-and-democracy/transparency"}
    text = _text(web, host, chart)
    assert "Surveillance Camera Single Point of Contact" in text and "@" not in text and "Prevent single point" in text
    cctv = _main(web, host, "/community-safety/cctv")
    assert "force's own CCTV single point of contact" in cctv and "@" not in cctv
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["name"] and not spoc["email"] and not spoc["phone"]
    assert d["5.1"]["criteria"]["responsible_officer"] and d["5.5"]["status"] == "not_met"


def test_privacy_notice_record_with_step_2_row_and_undesignated_mailbox(web: Heldback207Web, truth: dict) -> None:
    host = "www.rochdale.gov.uk"
    rec = "/directory-record/960/cctv-surveillance-privacy-notice"
    html = _html(web, host, rec)
    assert "<td>Certification</td>" in html and "<td>Questions about our cameras</td>" in html
    assert "single point of contact" not in _main(web, host, rec).lower()
    assert "single point of contact (SPOC)" in _main(web, host, "/directory-record/971/domestic-abuse-privacy-notice")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-05-12"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.enquiries@")
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_partnership_agreement_as_word_without_extension(web: Heldback207Web, truth: dict) -> None:
    host = "www.dorsetcouncil.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Dorset" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-and-safety/cctv"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "single point of contact for Shopwatch" in _main(web, host, "/jobs/cctv-operator-county-hall")
    assert "BS 7958" in _main(web, host, "/community-and-safety/cctv") and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_row_in_standards_table_on_legacy_site(web: Heldback207Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<main id="main">' not in html and "<td>Step 1 (desktop) certification awarded</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-03" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "single point of contact for licensees" in _html(web, host, "/licensing/whalley-premises")


def test_bilingual_twins_councils_sla_and_another_councils_certificate(web: Heldback207Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    pg = "/en/Resident/Community-Safety/CCTV.aspx"
    main = _main(web, host, pg)
    assert "service level agreement" in main and "that certificate is Wrexham County Borough Council's" in main
    cy = "/cy/Preswylwyr/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_no_spoc_but_job_advert_promising_one(web: Heldback207Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    assert "mailto:" not in _main(web, host, "/Community/Community-Safety/CCTV.aspx")
    assert "single point of contact for surveillance camera" in _main(web, host, "/Jobs/Community-Safety-Officer.aspx")
    assert "single point of contact for productions" in _main(web, host, "/Business/Filming-in-Hertsmere.aspx")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"


def test_one_fact_councils_with_dpo_look_alikes(web: Heldback207Web, truth: dict) -> None:
    for host, crit, path, dpo in (
        ("www.great-yarmouth.gov.uk", "cameras", "/council/visiting-greyfriars-house", "/council/data-protection"),
        (
            "www.eppingforestdc.gov.uk",
            "subject_access",
            "/your-council/data-protection/subject-access-request",
            "/your-council/data-protection",
        ),
    ):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == [crit]
        assert d["5.1"]["pages"] == [f"http://{host}{path}"]
        main = _main(web, host, dpo)
        assert "Data Protection Officer" in main and "single point of contact" in main
        assert d["5.3"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback207Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.testvalley.gov.uk", "www.winchester.gov.uk"})
    assert "single point of contact (SPoC)" in _main(
        web, "www.oxfordshire.gov.uk", "/council-and-democracy/covert-surveillance"
    )
    assert "single point of contact for utility" in _main(
        web, "www.oxfordshire.gov.uk", "/jobs/traffic-control-room-technician"
    )
    assert "single point of contact for anti-social behaviour" in _main(
        web, "www.winchester.gov.uk", "/community-safety-partnership"
    )
    assert _auth(truth, "www.testvalley.gov.uk")["heldback"]["robots_forbid_search"]
