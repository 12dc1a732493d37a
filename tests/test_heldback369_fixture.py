"""The 369th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh (none in the fifteen sets before) and of the brief's mix of types; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a signed police agreement
linked only from a football stadiums and major events page; a step 1 claim only in a release procedure served without
extension under council buildings; a SPOC only on a leisure venues page beside a leisure trust's own contact; a
bilingual site whose SPOC is one item of a partnership membership list and whose cameras are watched by an English
council; a step 2 mark beside its sentence and a signed protocol linked only from a country park page; a one fact
council whose fact is only in a park's Green Flag management plan; a draft agreement only as a Cabinet appendix on a
democracy host; a one fact council whose fact is one item of an event organisers' list; a signed police agreement
beside a signed agreement with another council; a step 1 sentence with no mark and no contact at all; a country park
page saying there are no council cameras; a legacy site whose SPOC is only on a park page reached from the camera
table; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback369.truth import TRUTH_PATH
from fixtures.heldback369.web import Heldback369Web


@pytest.fixture(scope="module")
def web() -> Heldback369Web:
    return Heldback369Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_briefs_types(web: Heldback369Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 369)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_signed_met_agreement_only_from_the_stadiums_page(web: Heldback369Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/crime/football-stadiums-and-major-events"}
    assert doc["url"] not in _links(web, host, "/crime/cctv")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of the London Borough" in text and "Signed on behalf of the Metropolitan" in text
    assert "general safety certificate" in _main(web, host, "/crime/football-stadiums-and-major-events")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_1_only_in_an_extensionless_release_procedure(web: Heldback369Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    page = "/article/2838/CCTV-surveillance"
    assert "Council buildings and facilities" in _html(web, host, page).split('<main id="main">')[0]
    assert "step 1" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Nexus" in _main(web, host, page) and d["5.5"]["status"] == "not_met"


def test_spoc_only_on_a_leisure_page_beside_the_trusts_contact(web: Heldback369Web, truth: dict) -> None:
    host = "www.portsmouth.gov.uk"
    cctv = "/services/community-safety/cctv-in-portsmouth/"
    leisure = "/services/leisure-and-sport/cameras-at-leisure-venues-and-the-seafront/"
    assert "single point of contact" not in _main(web, host, cctv)
    assert "BH Live" in _main(web, host, leisure) and "single point of contact" in _main(web, host, leisure)
    trust = "/services/leisure-and-sport/bh-live-cctv-notice/"
    assert "single point of contact" in _main(web, host, trust)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {leisure}
    assert f"http://{host}{leisure}" not in _links(web, host, cctv)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_bilingual_partnership_with_spoc_in_membership_list(web: Heldback369Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    part = "/en/community-and-living/community-safety/cctv/cctv-partnership.aspx"
    html = _html(web, host, part)
    assert "<li>Denbighshire County Council, represented by the CCTV Co-ordinator" in html
    assert "Cheshire West and Chester" in _main(web, host, "/en/community-and-living/community-safety/cctv.aspx")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng.aspx" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "moderngov.denbighshire.gov.uk" in web.sites[host].hosts()
    assert not any("moderngov" in u for u in d["5.1"]["pages"])


def test_mark_and_sentence_and_protocol_only_from_country_park(web: Heldback369Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    cctv = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, cctv)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html
    assert '<aside class="related"><h2>Related information</h2>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2017-05"
    (doc,) = d["5.5"]["documents"]
    park = f"http://{host}/more/parks-and-open-spaces/beacon-country-park.aspx"
    assert doc["signed"] and doc["force"] == "Lancashire" and _linking(web, host, doc["url"]) == {park}
    assert "golf" in _main(web, host, urlsplit(park).path).lower()


def test_one_fact_only_in_a_green_flag_management_plan(web: Heldback369Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    plan = "/sites/default/files/2024-04/memorial-gardens-management-plan-2024.pdf"
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{plan}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "camera" not in _main(web, host, "/leisure/parks/memorial-gardens").lower()
    assert "infrared" in _text(web, host, plan)
    assert "Safer Streets" in _main(web, host, "/news/memorial-gardens-cameras")


def test_draft_agreement_only_as_a_cabinet_appendix(web: Heldback369Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    dem = "democracy.cheltenham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=7730"}
    assert "20__" in _text(web, dem, urlsplit(doc["url"]).path)
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, "/community-safety/public-realm-cctv")
    assert "42 days" in _main(web, host, "/your-council/how-we-use-your-data/cctv-in-the-municipal-offices")


def test_one_fact_in_an_event_organisers_list(web: Heldback369Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    page = "/leisure/wellesley-recreation-ground/holding-an-event"
    assert "<li>two council CCTV cameras covering the main gate and the grandstand</li>" in _html(web, host, page)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{page}"]
    assert "SIA licence" in _main(web, host, "/jobs/partner-vacancies")


def test_signed_police_agreement_beside_a_councils_agreement(web: Heldback369Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    page = "/communities/community-safety/cctv/our-cctv-agreements"
    docs = [u for u in _links(web, host, page) if u.endswith(".pdf")]
    assert len(docs) == 2
    texts = [_text(web, host, urlsplit(u).path) for u in docs]
    assert any("Essex Police" in t for t in texts) and any("Maldon District Council" in t for t in texts)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert "essex-police" in doc["url"] and doc["signed"]
    assert "single point of contact" not in _main(web, host, "/communities/community-safety/cctv/cctv-in-chelmsford")
    assert d["5.3"]["status"] == "met" and "NSI Gold" in _main(
        web, host, "/communities/community-safety/cctv/cameras-in-parks-and-leisure-centres"
    )
    assert d["5.2"]["status"] == "not_met"


def test_step_1_sentence_no_mark_no_contact(web: Heldback369Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    for path in ("/community-safety/cctv/", "/community-safety/cctv/refuge-points/"):
        assert "mailto:" not in _main(web, host, path) and "<img" not in _html(web, host, path)
    assert "two-way audio" in _main(web, host, "/community-safety/cctv/refuge-points/")
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_neighbouring_hub_and_country_park_without_cameras(web: Heldback369Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    assert "<dd>There are no council cameras in the country park.</dd>" in _html(
        web, host, "/leisure/melton-country-park"
    )
    assert "collaborative arrangement" in _main(web, host, "/community-safety/cctv-and-help-points")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert not any("country-park" in u for u in d["5.1"]["pages"])


def test_legacy_spoc_only_on_a_park_page_from_the_table(web: Heldback369Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    cctv = "/Your-council/Crime-and-safety/CCTV"
    park = f"http://{host}/Leisure/Parks/Queens-Park-Caterham"
    assert '<main id="main">' not in _html(web, host, cctv)
    assert "<caption>Council sites with cameras</caption>" in _html(web, host, cctv)
    assert "single point of contact" not in _html(web, host, cctv)
    assert f"http://{host}{cctv}" in _linking(web, host, park)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {park}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_robots_forbid_search(truth: dict) -> None:
    assert _auth(truth, "www.westdevon.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback369Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.westdevon.gov.uk", "www.braintree.gov.uk"})
    foi = "/accesstoinformation/archives/information_request/cctv-and-community-safety-contacts"
    assert "country parks" in _main(web, "new.devon.gov.uk", foi)
    assert "Witham Town Council" in _main(web, "www.braintree.gov.uk", "/info/200310/town_and_parish_councils")
