"""The hundred and thirty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (agreements with the police and single points of contact
published away from the CCTV page, and their near-misses): a signed Met agreement reached only from the constitution's
joint arrangements part and served without extension; a signed ISA as Appendix C of a DPIA in a list of published
DPIAs; a signed ISA attached to a portfolio holder decision record behind an issue history page on a meetings host; a
signed agreement on a 'working with the police' partner page beside a signed property licence with the same force; a
delegated decision record that says an agreement was signed by both but does not publish it; an expired agreement as a
row of a register of significant partnerships; a 'single point of contact' for footage requests only; a SPOC in a
policy's responsibilities with a mailbox; a SPOC and a step 2 claim only inside a DPIA PDF; a SPOC only in a job
profile; a business crime partnership's ISA with the police hosted by the council; a signed licence for police ANPR on
highway columns; a step 1 sentence; news on a news subdomain; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes.
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

from fixtures.heldback135.truth import TRUTH_PATH
from fixtures.heldback135.web import Heldback135Web


@pytest.fixture(scope="module")
def web() -> Heldback135Web:
    return Heldback135Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback135Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 135)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_agreement_only_from_the_constitutions_joint_arrangements(web: Heldback135Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    part3 = f"http://{host}/info/200433/council_and_democracy/1602/the_constitution/3"
    assert _linking(web, host, doc["url"]) == {part3}
    assert "Joint arrangements" in _main(web, host, urlsplit(part3).path)
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    keep = "/info/200514/community_safety_and_policing/1267/keeping_safe_-_out_and_about"
    assert "agreement" not in _main(web, host, keep).lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_single_point_of_contact_for_footage_requests_only(web: Heldback135Web, truth: dict) -> None:
    host = "www.rochdale.gov.uk"
    page = "/information-data-governance/request-cctv-footage"
    main = _main(web, host, page)
    assert "single point of contact for all requests for CCTV footage" in main
    assert "information sharing agreement between the council and Greater Manchester Police" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{page}" in d["5.1"]["pages"]
    assert "democracy.rochdale.gov.uk" in web.sites[host].hosts()


def test_decision_record_says_signed_but_agreement_unpublished(web: Heldback135Web, truth: dict) -> None:
    host, dem = "www.reading.gov.uk", "democracy.reading.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.5"]["evidence"]
    assert urlsplit(ev["url"]).hostname == dem and "ieDecisionDetails.aspx" in ev["url"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "is not published" in _main(web, dem, "/ieDecisionDetails.aspx?ID=3307")
    assert not any(dem in u for u in d["5.1"]["pages"]) and d["5.1"]["status"] == "partial"
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["other_systems"]


def test_spoc_in_policy_and_anpr_licence_is_not_a_camera_agreement(web: Heldback135Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pol = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    assert "<li>Single Point of Contact (SPOC)" in _html(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pol}
    lic = _text(web, host, "/media/93021/licence-police-anpr-equipment-highway-assets.pdf")
    assert "Signed for Surrey Police" in lic and "Signed for Surrey County Council" in lic
    assert d["5.5"]["status"] == "not_met" and not web.sites[host].az


def test_expired_agreement_in_partnerships_register_and_robots(web: Heldback135Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    reg = "/council/governance/register-of-significant-partnerships"
    assert '<th scope="col">Governing document</th>' in _html(web, host, reg)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Signed for Runnymede Borough Council" in _text(web, host, "/media/4412/cctv-monitoring-sla-runnymede.pdf")
    assert a["heldback"]["robots_forbid_search"] and d["5.3"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_signed_isa_as_appendix_of_a_published_dpia(web: Heldback135Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    lst = f"http://{host}/your-council/your-chesterfield/data-protection-privacy-notice/data-protection-impact-assessments.aspx"
    assert doc["signed"] and doc["force"] == "Derbyshire" and _linking(web, host, doc["url"]) == {lst}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix C" in text and "Senior Information Risk Owner" in text and "single point" not in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_and_spoc_only_inside_the_dpia(web: Heldback135Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    pg = "/communities-and-health/closed-circuit-television-cctv"
    main = _main(web, host, pg).lower()
    assert "step 2" not in main and "single point" not in main
    d = _auth(truth, host)["deliverables"]
    dpia = "/sites/default/files/2024-09/esc-cctv-dpia-2024.pdf"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"] + d["5.3"]["evidence"]} == {dpia}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_signed_isa_behind_a_decision_record_on_the_meetings_host(web: Heldback135Web, truth: dict) -> None:
    host, dem = "www.tendringdc.gov.uk", "tdcdemocracy.tendringdc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieDecisionDetails.aspx?ID=4127"}
    assert _linking(web, host, f"http://{dem}/ieDecisionDetails.aspx?ID=4127") == {
        f"http://{dem}/mgIssueHistoryHome.aspx?IId=35765"
    }
    assert not d["5.1"]["criteria"]["police_agreement"] and not any(dem in u for u in d["5.1"]["pages"])


def test_spoc_only_in_job_profile_and_partnerships_isa(web: Heldback135Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    assert "single point of contact" in _main(web, host, "/jobs/cctv-control-centre-manager")
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv-control-centre")
    isa = _text(web, host, "/media/7715/swale-link-information-sharing-agreement.pdf")
    assert "Signed for Kent Police" in isa and "Swale Borough Council" not in isa
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"
    assert "news.swale.gov.uk" in web.sites[host].hosts()
    assert "Safer Streets cameras installed" in _html(
        web, "news.swale.gov.uk", "/news/safer-streets-cameras-to-keep-you-safe"
    )


def test_partner_page_with_agreement_beside_property_licence(web: Heldback135Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    partner = f"http://{host}/community/working_with_partners/suffolk_constabulary.cfm"
    assert _linking(web, host, doc["url"]) == {partner}
    lic = f"http://{host}/documents/police-office-licence-west-suffolk-house-2021.pdf"
    assert _linking(web, host, lic) == {partner} and "Signed for Suffolk Constabulary" in _text(
        web, host, urlsplit(lic).path
    )
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, "/community/crime_and_safety/cctv.cfm")


def test_shared_service_spoc_on_page_and_partner_code_off_host(web: Heldback135Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    assert "huntingdonshire.gov.uk" in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert (
        d["5.1"]["criteria"]["statistics"]
        and f"http://{host}/media/8841/hawk-eye-report-july-to-september-2025.pdf" in d["5.1"]["pages"]
    )


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (("www.harlow.gov.uk", "cameras"), ("www.reading.gov.uk", "other_systems")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback135Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.ceredigion.gov.uk", "www.torridge.gov.uk", "www.uttlesford.gov.uk"})
    assert 'lang="cy"' in _html(web, "www.ceredigion.gov.uk", "/cy/preswylwyr/diogelwch-cymunedol")
    assert '<main id="main">' not in _html(web, "www.uttlesford.gov.uk", "/")
