"""The hundred-and-forty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really there (part-time monitoring hours with a SPOC only in an advisory
group's terms of reference; camera information under a traffic control centre with the release procedure at a legacy
.htm address and papers on an /mginternet host; a code whose certificate of agreement is a placeholder; ?lang=cy-gb
twins and a certificate of compliance with no step; a SPOC named only as a contact form's recipient with a signed
memorandum served without extension; a step 2 claim with the mark on a GOSS article page; a deployment log with a
signed Word agreement; a step 1 claim in a dated history list and a police agreement among councils' agreements;
one-fact councils; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback142.truth import TRUTH_PATH
from fixtures.heldback142.web import Heldback142Web


@pytest.fixture(scope="module")
def web() -> Heldback142Web:
    return Heldback142Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback142Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 142)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_part_time_monitoring_and_spoc_only_in_terms_of_reference(web: Heldback142Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    cctv = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    main = _main(web, host, cctv)
    assert "from 3pm until 1am" in main and "single point of contact" not in main
    d = _auth(truth, host)["deliverables"]
    tor = f"http://{host}/community-and-local-life/community-safety/resident-cctv-advisory-group"
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {tor}
    assert "187 arrests" in _text(web, host, "/media/document/cctv-strategy-2021-2024.pdf")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_traffic_control_centre_legacy_htm_and_mginternet(web: Heldback142Web, truth: dict) -> None:
    host = "www.solihull.gov.uk"
    proc = f"http://{host}/benefits/cctvprocedures_1249.htm"
    assert _linking(web, host, proc) >= {f"http://{host}/roads-and-travel/urban-traffic-control-centre"}
    d = _auth(truth, host)["deliverables"]
    assert proc in d["5.1"]["pages"]
    item = "http://eservices.solihull.gov.uk/mginternet/mgAi.aspx?ID=47712"
    assert _render(web, item).status == 200
    assert not any("eservices" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_placeholder_certificate_of_agreement(web: Heldback142Web, truth: dict) -> None:
    host = "www.wiltshire.gov.uk"
    text = _text(web, host, "/media/2231/cctv-code-of-practice-salisbury.pdf")
    assert "is to be inserted here" in text and "Signed" not in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "town councils" in _main(web, host, "/community-safety-cctv")


def test_lang_query_twins_and_certificate_without_step(web: Heldback142Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    cctv = "/services/emergencies-and-crime-prevention/cctv"
    assert '<html lang="cy">' in _html(web, host, cctv + "?lang=cy-gb")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cctv}?lang=cy-gb" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and not d["5.2"]["mark_displayed"]
    assert "step" not in _main(web, host, cctv + "/cctv-policy-summary").lower()
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert "PERM214" in _main(web, host, cctv + "/privacy-impact-assessments/caerphilly")


def test_spoc_only_as_form_recipient_and_signed_mou_without_extension(web: Heldback142Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    form = "/safety-emergencies/public-safety-cctv/contact-the-cctv-service"
    html = _html(web, host, form)
    assert "<form" in html and "mailto:" not in html
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "met" and not spoc["email"] and not spoc["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council/partnerships/lincoln-community-safety-partnership"
    }
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")


def test_step_2_with_mark_on_article_page(web: Heldback142Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    assert 'alt="Surveillance Camera Commissioner certificate of compliance"' in _html(
        web, host, "/article/16140/Safer-Runnymede"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018"
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_deployment_log_and_signed_word_agreement(web: Heldback142Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    assert "<table>" in _html(web, host, "/community-safety/mobile-cctv-cameras")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met"


def test_step_1_in_history_list_and_police_sla_among_council_slas(web: Heldback142Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    assert '<ol class="timeline">' in _html(web, host, "/article/21203/CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    partners = _main(web, host, "/article/21204/CCTV-partner-agreements")
    assert partners.count("Monitoring service level agreement") == 3


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.warwickshire.gov.uk", "www.pendle.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.havant.gov.uk", "other_systems", "/your-council/residents-survey-you-said-we-did"),
        ("www.testvalley.gov.uk", "cameras", "/business/council-property/chantry-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback142Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.warwickshire.gov.uk", "www.guildford.gov.uk", "www.cotswold.gov.uk"}, min_decoys=4
    )
