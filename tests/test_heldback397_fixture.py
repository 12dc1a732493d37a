"""The three hundred and ninety-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring
and serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Emphasis: town centre management and the night-time economy. Checks: the councils are fresh real register rows; the
labelling rules hold with the intended tallies; and the structures the set is built from are really served (a SPOC
only in a night-time economy contacts table; a step 2 claim only inside a radio scheme's membership terms PDF; a
step 2 claim only in a photo's caption with plain alt text; a draft Word agreement behind a business radio page; a
camera disclosure under markets and town centres with a four-party agreement signed by the police; a SPOC only in a
Pubwatch page's who's who aside; an annual report with a step 1 claim linked only from an evening economy page; a
page titled 'CCTV Code of Practice' that is no code, with the police protocol mentioned only on a business crime
radio page; a SPOC only in a privacy statement; a step 2 row beside ISO 9001 in a standards table and a signed
agreement linked only from a Shopwatch page; a town centre zones table with a Welsh twin and a councils' SLA; one-fact
councils; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback397.truth import TRUTH_PATH
from fixtures.heldback397.web import Heldback397Web


@pytest.fixture(scope="module")
def web() -> Heldback397Web:
    return Heldback397Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_real_councils(web: Heldback397Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 397)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_night_time_economy_contacts_table(web: Heldback397Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    nte = "/business-and-licensing/evening-and-night-time-economy"
    cctv = "/leisure-libraries-and-community/crime-and-community-safety/cctv-service"
    html = _html(web, host, nte)
    assert "<caption>Who to contact about safety at night</caption>" in html
    assert "<td>Surveillance camera single point of contact" in html
    assert "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {nte}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    levy = "/business-and-licensing/late-night-levy"
    assert "body cameras" in _main(web, host, levy)
    assert not any(levy in u for u in d["5.1"]["pages"])


def test_step_2_only_in_radio_membership_terms_and_signed_protocol(web: Heldback397Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    terms = "/media/6170/city-centre-beat-radio-membership-terms-2025.pdf"
    beat = f"http://{host}/business/city-centre/city-centre-beat"
    assert _linking(web, host, f"http://{host}{terms}") == {beat}
    assert "step 2" in _text(web, host, terms)
    assert "step 2" not in _main(web, host, "/crime-and-community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {terms}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire"
    assert "Signed for and on behalf of West Yorkshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_in_a_figcaption_and_draft_word_agreement(web: Heldback397Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    pg = "/information-for-residents/community/community-protection/cctv"
    html = _html(web, host, pg)
    assert '<img src="/images/woodlands-control-centre.png" alt="Two operators at a bank of screens">' in html
    assert "<figcaption>Operators at the Woodlands Control Centre, which holds full step 2 certification" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    radio = f"http://{host}/business/city-centre-at-night/business-radio-link"
    assert _linking(web, host, doc["url"]) == {radio}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Purple Flag" in _main(web, host, "/business/city-centre-at-night")


def test_markets_and_town_centres_page_and_four_party_agreement(web: Heldback397Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    safe = f"http://{host}/markets-and-town-centres/safer-town-centres"
    d = _auth(truth, host)["deliverables"]
    assert safe in d["5.1"]["pages"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Broxtowe Borough Council" in text and "For Nottinghamshire Police" in text
    assert _linking(web, host, doc["url"]) == {safe}
    assert (
        "ashfield.gov.uk" in _html(web, host, "/your-council")
        and "democracy.ashfield.gov.uk" in web.sites[host].hosts()
    )


def test_spoc_only_in_pubwatch_whos_who_aside(web: Heldback397Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    pw = "/business/licensing/pubwatch-and-shopwatch"
    html = _html(web, host, pw)
    aside = html.split('<aside class="whos-who">', 1)[1].split("</aside>", 1)[0]
    assert "single point of contact (SPOC) for surveillance cameras" in aside
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv-cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pw}
    assert "Runnymede Borough Council" in _main(web, host, "/community-safety/cctv-cameras")
    assert d["5.5"]["status"] == "not_met"


def test_annual_report_linked_only_from_evening_economy_page(web: Heldback397Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    report = f"http://{host}/media/7716/esc-annual-report-2022-23.pdf"
    assert _linking(web, host, report) == {f"http://{host}/business/ipswich-after-dark"}
    assert "step one" not in _main(web, host, "/communities-and-health/closed-circuit-television-cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and _paths(d["5.2"]) == {urlsplit(report).path}


def test_page_titled_code_that_is_no_code_and_protocol_on_radio_page(web: Heldback397Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    cctv = "/community/crime-community-safety/cctv"
    assert "<h1>CCTV Code of Practice</h1>" in _html(web, host, cctv)
    assert not [u for u in _links(web, host, cctv) if u.endswith((".pdf", ".docx"))]
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["policy"] and d["5.1"]["status"] == "met"
    assert "information sharing protocol" not in _main(web, host, cctv)
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]) == {"/business/tenbac"}
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_privacy_statement(web: Heldback397Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    priv = "/community/cctv/cctv-privacy-statement"
    assert "single point of contact" in _main(web, host, priv)
    assert "single point of contact" not in _main(web, host, "/community/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {priv}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_standards_table_and_agreement_only_from_shopwatch(web: Heldback397Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    std = "/living-here/safer-communities/cctv-service/standards-we-meet"
    html = _html(web, host, std)
    assert (
        "<td>ISO 9001 quality management</td>" in html and "<td>Step 2 full certification awarded in 2019</td>" in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and _paths(d["5.2"]) == {std}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/business/shopwatch-and-pubwatch"}


def test_welsh_twin_zones_table_and_councils_sla(web: Heldback397Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    zones = "/en/business/town-centres/town-centre-cctv-zones"
    html = _html(web, host, zones)
    assert "<caption>55 high definition cameras in six zones</caption>" in html
    twin = f"http://{host}/cy/busnes/canol-trefi/parthau-teledu-cylch-cyfyng"
    assert twin in _links(web, host, zones)
    assert '<html lang="cy">' in _html(web, host, urlsplit(twin).path)
    d = _auth(truth, host)["deliverables"]
    assert twin in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    assert "service level agreement between the two councils" in _main(web, host, zones)
    assert d["5.5"]["status"] == "not_met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.eastsussex.gov.uk", "cameras", "/your-council/visiting-county-hall"),
        ("www.nuneatonandbedworth.gov.uk", "cameras", "/info/20009/business/302/shopwatch"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.nottinghamcity.gov.uk", "www.tendringdc.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback397Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.maldon.gov.uk", "www.midsussex.gov.uk", "www.sholland.gov.uk"})
    assert "Maldon Town Council owns the cameras" in _html(web, "www.maldon.gov.uk", "/business/maldon-high-street")
    assert '<main id="main">' not in _html(web, "www.maldon.gov.uk", "/")
