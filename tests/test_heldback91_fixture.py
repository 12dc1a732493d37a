"""The ninety-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 76 to 90; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (the camera text as one section of a long page
with jump links; a SPOC on a meet-the-team page; a <details> FAQ; a memorandum of understanding only in a document
library filtered by query string; a certification claim only on an awards page; CCTV under Housing with a facts
table; a SPOC only in a policy PDF's document-control table; a draft Word agreement; Welsh headings over English
text with a Welsh twin; a legacy site without search or <main>; a facts table holding a step 1 row, with purpose and
signs only in a DPIA; a signed release protocol served without extension; a signed joint working protocol with the
statistics only in an annual review; an unmonitored locations table with no contact; a three-page article reached
only by its pager; an easy-read page; a Senior Responsible Officer named without a contact; a page that never writes
'CCTV' with monitoring by another council; one-fact theatre, harbour and business centre pages; robots.txt
forbidding the search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback91.truth import TRUTH_PATH
from fixtures.heldback91.web import Heldback91Web


@pytest.fixture(scope="module")
def web() -> Heldback91Web:
    return Heldback91Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_real_councils_none_from_sets_76_to_90(web: Heldback91Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(76, 91) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 76-90 may be reused"
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
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_cctv_as_one_section_of_a_long_page_and_spoc_on_team_page(web: Heldback91Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    pg = "/community-safety-and-crime/crime-and-anti-social-behaviour"
    page = _html(web, host, pg)
    assert '<a href="#cctv">' in page and '<section id="cctv"><h2>CCTV cameras in public places</h2>' in page
    assert page.count("<section id=") >= 5
    cctv_section = page.split('<section id="cctv">', 1)[1].split("</section>", 1)[0]
    assert "Alexandra House" in cctv_section and "31 days" in cctv_section
    team_path = "/community-safety-and-crime/meet-the-community-safety-team"
    team = _html(web, host, team_path)
    assert team.count('class="team-member"') >= 4 and "single point of contact (SPOC)" in team
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {team_path}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_details_faq_mou_in_filtered_library_and_awards_page(web: Heldback91Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    cctv = "/services/crime-anti-social-behaviour-nuisance/cctv"
    page = _html(web, host, cctv)
    assert page.count("<details><summary>") >= 6
    assert "<details><summary>How long is footage kept?</summary><p>Recordings are kept for 30 days" in page
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    lib = f"http://{host}/services/the-council-democracy/document-library"
    assert doc["signed"] and doc["force"] == "South Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"{lib}?category=agreements"}
    assert "Memorandum of understanding" in _text(
        web, host, "/services/the-council-democracy/document-library?category=agreements"
    )
    assert "Signed for and on behalf of South Yorkshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    awards = "/services/the-council-democracy/about-the-council/awards-and-accreditations"
    assert "step 2 certification" in _main(web, host, awards) and "step 2" not in _main(web, host, cctv)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]["evidence"]) == {awards}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_cctv_under_housing_spoc_only_in_pdf_and_draft_word_isa(web: Heldback91Web, truth: dict) -> None:
    host = "www.thurrock.gov.uk"
    pg = "/housing/estate-safety/cctv-on-estates-and-open-spaces"
    html = _html(web, host, pg)
    assert 'class="breadcrumb"' in html and '<a href="/housing">Housing</a>' in html
    assert (
        '<table class="at-a-glance">' in html and '<th scope="row">Cameras</th><td>More than 700 cameras</td>' in html
    )
    site = web.sites[host]
    assert not any("single point of contact" in p.body.lower() for p in site.pages.values())
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/media/4402/cctv-policy.pdf"}
    assert "Single point of contact for surveillance cameras" in _text(web, host, "/media/4402/cctv-policy.pdf")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_welsh_headings_over_english_text_and_welsh_twin(web: Heldback91Web, truth: dict) -> None:
    host = "www.ceredigion.gov.uk"
    pg = "/preswylwyr/harbyrau-a-marinas/harbwr-aberystwyth"
    html = _html(web, host, pg)
    for heading in ("Angorfeydd", "Ffioedd", "Diogelwch", "Cysylltu"):
        assert f"<h2>{heading}</h2>" in html, heading
    assert "<h1>Harbwr Aberystwyth</h1>" in html and "kept for 14 days" in html
    cy = "/cy/preswylwyr/harbyrau-a-marinas/harbwr-aberystwyth"
    assert 'lang="cy"' in _html(web, host, cy)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and f"http://{host}{cy}" in d51["pages"]


def test_legacy_site_without_search_one_fact_theatre(web: Heldback91Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    assert web.sites[host].search is None
    html = _html(web, host, "/residents/leisure-and-culture/prince-of-wales-centre")
    assert "<main" not in html and '<table width="100%">' in html
    assert "91 cameras" in _html(web, host, "/council/news/cabinet-approves-camera-investment")


def test_facts_table_step_1_row_dpia_only_facts_and_release_protocol(web: Heldback91Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    cctv = "/community-and-living/community-safety/cctv"
    html = _html(web, host, cctv)
    assert '<th scope="row">Certification</th><td>Step 1 (desktop) certificate' in html
    main = _main(web, host, cctv)
    assert "prevent and detect crime" not in main and "Signs are displayed" not in main
    dpia = "/downloads/file/2231/cctv-data-protection-impact-assessment"
    assert "Signs are displayed" in _text(web, host, dpia)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-05"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"]) and doc["force"] == "Kent"
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/requesting-footage"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_joint_working_protocol_and_statistics_only_in_annual_review(web: Heldback91Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    pg = "/info/20101/community_safety/270/cctv_in_oxford"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Joint working protocol" in text and "Thames Valley Police: E. Lindqvist" in text
    assert "Oxford City Council: M. Akhtar" in text and doc["force"] == "Thames Valley"
    assert "arrests" not in _main(web, host, pg)
    assert "236 arrests" in _text(web, host, "/downloads/file/3325/cctv_annual_review_2024")
    assert d["5.1"]["criteria"]["statistics"] and "99 cameras" in _main(web, host, pg)


def test_unmonitored_locations_table_without_contact(web: Heldback91Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    pg = "/Your-council/Crime-and-safety/CCTV"
    html = _html(web, host, pg)
    assert "<caption>Council sites with CCTV</caption>" in html and html.count("<tr><td>") == 8
    main = _main(web, host, pg)
    assert "mailto:" not in html.split('<main id="main">', 1)[1] and not re.search(r"\d{5} ?\d{6}", main)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert "Biffa" in _main(web, host, "/bins-and-recycling/collection-crews-and-vehicles")


def test_three_page_article_reached_only_by_its_pager(web: Heldback91Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    art = f"http://{host}/community-safety/cctv-closed-circuit-television"
    assert _linking(web, host, f"{art}/3") == {f"{art}/2"}
    assert _linking(web, host, f"{art}/2") == {f"{art}/1", f"{art}/3"}
    assert 'class="pagination"' in _html(web, host, "/community-safety/cctv-closed-circuit-television/2")
    d = _auth(truth, host)["deliverables"]
    assert {f"{art}/1", f"{art}/2", f"{art}/3"} <= set(d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_easy_read_page_and_sro_without_contact(web: Heldback91Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    easy = "/communities/community-safety/cctv/easy-read/"
    assert _html(web, host, easy).count("<img ") >= 3
    cop = "/communities/community-safety/cctv/code-of-practice/"
    main_html = _html(web, host, cop).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "Senior Responsible Officer" in main_html and "mailto:" not in main_html
    assert not re.search(r"\d{4} ?\d{6}", main_html)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.2"]["level"] == "step2" and d["5.5"]["status"] == "partial"
    assert f"http://{host}{easy}" in d["5.1"]["pages"]


def test_page_never_writes_cctv_and_monitoring_by_another_council(web: Heldback91Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    pg = "/community-and-safety/public-space-surveillance-cameras"
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "agreement between the two councils" in main
    assert "intend to apply for third-party certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {f"{pg}/camera-systems-we-operate"}


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.ceredigion.gov.uk", "retention", "/preswylwyr/harbyrau-a-marinas/harbwr-aberystwyth"),
        ("www.cannockchasedc.gov.uk", "cameras", "/residents/leisure-and-culture/prince-of-wales-centre"),
        ("www.derbyshiredales.gov.uk", "operator", "/your-business/bakewell-agricultural-business-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"][0] == f"http://{host}{path}", host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback91Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.guildford.gov.uk", "www.dacorum.gov.uk"})
    assert _auth(truth, "www.dacorum.gov.uk")["heldback"]["robots_forbid_search"]
    assert "Berkhamsted Town Council" in _main(
        web, "www.dacorum.gov.uk", "/home/community-living/berkhamsted-high-street-cameras"
    )
