"""Decoys: pages that mention CCTV but are not the LA's disclosure contribute nothing."""

from __future__ import annotations

import pytest

from analysis.assess import assess
from analysis.context import AuthorityContext

DECOY_PAGES = [
    (
        "home CCTV advice",
        "Using CCTV at your home",
        "/community-safety/home-cctv",
        """
<p>Many residents install CCTV or a video doorbell to protect their home. If your camera captures images beyond
the boundary of your property, such as a neighbour's garden or the street, data protection law applies.</p>
<p>Position cameras so they do not overlook your neighbour's property. The ICO has guidance on domestic CCTV.</p>
<p>Disputes between neighbours about CCTV are a civil matter; the council cannot ask you to remove a camera.</p>""",
    ),
    (
        "job advert",
        "CCTV Operator (part time)",
        "/jobs/cctv-operator-12345",
        """
<p>Salary: £23,500 - £25,100 pro rata. Grade 4. 22.5 hours per week, shift pattern including nights.</p>
<p>We are looking for a CCTV Operator to join the team in our 24-hour control room, monitoring over 150 cameras
across the borough and working closely with Devon and Cornwall Police.</p>
<p>The successful candidate will need an SIA CCTV licence or be willing to obtain one. Full training is provided.</p>
<p>Closing date: 14 March 2025. Interviews will be held the following week. Download the job description and
person specification.</p>""",
    ),
    (
        "parking or traffic enforcement",
        "Bus lane and moving traffic enforcement",
        "/parking/bus-lane-enforcement",
        """
<p>We use CCTV cameras to enforce bus lanes and moving traffic restrictions under the Traffic Management Act 2004.</p>
<p>If your vehicle is recorded contravening a restriction, a Penalty Charge Notice (PCN) will be posted to the
registered keeper. The cameras are an approved device certified by the Secretary of State.</p>
<p>You can view the footage of your contravention online and pay or challenge your PCN within 28 days.</p>""",
    ),
    (
        "taxi licensing",
        "Taxi and private hire vehicle CCTV",
        "/licensing/taxi-cctv",
        """
<p>All hackney carriage and private hire vehicles licensed by the council must have an approved CCTV system
installed as a condition of the vehicle licence.</p>
<p>Images must be retained for 31 days and may only be downloaded by authorised officers. Drivers must display
signs informing passengers that CCTV is in operation.</p>""",
    ),
    (
        "school policy",
        "St Mary's Primary School CCTV Policy",
        "/schools/st-marys/cctv-policy",
        """
<p>St Mary's Primary School uses CCTV to keep pupils, staff and visitors safe. The school's CCTV system has 8 cameras
covering the entrances and playground.</p>
<p>The headteacher is responsible for the system. The governing body reviews this policy annually.
Images are kept for 30 days. Parents and carers may make a subject access request to the school.</p>""",
    ),
    (
        "parish or town council",
        "Anyvillage Town Council CCTV Policy",
        "/downloads/anyvillage-town-council-cctv-policy",
        """
<p>Anyvillage Town Council operates 12 CCTV cameras in the market square to prevent crime.</p>
<p>The Town Council is the data controller. The Town Clerk is responsible for the system. Images are retained for
28 days. The Town Council will review this policy annually.</p>""",
    ),
    (
        "police appeal",
        "Police appeal: do you recognise these men?",
        "/news/police-appeal-market-street",
        """
<p>Police are appealing for information after a shop window was smashed on Market Street. Officers have released
CCTV images of two men they would like to speak to.</p>
<p>Do you recognise them? Call 101 quoting crime reference 123456 or contact Crimestoppers anonymously.</p>""",
    ),
    (
        "news item",
        "New CCTV cameras for the town centre",
        "/news/2024/new-cctv-cameras",
        """
<p>Published: 3 June 2024</p>
<p>Twelve new high-definition CCTV cameras have been installed in the town centre thanks to £150,000 of
Safer Streets funding.</p>
<p>"These cameras will help keep our residents safe," said Councillor Jane Brown, cabinet member for community safety.</p>
<p>Notes to editors: for media enquiries contact the press office.</p>""",
    ),
    (
        "planning or premises licence condition",
        "Premises licence: The Red Lion, High Street",
        "/licensing/premises-licence/red-lion",
        """
<p>Application for a variation of a premises licence under the Licensing Act 2003.</p>
<p>Condition 4: CCTV shall be installed and maintained at the premises, covering all entrances, and recordings
shall be retained for 31 days and made available to the police on request.</p>
<p>The licence holder and designated premises supervisor must ensure a trained member of staff can operate the system.</p>""",
    ),
    (
        "drain or sewer survey",
        "Drainage CCTV surveys",
        "/environment/drainage/cctv-surveys",
        """
<p>Our drainage team can carry out a CCTV survey of your drains or sewer pipe to find blockages, root ingress or
collapsed pipework.</p>
<p>A camera is passed along the pipe and a report with images is provided. If you plan to build over a public
sewer, the water company may need a CCTV drainage survey.</p>""",
    ),
    (
        "covert surveillance (RIPA)",
        "Regulation of Investigatory Powers Act (RIPA) policy",
        "/council/policies/ripa-policy",
        """
<p>This policy explains how the council authorises directed surveillance and the use of covert human intelligence
sources under the Regulation of Investigatory Powers Act 2000.</p>
<p>Overt CCTV cameras are not normally covered by RIPA, but where CCTV is used for a covert, targeted operation an
authorisation is required from an authorising officer and approval by a magistrate.</p>
<p>The Investigatory Powers Commissioner's Office (IPCO) inspects the council's use of these powers.</p>""",
    ),
    (
        "FOI response",
        "FOI request 2023-0456: CCTV cameras",
        "/foi/disclosure-log/2023-0456",
        """
<p>Date of request: 12 May 2023. Date responded: 2 June 2023.</p>
<p>Request: How many CCTV cameras does the council operate and how long is footage retained?</p>
<p>Response: The council operates 86 public space CCTV cameras. Footage is retained for 31 days.</p>
<p>This response has been published in our disclosure log.</p>""",
    ),
    (
        "tender or supplier page",
        "Tender: CCTV maintenance contract",
        "/business/tenders/cctv-maintenance",
        """
<p>Invitation to tender for the maintenance of the council's public space CCTV system and control room equipment.</p>
<p>Estimated value: £240,000 over four years. Suppliers must register on the In-Tend portal. The deadline for
submissions is 12 noon on 30 April 2025.</p>""",
    ),
    (
        "Scottish or Northern Irish page",
        "Public space CCTV in Scotland",
        "/cctv/scotland",
        """
<p>In Scotland, public space CCTV is operated by councils in partnership with Police Scotland, under the Scottish
Government's national strategy for public space CCTV.</p>
<p>Requests under the Freedom of Information (Scotland) Act 2002 are made to the Scottish council concerned.</p>""",
    ),
]


