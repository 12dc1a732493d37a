"""Reading lessons of held-back webs 296-301 and real-text round 82 (written blind at session 45 in snapshots of fa14124,
measured once at freeze46 = b02d0e6, then opened). The passages are written for this test (an invented council, Anytown,
and invented places and people), not taken from the sets.

- A footage mailbox "so our operator can find the recording" is a camera contact (web 296).
- Signing lines whose dotted leaders are filled with a name, a post and a date are signed (web 298).
- "The town centre cameras belong to and are monitored by [the force]" denies the council's cameras (web 298); so does the
  Welsh "Yr heddlu, nid y cynghorau sir, fydd yn berchen ar y system" (round 82).
- A leisure centre another company operates, its CCTV "managed by the operator", is not the council's information
  (web 300).
- A title "CCTV and [the force]" is the council's subject and partner, not the force's signature (round 82).
- A Welsh protocol described before its parties ("protocol ysgrifenedig … rhwng y Cyngor a Heddlu …") is an agreement
  spoken of (round 82).
- A resolution to "confirm [a post] as the Council's Senior Responsible Officer for surveillance camera systems" designates
  it (round 82).
- A bulletin "Sent on behalf of the Police and Crime Commissioner" offering local councils camera grants is the
  commissioner's (round 82).
- Search pages: the engine's stated total, and its pages tab when its documents tab counts none (web 297).
"""

from __future__ import annotations

from analysis.agreement_signature import signature
from analysis.context import AuthorityContext
from analysis.info_denials import without_denials
from analysis.page import PageAnalysis, analyse
from analysis.search_results import documents_facet, one_more_page, stated_total
from analysis.text import Link, extract

SITE = "https://www.anytown.gov.uk"


def _page(ctx: AuthorityContext, title: str, main: str, path: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>"
    )
    return analyse(extract(html.encode(), SITE + path, "text/html"), ctx)


def _text(body: str) -> PageAnalysis:
    return analyse(extract(body.encode(), "file:///tmp/item.txt", "text/plain"))


def test_a_footage_mailbox_for_the_operator_to_find_the_recording(ctx: AuthorityContext) -> None:
    main = (
        "<p>We run cameras in several car parks and on the streets of Anytown. They only cover public places.</p>"
        "<h2>Footage</h2><p>When a crime is reported, the police look at any footage.</p>"
        "<p>Most of our car parks hold the Safer Parking Award. If something happens in one, email safety@anytown.gov.uk"
        " with the place, date, time and vehicle details so our operator can find the recording.</p>"
    )
    pa = _page(ctx, "CCTV", main, "/cctv")
    assert any(f.type == "cctv_contact" and f.data.get("email") == "safety@anytown.gov.uk" for f in pa.findings)


def test_dotted_leaders_filled_with_a_name_and_date_are_signed() -> None:
    lines = (
        "PROTOCOL FOR RELEASING RECORDINGS\n1. Recordings are kept for 31 days.\n"
        "Signed for Anytown Borough Council ...... R. Pike, Head of Community Safety, 4 March 2024\n"
        "Signed for Devon and Cornwall Police ........ Superintendent A. Rowe, 11 March 2024\n"
    )
    assert signature(lines)[0] is True
    blank = "Signed for Anytown Borough Council ...................... Date ............\n"
    assert signature(blank)[0] is False


def test_the_forces_cameras_by_belong_to_and_are_monitored_by(ctx: AuthorityContext) -> None:
    main = (
        "<p>The town centre cameras in Northby and Southby belong to and are monitored by Devon and Cornwall Police. Ask"
        " the police for any footage; the council does not hold it.</p>"
    )
    assert not _page(ctx, "Community safety", main, "/community-safety").signals["cctv_info"]
    own = main.replace("belong to and are monitored by Devon and Cornwall Police", "belong to the council")
    assert _page(ctx, "Community safety", own, "/community-safety").signals["cctv_info"]


def test_welsh_the_police_will_own_the_system() -> None:
    sentence = "Yr heddlu, nid y cynghorau sir, fydd yn berchen ar y system newydd ac yn ei rhedeg."
    assert without_denials(sentence).strip() == ""
    assert without_denials("Mae'r Cyngor yn berchen ar 40 o gamerâu.").strip()


def test_a_leisure_centre_run_by_a_company(ctx: AuthorityContext) -> None:
    main = (
        "<p>The centre on Mill Lane is operated by Riverside Leisure Ltd. CCTV covers the reception, the pool corridors and"
        " the car park and is managed by the operator.</p>"
    )
    assert not _page(ctx, "Mill Lane Leisure Centre", main, "/leisure/mill-lane").signals["cctv_info"]


def test_a_title_of_cctv_and_the_force_is_the_councils_page() -> None:
    page = (
        "CCTV and Devon and Cornwall Police\n\n"
        "Anytown Council's cameras in the town centre are watched from the council's control room.\n\n"
        "How the room works with the police is changing: operators now call the ambulance service directly for medical"
        " incidents.\n"
    )
    assert _text(page).signals["cctv_info"]


