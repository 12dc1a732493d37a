"""Welsh wording of a council speaking of its own cameras, kept apart from `vocab` (long already).

A Welsh council page or news release names the council as the subject of a sentence about its
cameras: "Mae Cyngor Sir X yn ystyried gosod camerâu teledu cylch cyfyng" (the council is considering
installing CCTV cameras), "Mae Cyngor X a Heddlu Y wedi llofnodi cytundeb ... ar gyfer delweddau teledu
cylch cyfyng" (the council and the police have signed an agreement for CCTV images). The English
"the council is considering installing cameras" and "between the council and X Police" are own cues
already; these are their Welsh forms, where the council's name comes before the verb.
"""

from __future__ import annotations

__all__ = ["COUNCIL_ACTS_CY", "CONTROL_ROOM_CY"]

# "Mae Cyngor <name> (a Heddlu <force>) yn/wedi <verb> ... teledu cylch cyfyng / camerâu / TCC", in one sentence
COUNCIL_ACTS_CY = (
    r"\bmae\s+cyngor\s+[^.\n]{0,60}?\b(?:yn|wedi)\b[^.\n]{0,120}?"
    r"(?:\b(?:t|d|th|nh)eledu\s+cylch\s+(?:cyfyng|cae[eë]dig)\b|(?-i:\bTCC\b)|\b(?:c|g|ch|ngh)amer(?:a|âu|au)\b)|"
    # the council's system in the possessive, or what the council has: "Mae prif system TCC Cyngor [X] yn cynnwys 58 o
    # gamerâu" (the council's main CCTV system includes 58 cameras), "Mae gan y Cyngor 58 o gamerâu" (a city's Welsh page
    # listing its cameras' places, real-text round 110)
    r"\bsystem\s+(?:(?:t|d|th)eledu\s+cylch\s+cyfyng|(?-i:TCC))\s+(?:y\s+cyngor|cyngor\s+[\w'’-]+)\b|"
    r"\bmae\s+gan\s+(?:y\s+cyngor|gyngor\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:\d+\s+o\s+|tua\s+\d+\s+o\s+)?(?:g|ch|c)amer(?:a|âu|au)\b"
)

# On a Welsh CCTV page a paragraph's subject may be the control room or its operators, not the cameras:
# "ystafell reoli" (control room), "gweithredwyr" (operators)
CONTROL_ROOM_CY = r"\bystafell\s+(?:reoli|fonitro)\b|\bcanolfan\s+(?:r|rh)eoli\b|\bweithredwyr\b|\bgweithredwyr\b"
