"""Patterns the fifty-fifth to fifty-eighth held-back webs showed (written blind at session 15's start; first looks
measured at 68d494e and 75250a9). The passages are written for this test (invented places, forces and people).

- one-fact statements: cameras "at our multi-storey car parks"; "our public cameras in [towns]"; cameras "monitored
  24 hours a day, 365 days a year, by [a company] Ltd"; pictures "from our town centre cameras are sent to the … CCTV
  hub"; a CCTV supervisor "employed by the council";
- look-alikes: an FOI answer with bare "Request" / "Response" headings; a county group's guidance "for [county]
  councils" that "binds no council"; a partnership's model protocol titled after its publisher's name; the council's
  control room selling alarm and camera monitoring to businesses, with prices and a service level agreement; a news
  article under /latestnews/ quoting the Leader;
- committee papers alone: not met (reviewed), with the papers kept as secondary evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_one_fact_statements_in_other_words(analyse_html: Callable[..., PageAnalysis]) -> None:
    car_parks = analyse_html(
        "Safety at our car parks",
        "<p>Our car parks are lit all night.</p><p>Cameras at our multi-storey car parks are watched for us by the"
        " Westby District Council control room.</p>",
        path="/parking/car-park-safety",
    )
    assert car_parks.signals["cctv_info"] is True and "operator" in _crit(car_parks)
    towns = analyse_html(
        "Safer towns",
        "<p>The partnership runs pub watch and business crime schemes.</p>"
        "<p>Our public cameras in Northam, Eastby and Westby are watched 24 hours a day by trained staff.</p>",
        path="/community-safety/safer-towns",
    )
    assert towns.signals["cctv_info"] is True and "cameras" in _crit(towns)


def test_who_watches_them_in_other_words(analyse_html: Callable[..., PageAnalysis]) -> None:
    company = analyse_html(
        "CCTV", "<p>Our cameras are watched day and night, all year round, by Northam Guarding Ltd.</p>"
    )
    hub = analyse_html("CCTV", "<p>Pictures from our market cameras are sent to the Eastshire CCTV hub in Westby.</p>")
    staff = analyse_html("CCTV", "<p>A CCTV officer employed by the council checks the recordings each morning.</p>")
    for pa in (company, hub, staff):
        assert "operator" in _crit(pa), pa.findings


def test_an_foi_answer_under_bare_request_and_response_headings(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Camera contacts",
        "<h2>Request</h2><p>Which officer is responsible for the council's CCTV?</p>"
        "<h2>Response</h2><p>The council's traffic control centre watches cameras for congestion; recordings may be"
        " shared with the police.</p>",
        path="/information-requests/camera-contacts",
    )
    assert pa.decoy == "FOI response"
    assert not [f for f in pa.findings if f.type == "criterion"]


def test_guidance_and_model_protocols_for_the_countys_councils(analyse_text: Callable[..., PageAnalysis]) -> None:
    guidance = analyse_text(
        "Street cameras and the police: guidance for Eastshire councils\n"
        "Written by the Eastshire community safety managers' group for councils that run street cameras.\n"
        "A memorandum of understanding with Devon & Cornwall Police should say who may watch pictures live and how"
        " recordings are asked for.\n"
        "This guidance binds no council. Each council has to agree its own arrangement with the force.\n",
        path="/media/1200/eastshire-cameras-police-guidance.pdf",
    )
    assert guidance.signals["sla"] is False and guidance.signals["cctv_info"] is False
    model = analyse_text(
        "Eastshire community safety partnerships: model CCTV information sharing protocol\n"
        "For adaptation by each partner council.\n"
        "Parties: [insert council name] and Devon & Cornwall Police.\n"
        "Signed: ____________ for [insert council name] Date: ________\n",
        path="/media/1201/model-cctv-isp.pdf",
    )
    assert model.signals["sla"] is False


def test_monitoring_sold_to_businesses_is_not_the_public_space_system(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Alarm and CCTV monitoring for businesses",
        "<p>We can watch your shop's cameras and answer your alarms around the clock from our control room.</p>"
        "<p>Prices depend on how many cameras you have. Read our service level agreement (PDF).</p>",
        path="/business/alarm-and-cctv-monitoring-for-businesses",
    )
    assert pa.decoy == "alarm receiving or monitoring company" and pa.signals["cctv_info"] is False
    # the council's own CCTV page naming the service in passing keeps its own facts, but the price list's service
    # level agreement is no agreement with the police
    own = analyse_html(
        "Town centre CCTV",
        "<p>The council runs 40 town centre cameras.</p>"
        "<p>We also watch shops' cameras for a fee. Prices depend on the number of cameras. Read our service level"
        " agreement.</p>",
    )
    assert {"operator", "cameras"} <= _crit(own) and "police_agreement" not in _crit(own)


def test_a_news_article_under_latest_news_quoting_the_leader(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Cameras go up at Eastby shops",
        "<p>A camera column now overlooks the shops at Eastby Parade after complaints of disorder. It follows a camera"
        " on Mill Lane, the Leader said.</p>",
        path="/resident/latestnews/articles/eastby-parade-cameras.php",
    )
    assert pa.decoy == "news item"


def test_committee_papers_alone_are_not_met_and_reviewed(analyse_text: Callable[..., PageAnalysis]) -> None:
    from analysis.assess import assess

    minutes = analyse_text(
        "Overview and Scrutiny Committee - 4 March 2026\n"
        "Item 6: CCTV provision\n"
        "Members heard that the council's 48 town centre cameras are monitored by its control room at the Town Hall,"
        " and that recordings are kept for 31 days.\n",
        path="/documents/s4410/CCTV-provision-report.pdf",
    )
    assert minutes.secondary and minutes.signals["cctv_info"] is True
    d = assess([minutes], "ok")["5.1"]
    assert d["status"] == "not_met" and d["secondary_only"] is True and d["needs_review"] is True
    assert d["evidence"] and all(e.get("secondary") for e in d["evidence"])


def test_the_police_agreement_alone_does_not_end_the_hunt_for_the_councils_page() -> None:
    """5.1 partial read only from the agreement's document (its clauses name the operators and the recordings) is not
    the council's CCTV page: the plan keeps looking for it (held-back web 58's Test Valley, whose page is five clicks
    deep with its single point of contact)."""
    from analysis.searchplan_state import PlanState

    doc = "https://www.anytown.gov.uk/media/12/cctv-sla-police.pdf"
    state = PlanState()
    state.update({"5.1": {"status": "partial", "pages": [doc]}, "5.5": {"status": "met", "documents": [{"url": doc}]}})
    assert not state.info_seen
    state.update(
        {
            "5.1": {"status": "partial", "pages": [doc, "https://www.anytown.gov.uk/cctv"]},
            "5.5": {"status": "met", "documents": [{"url": doc}]},
        }
    )
    assert state.info_seen


def test_a_community_section_is_worth_opening_before_the_services() -> None:
    from analysis.links import assess_link
    from analysis.text import Link

    def score(path: str, words: str) -> float:
        return assess_link(Link("https://www.anytown.gov.uk" + path, words, "")).score

    assert score("/communityandleisure", "Community and leisure") > score("/housing", "Housing")
    assert score("/communities", "Communities") > score("/housing", "Housing")
    assert score("/leisure-centres", "Leisure centres") < score("/housing", "Housing")
    # only the whole label: a committee named for communities is ordered among the committees (analysis.scent), not
    # lifted above the cabinet (the simulated web's Medway, whose agreement is a cabinet item, 2026-12-02)
    assert score("/mgCommitteeDetails.aspx?ID=100", "Communities Scrutiny Panel") == score(
        "/mgCommitteeDetails.aspx?ID=110", "Cabinet"
    )
    assert score("/community-centres", "Community centres") <= score("/housing", "Housing")


def test_statements_the_regression_run_found_behind_committee_papers(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Councils the old committee-papers partial had hidden: each also says one thing on its own pages."""
    sites = analyse_html(
        "Anti-social behaviour",
        "<p>Report anti-social behaviour online or ring 101.</p>"
        "<p>Fixed and mobile cameras now cover 9 sites in Northam and Eastby, and 6 more watch Westby town centre.</p>",
        path="/community-and-safety/anti-social-behaviour",
    )
    assert sites.signals["cctv_info"] is True
    city = analyse_html(
        "A safe night out",
        "<p>Street pastors and taxi marshals work on Friday and Saturday nights.</p>"
        "<p>The city centre cameras record around the clock and operators watch them live at weekends.</p>",
        path="/community-and-safety/night-time-economy",
    )
    assert city.signals["cctv_info"] is True
    recording = analyse_html(
        "Request a recording of yourself",
        "<p>You can ask for a copy of any recording of yourself made by council cameras, giving the date and place.</p>",
        path="/pages/request_a_recording",
    )
    assert recording.signals["cctv_info"] is True and "subject_access" in _crit(recording)


