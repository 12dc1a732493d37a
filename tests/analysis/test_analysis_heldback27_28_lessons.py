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
    """A privacy notice in questions and answers that says what the council records with its CCTV cameras, and a
    decision notice about CCTV installation in high-rise blocks, which an installer's
    advert ("CCTV installation in Manchester") had been matched to case-blind."""
    notice = analyse_text(
        "Who will own my data?\nAnytown Borough Council. The security team manages this data for the council.\n"
        "Why do you need my information?\nTo help prevent, deter and detect crime and to answer requests for "
        "footage.\nWhat we record using our CCTV cameras in the town centre is gathered without consent, since nobody "
        "could ask every passer-by first.\n",
        path="/privacy-notices/security-service-privacy-notice.txt",
    )
    assert notice.signals["cctv_info"] is True
    decision = analyse_text(
        "Decision details\nTitle: Tower blocks CCTV trial\nPurpose: The trial answers tenants' requests for CCTV "
        "installation in high-rise blocks on three estates.\nDecision maker: Cabinet\n",
        path="/decisions/city-housing-cctv-pilot.txt",
    )
    assert decision.decoy is None


def test_webs_29_and_30_lessons(analyse_html: Callable[..., PageAnalysis]) -> None:
    """The borough's street cameras in a privacy notice about something else; the council owning its street
    cameras while the police watch them; and the plain wordings of webs 29 and 30."""
    notice = analyse_html(
        "Privacy notice: community safety enforcement",
        "<p>Our enforcement officers record the details of the people they deal with.</p>"
        "<p>Footage from the borough's street cameras is kept for 31 days and then recorded over.</p>",
        path="/your-council/privacy-notices/community-safety-enforcement",
    )
    assert notice.signals["cctv_info"] is True and "retention" in _crit(notice)
    owned = analyse_html(
        "Town centre safety",
        "<p>The council owns its street cameras, but Anyshire Police watch and use the pictures.</p>",
        path="/community-safety/town-centre-safety",
    )
    assert owned.signals["cctv_info"] is True and "operator" in _crit(owned)
    page = analyse_html(
        "CCTV service",
        "<p>About one hundred movable cameras sit on lamp columns and are moved as problems shift.</p>"
        "<p>The service is there for spotting anti-social behaviour and street crime.</p>"
        "<p>Council staff watch the town centre cameras live.</p>"
        "<p>Clips may go to the police or to our enforcement officers.</p>"
        "<p>Cameras worn by our enforcement officers are covered by a separate notice.</p>"
        "<p>We will review this policy in June 2027.</p>"
        '<p><a href="/docs/cctv-operations-policy.pdf">CCTV operations policy (PDF, 300 KB)</a></p>',
        path="/crime-and-community-safety/cctv-service",
    )
    assert {"cameras", "purpose", "operator", "disclosure", "other_systems", "annual_review", "policy"} <= _crit(page)


def test_a_spoc_post_in_lower_case_with_should_later_in_the_sentence(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Held-back web 30's Westminster: "Our CCTV manager is the council's single point of contact for everything to
    do with surveillance cameras, from where a camera should go to a complaint about one" (the "should" is where a
    camera goes, not advice to every council)."""
    pa = analyse_html(
        "CCTV service",
        "<p>Our cameras cover the main shopping streets.</p><h2>Contact</h2><p>Our CCTV manager is the council's "
        "single point of contact for everything to do with surveillance cameras, from where a camera should go to a "
        "complaint about one. Write to cctv@anytown.example.gov.uk or ring 01632 960 555.</p>",
    )
    assert pa.signals["spoc"] is True
    assert pa.spoc is not None and pa.spoc.get("role") == "CCTV manager"
    advice = analyse_html(
        "Guidance",
        "<p>Each council should appoint a single point of contact for surveillance cameras.</p>",
        path="/guidance",
    )
    assert advice.signals["spoc"] is False


def test_webs_31_and_32_lessons(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Cameras at the council's offices and car parks in a service privacy notice; more than 900 cameras in public
    places; a housing group's cameras on the council's page; a homepage's news teaser; and the plain wordings of
    webs 31 and 32."""
    premises = analyse_html(
        "Council offices and car parks",
        "<p>We collect your name and vehicle details when you buy a permit.</p><p>Images recorded by our cameras at "
        "the Council Offices and in our car parks are deleted after 30 days unless we need them for an incident.</p>",
        path="/your-council/data-protection/privacy/by-service/offices-and-car-parks",
    )
    assert premises.signals["cctv_info"] is True and "retention" in _crit(premises)
    public = analyse_html(
        "Council buildings and public places",
        "<p>The council has more than 600 cameras in public places and in and around its buildings.</p>",
        path="/access-information/recordings-of-you",
    )
    assert public.signals["cctv_info"] is True and "cameras" in _crit(public)
    housing = analyse_html(
        "Estate cameras",
        "<p>Some blocks in Northam have cameras owned by Riverside Vale Housing Group. Ask the association, not the "
        "council, about them.</p>",
        path="/info/community/housing-association-estate-cameras",
    )
    assert housing.signals["cctv_info"] is False
    teaser = analyse_html(
        "Welcome to Anytown Borough Council",
        '<ul><li><a href="/news/northam-town-centre-cameras">Northam’s new town centre cameras</a></li>'
        '<li><a href="/planning">Planning conditions</a></li></ul>',
        path="/",
    )
    assert teaser.signals["cctv_info"] is False
    page = analyse_html(
        "CCTV",
        "<p>The system runs under a code of practice. Recording continues around the clock all year.</p>"
        "<p>Signs near each camera say who runs it. Relocatable cameras are moved to trouble spots.</p>"
        "<p>Our CCTV team works alongside the police. Council officers watch cameras covering the town centre.</p>"
        "<p>Each quarter we publish figures on incidents. Recordings can be retrieved for up to 31 days.</p>"
        "<p>We may refuse a request if releasing the footage would harm an investigation.</p>",
    )
    assert {"policy", "cameras", "signage", "other_systems", "operator", "statistics", "retention", "disclosure"} <= (
        _crit(page)
    )


def test_a_contact_boxs_title_is_whom_to_call_not_who_runs_the_cameras(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    """Held-back web 29's Tendring: "CCTV control centre" over a telephone number names whom to contact."""
    box = analyse_html(
        "CCTV",
        "<p>There are 48 cameras in Northam, Southam and Westcombe.</p><h2>Contact</h2><p>CCTV control centre</p>"
        "<p>01632 960 777</p>",
    )
    # whom to call, not who runs them; and a bare number under "Contact" is the cameras' contact point (5.3), not the
    # complaints criterion (session 17: most labellers leave such lines out of `complaints`)
    assert "operator" not in _crit(box) and "complaints" not in _crit(box)
    assert box.spoc is not None and box.spoc["phone"] == "01632 960 777"
    runs = analyse_html(
        "CCTV",
        "<p>There are 48 cameras in Northam, Southam and Westcombe.</p><p>Our CCTV control centre watches them day "
        "and night.</p>",
    )
    assert "operator" in _crit(runs)
