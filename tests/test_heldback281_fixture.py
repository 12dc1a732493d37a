"""The 281st held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a CCTV privacy purpose only on page 2 of a paginated
list; a step 1 claim in a standards table; a SPOC only in a policy PDF beside a job advert using the same words; a
signed agreement linked only from an FOI answer; a three-part guide with the SPOC in part 3; a Welsh twin reached only
by the page's language toggle; a key-facts panel; papers on a partner council's democracy host; a one-fact council
whose fact is a partnership table row; a step 2 claim only inside a certificate PDF behind a vague link; a SPOC as a
defined term; a news host with a podcast transcript; a Word agreement without extension; a SPOC and signed MoU on a
sub-page; a step 2 claim only in a Word annual review on a legacy site; a one-fact town hall page; and three councils
that publish nothing but carry look-alikes).
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

from fixtures.heldback281.truth import TRUTH_PATH
from fixtures.heldback281.web import Heldback281Web


@pytest.fixture(scope="module")
def web() -> Heldback281Web:
    return Heldback281Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback281Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 281)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_privacy_purpose_on_page_2_of_a_paginated_list(web: Heldback281Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    spec = "/privacy-notice/specific-purposes"
    assert "cctv" not in _main(web, host, spec).lower()
    page2 = f"http://{host}{spec}?page=2"
    assert page2 in _links(web, host, spec) and _linking(web, host, page2) == {f"http://{host}{spec}"}
    assert "Surveillance Camera Code of Practice" in _main(web, host, f"{spec}?page=2")
    d = _auth(truth, host)["deliverables"]
    assert page2 in d["5.1"]["pages"] and d["5.1"]["criteria"]["code_compliance"]
    assert "provided by the Metropolitan Police" in _main(
        web, host, "/services/community-safety/safer-neighbourhood-teams"
    )
    assert "1,043 cameras" in _main(web, host, "/foi-disclosure-log/foi-2024-0412")
    assert not any("foi" in u or "jobs" in u or "governance" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("epsc@")


def test_step_1_table_spoc_only_in_pdf_and_isa_only_via_foi(web: Heldback281Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    html = _html(web, host, "/crime-and-safety/cctv/standards-we-meet")
    assert "<td>Step 1 (desktop) certification completed with SSAIB in October 2019</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "single point of contact" not in _main(web, host, "/crime-and-safety/cctv")
    assert "single point of contact" in _main(web, host, "/jobs/surveillance-camera-compliance-officer")
    assert _paths(d["5.3"]) == {"/media/3102/cctv-policy-and-code-of-practice.pdf"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/foi-disclosure-log/foi-23-0917"}
    assert "Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_three_part_guide_spoc_in_part_3(web: Heldback281Web, truth: dict) -> None:
    host = "www.centralbedfordshire.gov.uk"
    g1 = "/info/43/community_safety/149/closed_circuit_television_cctv"
    for part in (g1, f"{g1}/2", f"{g1}/3"):
        assert {f"http://{host}{g1}/2", f"http://{host}{g1}/3"} <= set(_links(web, host, part))
    assert "single point of contact" not in _main(web, host, g1) + _main(web, host, f"{g1}/2")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {f"{g1}/3"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {f"{g1}/2"}
    assert "separate body" in _main(web, host, "/info/43/community_safety/151/town_council_cameras_leighton_linslade")


def test_welsh_twin_only_through_the_language_toggle(web: Heldback281Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    en = f"http://{host}/en/resident/community-and-living/community-safety/cctv.aspx"
    cy = f"http://{host}/cy/preswylydd/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng.aspx"
    assert _linking(web, host, cy) == {en}
    assert '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    d = _auth(truth, host)["deliverables"]
    assert cy in d["5.1"]["pages"]
    main = _main(web, host, urlsplit(en).path)
    assert "service level agreement" in main and "North Wales Police signed" in main
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "moderngov.denbighshire.gov.uk" in web.sites[host].hosts()


def test_key_facts_panel_and_partner_democracy_host(web: Heldback281Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    html = _html(web, host, "/article/1402/CCTV")
    body = html.split('<main id="main">', 1)[1]
    assert body.index('<aside class="key-facts">') < body.index("<p>")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert "democracy.highpeak.gov.uk" in web.sites[host].hosts()
    assert not any("highpeak" in e["url"] for k in d for e in d[k]["evidence"])


def test_one_fact_in_a_partnership_table_row(web: Heldback281Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    path = "/community/south-holland-community-safety-partnership"
    assert "<td>Boston Borough Council</td><td>Monitors South Holland" in _html(web, host, path)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_2_only_inside_certificate_and_spoc_as_defined_term(web: Heldback281Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "Our certificate (PDF)" in main and "step 2" not in main.lower()
    cert = "/sites/default/files/2021-03/swale-cctv-certificate.pdf"
    assert "Step 2: full certification" in _text(web, host, cert)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {cert}
    assert "<dt>Single point of contact (SPOC)</dt>" in _html(web, host, "/community-safety/cctv/code-of-practice")
    nh = "news.swale.gov.uk"
    assert f"http://{nh}/" in _links(web, host, "/news")
    assert "OPERATOR:" in _main(web, nh, "/podcast/episode-12-night-shift")
    assert not any(nh in u for u in d["5.1"]["pages"])


def test_police_hosted_room_and_councils_shared_service(web: Heldback281Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    assert "partnership shared service agreement between the three councils" in _main(
        web, host, "/community-safety/cctv"
    )
    assert "written by Nottinghamshire Police" in _main(web, host, "/partners/nottinghamshire-police")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_word_agreement_without_extension(web: Heldback281Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk" and "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "Suffolk Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_and_signed_mou_on_a_sub_page(web: Heldback281Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    sub = "/community/community-safety/cctv/monitoring-by-sussex-police"
    assert "single point of contact" not in _main(web, host, "/community/community-safety/cctv")
    assert "single point of contact" in _main(web, host, sub)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{sub}"} and doc["force"] == "Sussex"
    assert not web.sites[host].az


def test_step_2_only_in_word_annual_review_on_legacy_site(web: Heldback281Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    html = _html(web, host, "/community/crime_and_safety/cctv.cfm")
    assert '<main id="main">' not in html and "step 2" not in html.lower()
    review = "/community/documents/cctv-annual-review-2023-24.docx"
    assert "full (step 2) certification" in _text(web, host, review)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {review}
    assert d["5.5"]["status"] == "not_met" and "service agreements with those councils" in html
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_on_a_town_hall_page(web: Heldback281Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert d51["pages"] == [f"http://{host}/info/21001/contact_us/402/visiting_the_town_hall"]
    assert "NOMAD" in _main(web, host, "/info/21020/councillors/450/ward_updates_whittleford")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback281Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.midsuffolk.gov.uk", "www.ambervalley.gov.uk"})
    assert "does not operate public space CCTV" in _main(web, "www.norfolk.gov.uk", "/foi-disclosure-log/ncc-21873")
    assert web.sites["www.ambervalley.gov.uk"].search is None
