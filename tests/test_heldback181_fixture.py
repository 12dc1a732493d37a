"""The hundred-and-eighty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (camera facts spread one or two a page over a stub CCTV
page, an estate page, a civil-claims page and a privacy notice on page 2 of a paged list; a full section whose FAQ is
paged over three addresses with the SPOC answer in a hidden panel on the third; eleven towns paged over three listing
addresses, one fact a town, and step 2 only in a history list; one fact in a closed accordion on a ceremony venue
page; a Welsh twin and a signed ISA filed only under partnerships; no camera page at all, with a car park on page 2
of a paged directory; one fact on a Traveller site page beside camera news on page 3 of a paged archive; one fact in
a car park table's notes column; a signed protocol filed among old reports on page 2 of a paged archive; a legacy
site without search, sitemap or A to Z with the camera page five clicks deep, a step 1 sentence beside a mark and a
draft Word protocol; three pages joined only by a pipe-separated line; a SPOC in a definition list and a signed ISA
only in related documents; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback181.truth import TRUTH_PATH
from fixtures.heldback181.web import Heldback181Web


@pytest.fixture(scope="module")
def web() -> Heldback181Web:
    return Heldback181Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _crit_pages(auth: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in auth["deliverables"]["5.1"]["evidence"]
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback181Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 181)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_stub_page_and_facts_spread_over_estate_claims_and_paged_privacy_notice(
    web: Heldback181Web, truth: dict
) -> None:
    host = "www.walthamforest.gov.uk"
    cctv = "/crime-and-community-safety/closed-circuit-television-cctv"
    notice = "/council-and-elections/your-data-and-privacy/our-privacy-notices/cctv-privacy-notice"
    estate = "/housing/council-tenants/estate-safety-and-security"
    main = _main(web, host, cctv)
    assert "Next review: 25 April 2025" in main and "14 of our estates" not in main
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["annual_review"]
    assert _linking(web, host, f"http://{host}{notice}") == {
        f"http://{host}/council-and-elections/your-data-and-privacy/our-privacy-notices?page=2",
        f"http://{host}{estate}",
    }
    assert {f"{cctv}/civil-claims", estate, notice, cctv} == _crit_pages(_auth(truth, host))
    assert "14 of our estates" in _main(web, host, estate)
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_full_section_faq_paged_with_spoc_in_a_hidden_panel_on_page_3(web: Heldback181Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    faq = "/crime-prevention-and-community-safety/cctv/questions-about-cctv"
    page3 = f"http://{host}{faq}?page=3"
    assert _linking(web, host, page3) == {f"http://{host}{faq}", f"http://{host}{faq}?page=2"}
    html = _html(web, host, f"{faq}?page=3")
    assert 'role="region" hidden>' in html and "single point of contact (SPOC)" in html
    assert "single point of contact" not in _main(web, host, faq).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [page3]
    about = "/crime-prevention-and-community-safety/cctv/about-our-cameras"
    assert "<img" not in _html(web, host, about) and "step 2" in _main(web, host, about)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-11" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert sum(d["5.1"]["criteria"].values()) >= 12


def test_towns_paged_one_fact_each_and_step_2_in_a_history_list(web: Heldback181Web, truth: dict) -> None:
    host = "www.somerset.gov.uk"
    tl = "/community-safety/cctv/towns-we-monitor"
    assert _linking(web, host, f"http://{host}{tl}/wellington") == {f"http://{host}{tl}?page=3"}
    assert "Page 3 of 3" in _main(web, host, f"{tl}?page=3")
    hist = _html(web, host, "/community-safety/cctv/our-history")
    assert "<li>March 2020: the control room is awarded step 2 full certification" in hist
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    assert "service level agreement" in _main(web, host, f"{tl}/wellington") and d["5.5"]["status"] == "not_met"
    assert "democracy.somerset.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_one_fact_councils(web: Heldback181Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.kent.gov.uk",
            "cameras",
            "/births-ceremonies-and-deaths/ceremonies/ceremony-venues/sessions-house-maidstone",
        ),
        ("www.midsuffolk.gov.uk", "retention", "/housing/gypsy-and-traveller-site"),
        ("www.sstaffs.gov.uk", "other_systems", "/parking/our-car-parks"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    kent = _html(
        web, "www.kent.gov.uk", "/births-ceremonies-and-deaths/ceremonies/ceremony-venues/sessions-house-maidstone"
    )
    assert 'id="venue-3" role="region" hidden><p>CCTV covers the entrance hall' in kent
    assert "<td>Busy on market days; one of the places where our mobile CCTV cameras" in _html(
        web, "www.sstaffs.gov.uk", "/parking/our-car-parks"
    )
    news3 = _main(web, "www.midsuffolk.gov.uk", "/news?page=3")
    assert "Stowmarket cameras upgraded" in news3 and "Page 3 of 3" in news3


def test_welsh_twin_and_signed_isa_only_under_partnerships(web: Heldback181Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/services/community-safety/partnerships/information-sharing"
    }
    assert f"http://{host}/cy/gwasanaethau/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert 'lang="cy"' in _html(web, host, "/cy/gwasanaethau/diogelwch-cymunedol/teledu-cylch-cyfyng")
    assert "working towards" in _main(web, host, "/services/community-safety/cctv") and d["5.2"]["status"] == "not_met"
    assert "Signed for and on behalf of North Wales Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_no_camera_page_car_park_on_page_2_of_a_paged_directory(web: Heldback181Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    a = _auth(truth, host)
    for url in a["deliverables"]["5.1"]["pages"]:
        path = urlsplit(url).path
        assert "cctv" not in path.lower() and "cctv" not in web.sites[host].pages[(host, path)].title.lower()
    midway = f"http://{host}/parking/car-parks/midway-multi-storey"
    assert _linking(web, host, midway) == {f"http://{host}/parking/car-parks?page=2"}
    assert 'role="region" hidden><p>Recordings from our cameras are kept for 31 days' in _html(
        web, host, "/your-council/privacy"
    )
    assert a["heldback"]["robots_forbid_search"] and a["deliverables"]["5.5"]["status"] == "not_met"


def test_signed_protocol_filed_on_page_2_of_a_reports_archive(web: Heldback181Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/reports?page=2"}
    assert "636" not in _main(web, host, "/community-safety/cctv")
    assert d["5.1"]["criteria"]["statistics"] and not d["5.1"]["criteria"]["annual_review"]
    assert "Signed on behalf of Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_legacy_five_deep_step_1_beside_mark_and_draft_word_protocol(web: Heldback181Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert "<main" not in _html(web, host, "/")
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 7
    page = "/residents/community_safety/safer_nwl/projects/cctv"
    html = _html(web, host, page)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html and "step 1 (desktop)" in html
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_three_pages_joined_only_by_a_pipe_line(web: Heldback181Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    base = "/my-council/freedom-of-information/cctv-information"
    inst, rights, rel = (
        f"http://{host}{base}/{x}"
        for x in ("installation-of-cctv", "cctv-footage-and-your-rights", "msdc-procedure-for-the-release-of-evidence")
    )
    assert _linking(web, host, rights) == {inst, rights, rel}
    assert _linking(web, host, inst) == {f"http://{host}/my-council/freedom-of-information", inst, rights, rel}
    assert '<p class="pipe-nav">' in _html(web, host, f"{base}/installation-of-cctv")
    text = _main(web, host, f"{base}/cctv-footage-and-your-rights")
    assert "Data Protection Act 1998" in text and "£10" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_spoc_in_a_definition_list_and_isa_only_in_related_documents(web: Heldback181Web, truth: dict) -> None:
    host = "www.ne-derbyshire.gov.uk"
    who = "/housing/your-home/estate-safety/who-to-contact"
    assert "<dt>Single point of contact for surveillance cameras</dt><dd>" in _html(web, host, who)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("estatecctv@")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/housing/your-home/anti-social-behaviour"}
    assert '<aside class="related-documents">' in _html(web, host, "/housing/your-home/anti-social-behaviour")
    assert "hidden><p>Cameras record continuously" in _html(web, host, "/housing/your-home/estate-safety")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback181Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westoxon.gov.uk", "www.blaby.gov.uk", "www.fdean.gov.uk"})
    assert "Thames Valley Police" in _main(
        web, "www.westoxon.gov.uk", "/community-and-living/community-safety/public-space-cctv"
    )
    assert "meetings.westoxon.gov.uk" in web.sites["www.westoxon.gov.uk"].hosts()
    assert _auth(truth, "www.fdean.gov.uk")["heldback"]["robots_forbid_search"]
