"""Patterns webs 192-195 and real-text round 48 showed (first looks after session 34's freeze cd0e869). The passages are
written for this test (an invented council, Anytown, and invented bodies and places), not taken from the sets.

- Agreements: one "written to the [WASPI] template" and then signed is the council's; SLAs with town councils, the SLA "with the contractor", a draft whose "signing was expected", a
  neighbour's protocol ("that protocol is Westford's") and a protocol that "does not cover surveillance camera recordings"
  are not (round 48; webs 195's Surrey Heath and West Sussex).
- Certification: a code's record lines ("Certification: full (step 2) certification against the Surveillance Camera Code
  …, June 2021"; "2018 - step 1 (desktop) certification against …") are claims (web 193); an application sent "with the
  supporting code …, had been sent to SSAIB" and a budget "to fund the desktop (step 1) review" are steps towards one, a
  plan that the scheme's closure overtook is none (round 48); a certificate "held by [a neighbour] and does not cover this
  council", a mark beside "run by [a neighbour] Borough Council, which monitors them on our behalf" and news of a move "to
  [a neighbour], whose … control centre holds the … certification" are the neighbour's (webs 192 and 195).
- "The county's Prevent single point of contact" is another duty's (web 194's Worcestershire).
- A search's "Documents (3)" tab is found for the crawl to open when its other results show nothing of the council's
  (web 193's Stockport).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis
from analysis.search_results import documents_facet
from analysis.text import Link


def test_agreements_and_their_look_alikes(inspect_text: Callable[..., PageAnalysis]) -> None:
    template = (
        "Community Scrutiny Committee\n\nReport: Public Space CCTV - Annual Update\n\n3.1 Police access to footage is"
        " governed by an Information Sharing Protocol written to the Wales Accord on the Sharing of Personal Information"
        " (WASPI) template.\n\n3.2 The protocol was signed by the Council's Head of Public Protection and by Dyfed-Powys"
        " Police's Head of Information Management in March 2024."
    )
    assert inspect_text(template).signals["sla"]
    blank = (
        "Anytown Council Public Space CCTV\nCode of Practice (consultation version)\n\nCertificate of Agreement\n\nThe"
        " signatories below agree to follow this Code in their use of the Anytown Council CCTV system.\n\nSigned for and on"
        " behalf of Anytown Council:\nSignature ........................ Name ........................\nDated the"
        " ........ day of .................. 20__\n\nSigned for and on behalf of Devon and Cornwall Police [insert address]:\n"
        "Signature ........................ Name ........................\n\n1. Introduction\n\n1.1 The system has 60"
        " cameras in Anytown, watched from the control room at the Guildhall."
    )
    town_slas = (
        "CCTV Annual Report 2024/25\n\nFunding\n\nThe District Council owns the 40 public space cameras in Anytown and"
        " Eastbury. Two town councils contribute to running costs under service level agreements with the District Council:"
        "\n\n- Anytown Town Council: £8,000 a year\n- Eastbury Town Council: £2,500 a year\n\nRequests from Devon and"
        " Cornwall Police: 190."
    )
    contractor = (
        "Issue - decisions\n\nCCTV Monitoring Contract - Extension\n\nDecision:\n\nThe Cabinet Member agreed to extend the"
        " contract with Watchful Monitoring Ltd for the council's 300 public space cameras by a year.\n\nThe existing service"
        " level agreement with the contractor will continue unchanged. It requires operators to answer police radio"
        " requests within 60 seconds."
    )
    expected = (
        "Issue - meetings\n\nCCTV Memorandum of Understanding\n\nMinutes:\n\nThe Committee considered a report on the draft"
        " Memorandum of Understanding between the Council and Devon and Cornwall Police on the use of the council's 30"
        " public space cameras.\n\nThe Community Safety Manager explained that the draft was still with the force's lawyers."
        " Signing was expected in the spring.\n\nRESOLVED THAT the draft be approved in principle."
    )
    neighbours = (
        "CCTV in Anytown\n\nThe council's 25 cameras are watched by Westford Borough Council's control room. Westford"
        " releases recordings to Devon and Cornwall Police under its own protocol with the force; that protocol is"
        " Westford's, and is published on Westford's website."
    )
    not_cameras = (
        "County multi-agency information sharing protocol\n\nPurpose\nSharing personal information about adults at risk"
        " between the signatory organisations.\n\nOut of scope\nThe protocol does not cover surveillance camera recordings,"
        " which are handled under separate arrangements.\n\nSignatories\nSigned for Anytown County Council by the"
        " Director of Law, 3 May 2023. Signed for Devon and Cornwall Police by the Assistant Chief Constable, 11 May 2023."
    )
    # (a certificate of agreement left blank stays an agreement spoken of: rounds 3, 11, 12, 30 and 32 label it so, round 48
    # does not; a rule reading blank signature lines as none lost five items to gain one and was withdrawn)
    assert inspect_text(blank).signals["sla"]
    for text in (town_slas, contractor, expected, neighbours, not_cameras):
        assert not inspect_text(text).signals["sla"], text[:50]
    assert inspect_text(expected.replace(" Signing was expected in the spring.", "")).signals["sla"]


def test_certification_records_steps_and_other_holders(
    inspect_text: Callable[..., PageAnalysis], analyse_html: Callable[..., PageAnalysis]
) -> None:
    record = (
        "CCTV code of practice\n\nDocument control\nOwner: Community Safety Unit. Version 4, March 2024.\nCertification:"
        " full (step 2) certification against the Surveillance Camera Code of Practice, June 2021.\n\nRecordings are kept"
        " for 31 days."
    )
    history = "CCTV code of practice\n\nCompliance history\n2019 - step 1 (desktop) certification against the Surveillance Camera Code of Practice\n2024 - code reviewed"
    for text in (record, history):
        assert inspect_text(text).signals["certification"], text[:40]
    sent = (
        "Safer Communities Scrutiny Committee\n\n7. Public Space CCTV - Progress Report\n\nMembers were advised that an"
        " application for desktop (step 1) certification, with the supporting code of practice, procedures and DPIA, had"
        " been sent to SSAIB on 2 October. The council's 20 cameras now record around the clock."
    )
    funded = (
        "Decision details\n\nCCTV Certification\n\nRESOLVED that a one-off budget of £5,000 be approved from reserves to fund"
        " the desktop (step 1) review and the on-site (step 2) audit required for third-party certification of the"
        " council's public space CCTV under the Surveillance Camera Commissioner's scheme."
    )
    for text in (sent, funded):
        assert inspect_text(text).signals["certification"], text[:40]
    overtaken = (
        "CCTV Annual Report 2024/25\n\nCompliance\n\nThe CCTV team refreshed the Code of Practice and completed the"
        " self-assessment tool this year.\n\nWe had planned to apply for third-party certification under the Surveillance"
        " Camera Commissioner's scheme, but the scheme stopped accepting new applicants before an application could be made."
    )
    assert not inspect_text(overtaken).signals["certification"]
    excluded = (
        "<p>The council's 30 cameras in Anytown are watched from the shared control room under the shared services"
        " agreement. That control room holds step 2 certification under the Surveillance Camera Commissioner's scheme; the"
        " certificate is held by Westford District Council and does not cover this council.</p>"
    )
    assert not analyse_html("CCTV policy", excluded).signals["certification"]
    mark = (
        '<p>Our CCTV system has 50 cameras in Anytown and Eastbury.</p><img src="/images/mark.png" alt="Safer Westford'
        ' Control Centre: certified against the Surveillance Camera Code of Practice, step 2"><p>Pictures from our cameras'
        " go to the Safer Westford Control Centre, run by Westford Borough Council, which monitors them on our behalf.</p>"
    )
    assert not analyse_html("CCTV", mark).signals["certification"]
    news = (
        "<p>Published 3 March 2025</p><p>Cabinet will be asked to move the monitoring of the council's CCTV cameras from"
        " Eastbury to Westford, whose Safer Westford control centre holds the Surveillance Camera Commissioner's"
        " certification.</p>"
    )
    got = analyse_html("Better CCTV monitoring proposed", news, path="/news/2025/cctv-monitoring")
    assert not [f for f in got.findings if f.type == "certification"]
    ours = analyse_html(
        "Better CCTV monitoring proposed",
        news.replace(
            "to Westford, whose Safer Westford control centre holds", "to our own control centre, which now holds"
        ),
        path="/news/2025/cctv-monitoring",
    )
    assert [f for f in ours.findings if f.type == "certification"]


def test_another_dutys_spoc_named_before_the_words(analyse_html: Callable[..., PageAnalysis]) -> None:
    prevent = (
        "<p>The council works with partners to keep Anytown safe. Our CCTV cameras cover the town centre.</p><p>The"
        " county's Prevent single point of contact can be reached at prevent@anytown.example.gov.uk.</p>"
    )
    assert not analyse_html("Community safety", prevent, path="/community-safety").signals["spoc"]
    ours = prevent.replace("county's Prevent single point of contact", "council's single point of contact for CCTV")
    assert analyse_html("Community safety", ours, path="/community-safety").signals["spoc"]


def test_a_searchs_documents_tab() -> None:
    here = "http://www.anytown.gov.uk/search?query=CCTV"
    links = [
        Link("http://www.anytown.gov.uk/search?query=CCTV", "All (7)", ""),
        Link("http://www.anytown.gov.uk/search?query=CCTV&type=documents", "Documents (3)", ""),
        Link("http://www.anytown.gov.uk/documents", "Documents", ""),
    ]
    assert documents_facet(links, "/search", here) == "http://www.anytown.gov.uk/search?query=CCTV&type=documents"
    assert documents_facet(links[:1] + links[2:], "/search", here) is None
