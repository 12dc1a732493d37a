"""Patterns real-text round 17 showed (written blind in session 19, measured once at 44ec594, then looked into). The
passages are written for this test (invented places, bodies and people).

- a business's or a charity's premises and vehicles in its own voice (stations it manages, a bus fleet, hotels, student
  residences, a store, a zoo, a club, a care home), an event organiser's plan, a national roads body, river cameras;
- research, an ombudsman's decision, a letter to the editor, a general account, a conference programme, a regulator's
  second-person advice; a job advert by its terms wherever it is filed; a market engagement notice;
- "in discussions with [the force] about … an agreement"; "both forces … under a written protocol"; the police's own
  single points of contact; a letter signed by the council's SPOC; a named council's cameras as a camera term.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis

_CARE = "Recordings are kept for 30 days and may be shared with the police."


def test_others_premises_and_vehicles_in_their_own_voice(analyse_text: Callable[..., PageAnalysis]) -> None:
    texts = [
        f"CCTV at our stations\n\nCameras cover platforms and car parks at the stations we manage. {_CARE}",
        f"CCTV on our buses\n\nEvery bus in our Northshire fleet has eight cameras inside and out. {_CARE}",
        f"5. CCTV at our hotels\n\nWe use CCTV in the public areas of our hotels to keep guests safe. {_CARE}",
        f"CCTV in our residences\n\nOur student residences have cameras at entrances and bike stores. {_CARE}",
        f"Cameras in this store\n\nThis store uses cameras at the entrance to protect staff. {_CARE}",
        f"Club CCTV policy\n\nThe club operates cameras covering the clubhouse and car park. {_CARE}",
        f"CCTV in communal areas\n\nThere are no cameras in bedrooms or bathrooms of the home. {_CARE}",
        f"Event plan: security\n\nThe site is covered by 12 temporary cameras. This plan was prepared by the event organiser."
        f" {_CARE}",
    ]
    for text in texts:
        pa = analyse_text(text)
        assert not pa.signals["cctv_info"], text[:40]


def test_research_decisions_letters_accounts_programmes_and_advice(analyse_text: Callable[..., PageAnalysis]) -> None:
    texts = [
        "Abstract\n\nThis study examines whether public space CCTV reduced crime in nine town centres; effects were larger"
        " where cameras were watched live.",
        "Anytown Borough Council (25 001 001) - Final decision\n\nMr X complained that the Council did not answer his"
        " request for CCTV footage before it was overwritten after 31 days. We find fault in the delay.",
        "Letters: Who watches the cameras?\n\nSir - The council plans to stop staffing its CCTV control room at night."
        " Cameras nobody watches are ornaments.\n\nName and address supplied, Anytown",
        "CCTV in Britain\n\nCCTV grew rapidly in the United Kingdom during the 1990s. Systems are run by local authorities,"
        " police forces, transport operators and businesses.",
        "Conference 2026 - programme\n\n09:30 Panel: agreeing a CCTV service level agreement with the police\n11:00"
        " Workshop: single points of contact for surveillance cameras",
        "Surveillance - what to consider\n\nYou must be able to justify why you need CCTV. Consider whether a less"
        " intrusive measure would do. Tell people how to contact you about the recordings.",
    ]
    for text in texts:
        pa = analyse_text(text)
        assert not pa.signals["cctv_info"] and not pa.signals["sla"] and not pa.signals["spoc"], text[:40]


def test_an_advert_by_its_terms_and_a_market_engagement_notice(analyse_text: Callable[..., PageAnalysis]) -> None:
    advert = analyse_text(
        "Apprentice CCTV Operator (Level 2)\n\nSalary: £20,100 a year. Contract: 12 months fixed term.\n\nYou will watch"
        " public space cameras and log incidents for the council's control room. Closing date: 14 March. Interviews in"
        " the week of 24 March.",
    )
    assert advert.decoy == "job advert" and not advert.signals["cctv_info"]
    notice = analyse_text(
        "Preliminary market engagement notice\n\nBuyer: Westby Borough Council\nTitle: CCTV control room replacement\n"
        "The authority intends to procure a new control room for its 200 public space cameras. Estimated value £1.2m.",
    )
    assert not notice.signals["cctv_info"] and not notice.signals["sla"]


def test_agreements_in_discussion_both_forces_and_police_spocs(analyse_text: Callable[..., PageAnalysis]) -> None:
    talks = analyse_text(
        "Working with the police\n\nOur CCTV control room operators speak to the police by radio. We are in discussions"
        " with Devon & Cornwall Police about putting these arrangements into a written data sharing agreement. Until that"
        " is in place, each request is made on our evidence form.",
    )
    assert not talks.signals["sla"]
    both = analyse_text(
        "Station forecourt cameras\n\nAnytown Borough Council owns six CCTV cameras at the station forecourt, watched from"
        " our control room. British Transport Police as well as Devon & Cornwall Police ask us for recordings. Both forces"
        " receive footage under a written protocol signed with the council.",
    )
    assert both.signals["sla"]
    police = analyse_text(
        "How the police get footage\n\nOfficers ask our CCTV control room for recordings. Devon & Cornwall Police has a"
        " CCTV single point of contact at each of its stations, who collects the finished copy from us.",
    )
    assert not police.signals["spoc"]


def test_a_letter_signed_by_the_spoc_and_a_named_councils_cameras(analyse_text: Callable[..., PageAnalysis]) -> None:
    letter = analyse_text(
        "Annwyl Mr Lloyd,\n\nDiolch am eich llythyr am y camera teledu cylch cyfyng newydd ar Stryd Fawr. Camera'r Cyngor"
        " yw hwn; cedwir y recordiadau am 28 diwrnod.\n\nYn gywir,\nMair Evans\nPwynt Cyswllt Unigol Camerâu"
        " Gwyliadwriaeth, Cyngor Bwrdeistref Anytown",
    )
    assert letter.signals["spoc"] and letter.spoc and letter.spoc.get("name") == "Mair Evans"
    named = analyse_text(
        "Police requests\n\nWhen an officer needs a recording from one of Anytown Borough Council's cameras in the town"
        " centre, they fill in an evidence request and send it to our control room.",
    )
    assert named.signals["cctv_info"]
