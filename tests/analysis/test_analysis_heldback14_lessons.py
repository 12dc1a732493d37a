"""Patterns the fourteenth held-back web showed (ordinary council sites modelled one by one on real ones;
measured once, frozen, in session 10; learnt from after).

A council that gave its cameras up, or a county that says the districts run them, publishes nothing of its
own; sheltered housing among a council's camera sites is the council's (a council is a landlord too); the
criteria told in plain words (a count with a brand or "(CCTV)" before "cameras", "cut crime and antisocial
behaviour", "the council owns and manages the system", "wiped after 31 days", "only the police use the
recordings", cameras on bin lorries); the police or an insurer asking for recordings is disclosure, not
subject access; a contact line names where to ring, not who runs the system; one sentence is a mention,
not a disclosure; "for more information call …" on a CCTV page is a contact point. The passages are written
for this test (the invented Anytown); each rule has a passage beside it that must still be read as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.assess import assess
from analysis.page import Finding, PageAnalysis

S = "https://www.anytown.gov.uk"


def test_a_council_that_stopped_running_its_cameras_publishes_nothing(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    gave_up = analyse_html(
        "Town centre CCTV",
        "<p>Anytown Borough Council stopped running town centre CCTV in 2015 when its budget was cut. The cameras "
        "in the High Street now belong to Anyshire Police, who run them from the police station.</p>",
        path="/community/town-centre-cctv",
    )
    assert gave_up.signals["cctv_info"] is False
    # still the council's: it stopped watching live, but owns the cameras and keeps the recordings
    still_own = analyse_html(
        "Town centre CCTV",
        "<p>Anytown Borough Council stopped live monitoring in 2015. Our 30 town centre cameras still record, "
        "and the council keeps the recordings for 28 days.</p>",
        path="/community/town-centre-cctv",
    )
    assert still_own.signals["cctv_info"] is True


def test_a_county_that_says_the_districts_run_the_cameras_publishes_nothing(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Town centre cameras",
        "<p>The county council does not run town centre cameras. In Northam and Southam they are run by the "
        "Anyshire CCTV Partnership of the two district councils; elsewhere ask your district council.</p>",
        path="/community-safety/town-centre-cameras",
    )
    assert pa.signals["cctv_info"] is False


def test_sheltered_housing_among_a_councils_camera_sites_is_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    council = analyse_html(
        "CCTV",
        "<p>We run CCTV to help prevent crime and keep people safe. Our cameras are in the town centres, at the "
        "museum, in our sheltered housing schemes and on refuse vehicles.</p>",
    )
    assert council.signals["cctv_info"] is True
    assert council.decoy is None
    provider = analyse_html(
        "CCTV in our homes",
        "<p>As a registered provider we use CCTV in the communal areas of our sheltered housing schemes. Tenants "
        "can ask the neighbourhood officer about the cameras.</p>",
        path="/tenants/cctv",
    )
    assert provider.signals["cctv_info"] is False


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        ("cameras", "Anytown Council has 48 closed circuit television (CCTV) cameras in its three towns."),
        ("cameras", "There are 210 TownWatch cameras across the borough."),
        ("cameras", "CCTV covers Bridge Street, Mill Lane and the bus station forecourt."),
        ("purpose", "The aim is to cut crime and antisocial behaviour in the town centre."),
        ("purpose", "The cameras are there to deter vandalism at the parks."),
        ("operator", "The Council owns and manages the system."),
        ("retention", "Footage is wiped after 31 days."),
        ("retention", "For 30 days, after which it is recorded over."),
        ("disclosure", "Only Anyshire Police use the recordings."),
        ("disclosure", "Anyshire Police can view the pictures over a secure link."),
        ("other_systems", "Each of our bin lorries has four cameras."),
        ("other_systems", "We own five mobile cameras that can be put up where fly-tipping keeps happening."),
    ],
)
def test_criteria_told_in_plain_words(analyse_html: Callable[..., PageAnalysis], key: str, sentence: str) -> None:
    pa = analyse_html("Public space CCTV", f"<p>Anytown Council runs the town centre CCTV.</p><p>{sentence}</p>")
    assert pa.signals["cctv_info"] is True
    assert pa.criteria[key] is True, key


@pytest.mark.parametrize(
    ("key", "sentence"),
    [
        # a span of time before the cameras is no count; a year is no count
        ("cameras", "After 31 days the cameras' recordings are replaced by new ones."),
        ("cameras", "In 2019 cameras were renewed."),
        # a third party asking for recordings is not a person asking for their own images
        ("subject_access", "Insurers and solicitors can ask us for recordings after an accident."),
        ("subject_access", "Officers request recordings on the evidence form, quoting an incident number."),
        # a contact line names where to ring, not who runs the system
        ("operator", "CCTV control room (lost children and emergencies): 01632 000 845"),
    ],
)
def test_words_that_do_not_show_the_criterion(
    analyse_html: Callable[..., PageAnalysis], key: str, sentence: str
) -> None:
    pa = analyse_html("Public space CCTV", f"<p>We provide public space CCTV in Anytown.</p><p>{sentence}</p>")
    assert pa.signals["cctv_info"] is True
    assert pa.criteria[key] is False, key


def test_a_person_asking_for_their_own_images_is_still_subject_access(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Public space CCTV",
        "<p>Anytown Council runs the town centre CCTV.</p><p>If the police have your case, you can still ask us "
        "for footage of yourself.</p>",
    )
    assert pa.criteria["subject_access"] is True


def _info_page(path: str, quotes: dict[str, str]) -> PageAnalysis:
    findings = [Finding("cctv_info", "5.1", "We own cameras.", {})]
    findings += [Finding("criterion", "5.1", q, {"criterion": k}) for k, q in quotes.items()]
    return PageAnalysis(
        url=S + path,
        kind="html",
        title=path,
        signals={"cctv_info": True, "spoc": False, "certification": False, "sla": False},
        criteria={k: True for k in quotes},
        spoc=None,
        certification=None,
        sla=[],
        findings=findings,
        decoy=None,
        no_text_layer=False,
        fetched_at="2026-12-01T09:00:00Z",
    )


def test_one_sentence_naming_three_criteria_is_a_mention_not_a_disclosure() -> None:
    one = "We own five mobile cameras that we put up where fly-tipping keeps happening."
    r = assess([_info_page("/mobile-cameras", {"operator": one, "cameras": one, "other_systems": one})], "ok")
    assert r["5.1"]["status"] == "partial"
    two = {"operator": one, "cameras": one, "retention": "Recordings are kept for 28 days."}
    assert assess([_info_page("/mobile-cameras", two)], "ok")["5.1"]["status"] == "met"


def test_for_more_information_call_on_a_cctv_page_is_a_contact_point(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Asking for images",
        "<p>If you think a camera recorded you, you can make a subject access request for the images.</p>"
        "<p>For more information call the Assurance team on 01632 000 616.</p>",
        path="/cctv/asking-for-images",
    )
    assert any(f.type == "cctv_contact" for f in pa.findings)
    # the same line on a page about something else is no CCTV contact
    other = analyse_html(
        "Council tax discounts",
        "<p>You may get a discount if you live alone.</p><p>For more information call the Assurance team on "
        "01632 000 616.</p>",
        path="/council-tax/discounts",
    )
    assert not any(f.type == "cctv_contact" for f in other.findings)


def test_a_guides_parts_are_read_as_the_cctv_section(analyse_html: Callable[..., PageAnalysis]) -> None:
    """A code of practice or a CCTV service written as a web guide (GOV.UK style): every part carries the
    guide's name as its title and its own heading; a part need not say "CCTV" again."""
    asking = analyse_html(
        "Safer Anytown",
        "<h2>2. Asking for footage</h2><p>Recordings are held for 30 days and then deleted.</p><p>If you have been "
        "recorded by one of our cameras you can request a copy by making a subject access request.</p>",
        path="/community-safety/safer-anytown/2",
    )
    assert asking.signals["cctv_info"] is True
    assert asking.criteria["retention"] and asking.criteria["subject_access"]
    # "recorded by one of our cameras" is not who runs them
    assert asking.criteria["operator"] is False
    signs = analyse_html(
        "CCTV code of practice",
        "<h2>2. Signs</h2><p>Signs mark every area covered by the cameras and give a phone number.</p>",
        path="/info/cctv/code-of-practice/2",
    )
    assert signs.signals["cctv_info"] is True and signs.criteria["signage"] is True
    access = analyse_html(
        "CCTV code of practice",
        "<h2>5. Access to images</h2><p>Most requests for images come from the police.</p><p>Anyone can ask to see "
        "recordings of themselves under data protection law.</p>",
        path="/info/cctv/code-of-practice/5",
    )
    assert access.criteria["disclosure"] is True and access.criteria["subject_access"] is True
    # a page about another subject with the same headings is not a CCTV guide
    other = analyse_html(
        "Planning guide",
        "<h2>2. Asking for advice</h2><p>Our officers can give advice before you apply.</p>",
        path="/planning/guide/2",
    )
    assert other.signals["cctv_info"] is False
