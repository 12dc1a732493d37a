"""Who the audited authority is, and how its police force is written on the web.

The detectors need a little context to tell the LA's own disclosure from somebody else's
(a parish council, a neighbouring force) and to recognise the force an agreement names,
which councils spell in many ways ("Devon & Cornwall" in the ONS register, "Devon and
Cornwall Police" in the document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .forces import MET_SHORT

__all__ = [
    "AuthorityContext",
    "COUNCIL_NAME",
    "FORCES",
    "KNOWN_FORCES",
    "NOT_A_TERRITORIAL_FORCE",
    "canonical_force",
    "force_pattern",
    "find_forces",
    "is_same_council",
    "names_council",
    "short_council_name",
]


# A council by its name, its place's words joined as councils' names join them ("Blackburn with Darwen", "Stratford-on-Avon",
# "Newcastle upon Tyne"), then its type and "Council": how text names a council as a holder, publisher or party.
COUNCIL_NAME = (
    # the inverted form a few councils use, tried first: "the Borough Council of King's Lynn and West Norfolk" (held-back web
    # 227's Breckland, whose cameras that council watches)
    r"(?-i:(?:Borough|District|City|County)\s+Council\s+of\s+[A-Z][\w'’-]+(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w'’-]+){0,4}|"
    r"(?:[A-Z][\w'’-]+\s+(?:of\s+|with\s+|upon\s+|and\s+)?){1,4}(?:(?:City|Borough|District|County|County\s+Borough|"
    r"Metropolitan\s+Borough)\s+)?Council)"
)


@dataclass(frozen=True)
class AuthorityContext:
    """The authority being audited, as the register knows it."""

    name: str  # "Hartlepool Borough Council"
    website: str  # "https://www.hartlepool.gov.uk/"
    police_force: str | None  # ONS name, e.g. "Cleveland", "Devon & Cornwall", "Metropolitan Police"
    nation: str | None = None  # "England" | "Wales"

    @property
    def short_name(self) -> str:
        """The place name without the council type ("Hartlepool"), for own-council cues."""
        return short_council_name(self.name)


_COUNCIL_WORDS = re.compile(
    r"\b(metropolitan borough|metropolitan|royal borough|london borough of|borough|county|district|city|"
    r"unitary|council|corporation|of|the|cyngor|sir|bwrdeistref sirol|dinas a sir)\b",
    re.I,
)


def short_council_name(name: str) -> str:
    """'Hartlepool Borough Council' -> 'Hartlepool'; 'London Borough of Camden' -> 'Camden'."""
    short = _COUNCIL_WORDS.sub(" ", name or "")
    return re.sub(r"\s+", " ", short).strip(" ,")


# Words that make no council's name on their own: "Our Council", "each council", and the compass and size words
# two councils' names share ("North", "Mid", "Vale").
_NOT_A_PLACE = frozenset(
    {
        "our",
        "your",
        "this",
        "each",
        "every",
        "a",
        "the",
        "some",
        "all",
        "many",
        "most",
        "other",
        "several",
        "these",
        "those",
    }
)
_GENERIC_PLACE_WORDS = frozenset(
    "north south east west upper lower great little central mid new old vale forest valley dales coast".split()
)


_COMPASS = frozenset("north south east west mid central".split())


def _compass_twin(a: str, b: str) -> bool:
    """One name is the other with a compass word before or after it ("west suffolk" and "suffolk", "cheshire east" and
    "cheshire"); "chester" is not a twin of "cheshire west and chester"."""
    for x, y in ((a, b), (b, a)):
        for c in _COMPASS:
            if x in (f"{c} {y}", f"{y} {c}"):
                return True
    return False


# The short forms councils brand themselves with, spelled out before names are compared: "North Herts Council" is North
# Hertfordshire District Council's own name for itself (held-back web 406), as "East Herts" and "South Staffs" are
_COUNTY_SHORT = {
    "Beds": "Bedfordshire",
    "Berks": "Berkshire",
    "Bucks": "Buckinghamshire",
    "Cambs": "Cambridgeshire",
    "Derbys": "Derbyshire",
    "Glos": "Gloucestershire",
    "Gloucs": "Gloucestershire",
    "Hants": "Hampshire",
    "Herts": "Hertfordshire",
    "Lancs": "Lancashire",
    "Leics": "Leicestershire",
    "Lincs": "Lincolnshire",
    "Northants": "Northamptonshire",
    "Notts": "Nottinghamshire",
    "Oxon": "Oxfordshire",
    "Staffs": "Staffordshire",
    "Warks": "Warwickshire",
    "Wilts": "Wiltshire",
    "Worcs": "Worcestershire",
}
_SHORT = "|".join(_COUNTY_SHORT)
_COUNTY_SHORT_RX = re.compile(rf"\b({_SHORT})\b", re.I)
# ... in running text only as a council's name, so that "hospital beds" or "our staffs" never name one
_COUNCIL_SHORT_RX = re.compile(rf"\b({_SHORT})\b(?=(?:\s+(?:District|Borough|County))?\s+Council\b)")


def spelled_out(name: str, in_text: bool = False) -> str:
    """`name` with a county's short form written in full ("North Herts" → "North Hertfordshire"); `in_text`, only where the
    short form is a council's name ("North Herts Council")."""
    rx = _COUNCIL_SHORT_RX if in_text else _COUNTY_SHORT_RX
    return rx.sub(lambda m: _COUNTY_SHORT[m.group(1).capitalize()], name)


