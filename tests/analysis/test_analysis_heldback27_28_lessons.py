"""Patterns the twenty-seventh and twenty-eighth held-back webs showed (measured once, frozen at d0b7c74; learnt
from after).

Councils that count their cameras without ever writing "CCTV" ("There are 60 cameras across [the town] and
nearby villages", "Around the borough there are 70 cameras fixed in permanent positions", "[Town] has 190 of
our cameras keeping watch over the town centre"), and the plain wordings of body cameras, where the pictures go,
putting people off crime, footage handed to the police, who may receive pictures, a recorder that overwrites and
a sign under every camera. The passages are written for this test (invented places and people).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


@pytest.mark.parametrize(
    "sentence",
    [
        "There are 64 cameras across Anytown and a number of nearby villages.",
        "Around the borough there are 70 cameras fixed in permanent positions.",
        "Anytown has 190 of our cameras keeping watch over the town centre and the parks.",
    ],
)
def test_a_count_of_the_cameras_across_the_place(analyse_html: Callable[..., PageAnalysis], sentence: str) -> None:
    body = f"<p>The community safety partnership works on the night-time economy and anti-social behaviour.</p><p>{sentence}</p>"
    pa = analyse_html("Community safety", body, path="/community-safety")
    assert pa.signals["cctv_info"] is True and "cameras" in _crit(pa)
    # pasted with no council behind it, the count could be anybody's cameras
    assert analyse_html("Community safety", body, path="/community-safety", context=None).signals["cctv_info"] is False


def test_enforcement_cameras_counted_are_not_the_councils_cctv(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Road safety",
        "<p>The safer roads partnership runs the county's enforcement.</p>"
        "<p>There are 40 speed cameras across the county and 12 red light cameras in the towns.</p>",
        path="/roads/road-safety",
    )
    assert pa.signals["cctv_info"] is False


def test_plain_wordings_of_webs_27_and_28(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public space CCTV privacy notice",
        "<p>Anytown Borough Council is the data controller for the public space CCTV system.</p>"
        "<p>Pictures go to the Safer Anyshire control centre in Northam, where they are watched at busy times.</p>"
        "<p>The cameras are there for putting people off committing crime and anti-social behaviour.</p>"
        "<p>Civil enforcement officers may wear body cameras on patrol.</p>"
        "<p>Footage is handed to the police under our information sharing agreement.</p>"
        "<p>The recorder overwrites pictures after 31 days.</p>"
        "<p>Every camera has a sign below it with a phone number.</p>",
        path="/privacy/cctv",
    )
    assert {"operator", "purpose", "other_systems", "disclosure", "retention", "signage"} <= _crit(pa)


def test_who_may_receive_pictures_as_a_notices_heading(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Surveillance privacy notice",
        "<p>Our town centre CCTV cameras help keep the centre safe.</p><h2>Who may receive pictures</h2>"
        "<ul><li>Anyshire Police</li><li>our environmental health team</li></ul>",
        path="/privacy-policy/surveillance-privacy-notice",
    )
    assert "disclosure" in _crit(pa)


def test_real_text_rounds_17_18_lessons(analyse_text: Callable[..., PageAnalysis]) -> None:
    """A privacy notice in questions and answers ("The data we collect using Closed Circuit Television (CCTV)
    camera systems …"), and a decision notice about CCTV installation in high-rise blocks, which an installer's
    advert ("CCTV installation in Manchester") had been matched to case-blind."""
    notice = analyse_text(
        "Who will own my data?\nAnytown Borough Council. The security team manages this data for the council.\n"
        "Why do you need my information?\nTo help prevent, deter and detect crime and to answer requests for "
        "footage.\nThe data we collect using Closed Circuit Television (CCTV) camera systems in public spaces needs "
        "no consent, as asking everyone who is recorded would be impractical.\n",
        path="/privacy-notices/security-service-privacy-notice.txt",
    )
    assert notice.signals["cctv_info"] is True
    decision = analyse_text(
        "Decision details\nTitle: City housing CCTV pilot programme\nPurpose: The CCTV strategy will review the "
        "security of the council's housing and meet the demand for CCTV installation in high-rise blocks across the "
        "city.\nDecision maker: Cabinet\n",
        path="/decisions/city-housing-cctv-pilot.txt",
    )
    assert decision.decoy is None