def test_a_complaints_page_in_the_footer_is_browsed() -> None:
    """Where nothing else speaks of the cameras, the council's complaints procedure may ("Complaints about the
    council's CCTV cameras are handled under this procedure": held-back web 20's Welwyn Hatfield)."""
    from analysis.links import assess_link
    from analysis.sections import browsable
    from analysis.text import Link

    def score(path: str, words: str) -> float:
        return assess_link(Link("https://www.anytown.gov.uk" + path, words, "")).score

    assert browsable("https://www.anytown.gov.uk/complaints-and-feedback", "Complaints")
    assert not browsable("https://www.anytown.gov.uk/website-feedback", "Website feedback")
    assert score("/complaints-and-feedback", "Complaints") > score("/housing", "Housing")
    assert score("/environment/noise-complaints", "Noise complaints") <= score("/housing", "Housing")


def test_the_councils_premises_and_vehicles_cameras_in_one_line(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Standing one-fact councils of webs 9, 12, 13, 20, 38 and 44, written anew: each says one thing of cameras at
    its own places or on its own vehicles, never the word "council" beside them."""
    for title, body, path in (
        (
            "Privacy notice: visitors",
            "<p>Visitors sign in at reception. Recordings from these building cameras are wiped after 28 days.</p>",
            "/privacy/visitors",
        ),
        (
            "Privacy",
            "<p>When you visit one of our offices you may be recorded by our cameras. Recordings are kept for 28 days.</p>",
            "/privacy",
        ),
        (
            "Westby market hall",
            "<p>The hall opens six days a week.</p><p>There is CCTV inside the market hall and over the yard behind"
            " it.</p>",
            "/markets/westby-market-hall",
        ),
        ("Mill Lane car park", "<p>Pay and display, CCTV, toilets, disabled bays</p>", "/parking/car-parks/mill-lane"),
        (
            "Our waste fleet",
            "<p>Several of our refuse vehicles are fitted with cameras that show all round the lorry.</p>",
            "/bins/our-waste-fleet",
        ),
    ):
        pa = analyse_html(title, body, path=path)
        assert pa.signals["cctv_info"] is True, title
    faq = analyse_html(
        "Your information rights",
        "<h2>Can I correct wrong information?</h2><p>Yes. Tell us and we will put it right.</p>"
        "<h2>Can I get a recording of myself from cameras at a council building?</h2>"
        "<p>Yes. Ask for it with a subject access request, giving the date, time and building.</p>",
        path="/council/data-protection/your-information-rights",
    )
    assert faq.signals["cctv_info"] is True and "subject_access" in _crit(faq)
    # a bare "Yes." is not the quote
    assert all(not f.quote.startswith("Yes.") or len(f.quote) > 5 for f in faq.findings)
    # a private car park's facilities on a listings page of somebody else's, or a taxi firm's fleet, stay out
    taxis = analyse_html(
        "Taxi licensing",
        "<p>Licensed taxis may be fitted with cameras if the driver chooses.</p>",
        path="/licensing/taxis",
    )
    assert taxis.signals["cctv_info"] is False


def test_a_cabinet_reports_page_on_the_main_site_is_a_committee_paper(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    """Web 33's Birmingham: its only words on the cameras are a list of cabinet reports on the main host; with the
    city centre's cameras now read as the council's, the page must still be secondary (not met, reviewed)."""
    from analysis.assess import assess

    pa = analyse_html(
        "Cabinet reports",
        "<p>Report to Cabinet: renewal of the city centre CCTV links. Cabinet is asked to approve the spending so that"
        " the police keep live pictures.</p>",
        path="/council-and-democracy/cabinet-reports",
    )
    assert pa.secondary
    assert assess([pa], "ok")["5.1"]["status"] == "not_met"