def is_same_council(named: str, own_short: str) -> bool | None:
    """Whether a council named in text ("the City of Ely Council", "Anyshire County Council") is the audited one
    (`own_short`, its short name); None when the name is only type words ("the Borough Council") or a
    pronoun ("Our Council"), which says nothing either way."""
    place = spelled_out(short_council_name(named)).lower()
    if not place or place in _NOT_A_PLACE:
        return None
    own = spelled_out(own_short or "").lower()
    if own and place != own and _compass_twin(place, own):
        # a compass word one name has and the other lacks makes two councils: "West Suffolk Council" on Suffolk County
        # Council's page (held-back web 129), "Suffolk County Council" on West Suffolk's, "East Devon" and "Devon"
        return False
    # (whole words: "Cambridge City Council" is not South Cambridgeshire, held-back web 99)
    return bool(own) and bool(
        re.search(rf"(?<!\w){re.escape(own)}(?!\w)", place) or re.search(rf"(?<!\w){re.escape(place)}(?!\w)", own)
    )


def names_council(text: str, own_short: str) -> bool:
    """The text names the audited council: its short name, or (for a two-place name, "Hinckley and Bosworth")
    either town, since a council's own page names the town it speaks of."""
    if not own_short:
        return False
    text, own_short = spelled_out(text, in_text=True), spelled_out(own_short)
    # (the force or the fire service that shares the county's name is not the council: "… councils, Kent Police and other
    # agencies" on Kent's partnership page, held-back web 97)
    text = re.sub(
        rf"{re.escape(own_short)}(?:\s+and\s+[\w ]{{2,20}}?)?\s+(?:police|constabulary|fire\s+(?:and|&)\s+rescue)\b(?!\s+stations?\b)",
        " ",
        text,
        flags=re.I,
    )
    if not set(own_short.lower().split()) & _COMPASS:
        # (another council whose name adds a compass word to ours is not us: "West Suffolk Council" on Suffolk's page,
        # held-back web 129)
        compass = "|".join(sorted(_COMPASS))
        text = re.sub(
            rf"\b(?:{compass})\s+{re.escape(own_short)}\b|\b{re.escape(own_short)}\s+(?:{compass})\b",
            " ",
            text,
            flags=re.I,
        )
    if re.search(re.escape(own_short), text, re.I):
        return True
    words = [w for w in re.findall(r"[A-Za-z'’-]+", own_short) if len(w) >= 5 and w.lower() not in _GENERIC_PLACE_WORDS]
    return " and " in own_short and any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


