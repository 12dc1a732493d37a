"""The hundred-and-tenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 95 to 109; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a CCTV page moved in a redesign, its old
address a stub, the new page outside every menu, a ?utm= copy with a canonical link and a trailing-slash address
that redirects; one fact only inside a long annual governance statement PDF; a document library paged over four
pages holding a step 1 claim in a listing's description, the code with the SPOC and a signed ISA; a library privacy
notice as the only fact beside a police data sharing agreement about safeguarding; a bilingual site with a Welsh
twin and the SPOC in a privacy notice; a step 2 claim only in alt text and an enquiry form as the only contact
route; most facts in a community safety partnership's plan hosted on the council's site and a draft Word ISA; a
closed consultation beside the live page and a signed Word ISA; a paged list of privacy statements with the CCTV
notice on page 3 and robots.txt forbidding the search; camera locations only in an iframe and its <noscript>
fallback with a SPOC reached only by a form; a legacy site with BS 7958 accreditation, a contact form and a signed
memorandum; a page whose only camera text is a table of locations; and councils that publish nothing but carry
look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback110.truth import TRUTH_PATH
from fixtures.heldback110.web import Heldback110Web


@pytest.fixture(scope="module")
def web() -> Heldback110Web:
    return Heldback110Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_95_to_109(web: Heldback110Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(95, 110) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 95-109 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_moved_page_stub_utm_copy_and_trailing_slash(web: Heldback110Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    new = f"http://{host}/crime-and-safety/public-space-cctv"
    stub = f"http://{host}/community-and-local-life/community-safety/cctv-closed-circuit-television"
    assert "this page has moved" in _main(web, host, urlsplit(stub).path)
    assert new in _links(web, host, urlsplit(stub).path)
    assert _linking(web, host, new) == {stub, f"http://{host}/news/2024/advisory-group-visits-control-room"}
    utm = "/crime-and-safety/public-space-cctv?utm_source=residents-newsletter&utm_medium=email&utm_campaign=spring"
    assert f'<link rel="canonical" href="{new}">' in _html(web, host, utm)
    slash = _render(web, new + "/")
    assert slash.status == 301 and slash.header("Location") == new
    assert new + "/" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"][0] == new
    assert not any("utm_" in u or u.endswith("/") for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.")


def test_one_fact_only_inside_annual_governance_statement(web: Heldback110Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    ags = "/media/documents/annual-governance-statement-2023-24.pdf"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{ags}"]
    assert "177 public space cameras" in _text(web, host, ags)
    assert "camera" not in _main(web, host, "/your-council/finance-and-spending/annual-governance-statement").lower()
    assert "democracy.wakefield.gov.uk" in web.sites[host].hosts()
    assert "no corporate CCTV policy" in _main(web, "democracy.wakefield.gov.uk", "/mgAi.aspx?ID=40112")


def test_document_library_paged_over_four_pages(web: Heldback110Web, truth: dict) -> None:
    host = "www.southend.gov.uk"
    lib = f"http://{host}/documents?category=community-safety"
    pages = [lib] + [f"{lib}&page={n}" for n in (2, 3, 4)]
    for n, u in enumerate(pages, 1):
        assert f"Page {n} of 4" in _main(web, host, urlsplit(u).path + "?" + urlsplit(u).query)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _linking(web, host, doc["url"]) == {pages[3]}
    code = f"http://{host}/downloads/file/2215/cctv-code-of-practice-2024.pdf"
    assert _linking(web, host, code) == {pages[2]}
    assert {e["url"] for e in d["5.3"]["evidence"]} == {code} and d["5.3"]["status"] == "met"
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-06" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {pages[1]}
    assert "Step 1 (desktop)" not in _main(web, host, "/community-safety/cctv-control-room")


def test_library_privacy_notice_and_safeguarding_agreement(web: Heldback110Web, truth: dict) -> None:
    host = "www.worcestershire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    assert d["5.1"]["pages"][0].endswith("/libraries-unlocked-privacy-notice")
    sharing = _main(web, host, "/your-council/data-protection/data-sharing")
    assert "West Mercia Police" in sharing and "Safeguarding" in sharing
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"


def test_bilingual_site_twin_and_spoc_in_privacy_notice(web: Heldback110Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    main = "/en/Resident/Crime-and-emergencies/Crime/CCTV/Public-Space-Surveillance-Cameras.aspx"
    twin = "/cy/Preswylydd/Trosedd-ac-argyfyngau/Trosedd/TCC/Camerau-Gwyliadwriaeth-Mannau-Cyhoeddus.aspx"
    assert f"http://{host}{twin}" in _links(web, host, main)
    assert '<html lang="cy">' in _html(web, host, twin)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    notice = "/en/Council/Access-to-Information/Privacy-Notices/CCTV-Public-Space-Privacy-Notice.aspx"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {notice}
    assert "<img" not in _html(web, host, main).split('<main id="main">', 1)[1]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_alt_text_and_form_only_contact(web: Heldback110Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    pg, frm = "/article/21203/CCTV", "/article/21210/CCTV-enquiry-form"
    assert "step 2" not in _main(web, host, pg).lower()
    assert 'alt="Surveillance Camera Code of Practice certification mark: step 2' in _html(web, host, pg)
    assert "mailto:" not in _html(web, host, pg) and "mailto:" not in _html(web, host, frm)
    assert '<form action="/form/cctv-enquiry"' in _html(web, host, frm)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and not spoc["email"] and not spoc["phone"]
    assert "service level agreements" in _main(web, host, pg) and d["5.5"]["status"] == "not_met"
    assert not any("democracy" in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["statistics"]


def test_partnership_plan_on_council_host_and_draft_word_isa(web: Heldback110Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    plan = f"http://{host}/downloads/file/4410/pendle_community_safety_partnership_plan_2024-2027.pdf"
    d = _auth(truth, host)["deliverables"]
    assert plan in d["5.1"]["pages"] and "Community Safety Partnership" in _text(web, host, urlsplit(plan).path)
    assert {k for k, v in d["5.1"]["criteria"].items() if v} >= {"retention", "statistics", "code_compliance"}
    pg = "/info/20094/data_protection_and_freedom_of_information/174/cctv"
    assert "retained" not in _main(web, host, pg) and "31 days" not in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "...." in _text(web, host, urlsplit(doc["url"]).path)


def test_closed_consultation_beside_live_page_and_signed_word_isa(web: Heldback110Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    cons = f"http://{host}/community-safety-and-emergencies/cctv/cctv-service-review-consultation-closed"
    assert "14 days" in _main(web, host, urlsplit(cons).path)
    d = _auth(truth, host)["deliverables"]
    assert cons not in d["5.1"]["pages"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Devon & Cornwall"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_paged_privacy_statements_and_robots_forbid_search(web: Heldback110Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    lst = f"http://{host}/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements"
    notice = f"{lst}/privacy-notice-test-valley-borough-council-cctv"
    assert _linking(web, host, notice) == {f"{lst}?page=3"}
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"] and not a["heldback"]["a_z"]
    assert set(a["deliverables"]["5.1"]["pages"]) == {notice}


def test_iframe_map_noscript_locations_and_form_only_spoc(web: Heldback110Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    pg = "/environmental-health/community-safety/cctv-surveillance-systems/"
    html = _html(web, host, pg)
    assert '<iframe src="/environmental-health/community-safety/cctv-surveillance-systems/camera-map/embed"' in html
    nos = html.split("<noscript>", 1)[1].split("</noscript>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    cams = web.sites[host].labels["5.1"]["crits"]["cameras"][1]
    assert cams in nos and cams not in html.replace(nos, "")
    assert "<main" not in _html(web, host, pg.rstrip("/") + "/camera-map/embed")
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "mailto:" not in html
    assert '<form action="/forms/community-safety"' in _html(web, host, "/contact-us/community-safety-enquiry/")
    cons = f"http://{host}/about-us/have-your-say/consultations/bingham-cctv-consultation/"
    assert "closed" in _main(web, host, urlsplit(cons).path) and cons not in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "not_met"


def test_legacy_site_bs7958_form_and_signed_memorandum(web: Heldback110Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    html = _html(web, host, "/community-safety/cctv.cfm")
    assert '<main id="main">' not in html and "BS 7958 accreditation" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert "mailto:" not in _html(web, host, "/community-safety/contact-the-cctv-team.cfm")
    assert d["5.3"]["status"] == "partial"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and doc["date"] == "2021-03-01"


def test_only_camera_text_is_a_table_of_locations(web: Heldback110Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    pg = "/community-safety/cctv-camera-locations"
    html = _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "<table>" in html and "<p>" not in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pg}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback110Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.eastherts.gov.uk", "www.cotswold.gov.uk", "www.winchester.gov.uk"})
    assert "single point of contact for Prevent" in _main(
        web, "www.eastherts.gov.uk", "/community/safeguarding/prevent"
    )
    assert "not camera recordings" in _main(web, "www.winchester.gov.uk", "/community-safety/information-sharing")
    assert "Cirencester Town Council" in _main(
        web, "www.cotswold.gov.uk", "/community-and-safety/crime-and-anti-social-behaviour"
    )
