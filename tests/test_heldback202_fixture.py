"""The two hundred and second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh (real register rows of the brief's mix, none in the fifteen sets before); the labelling
rules hold with the intended tallies; and the structures the set is built from are really served: a signed agreement
only inside a moderngov public reports pack (spaces and ?T=10 in its address); a signed agreement only as an officer
decision's attachment served without extension; a Word protocol and a PDF agreement served without extension; code,
form and notice at query-string addresses of the CCTV page, the SPOC only in that code; a signed protocol that lapsed
after six months; a signed agreement that lapsed after three years, confirmed by a decision record; an unsigned
certificate of agreement with dotted lines; a Cabinet-approved agreement whose published appendix is a draft; step 2
only in a Cabinet report, step 1 only in a decision record, step 2 only in an annual report without extension, step 2
beside a mark; SPOCs in a roles table and on pages; one-fact councils; and councils that publish nothing.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback.kit import DOCX_TYPE, PDF_TYPE
from fixtures.heldback202.truth import TRUTH_PATH
from fixtures.heldback202.web import Heldback202Web


@pytest.fixture(scope="module")
def web() -> Heldback202Web:
    return Heldback202Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _ctype(web: Heldback202Web, url: str) -> str:
    r = _render(web, url)
    assert r.status == 200, url
    return r.header("Content-Type") or ""


def test_fresh_councils(web: Heldback202Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 202)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_signed_agreement_only_in_public_reports_pack(web: Heldback202Web, truth: dict) -> None:
    host, dem = "www.islington.gov.uk", "democracy.islington.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert "%20" in doc["url"] and urlsplit(doc["url"]).query == "T=10"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieListDocuments.aspx?CId=135&MId=4417"}
    assert _ctype(web, doc["url"]) == PDF_TYPE
    pack = _text(web, dem, urlsplit(doc["url"]).path + "?T=10")
    assert "Signed for and on behalf of the Metropolitan Police Service" in pack and "Item 4" in pack
    item = _main(web, dem, "/mgAi.aspx?ID=9921")
    assert "public reports pack" in item and "Signed" not in item
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_agreement_only_as_officer_decision_attachment_without_extension(web: Heldback202Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    a = _auth(truth, host)
    (doc,) = a["deliverables"]["5.5"]["documents"]
    assert a["deliverables"]["5.5"]["status"] == "met" and _no_extension(doc["url"])
    dec = f"http://{host}/council-and-democracy/decisions/officer-decisions/od-2024-061"
    assert _linking(web, host, doc["url"]) == {dec}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == PDF_TYPE and r.header("Content-Disposition") is None
    assert "Attachment 1" in _main(web, host, urlsplit(dec).path)
    assert a["deliverables"]["5.1"]["status"] == "partial" and a["deliverables"]["5.1"]["pages"] == [
        f"http://{host}/parks-and-open-spaces/gloucester-park"
    ]


def test_documents_without_extension_hold_agreements(web: Heldback202Web, truth: dict) -> None:
    man = _auth(truth, "www.mansfield.gov.uk")["deliverables"]["5.5"]
    (doc,) = man["documents"]
    assert man["status"] == "met" and _no_extension(doc["url"]) and _ctype(web, doc["url"]) == DOCX_TYPE
    assert "Nottinghamshire Police" in _text(web, "www.mansfield.gov.uk", urlsplit(doc["url"]).path)
    assert "£10 fee" in _main(web, "www.mansfield.gov.uk", "/CCTV/footage")
    wyc = _auth(truth, "www.wychavon.gov.uk")["deliverables"]
    (doc,) = wyc["5.5"]["documents"]
    assert wyc["5.5"]["status"] == "met" and _no_extension(doc["url"]) and _ctype(web, doc["url"]) == PDF_TYPE
    assert wyc["5.3"]["status"] == "met" and "single point of contact" in _main(
        web, "www.wychavon.gov.uk", "/community-safety/cctv/code-of-practice"
    )
    assert "Commissioner" in _main(web, "www.wychavon.gov.uk", "/news/commissioner-funding-deal")


def test_query_string_documents_and_spoc_only_in_the_code(web: Heldback202Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    page = "/community-safety-anti-social-behaviour/cctv"
    code = f"{page}?categoryId=20041&documentId=190"
    assert _linking(web, host, f"http://{host}{code}") == {f"http://{host}{page}"}
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == PDF_TYPE and "filename=" in (r.header("Content-Disposition") or "")
    assert _ctype(web, f"http://{host}{page}?categoryId=20041&documentId=191") == DOCX_TYPE
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{code}"}
    assert "single point of contact" not in _main(web, host, page)
    assert d["5.5"]["status"] == "not_met" and "NCP" in _main(web, host, "/business/contracts-awarded")


def test_expired_agreements_do_not_count(web: Heldback202Web, truth: dict) -> None:
    iow = _auth(truth, "www.iow.gov.uk")["deliverables"]["5.5"]
    (doc,) = iow["documents"]
    assert iow["status"] == "partial" and doc["signed"] and not doc["draft"]
    assert "It lapses on 16 November 2019" in _text(web, "www.iow.gov.uk", urlsplit(doc["url"]).path)
    assert '<main id="main">' not in _html(web, "www.iow.gov.uk", "/")
    host, dem = "www.newport.gov.uk", "democracy.newport.gov.uk"
    nwp = _auth(truth, host)["deliverables"]
    (doc,) = nwp["5.5"]["documents"]
    assert nwp["5.5"]["status"] == "partial" and doc["signed"] and _no_extension(doc["url"])
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    assert "runs for three years" in _text(web, host, urlsplit(doc["url"]).path)
    assert "lapsed in February 2019" in _main(web, dem, "/ieDecisionDetails.aspx?ID=2318")
    assert f"http://{host}/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng" in nwp["5.1"]["pages"]
    assert 'lang="cy"' in _html(web, host, "/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng")


def test_unsigned_and_draft_agreements_do_not_count(web: Heldback202Web, truth: dict) -> None:
    pre = _auth(truth, "www.preston.gov.uk")["deliverables"]["5.5"]
    (doc,) = pre["documents"]
    assert pre["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, "www.preston.gov.uk", urlsplit(doc["url"]).path)
    assert "Certificate of Agreement" in text and "20__" in text
    host, dem = "www.canterbury.gov.uk", "democracy.canterbury.gov.uk"
    can = _auth(truth, host)["deliverables"]
    (doc,) = can["5.5"]["documents"]
    assert can["5.5"]["status"] == "partial" and doc["draft"] and urlsplit(doc["url"]).hostname == dem
    assert "be approved" in _main(web, dem, "/mgAi.aspx?ID=61402")
    assert "DRAFT v0.4" in _text(web, dem, urlsplit(doc["url"]).path)


def test_certification_in_committee_report_decision_record_and_annual_report(web: Heldback202Web, truth: dict) -> None:
    che = _auth(truth, "www.cheltenham.gov.uk")["deliverables"]["5.2"]
    assert che["level"] == "step2" and not che["mark_displayed"]
    assert {urlsplit(e["url"]).hostname for e in che["evidence"]} == {"democracy.cheltenham.gov.uk"}
    assert "step 2" not in _main(web, "www.cheltenham.gov.uk", "/info/27/community_safety/1104/public_realm_cctv")
    exe = _auth(truth, "exeter.gov.uk")["deliverables"]
    assert exe["5.2"]["level"] == "step1" and exe["5.2"]["awarded"] == "2021-06"
    assert [urlsplit(e["url"]).path for e in exe["5.2"]["evidence"]] == ["/ieDecisionDetails.aspx"]
    assert exe["5.3"]["status"] == "met" and '<th scope="col">Role</th>' in _html(
        web, "exeter.gov.uk", "/community-and-safety/cctv/who-is-responsible"
    )
    can = _auth(truth, "www.canterbury.gov.uk")["deliverables"]["5.2"]
    (ev,) = can["evidence"]
    assert can["level"] == "step2" and _no_extension(ev["url"]) and _ctype(web, ev["url"]) == PDF_TYPE
    man = _auth(truth, "www.mansfield.gov.uk")["deliverables"]["5.2"]
    assert man["mark_displayed"] and 'alt="Surveillance Camera Code of Practice certification mark"' in _html(
        web, "www.mansfield.gov.uk", "/CCTV"
    )


def test_one_fact_councils(web: Heldback202Web, truth: dict) -> None:
    for host, path in (
        ("www.gosport.gov.uk", "/community-safety/report-anti-social-behaviour"),
        ("www.gloucester.gov.uk", "/parks-and-open-spaces/gloucester-park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert "cameras" in _main(web, host, path)
    assert "28 days" in _main(web, "democracy.gosport.gov.uk", "/mgAi.aspx?ID=2544")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback202Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.spelthorne.gov.uk", "www.tamworth.gov.uk"})
    assert _auth(truth, "www.tamworth.gov.uk")["heldback"]["search"] is False
    assert "fully compliant" in _main(web, "democracy.tamworth.gov.uk", "/mgAi.aspx?ID=12997")
    assert "certificate of compliance" in _main(web, "www.spelthorne.gov.uk", "/news/runnymede-control-room-certified")