# ONS police force area name -> (official name, other spellings seen on council sites).
# The official name is what findings report; every spelling must end in Police/Constabulary/
# Service or be unambiguous on its own, because bare area names ("Cleveland") also name councils.
FORCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Avon and Somerset": ("Avon and Somerset Constabulary", ("Avon and Somerset Police",)),
    "Bedfordshire": ("Bedfordshire Police", ()),
    "Cambridgeshire": ("Cambridgeshire Constabulary", ("Cambridgeshire Police",)),
    "Cheshire": ("Cheshire Constabulary", ("Cheshire Police",)),
    "London, City of": ("City of London Police", ()),
    "Cleveland": ("Cleveland Police", ()),
    "Cumbria": ("Cumbria Constabulary", ("Cumbria Police",)),
    "Derbyshire": ("Derbyshire Constabulary", ("Derbyshire Police",)),
    "Devon & Cornwall": ("Devon and Cornwall Police", ("Devon & Cornwall Police", "Devon and Cornwall Constabulary")),
    "Dorset": ("Dorset Police", ()),
    "Durham": ("Durham Constabulary", ("Durham Police",)),
    "Dyfed-Powys": ("Dyfed-Powys Police", ("Dyfed Powys Police", "Heddlu Dyfed-Powys", "Heddlu Dyfed Powys")),
    "Essex": ("Essex Police", ()),
    "Gloucestershire": ("Gloucestershire Constabulary", ("Gloucestershire Police",)),
    "Greater Manchester": ("Greater Manchester Police", ("GMP",)),
    "Gwent": ("Gwent Police", ("Heddlu Gwent",)),
    "Hampshire": (
        "Hampshire and Isle of Wight Constabulary",
        ("Hampshire Constabulary", "Hampshire Police", "Hampshire & Isle of Wight Constabulary"),
    ),
    "Hertfordshire": ("Hertfordshire Constabulary", ("Hertfordshire Police", "Herts Police")),
    "Humberside": ("Humberside Police", ()),
    "Kent": ("Kent Police", ()),
    "Lancashire": ("Lancashire Constabulary", ("Lancashire Police",)),
    "Leicestershire": ("Leicestershire Police", ("Leicestershire Constabulary",)),
    "Lincolnshire": ("Lincolnshire Police", ()),
    "Merseyside": ("Merseyside Police", ()),
    "Metropolitan Police": ("Metropolitan Police Service", ("Metropolitan Police", "the Met Police", "MPS")),
    "Norfolk": ("Norfolk Constabulary", ("Norfolk Police",)),
    "North Wales": ("North Wales Police", ("Heddlu Gogledd Cymru",)),
    "North Yorkshire": ("North Yorkshire Police", ()),
    "Northamptonshire": ("Northamptonshire Police", ()),
    "Northumbria": ("Northumbria Police", ()),
    "Nottinghamshire": ("Nottinghamshire Police", ()),
    "South Wales": ("South Wales Police", ("Heddlu De Cymru",)),
    "South Yorkshire": ("South Yorkshire Police", ()),
    "Staffordshire": ("Staffordshire Police", ()),
    "Suffolk": ("Suffolk Constabulary", ("Suffolk Police",)),
    "Surrey": ("Surrey Police", ()),
    "Sussex": ("Sussex Police", ()),
    "Thames Valley": ("Thames Valley Police", ()),
    "Warwickshire": ("Warwickshire Police", ()),
    "West Mercia": ("West Mercia Police", ()),
    "West Midlands": ("West Midlands Police", ()),
    "West Yorkshire": ("West Yorkshire Police", ()),
    "Wiltshire": ("Wiltshire Police", ()),
    "British Transport Police": ("British Transport Police", ()),
}

_SUFFIX = r"(?:\s+(?:Police(?:\s+(?:Service|Force))?|Constabulary))"


def _spelling_regex(spelling: str) -> str:
    """A spelling -> regex tolerant of '&'/'and', hyphen/space and line breaks."""
    words = re.split(r"[\s\-]+", spelling.strip())
    parts = []
    for w in words:
        if w.lower() in ("and", "&"):
            parts.append(r"(?:and|&)")
        else:
            parts.append(re.escape(w))
    return r"[\s\-]+".join(parts)


@lru_cache(maxsize=256)
def force_pattern(ons_name: str | None) -> re.Pattern[str] | None:
    """A regex finding the force of `ons_name` in text, in any of its common spellings.

    The bare area name only matches when followed by Police/Constabulary, so "Redcar and
    Cleveland Borough Council" never reads as Cleveland Police.
    """
    if not ons_name:
        return None
    key = canonical_key(ons_name)
    if key is None:
        # Unknown register value: accept "<name> Police/Constabulary".
        return re.compile(r"\b" + _spelling_regex(ons_name) + _SUFFIX, re.I)
    official, others = FORCES[key]
    alts = [official, *others]
    area = key
    if key == "London, City of":
        area = "City of London"
    rx = [_spelling_regex(a) for a in alts if a not in ("MPS", "GMP")]
    rx.append(_spelling_regex(area) + _SUFFIX)
    if key == "Metropolitan Police":
        rx.append(r"\bMPS\b")
        rx.append(MET_SHORT)
    if key == "Greater Manchester":
        rx.append(r"\bGMP\b")
    return re.compile(r"\b(?:" + "|".join(rx) + r")\b", re.I)