# The same decoys where neither the address nor a telling title gives them away.
UNMARKED_DECOYS = [
    (
        "home CCTV advice",
        "CCTV",
        "/residents/cctv-advice",
        """
<p>Thinking of putting up CCTV? Many people now fit a video doorbell or cameras to protect their property.</p>
<p>If your cameras capture images outside your own property, for example your neighbour's garden or a public
footpath, you must comply with data protection law.</p>
<p>Tell your neighbours before you install cameras, and angle them so they only cover your own property.</p>""",
    ),
    (
        "job advert",
        "CCTV Operator",
        "/vacancy/4521",
        """
<p>£24,000 per annum. 37 hours per week, rotating shifts.</p>
<p>You will monitor the council's 120 cameras from our control room, working with the police.</p>
<p>Apply online by the closing date of 3 May 2025.</p>""",
    ),
    (
        "parking or traffic enforcement",
        "Enforcement cameras",
        "/roads/cameras",
        """
<p>Cameras are used to enforce restrictions at bus gates and yellow box junctions. Drivers who contravene
restrictions will receive a penalty charge notice.</p>""",
    ),
    (
        "police appeal",
        "Do you recognise these people?",
        "/article/9981",
        """
<p>Officers investigating a burglary have released CCTV images of two people they want to identify. Anyone with
information should call 101 or Crimestoppers.</p>""",
    ),
    (
        "news item",
        "Council invests in new CCTV",
        "/article/7766",
        """
<p>The council has invested £200,000 in 20 new CCTV cameras for the high street.</p>
<p>Councillor Sam Lee said: "This investment shows our commitment to keeping residents safe and tackling
anti-social behaviour."</p><p>The cameras will be monitored from the council's control room.</p>""",
    ),
    (
        "drain or sewer survey",
        "CCTV surveys",
        "/services/cctv-surveys",
        """
<p>We offer CCTV surveys of private drains and sewers. Our camera van can inspect pipes up to 300mm and identify
blockages.</p>""",
    ),
]


