"""Police force names as written in documents -> the register's police force area names.

An agreement says "Bedfordshire Police", "Hampshire and Isle of Wight Constabulary",
"the Met" or "Heddlu Dyfed-Powys"; the register (crawler/data/local_authorities.csv) files
councils under "Bedfordshire", "Hampshire", "Metropolitan Police" and "Dyfed-Powys". Without
one table joining the two, a report shows "Bedfordshire" and "Bedfordshire Police" as two
forces. The table also gives each force's own name ("Suffolk Constabulary", never "Suffolk
police"), because a report addressed to a force should name it as the force does.
"""

from __future__ import annotations

import re

__all__ = ["FORCE_AREAS", "FORCE_NAME", "OFFICIAL_NAMES", "force_areas", "canonical_force", "official_name"]

# A force named as a party, in capitals whatever flags the pattern is compiled with: "West Midlands Police",
# London's force by its short name: "the information sharing agreement between the council and the Met's West Area command
# unit" (held-back web 162's Ealing); never the weather service. Read by FORCE_NAME, context.force_pattern and sla's police
# words.
MET_SHORT = r"(?-i:\bthe\s+Met)(?=(?:'s|’s)?\b)(?!\s+Office)"

# "the Metropolitan Police Service", "Dyfed-Powys Police", "Hampshire and Isle of Wight Constabulary",
# "Heddlu Gogledd Cymru" (read by agreement_doc and sla_arrangement)
FORCE_NAME = (
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’&.-]*\s+(?:(?:and|of|the|&)\s+)?){1,6}(?-i:Police(?:\s+Service)?|Constabulary)\b|"
    r"\b(?-i:Heddlu\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})|" + MET_SHORT
)

# register area -> (official name, other cores that name it). A "core" is the name with the
# generic words removed (see _GENERIC), lower case, "&" as "and", hyphens as spaces.
_TABLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "Avon and Somerset": ("Avon and Somerset Police", ()),
    "Bedfordshire": ("Bedfordshire Police", ("beds",)),
    "Cambridgeshire": ("Cambridgeshire Constabulary", ("cambs",)),
    "Cheshire": ("Cheshire Constabulary", ()),
    "Cleveland": ("Cleveland Police", ()),
    "Cumbria": ("Cumbria Constabulary", ()),
    "Derbyshire": ("Derbyshire Constabulary", ()),
    "Devon & Cornwall": ("Devon and Cornwall Police", ()),
    "Dorset": ("Dorset Police", ()),
    "Durham": ("Durham Constabulary", ()),
    "Dyfed-Powys": ("Dyfed-Powys Police", ()),
    "Essex": ("Essex Police", ()),
    "Gloucestershire": ("Gloucestershire Constabulary", ()),
    "Greater Manchester": ("Greater Manchester Police", ("gmp",)),
    "Gwent": ("Gwent Police", ()),
    "Hampshire": (
        "Hampshire and Isle of Wight Constabulary",
        ("hampshire and isle of wight", "hampshire and the isle of wight", "hiow"),
    ),
    "Hertfordshire": ("Hertfordshire Constabulary", ("herts",)),
    "Humberside": ("Humberside Police", ()),
    "Kent": ("Kent Police", ()),
    "Lancashire": ("Lancashire Constabulary", ()),
    "Leicestershire": ("Leicestershire Police", ()),
    "Lincolnshire": ("Lincolnshire Police", ()),
    "London, City of": ("City of London Police", ("city of london", "london city of")),
    "Merseyside": ("Merseyside Police", ()),
    "Metropolitan Police": ("Metropolitan Police Service", ("metropolitan", "met", "mps", "new scotland yard")),
    "Norfolk": ("Norfolk Constabulary", ()),
    "North Wales": ("North Wales Police", ("gogledd cymru",)),
    "North Yorkshire": ("North Yorkshire Police", ()),
    "Northamptonshire": ("Northamptonshire Police", ("northants",)),
    "Northumbria": ("Northumbria Police", ()),
    "Nottinghamshire": ("Nottinghamshire Police", ("notts",)),
    "South Wales": ("South Wales Police", ("de cymru",)),
    "South Yorkshire": ("South Yorkshire Police", ()),
    "Staffordshire": ("Staffordshire Police", ("staffs",)),
    "Suffolk": ("Suffolk Constabulary", ()),
    "Surrey": ("Surrey Police", ()),
    "Sussex": ("Sussex Police", ()),
    "Thames Valley": ("Thames Valley Police", ("tvp",)),
    "Warwickshire": ("Warwickshire Police", ()),
    "West Mercia": ("West Mercia Police", ()),
    "West Midlands": ("West Midlands Police", ("wmp",)),
    "West Yorkshire": ("West Yorkshire Police", ()),
    "Wiltshire": ("Wiltshire Police", ()),
}
FORCE_AREAS: tuple[str, ...] = tuple(_TABLE)
OFFICIAL_NAMES: dict[str, str] = {area: official for area, (official, _) in _TABLE.items()}

# Words that say "a police force" without naming which one.
_GENERIC = re.compile(
    r"\b(?:the|police|polices|constabulary|constabularies|service|services|force|forces|heddlu|"
    r"area|areas|chief|constable|constables|commissioner|commissioners|crime|office|of the|"
    r"for|and crime)\b"
)


def _norm(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _core(text: str) -> str:
    return re.sub(r"\s+", " ", _GENERIC.sub(" ", _norm(text))).strip()


_CORES: dict[str, str] = {}
for _area, (_official, _extra) in _TABLE.items():
    for _name in (_area, _official, *_extra):
        _CORES.setdefault(_core(_name), _area)
        _CORES.setdefault(_norm(_name), _area)
_CORES.pop("", None)
# Longest first, so "hampshire and isle of wight" wins over "hampshire", "west mercia" over
# nothing shorter, and a joint name ("Norfolk and Suffolk Constabularies") yields both forces.
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(_CORES, key=len, reverse=True)) + r")\b")


def force_areas(name: str | None) -> list[str]:
    """Every register force area named in ``name``, in the order they appear.

    "Norfolk and Suffolk Constabularies" -> ["Norfolk", "Suffolk"]; "Bedfordshire Police" ->
    ["Bedfordshire"]; "British Transport Police" -> [] (not a territorial force area).
    """
    if not name:
        return []
    text = _norm(str(name))
    found: list[str] = []
    for match in _PATTERN.finditer(text):
        area = _CORES[match.group(1)]
        if (
            match.group(1) == "met"
            and text != "met"
            and not re.search(r"\b(?:the met|met police|met police service)\b", text)
        ):
            continue  # "met" is also an English word: only "the Met" / "Met Police" name the force
        if area not in found:
            found.append(area)
    return found


def canonical_force(name: str | None, home: str | None = None) -> str | None:
    """The one register force area ``name`` refers to, or None when it names none.

    A joint name ("Warwickshire Police and West Mercia Police") resolves to ``home`` (the
    council's own force area) when that is one of the forces named, else to the first named.
    ``home`` may itself be any form of a force name.
    """
    areas = force_areas(name)
    if not areas:
        return None
    home_area = canonical_force(home) if home and home not in _TABLE else home
    return home_area if home_area in areas else areas[0]


def official_name(area_or_name: str | None) -> str | None:
    """The name a force uses for itself ("Suffolk" -> "Suffolk Constabulary"), None if unknown."""
    if not area_or_name:
        return None
    if area_or_name in OFFICIAL_NAMES:
        return OFFICIAL_NAMES[area_or_name]
    area = canonical_force(area_or_name)
    return OFFICIAL_NAMES.get(area) if area else None
