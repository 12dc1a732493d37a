"""Patterns webs 208-209 and real-text round 53 showed (held back at session 36's freeze 643106f, opened in session 37).
The passages are written for this test (an invented council, Anytown, and invented bodies and places), not taken from the
sets.

- Reading the page: a badge drawn as inline SVG says its words in <text> nodes (web 208's St Helens: full certification
  only there); a facilities list of icons says each item only in its alt text (web 209's Hyndburn: the market hall
  "covered by cameras watched from the … CCTV hub").
- CCTV information: a camera "put up here" on a park's own page (web 209's Folkestone and Hythe); a partner council's
  pages named as where "their public space CCTV … are" (web 208's High Peak); a county's table giving the cameras' row to
  "Your district or city council" (web 209's Gloucestershire); grant pages for others' cameras (round 53).
- Certification: a hub's leaflet on the council's site, the hub run by another council (web 208's Pendle); a neighbour's
  room certified beside "[the council] has not sought certification for its cameras separately"; "successful operators
  could display the mark" (round 53).
- Agreements: an agreement "… ended in March 2023 and has not been renewed" with a clause between; another council's
  agreement the next sentence says the council "is not a party to" (round 53).
- SPOC: the single point of contact "for [the force's] officers" (round 53; every such item of rounds 13-53 says no SPOC).
- Discovery: a policies library with no index of the site answering is paged five pages on, not three (web 209's
  Salford: the signed agreement on page 5).
"""

from __future__ import annotations

from collections.abc import Callable

from plandrive import S

from analysis.page import PageAnalysis
from analysis.searchplan import SearchPlan

CCTV = (
    "<p>Anytown Borough Council owns 80 cameras in the town centre and its car parks. They help prevent and detect crime."
    " Recordings are kept for 31 days.</p>"
)


def test_words_drawn_in_an_inline_svg_badge_are_read(analyse_html: Callable[..., PageAnalysis]) -> None:
    badge = (
        "<h2>Independent audit</h2><p>An independent body audited how we run the cameras. The result is shown below.</p>"
        '<figure><svg role="img" viewBox="0 0 200 200"><circle cx="100" cy="100" r="90"/>'
        '<text x="100" y="60">SURVEILLANCE CAMERA</text><text x="100" y="80">CODE OF PRACTICE</text>'
        '<text x="100" y="100">Full certification awarded 3 March 2022</text></svg></figure>'
    )
    got = analyse_html("CCTV", CCTV + badge)
    assert got.signals["certification"] and got.certification and got.certification["level"] == "step2"
    icon = '<p>Contact us <svg viewBox="0 0 10 10"><path d="M0 0h10v10z"/></svg></p>'
    assert not analyse_html("CCTV", CCTV + icon).signals["certification"]


def test_an_icon_lists_alt_text_and_one_fact_place_pages(analyse_html: Callable[..., PageAnalysis]) -> None:
    hall = (
        "<p>The covered market has forty stalls. Open Tuesday to Saturday.</p><h2>Facilities</h2><ul>"
        '<li><img src="/i/wc.png" alt="Toilets, including an accessible toilet"></li>'
        '<li><img src="/i/cam.png" alt="Security: the market is covered by cameras watched from the Anyshire CCTV hub in'
        ' Westby"></li></ul>'
    )
    got = analyse_html("Anytown Market", hall, path="/markets/anytown-market")
    assert got.signals["cctv_info"] and got.criteria["cameras"]
    photo = (
        '<p>The covered market has forty stalls.</p><p><img src="/i/p.jpg" alt="CCTV camera above the market door"></p>'
    )
    assert not analyse_html("Anytown Market", photo, path="/markets/anytown-market").signals["cctv_info"]
    park = (
        "<p>Two football pitches, a skate park and a play area. A mobile CCTV camera was put up here in 2024 beside the"
        " play area.</p>"
    )
    assert analyse_html("Northfield Park", park, path="/parks/northfield-park").signals["cctv_info"]


