"""The three hundred and sixty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: waste, recycling centres and environmental enforcement. Checks: the councils are fresh register rows; the
labelling rules hold with the intended tallies; and the structures the set is built from are really served (camera
information inside an enforcement team's section with the SPOC in its delegations list and fly-tippers' stills as a
look-alike; body worn video facts only on an enforcement officers' page; a fly-tipping and littering cameras page
whose step 2 claim is an answer among its questions; a SPOC only on a mobile camera deployment-request page beside a
draft Word agreement; a SPOC only as a row of a contact-by-topic table; one fact on a page about challenging a fixed
penalty; a code of practice as chained HTML chapters opening with a signed certificate; step 2 only in a quarterly
report PDF beside a signed police access protocol; a signed memorandum without extension and an 'award-winning'
near-miss; one fact only in a litter-pick volunteer pack; retention only in an extension-less Word request form; a
Welsh twin; robots.txt forbidding the search; and councils that publish nothing but carry recycling-centre,
contractor, RIPA, FOI and news look-alikes).
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

from fixtures.heldback368.truth import TRUTH_PATH
from fixtures.heldback368.web import Heldback368Web


@pytest.fixture(scope="module")
def web() -> Heldback368Web:
    return Heldback368Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _pages_saying(web: Heldback368Web, host: str, phrase: str) -> set[str]:
    """The HTML pages of one site whose served main text holds `phrase` (case-insensitive)."""
    site = web.sites[host]
    out = set()
    for h, path in site.pages:
        if h != host:
            continue
        r = _render(web, f"http://{host}{path}")
        if r.status == 200 and phrase.lower() in r.body.decode("utf-8").lower():
            out.add(path)
    return out


def test_fresh_councils(web: Heldback368Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 368)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_enforcement_section_holds_the_disclosure_and_spoc_in_delegations(web: Heldback368Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    team = "/our-streets/redbridge-enforcement-team"
    cams = f"{team}/cameras-on-our-streets"
    powers = f"{team}/officer-powers-and-delegations"
    assert _linking(web, host, f"http://{host}{cams}") == {f"http://{host}{team}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{cams}" in d["5.1"]["pages"]
    html = _html(web, host, powers)
    item = re.search(r"<li>[^<]*single point of contact for surveillance cameras[^<]*<a href=\"mailto:([^\"]+)\"", html)
    assert item and item.group(1) == d["5.3"]["spoc"]["email"]
    assert "Senior Responsible Officer for RIPA" in _main(web, host, powers)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {powers}
    assert "single point of contact" not in _main(web, host, cams)
    shame = _html(web, host, f"{team}/wall-of-shame")
    assert 'alt="CCTV still: a man leaves a mattress beside communal bins"' in shame
    assert not any("wall-of-shame" in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_body_worn_video_only_on_the_enforcement_officers_page(web: Heldback368Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    page = "/your-city-council/cctv-body-worn-video"
    officers = "/environmental-enforcement/what-to-expect-from-an-enforcement-officer"
    assert "Every officer wears body worn video" in _main(web, host, officers)
    assert "wears body worn video" not in _main(web, host, page)
    assert f"http://{host}{officers}" in _links(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["other_systems"] and f"http://{host}{officers}" in d["5.1"]["pages"]
    assert "Data Protection Act 1998" in _main(web, host, page)
    veolia = "/recycling-centres/vans-and-trailers"
    assert "number plates" in _main(web, host, veolia) and f"http://{host}{veolia}" not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_fly_tipping_cameras_page_with_step_2_in_an_answer(web: Heldback368Web, truth: dict) -> None:
    host = "www.brighton-hove.gov.uk"
    cams = "/rubbish-recycling-and-streets/environmental-enforcement/fly-tipping-and-littering-cameras"
    html = _html(web, host, cams)
    assert re.search(r"<h3>Are the cameras allowed\?</h3><p>[^<]*step 2 full certification", html)
    assert '<dl class="facts">' in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06"
    assert not d["5.2"]["mark_displayed"]
    assert d["5.1"]["pages"] == [f"http://{host}{cams}"]
    assert d["5.5"]["status"] == "partial" and "Sussex Police" in d["5.5"]["evidence"][0]["quote"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert not _auth(truth, host)["heldback"]["a_z"]


def test_spoc_only_on_deployment_requests_and_draft_word_agreement(web: Heldback368Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    mobile = "/home/primary-services/community-safety/cctv/mobile-cameras-deployment-requests"
    assert _pages_saying(web, host, "single point of contact") == {mobile}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@maidstone.example.gov.uk"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Kent"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "[insert date]" in text and "Signed on behalf of Kent Police: ....." in text
    assert "meetings.maidstone.gov.uk" in web.sites[host].hosts()
    assert not any("meetings." in u for u in d["5.1"]["pages"])


def test_spoc_only_as_a_row_of_contact_by_topic(web: Heldback368Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    contact = "/contact-us/contact-us-by-topic"
    cctv = "/community-and-safety/crime-and-anti-social-behaviour/cctv"
    html = _html(web, host, contact)
    assert re.search(r"<tr><td>Surveillance cameras</td><td>[^<]*single point of contact[^<]*</td>", html)
    assert "single point of contact" not in _main(web, host, cctv)
    assert f"http://{host}{contact}" in _links(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {contact}
    assert "agreement between the two" in _main(web, host, cctv) and d["5.5"]["status"] == "not_met"
    assert "not an agreement" in _text(web, host, "/media/2871/surrey-open-space-cctv-strategy.pdf")


def test_one_fact_on_the_challenge_a_penalty_page(web: Heldback368Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    page = "/info-pages/challenge-a-fixed-penalty-notice"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert d51["pages"] == [f"http://{host}{page}"]
    assert "covert cameras" in _main(web, host, "/news/covert-camera-catches-fly-tipper-next-to-the-a299")
    assert "democracy.thanet.gov.uk" in web.sites[host].hosts()


def test_code_as_chained_chapters_with_signed_certificate_first(web: Heldback368Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    landing = "/article/1764/CCTV"
    chain = [
        "/article/2210/Certificate-of-agreement",
        "/article/2211/Introduction-and-objectives",
        "/article/2212/Operating-the-system",
        "/article/2213/Recorded-material",
        "/article/2214/Appendix-A-key-personnel",
    ]
    for prev, nxt in zip(chain, chain[1:]):
        assert f"http://{host}{nxt}" in _links(web, host, prev), nxt
    assert {f"http://{host}{c}" for c in chain} <= set(_links(web, host, landing))
    cert = _main(web, host, chain[0])
    assert "Signed for and on behalf of New Forest District Council" in cert
    assert "Signed for and on behalf of Hampshire and Isle of Wight Constabulary" in cert
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == f"http://{host}{chain[0]}"
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-09"
    assert "<ol><li>" in _html(web, host, chain[-1]) and "Senior Responsible Officer for RIPA" in _main(
        web, host, chain[-1]
    )
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_step_2_only_in_a_quarterly_report_and_signed_police_protocol(web: Heldback368Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    assert _pages_saying(web, host, "step 2") == set()
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert urlsplit(ev["url"]).path.endswith(".pdf") and "step 2" in _text(web, host, urlsplit(ev["url"]).path)
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Huntingdonshire District Council" in text and "Signed for Cambridgeshire Constabulary" in text
    assert doc["force"] == "Cambridgeshire" and doc["date"] == "2023-04-11"
    assert "operations depot" in _main(web, host, "/streets-parking-transport/cctv")


def test_signed_memorandum_without_extension_and_award_winning_near_miss(web: Heldback368Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    page = "/community-and-living/community-safety/cctv"
    assert "award-winning" in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and doc["signed"] and doc["force"] == "Lincolnshire"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{page}"}
    assert "Signed on behalf of Lincolnshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_one_fact_only_in_a_volunteer_pack(web: Heldback368Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    pack = "/Documents/Streetscene/community-litter-pick-volunteer-pack.pdf"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pack}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    assert "mobile council cameras" in _text(web, host, pack)
    assert _render(web, f"http://{host}{pack}").header("Content-Type") == "application/pdf"
    assert "signposted" in _main(web, host, "/news/article/70/mobile-cctv-for-environmental-crime")
    assert "democracy.chorley.gov.uk" in web.sites[host].hosts()


def test_retention_only_in_an_extensionless_word_form(web: Heldback368Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    form = "/downloads/download/118/cctv-footage-request-form"
    assert "30 days" not in _main(web, host, "/cctv") and "held for 30 days" in _text(web, host, form)
    r = _render(web, f"http://{host}{form}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "") and _no_extension(form)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{form}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["retention"]
    assert "service level agreement" in _main(web, host, "/cctv") and d["5.5"]["status"] == "not_met"


def test_welsh_twin_of_the_customer_services_page(web: Heldback368Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    page = "/my-council/customer-services/cctv-and-after-hours-customer-service"
    cy = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-y-tu-allan-i-oriau"
    assert f"http://{host}{cy}" in _links(web, host, page)
    assert _html(web, host, cy).startswith('<!DOCTYPE html><html lang="cy">')
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"
    assert "Vale of Glamorgan" in _main(web, host, page)


def test_legacy_site_without_search_or_main(web: Heldback368Web, truth: dict) -> None:
    host = "www.hastings.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    assert '<main id="main">' not in _html(web, host, "/")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.redbridge.gov.uk", "www.eastleigh.gov.uk", "www.fenland.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback368Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cambridgeshire.gov.uk", "www.eastleigh.gov.uk", "www.hastings.gov.uk"})
    rules = _main(
        web, "www.cambridgeshire.gov.uk", "/residents/waste-and-recycling/household-recycling-centres/site-rules"
    )
    assert "contractor runs security cameras" in rules
    assert "re-deployable trail cameras" in _main(web, "meetings.eastleigh.gov.uk", "/mgAi.aspx?ID=27781")
