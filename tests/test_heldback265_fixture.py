"""The two hundred and sixty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

The set's emphasis is councils whose cameras moved. Checks: the councils are real register rows, none in the fifteen
sets before it; the labelling rules hold with the intended tallies; and the structures the set is built from are
really served (an old housing-company address answering 200 with a Refresh header; old guide addresses answering 303
See Other; a superseded code PDF sent with a Link rel=canonical header; an old address answering a real 404 whose
body links the new page; an address moved with a 301; a police protocol signed for the council, the police and the
operating company; a police schedule signed by the operating neighbour and the police but not by the council; a
four-party shared service agreement under a neutral file name; a signed protocol published as an HTML page; an
archived page carrying a neighbour's certificate, its manager as single point of contact and its superseded
protocol; an owner column telling a hub's own cameras from a neighbour's; a step 1 claim in a code; step 2 sentences;
ISO 9001 and 'adheres to the Code' near-misses; SPOCs in a roles table, a privacy notice and on the page; one-fact
councils; councils that publish nothing but carry look-alikes).
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

from fixtures.heldback265.truth import TRUTH_PATH
from fixtures.heldback265.web import Heldback265Web


@pytest.fixture(scope="module")
def web() -> Heldback265Web:
    return Heldback265Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _pages(auth: dict) -> set[str]:
    return {urlsplit(u).path for u in auth["deliverables"]["5.1"]["pages"]}


def test_fresh_councils(web: Heldback265Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 265)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_old_housing_company_address_answers_with_a_refresh_header(web: Heldback265Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    old = f"http://{host}/hackney-homes/estate-cctv"
    r = _render(web, old)
    assert r.status == 200 and r.header("Refresh") == "0; url=/cctv/estate-cameras"
    assert "estate-cameras" not in r.body.decode("utf-8")
    assert 'href="/hackney-homes/estate-cctv"' in _html(web, host, "/a-z")
    a = _auth(truth, host)
    assert "/cctv/estate-cameras" in _pages(a) and "/hackney-homes/estate-cctv" not in _pages(a)
    d52 = a["deliverables"]["5.2"]
    assert (d52["status"], d52["level"], d52["awarded"], d52["mark_displayed"]) == ("met", "step2", "2018-05", False)
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_old_guide_answers_303_and_three_party_protocol(web: Heldback265Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    for old, new in (
        ("/how-cctv-is-used", "/cctv-in-stockport"),
        ("/how-cctv-is-used/cctv-staffing", "/cctv-in-stockport/who-runs-the-cameras"),
    ):
        r = _render(web, f"http://{host}{old}")
        assert r.status == 303 and r.header("Location") == new
    assert 'href="/how-cctv-is-used"' in _html(web, host, "/a-z")
    roles = _html(web, host, "/cctv-in-stockport/who-runs-the-cameras")
    assert '<th scope="col">Role</th><th scope="col">Who</th><th scope="col">Contact</th>' in roles
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("camera.spoc@")
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Greater Manchester Police" in text and "Stockport Homes Group as operator" in text
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert d["5.2"]["level"] == "step1" and urlsplit(d["5.2"]["evidence"][0]["url"]).path.startswith("/downloads/")
    r = _render(web, d["5.2"]["evidence"][0]["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_superseded_code_sends_a_link_canonical_header(web: Heldback265Web, truth: dict) -> None:
    host = "www.iow.gov.uk"
    old, new = "/media/3107/cctv-code-of-practice-2016.pdf", "/media/8841/cctv-code-of-practice-2024.pdf"
    r = _render(web, f"http://{host}{old}")
    assert r.status == 200 and r.header("Link") == f'<{new}>; rel="canonical"'
    assert "five operators" in _text(web, host, old)
    assert _linking(web, host, f"http://{host}{old}") == {f"http://{host}/news/2019/changes-to-cctv-monitoring"}
    a = _auth(truth, host)
    assert old not in _pages(a) and new in _pages(a)
    spoc = a["deliverables"]["5.3"]["spoc"]
    assert a["deliverables"]["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert a["deliverables"]["5.2"]["status"] == "not_met" and "BS 7958" in _text(web, host, new)


def test_police_schedule_never_signed_by_the_council_and_welsh_twin(web: Heldback265Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Gwent"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "For Gwent Police: signed" in text and "For Caerphilly County Borough Council: signed" in text
    assert "For Blaenau Gwent County Borough Council: Signed ...." in text
    assert "/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng" in {urlsplit(u).path for u in d["5.1"]["pages"]}
    history = _main(web, host, "/en/resident/community-safety/public-space-cctv/how-the-system-has-changed")
    assert "full certification" in history and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met"


def test_old_address_is_a_real_404_whose_body_links_the_new_page(web: Heldback265Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    old = "/residents/community-safety/public-space-cctv/"
    r = _render(web, f"http://{host}{old}")
    assert r.status == 404 and 'href="/community-safety/cctv"' in r.body.decode("utf-8")
    assert f'href="{old}"' in _html(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert ">Partnership Shared Service Agreement (PDF)</a>" in _html(web, host, "/community-safety/cctv")
    assert "Nottinghamshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_signed_protocol_as_an_html_page_and_moved_address(web: Heldback265Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    pg = "/communities-and-health/closed-circuit-television-cctv"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and r.header("Location") == pg
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).path == pg + "/release-protocol" and doc["signed"]
    assert "html" in (_render(web, doc["url"]).header("Content-Type") or "")
    assert "<caption>Signatures</caption>" in _html(web, host, pg + "/release-protocol")
    assert "adheres" in _main(web, host, pg) and d["5.2"]["status"] == "not_met"


def test_archived_partnership_page_speaks_for_the_neighbour(web: Heldback265Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    archive = "/cctv/archive/medway-partnership"
    main = _main(web, host, archive)
    assert "Archived page" in main and "step 2 certification" in main and "partnership.cctv@medway" in main
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "not_met" and archive not in _pages(a)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@swale.example.gov.uk"
    (doc,) = d["5.5"]["documents"]
    assert "medway" not in doc["url"] and doc["date"] == "2023-06-14"
    assert "SUPERSEDED" in _text(web, host, "/media/2210/medway-cctv-partnership-police-protocol-2010.pdf")
    assert "news.swale.gov.uk" in web.sites[host].hosts()


def test_owner_column_and_step_2_on_a_standards_page(web: Heldback265Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    html = _html(web, host, "/community/crime_and_safety/cctv.cfm")
    assert '<main id="main">' not in html and '<th scope="col">Owner</th>' in html
    assert "<td>Babergh District Council</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/community/crime_and_safety/cctv_standards.cfm"}


def test_spoc_only_in_a_surveillance_privacy_notice(web: Heldback265Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    notice = "http://www.basildon.gov.uk/article/7713/How-we-use-your-information-public-space-surveillance"
    assert _linking(web, host, notice) == {"http://www.basildon.gov.uk/article/7700/Privacy-notices"}
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {notice} and d["5.3"]["status"] == "met"
    assert "Data Protection Act 1998" in _main(web, host, "/article/309/Town-centres-Closed-Circuit-Television-CCTV-")


def test_cctv_page_reached_only_from_the_careline_text(web: Heldback265Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    cctv = f"http://{host}/living-here/safer-communities/cctv-service"
    assert _linking(web, host, cctv) == {f"http://{host}/living-here/safer-communities/careline-and-control-centre"}
    assert "ISO 9001" in _main(web, host, "/living-here/safer-communities/cctv-service")
    assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback265Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.midsussex.gov.uk", "operator", "/about-us/services-run-by-partners"),
        ("www.uttlesford.gov.uk", "retention", "/your-council/visiting-the-council-offices"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<td>Sussex Police, who watch" in _html(web, "www.midsussex.gov.uk", "/about-us/services-run-by-partners")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback265Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.kent.gov.uk", "www.nuneatonandbedworth.gov.uk", "www.southnorfolkandbroadland.gov.uk"},
    )
    assert _auth(truth, "www.kent.gov.uk")["heldback"]["robots_forbid_search"]
    assert (
        "community safety agreement"
        in _text(
            web, "www.kent.gov.uk", "/__data/assets/pdf_file/0017/150902/Kent-Community-Safety-Agreement-2024-27.pdf"
        ).lower()
    )