@pytest.mark.parametrize("reason,title,path,main", UNMARKED_DECOYS, ids=[d[0] for d in UNMARKED_DECOYS])
def test_unmarked_decoys_are_rejected_by_their_words(analyse_html, reason, title, path, main):
    pa = analyse_html(title, main, path)
    assert pa.decoy == reason
    if reason == "news item":
        # a council's own news of its own cameras states them (the text signal, as the real-text
        # dev set labels such items), but no verdict counts it: no criterion, no 5.1 finding
        assert not pa.criteria and not any(f.type == "cctv_info" for f in pa.findings)
    else:
        assert not pa.signals["cctv_info"]


@pytest.mark.parametrize("reason,title,path,main", DECOY_PAGES, ids=[d[0] for d in DECOY_PAGES])
def test_decoy_pages_are_rejected(analyse_html, reason, title, path, main):
    pa = analyse_html(title, main, path)
    assert pa.decoy == reason
    # an FOI answer stating the council's own facts is about its cameras (the signal), yet counts for nothing; so does the
    # council's own news counting the cameras it put up ("Twelve new … CCTV cameras have been installed in the town centre",
    # as test_unmarked_decoys_are_rejected_by_their_words allows)
    own_words_answer = reason == "FOI response"
    signals = {k for k, v in pa.signals.items() if v}
    if reason == "news item":
        assert signals <= {"cctv_info"}
    else:
        assert signals == ({"cctv_info"} if own_words_answer else set())
    assert pa.criteria == {} and pa.spoc is None and pa.certification is None and pa.sla == []
    kinds = {f.type for f in pa.findings}
    assert kinds == ({"foi_response"} if reason == "FOI response" else {"decoy"})
    verdicts = assess([pa], "ok")
    assert all(v["status"] == "not_met" for v in verdicts.values())


def test_foi_answer_is_recorded_apart(analyse_html):
    reason, title, path, main = next(d for d in DECOY_PAGES if d[0] == "FOI response")
    verdicts = assess([analyse_html(title, main, path)], "ok")
    assert verdicts["5.1"]["status"] == "not_met"
    assert verdicts["5.1"]["foi_responses"] == ["https://www.anytown.gov.uk" + path]


def test_own_page_with_decoy_paragraphs_stays_own(analyse_html):
    main = """
<p>Anytown Borough Council operates 64 public space CCTV cameras, monitored from our control room 24 hours a day.</p>
<p>The cameras help prevent and detect crime. Images are retained for 31 days.</p>
<h2>Other cameras</h2>
<p>Bus lane cameras are used for civil enforcement; Penalty Charge Notices are dealt with by the parking team.</p>
<p>If you are thinking about CCTV at your home or a doorbell camera, read the ICO guidance on domestic CCTV.</p>
<p>We are recruiting: see our jobs page for CCTV operator vacancies.</p>
"""
    pa = analyse_html("CCTV", main, "/community-safety/cctv")
    assert pa.decoy is None and pa.signals["cctv_info"]
    assert pa.criteria["cameras"] and pa.criteria["retention"] and pa.criteria["purpose"]
    quotes = " ".join(f.quote for f in pa.findings)
    assert "Penalty Charge" not in quotes and "doorbell" not in quotes


