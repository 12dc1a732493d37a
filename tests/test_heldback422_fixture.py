"""The four hundred and twenty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows of the brief's mix, none labelled by the fifteen sets before; the labelling
rules hold with the intended tallies; and the structures the set is built from are really served (a CCTV page in ARIA
tabs whose rights, rules and SPOC sit in hidden panels; a SPOC only on a page for housing providers buying monitoring;
a step 2 claim only on a page about visiting the control room, beside a list of other owners' schemes; a bilingual
.aspx site with a Welsh twin, a SPOC on a governance sub-page and a signed police protocol; a legacy site whose signage
fact is only in chapter 6 of a tenants' handbook joined by previous/next links; estate facts only in a letter to
residents and a signed police annex in Word procedures served without extension; one fact on a page under data
protection with the hub's certification in news; a police agreement mentioned only in an annual review PDF beside a
BS 7958 near-miss; a certification mark beside a stepless certificate of compliance, a council blocks table, a housing
privacy notice and a draft Word agreement; building cameras only, street cameras a partnership company's; one fact on
a page of remaining camera sites with petition papers on a meetings host; a step 1 claim only in a service plan PDF;
robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback422.truth import TRUTH_PATH
from fixtures.heldback422.web import Heldback422Web


@pytest.fixture(scope="module")
def web() -> Heldback422Web:
    return Heldback422Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(items: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in items}


def test_fresh_councils_of_the_brief_mix(web: Heldback422Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 422)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_tabs_hide_rights_rules_and_spoc(web: Heldback422Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    pg = "/services/community_safety/crime_prevention/cctv"
    html = _html(web, host, pg)
    assert '<div role="tablist" aria-label="CCTV information">' in html
    assert '<div role="tabpanel" id="tabpanel-1" aria-labelledby="tab-1">' in html
    hidden = html.split('<div role="tabpanel" id="tabpanel-3" aria-labelledby="tab-3" hidden>', 1)[1].split("</div>")[0]
    assert "single point of contact for surveillance cameras" in hidden
    assert "single point of contact" not in html.split('id="tabpanel-2"', 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pg}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Richmond Housing Partnership" in _main(web, host, "/housing/housing_association_homes")


def test_spoc_only_on_page_for_housing_providers_and_signed_isa(web: Heldback422Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    cctv = "/residents/community-safety/cctv"
    landlords = "/residents/community-safety/cctv/monitoring-for-landlords"
    assert "single point of contact" not in _main(web, host, cctv)
    assert "single point of contact" in _main(web, host, landlords) and "Livv" in _main(web, host, landlords)
    assert f"http://{host}{landlords}" in _links(web, host, cctv)
    assert "self-assessment tool" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {landlords}
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside"
    assert "Signed for and on behalf of Merseyside Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_on_control_room_visits_page(web: Heldback422Web, truth: dict) -> None:
    host = "www.torbay.gov.uk"
    cctv, visit = "/community-safety/cctv/", "/community-safety/cctv/visit-the-control-room/"
    assert "step 2" not in _main(web, host, cctv) and "step 2" in _main(web, host, visit)
    assert "Dartmouth Town Council" in _main(web, host, "/community-safety/cctv/schemes-we-monitor/")
    assert "<img" not in _main(web, host, visit)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"] == {
        "status": "met",
        "level": "step2",
        "awarded": "2019-11",
        "mark_displayed": False,
        "evidence": d["5.2"]["evidence"],
    }
    assert _paths(d["5.2"]["evidence"]) == {visit}
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_bilingual_aspx_site_spoc_and_signed_protocol(web: Heldback422Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    gov = "/en/Transport-Streets/CCTV/CCTV-governance.aspx"
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/Trafnidiaeth-Strydoedd/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/Trafnidiaeth-Strydoedd/Teledu-Cylch-Cyfyng.aspx")
    assert "single point of contact" not in _main(web, host, "/en/Transport-Streets/CCTV.aspx")
    assert "Blaenau Gwent" in _main(web, host, "/en/Transport-Streets/CCTV.aspx")
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {gov}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent" and _linking(web, host, doc["url"]) == {f"http://{host}{gov}"}
    assert "Signed on behalf of Gwent Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_signage_only_in_a_handbook_chapter_chained_by_next_links(web: Heldback422Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    chapter = f"http://{host}/housing/tenants/handbook/security.aspx"
    assert '<main id="main">' not in _html(web, host, "/")
    book = f"http://{host}/housing/tenants/handbook"
    assert _linking(web, host, chapter) == {f"{book}/sheltered.aspx", f"{book}/moving.aspx"}
    assert 'rel="next"' in _html(web, host, "/housing/tenants/handbook/sheltered.aspx")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.1"]["status"] == "met" and chapter in d["5.1"]["pages"] and d["5.1"]["criteria"]["signage"]
    assert "signs" not in _text(web, host, "/safety/cctv/default.aspx").lower()
    assert a["oracle_fetches"] >= 10
    assert "Senior Responsible Officer" in _text(web, host, "/policies/ripa.aspx")
    assert "Gosport" in _text(web, host, "/safety/cctv/default.aspx")
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_estate_letter_and_signed_police_annex_in_word_procedures(web: Heldback422Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    estate = f"http://{host}/residents/housing/estates/limes-farm"
    d = _auth(truth, host)["deliverables"]
    letter = "/wp-content/uploads/2025/03/limes-farm-cameras-letter-to-residents.pdf"
    assert "Dear resident" in _text(web, host, letter) and _linking(web, host, f"http://{host}{letter}") == {estate}
    assert "31 days" not in _main(web, host, "/residents/crime-and-safety/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {estate}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Annex C: Police access protocol" in text and "Signed for Essex Police" in text
    assert "third-party certification" in _main(web, host, "/residents/crime-and-safety/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_one_fact_under_data_protection_and_hub_certification_in_news(web: Heldback422Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    pg = "/info/20094/data_protection_and_freedom_of_information/174/cctv"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]
    assert d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert "full certification" in _main(web, host, "/news/hub_certified")
    assert d["5.2"]["status"] == "not_met"


def test_police_agreement_only_in_annual_review_and_bs_7958_near_miss(web: Heldback422Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    d = _auth(truth, host)["deliverables"]
    review = "/__data/assets/pdf_file/0012/418803/CCTV-annual-review-2024.pdf"
    assert "information sharing agreement" in _text(web, host, review)
    assert "agreement with" not in _main(web, host, "/residents/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {review}
    assert "BS 7958" in _main(web, host, "/residents/community-safety/cctv/joint-control-room")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_mark_beside_stepless_certificate_blocks_table_and_draft_word_isa(web: Heldback422Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    pg = "/info/20109/crime_and_law_enforcement/112/cctv"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, pg)
    main = _main(web, host, pg)
    assert "certificate of compliance" in main and "step" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["mark_displayed"]
    flats = _html(web, host, "/info/20110/council_housing/1468/cctv_in_our_blocks_of_flats")
    assert '<th scope="col">Block</th>' in flats and "Christine Ledger Square" in flats
    assert d["5.1"]["criteria"]["dpia"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_building_cameras_only_street_cameras_a_partnership_company(web: Heldback422Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    main = _main(web, host, "/cctv-and-footage-requests")
    assert "Hitchin Town Hall" in main and "Hertfordshire CCTV Partnership" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["other_systems"]
    assert d["5.3"]["status"] == d["5.5"]["status"] == "not_met"


def test_remaining_camera_sites_and_petition_papers(web: Heldback422Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    dem = "reigate-banstead.moderngov.co.uk"
    assert "Petition" in _main(web, dem, "/mgAi.aspx?ID=9751")
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_step_1_only_in_service_plan(web: Heldback422Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    plan = "/media/documents/public-protection-service-plan-2024-25.pdf"
    assert "step" not in _main(web, host, "/resident/communitysafety/cctv.php").lower()
    assert "step one" in _text(web, host, plan)
    assert _linking(web, host, f"http://{host}{plan}") == {f"http://{host}/resident/communitysafety/cctv.php"}
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["status"], d["5.2"]["level"], d["5.2"]["awarded"]) == ("met", "step1", "2022-03")
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]["evidence"]) == {plan}


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.staffordshire.gov.uk", "www.pendle.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback422Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "www.fylde.gov.uk", "www.southhams.gov.uk"})
    assert "CCTV survey" in _main(web, "www.staffordshire.gov.uk", "/Highways/Drainage-CCTV-surveys")
    assert "Torbay" in _main(web, "www.southhams.gov.uk", "/town-and-parish-councils/dartmouth")
