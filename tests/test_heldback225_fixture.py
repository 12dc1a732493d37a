"""The two hundred and twenty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (camera counts only on 23 ward profiles; a Jadu download
page whose third file, served without extension, alone names the SPOC; a signed release protocol that is a PDF at a
.htm address; 26 weekly planning lists behind a pager; a privacy notice directory paged over six pages; a Welsh twin
at Welsh-slug paths; an event organisers' guide served as Word without extension; 60 camera record pages behind a
ten-page register; a CCTV page linked only from page /2 of a section listing; a draft police agreement only in a
closed consultation on page 3; a signed three-party agreement only as a sub-committee appendix on a legacy site; a
CCTV article reachable only through tag-filter views; a SPOC only in an annual report without extension; a 156-page
monthly news archive; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback225.truth import TRUTH_PATH
from fixtures.heldback225.web import Heldback225Web


@pytest.fixture(scope="module")
def web() -> Heldback225Web:
    return Heldback225Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback225Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 225)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_camera_counts_only_on_ward_profiles_and_spoc_only_in_current_code(web: Heldback225Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    wards = "/info/200208/your_area/1001/ward_profiles"
    profiles = [u for u in _links(web, host, wards) if u.startswith(f"http://{host}{wards}/")]
    assert len(set(profiles)) == 23
    counted = [u for u in set(profiles) if "cameras in this ward:" in _main(web, host, urlsplit(u).path)]
    assert len(counted) == 21
    cctv = "/info/200202/community_safety/1790/cctv_in_royal_greenwich"
    assert "cameras in this ward" not in _main(web, host, cctv) and "24 hours" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and f"http://{host}{wards}/woolwich_arsenal" in d["5.1"]["pages"]
    files = [u for u in _links(web, host, "/downloads/download/412/cctv_code_of_practice") if "/downloads/file/" in u]
    assert len(files) == 3 and all(_no_extension(u) for u in files)
    assert "single point of contact" in _text(web, host, urlsplit(files[2]).path)
    for old in files[:2]:
        assert "single point of contact" not in _text(web, host, urlsplit(old).path)
        assert "superseded" in _html(web, host, "/downloads/download/412/cctv_code_of_practice")
    r = _render(web, files[2])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {files[2]}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_protocol_is_a_pdf_at_an_htm_address(web: Heldback225Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria" and doc["url"].endswith(".htm")
    assert _render(web, doc["url"]).header("Content-Type") == "application/pdf"
    assert "Signed on behalf of Northumbria Police" in _text(web, host, urlsplit(doc["url"]).path)
    rel = f"http://{host}/article/2839/CCTV-procedure-for-the-release-of-images"
    assert _linking(web, host, doc["url"]) == {rel}
    assert "Data Protection Act 1998" in _main(web, host, urlsplit(rel).path)
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_weekly_planning_lists_behind_a_pager(web: Heldback225Web) -> None:
    host = "www.westberks.gov.uk"
    base = "/planning-and-building-control/weekly-lists"
    pages = [base] + [f"{base}?page={n}" for n in range(2, 5)]
    weeks = set()
    for pg in pages:
        weeks |= {u for u in _links(web, host, pg) if "/weekly-lists/2025-week-" in u}
    assert len(weeks) == 26
    cond = [u for u in weeks if "CCTV" in _main(web, host, urlsplit(u).path)]
    assert len(cond) == 3
    assert f"http://{host}{base}?page=4" in _links(web, host, f"{base}?page=3")


def test_privacy_notices_paged_and_districts_signposted(web: Heldback225Web) -> None:
    host = "www.nottinghamshire.gov.uk"
    pn = "/global-content/privacy/service-privacy-notices"
    first = set(_links(web, host, pn))
    assert f"http://{host}{pn}?page=6" in first
    hwrc = f"http://{host}{pn}/household-waste-recycling-centres"
    assert hwrc not in first and _linking(web, host, hwrc) == {f"http://{host}{pn}?page=3"}
    assert "Veolia" in _main(web, host, urlsplit(hwrc).path)
    offsite = [u for u in _links(web, host, "/community-safety/town-centre-cctv") if urlsplit(u).hostname != host]
    assert len(offsite) == 7


def test_welsh_twin_at_welsh_slug_paths_and_spoc_on_contact_page(web: Heldback225Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    cy = "/gwasanaethau/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy) and not cy.startswith("/cy/")
    assert f"http://{host}{cy}" in _links(web, host, "/services/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/services/community-safety/cctv/contact-the-cctv-service"
    }
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "shared monitoring agreement between the two councils" in _main(web, host, "/services/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_councils(web: Heldback225Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.pendle.gov.uk",
            "operator",
            "/info/20094/data_protection_and_freedom_of_information/174/town_centre_cameras",
        ),
        ("www.highpeak.gov.uk", "cameras", "/media/2214/event-organisers-guide"),
        ("www.folkestone-hythe.gov.uk", "other_systems", "/regeneration/place-plans/cheriton"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    guide = "http://www.highpeak.gov.uk/media/2214/event-organisers-guide"
    r = _render(web, guide)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats") and _no_extension(guide)
    assert _linking(web, "www.highpeak.gov.uk", guide) == {
        "http://www.highpeak.gov.uk/leisure/events-on-council-land/organising-an-event"
    }
    assert "http://www.highpeak.gov.uk/leisure/events-on-council-land/page-3" in _links(
        web, "www.highpeak.gov.uk", "/leisure/events-on-council-land"
    )


def test_camera_records_behind_a_paged_register_and_step_2_mark(web: Heldback225Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    reg = "/info/20109/crime_and_law_enforcement/112/cctv/camera-register"
    pages = [reg] + [f"{reg}?page={n}" for n in range(2, 11)]
    records = set()
    for pg in pages:
        records |= {u for u in _links(web, host, pg) if u.startswith(f"http://{host}{reg}/")}
    assert len(records) == 60
    assert f"http://{host}{reg}?page=11" not in _links(web, host, f"{reg}?page=10")
    pg = "/info/20109/crime_and_law_enforcement/112/cctv"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-10"


def test_cctv_page_only_on_page_2_and_step_2_only_in_code(web: Heldback225Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    pg = f"http://{host}/safety-emergencies/cctv"
    assert _linking(web, host, pg) == {f"http://{host}/safety-emergencies/public-safety-emergencies/2"}
    d = _auth(truth, host)["deliverables"]
    assert "step 2" not in _main(web, host, "/safety-emergencies/cctv")
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/media/3310/cctv-code-of-practice-2023.pdf"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and _no_extension(doc["url"])
    assert "North Kesteven" in _text(web, host, urlsplit(doc["url"]).path)


def test_draft_agreement_only_in_a_closed_consultation_on_page_3(web: Heldback225Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    bg = f"http://{host}/your-council/consultations/bingham-redeployable-cctv/"
    assert _linking(web, host, bg) == {f"http://{host}/your-council/consultations/page/3/"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert "DRAFT" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["dpia"]


def test_signed_agreement_only_as_sub_committee_appendix_on_legacy_site(web: Heldback225Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    home = _html(web, host, "/")
    assert '<main id="main">' not in home and 'role="search"' not in home and "/a-z" not in home
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and _no_extension(doc["url"])
    meeting = f"http://{host}/info/20110/council_meetings/1201/safer_communities_sub-committee/2024_03_12"
    assert _linking(web, host, doc["url"]) == {meeting}
    assert not any("council_meetings" in u for u in d["5.1"]["pages"])


def test_cctv_article_only_through_tag_filter_views(web: Heldback225Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    pg = f"http://{host}/communities-safety/cctv-public-spaces"
    assert _linking(web, host, pg) == {
        f"http://{host}/communities-safety?tag=safety",
        f"http://{host}/communities-safety?tag=safety&sort=newest",
        f"http://{host}/communities-safety?tag=safety&sort=az",
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_only_in_report_without_extension_and_self_assessment(web: Heldback225Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert _no_extension(ev["url"]) and "single point of contact" not in _main(
        web, host, "/community-safety-and-emergencies/cctv"
    )
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    dem = "democracy.northdevon.gov.uk"
    items = [u for u in _links(web, dem, "/mgCommitteeDetails.aspx?ID=296") if "ieListDocuments" in u]
    assert len(items) == 4 and not any(dem in u for u in d["5.1"]["pages"])


def test_monthly_news_archive_and_robots_forbid_search(web: Heldback225Web, truth: dict) -> None:
    host = "www.north-norfolk.gov.uk"
    years = [u for u in _links(web, host, "/news/archive") if "/news/archive/" in u]
    months = {u for y in years for u in _links(web, host, urlsplit(y).path) if re.search(r"/archive/\d{4}/\d{2}$", u)}
    assert len(months) == 156
    assert "Cabinet ends district CCTV service" in _main(web, host, "/news/archive/2013/10")
    for h in ("www.north-norfolk.gov.uk", "www.gateshead.gov.uk", "www.highpeak.gov.uk"):
        assert _auth(truth, h)["heldback"]["robots_forbid_search"], h


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback225Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.westberks.gov.uk", "www.nottinghamshire.gov.uk", "www.north-norfolk.gov.uk"}
    )
