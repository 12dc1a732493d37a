"""The 365th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before this one; the
labelling rules hold with the intended tallies; and the structures the set is built from are really served, with
complaints, feedback and Ombudsman material as the emphasis (a SPOC named only on a 'what we have learned from
complaints' page; a signed police protocol linked only from the council's response to an Ombudsman decision; a step 1
claim only inside the complaints page; a SPOC as stage 1 of a complaints-stage table; a SPOC only in 'you said, we did'
answers under quoted comments; a step 2 claim only in a Word charter without extension, another only in survey
results; a signed MoU released after an Information Commissioner decision; one fact only in an annual complaints
report, another only in the summary of the Ombudsman's annual letter; the Ombudsman's and the Commissioner's own
decisions hosted as look-alikes; Welsh twins; a legacy site; councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback365.truth import TRUTH_PATH
from fixtures.heldback365.web import Heldback365Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback365Web:
    return Heldback365Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback365Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 365)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_on_learning_from_complaints_page(web: Heldback365Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    comp = "/council-and-democracy/complaints"
    learned = f"{comp}/what-we-have-learned"
    assert "single point of contact for surveillance cameras" in _main(web, host, learned)
    for other in ("/housing/anti-social-behaviour/cctv", "/community-safety/public-space-cameras"):
        assert "single point of contact" not in _main(web, host, other)
    assert f"http://{host}{comp}" in _linking(web, host, f"http://{host}{learned}")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {learned}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    decisions = [u for u in _links(web, host, f"{comp}/ombudsman-decisions") if u.endswith(".pdf") and "lgsco" in u]
    assert len(decisions) == 3
    for u in decisions:
        assert _render(web, u).header("Content-Type") == "application/pdf"
        assert "Summary:" in _text(web, host, urlsplit(u).path)
        assert u not in evidence_urls(_auth(truth, host))


def test_signed_protocol_linked_only_from_response_to_ombudsman(web: Heldback365Web, truth: dict) -> None:
    host = "www.sunderland.gov.uk"
    resp = f"http://{host}/article/17702/Ombudsman-decision-release-of-CCTV-recordings"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Northumbria"
    assert _linking(web, host, doc["url"]) == {resp}
    assert _linking(web, host, resp) == {f"http://{host}/article/17700/Ombudsman-decisions"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Sunderland City Council" in text
    assert "Signed for and on behalf of Northumbria Police" in text
    fb = _html(web, host, "/article/5900/Compliments-comments-and-complaints")
    assert "<option>CCTV and the City Alarm and Emergency Centre</option>" in fb
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert _paths(d["5.3"]) == {"/article/5927/Complaints-frequently-asked-questions"}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_1_only_in_the_complaints_page(web: Heldback365Web, truth: dict) -> None:
    host = "www.swindon.gov.uk"
    pg = "/info/20029/people_and_communities/1048/cctv_in_swindon"
    comp = "/info/20011/council_and_democracy/310/comments_compliments_and_complaints"
    assert "step 1 (desktop) certification" in _main(web, host, comp)
    main = _main(web, host, pg)
    assert "certification" not in main and "privacy impact assessment" in main
    assert "<img" not in _html(web, host, pg).split('<main id="main">', 1)[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {comp}
    assert d["5.1"]["criteria"]["dpia"] and d["5.1"]["criteria"]["code_compliance"]


def test_welsh_twins_complaint_form_and_three_contacts(web: Heldback365Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    assert f"http://{host}/teledu-cylch-cyfyng" in _links(web, host, "/cctv")
    assert '<html lang="cy">' in _html(web, host, "/teledu-cylch-cyfyng")
    assert '<select id="system" name="system">' in _html(web, host, "/cctv/complaint-form")
    faq = _main(web, host, "/cctv/faqs")
    assert "Neighbourhood Support Unit" in faq and "council switchboard" in faq
    assert "single point of contact" not in faq
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/teledu-cylch-cyfyng/cwestiynau-cyffredin" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_as_first_stage_of_complaints_table_and_dsa_linked_only_from_it(web: Heldback365Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    comp = "/living-here/safer-communities/cctv-service/comments-and-complaints"
    html = _html(web, host, comp)
    assert '<th scope="col">Stage</th><th scope="col">Who looks at it</th>' in html
    assert "<td>1</td><td>Surveillance camera single point of contact" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {comp}
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"] and doc["force"] == "Derbyshire" and _linking(web, host, doc["url"]) == {f"http://{host}{comp}"}
    )
    notice = "/your-council/data-protection/cctv-privacy-notice.aspx"
    assert "data sharing agreement" in _main(web, host, notice) and d["5.1"]["criteria"]["police_agreement"]
    assert "ISO 9001" in _main(web, host, "/living-here/safer-communities/cctv-service")
    assert d["5.2"]["status"] == "not_met"


def test_one_fact_only_in_annual_complaints_report(web: Heldback365Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    report = f"http://{host}/wp-content/uploads/2025/07/complaints-and-compliments-annual-report-2024-25.pdf"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [report]
    assert [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert _linking(web, host, report) == {f"http://{host}/council-and-democracy/complaints/annual-report"}
    assert _render(web, report).header("Content-Type") == "application/pdf"
    assert "Boston" in _main(web, "democracy.sholland.gov.uk", "/mgAi.aspx?ID=9120")


def test_mailbox_only_on_complaints_we_cannot_deal_with(web: Heldback365Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    cannot = "/council-and-democracy/complaints/complaints-we-cannot-deal-with"
    assert "community.safety@horsham.example.gov.uk" in _main(web, host, cannot)
    for pg in ("/community/cctv", "/community/cctv/cctv-privacy-statement"):
        assert "community.safety@" not in _main(web, host, pg)
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "partial" and _paths(a["deliverables"]["5.3"]) == {cannot}
    assert a["deliverables"]["5.5"]["status"] == "partial" and a["heldback"]["robots_forbid_search"]


def test_step_2_only_in_word_charter_without_extension(web: Heldback365Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    charter = "/downloads/file/2210/cctv-customer-charter"
    r = _render(web, f"http://{host}{charter}")
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    assert _no_extension(charter) and "full step 2 certification" in _text(web, host, charter)
    main = _main(web, host, "/CCTV")
    assert "step 2" not in main and "10 pound fee" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020"
    assert _paths(d["5.2"]) == {charter} and not d["5.2"]["mark_displayed"]


def test_spoc_for_two_councils_and_step_2_in_survey_results(web: Heldback365Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    survey = "/community-safety/cctv/customer-survey-results"
    qcc = "/community-safety/cctv/questions-comments-and-complaints"
    assert "step 2" in _main(web, host, survey) and "step 2" not in _main(web, host, "/community-safety/cctv")
    assert "<table>" in _html(web, host, survey)
    assert "for both Redditch Borough Council and Bromsgrove District Council" in _main(web, host, qcc)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {survey}
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {qcc}


def test_mou_published_only_after_information_commissioner_decision(web: Heldback365Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    case = f"http://{host}/about-the-council/freedom-of-information/ico-decisions/ic-287114"
    a = _auth(truth, host)
    d = a["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {case}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for Hertfordshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    notice = f"http://{host}/media/3389/ic-287114-decision-notice.pdf"
    assert notice in _links(web, host, urlsplit(case).path) and notice not in evidence_urls(a)
    assert not any("freedom-of-information" in u for u in d["5.1"]["pages"])
    assert (
        not d["5.1"]["criteria"]["police_agreement"] and a["heldback"]["democracy_host"] == "democracy.watford.gov.uk"
    )


def test_spoc_only_in_you_said_we_did_answers(web: Heldback365Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    ysd = "/crime-safety-emergencies/cctv/you-said-we-did"
    html = _html(web, host, ysd)
    assert html.count("<blockquote>") == 5
    answer = html.split("You said you did not know who to ask", 1)[1].split("</div>", 1)[0]
    assert 'class="yswd__answer"' in answer and "single point of contact for surveillance cameras" in answer
    assert "single point of contact" not in _main(web, host, "/crime-safety-emergencies/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {ysd}
    assert d["5.5"]["status"] == "not_met"


def test_one_fact_in_summary_of_ombudsman_letter_on_legacy_site(web: Heldback365Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    omb = f"http://{host}/council/complaints/ombudsman-annual-review"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [omb] and d51["criteria"]["cameras"]
    letter = f"http://{host}/media/2281/lgsco-annual-review-letter-2025.pdf"
    assert letter in _links(web, host, urlsplit(omb).path) and letter not in evidence_urls(a)


def test_councils_that_publish_nothing_carry_other_bodies_decisions(web: Heldback365Web, truth: dict) -> None:
    nothing = {"www.norfolk.gov.uk", "www.gloucester.gov.uk", "www.spelthorne.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    learn = _main(web, "www.norfolk.gov.uk", "/complaints-and-feedback/learning-from-ombudsman-cases")
    assert "a district council outside Norfolk" in learn
    ico = _text(web, "www.gloucester.gov.uk", "/media/ico/ic-331870-k4l2-decision-notice.pdf")
    assert "The Commissioner's decision" in ico
    lgsco = _text(web, "www.spelthorne.gov.uk", "/media/lgsco-24-009-773.pdf")
    assert "neighbour" in lgsco and "Information Commissioner" in lgsco