def test_code_of_practice_with_a_ripa_section_is_not_a_ripa_decoy(analyse_html):
    main = """
<p>This code of practice governs the operation of Anytown Borough Council's public space CCTV scheme.</p>
<p>The objectives of the scheme are to prevent and detect crime. The council is the data controller.</p>
<p>Images are retained for 31 days. Requests from the police are logged by the control room.</p>
<h2>Directed surveillance</h2>
<p>Cameras will not be used for covert or directed surveillance unless authorised under the Regulation of
Investigatory Powers Act 2000 (RIPA) by an authorising officer.</p>
"""
    pa = analyse_html("CCTV Code of Practice", main, "/downloads/cctv-code-of-practice")
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_parish_council_page_is_credited_only_to_that_parish():
    from analysis.page import analyse
    from analysis.text import extract

    reason, title, path, main = next(d for d in DECOY_PAGES if d[0] == "parish or town council")
    body = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>".encode()
    url = "https://www.anyvillage-tc.gov.uk" + path
    parish = AuthorityContext("Anyvillage Town Council", "https://www.anyvillage-tc.gov.uk/", "Devon & Cornwall")
    assert analyse(extract(body, url, "text/html"), parish).decoy is None
    principal = AuthorityContext("Anytown Borough Council", "https://www.anytown.gov.uk/", "Devon & Cornwall")
    assert analyse(extract(body, url, "text/html"), principal).decoy == "parish or town council"


def test_search_results_page_contributes_nothing(analyse_html):
    main = """<p>Showing 1 to 10 of 86 results for CCTV</p>
<ul><li><a href="/cctv">CCTV</a> The council operates 64 CCTV cameras monitored 24 hours a day.</li>
<li><a href="/jobs/cctv">CCTV operator</a> Salary £23,500.</li></ul>"""
    pa = analyse_html("Search results", main, "/search?q=CCTV")
    assert pa.decoy == "search results" and not pa.signals["cctv_info"]


# Decoys that read like a council's own CCTV page because their subject is the council's cameras:
# a short news article, a job advert named after the post, a report written for councillors.


def test_short_news_article_in_the_news_section_is_news(analyse_html):
    main = (
        "<p>Traders on Bridge Street have welcomed six cameras fitted this week.</p>"
        "<p>The cameras will be watched from the council's control room to help prevent crime.</p>"
    )
    pa = analyse_html("Cameras for Bridge Street", main, "/news/2025/cameras-for-bridge-street")
    assert pa.decoy == "news item" and not pa.criteria and not any(f.type == "cctv_info" for f in pa.findings)


def test_news_headline_outside_a_news_path_is_news(analyse_html):
    main = (
        "<p>Twenty more cameras have been installed around the bus station.</p>"
        "<p>They were paid for by the Safer Streets fund and are monitored by the police.</p>"
    )
    pa = analyse_html("Extra CCTV cameras to cut crime at the bus station", main, "/article/5521")
    assert pa.decoy == "news item" and not pa.signals["cctv_info"]


def test_news_index_is_not_an_article(analyse_html):
    from analysis.decoys import _news_article

    assert not _news_article("/news/") and not _news_article("/news/index.htm")
    assert _news_article("/news/article/77/cameras_switched_on")


def test_job_named_after_the_post_is_a_job_advert(analyse_html):
    main = (
        "<p>Join our team watching public space CCTV across the borough on a rota of days and nights.</p>"
        "<p>Salary: Grade 5. Closing date: 12 January 2026.</p>"
        "<p>You will need an SIA CCTV licence. Download the job description and person specification.</p>"
    )
    pa = analyse_html("CCTV Control Room Operator", main, "/article/4410/CCTV-Control-Room-Operator")
    assert pa.decoy == "job advert" and not pa.signals["cctv_info"]


def test_report_written_for_councillors_is_secondary(analyse_text):
    text = (
        "CCTV Annual Report 2024\n"
        "This report updates members on the work of the council's CCTV service during 2024.\n"
        "The control room dealt with 3120 incidents and 287 arrests were made.\n"
    )
    pa = analyse_text(text, "/sites/default/files/2025-02/cctv-annual-report-2024.pdf")
    assert pa.signals["cctv_info"] and pa.secondary
