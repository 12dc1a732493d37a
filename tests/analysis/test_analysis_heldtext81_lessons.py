"""Patterns real-text round 81 showed (written blind at session 43, measured once at freeze45 = a2e4661 and again at
fa14124, then opened at session 45). The passages are written for this test (invented councils, places and people), not
taken from the round; each is read as `cctv-audit inspect` reads a loose text, with no council's context.

- A commissioner's news release, the commissioner quoted and no councillor, about a parish council's grant for cameras is
  not a council's own news of its cameras.
- A Welsh news release from the force's side ("Dywedodd y Comisiynydd: …") is news, not a council's CCTV information; a
  Welsh county's own release ("Bydd Cyngor Sir [X] yn gosod … camera") still states its own cameras.
- "Mae'r cytundeb yn dal i gael ei ddrafftio ac nid yw wedi'i lofnodi eto": an agreement still being drafted is no
  agreement yet.
- A council's news of hidden cameras authorised under RIPA tells of covert surveillance, not its public space cameras.
- A contractor naming itself "the data controller for these systems" at a site it runs under contract is another body.
- A town council opening its consultation paragraph as the subject ("[X] Town Council is concerned about …") is the town
  council's page.
"""

from __future__ import annotations

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _text(body: str) -> PageAnalysis:
    return analyse(extract(body.encode(), "file:///tmp/item.txt", "text/plain"))


def test_a_commissioners_release_about_a_parish_grant() -> None:
    release = (
        "Community fund boosts village cameras\n\n"
        "Northby Parish Council has received £7,200 from the Police and Crime Commissioner's Community Fund to put up CCTV"
        " cameras at the playing field and the village hall car park.\n\n"
        "The cameras will be linked to the district council's control room, which is staffed every hour of the day.\n\n"
        'The Commissioner said: "Modest grants can change how safe a village feels."\n'
    )
    assert not _text(release).signals["cctv_info"]
    # (the same story told by the district, its cabinet member speaking for it, is the district's own news)
    own = (
        "New cameras linked to our control room\n\n"
        "Anytown District Council will add four CCTV cameras to its network at the Northby playing field, linked to the"
        " council's control room.\n\n"
        'Councillor Jo Marsh, cabinet member for communities, said: "Our operators will watch these cameras around the'
        ' clock."\n'
    )
    assert _text(own).signals["cctv_info"]


def test_welsh_release_from_the_commissioners_side() -> None:
    release = (
        "Camerâu newydd yn y trefi\n\n"
        "Mae camerâu teledu cylch cyfyng cyntaf cynllun newydd yr heddlu wedi dechrau gweithio yn Nhrefynydd.\n\n"
        "Bydd y lluniau'n cael eu gwylio bob awr gan staff yr heddlu yn ystafell fonitro'r llu.\n\n"
        "Dywedodd y Comisiynydd: \"Mae'r camerâu hyn yn helpu i gadw ein cymunedau'n ddiogel.\"\n"
    )
    assert not _text(release).signals["cctv_info"]


def test_welsh_county_release_with_an_agreement_still_in_draft() -> None:
    release = (
        "Camerâu newydd ar gyfer Trefynydd\n\nDyddiad: 03/03/2025\n\n"
        "Bydd Cyngor Sir Ddyfnant yn gosod wyth camera teledu cylch cyfyng newydd yng nghanol y dref eleni.\n\n"
        "Bydd y lluniau'n cael eu cadw am 28 diwrnod.\n\n"
        "Mae swyddogion y Cyngor yn gweithio gyda Heddlu Dyfed-Powys ar gytundeb rhannu data. Mae'r cytundeb yn dal i gael ei"
        " ddrafftio ac nid yw wedi'i lofnodi eto.\n\n"
        'Dywedodd y Cynghorydd Elen Huws: "Bydd y camerâu yn helpu pobl i deimlo\'n ddiogel."\n'
    )
    pa = _text(release)
    assert pa.signals["cctv_info"] and not pa.signals["sla"]
    # (an agreement the release says is signed is one)
    signed = release.replace(
        "Mae swyddogion y Cyngor yn gweithio gyda Heddlu Dyfed-Powys ar gytundeb rhannu data. Mae'r cytundeb yn dal i gael ei"
        " ddrafftio ac nid yw wedi'i lofnodi eto.",
        "Mae'r Cyngor wedi llofnodi cytundeb rhannu data gyda Heddlu Dyfed-Powys ar gyfer y camerâu.",
    )
    assert _text(signed).signals["sla"]


