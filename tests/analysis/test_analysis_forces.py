"""The force alias table: every common form of every force resolves to the register's area."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.forces import FORCE_AREAS, OFFICIAL_NAMES, canonical_force, force_areas, official_name

REGISTER = Path(__file__).resolve().parents[2] / "crawler" / "data" / "local_authorities.csv"


def _register_forces() -> set[str]:
    with REGISTER.open(encoding="utf-8") as fh:
        return {row["police_force"] for row in csv.DictReader(fh)}


def test_table_covers_exactly_the_register_force_areas() -> None:
    assert set(FORCE_AREAS) == _register_forces()
    assert len(FORCE_AREAS) == 43


@pytest.mark.parametrize("area", sorted(_register_forces()))
def test_every_common_form_of_every_force(area: str) -> None:
    official = OFFICIAL_NAMES[area]
    core = official.replace(" Constabulary", "").replace(" Police Service", "").replace(" Police", "")
    if area == "London, City of":
        core = "City of London"
    forms = {
        area,
        official,
        official.upper(),
        f"the {official}",
        f"{core} Police",
        f"{core} Constabulary",
        f"{core} Police Service",
        f"Chief Constable of {official}",
        f"{core} Police and Crime Commissioner",
        f"{core.replace(' and ', ' & ')} Police",
    }
    for form in forms:
        assert canonical_force(form) == area, form
    assert official_name(area) == official


@pytest.mark.parametrize(
    "text, area",
    [
        ("Bedfordshire Police", "Bedfordshire"),
        ("Essex Police", "Essex"),
        ("Metropolitan Police Service", "Metropolitan Police"),
        ("the Met", "Metropolitan Police"),
        ("Met Police", "Metropolitan Police"),
        ("MPS", "Metropolitan Police"),
        ("Hampshire Constabulary", "Hampshire"),
        ("Hampshire and Isle of Wight Constabulary", "Hampshire"),
        ("Hampshire & the Isle of Wight Constabulary", "Hampshire"),
        ("Devon & Cornwall Police", "Devon & Cornwall"),
        ("Devon and Cornwall Constabulary", "Devon & Cornwall"),
        ("Dyfed Powys Police", "Dyfed-Powys"),
        ("Heddlu Dyfed-Powys", "Dyfed-Powys"),
        ("Heddlu Gogledd Cymru", "North Wales"),
        ("Heddlu De Cymru", "South Wales"),
        ("City of London Police", "London, City of"),
        ("Avon & Somerset Constabulary", "Avon and Somerset"),
        ("GMP", "Greater Manchester"),
        ("Thames Valley Police (TVP)", "Thames Valley"),
    ],
)
def test_named_forms(text: str, area: str) -> None:
    assert canonical_force(text) == area


def test_joint_forces_name_each_force_and_prefer_the_councils_own() -> None:
    assert force_areas("Norfolk and Suffolk Constabularies") == ["Norfolk", "Suffolk"]
    assert force_areas("Warwickshire Police and West Mercia Police") == ["Warwickshire", "West Mercia"]
    assert force_areas("Bedfordshire, Cambridgeshire and Hertfordshire police") == [
        "Bedfordshire",
        "Cambridgeshire",
        "Hertfordshire",
    ]
    assert canonical_force("Norfolk and Suffolk Constabularies", home="Suffolk") == "Suffolk"
    assert canonical_force("Norfolk and Suffolk Constabularies", home="Suffolk Constabulary") == "Suffolk"
    assert canonical_force("Norfolk and Suffolk Constabularies", home="Kent") == "Norfolk"


def test_names_that_are_not_a_force_area() -> None:
    assert canonical_force("British Transport Police") is None
    assert canonical_force("the police") is None
    assert canonical_force("") is None and canonical_force(None) is None
    assert force_areas("criteria met by the council") == []
    assert force_areas("Met Office weather warnings") == []
    assert official_name("Atlantis Constabulary") is None
