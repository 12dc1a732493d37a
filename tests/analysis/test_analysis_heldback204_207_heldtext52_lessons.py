"""Patterns webs 204-207 and real-text round 52 showed (first looks after session 36's freeze 643106f). The passages are
written for this test (an invented council, Anytown, and invented bodies and places), not taken from the sets.

- Certification: a timeline's row in the historic present ("2019 We complete step one (desktop) certification", web 205's
  Sevenoaks); a certificate said to be held by a neighbour council, or to be the town council's "not ours" (Burnley,
  Wiltshire, web 207's Flintshire); cameras "included in the council's full (step 2) certification"; "Members asked
  whether the council held …"; "the council lodged an application with [a body] for step 2 certification".
- Agreements: a code "which the six councils and [the force] have signed" is spoken of (Burnley); a certificate of
  agreement signed by the council and a shopping centre, the force not among them, is unsigned (web 206's Lichfield); a
  signed copy still headed "DRAFT v0.6" whose version history ends "v1.0 … agreed" is signed (Knowsley); plans that
  "have stalled"; an FOI answer "Yes. [The council] and [the force] signed a Service Level Agreement for public space CCTV".
- CCTV information: "does not run a public space camera system", in Welsh too (web 206's Powys); a shopping centre's
  "management company runs its own … cameras" (web 207's Test Valley); a news slug "/news-2024-…" (web 205's Rother); an
  FOI entry whose "Status: awaiting response" runs into its title line.
- SPOC: "has not formally designated"; a team that is the single point of contact "for reporting nuisance".
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis

CCTV = (
    "<p>Anytown Borough Council owns 80 cameras in the town centre and its car parks. They help prevent and detect crime."
    " Recordings are kept for 31 days.</p>"
)


def test_certification_claims_and_the_certificates_of_others(analyse_html: Callable[..., PageAnalysis]) -> None:
    timeline = CCTV + (
        "<h2>Our history</h2><ul><li>1996 The control room opens.</li><li>2018 We complete step one (desktop)"
        " certification against the Surveillance Camera Code of Practice.</li></ul>"
    )
    got = analyse_html("CCTV", timeline)
    assert got.signals["certification"] and got.certification and got.certification["level"] == "step1"
    for other in (
        "The hub was awarded full certification against the Surveillance Camera Code in 2020. The certificate is held by"
        " Westby Borough Council as the hub's operator.",
        "Eastby Town Council tells us its control room holds the Surveillance Camera Commissioner's certificate; that"
        " certificate is the town council's, not ours.",
        "The Northgate room holds a certificate under the Surveillance Camera Commissioner's scheme for Westby's own"
        " system; that certificate is Westby County Borough Council's.",
    ):
        assert not analyse_html("CCTV", CCTV + f"<p>{other}</p>").signals["certification"], other[:40]


def test_round_52_certification_wording(inspect_text: Callable[..., PageAnalysis]) -> None:
    included = (
        "Housing - CCTV on our estates\n\nAnytown Council has 150 cameras on 12 housing estates.\n\nCertification\nSince"
        " 2020 the estate cameras have been included in the council's full (step 2) certification against the"
        " Surveillance Camera Code."
    )
    lodged = (
        "CCTV privacy notice\n\nAnytown Borough Council is the data controller for the public space cameras in the town"
        " centre.\n\nIndependent assurance\nIn May 2023 the council lodged an application with Anyshire Certification Ltd"
        " for step 2 third-party certification of the public space system against the Surveillance Camera Code."
    )
    for text in (included, lodged):
        assert inspect_text(text).signals["certification"], text[:30]
    asked = (
        "Scrutiny Committee - Item 5: CCTV review\n\nThe officer introduced the review of the council's 40 cameras.\n\n"
        "Members asked whether the council held third-party certification under the Surveillance Camera Code. The officer"
        " said no step had been achieved and no application made."
    )
    assert not inspect_text(asked).signals["certification"]


def test_agreements_signed_by_others_and_drafts_signed_after_all(
    analyse_html: Callable[..., PageAnalysis], inspect_text: Callable[..., PageAnalysis]
) -> None:
    joint = CCTV + (
        "<p>The hub works to a joint code of practice, which the five councils and Devon and Cornwall Police have"
        " signed; Westby Borough Council publishes it.</p>"
    )
    assert [f for f in analyse_html("CCTV", joint).findings if f.type == "sla_mention"]
    certificate = (
        "CCTV Code of Practice - Anytown CCTV Scheme\nCertificate of agreement\nThis code is agreed by the owners of the"
        " scheme.\nSigned for Anytown Borough Council: Head of Regulatory Services, 6 March 2024.\nSigned for Anytown"
        " Shopping Centre: Centre Manager, 6 March 2024.\n2. Release of recordings\nDevon and Cornwall Police have agreed"
        " a separate protocol with the council for the release of recordings."
    )
    docs = [f for f in inspect_text(certificate).findings if f.type == "sla"]
    assert docs and docs[0].data["signed"] is False
    signed_copy = (
        "CCTV Data Sharing Agreement - Anytown Council and Devon and Cornwall Police\nDRAFT v0.5 - FOR CONSULTATION\n"
        "Document control: v0.3 January 2024 - first draft. v0.5 February 2024 - consultation draft. v1.0 April 2024 -"
        " agreed.\n1. Parties\nAnytown Borough Council and the Chief Constable of Devon and Cornwall Police.\n2. Purpose\n"
        "How recordings from the council's public space CCTV are requested and released.\n5. Signatures\nSigned on"
        " behalf of Anytown Borough Council: P. Moss, Director of Place, 2 April 2024.\nSigned on behalf of Devon and"
        " Cornwall Police: Superintendent R. Hale, 9 April 2024."
    )
    docs = [f for f in inspect_text(signed_copy).findings if f.type == "sla"]
    assert docs and docs[0].data["signed"] is True and docs[0].data["draft"] is False
    unsigned = signed_copy.split("5. Signatures")[0]
    assert not [f for f in inspect_text(unsigned).findings if f.type == "sla" and f.data["signed"]]


def test_round_52_agreements_stalled_and_answered(inspect_text: Callable[..., PageAnalysis]) -> None:
    stalled = (
        "CCTV talks stall over costs\n\nPlans for a new agreement between councils and police on town-centre CCTV in the"
        " county have stalled.\n\nOfficers from the councils and Devon and Cornwall Police have been working on a"
        " memorandum of understanding on how control rooms pass incidents to the police. A draft went round last year."
    )
    assert not inspect_text(stalled).signals["sla"]
    answered = (
        "Freedom of Information response - FOI 2024/201\nSubject: CCTV and the police\n\nQ1. Does the council have a"
        " written agreement with the police covering its CCTV?\nYes. Anytown Borough Council and Devon and Cornwall"
        " Police signed a Service Level Agreement for public space CCTV on 3 May 2023. It sets out how officers request"
        " footage.\n\nIf you are unhappy with this response you can ask for an internal review."
    )
    got = inspect_text(answered)
    assert got.signals["cctv_info"] and got.signals["sla"]
    waiting = (
        "Freedom of Information request - F2025.0411\nStatus: awaiting response\nReceived: 3 March 2025\n\nRequest\nPlease"
        " tell me whether Anytown Borough Council has an agreement with the police covering its public space CCTV.\n\n"
        "Response\nA response to this request has not yet been published."
    )
    assert not inspect_text(waiting).signals["cctv_info"]


def test_cameras_that_are_not_the_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    county = AuthorityContext("Anyshire County Council", "https://www.anytown.gov.uk/", "Devon & Cornwall", "England")
    police = (
        "<p>The cameras in the county's market towns belong to Devon and Cornwall Police, which monitors them from its"
        " own suite. Anyshire County Council does not run a public space camera system.</p>"
    )
    assert not analyse_html("Town centre CCTV", police, path="/town-centre-cctv", context=county).signals["cctv_info"]
    welsh = (
        "<p>Mae'r camerâu yn y trefi yn perthyn i Heddlu Dyfed-Powys. Nid yw Cyngor Sir Anyshire yn rhedeg system teledu"
        " cylch cyfyng.</p>"
    )
    assert not analyse_html("Teledu cylch cyfyng", welsh, path="/cy/tcc", lang="cy", context=county).signals[
        "cctv_info"
    ]
    centre = "<p>The shopping centre's management company runs its own security control room and cameras.</p>"
    assert not analyse_html("The Market Centre", centre, path="/business/market-centre").signals["cctv_info"]
    news = (
        "<p>Anytown has joined the other districts in asking the police to keep watching the public space cameras.</p>"
    )
    got = analyse_html("Districts write to the police about CCTV", news, path="/news-2024-districts-cctv-letter")
    assert got.decoy is not None


def test_round_52_spoc_not_designated_or_for_other_reports(inspect_text: Callable[..., PageAnalysis]) -> None:
    none = (
        "Freedom of Information response - Ref FOI/2024/77\n\n1. Has the council designated a Single Point of Contact for"
        " its surveillance cameras?\nThe council has not formally designated a Single Point of Contact. Enquiries about"
        " the public space CCTV system are dealt with by the CCTV Manager.\n\n2. How many cameras does the council"
        " operate?\nThere are 60 public space cameras in the town centre."
    )
    nuisance = (
        "Mobile CCTV cameras\n\nAnytown Borough Council has four mobile cameras that can be put up where residents suffer"
        " repeated anti-social behaviour. Footage is overwritten after 31 days.\n\nReporting a problem\nOur Anti-Social"
        " Behaviour Team is your single point of contact for reporting nuisance, noise and neighbour problems.\n\nEmail"
        " asb@anytown.example.gov.uk or call 01632 960 222."
    )
    for text in (none, nuisance):
        assert not inspect_text(text).signals["spoc"], text[:30]


def test_a_volunteering_page_listing_a_camera_role_is_a_recruitment_page(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    # (web 203's Erewash, left at the freeze and learnt after it: its volunteering page made a thin privacy notice "met")
    role = (
        "<p>We welcome volunteers in our parks, museums and community safety work.</p><h2>CCTV volunteer monitor</h2>"
        "<p>Volunteers watch the town centre cameras from the viewing room at the police station for about 30 hours a"
        " week. Training is given.</p>"
    )
    got = analyse_html("Volunteering with us", role, path="/council-and-democracy/volunteering-with-us")
    assert got.decoy is not None and not got.signals["cctv_info"]
    page = analyse_html("CCTV", CCTV + "<p>Our operators are trained staff of the council.</p>")
    assert page.decoy is None and page.signals["cctv_info"]


def test_a_force_signing_in_a_block_of_its_own_layout_still_signs(inspect_text: Callable[..., PageAnalysis]) -> None:
    # (review: a hub's certificate of agreement lays its blocks out "Signed for and on behalf of: [party]", as real
    # multi-council hub codes do; the force's block must not be missed and the agreement called unsigned)
    hub = (
        "Information sharing protocol - Anytown CCTV Hub and Devon and Cornwall Police\nRelease of recordings from the"
        " hub's public space cameras to the police.\nSigned for the Anytown CCTV Hub: M. Hale, Hub Manager, 3 June"
        " 2024.\nSigned for and on behalf of: Devon and Cornwall Police\nSignature: Superintendent K. Roy, 10 June 2024."
    )
    docs = [f for f in inspect_text(hub).findings if f.type == "sla"]
    assert docs and docs[0].data["signed"] is True
