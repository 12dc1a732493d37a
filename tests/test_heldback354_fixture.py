"""The three hundred and fifty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

The set's emphasis is the night-time and business economy: the councils' own camera facts, SPOCs and police
agreements told inside business-facing pages. Checks: the councils are fresh register rows of the brief's mix; the
labelling rules hold with the intended tallies; and the structures are really served (facts only in a Women's Night
Safety Charter page and a BID baseline statement served without extension, signed with the BID and naming the SPOC;
a signed police ISA only as Part C of a business radio link's membership pack; a stub CCTV page sending readers to a
Statement of Licensing Policy PDF with an NSI audit and Purple Flag that are not certification; a Welsh twin at the
same address with ?lang=cy and a step 1 sentence without a mark; facts only on a business crime reduction partnership
page beside the partnership's own signed police ISA; a three-part guide whose part for businesses names the SPOC in a
definition list, and a step 2 validity period in an annual report; a one-fact Purple Flag page on a website shared
with Adur, with a Purple Flag image; a one-fact town centre page on a legacy site without search; a signed police
protocol as an HTML appendix at a wordless /node address; a fact file for businesses with a SPOC shared by two councils
in a contact card, and a draft police agreement only in Cabinet papers; a step 2 sentence and mark on a business page;
a signed partnership agreement without extension with the police as the only contact; robots.txt forbidding the
search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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

from fixtures.heldback354.truth import TRUTH_PATH
from fixtures.heldback354.web import Heldback354Web


@pytest.fixture(scope="module")
def web() -> Heldback354Web:
    return Heldback354Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(urls: list[str] | set[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_councils_are_fresh_register_rows(web: Heldback354Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 354)


def test_truth_shape_tallies_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_charter_page_and_bid_baseline_statement(web: Heldback354Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    site = web.sites[host]
    assert not any(p.title.strip().upper() == "CCTV" for p in site.pages.values())
    charter = "/info/201180/licensing/2419/womens_night_safety_charter"
    az = _links(web, host, "/a-z")
    assert f"http://{host}{charter}" in az
    main = _main(web, host, charter)
    assert "736 cameras" in main and "Perceval House" in main and "information sharing agreement" in main
    pdf = "/downloads/file/1877/baseline_services_statement_ealing_broadway_bid"
    r = _render(web, f"http://{host}{pdf}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _no_extension(pdf)
    text = _text(web, host, pdf)
    assert "single point of contact for surveillance camera systems" in text
    assert "Signed for Ealing Broadway BID Ltd" in text and "Police" not in text.split("7. Signatures")[-1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths({e["url"] for e in d["5.3"]["evidence"]}) == {pdf}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths(d["5.1"]["pages"]) == {charter, pdf}


def test_signed_isa_only_as_part_c_of_the_radio_link_pack(web: Heldback354Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    pack = f"http://{host}/business/documents/town-centre-radio-link-membership-pack-2024.pdf"
    assert _linking(web, host, pack) == {
        f"http://{host}/business/business-crime-and-safety/Town-centre-radio-link.aspx"
    }
    text = _text(web, host, urlsplit(pack).path)
    assert text.index("Part A: Joining") < text.index("Part C: Information sharing agreement")
    assert "Signed for and on behalf of Greater Manchester Police" in text
    cctv = "/residents/community/community-safety/cctv/CCTV.aspx"
    assert pack not in _links(web, host, cctv) and cctv.endswith(".aspx")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Greater Manchester" and doc["url"] == pack
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.requests@")


def test_stub_page_and_statement_of_licensing_policy(web: Heldback354Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    stub = _main(web, host, "/local-communities/cctv")
    assert "Statement of Licensing Policy" in stub and len(stub.split()) < 90
    pdf = "/sites/default/files/2024-11/statement-of-licensing-policy-2025-2030.pdf"
    assert f"http://{host}{pdf}" in _links(
        web, host, "/licensing-and-permits/alcohol-and-entertainment-licensing/statement-licensing-policy"
    )
    text = _text(web, host, pdf)
    for words in ("National Security Inspectorate", "Purple Flag", "Pub-link", "protocol the council has agreed"):
        assert words in text, words
    assert "certificate" in text and "step" not in text.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{pdf}" in d["5.1"]["pages"]
    assert "Agreed police conditions" in _html(
        web, host, "/licensing-and-permits/public-register/premises/85459-13-abington-square"
    )
    assert "sitemap.xml" in _render(web, f"http://{host}/robots.txt").body.decode()


def test_welsh_twin_at_the_same_address_and_step_1_sentence(web: Heldback354Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    pg = "/business/town-centre/safety-wardens-and-cctv"
    cy = f"{pg}?lang=cy"
    assert f"http://{host}{cy}" in _links(web, host, pg)
    assert f"http://{host}{pg}" in _links(web, host, cy)
    assert _html(web, host, cy).startswith('<!DOCTYPE html><html lang="cy">')
    html = _html(web, host, pg)
    assert "step 1 (the desktop assessment)" in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "which the council has not signed" in _main(web, host, "/business/town-centre/town-centre-partnership")
    assert d["5.5"]["status"] == "not_met"


def test_partnership_page_with_the_partnerships_own_police_isa(web: Heldback354Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    pg = "/business/town-centre/burnley-business-crime-reduction-partnership"
    main = _main(web, host, pg)
    assert "King George's Hall" in main and "Blackburn with Darwen Council" in main
    isa = "/media/2207/burnley-bcrp-information-sharing-agreement.pdf"
    assert _linking(web, host, f"http://{host}{isa}") == {f"http://{host}{pg}"}
    text = _text(web, host, isa)
    assert "Signed for Burnley BID Ltd" in text and "Signed for Lancashire Constabulary" in text
    assert "NSI Gold" in _main(web, host, "/news/2024/east-lancashire-cctv-hub-certificate")
    a = _auth(truth, host)
    assert a["deliverables"]["5.5"]["status"] == "not_met" and a["deliverables"]["5.2"]["status"] == "not_met"
    assert a["heldback"]["robots_forbid_search"]
    assert _paths(a["deliverables"]["5.1"]["pages"]) == {pg}


def test_guide_part_for_businesses_and_validity_period(web: Heldback354Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    stem = f"http://{host}/community-safety/cctv-closed-circuit-television"
    assert _linking(web, host, f"{stem}/3") == {f"{stem}/1", f"{stem}/2", f"http://{host}/business/lichfield-bid"}
    html = _html(web, host, "/community-safety/cctv-closed-circuit-television/3")
    assert "<dt>Single point of contact for the council's surveillance camera systems</dt>" in html
    assert "StoreNet" in html and "NiteNet" in html
    report = "/downloads/file/3120/cctv-annual-report-2023-24"
    first = _text(web, host, report).split("1. The year in numbers")[0]
    assert "step 2 (full), awarded May 2020, valid to May 2025" in first
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-05" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _paths({e["url"] for e in d["5.3"]["evidence"]}) == {
        "/community-safety/cctv-closed-circuit-television/3"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_councils(web: Heldback354Web, truth: dict) -> None:
    for host, path in (
        ("www.adur-worthing.gov.uk", "/worthing-town-centre/purple-flag"),
        ("www.malvernhills.gov.uk", "/business/town-centres/great-malvern"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert 'alt="Purple Flag accredited town centre"' in _html(
        web, "www.adur-worthing.gov.uk", "/worthing-town-centre/purple-flag"
    )
    assert "Adur District Council" in _main(
        web, "www.adur-worthing.gov.uk", "/shoreham-and-adur/adur-town-centre-cameras"
    )
    assert _auth(truth, "www.adur-worthing.gov.uk")["deliverables"]["5.2"]["status"] == "not_met"
    malvern = web.sites["www.malvernhills.gov.uk"]
    assert malvern.search is None and '<main id="main">' not in _html(web, "www.malvernhills.gov.uk", "/")


def test_signed_protocol_as_an_html_appendix_at_a_node_address(web: Heldback354Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    appendix = f"http://{host}/node/3319"
    guide = f"http://{host}/licensing/guidance-for-licensees"
    assert _linking(web, host, appendix) == {guide}
    html = _html(web, host, "/node/3319")
    assert (
        "Signed on behalf of Staffordshire Police" in html
        and "Signed on behalf of Cannock Chase District Council" in html
    )
    assert "Single Point of Contact for surveillance camera systems" in _main(
        web, host, "/licensing/guidance-for-licensees"
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == appendix and doc["signed"] and doc["force"] == "Staffordshire"
    assert "text/html" in (_render(web, appendix).header("Content-Type") or "")
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def test_fact_file_shared_spoc_card_and_draft_in_cabinet_papers(web: Heldback354Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    dem = "democratic.whitehorsedc.gov.uk"
    ff = "/business/market-towns/abingdon-and-wantage-town-centre-fact-file"
    html = _html(web, host, ff)
    assert '<dl class="facts">' in html and '<div class="contact-card">' in html
    card = html.split('<div class="contact-card">', 1)[1]
    assert "Single point of contact for both councils' surveillance camera systems" in card
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert (
        d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    )
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=52114"}
    assert "Date: .........." in _text(web, dem, urlsplit(doc["url"]).path)
    assert not d["5.1"]["criteria"]["police_agreement"] and not any(dem in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv@southandvale")


def test_step_2_sentence_and_mark_on_a_business_page(web: Heldback354Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    pg = "/business/safer-runnymede-for-business"
    html = _html(web, host, pg)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    assert "full (step 2) certification" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2018"
    assert "contract between the two councils" in _main(web, host, "/news/2025/surrey-heath-monitoring-contract")
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_signed_partnership_agreement_and_police_only_contact(web: Heldback354Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    site = web.sites[host]
    assert not site.az and (host, "/a-z") not in site.pages
    pg = "/info/68/business/1240/town_centre_businesses_safety_and_security"
    main = _main(web, host, pg)
    assert "Cherwell Crime Partnership" in main and "call Thames Valley Police on 101" in main
    assert "mailto:" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["status"] == "met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.burnley.gov.uk", "www.e-lindsey.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback354Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.rother.gov.uk", "www.e-lindsey.gov.uk"})
    assert "single point of contact" in _main(
        web, "www.e-lindsey.gov.uk", "/article/2874/Skegness-Coastal-Community-Team"
    )
    assert "does not own or monitor any public space cameras" in _main(
        web, "www.rother.gov.uk", "/community-safety/town-centre-cameras"
    )
    assert "mycouncil.oxfordshire.gov.uk" in web.sites["www.oxfordshire.gov.uk"].hosts()
