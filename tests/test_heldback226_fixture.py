"""The 226th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a mailbox only on an A to Z service record; a
SPOC in a governance board's roles table and a police agreement whose initial term has run but which continues in
force by its own clause; a unitary council's former districts' schemes on area pages with an annual report page;
a county that runs no town cameras, with a SPOC contact page and a general sharing protocol; Contensis text-only
copies and a Welsh twin; a lapsed step 2 certificate of a joint control room that closed, with cameras watched by
another council; a draft service level agreement published as an HTML consultation page; documents served from a
query-string address on a legacy site, an expired agreement with a signed extension letter and step 2 only in a
code's foreword; a signed partnership agreement that no longer applies after the council left a police-hosted
control room; a stepless mark beside a dated sentence and a partners table naming the SPOC; one-fact councils;
councils that publish nothing but carry look-alikes; robots.txt forbidding the search).
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

from fixtures.heldback226.truth import TRUTH_PATH
from fixtures.heldback226.web import Heldback226Web


@pytest.fixture(scope="module")
def web() -> Heldback226Web:
    return Heldback226Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback226Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 226)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_mailbox_only_on_the_a_to_z_service_record(web: Heldback226Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    info = "/info/201149/crime_prevention/719/cctv_public_safety"
    record = "/a_to_z/service/54/cctv"
    assert "cctv@" not in _html(web, host, info) and "cctv@ealing.example.gov.uk" in _main(web, host, record)
    assert _linking(web, host, f"http://{host}{record}") == {f"http://{host}/a-z", f"http://{host}{info}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]) == {record}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "information sharing agreement" in _main(web, host, info)


def test_board_roles_table_and_agreement_continuing_by_clause(web: Heldback226Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    board = "/info/200030/crime_antisocial_behaviour_and_nuisance/7801/cctv_board"
    html = _html(web, host, board)
    assert '<th scope="col">Role</th><th scope="col">Who</th><th scope="col">Contact</th>' in html
    assert "<td>Single point of contact for surveillance camera systems</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {board}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{board}"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "initial term of three years" in text and "continues in force" in text
    assert d["5.5"]["status"] == "met"
    assert "democracy.manchester.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_former_districts_on_area_pages(web: Heldback226Web, truth: dict) -> None:
    host = "www.northyorks.gov.uk"
    hub = "/environment-and-neighbourhoods/cctv-public-spaces-north-yorkshire"
    areas = {f"http://{host}{hub}/{a}" for a in ("hambleton-area", "harrogate-area", "scarborough-area", "selby-area")}
    assert areas <= set(_links(web, host, hub))
    report = f"{hub}/harrogate-cctv-annual-report-2024-2025"
    assert _linking(web, host, f"http://{host}{report}") == {f"http://{host}{hub}/harrogate-area"}
    assert "Ryedale Cameras in Action" in _main(web, host, f"{hub}/scarborough-area")
    a = _auth(truth, host)
    assert not a["heldback"]["a_z"]
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert {f"http://{host}{hub}/hambleton-area", f"http://{host}{report}"} <= set(d["5.1"]["pages"])


def test_county_without_town_cameras_spoc_contact_page(web: Heldback226Web, truth: dict) -> None:
    host = "www.warwickshire.gov.uk"
    cams = "/your-council/data-protection/how-we-use-cameras"
    main = _main(web, host, cams)
    assert "does not run town centre CCTV" in main and "Warwickshire Sharing of Information Protocol" in main
    assert "Warwickshire Police" not in main
    spoc = f"{cams}/contact-about-our-cameras"
    assert '<div class="contact-card">' in _html(web, host, spoc)
    assert "https://www.warwickdc.gov.uk/cctv" in _links(web, host, "/community-safety/town-centre-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {spoc}
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]


def test_text_only_copies_and_welsh_twin(web: Heldback226Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    pg = "/en/living/Safer-Vale/CCTV.aspx"
    twin = f"{pg}?ContensisTextOnly=true"
    assert f"http://{host}{twin}" in _links(web, host, pg)
    tw = _html(web, host, twin)
    assert "<main" not in tw and "<nav" not in tw and "<header" not in tw
    sentence = "There are 77 cameras: 61 in Barry, 12 in Penarth and 4 in Llantwit Major."
    assert sentence in _text(web, host, twin) and sentence in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert not any("ContensisTextOnly" in e["url"] for k in d for e in d[k]["evidence"])
    cy = "/cy/byw/Bro-Fwy-Diogel/Teledu-Cylch-Cyfyng.aspx"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "Cardiff Council" in _main(web, host, pg)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_lapsed_step_2_of_closed_joint_room_and_council_monitoring(web: Heldback226Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    pg = "/community-parks-and-leisure/community-safety/cctv"
    main = _main(web, host, pg)
    assert "full step 2 certification" in main and "certificate lapsed" in main and "Hart District Council" in main
    assert "<img" not in _html(web, host, pg).split('<main id="main">', 1)[1]
    assert "https://www.runnymede.gov.uk/cctv-code-of-practice" in _links(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017"
    assert not d["5.2"]["mark_displayed"]
    assert "agreement between Rushmoor and Runnymede" in main and d["5.5"]["status"] == "not_met"


def test_draft_sla_as_html_consultation_page(web: Heldback226Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    consult = "/have-your-say/cctv-monitoring-review-2026"
    draft = f"{consult}/draft-service-level-agreement"
    assert _linking(web, host, f"http://{host}{draft}") == {f"http://{host}{consult}"}
    main = _main(web, host, draft)
    assert "DRAFT FOR CONSULTATION" in main and "Signed for Kent Police: ...................." in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert '<div class="contact-card">' in _html(web, host, "/residents/community-safety/cctv")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in _main(web, host, "/residents/community-safety/cctv")


def test_query_string_documents_expired_agreement_and_extension_letter(web: Heldback226Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    site = web.sites[host]
    pg = "/community-safety/cctv.cfm"
    assert '<main id="main">' not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    isa, ext = d["5.5"]["documents"]
    for doc in (isa, ext):
        assert doc["signed"] and urlsplit(doc["url"]).query.startswith("id=")
        assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
        r = _render(web, doc["url"])
        assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "expires on 30 June 2023" in _text(web, host, "/doc.cfm?id=4412")
    assert "until 30 June 2027" in _text(web, host, "/doc.cfm?id=5987")
    assert d["5.5"]["status"] == "met"
    code = _text(web, host, "/doc.cfm?id=4401")
    assert "full certification (step 2)" in code and "certificate expired in March 2025" in code
    assert "step 2" not in _html(web, host, pg)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    assert site.search is not None and "park and ride" in _html(web, host, pg)


def test_signed_partnership_agreement_that_no_longer_applies(web: Heldback226Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    pg = "/your-district/public-protection/crime-prevention/cctv"
    main = _main(web, host, pg)
    assert "Sherwood Lodge, Nottinghamshire Police headquarters" in main and "no longer covers our cameras" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and not doc["draft"] and d["5.5"]["status"] == "partial"
    assert "Signed for Nottinghamshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_stepless_mark_partners_table_and_signed_dsa(web: Heldback226Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    pg = "/article/21203/CCTV"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, pg)
    assert "step" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["mark_displayed"]
    part = "/article/21204/CCTV-partnership"
    main = _main(web, host, part)
    assert "South Holland District Council" in main and "East Lindsey District Council" in main
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {part}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    assert "democracy.boston.gov.uk" in web.sites[host].hosts()


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.rochford.gov.uk", "cameras", "/business-and-regeneration/rayleigh-town-centre"),
        ("www.hyndburnbc.gov.uk", "cameras", "/markets/accrington-market-hall"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback226Web, truth: dict) -> None:
    hosts = {"www.adur-worthing.gov.uk", "www.reigate-banstead.gov.uk", "www.waverley.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert "Sussex Police public space" in _main(
        web, "www.adur-worthing.gov.uk", "/community-safety/cameras-in-our-towns"
    )
    assert "democracy.adur-worthing.gov.uk" in web.sites["www.adur-worthing.gov.uk"].hosts()
    assert "Farnham Town Council" in _main(web, "www.waverley.gov.uk", "/community/farnham-town-centre-cameras")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.adur-worthing.gov.uk", "www.waverley.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
