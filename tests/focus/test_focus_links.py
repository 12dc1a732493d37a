"""Link scoring for a focused crawl: the leaf says what a page is, the ancestry only where it is."""

from __future__ import annotations

import pytest

from analysis.context import AuthorityContext
from analysis.links import EVIDENCE_PAGE_PRIOR, SEARCH_RESULT_PRIOR, assess_link, score_link
from analysis.text import Link

S = "https://www.anytown.gov.uk"
CTX = AuthorityContext(name="Anytown Borough Council", website=S + "/", police_force="Cleveland")
STRONG, THRESHOLD = 0.8, 0.45  # crawler/engine/settings.py CCTV_AUDIT_STRONG_LINK / CCTV_AUDIT_LINK_THRESHOLD


def score(url: str, text: str = "", context: str = "", prior: float = 0.0) -> float:
    return score_link(Link(S + url, text, context), CTX, prior)


@pytest.mark.parametrize(
    "url,text",
    [
        ("/community-safety/community-safety-policy", "Community safety policy"),
        ("/community-safety/community-safety-fees-and-charges", "Community safety fees and charges"),
        ("/info/20799/community_safety/808/community_safety_contact_details", "Community safety contact details"),
        ("/data-protection-and-privacy/data-protection-and-privacy-forms", "Data protection and privacy forms"),
        ("/community-safety/hate-crime", "Hate crime"),
    ],
)
def test_pages_of_a_section_are_not_candidates(url: str, text: str) -> None:
    """Parent-path and section words make a page a place to look (a hub), never a candidate."""
    assert score(url, text) < STRONG


@pytest.mark.parametrize(
    "url,text",
    [
        ("/info/20933/policies_plans_and_strategies/3354/cctv_policy_and_information", "CCTV policy and information"),
        ("/info/20933/policies_plans_and_strategies/3354/cctv_policy_and_information", ""),  # a sitemap URL
        ("/data-protection-and-privacy/cctv-and-surveillance", "CCTV and surveillance"),
        ("/article/4012/Public-space-CCTV", "Public space CCTV"),
        ("/__data/assets/pdf_file/0012/70012/CCTV-Code-of-Practice.pdf", "CCTV Code of Practice (PDF)"),
        ("/cy/teledu-cylch-cyfyng", "Teledu cylch cyfyng"),
    ],
)
def test_a_cctv_leaf_is_a_candidate_wherever_it_sits(url: str, text: str) -> None:
    assert score(url, text) >= STRONG


def test_a_section_landing_outranks_its_ordinary_pages() -> None:
    landing = score("/community-safety", "Community safety")
    page = score("/community-safety/community-safety-fees-and-charges", "Community safety fees and charges")
    assert THRESHOLD <= page < landing < STRONG


@pytest.mark.parametrize(
    "url,text",
    [
        ("/a_to_z/C", "C"),
        ("/a-z?letter=C", "C"),
        ("/atoz/c.htm", "C"),
        ("/Services-A-Z?letter=C", "C"),
        ("/a-z?letter=c", ""),  # bare sitemap URL
    ],
)
def test_letter_c_of_any_a_to_z_is_a_candidate(url: str, text: str) -> None:
    assert score(url, text) >= STRONG


@pytest.mark.parametrize("url,text", [("/a_to_z/M", "M"), ("/a-z?letter=A", ""), ("/atoz/v.htm", "V")])
def test_other_letters_are_not_worth_a_request(url: str, text: str) -> None:
    assert score(url, text) < THRESHOLD


def test_a_menu_around_a_link_neither_lifts_nor_sinks_it() -> None:
    menu = "Home Rubbish and recycling Council tax Jobs and careers News Parking Crime and community safety"
    alone = score("/crime-and-community-safety/index.htm", "Crime and community safety")
    in_menu = score("/crime-and-community-safety/index.htm", "Crime and community safety", menu)
    assert alone == in_menu >= THRESHOLD


def test_search_result_prior_lifts_a_plain_title_but_not_a_dead_end() -> None:
    privacy = "/your-council/data-protection-and-privacy/privacy-notice"
    assert score(privacy, "Privacy notice") < STRONG <= score(privacy, "Privacy notice", prior=SEARCH_RESULT_PRIOR)
    for url, text in [
        ("/jobs/current-vacancies/cctv-monitoring-officer-935", "CCTV Monitoring Officer"),
        (
            "/roads-travel-and-parking/parking-fines/bus-lane-and-moving-traffic-enforcement",
            "Bus lane and moving traffic enforcement",
        ),
        ("/planning/decisions/decision-notice-20-01094-ful", "Decision notice 20/01094/FUL"),
    ]:
        assert score(url, text, prior=SEARCH_RESULT_PRIOR) < THRESHOLD, text


def test_evidence_page_prior_takes_the_disclosures_own_parts() -> None:
    """'Annual report 2023/24 (PDF)' on the council's CCTV page is part of the disclosure."""
    link = Link(S + "/downloads/file/4344/annual_report_2023_24", "Annual report 2023/24 (PDF)", "")
    assert assess_link(link, CTX).score < STRONG <= assess_link(link, CTX, EVIDENCE_PAGE_PRIOR).score


@pytest.mark.parametrize(
    "url,text",
    [
        (
            "/info/20489/freedom_of_information/862/foi_request_25_2024_cctv_cameras_in_council_car_parks",
            "FOI request 25/2024: CCTV cameras in council car parks",
        ),
        (
            "/sites/default/files/2024-01/kingsley-parish-council-cctv-policy.pdf",
            "Kingsley Parish Council CCTV Policy (PDF)",
        ),
        ("/community-safety/home-cctv-and-doorbell-cameras", "Home CCTV and doorbell cameras"),
    ],
)
def test_decoys_naming_cctv_are_not_candidates(url: str, text: str) -> None:
    assert score(url, text) < STRONG


def test_section_key_groups_hubs_of_one_section() -> None:
    a = assess_link(Link(S + "/community-safety", "Community safety", ""), CTX)
    b = assess_link(Link(S + "/community-safety/community-safety-forms", "Community safety forms", ""), CTX)
    c = assess_link(Link(S + "/privacy-notice", "Privacy notice", ""), CTX)
    assert a.section_key == b.section_key != c.section_key != ""
    assert not a.is_target and assess_link(Link(S + "/cctv", "CCTV", ""), CTX).is_target
