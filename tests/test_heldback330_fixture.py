"""The three hundred and thirtieth held-back web's own structures (the generic checks live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead.

Checks: fresh councils of the brief's mix; the labelling rules with the intended tallies; and the structures served:
facts in a question-and-answer table with the SPOC folded in a details widget; a disclosure spread over four service
privacy notices with the SPOC in one of them; a county's notice only as a Word document; a signed Word protocol with
West Midlands Police; step 2 only as a row of an audits table; step 2 only inside a policy PDF; 'working towards'
certification with a draft agreement on a consultation page; one-fact councils; councils that publish nothing."""

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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback330.truth import TRUTH_PATH
from fixtures.heldback330.web import Heldback330Web


@pytest.fixture(scope="module")
def web() -> Heldback330Web:
    return Heldback330Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback330Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 330)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_qa_table_and_spoc_in_details_widget(web: Heldback330Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    html = _html(web, host, "/community-safety/public-protection-cameras")
    assert '<th scope="col">Question</th><th scope="col">Answer</th>' in html
    assert '<details class="expander"><summary>Who has oversight of all our cameras?</summary>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_disclosure_spread_over_service_privacy_notices(web: Heldback330Web, truth: dict) -> None:
    host = "www.durham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert len(pages) == 5 and all(pg.startswith("/privacy-notices/") for pg in pages)
    for pg in pages:
        assert "cctv" not in _main(web, host, pg).lower(), pg
    assert "single point of contact" in _main(web, host, "/privacy-notices/recycling-centre-cameras")
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == d["5.5"]["status"] == "not_met"


def test_county_notice_only_as_word_document(web: Heldback330Web, truth: dict) -> None:
    host = "www.nottinghamshire.gov.uk"
    doc = "/media/2211/surveillance-cameras-privacy-notice.docx"
    r = _render(web, f"http://{host}{doc}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, f"http://{host}{doc}") == {f"http://{host}/privacy/service-notices"}
    assert "district and borough councils" in _main(web, host, "/community-safety")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{doc}"]
    assert d["5.3"]["status"] == "partial" and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_word_protocol_and_dated_step_2(web: Heldback330Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert "Signed on behalf of West Midlands Police" in _text(web, host, urlsplit(doc["url"]).path)
    pub = "/business/monitoring-and-response-service/public-space-cameras"
    assert 'alt="Surveillance camera code compliant - valid until June 2026"' in _html(web, host, pub)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "1,858 signatures" in _main(web, "edemocracy.coventry.gov.uk", "/mgAi.aspx?ID=70311")


def test_step_2_only_in_audits_table_and_signed_herts_agreement(web: Heldback330Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    assert "step 2" not in _main(web, host, "/community/cctv").lower()
    assert "<td>Step 2 full certification</td>" in _html(web, host, "/community/cctv/standards-and-audits")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "Hertfordshire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_in_policy_pdf(web: Heldback330Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    assert "step 2" not in _main(web, host, "/article/309/town-centres-cctv").lower()
    assert "step 2 full certification" in _text(web, host, "/media/6611/basildon-cctv-policy-2024.pdf")
    d = _auth(truth, host)["deliverables"]
    assert [d[k]["status"] for k in ("5.1", "5.2", "5.3", "5.5")] == ["met", "met", "met", "met"]


def test_working_towards_and_draft_on_consultation_page(web: Heldback330Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    assert "working towards certification" in _main(web, host, "/safety/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.2"]["status"] == "not_met" and doc["draft"] and d["5.5"]["status"] == "partial"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_bs7958_is_not_certification_and_welsh_twin(web: Heldback330Web, truth: dict) -> None:
    assert "BS 7958" in _main(web, "www.ipswich.gov.uk", "/communities-and-health/closed-circuit-television-cctv")
    assert _auth(truth, "www.ipswich.gov.uk")["deliverables"]["5.2"]["status"] == "not_met"
    d = _auth(truth, "www.conwy.gov.uk")["deliverables"]
    assert "http://www.conwy.gov.uk/cy/trosedd-a-diogelwch/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step1"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.n-kesteven.gov.uk", "retention"),
        ("www.threerivers.gov.uk", "subject_access"),
        ("www.midsuffolk.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback330Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.torridge.gov.uk", "www.southoxon.gov.uk", "www.lewes-eastbourne.gov.uk"})
    assert '<main id="main">' not in _html(web, "www.torridge.gov.uk", "/")