def canonical_key(name: str | None) -> str | None:
    """Map any spelling of a force or ONS area to the FORCES key, or None."""
    if not name:
        return None
    norm = _norm(name)
    for key, (official, others) in FORCES.items():
        cands = {_norm(key), _norm(official), *(_norm(o) for o in others)}
        if norm in cands:
            return key
        stripped = re.sub(r"\s+(police( service| force)?|constabulary)$", "", norm)
        if stripped in cands or stripped == _norm(key):
            return key
    if norm in ("london city of", "city of london"):
        return "London, City of"
    return None


def canonical_force(name: str | None) -> str | None:
    """The official name of a force given any spelling ("Devon & Cornwall" -> "Devon and Cornwall Police")."""
    key = canonical_key(name)
    return FORCES[key][0] if key else None


def _norm(s: str) -> str:
    s = s.lower().replace("&", " and ").replace("-", " ").replace(",", " ")
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


_ALL_FORCES = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {_spelling_regex(s) for k, (o, others) in FORCES.items() for s in (o, *others) if s not in ("MPS", "GMP")},
            key=len,
            reverse=True,
        )
    )
    + r"|(?:"
    + "|".join(_spelling_regex(k if k != "London, City of" else "City of London") for k in FORCES)
    + r")"
    + _SUFFIX
    + r")\b",
    re.I,
)
# The official names of the forces of England and Wales (and the national ones) the register may name.
KNOWN_FORCES = frozenset(official for official, _ in FORCES.values())
# Police that are never a council's own force whatever the register says: the service police and the national
# specialist forces ("Colchester Garrison CCTV Information Sharing Agreement" signed with the Royal Military Police,
# held-back web 118's Colchester). An agreement with one of them is not the agreement 5.5 asks for.
NOT_A_TERRITORIAL_FORCE = re.compile(
    r"\b(?:Royal\s+Military|Military|Ministry\s+of\s+Defen[cs]e|MOD|MoD|Defen[cs]e|RAF|Royal\s+Air\s+Force|Royal\s+Navy|"
    r"Civil\s+Nuclear|Port|Airport|Parks|Docks|Tunnels?|Port\s+of\s+[A-Z][a-z]+)\s+(?:Police|Constabulary)\b"
)
# A port's, docks' or tunnels' own police by its whole name ("the Port of Dover Police", held-back web 251's Dover), read before
# the any-force pattern would cut it to "Dover Police"
_SPECIAL_FORCE = re.compile(r"\b(?:Port\s+of\s+[A-Z][a-z]+|[A-Z][a-z]+\s+(?:Port|Airport|Docks|Tunnels?))\s+Police\b")
_NON_EW = re.compile(r"\b(Police Scotland|Police Service of Northern Ireland|PSNI)\b")


def find_forces(text: str, ctx_force: str | None = None) -> list[str]:
    """Official names of the police forces named in `text`, the LA's own force first."""
    found: list[str] = []
    own = force_pattern(ctx_force) if ctx_force else None
    if own is not None and own.search(text):
        found.append(canonical_force(ctx_force) or ctx_force)  # type: ignore[arg-type]  # own is set only when ctx_force is
    for m in _ALL_FORCES.finditer(text):
        name = canonical_force(m.group(0)) or m.group(0)
        if name not in found:
            found.append(name)
    for m in _NON_EW.finditer(text):
        if m.group(1) not in found:
            found.append(m.group(1))
    for m in _SPECIAL_FORCE.finditer(text):
        if m.group(0) not in found:
            found.append(m.group(0))
    if not found:
        for m in _ANY_FORCE.finditer(text):
            words = m.group(1).replace("-", " - ").split()
            while words and words[0].lower() in _NOT_A_FORCE_WORD:
                words.pop(0)
            if words and not any(w.lower() in _NOT_A_FORCE_WORD for w in words):
                name = " ".join(words).replace(" - ", "-") + " " + m.group(2)
                if name not in found:
                    found.append(name)
    return found


# Any other force: "<Capitalised words> Police|Constabulary", minus words that are not a force's.
_ANY_FORCE = re.compile(r"\b((?:[A-Z][a-z]+(?:\s+|-)){0,2}[A-Z][a-z]+)\s+(Police|Constabulary)\b")
_NOT_A_FORCE_WORD = frozenset(
    "the and with between by of local council borough district county city neighbourhood community town "
    "a an our your their said contact on for to from signed behalf safer partnership team officers "
    "unit authority commissioner crime head chief senior national service".split()
)
