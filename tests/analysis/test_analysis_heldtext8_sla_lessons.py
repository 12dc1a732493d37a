"""Police agreements as the eighth text set wrote them (passages of our own): agreed or signed under a
name of their own, reached with the force, and a force's own list of agreements with councils in
general, which is nobody's agreement with this council."""

from __future__ import annotations

import pytest

from analysis.page import analyse
from analysis.text import Document


def _sla(text: str, title: str = "CCTV") -> bool:
    doc = Document(url="https://www.northwold.gov.uk/community-safety/cctv", kind="html", title=title, text=text)
    return bool(analyse(doc).signals["sla"])


BASE = "Northwold District Council runs 64 cameras in the town centre from its Riverside control room.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Northwold District Council and Fenshire Constabulary have agreed this compact for the town's cameras.",
        "A statement of joint working signed by the council and Fenshire Constabulary in May 2025 sets out how "
        "officers ask for recordings.",
        "Under the agreement reached with Fenshire Constabulary, the force watches the council's cameras at night.",
    ],
)
def test_agreements_under_names_of_their_own(sentence: str) -> None:
    assert _sla(BASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Northwold District Council and Fenshire Constabulary have agreed the locations of two new street lights.",
        "Under the agreement reached with our maintenance contractor, faulty cameras are repaired within 48 hours.",
    ],
)
def test_the_same_forms_without_the_police_or_an_instrument_are_not(sentence: str) -> None:
    assert not _sla(BASE + sentence)


def test_a_forces_library_of_agreements_with_councils_in_general_is_not_this_councils() -> None:
    text = (
        "Information sharing agreements\n"
        "We share information with partners to prevent and detect crime.\n"
        "Our current agreements are listed below, including those with district councils covering public space "
        "CCTV.\n"
        "Fenshire Constabulary"
    )
    assert not _sla(text, title="Information sharing agreements")
