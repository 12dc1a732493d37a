"""The hundred and sixty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (CCTV as one section of a
'keeping safe' page with its figures only in a performance dashboard; a general privacy policy with the ICO number
that sends readers to each service; a signed police agreement in an operations centre's partner table beside
agreements with a bus company, a fire service and a care provider; a SPOC only in the Word version of a policy set
out over question-titled child pages; ?lang=en and ?lang=cy twins under an upgrade banner with a complaint form; a
SPOC in a contact aside repeated on every page of a section, with monitoring by another council under a councils'
SLA; a one-fact privacy page reached only through a drop-down jump menu and its noscript list; a superseded CCTV page
still linked from the A to Z beside the current one, a step 1 claim in an accessible HTML annual report, a signed
protocol and its unsigned draft only in board papers; a police protocol published one HTML page per clause; one fact
in a footnote under a tariff table; a step 2 claim only in a page-history table with the SPOC in a glossary; one fact
in a closed details block; a step 2 claim under principle 8 of an ordered list; robots.txt forbidding the search; and
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
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

from fixtures.heldback167.truth import TRUTH_PATH
from fixtures.heldback167.web import Heldback167Web


@pytest.fixture(scope="module")
def web() -> Heldback167Web:
    return Heldback167Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict, key: str) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d[key]["evidence"]
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback167Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 167)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_section_of_keeping_safe_page_and_figures_only_in_dashboard(web: Heldback167Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    page = "/info/200514/community_safety_and_policing/1267/keeping_safe_-_out_and_about"
    html = _html(web, host, page)
    heads = re.findall(r"<h2>([^<]+)</h2>", html.split('<main id="main">')[1])
    assert heads[:4] == [
        "Street Pastors",
        "Radio links for shops and pubs",
        "Door staff and ID checks",
        "CCTV and town safety",
    ]
    dash = "/info/200141/council_performance/1899/performance_dashboard"
    assert "4,112" in _main(web, host, dash) and "4,112" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{dash}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    scrutiny = "http://moderngov.sutton.gov.uk/mgAi.aspx?ID=9630"
    assert "Croydon" in _main(web, "moderngov.sutton.gov.uk", "/mgAi.aspx?ID=9630")
    assert scrutiny not in d["5.1"]["pages"]


def test_general_privacy_policy_with_ico_number_is_not_a_disclosure(web: Heldback167Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    main = _main(web, host, "/your-council/privacy-policy")
    assert "Z6459021" in main and "ask that service" in main and "CCTV image" in main
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_police_agreement_in_operations_centre_partner_table(web: Heldback167Web, truth: dict) -> None:
    host = "www.bristol.gov.uk"
    ops = "/council-and-mayor/city-operations-centre"
    html = _html(web, host, ops)
    assert html.count("<tr>") == 5 and "Avon and Somerset Constabulary" in html and "First West of England" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Avon and Somerset"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{ops}"}
    assert "Signed on behalf of Avon and Somerset Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    for other in (
        "coc-bus-operator-data-access-agreement",
        "coc-fire-service-memorandum",
        "coc-telecare-processing-agreement",
    ):
        url = f"http://{host}/files/documents/{other}.pdf"
        assert url in _links(web, host, ops) and "No camera recordings" in _text(web, host, urlsplit(url).path)
    page = "/residents/crime-and-emergencies/cctv-in-bristol"
    assert "CCTV Data Team" not in _main(web, host, page)
    assert _paths(d, "5.3") == {"/files/documents/cctv-subject-access-request-form.pdf"}


def test_spoc_only_in_word_version_of_question_titled_policy(web: Heldback167Web, truth: dict) -> None:
    host = "www.gloucestershire.gov.uk"
    pol = "/council-and-democracy/access-to-information-and-data-protection/closed-circuit-television-cctv-and-surveillance/cctv-and-surveillance-camera-policy"
    site = web.sites[host]
    kids = site.pages[(host, pol)].children
    assert len(kids) == 5 and all(site.pages[(host, k)].title.endswith("?") for k in kids)
    for path in [pol, *kids]:
        assert "single point of contact" not in _main(web, host, path)
    d = _auth(truth, host)["deliverables"]
    (word,) = {e["url"] for e in d["5.3"]["evidence"]}
    r = _render(web, word)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert word in _links(web, host, pol) and "single point of contact" in _text(web, host, urlsplit(word).path)
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_language_twins_upgrade_banner_and_complaint_form(web: Heldback167Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    en = _html(web, host, "/cctv?lang=en")
    assert '<div class="alert">' in en and "http://www.swansea.gov.uk/cctv?lang=cy" in _links(
        web, host, "/cctv?lang=en"
    )
    assert '<html lang="cy">' in _html(web, host, "/cctv?lang=cy")
    assert "<form" in _main(web, host, "/cctvcomplaint") or "<form" in _html(web, host, "/cctvcomplaint")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cctv?lang=cy" in d["5.1"]["pages"] and d["5.1"]["criteria"]["complaints"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_in_repeated_contact_aside_and_councils_sla(web: Heldback167Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    cctv = "/your-community/community-safety/cctv/"
    pages = [cctv] + [
        f"{cctv}{p}/" for p in ("where-our-cameras-are", "how-the-cameras-are-monitored", "requesting-footage")
    ]
    for path in pages:
        html = _html(web, host, path)
        assert '<aside class="service-contact">' in html and "single point of contact for surveillance cameras" in html
    assert "service level agreement between the councils" in _main(web, host, pages[2])
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_one_fact_behind_drop_down_jump_menu(web: Heldback167Web, truth: dict) -> None:
    host = "tewkesbury.gov.uk"
    hub = "/how-we-use-your-information"
    psc = f"{hub}/public-services-centre-visitors"
    html = _html(web, host, hub)
    assert f'<option value="{psc}">' in html and "<noscript>" in html
    assert _linking(web, host, f"http://{host}{psc}") == {f"http://{host}{hub}"}
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{psc}"]


def test_superseded_page_accessible_report_and_signed_protocol_beside_draft(web: Heldback167Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    old = f"http://{host}/services/transport-and-streets/town-centre-management/town-centres-closed-circuit-television-cctv"
    assert old in _links(web, host, "/a-z")
    assert "appropriate length of time" in _main(web, host, urlsplit(old).path)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert old not in d["5.1"]["pages"] and f"http://{host}/council/use-cctv" in d["5.1"]["pages"]
    report = "/council/use-cctv/cctv-annual-report-2024-25-accessible-version"
    assert "step one (desktop) certification" in _main(web, host, report)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, report)
    signed = next(x for x in d["5.5"]["documents"] if x["signed"])
    draft = next(x for x in d["5.5"]["documents"] if x["draft"])
    assert d["5.5"]["status"] == "met" and signed["force"] == "Kent"
    assert urlsplit(draft["url"]).hostname == "democracy.tmbc.gov.uk"
    assert _linking(web, host, draft["url"]) == {"http://democracy.tmbc.gov.uk/mgAi.aspx?ID=25945"}
    assert "...." in _text(web, "democracy.tmbc.gov.uk", urlsplit(draft["url"]).path)
    assert {e["url"] for e in d["5.5"]["evidence"]} == {signed["url"]}
    assert d["5.3"]["status"] == "met" and f"http://{host}/council/use-cctv" in {e["url"] for e in d["5.3"]["evidence"]}


def test_protocol_published_one_page_per_clause(web: Heldback167Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    index = "/community-and-living/community-safety/cctv-police-protocol"
    links = _links(web, host, index)
    clauses = [u for u in links if u.startswith(f"http://{host}{index}/")]
    assert len(clauses) == 6
    sig = f"http://{host}{index}/signatures"
    assert _linking(web, host, sig) == {f"http://{host}{index}", f"http://{host}{index}/review"}
    for u in clauses:
        has = "Signed for West Mercia Police" in _main(web, host, urlsplit(u).path)
        assert has == (u == sig), u
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"http://{host}{index}" and doc["signed"] and doc["force"] == "West Mercia"
    assert {e["url"] for e in d["5.5"]["evidence"]} == {sig}
    assert "Lifeline" in _main(web, host, "/community-and-living/community-safety/cctv-and-lifeline-control-centre")


def test_one_fact_in_a_tariff_footnote_on_a_shared_site(web: Heldback167Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    html = _html(web, host, "/parking/car-parks-in-lewes-district")
    assert '<p class="footnote"><small>* Cameras cover' in html and "<table>" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "Eastbourne Borough Council's cameras" in _main(web, host, "/parking/car-parks-in-eastbourne")


def test_step_2_only_in_page_history_and_spoc_in_glossary(web: Heldback167Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    page = "/community-and-living/community-safety/cctv"
    html = _html(web, host, page)
    before, hist = html.split('<section class="page-history">')
    assert "step 2" in hist and "step 2" not in before
    assert "Data Protection Act 1998" in before and "£10" in before and "SPOC" not in _main(web, host, page)
    gl = "/community-and-living/community-safety/community-safety-terms-explained"
    assert '<dl class="glossary">' in _html(web, host, gl)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016-11"
    assert _paths(d, "5.3") == {gl} and _paths(d, "5.5") == {gl}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_inside_closed_details(web: Heldback167Web, truth: dict) -> None:
    host = "www.torridge.gov.uk"
    html = _html(web, host, "/community-safety")
    assert "<details><summary>CCTV</summary>" in html and "<details open><summary>What is community safety?" in html
    assert "eleven public space cameras" in html.split("<details><summary>CCTV</summary>")[1].split("</details>")[0]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_step_2_under_principle_8_with_mark(web: Heldback167Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    html = _html(web, host, "/communities-and-health/closed-circuit-television-cctv")
    items = re.findall(r"<li>(.*?)</li>", html.split("<ol>")[1].split("</ol>")[0])
    assert len(items) == 12 and "step 2" in items[7] and all("step 2" not in x for i, x in enumerate(items) if i != 7)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-10"
    assert d["5.1"]["criteria"]["statistics"] and d["5.3"]["status"] == "partial"


def test_robots_forbid_search_and_legacy_layout(web: Heldback167Web, truth: dict) -> None:
    for host in ("www.sefton.gov.uk", "www.uttlesford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert '<main id="main">' not in _html(web, "www.uttlesford.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback167Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.sefton.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.uttlesford.gov.uk"}
    )
    assert "community interest company" not in _main(web, "www.southnorfolkandbroadland.gov.uk", "/")
    assert "Diss and Wymondham Community CCTV CIC" in _main(
        web, "www.southnorfolkandbroadland.gov.uk", "/community-safety/community-cctv-in-diss-and-wymondham"
    )
