"""The two hundred and ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a CCTV page whose facts and SPOC sit on server-side tabs at
?tab= addresses; a policies library paged by Previous and Next links with the code on page 2 and a signed police
agreement on page 5; a footage-request wizard whose steps are reached only by Continue links; a service finder that
signposts the districts; a section index paged in two with the CCTV page on the second; a fact only in a facilities
icon's alt text on a legacy page; a card grid whose only links are images; a governance page reached only through a
link to the site's own search; A to Z entries pointing at moved addresses that answer 301; a park finder paged in
three with the one fact on its last page; a camera list paged over two addresses and a draft Word protocol; a signed
partnership agreement reached only from a version history table; and councils that publish nothing but carry
look-alikes).
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

from fixtures.heldback.kit import DOCX_TYPE
from fixtures.heldback209.truth import TRUTH_PATH
from fixtures.heldback209.web import Heldback209Web


@pytest.fixture(scope="module")
def web() -> Heldback209Web:
    return Heldback209Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils_of_the_brief_mix(web: Heldback209Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 209)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_server_side_tabs_hold_the_facts_and_the_spoc(web: Heldback209Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    page = "/crime/cctv"
    links = _links(web, host, page)
    assert {f"http://{host}{page}?tab=footage", f"http://{host}{page}?tab=governance"} <= set(links)
    assert 'role="tablist"' in _html(web, host, page)
    assert "single point of contact" not in _main(web, host, page)
    assert "30 days" not in _main(web, host, page)
    assert "single point of contact" in _main(web, host, f"{page}?tab=governance")
    tab_pages = {f"http://{host}{page}", f"http://{host}{page}?tab=footage", f"http://{host}{page}?tab=governance"}
    assert _linking(web, host, f"http://{host}{page}?tab=governance") == tab_pages
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and all("?tab=governance" in e["url"] for e in d["5.3"]["evidence"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_policies_library_paged_by_next_links(web: Heldback209Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    lib = "/downloads/directory/12/policies_plans_and_strategies"
    first = _html(web, host, lib)
    assert 'rel="next"' in first and "Page 1" in first and "?page=5" not in first
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{lib}?page=5"}
    code = next(u for u in d["5.1"]["pages"] if "cctv_policy" in u)
    assert _linking(web, host, code) == {f"http://{host}{lib}?page=2"}
    assert "BS 7958" in _text(web, host, urlsplit(code).path) and d["5.2"]["status"] == "not_met"
    assert _render(web, code).header("Content-Type") == "application/pdf"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_footage_wizard_steps_reached_only_by_continue_links(web: Heldback209Web, truth: dict) -> None:
    host = "www.peterborough.gov.uk"
    wiz = "/council/council-data/cctv/request-footage"
    for n in (2, 3, 4):
        prev = f"http://{host}{wiz}" if n == 2 else f"http://{host}{wiz}?step={n - 1}"
        assert _linking(web, host, f"http://{host}{wiz}?step={n}") == {prev}, n
    assert '<form method="post"' in _html(web, host, f"{wiz}?step=4")
    assert "Data Protection Act 1998" in _main(web, host, f"{wiz}?step=2")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert f"http://{host}{wiz}?step=3" in d["5.1"]["pages"]
    assert "shared service agreement between the two councils" in _main(web, host, "/council/council-data/cctv")
    assert d["5.5"]["status"] == "not_met"


def test_section_index_paged_with_cctv_on_page_two(web: Heldback209Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    sec = "/environmental-health/community-safety"
    cctv = f"http://{host}{sec}/cctv-surveillance-systems"
    assert cctv not in _links(web, host, sec)
    assert _linking(web, host, cctv) == {f"http://{host}{sec}?page=2"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_one_fact_only_in_an_icon_alt_text_on_a_legacy_page(web: Heldback209Web, truth: dict) -> None:
    host = "www.hyndburnbc.gov.uk"
    hall = "/markets/accrington-market-hall"
    html = _html(web, host, hall)
    assert '<main id="main">' not in html and not web.sites[host].search
    assert 'alt="Security: the hall is covered by cameras watched from the East Lancashire CCTV hub' in html
    assert "East Lancashire" not in _text(web, host, hall)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]


def test_card_grid_links_only_through_images(web: Heldback209Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    cctv = "/community-parks-and-leisure/community-safety/cctv"
    html = _html(web, host, cctv)
    std = f"http://{host}{cctv}/standards-and-policies"
    assert f'<a href="{cctv}/standards-and-policies"><img' in html
    assert _linking(web, host, std) == {f"http://{host}{cctv}"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _render(web, doc["url"]).header("Content-Type") == DOCX_TYPE
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"


def test_governance_page_only_through_the_sites_own_search(web: Heldback209Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    gov = f"http://{host}/communities-safety/cctv-public-spaces/governance-and-compliance"
    search = f"http://{host}/search?q=cctv+governance"
    assert search in _links(web, host, "/communities-safety/cctv-public-spaces")
    assert _linking(web, host, gov) == {search}
    assert not _auth(truth, host)["heldback"]["robots_forbid_search"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met"
    assert {e["url"] for e in d["5.3"]["evidence"]} == {gov}


def test_a_to_z_entries_at_moved_addresses(web: Heldback209Web, truth: dict) -> None:
    for host, old, new in (
        ("www.adur-worthing.gov.uk", "/safer-communities/adur-cctv", "/community-safety/adur-safer-communities"),
        ("www.rochford.gov.uk", "/CCTV", "/consultations/cctv-in-the-district-2020"),
    ):
        r = _render(web, f"http://{host}{old}")
        assert r.status == 301 and r.header("Location") == f"http://{host}{new}", host
        assert f"http://{host}{old}" in _links(web, host, "/a-z"), host
    live = "http://www.rochford.gov.uk/community-safety/rayleigh-town-centre-cctv"
    assert live not in _links(web, "www.rochford.gov.uk", "/a-z")
    assert _auth(truth, "www.rochford.gov.uk")["deliverables"]["5.3"]["status"] == "met"
    d51 = _auth(truth, "www.adur-worthing.gov.uk")["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [
        "http://www.adur-worthing.gov.uk/community-safety/adur-safer-communities"
    ]


def test_one_fact_on_the_last_page_of_a_park_finder(web: Heldback209Web, truth: dict) -> None:
    host = "www.folkestone-hythe.gov.uk"
    park = f"http://{host}/parks-finder/cheriton-recreation-ground"
    assert _linking(web, host, park) == {f"http://{host}/parks-finder?page=3"}
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    assert "Swale" in _main(web, host, "/community-safety")


def test_camera_list_paged_and_draft_word_protocol(web: Heldback209Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    locs = f"http://{host}/community-safety-and-emergencies/cctv/camera-locations"
    assert _linking(web, host, f"{locs}?page=2") == {locs}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _render(web, doc["url"]).header("Content-Type") == DOCX_TYPE
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert "democracy.northdevon.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_signed_agreement_only_from_the_version_history(web: Heldback209Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    history = f"http://{host}/info/20196/community_safety/1146/code_of_practice_version_history"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    assert _linking(web, host, doc["url"]) == {history}
    assert _linking(web, host, history) == {
        f"http://{host}/info/20196/community_safety/1145/atherstone_cctv_code_of_practice"
    }
    assert "Signed for Warwickshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback209Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.gloucestershire.gov.uk", "www.anglesey.gov.uk", "www.north-norfolk.gov.uk"}
    )
    glos = _main(web, "www.gloucestershire.gov.uk", "/service-finder?topic=community-safety")
    assert "Town centre CCTV" in glos and "Your district or city council" in glos
    assert not web.sites["www.gloucestershire.gov.uk"].az
    news = "http://www.anglesey.gov.uk/en/newsroom/news/7"
    assert _linking(web, "www.anglesey.gov.uk", news) == {"http://www.anglesey.gov.uk/en/newsroom/news?page=3"}
    assert {"http://www.anglesey.gov.uk/en", "http://www.anglesey.gov.uk/cy"} <= set(
        _links(web, "www.anglesey.gov.uk", "/")
    )
    nn = _auth(truth, "www.north-norfolk.gov.uk")
    assert nn["heldback"]["democracy_host"] == "modgov.north-norfolk.gov.uk"
