"""Link scoring: the links a person auditing the site would follow score above the rest."""

from __future__ import annotations

import pytest

from analysis.links import KEEP_THRESHOLD, NEUTRAL_SCORE, SEARCH_TERMS, looks_like_document, score_link
from analysis.text import Link

S = "https://www.anytown.gov.uk"

GOOD = [
    Link(S + "/community-safety/cctv", "CCTV", "Community safety CCTV"),
    Link(S + "/crime-and-anti-social-behaviour", "Crime and anti-social behaviour", ""),
    Link(S + "/community-safety", "Community safety", "Your community"),
    Link(S + "/a-z/c", "C", "A to Z of services"),
    Link(S + "/privacy-notices", "Privacy notices", "Data protection"),
    Link(S + "/data-protection-and-privacy/cctv-and-surveillance", "CCTV and surveillance", ""),
    Link(S + "/downloads/file/1234/cctv-code-of-practice", "CCTV Code of Practice (PDF, 420KB)", ""),
    Link(S + "/media/5567/cctv-annual-report-2023-24.pdf", "Annual report 2023/24", "CCTV documents"),
    Link(
        S + "/documents/information-sharing-agreement.pdf",
        "Information sharing agreement with Devon and Cornwall Police",
        "",
    ),
    Link(S + "/requesting-footage", "Request CCTV footage", ""),
    Link(S + "/cy/teledu-cylch-cyfyng", "Teledu cylch cyfyng", ""),
    Link(S + "/surveillance-camera-spoc", "Surveillance camera single point of contact", ""),
]
BAD = [
    Link(S + "/jobs", "Jobs and careers", ""),
    Link(S + "/jobs/cctv-operator-12345", "CCTV Operator", "Current vacancies"),
    Link(S + "/parking/pay-a-pcn", "Pay a parking fine", ""),
    Link(S + "/parking/bus-lane-enforcement", "Bus lane cameras", "Parking and travel"),
    Link(S + "/planning/applications", "View and comment on planning applications", ""),
    Link(S + "/news/archive?page=17", "Older news", ""),
    Link(S + "/events/calendar?month=2025-03", "What's on", ""),
    Link(S + "/login", "Sign in to My Account", ""),
    Link(S + "/shop/basket", "Basket", ""),
    Link(S + "/bins-and-recycling", "Bins and recycling", ""),
    Link(S + "/environment/drainage/cctv-surveys", "CCTV drain surveys", ""),
    Link(S + "/licensing/taxi", "Taxi licensing", ""),
    Link(S + "/a-z/m", "M", "A to Z of services"),
    Link(S + "/images/banner.jpg", "banner", ""),
]


def test_good_links_outscore_every_decoy(ctx):
    good = {link.url: score_link(link, ctx) for link in GOOD}
    bad = {link.url: score_link(link, ctx) for link in BAD}
    assert min(good.values()) > max(bad.values()), (good, bad)
    assert min(good.values()) >= 0.6
    assert max(bad.values()) < NEUTRAL_SCORE


def test_decoy_links_fall_below_the_keep_threshold(ctx):
    dropped = [link.text for link in BAD if score_link(link, ctx) < KEEP_THRESHOLD]
    assert {
        "Jobs and careers",
        "Pay a parking fine",
        "Sign in to My Account",
        "Basket",
        "banner",
        "Older news",
        "What's on",
    } <= set(dropped)


def test_scores_are_probabilities_and_neutral_links_sit_in_the_middle():
    neutral = score_link(Link(S + "/council-and-democracy/departments", "Departments", ""))
    assert 0.2 < neutral < 0.6
    for link in GOOD + BAD:
        assert 0.0 <= score_link(link) <= 1.0


def test_cctv_link_ranks_above_its_section(ctx):
    cctv = score_link(Link(S + "/community-safety/cctv", "CCTV", ""), ctx)
    section = score_link(Link(S + "/community-safety", "Community safety", ""), ctx)
    privacy = score_link(Link(S + "/privacy", "Privacy", ""), ctx)
    assert cctv > section > privacy > NEUTRAL_SCORE


def test_surrounding_words_lift_an_unhelpful_anchor():
    bare = score_link(Link(S + "/page/4471", "Read more", ""))
    with_context = score_link(Link(S + "/page/4471", "Read more", "Find out how the council uses CCTV cameras"))
    assert with_context > bare + 0.2


@pytest.mark.parametrize(
    "url,expected",
    [
        (S + "/media/1234/cctv-policy.pdf", True),
        (S + "/downloads/file/987/cctv-code-of-practice", True),
        (S + "/documents/s45678/CCTV%20Annual%20Report.pdf", True),
        (S + "/files/ISA.DOCX", True),
        (S + "/community-safety/cctv", False),
        (S + "/cctv.aspx?id=3", False),
    ],
)
def test_looks_like_document(url, expected):
    assert looks_like_document(url) is expected


def test_search_terms_start_with_cctv():
    assert SEARCH_TERMS[0] == "CCTV" and "surveillance camera" in SEARCH_TERMS


def test_a_search_result_whose_own_words_name_a_decoy_is_not_opened_though_it_says_cctv() -> None:
    """The site's search lists a tender, a parish council's policy, home doorbell cameras and an
    FOI answer for the word CCTV; their titles say what they are. The council's own CCTV pages,
    including one filed under parking (a real council's place for it) or whose title names the
    police, stay results to open."""
    from analysis.links import SEARCH_RESULT_PRIOR, assess_link, decoy_result

    decoys = [
        Link(S + "/business/tenders/tender-cctv-maintenance-contract", "Tender: CCTV maintenance contract", ""),
        Link(S + "/documents/oakley-parish-council-cctv-policy.pdf", "Oakley Parish Council CCTV policy", ""),
        Link(S + "/community-safety/home-cctv-and-doorbell-cameras", "Home CCTV and doorbell cameras", ""),
        Link(S + "/foi/foi-response-12-2024-cctv-cameras", "FOI response 12/2024: CCTV cameras", ""),
        Link(S + "/jobs/cctv-operator", "CCTV operator (vacancy)", ""),
    ]
    own = [
        Link(S + "/community-safety/cctv", "CCTV", ""),
        Link(S + "/parking-tickets-and-fines/cctv-cameras", "CCTV cameras", ""),
        Link(S + "/documents/cctv-information-sharing-agreement-police.pdf", "CCTV information sharing agreement", ""),
        Link(S + "/data-protection/cctv-privacy-notice", "CCTV privacy notice", ""),
        Link(S + "/council/policies/surveillance-camera-policy", "Surveillance camera policy", ""),
    ]
    for link in decoys:
        ls = assess_link(link, prior=SEARCH_RESULT_PRIOR)
        assert decoy_result(ls), (link.text, ls)
        if "vacancy" not in link.text:  # a job was already below the bar; the others were not
            assert ls.score > 0.8, (link.text, "the word CCTV alone would have made it a candidate")
    for link in own:
        assert not decoy_result(assess_link(link, prior=SEARCH_RESULT_PRIOR)), link.text