def test_hidden_cameras_under_ripa_in_a_councils_news() -> None:
    news = (
        "Hidden cameras help catch fly-tippers in lay-bys\n\n"
        "Anytown Council has used concealed cameras at four lay-bys to catch people dumping rubbish, and three cases went"
        " to court this year.\n\n"
        "Each use of the hidden cameras was authorised as directed surveillance under RIPA and approved by a magistrate.\n\n"
        'Councillor Sam Bright said: "We use every lawful tool against the worst offenders."\n'
    )
    assert not _text(news).signals["cctv_info"]
    # (the council's news of its own open cameras is its own)
    overt = (
        "New cameras for the market square\n\n"
        "Anytown Council will replace twelve CCTV cameras in the market square, all linked to the council's control room.\n\n"
        'Councillor Sam Bright said: "Our operators will have clearer pictures to work with."\n'
    )
    assert _text(overt).signals["cctv_info"]


def test_a_contractor_as_controller_of_its_sites_cameras() -> None:
    page = (
        "Cameras at the recycling centre\n\n"
        "Greenway Recycling Services runs the Millbrook recycling centre under contract to the county council.\n\n"
        "We have CCTV across the site to keep staff and visitors safe and to prevent crime. Recordings are kept for 30 days"
        " unless an incident needs them.\n\n"
        "Greenway Recycling Services is the data controller for these systems. Questions: privacy@example.co.uk\n"
    )
    assert not _text(page).signals["cctv_info"]
    # (the council naming itself the controller is its own account)
    own = page.replace(
        "Greenway Recycling Services is the data controller for these systems.",
        "Anytown County Council is the data controller for these systems.",
    ).replace("Greenway Recycling Services runs", "Our contractor runs")
    assert _text(own).signals["cctv_info"]


def test_a_town_councils_consultation_on_cameras() -> None:
    page = (
        "Cameras for the riverside play area – have your say\n\nClosing date: 30 May 2025\n\n"
        "Millbrook Town Council is concerned about vandalism at the riverside play area and the shelter beside it. Its"
        " Recreation Committee now proposes two cameras covering the play area and the footpath.\n\n"
        "Documents\n• Options report\n• Data protection impact assessment – April 2025\n\n"
        "Printed copies are at the Town Council office.\n"
    )
    assert not _text(page).signals["cctv_info"]


def test_hidden_cameras_in_a_release_that_reads_as_news() -> None:
    release = (
        "Hidden cameras to tackle fly-tipping hot spots\n\n"
        "Anytown Council has put concealed cameras at three field gateways where waste is dumped again and again.\n\n"
        "Every deployment is authorised as directed surveillance under RIPA and approved by a magistrate beforehand.\n\n"
        'Councillor Sam Bright, cabinet member for the environment, said: "The worst offenders will be caught."\n'
    )
    pa = _text(release)
    assert pa.decoy and not pa.signals["cctv_info"]


def test_the_surveillance_camera_commissioner_quoted_in_the_councils_own_news() -> None:
    # (a review guard: only a police and crime commissioner's voice makes a release the commissioner's)
    news = (
        "New cameras for the market square\n\n"
        "Anytown Council will replace twelve CCTV cameras in the market square, all linked to the council's control room.\n\n"
        'The Biometrics and Surveillance Camera Commissioner said: "Good to see a council investing in its system."\n'
    )
    assert _text(news).signals["cctv_info"]
