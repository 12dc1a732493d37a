"""The 313th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a SPOC only on the S page of a letter-paged
contacts directory with the Met agreement mentioned on its P page; camera pages under Information and privacy with
the signed agreement only as an HTML appendix page of a paged policy; a SPOC only as a row of a community safety
partnership's leads table, the facts in one of several privacy notices; a SPOC only in a bilingual decision notice on
a democracy host, /cy twins, step 2 only on a shared-monitoring page; a SPOC only in the senior officers' pay
transparency table beside a RIPA SRO; step 2 only in a code PDF's document control; a signed ISA linked only from a
record of processing; a draft memorandum among a partnership's documents and step 2 on a monitoring-for-others page
of a legacy site; a SPOC and signed protocol only in the appendices of a RIPA-led surveillance policy; a step 1 claim
only in a Word statistics report and a signed agreement only behind a decision notice; one-fact councils; a decision
notice that counts for nothing; robots.txt forbidding the search; and councils that publish nothing but carry
look-alikes).
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
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback313.truth import TRUTH_PATH
from fixtures.heldback313.web import Heldback313Web


@pytest.fixture(scope="module")
def web() -> Heldback313Web:
    return Heldback313Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback313Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 313)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 5, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_spoc_only_on_the_s_page_of_a_letter_paged_contacts_directory(web: Heldback313Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    root = f"http://{host}/contact-us/directory"
    links = _links(web, host, "/contact-us/directory")
    assert f"{root}/s" in links and f"{root}/p" in links and f"{root}/d" not in links
    assert _linking(web, host, f"{root}/s") == {root}
    assert "single point of contact" in _main(web, host, "/contact-us/directory/s")
    cctv = "/services/community-safety/closed-circuit-television-cctv"
    assert "single point of contact" not in _main(web, host, cctv) and len(_main(web, host, cctv).split()) < 80
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/contact-us/directory/s"}
    assert (
        d["5.5"]["status"] == "partial"
        and _paths(d["5.5"]) == {"/contact-us/directory/p"}
        and not d["5.5"]["documents"]
    )
    assert "Metropolitan Police Service" in _main(web, host, "/contact-us/directory/p")


def test_signed_agreement_only_as_html_appendix_of_a_paged_policy(web: Heldback313Web, truth: dict) -> None:
    host = "www.barnsley.gov.uk"
    pol = "/services/information-and-privacy/surveillance-camera-policy/"
    app = f"{pol}appendix-b-monitoring-agreement/"
    assert _linking(web, host, f"http://{host}{app}") == {f"http://{host}{pol}"}
    r = _render(web, f"http://{host}{app}")
    assert (r.header("Content-Type") or "").startswith("text/html")
    html = _html(web, host, app)
    assert "<td>South Yorkshire Police</td>" in html and html.count("<td>Signed</td>") == 2
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and doc["url"] == f"http://{host}{app}"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("saferneighbourhoods@")
    assert "agreement" not in _main(web, host, "/services/information-and-privacy/cctv/").lower()


def test_spoc_as_a_row_of_the_partnership_leads_table(web: Heldback313Web, truth: dict) -> None:
    host = "www.halton.gov.uk"
    csp = "/Pages/communitysafety/HaltonSaferPartnership.aspx"
    html = _html(web, host, csp)
    assert "<td>Surveillance camera single point of contact (all council camera systems)</td>" in html
    assert "single point of contact" not in _main(web, host, "/Pages/communitysafety/CCTV.aspx")
    notices = _links(web, host, "/Pages/councildemocracy/privacynotices.aspx")
    assert sum("/privacy/" in u for u in notices) >= 6
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {csp}
    assert d["5.5"]["status"] == "not_met" and "information sharing protocol" in _main(web, host, csp)
    assert "penalty charge notice" in _main(web, host, "/Pages/roads/merseygateway.aspx")


def test_bilingual_twins_spoc_only_in_a_decision_notice_and_step_2_on_shared_monitoring_page(
    web: Heldback313Web, truth: dict
) -> None:
    host = "www.wrexham.gov.uk"
    dem = "democracy.wrexham.gov.uk"
    assert dem in web.sites[host].hosts()
    cy = "/cy/gwasanaeth/teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, "/service/cctv")
    assert '<html lang="cy">' in _html(web, host, cy)
    notice = f"http://{dem}/ieDecisionDetails.aspx?ID=2318"
    assert _linking(web, host, notice) == {f"http://{dem}/mgDelegatedDecisions.aspx?bcr=1"}
    assert "Hysbysiad penderfyniad" in _text(web, dem, "/ieDecisionDetails.aspx?ID=2318")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {notice}
    assert not d["5.1"]["criteria"]["responsible_officer"] and not any(dem in u for u in d["5.1"]["pages"])
    assert "step 2" not in _main(web, host, "/service/cctv")
    assert d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {"/service/cctv/monitoring-for-flintshire"}
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"


def test_spoc_only_in_the_senior_officers_pay_table(web: Heldback313Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    so = "/council-and-democracy/transparency/senior-officer-responsibilities"
    html = _html(web, host, so)
    assert '<th scope="col">Salary band</th>' in html and "senior responsible officer for RIPA" in html
    assert "single point of contact" not in _main(web, host, "/community-and-living/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {so} and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_the_code_pdf_document_control(web: Heldback313Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    code = "/sites/default/files/2024-05/CCTV-Code-of-Practice-2024.pdf"
    assert _render(web, f"http://{host}{code}").header("Content-Type") == "application/pdf"
    assert "Document control" in _text(web, host, code) and "IQ Verify" in _text(web, host, code)
    assert "step" not in _main(web, host, "/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2021-10" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "not_met" and "Thurrock" in _main(web, host, "/news/deployable-cameras-thurrock")


def test_signed_isa_linked_only_from_a_record_of_processing(web: Heldback313Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    rec = f"http://{host}/your-council/data-protection/records-of-processing/public-space-cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {rec}
    assert '<th scope="row">Sharing agreement</th>' in _html(web, host, urlsplit(rec).path)
    assert "Signed on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "agreement" not in _main(web, host, "/community-safety/cctv").lower()


def test_legacy_draft_memorandum_among_partnership_documents_and_step_2_for_others(
    web: Heldback313Web, truth: dict
) -> None:
    host = "www.westsuffolk.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/community/crime_and_safety/cctv.cfm")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/community/crime_and_safety/community_safety_partnership.cfm"
    }
    assert "...." in _text(web, host, urlsplit(doc["url"]).path)
    assert "step 2" not in _html(web, host, "/community/crime_and_safety/cctv.cfm")
    assert (
        _paths(d["5.2"]) == {"/community/crime_and_safety/cctv_for_partners.cfm"} and d["5.2"]["awarded"] == "2020-03"
    )


def test_spoc_and_signed_protocol_only_in_a_ripa_policy_appendices(web: Heldback313Web, truth: dict) -> None:
    host = "www.ambervalley.gov.uk"
    pol = "/media/4416/corporate-surveillance-policy-2024.pdf"
    text = _text(web, host, pol)
    assert "Senior Responsible Officer for RIPA" in text and "Appendix 4" in text and "Appendix 5" in text
    assert text.index("Appendix 5: Protocol") < text.index("Signed for Derbyshire Constabulary")
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]) == {pol} and _paths(d["5.5"]) == {pol} and d["5.5"]["documents"][0]["signed"]
    assert len(_main(web, host, "/crime-and-emergencies/cctv").split()) < 40


def test_step_1_in_word_report_and_agreement_behind_decision_notice(web: Heldback313Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    dem = "democracy.staffsmoorlands.gov.uk"
    stats = "/downloads/file/2210/cctv-annual-statistics-2023-24.docx"
    assert (_render(web, f"http://{host}{stats}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert "step 1 (desktop)" in _text(web, host, stats)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and _paths(d["5.2"]) == {stats}
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieDecisionDetails.aspx?ID=7731"}
    assert not any(dem in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["police_agreement"]


def test_one_fact_councils_and_a_decision_notice_that_counts_for_nothing(web: Heldback313Web, truth: dict) -> None:
    for host, path in (
        ("www.southoxon.gov.uk", "/community/community-safety-partnership"),
        ("www.torridge.gov.uk", "/leisure/beach-huts-westward-ho"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    dem = "democratic.southoxon.gov.uk"
    assert "Thames Valley CCTV partnership" in _text(web, dem, "/ieDecisionDetails.aspx?ID=4412")
    assert not web.sites["www.torridge.gov.uk"].az


def test_robots_forbid_search_and_councils_that_publish_nothing(web: Heldback313Web, truth: dict) -> None:
    assert _auth(truth, "www.stroud.gov.uk")["heldback"]["robots_forbid_search"]
    assert_publish_nothing(web, truth, {"www.eastsussex.gov.uk", "www.stroud.gov.uk", "www.n-kesteven.gov.uk"})
    assert "does not operate any town centre camera systems" in _main(
        web, "www.eastsussex.gov.uk", "/your-council/foi/disclosure-log/public-space-cctv"
    )
