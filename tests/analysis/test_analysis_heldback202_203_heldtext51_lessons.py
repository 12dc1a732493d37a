"""Patterns webs 202-203 and real-text round 51 showed (held back at session 35's freeze 1c8b982, opened in session 36).
The passages are written for this test (an invented council, Anytown, and invented bodies and places), not taken from
the sets.

- An agreement an FOI answer attaches, filed under /documents/foi/, is opened when the site's search lists it by its own
  title (web 203's Wrexham); an FOI answer's own page stays a result not opened.
- An agreement's term that lapses on a day, or runs for some years from its last signature, has ended once that year is
  past (web 202's Isle of Wight and Newport).
- A county's page on district councils "whose control rooms run the town centre CCTV cameras" gives the cameras to them
  (web 202's Kent).
- A certificate's level known only from an image's file name is weak: the verdict asks a person to look (web 203's
  Croydon).
- Round 51: Welsh "trafodaethau'n parhau" and "nid yw wedi'i gytuno na'i lofnodi eto"; a draft named again in a resolution
  after it was said unsigned; a code signed on behalf of the police as the two bodies' operating agreement; money "to meet
  the cost of" certification; an approval "held by our … contractor"; "the council's existing network of 54 cameras".
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.assess import assess
from analysis.context import AuthorityContext
from analysis.links import assess_link, decoy_result
from analysis.page import PageAnalysis
from analysis.sla import term_end_year
from analysis.text import Link


def test_an_foi_attachment_titled_as_the_agreement_is_opened_from_search() -> None:
    pdf = "https://www.anytown.gov.uk/documents/foi/foi-25-0311-attachment.pdf"
    for title in ("Protocol for the release of CCTV footage", "CCTV information sharing agreement (PDF)"):
        link = Link(url=pdf, text=title, context="")
        assert not decoy_result(assess_link(link), link.text), title
    answer = Link(
        url="https://www.anytown.gov.uk/foi/disclosure-log/foi-25-0311", text="FOI-25-0311: CCTV cameras", context=""
    )
    assert decoy_result(assess_link(answer), answer.text)


def test_an_agreements_term_that_lapsed_or_ran_out_after_signing() -> None:
    counted = (
        "1 Term\nThis agreement runs for two years from the date of the last signature and will be reviewed before then.\n"
        "2 Signatures\nSigned on behalf of Anytown Borough Council: Head of Legal, 4 March 2020.\n"
        "Signed on behalf of Devon and Cornwall Police: Chief Inspector, 11 March 2020."
    )
    assert term_end_year(counted) == 2022
    assert term_end_year("This interim protocol lapses on 30 June 2021 unless both parties agree otherwise.") == 2021
    assert (
        term_end_year(counted.replace("will be reviewed before then", "will continue until either party ends it"))
        is None
    )


def test_a_countys_page_giving_the_cameras_to_district_control_rooms(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    county = AuthorityContext("Anyshire County Council", "https://www.anytown.gov.uk/", "Devon & Cornwall", "England")
    main = (
        "<p>Our street wardens patrol market towns and villages. They work with the district councils, whose control"
        " rooms run the town centre CCTV cameras, and with the police.</p>"
    )
    assert not analyse_html("Street wardens", main, path="/wardens", context=county).signals["cctv_info"]


def test_a_certificate_level_read_only_from_an_image_name_is_reviewed(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    main = (
        "<p>Anytown Borough Council runs 70 public space cameras in the town centre, watched from our control room."
        " Recordings are kept for 31 days and you can ask for a copy with a subject access request.</p>"
        '<img src="/images/anytown-sc-code-certificate-step2-2020.jpg" alt="">'
    )
    d = assess([analyse_html("CCTV", main)], "ok")["5.2"]
    assert d["status"] == "met" and d["level"] == "step2"
    assert d["confidence"] == "low" and d["needs_review"] is True
    assert "level (step2) only in an image's file name" in d["evidence_strength"]["weak"]
    worded = main.replace('alt=""', 'alt="Surveillance Camera Code certificate of compliance, step 2"')
    assert "level stated (step2)" in assess([analyse_html("CCTV", worded)], "ok")["5.2"]["evidence_strength"]["strong"]


def test_round_51_agreements_certificates_and_own_networks(inspect_text: Callable[..., PageAnalysis]) -> None:
    welsh = (
        "Pwyllgor Craffu – Eitem 4: Teledu cylch cyfyng\n\nAdroddodd y swyddog fod 30 o gamerâu yn y dref. Dywedodd fod"
        " trafodaethau'n parhau rhwng y Cyngor a Heddlu Dyfed-Powys ynghylch cytundeb rhannu gwybodaeth. Mae drafft"
        " wedi'i baratoi ond nid yw wedi'i gytuno na'i lofnodi eto."
    )
    resolution = (
        "Cabinet – Item 7: CCTV information sharing\n\nThe Head of Communities presented a draft Information Sharing"
        " Agreement between the council and Devon and Cornwall Police covering the release of recordings from the"
        " council's 60 public space cameras. It had not yet been signed by either party.\n\nResolved:\n1. That the draft"
        " Information Sharing Agreement at Appendix 2 be endorsed as the basis for negotiation with Devon and Cornwall"
        " Police."
    )
    for text in (welsh, resolution):
        assert not inspect_text(text).signals["sla"], text[:30]
    code = (
        "CCTV code of practice\n\n1.1 Anytown Borough Council owns 90 public space cameras in the town centre.\n\n1.2"
        " This code has been agreed between Anytown Borough Council and Devon and Cornwall Police. It was signed on"
        " behalf of the council by the Director of Place and on behalf of the police by the District Commander on 2 May"
        " 2025, and forms the operating agreement between the two organisations."
    )
    assert inspect_text(code).signals["sla"]
    assert not inspect_text(code.split(" It was signed")[0]).signals["sla"]  # a code agreed with the police: a hint
    budget = (
        "Decision: CCTV certification\n\nDecision\n(1) That a one-off budget of £7,000 be approved from reserves to meet"
        " the cost of step 1 and step 2 certification of the council's public space CCTV system."
    )
    assert inspect_text(budget).signals["certification"]
    contractor = (
        "Freedom of Information request 4410\n\nYou asked: Is the council's CCTV system certified?\n\nOur response:\n1."
        " No. The council's public space system has not been certified under the Commissioner's scheme. The NSI Gold"
        " approval mentioned on our website is held by our monitoring contractor for its alarm receiving centre; it is"
        " not a certificate for the council's system.\n2. The 80 cameras are watched from the council's control room."
    )
    assert not inspect_text(contractor).signals["certification"]
    news = (
        "News: six more cameras for the high street\n\nAnytown Borough Council and the town's business improvement"
        " district have signed a funding agreement for six more CCTV cameras.\n\nThe new cameras will join the council's"
        " existing network of 48 cameras, and the council will own and monitor them."
    )
    assert inspect_text(news).signals["cctv_info"]
