"""The two hundred and forty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a code of practice Word file without extension holding
the SPOC and an ISA mention; FOI disclosure logs paged by month or listed beside the true pages; a step 1 claim in a
documents table row; a step 2 claim in a photo caption; a step 2 claim only in a corporate governance statement; a
bilingual signed protocol and a SPOC only in an annual monitoring report; a signed police ISA without extension beside
a councils' shared service agreement; a SPOC and signed ISA on a governance page reached only from a related-pages
aside; a draft agreement with blank signatures; an ISA mention only in a privacy notice; one fact in a season ticket
terms PDF, on an information-governance page and on an office visiting page; BS 7958 and a stale Act; and councils
that publish nothing beside town council notices, job adverts, school policies and committee papers).
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

from fixtures.heldback243.truth import TRUTH_PATH
from fixtures.heldback243.web import Heldback243Web


@pytest.fixture(scope="module")
def web() -> Heldback243Web:
    return Heldback243Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils_of_the_brief_mix(web: Heldback243Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 243)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_code_word_file_without_extension_and_disclosure_log_by_month(web: Heldback243Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    code = f"http://{host}/documents/20142/0/Camden+CCTV+Code+of+Practice"
    assert _no_extension(code)
    r = _render(web, code)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, code) == {f"http://{host}/community-safety/cctv-and-responsive-security-patrol"}
    text = _text(web, host, urlsplit(code).path)
    assert "single point of contact for surveillance camera systems" in text and "Metropolitan Police" in text
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {code}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    log = "/about-the-council/foi-disclosure-log"
    entry = f"http://{host}{log}/foi-2024-1187"
    assert _linking(web, host, entry) == {f"http://{host}{log}?month=2024-03"}
    assert "58 new cameras" in _main(web, host, f"{log}/foi-2024-1187")
    assert entry not in evidence_urls(_auth(truth, host))
    assert "Senior Responsible Officer" in _main(web, host, "/community-safety/ripa")


def test_one_fact_councils(web: Heldback243Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.rochdale.gov.uk",
            "subject_access",
            "http://www.rochdale.gov.uk/information-data-governance/request-cctv-footage",
        ),
        (
            "www.reigate-banstead.gov.uk",
            "retention",
            "http://www.reigate-banstead.gov.uk/media/4471/season-ticket-terms-and-conditions.pdf",
        ),
        ("www.middevon.gov.uk", "cameras", "http://www.middevon.gov.uk/your-council/visiting-phoenix-house"),
    ):
        d51 = _d(truth, host)["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [path], host
    assert "190 public space cameras" in _main(
        web,
        "www.rochdale.gov.uk",
        "/information-data-governance/foi-disclosure-log/foi-12408-cctv-cameras-in-the-borough",
    )
    assert "61 upgraded cameras" in _main(
        web, "www.reigate-banstead.gov.uk", "/news/article/487/cctv_in_reigate_and_banstead_-_update"
    )
    assert "CCTV recordings made in the car park are kept for 30 days" in _text(
        web, "www.reigate-banstead.gov.uk", "/media/4471/season-ticket-terms-and-conditions.pdf"
    )
    assert "Cabinet agreed the code of practice" in _main(web, "democracy.middevon.gov.uk", "/mgAi.aspx?ID=7741")


def test_step_1_in_a_documents_table_row(web: Heldback243Web, truth: dict) -> None:
    host = "www.portsmouth.gov.uk"
    docs = "/services/community-safety/cctv-in-portsmouth/cctv-documents/"
    html = _html(web, host, docs)
    assert "<table>" in html and "step 1 desktop certification" in html and "<img" not in html
    assert "step 1" not in _main(web, host, "/services/community-safety/cctv-in-portsmouth/")
    d = _d(truth, host)
    assert d["5.2"] == {**d["5.2"], "status": "met", "level": "step1", "awarded": "2018-03", "mark_displayed": False}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "1,997 cameras" in _main(web, host, "/foi/disclosure-log/cctv-camera-numbers/")


def test_step_2_in_a_photo_caption_and_protocol_mention(web: Heldback243Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    html = _html(web, host, "/article/21203/CCTV")
    cap = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "step 2 full certification" in cap and "Certification" not in html.split("<figcaption>", 1)[0]
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "democracy.boston.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_step_2_only_in_governance_statement_and_draft_agreement(web: Heldback243Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    assert "step 2" not in _html(web, host, "/community-safety/cctv.cfm")
    assert '<main id="main">' not in _html(web, host, "/")
    d = _d(truth, host)
    (ev,) = d["5.2"]["evidence"]
    assert "Annual%20Governance%20Statement" in ev["url"] and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_bilingual_twins_and_bilingual_signed_protocol(web: Heldback243Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    d = _d(truth, host)
    cy = f"http://{host}/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert cy in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Llofnodwyd ar ran Heddlu Gwent" in text and "Signed for and on behalf of Gwent Police" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/en/resident/community-safety/cctv", cy}
    assert "single point of contact" not in _main(web, host, "/en/resident/community-safety/cctv")
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2024-10/cctv-annual-monitoring-report-2023-24.pdf"
    }
    assert "Caerphilly" in _main(web, host, "/en/resident/community-safety/cctv")


def test_signed_isa_without_extension_beside_councils_agreement(web: Heldback243Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    pg = "/your-district/public-protection/crime-prevention/cctv/"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and _no_extension(doc["url"])
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    links = set(_links(web, host, pg))
    ssa = f"http://{host}/media/x0zpl4ud/cctv-shared-service-agreement.pdf"
    assert {doc["url"], ssa} <= links and ssa not in evidence_urls(_auth(truth, host))
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, pg)


def test_governance_page_only_from_related_aside(web: Heldback243Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    gov = f"http://{host}/community-safety/cctv/surveillance-camera-governance"
    assert _linking(web, host, gov) == {f"http://{host}/community-safety/cctv"}
    assert '<aside class="related">' in _html(web, host, "/community-safety/cctv")
    d = _d(truth, host)
    assert {e["url"] for e in d["5.3"]["evidence"]} == {gov}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia" and "wychavon" not in doc["url"]
    assert "Crowngate" in _main(web, host, "/community-safety/cctv")


def test_isa_mention_only_in_privacy_notice_and_other_councils_scheme(web: Heldback243Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    pn = "/privacy-notices/community-safety-including-cctv-environmental-crime"
    d = _d(truth, host)
    assert d["5.5"]["status"] == "partial" and {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {pn}
    assert "agreement" not in _html(web, host, "/by-category/community-and-living2/csp/cctv")
    assert "62 cameras" in _text(web, host, "/documents/dover-cctv-scheme-evaluation.pdf")
    assert not any("dover" in u for u in d["5.1"]["pages"])
    assert web.sites[host].search and not web.sites[host].az


def test_bs_7958_and_stale_act_are_not_certification(web: Heldback243Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    main = _main(web, host, "/CCTV")
    assert "BS 7958" in main and "Data Protection Act 1998" in main
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]
    assert "CCTV" in _main(web, host, "/licensing/taxi-vehicle-cctv")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback243Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.southhams.gov.uk", "www.north-herts.gov.uk"})
    assert "single point of contact" in _main(
        web, "www.southhams.gov.uk", "/your-council/town-and-parish-councils/dartmouth-town-council-cameras"
    )
    assert _auth(truth, "www.southhams.gov.uk")["heldback"]["robots_forbid_search"]
    model = "/education-and-families/files/model-cctv-policy-for-schools.docx"
    assert "single point of contact" in _text(web, "new.devon.gov.uk", model)
    assert "Information Governance Manager" in _main(
        web, "new.devon.gov.uk", "/accesstoinformation/archives/information_request/cctv-and-community-safety-contacts"
    )
    nh = "democracy.north-herts.gov.uk"
    assert "stored for 28 days" in _text(
        web, nh, "/documents/s9911/CCTV%20Partnership%20Annual%20Operations%20Report.pdf"
    )
    for host, job in (
        ("www.north-herts.gov.uk", "/jobs/cctv-partnership-control-room-operator"),
        ("new.devon.gov.uk", "/jobs/highways-control-centre-operator"),
        ("www.camden.gov.uk", "/jobs/cctv-control-room-operator"),
    ):
        assert "Closing date" in _html(web, host, job), host
