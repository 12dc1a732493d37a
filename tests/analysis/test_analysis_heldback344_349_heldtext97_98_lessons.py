"""Reading lessons of held-back webs 344-349 and real-text rounds 97-98 (written blind at session 49's start by helpers in
snapshots of 69d17cc, measured once at freeze51 = 672c41b; round 97 held back since session 48 and measured at freeze50,
69d17cc and freeze51; then opened). The pages and passages are written for this test (invented councils, towns, bodies and
people); web pages are read with their council as the context, passages as ``cctv-audit inspect`` reads a text file.

Webs:
- "Cameras record the visitor car park and the reception area" on a visiting page (web 344's Tewkesbury).
- "Our Community Safety Team can put up its mobile safety camera" (web 348's Wyre Forest).
- "63 CCTV cameras watching over our five market towns" in an annual report's figures (web 346's Breckland).
- A listing's entry, the link "Town centre CCTV" then its summary "Monitoring is carried out on our behalf by [a neighbour]"
  (web 345's Babergh).
- "The operator's cameras cover the car park" on a leisure centre run for the council is the operator's (web 344's Blaby).
- "City safety cameras" is a public space CCTV page, not road safety cameras (web 348's Gloucester).
- A related-content teaser "Our public space system completed step 1 (desktop) certification" is the council's claim (web
  349's Norwich).
- A bare "Questions: [mailbox]" on a CCTV page is its contact; "[Our] Council and [a neighbour] run a joint CCTV service" is
  the council's own service (web 346's South Oxfordshire).

Rounds:
- "CCTV was upgraded in eleven of our libraries" in a cabinet member's answer (round 97).
- "[The force] uses our cameras every day" in a councillor's question is the council's cameras (round 97).
- A police and crime commissioner's annual report ("This year my office invested …") is the commissioner's (round 98).
- A grants report whose conditions "require groups to display signs", "each group that buys cameras" being their controller,
  is about others' cameras (round 98).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | Westby District Council</title></head><body><main>"
        f"<h1>{title}</h1>{body}</main></body></html>"
    )
    return analyse(extract(html.encode(), f"http://www.westby.gov.uk{path}", "text/html"), CTX)


def _read(text: str) -> PageAnalysis:
    return analyse(extract(text.encode(), "file:///tmp/passage.txt", "text/plain"))


def test_cameras_record_the_visitor_car_park() -> None:
    pa = _page(
        "/council/visiting-the-civic-centre",
        "Visiting the Civic Centre",
        "<p>The Civic Centre on Mill Road is open Monday to Friday. Visitor parking is free for two hours.</p><p>Cameras "
        "record the visitor car park and the reception area around the clock.</p>",
    )
    assert pa.signals["cctv_info"]


def test_the_teams_mobile_safety_camera() -> None:
    pa = _page(
        "/community-safety/anti-social-behaviour",
        "Tackling anti-social behaviour",
        "<p>We use community protection notices and closure orders.</p><h2>Our mobile safety camera</h2><p>Our "
        "Neighbourhoods Team can put up its mobile safety camera to record a hot spot for a few weeks at a time.</p>",
    )
    assert pa.signals["cctv_info"]


def test_cameras_watching_over_our_towns_in_a_years_figures() -> None:
    pa = _page(
        "/your-council/annual-report/our-year-in-numbers",
        "Our year in numbers",
        "<ul><li>2.1 million bin collections</li><li>1,240 planning decisions</li><li>48 CCTV cameras watching over our "
        "four market towns</li><li>215 homes brought back into use</li></ul>",
    )
    assert pa.signals["cctv_info"]


def test_a_listing_entry_summary_read_with_its_link() -> None:
    pa = _page(
        "/privacy/service-privacy-notices",
        "Service privacy notices",
        '<ul><li><a href="/privacy/service-privacy-notices/council-tax">Council tax</a><p>Billing and recovery.</p></li>'
        '<li><a href="/privacy/service-privacy-notices/town-centre-cctv">Town centre CCTV</a><p>Monitoring is carried out '
        "on our behalf by Eastmoor Borough Council; the full notice is being updated.</p></li></ul>",
    )
    assert pa.signals["cctv_info"]


def test_a_listing_entry_of_another_service_stays_silent() -> None:
    # guard (passes before and after): the link names no cameras
    pa = _page(
        "/privacy/service-privacy-notices",
        "Service privacy notices",
        '<ul><li><a href="/privacy/service-privacy-notices/licensing">Licensing</a><p>Premises licences are processed on '
        "our behalf by Eastmoor Borough Council.</p></li></ul>",
    )
    assert not pa.signals["cctv_info"]


def test_the_operators_cameras_at_a_leisure_centre() -> None:
    pa = _page(
        "/leisure/westby-leisure-centre",
        "Westby Leisure Centre",
        "<p>The centre is run for the council by a leisure operator. The operator's cameras cover the car park and "
        "reception; ask the centre's staff about them.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_city_safety_cameras_are_the_public_space_system() -> None:
    pa = _page(
        "/community-and-safety/city-safety-cameras",
        "City safety cameras",
        "<p>Forty cameras cover the city centre and the park.</p><p>They are watched from the council's camera control "
        "room, which has a live link to Westmarch Police.</p><p>The cameras are there to deter crime and help people feel "
        "safe.</p><p>Recordings are kept for 31 days. You can ask for footage of yourself with our subject access form.</p>",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_road_safety_cameras_stay_enforcement() -> None:
    # guard (passes before and after)
    pa = _page(
        "/roads/safety-cameras",
        "Safety cameras",
        "<p>Speed and red light cameras are run by the Westmarch Safer Roads Partnership. Fixed penalty notices are issued "
        "by the police.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_related_content_teaser_stating_our_certificate() -> None:
    pa = _page(
        "/cctv/about-cctv",
        "About CCTV in Westby",
        "<p>We run a public space CCTV system of 90 cameras watched from our control room.</p>"
        '<aside class="related-content"><h2>Related content</h2><ul><li><a href="/cctv/code-of-practice">CCTV code of '
        'practice</a><p class="teaser">How the system is run.</p></li><li><a href="https://www.gov.uk/commissioner">'
        'Surveillance Camera Commissioner</a><p class="teaser">Our public space system completed step 1 (desktop) '
        "certification against the Surveillance Camera Code of Practice in 2021.</p></li></ul></aside>",
    )
    assert pa.signals["certification"]


def test_a_bare_questions_label_and_a_joint_service() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>Westby District Council and Vale of Eastmoor District Council run a joint CCTV service. The cameras in Kingsford and "
        "Northgate are watched from a monitoring suite in Eastmoor.</p><p>All nine of our town centre cameras were replaced "
        "in 2025.</p><p>The cameras help deter crime and reduce the fear of crime. Recordings are kept for 31 days.</p>"
        "<p>Questions: community.safety@westby.example.gov.uk</p>",
    )
    contact = next(f for f in pa.findings if f.type == "cctv_contact")
    assert contact.data["email"] == "community.safety@westby.example.gov.uk"
    assert any(f.type == "criterion" and f.data.get("criterion") == "complaints" for f in pa.findings)


def test_cctv_upgraded_in_our_libraries() -> None:
    pa = _read(
        "Cabinet – Public Question Time\n\nAnswer from the Cabinet Member\nThank you for your question. CCTV was upgraded "
        "in eleven of our libraries this year after incidents of theft. The cameras record images only, never sound, and "
        "footage is kept for 30 days."
    )
    assert pa.signals["cctv_info"]


def test_the_force_using_our_cameras_is_no_other_bodys_page() -> None:
    pa = _read(
        'Council – Questions from members\n\nQuestion from Councillor Ash to the Leader\n"Westmarch Constabulary uses our '
        'cameras every day. Is there any written arrangement?"\n\nAnswer from the Leader\nThe Information Sharing Agreement '
        "between Westby Borough Council and Westmarch Constabulary was signed by our Chief Executive and the force's "
        "Superintendent in June 2023. Last year the control room supplied 410 recordings to the police under it."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["sla"]


def test_a_commissioners_annual_report() -> None:
    pa = _read(
        "Westmarch Police and Crime Commissioner – Annual Report 2024/25\n\nPriority: safer neighbourhoods\n\nThis year "
        "my office invested £180,000 in public space CCTV across Westmarch. Westby Borough Council replaced cameras on "
        "the High Street and Eastmoor added two redeployable units.\n\nThe cameras belong to the councils. My role is to "
        "see that the force gets good value from them."
    )
    assert not pa.signals["cctv_info"]


def test_a_grants_report_for_groups_own_cameras() -> None:
    pa = _read(
        "Community Grants – Annual Report 2024/25\n\nThe council awarded £150,000 to 41 groups.\n\nSafer communities:\n• "
        "Kingsford Village Hall – £2,000 towards CCTV cameras for the hall car park\n• Northgate Bowls Club – £1,500 for "
        "cameras at the pavilion\n\nEach group that buys cameras is responsible for them as data controller; grant "
        "conditions require groups to display signs and to adopt a simple CCTV policy."
    )
    assert not pa.signals["cctv_info"]


def test_a_certificate_told_as_the_forces_not_the_councils() -> None:
    pa = _read(
        "Questions from Members\n\nQuestion – Councillor Hale\n\"Do the cameras in Market Street carry the Code's "
        'compliance mark?"\n\nReply – Cabinet Member for Community Safety\nThe mark relates to the Westmarch Police system '
        "covering part of the town centre, which is owned and certified by the force, not to the Council's cameras. The "
        "Council's own public space CCTV covers 60 locations and has not been through third-party certification."
    )
    assert pa.signals["cctv_info"] and not pa.signals["certification"]


def test_a_welsh_audit_recommending_a_spoc_be_appointed() -> None:
    pa = _read(
        "Adroddiad Archwilio Mewnol: Systemau Camerâu\nCyngor Bwrdeistref Sirol Tre-gwyn\n\nCanfyddiadau\n1. Mae'r Cyngor "
        "yn gweithredu 12 o systemau camerâu, gan gynnwys camerâu canol y dref, ond nid oes cofrestr ganolog.\n\n"
        "Argymhellion\nA1. Dylid penodi Pwynt Cyswllt Unigol (SPOC) ar gyfer holl systemau camerâu gwyliadwriaeth y Cyngor "
        "erbyn mis Mawrth. (Blaenoriaeth: Uchel)\n\nYmateb y rheolwyr: Cytunwyd. Bydd y Pennaeth Gwasanaethau Cymdogaeth yn "
        "cyflwyno cynnig. Hyd hynny, dylid anfon ymholiadau am y camerâu i tcc@tregwyn.example.gov.uk."
    )
    assert not pa.signals["spoc"]


def test_members_asking_when_the_agreement_would_be_signed() -> None:
    pa = _read(
        "CCTV Partnership Joint Executive\n\n5. MANAGER'S REPORT\n\nMinutes:\nThe Partnership Manager presented the report "
        "on the shared control room, which monitors cameras for Westby Borough Council and two neighbours.\n\nCouncillor "
        "Hale asked when the information sharing agreement with Westmarch Police would finally be signed. Members were told "
        "the force had asked for changes.\n\nRESOLVED: That the report be noted."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_numbered_recommendation_to_name_a_spoc() -> None:
    pa = _page(
        "/documents/s5880/community-safety-cameras-task-and-finish-group-report",
        "Community safety cameras: task and finish group final report",
        "<p>The group looked at the council's 40 town centre cameras and the cameras at its depots.</p><h2>Recommendations"
        "</h2><p>1. Publish a register of every camera system the council runs.</p><p>2. Name a single point of contact for "
        "all the council's surveillance cameras.</p><p>3. Review the monitoring contract before it ends.</p>",
    )
    assert pa.signals["cctv_info"] and not pa.signals["spoc"]
    assert not any(f.type == "spoc" for f in pa.findings)  # no designation at all: 5.3 is not even partial on it


def _county_page(path: str, title: str, body: str) -> PageAnalysis:
    ctx = AuthorityContext("Westmarch County Council", "http://www.westmarch.gov.uk/", "Westmarch", "England")
    html = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    return analyse(extract(html.encode(), f"http://www.westmarch.gov.uk{path}", "text/html"), ctx)


def test_a_countys_dashboard_of_a_partnership_run_by_districts() -> None:
    pa = _county_page(
        "/services/insight/community-safety-dashboard",
        "Community safety dashboard",
        "<p>The dashboard brings together figures from Westmarch Constabulary and from the Westmarch CCTV Partnership, which "
        "four district and borough councils run together. The county council does not own or watch any public space "
        "cameras.</p><table><tr><th>District</th><th>Camera incidents</th></tr><tr><td>Westby</td><td>3,120</td></tr>"
        "</table>",
    )
    assert not pa.signals["cctv_info"]


def test_parish_councils_own_cameras_in_villages() -> None:
    pa = _page(
        "/community-safety/cameras-in-villages",
        "Cameras in villages",
        "<p>Some parish councils, including Northgate, own cameras. Several of them pay the Eastmoor and Kingsford CCTV "
        "shared service to watch their cameras. Questions about those cameras should go to the parish council that owns "
        "them.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_town_centres_others_cameras_and_a_place_sharing_the_councils_name() -> None:
    pa = _page(
        "/my-neighbourhood/town-centres/westby-town-centre",
        "Westby town centre",
        "<p>The Arcade, the Mill Yard and the market.</p><p>The Mill Yard's owners run their own security control room "
        "watching the shopping centre's cameras. Westby Interchange is run by Transport for Westmarch, which operates the "
        "cameras at the bus and tram station.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_commissioners_column_on_the_cameras_watching_our_town_centres() -> None:
    # guard (passes at freeze51 and now): the towns' cameras in a commissioner's column are not counted or named as a
    # council's, so the new cue for "[N] CCTV cameras watching over our [towns]" does not read them (real-text round 98)
    pa = _read(
        "Commissioner's column: money at work\n\nA few years ago the cameras watching our town centres were a patchwork of "
        "old equipment, and some control rooms were not staffed at night.\n\nSince then my office has helped set up CCTV "
        "hubs with round-the-clock monitoring, matched by councils and businesses."
    )
    assert not pa.signals["cctv_info"]


def test_a_boroughs_partnership_that_district_councils_run_stays_its_own() -> None:
    # guard (review): a district and a borough council are one tier, so a borough whose partnership "district councils run
    # together" is among them; only a council of another tier (the county above) is set apart
    from analysis.info_denials import own_beside_denial

    para = (
        "The Westmarch CCTV Partnership, which four district councils run together, watches our town centre cameras. "
        "The council does not own any cameras in the villages."
    )
    assert own_beside_denial(para, "Westby", "Westby Borough Council")
    assert not own_beside_denial(para, "Westmarch", "Westmarch County Council")