def test_a_welsh_protocol_described_before_its_parties() -> None:
    page = (
        "Teledu cylch cyfyng\n\nMae gan y Cyngor 60 o gamerâu mewn mannau cyhoeddus, a chaiff y lluniau eu monitro o'r"
        " ystafell reoli.\n\nMae protocol ysgrifenedig ar gyfer rhyddhau lluniau rhwng y Cyngor a Heddlu Gwent. Fe'i"
        " llofnodwyd gan y ddau sefydliad ym mis Mai 2024.\n"
    )
    pa = _text(page)
    assert pa.signals["sla"] and any(f.type == "sla_mention" for f in pa.findings)


def test_a_resolution_confirming_the_senior_responsible_officer() -> None:
    minute = (
        "Surveillance Camera Report 2025\n\nMinutes:\n\nThe Monitoring Officer presented the yearly report on the Council's"
        " surveillance cameras, now 140 across car parks and the civic offices.\n\nRESOLVED to:\n\n"
        "1) adopt the revised Surveillance Camera Policy; and\n\n"
        "2) confirm the Director of Place as the Council's Senior Responsible Officer for surveillance camera systems.\n"
    )
    assert _text(minute).signals["spoc"]
    # (a recommendation that one be appointed designates nobody)
    asked = minute.replace("2) confirm the Director of Place as", "2) ask officers to report on who might serve as")
    assert not _text(asked).signals["spoc"]


def test_a_commissioners_bulletin_offering_grants() -> None:
    bulletin = (
        "Bulletin: money for community cameras\n\nSent on behalf of the Police and Crime Commissioner for Avon and Somerset"
        "\n\nDear colleagues in town and parish councils,\n\nThe Commissioner has set aside up to £250,000 over three years"
        " to help communities put up or upgrade CCTV and link it to shared monitoring hubs.\n\nGrants can meet up to half the"
        " capital cost of new cameras or hub links, but not running costs.\n\nTo qualify, a scheme must be backed by the"
        " neighbourhood policing team and be run in line with the Surveillance Camera Code.\n\nExpressions of interest by 28"
        " February to grants@example.org.uk.\n"
    )
    assert not _text(bulletin).signals["cctv_info"]


def test_the_engines_stated_total() -> None:
    assert stated_total(b"<p>11 results for <b>CCTV</b></p>") == 11
    assert stated_total(b"<p>Showing 1 to 10 of 1,240 results</p>") == 1240
    assert stated_total(b"<p>Your search returned these pages</p>") is None
    assert one_more_page(10, 11) and one_more_page(10, 20)
    assert not one_more_page(10, 21) and not one_more_page(10, None) and not one_more_page(10, 10)


def test_the_pages_tab_when_the_documents_tab_counts_none() -> None:
    here = SITE + "/search?q=CCTV"

    def tabs(docs: int, pages: int) -> list[Link]:
        return [
            Link(SITE + "/search?q=CCTV&type=news", "News (3)", ""),
            Link(SITE + "/search?q=CCTV&type=page", f"Pages ({pages})", ""),
            Link(SITE + "/search?q=CCTV&type=document", f"Documents ({docs})", ""),
        ]

    assert documents_facet(tabs(0, 3), "/search", here) == SITE + "/search?q=CCTV&type=page"
    assert documents_facet(tabs(2, 3), "/search", here) == SITE + "/search?q=CCTV&type=document"
    assert documents_facet(tabs(0, 0), "/search", here) is None


def test_a_police_and_crime_panel_minute() -> None:
    minute = (
        "Agenda item\n\nShared camera partnership - report of the Commissioner\n\nMinutes:\n\n"
        "The Police and Crime Commissioner presented his report on a shared CCTV partnership for the county.\n\n"
        "The PCC explained that arrangements varied from district to district: some monitoring rooms were run by councils"
        " and some by the force, and funding differed in each. He proposed that the force should run all public space"
        " monitoring, with councils paying a share.\n\n"
        "Panel members asked whether councils would still decide where new cameras went. The PCC said every council would"
        " have a seat on the programme board.\n\nRESOLVED: That the Panel note the report.\n"
    )
    pa = _text(minute)
    assert pa.decoy and not pa.signals["cctv_info"]


def test_a_village_halls_own_policy() -> None:
    policy = (
        "CCTV policy statement\n\nMillbrook Village Hall\n\n1. The trustees of Millbrook Village Hall use CCTV inside and"
        " outside the hall to keep hirers safe and protect the building.\n\n2. There are four cameras: two at the doors,"
        " one in the main hall and one over the car park.\n\n3. Recordings are kept for 21 days.\n"
    )
    assert not _text(policy).signals["cctv_info"]
