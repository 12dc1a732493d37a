"""Patterns webs 290-295 showed (written blind at session 44 in snapshots of 2f35185, measured once at its freeze, freeze45 =
a2e4661, then opened in the same session). The passages are written for this test (an invented council, Anytown, and
invented neighbours, posts and places), not taken from the sets.

- "the Authority's single point of contact" in the council's own policy is the council's, not a place called Authority.
- An agreement with the force on another subject listed in a policies library ("ASB-ISA-[force].pdf", "doorstep crime")
  is no camera agreement.
- A force's own strategy for public space cameras in the council's document library is not the council's information.
- "The 12-camera CCTV system installed in 2020 covers the town centre" on a council's regeneration page is its own.
- An agreement re-signed at a review, its signing lines naming people after the parties' colons, is signed.
- "The district has no town centre camera scheme of its own" denies the cameras.
- A room's name joined with "and" ("City Alarm and Emergency Centre") is still the room the cameras are watched from.
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.links import names_the_operators_room
from analysis.page import PageAnalysis, analyse
from analysis.text import Link, extract

SITE = "https://www.anytown.gov.uk"


def _page(ctx: AuthorityContext, title: str, main: str, path: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>"
    )
    return analyse(extract(html.encode(), SITE + path, "text/html"), ctx)


def _doc(ctx: AuthorityContext, text: str, path: str) -> PageAnalysis:
    return analyse(extract(text.encode(), SITE + path, "text/plain"), ctx)


def test_the_authoritys_own_spoc(ctx: AuthorityContext) -> None:
    policy = (
        "Anytown Borough Council CCTV policy\n1. Scope\nThe policy covers every overt camera system the Authority runs.\n"
        "2. Roles\nThe Head of Resilience is the Authority's single point of contact for surveillance camera systems and can be"
        " reached at cameras@anytown.gov.uk.\n"
    )
    pa = _doc(ctx, policy, "/media/cctv-policy.txt")
    assert pa.signals["spoc"] and any(f.type == "spoc" for f in pa.findings)
    # (a neighbour named in its possessive is still the neighbour's)
    other = policy.replace("the Authority's single point", "Northby's single point")
    assert not any(f.type == "spoc" for f in _doc(ctx, other, "/media/cctv-policy.txt").findings)


def test_other_subjects_agreements_in_a_policies_library(ctx: AuthorityContext) -> None:
    table = (
        "<p>Every policy, plan and agreement we publish, by service.</p><h2>Highways</h2><ul><li><a href='/files/gritting.pdf'>"
        "Winter gritting plan</a></li><li><a href='/files/bus-lanes.pdf'>Bus lane enforcement policy</a></li></ul>"
        "<h2>Council-wide</h2><table><tr><th>Document</th><th>Service</th></tr><tr><td><a href='/files/cctv-policy.pdf'>Anytown-CCTV-Policy.pdf</a>"
        "</td><td>Neighbourhoods</td></tr><tr><td><a href='/files/asb-isa.pdf'>ASB-ISA-Devon-and-Cornwall-Police.pdf</a></td>"
        "<td>Community safety</td></tr></table><h2>Trading standards</h2><ul><li><a href='/files/doorstep-isa.pdf'>Information"
        " sharing agreement: doorstep crime (with Devon and Cornwall Police)</a></li></ul>"
    )
    pa = _page(ctx, "Policies", table, "/your-council/policies")
    assert not pa.signals["sla"] and not any(f.type in ("sla", "sla_mention") for f in pa.findings)
    # (a CCTV agreement listed the same way is one)
    cctv = table.replace("ASB-ISA-Devon-and-Cornwall-Police.pdf", "CCTV-ISA-Devon-and-Cornwall-Police.pdf")
    assert _page(ctx, "Policies", cctv, "/your-council/policies").signals["sla"]


def test_a_forces_strategy_and_a_council_with_no_scheme_of_its_own(ctx: AuthorityContext) -> None:
    force = "Devon and Cornwall Police public space CCTV strategy\nDevon and Cornwall Police's strategy for public space cameras in the county.\n"
    assert not _doc(ctx, force, "/media/police-cctv-strategy.txt").signals["cctv_info"]
    none = (
        "<p>The district has no town centre camera scheme of its own. Northby City Council and Eastby District Council run a"
        " shared CCTV service for their areas; contact them about their cameras.</p>"
    )
    assert not _page(ctx, "Community safety", none, "/community-safety").signals["cctv_info"]


def test_a_regeneration_pages_camera_system(ctx: AuthorityContext) -> None:
    page = (
        "<p>This page is out of date. New lighting for the market cross is planned.</p><p>The 16-camera CCTV system installed"
        " in 2021 covers the town centre.</p>"
    )
    pa = _page(ctx, "Town centre improvements", page, "/regeneration/town-centre")
    assert pa.signals["cctv_info"] and pa.criteria["cameras"]


def test_an_agreement_re_signed_at_a_review(ctx: AuthorityContext) -> None:
    isa = (
        "Information Sharing Agreement: public space CCTV - Anytown Borough Council and Devon and Cornwall Police\n"
        "Purpose This agreement sets out how recordings from the council's public space cameras are shared with the police.\n"
        "Review record\nVersion 1.0, 2 May 2019: agreement made.\nReview 2, 20 April 2025: re-signed without change. Signed for"
        " and on behalf of Anytown Borough Council: R. Ellis, Director of Communities. Signed for and on behalf of Devon and"
        " Cornwall Police: Chief Superintendent P. Ward.\n"
    )
    found = [f for f in _doc(ctx, isa, "/downloads/file/77/cctv-isa").findings if f.type == "sla"]
    assert found and found[0].data["signed"] is True
    blank = (
        isa.replace("R. Ellis, Director of Communities", "________")
        .replace("Chief Superintendent P. Ward", "________")
        .replace("re-signed without change", "to be signed")
    )
    found = [f for f in _doc(ctx, blank, "/downloads/file/77/cctv-isa").findings if f.type == "sla"]
    assert found and found[0].data["signed"] is False


def test_a_room_named_with_and_is_the_operators_room() -> None:
    text = "The cameras are watched day and night from the Town Alarm and Response Centre, which moved in 2023."
    link = Link(SITE + "/article/12/town-alarm-and-response-centre-team", "Town Alarm and Response Centre team", "")
    assert names_the_operators_room(link, text)
    assert not names_the_operators_room(Link(SITE + "/article/13/leisure", "Riverside Leisure Centre", ""), text)


def _text(text: str) -> PageAnalysis:
    return analyse(extract(text.encode(), SITE + "/item.txt", "text/plain"), None)


def test_round_80_foi_answers_of_agreements_made_and_ended() -> None:
    made = (
        "Freedom of Information - disclosure log\nRequest\nDoes the council have a written agreement with the police about"
        " its CCTV? Please provide a copy.\nResponse\nYes. Anytown Borough Council and Devon and Cornwall Police entered into"
        " a Memorandum of Understanding for the town centre CCTV system, signed for both on 4 May 2023. A copy is attached.\n"
    )
    assert _text(made).signals["sla"]
    ended = (
        "Freedom of Information response\nQuestion 1: Does the council have a current agreement with the police about its"
        " CCTV?\nAnswer: Not at present. The information sharing agreement signed in 2017 expired in June 2023. A replacement"
        " is being negotiated with Devon and Cornwall Police and has not yet been signed.\nQuestion 2: How many cameras does"
        " the council operate?\nAnswer: 58 public space cameras in the town centre.\n"
    )
    assert not _text(ended).signals["sla"]


def test_round_80_guides_to_agreements_and_a_certificate_against_the_code() -> None:
    guide = (
        "Information sharing agreements: what to include\nAn agreement sets out why data is shared and how. It is good"
        " practice to have one when a control room regularly passes recordings to the police.\nIt should cover the purpose,"
        " the lawful basis, retention and review dates.\n"
    )
    assert not _text(guide).signals["sla"]
    briefing = (
        "Do councils need a DPIA for each camera?\nNot for each camera, but for each system. We often see assessments that"
        " describe police sharing in one line, with no mention of whether any agreement with the force exists.\n"
    )
    assert not _text(briefing).signals["sla"]
    certified = (
        "Surveillance camera policy - governance\nIndependent certification\nThe council's public space CCTV system was"
        " certified against the Code by an independent certification body in 2020 and recertified in 2023.\n"
    )
    assert _text(certified).signals["certification"]


def test_a_cctv_pages_own_agreement_link_still_heads_its_signed_agreement(ctx: AuthorityContext) -> None:
    """Guard for the library-row rule above: only another subject's row is passed over (held-back web 220's Lancaster)."""
    page = (
        "<p>Our cameras cover the city centre and are watched from the control room at the town hall.</p>"
        "<p><a href='/files/isa-scan.pdf'>Information sharing agreement with Devon and Cornwall Police (signed, scanned"
        " PDF)</a></p><p>The information sharing agreement was signed for the council by its Chief Executive on 3 May 2022 and"
        " for Devon and Cornwall Police by the Chief Superintendent on 17 May 2022.</p>"
    )
    found = [f for f in _page(ctx, "CCTV", page, "/crime-and-safety/cctv").findings if f.type == "sla"]
    assert found and found[0].data["signed"] is True
