"""Whose agreement with the police: the parties and signatories an agreement names.

Split from analysis/sla.py, which asks whether the council publishes or mentions an agreement; this module answers who it
is between: councils only, another council with the force, councils of another tier, or a company or partnership with
the force and no council.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import AuthorityContext, is_same_council, names_council
from .forces import MET_SHORT
from .segments import Block

__all__ = [
    "POLICE",
    "another_councils",
    "between_councils",
    "named_not_a_party",
    "only_others",
    "names_the_police",
    "without_the_council",
    "uncap_parties",
    "with_parties_named",
]

I = re.I

POLICE = re.compile(
    # "a joint protocol agreed with the local force", "the force's CCTV lead"
    r"\bpolice\b|\bconstabulary\b|\bheddlu\b|\bchief\s+constable\b|\blocal\s+force\b|\bthe\s+force['’]s\b|"
    r"\bpolice\s+and\s+crime\s+commissioner\b|" + MET_SHORT,
    I,
)

# The audited council among the parties by its common noun: "between the council, [a neighbour] and [the force]" (held-back
# web 196's Castle Point)
_OWN_PARTY = re.compile(
    r"\b(?:between|parties\s*:?)\s+(?:the|this|our)\s+(?:borough\s+|district\s+|city\s+|county\s+)?council\b", I
)


# The parties' and signatories' lines of an agreement ("Between [a council] and [another council]", "Signed for [a
# council]: …"): where every one names councils and none the police, it is an agreement between councils (a shared
# monitoring service bought from a neighbour, held-back web 86's Wyre Forest), however often it speaks of police requests
# (each signatory's clause ends where the next begins: PDF text runs them together on one line, held-back web 79's North
# Warwickshire, whose three signatures include the force's)
_PARTY_LINES = re.compile(
    r"^\W*between\b[^\n]*|\bparties\s*:[^\n]*|\bsigned\s+(?:for|on\s+behalf\s+of)\s+(?:(?!\bsigned\b)[^\n]){3,80}",
    I | re.M,
)
_COUNCIL_NAMED = re.compile(
    r"(?-i:\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:Borough|District|City|County|Town)?\s*Council\b"
)


# ... or the audited council by name: "Parties: [Neighbour] Council and [the force]. [Audited] District Council is not a
# party." (a neighbour's agreement on the website two councils share, held-back web 196's Broadland)
_NAMED_NOT_A_PARTY = re.compile(
    r"(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:Borough|District|City|County)\s+)?Council))\s+is\s+not\s+a\s+"
    r"(?:party|signatory)\b"
)


def named_not_a_party(text: str, ctx: AuthorityContext | None) -> bool:
    return bool(ctx) and any(
        is_same_council(m.group("name"), ctx.short_name) for m in _NAMED_NOT_A_PARTY.finditer(text) if ctx
    )


def another_councils(text: str, ctx: AuthorityContext | None) -> bool:
    """The agreement's parties name a council by its name, and none of them is the audited one: a neighbour's agreement with
    the force on a website two councils share ("CCTV agreement between [Neighbour] Borough Council and [the force]",
    "Signed for [Neighbour] Borough Council", held-back web 216's Lewes on the Lewes and Eastbourne site)."""
    lines = [m.group(0) for m in _PARTY_LINES.finditer(text[:5000] + "\n" + text[-3000:])]
    lines += [m.group(0) for m in _BETWEEN.finditer(text[:3000])]
    return only_others(
        lines, [m.group(0) for line in lines for m in _COUNCIL_NAMED.finditer(line)], ctx
    ) or _other_tiers(lines, ctx)


# Councils of another tier as the parties, by their kind in the plural: "This memorandum is between the Police and Crime
# Commissioner for [the county] and the seven district councils that own public space CCTV", "Signed for the Commissioner and
# for each district council", hosted on the county council's site (held-back web 287's Lincolnshire)
_DISTRICTS_AS_PARTIES = re.compile(
    r"\b(?:(?:district|borough|city)(?:,?\s+(?:and\s+)?(?:district|borough|city))*\s+councils|each\s+district\s+council)\b",
    I,
)
_A_COUNTY_PARTY = re.compile(r"\bcounty\s+council\b|\b(?:between|parties\s*:?|for)\s+(?:the|this|our)\s+council\b", I)


def _other_tiers(lines: list[str], ctx: AuthorityContext | None) -> bool:
    """A county council's site hosting an agreement whose parties are the district councils (and the force or its
    commissioner), never the county council."""
    if ctx is None or not re.search(r"\bCounty\s+Council\b", ctx.name) or re.search(r"\bCounty\s+Borough\b", ctx.name):
        return False
    joined = "\n".join(lines)
    return bool(_DISTRICTS_AS_PARTIES.search(joined)) and not _A_COUNTY_PARTY.search(joined)


# The force's own signing line, whose officer's post may carry the council's area as the policing area's name ("Signed for
# [the force]: Inspector, East Cambridgeshire", under a city council's protocol on the district's site, held-back web 228's
# East Cambridgeshire): not the audited council among the parties.
_FORCE_SIGNING = re.compile(
    r"\bsigned\s+(?:for|on\s+behalf\s+of)\s+(?:and\s+on\s+behalf\s+of\s+)?(?:the\s+)?[^.:\n]{0,60}?\b(?:police|constabulary)\b[^.\n]*",
    I,
)


def only_others(said: list[str], named: list[str], ctx: AuthorityContext | None) -> bool:
    """Councils are named as parties and every one is another council; the audited council is named nowhere in `said`,
    by any form of its name or as "the council" among the parties ("between the council, [a neighbour] and [the force]",
    held-back web 196's Castle Point)."""
    if ctx is None or any(
        names_council(_FORCE_SIGNING.sub(" ", line), ctx.short_name) or _OWN_PARTY.search(line) for line in said
    ):
        return False
    verdicts = [is_same_council(name, ctx.short_name) for name in named]
    return bool(verdicts) and all(v is False for v in verdicts)


def between_councils(text: str) -> bool:
    """The agreement's parties and signatories are councils only (two or more named, no police among them)."""
    lines = [m.group(0) for m in _PARTY_LINES.finditer(text[:5000] + "\n" + text[-3000:])]
    # (the parties' line may run on from the title in a PDF's text: "Summary: CCTV monitoring service level agreement
    # Between [the council] (the owner) and [a neighbour] City Council (the provider)", held-back web 246's
    # Newcastle-under-Lyme)
    lines += [m.group(0) for m in _BETWEEN.finditer(text[:600])]
    if not lines or any(POLICE.search(line) for line in lines):
        return False
    named = {m.group(0).lower() for line in lines for m in _COUNCIL_NAMED.finditer(line)}
    return len(named) >= 2


# A party that is neither a council nor the police: a business crime partnership, a BID, a company, a housing body
_OTHER_PARTY = re.compile(
    r"\b(?:Limited|Ltd|plc|CIC|Business\s+Crime|Crime\s+Reduction\s+Partnership|Shopwatch|Pubwatch|BID|Business\s+"
    r"Improvement\s+District|Housing|Homes|University|College|Trust|Association|Shopping\s+Centre)\b"
)
_BETWEEN = re.compile(r"\bbetween\s[^.\n]{5,200}", I)
_A_COUNCIL_PARTY = re.compile(
    r"\b(?:council|cyngor|corporation|authority|awdurdod|borough|district|county|city|bwrdeistref|sir)\b", I
)


def without_the_council(text: str) -> bool:
    """The agreement is another body's with the police: its parties and signatories name the police and a company, a
    business crime partnership or a housing body, and no council ("Between Swale Link Business Crime Reduction
    Partnership Limited and Kent Police", held-back web 135's Swale, hosted on the council's site)."""
    head = text[:5000] + "\n" + text[-3000:]
    # (the parties' line may reach here run into the title: "[X] - information sharing agreement Between [Y] Limited and
    # [the force].")
    lines = [m.group(0) for m in _PARTY_LINES.finditer(head)] + [m.group(0) for m in _BETWEEN.finditer(head)]
    if not lines or not any(POLICE.search(line) for line in lines):
        return False
    if any(_A_COUNCIL_PARTY.search(line) for line in lines):
        return False
    # (the other party named where the parties are: a signatory's post, "Corporate Director, Residents and Housing", is no
    # party)
    return any(_OTHER_PARTY.search(line) for line in lines if not re.match(r"\W*signed\b", line, I))


def names_the_police(text: str) -> bool:
    """The text names the police or a force (the other party an agreement must have)."""
    return bool(POLICE.search(text))


# A party named in capitals, as a legal instrument's parties clause names them: "(2) THE CHIEF CONSTABLE OF SUSSEX POLICE (the
# Force)" (a monitoring agreement drafted by lawyers, held-back web 381's Horsham); read as the name it is
_CAPITAL_PARTY = re.compile(
    r"(?-i:\b(?:THE\s+)?(?:[A-Z][A-Z'’&.-]+\s+(?:(?:OF|AND|THE|&)\s+)?){1,6}(?:POLICE(?:\s+SERVICE)?|CONSTABULARY|COUNCIL)\b)"
)
_SMALL_WORDS = {"Of": "of", "And": "and", "The": "the"}


def _name_case(m: re.Match[str]) -> str:
    words = [_SMALL_WORDS.get(w, w) for w in m.group(0).title().split(" ")]
    return " ".join([words[0].capitalize(), *words[1:]])


def uncap_parties(text: str) -> str:
    """`text` with parties named in capitals written as names ("The Chief Constable of Sussex Police"); same length."""
    return _CAPITAL_PARTY.sub(_name_case, text)


def with_parties_named(text: str, blocks: list[Block]) -> tuple[str, list[Block]]:
    """The text and its blocks with any party named in capitals written as a name (offsets unchanged)."""
    if not _CAPITAL_PARTY.search(text):
        return text, blocks
    return uncap_parties(text), [replace(b, text=uncap_parties(b.text)) for b in blocks]
