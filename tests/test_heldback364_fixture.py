"""Held-back set 364's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, most of them on ward, area and neighbourhood pages: a
camera contact row and a police agreement mention only on Community Neighbourhood pages; a SPOC only in an officer
drop-in table on a surgeries page, with a step 2 claim in passing on one ward page; an ESC telephone only on the
area committee pages; a signed police protocol served without extension and linked only from the ward pages; a SPOC
only on the town and parish councils liaison page, and a three-party agreement signed by the police; a SPOC and a
police data sharing mention only in the camera box of the four area committee pages; facts split over town pages
with a police protocol mention on one; a page titled 'CCTV Code of Practice' with a step 1 claim on a place page;
a step 2 sentence beside a certification mark; facts spread over neighbourhood centre pages and a privacy notice,
with a signed ISA on the partnership page; one-fact councils on area pages; and councils that publish nothing but
carry look-alikes (town and parish councils' cameras, police priorities, community-funded cameras, councillors'
reports, highways panels).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
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

from fixtures.heldback364.truth import TRUTH_PATH
from fixtures.heldback364.web import Heldback364Web


@pytest.fixture(scope="module")
def web() -> Heldback364Web:
    return Heldback364Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(urls: Iterable[str]) -> set[str]:
    return {urlsplit(u).path for u in urls}


def test_fresh_councils_of_the_brief_mix(web: Heldback364Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 364)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_newham_contact_and_agreement_only_on_neighbourhood_pages(web: Heldback364Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    central = _main(web, host, "/public-health-safety/cctv")
    assert "cctv.centre@" not in central and "Metropolitan Police" not in central and "31 days" in central
    hoods = [u for u in _links(web, host, "/council/community-neighbourhoods") if "/community-neighbourhoods/" in u]
    assert len(hoods) == 8
    for u in hoods:
        html = _html(web, host, urlsplit(u).path)
        assert "<td>Questions or complaints about a council street camera</td>" in html, u
    with_isa = [u for u in hoods if "information sharing agreement" in _main(web, host, urlsplit(u).path)]
    assert _paths(with_isa) == {"/council/community-neighbourhoods/canning-town-and-custom-house"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths(e["url"] for e in d["5.5"]["evidence"]) == _paths(with_isa)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.centre@")
    grants = _main(web, host, "/council/community-assemblies/grants-awarded-2024")
    assert "Residents' Association: two cameras" in grants
    assert not any("grants-awarded" in u or "ward-panel" in u for u in d["5.1"]["pages"])


def test_wolverhampton_spoc_only_in_drop_in_table_and_step_2_on_a_ward_page(web: Heldback364Web, truth: dict) -> None:
    host = "www.wolverhampton.gov.uk"
    drops = "/council-and-democracy/wards/surgeries-and-drop-ins"
    html = _html(web, host, drops)
    assert "<caption>Officer drop-ins</caption>" in html and "<caption>Councillors' surgeries</caption>" in html
    officer_table = html.split("<caption>Officer drop-ins</caption>", 1)[1]
    assert "Single point of contact for surveillance cameras" in officer_table
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv").lower()
    code = "/documents/cctv/city-of-wolverhampton-cctv-code-of-practice-2024.pdf"
    assert "single point of contact" not in _text(web, host, code).lower()
    wards = [u for u in _links(web, host, "/council-and-democracy/wards") if "/wards/" in u and "surgeries" not in u]
    assert len(wards) == 20
    step2 = [u for u in wards if "step 2" in _main(web, host, urlsplit(u).path)]
    assert _paths(step2) == {"/council-and-democracy/wards/st-peters"}
    assert "step 2" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _paths(e["url"] for e in d["5.3"]["evidence"]) == {drops}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    review = "/council-and-democracy/wards/wednesfield-north/councillors-review"
    assert "camera" in _main(web, host, review) and f"http://{host}{review}" not in d["5.1"]["pages"]


def test_luton_step_2_sentence_beside_mark_and_forum_look_alikes(web: Heldback364Web, truth: dict) -> None:
    host = "www.luton.gov.uk"
    pg = "/council-government-and-democracy/capital-and-asset-management/town-centre-management-cctv"
    html = _html(web, host, pg)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html and "full step 2" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018-05"
    assert d["5.5"]["status"] == "not_met" and "dedicated telephone line" in _main(web, host, pg)
    forum = "/council-government-and-democracy/ward-forums/dallow"
    assert "Operation Future" in _main(web, host, forum)
    assert not any("ward-forums" in u or "democracy." in u for u in d["5.1"]["pages"])
    board = "http://democracy.luton.gov.uk/mgAi.aspx?ID=30412"
    assert board in _links(web, host, "/council-government-and-democracy/ward-forums/high-town")
    assert "Elm Tree" in _main(web, "democracy.luton.gov.uk", "/mgAi.aspx?ID=30412")


def test_ipswich_esc_contact_only_on_area_committee_pages(web: Heldback364Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    pg = "/communities-and-health/closed-circuit-television-cctv"
    assert "01632 960412" not in _main(web, host, pg)
    areas = [u for u in _links(web, host, "/council-and-democracy/area-committees") if "/area-committees/" in u]
    assert len(areas) == 5
    for u in areas:
        assert "call the Emergency Services Centre on 01632 960412" in _main(web, host, urlsplit(u).path), u
    assert "paid for from ward budgets and monitored from the ESC" in _main(
        web, host, "/council-and-democracy/area-committees/south-west"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "/council-and-democracy/area-committees/south-west" in _paths(d["5.1"]["pages"])
    report = "/sites/default/files/2023-07/esc-annual-report-2022-23.pdf"
    assert "3,648 incidents" in _text(web, host, report)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_tendring_code_titled_page_and_step_1_on_a_place_page(web: Heldback364Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    assert "<h1>CCTV Code of Practice</h1>" in _html(web, host, "/community/crime-community-safety/cctv")
    clacton = _main(web, host, "/our-places/clacton-on-sea")
    assert "step 1 (desktop) certification" in clacton and "working towards step 2" in clacton
    assert "certification" not in _main(web, host, "/community/crime-community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    dem = "tdcdemocracy.tendringdc.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "Colchester Amphora" in _main(web, dem, "/mgAi.aspx?ID=41822") and d["5.5"]["status"] == "not_met"


def test_nuneaton_signed_protocol_linked_only_from_ward_pages(web: Heldback364Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    wards = {u for u in _links(web, host, "/your-area/wards") if "/wards/" in u}
    assert len(wards) == 17
    assert _linking(web, host, doc["url"]) == wards
    assert doc["url"] not in _links(web, host, "/community-safety/cctv")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Warwickshire Police" in text and "Signed for Nuneaton and Bedworth Borough Council" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("community.safety@")


def test_hart_spoc_only_on_parish_liaison_page_and_three_party_agreement(web: Heldback364Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    liaison = "/council-and-democracy/town-and-parish-councils"
    main = _main(web, host, liaison)
    assert "single point of contact for surveillance cameras" in main and "Fleet Town Council" in main
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv-cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(e["url"] for e in d["5.3"]["evidence"]) == {liaison}
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Runnymede Borough Council" in text and "For Hampshire and Isle of Wight Constabulary" in text
    assert doc["signed"] and doc["force"] == "Hampshire"


def test_cambridge_spoc_and_isa_mention_only_in_area_committee_boxes(web: Heldback364Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    areas = [u for u in _links(web, host, "/council-and-democracy/area-committees") if "/area-committees/" in u]
    assert len(areas) == 4
    for u in areas:
        html = _html(web, host, urlsplit(u).path)
        box = html.split('<div class="callout"><h2>Cameras in your area</h2>', 1)[1]
        assert "single point of contact" in box and "Cambridgeshire Constabulary" in box, u
    assert "single point of contact" not in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths(e["url"] for e in d["5.3"]["evidence"]) == {"/council-and-democracy/area-committees/north"}
    assert "Scotland Road" in _main(web, "democracy.cambridge.gov.uk", "/mgAi.aspx?ID=9012")
    assert not any("democracy." in u for u in d["5.1"]["pages"])


def test_harlow_facts_over_centres_and_notice_with_signed_isa(web: Heldback364Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/safer-harlow-partnership"}
    assert "Signed on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "30 days" in _main(web, host, "/community-safety-services-privacy-notice")
    assert "BS 7958" in _main(web, host, "/community-safety/cctv") and d["5.2"]["status"] == "not_met"
    assert "27 high-definition cameras" in _main(
        web, host, "/regeneration/neighbourhood-centres/old-harlow-market-street"
    )


def test_wyre_forest_town_pages_and_protocol_mention(web: Heldback364Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    stour = _main(web, host, "/our-towns/stourport-on-severn")
    assert "they belong to the town council" in stour and "protocol with the force" in stour
    assert "Redditch Town Hall" in _main(web, host, "/our-towns/kidderminster")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {"/our-towns/kidderminster", "/our-towns/stourport-on-severn"} <= _paths(d["5.1"]["pages"])
    assert not web.sites[host].az


def test_one_fact_councils_on_area_pages(web: Heldback364Web, truth: dict) -> None:
    for host, path in (
        ("www.maldon.gov.uk", "/your-area/maldon"),
        ("www.midsussex.gov.uk", "/our-towns-and-villages/burgess-hill"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    plan = "http://www.maldon.gov.uk/downloads/download/311/community-safety-partnership-plan"
    assert plan in _links(web, "www.maldon.gov.uk", "/community-safety")
    assert (_render(web, plan).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback364Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.pembrokeshire.gov.uk", "www.uttlesford.gov.uk"})
    assert "Senior Responsible Officer for RIPA" in _main(
        web, "www.essex.gov.uk", "/about-the-council/policies/surveillance-ripa"
    )
    assert "Dyfed-Powys Police" in _html(web, "www.pembrokeshire.gov.uk", "/town-and-community-councils/tenby")
    assert "£60,000 grant" in _main(
        web, "www.uttlesford.gov.uk", "/parish-and-town-councils/saffron-walden-town-council"
    )