def test_pages_that_give_the_cameras_to_others(
    analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    partner = (
        "<p>We share a chief executive and many services with Westby District Council. Their public space CCTV, camera"
        " policy and footage requests are on the Westby District Council website.</p>"
    )
    assert not analyse_html("Our partnership with Westby", partner, path="/council/partnership").signals["cctv_info"]
    table = (
        "<table><tr><th>Service</th><th>Who provides it</th><th>Where to go</th></tr>"
        "<tr><td>Road safety</td><td>County council</td><td>Road safety team</td></tr>"
        "<tr><td>Town centre CCTV</td><td>Your district or borough council</td><td>Westby, Eastby, Northby</td></tr></table>"
    )
    assert not analyse_html("Find a service: community safety", table, path="/service-finder").signals["cctv_info"]
    shop_grant = (
        "Shop security grants\n\nSmall shops in Anytown town centre can apply for a grant of up to £1,200 towards their"
        " security.\n\nWhat the grant pays for\n• CCTV covering the shop front or the inside of the shop\n• shutters and"
        " alarms\n\nYour responsibilities\nAny CCTV you install will be yours, not the council's. You will be the data"
        " controller for its recordings.\n\nThe scheme is paid for by the Shared Prosperity Fund."
    )
    village_grant = (
        "CCTV grants for parish councils\n\nAnytown District Council can help parish councils with the cost of cameras"
        " for village halls and play areas.\n\nConditions\n• The town or parish council will own the cameras and be the"
        " data controller.\n• It must adopt a CCTV policy and put up signs before the cameras are switched on."
    )
    for text in (shop_grant, village_grant):
        assert not inspect_text(text).signals["cctv_info"], text[:30]


def test_certificates_that_are_not_the_councils(
    analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    leaflet = (
        "<p>The Anyshire CCTV hub at the Old Exchange is run by Westby with Northby Borough Council and watches cameras"
        " for councils across the county.</p><p>The hub was awarded full certification against the Surveillance Camera"
        " Code of Practice in 2020.</p>"
    )
    assert not analyse_html("Anyshire CCTV hub", leaflet, path="/downloads/hub-leaflet").signals["certification"]
    own = CCTV + "<p>Our control room was awarded full certification against the Surveillance Camera Code in 2021.</p>"
    assert analyse_html("CCTV", own).signals["certification"]
    neighbour = (
        "CCTV in Anytown\n\nAnytown District Council owns 30 cameras in the town centre. Westby Borough Council watches"
        " them for us from its control room.\n\nStandards\nThe Westby control room holds its own certificate against the"
        " Surveillance Camera Code. Anytown has not sought certification for its cameras separately."
    )
    explainer = (
        "What does the certification mark mean?\n\nThe Surveillance Camera Commissioner ran a certification scheme for"
        " public space camera operators against the Surveillance Camera Code of Practice. Successful operators could"
        " display the certification mark."
    )
    for text in (neighbour, explainer):
        assert not inspect_text(text).signals["certification"], text[:30]


def test_round_53_agreement_wording(inspect_text: Callable[..., PageAnalysis]) -> None:
    ended = (
        "CCTV in Anytown\n\nAnytown Borough Council owns 40 cameras in the town centre.\n\nPolice use of the system\nOur"
        " service level agreement with Anyshire Constabulary, under which the force paid towards monitoring costs, ended"
        " in March 2024 and has not been renewed. Officers can still ask for recordings."
    )
    not_a_party = (
        "CCTV\n\nAnytown Borough Council's cameras are monitored by the Anyshire CCTV hub, run by Westby Borough Council."
        "\n\nPolice requests\nAnyshire Constabulary's requests for recordings are handled by hub staff under the agreement"
        " between Westby Borough Council and the Constabulary. Anytown is not a party to that agreement."
    )
    for text in (ended, not_a_party):
        assert not inspect_text(text).signals["sla"], text[:40]
    signed = not_a_party.replace(
        " Anytown is not a party to that agreement.",
        " Anytown Borough Council and Anyshire Constabulary have also signed an information sharing agreement for the"
        " cameras.",
    )
    assert inspect_text(signed).signals["sla"]


def test_a_single_point_of_contact_for_police_officers_is_no_spoc(inspect_text: Callable[..., PageAnalysis]) -> None:
    page = (
        "CCTV - information for police officers\n\nAnytown District Council's control room monitors 60 public space"
        " cameras.\n\nRequesting footage\nThe Control Room Supervisor is the single point of contact for Anyshire Police"
        " officers who need to request or collect recordings. Email cctvpolice@anytown.gov.uk."
    )
    assert not inspect_text(page).signals["spoc"]
    spoc = page.replace(
        "for Anyshire Police officers who need to request or collect recordings",
        "for the council's public space surveillance cameras",
    )
    assert inspect_text(spoc).signals["spoc"]


def _library_pages_turned(indexed: bool) -> list[str]:
    """The library's further pages the plan turns as the policies section (not as browsing, which a real crawl's budget
    may never reach: web 209's Salford stopped at page 4)."""
    plan = SearchPlan()
    plan.search_form(None, "refused_by_robots")
    plan.sitemap("searched" if indexed else "unavailable")
    plan.update({d: {"status": "not_met"} for d in ("5.1", "5.2", "5.3", "5.5")})
    library = S + "/downloads/directory/12/policies_plans_and_strategies"
    plan.offer(S + "/council-and-democracy", "Council and democracy", 0.5, 1)
    turned: list[str] = []
    for _ in range(40):
        action = plan.next_action()
        if action is None or action.kind != "open" or action.url is None:
            break
        url = action.url
        plan.page_read(url)
        if url == S + "/council-and-democracy":
            plan.offer(library, "Policies, plans and strategies", 0.5, 2, on_page="Council and democracy")
        if url.startswith(library):
            n = int(url.rsplit("=", 1)[1]) if "?page=" in url else 1
            if n > 1 and action.family == "policies":
                turned.append(url)
            if n < 7:
                plan.offer(f"{library}?page={n + 1}", "Next", 0.2, 3, on_page="Policies", from_url=library)
    return turned


def test_a_library_is_paged_further_where_no_index_of_the_site_answered() -> None:
    pages = [f"{S}/downloads/directory/12/policies_plans_and_strategies?page={n}" for n in (2, 3, 4, 5, 6)]
    assert _library_pages_turned(indexed=False) == pages
    assert _library_pages_turned(indexed=True) == pages[:3]
