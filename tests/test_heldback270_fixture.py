"""The 270th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh real register rows; the labelling rules hold with the intended tallies; and the
structures the set is built from are really served (a strategy PDF behind a 302 media address and page 2 of a plans
listing, with robots forbidding search; a SPOC only in a definition-list directory record; Liferay document
addresses with + and ?t= and a step 2 claim only in a report table row; a who-does-what table handing CCTV to the
districts; a camera page linked only from a See also box, with a Welsh twin; a site without search where only news,
licensing and webcams speak of cameras; facts in a privacy notice listed under another name, with step 1 only as a
PDF table row; a documents table whose links all read Download, with a signed protocol; a one-fact parades page; a
page titled Community Control Centre with a stepless mark and a draft Word ISA; a legacy page linked only by the A
to Z; a 301 alias used by the A to Z and homepage; a one-fact out-of-hours page; an info page reached only through
a tags index; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback270.truth import TRUTH_PATH
from fixtures.heldback270.web import Heldback270Web


@pytest.fixture(scope="module")
def web() -> Heldback270Web:
    return Heldback270Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_real_councils(web: Heldback270Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 270)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_strategy_behind_a_302_media_address_and_page_two_of_a_listing(web: Heldback270Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    pg = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    pdf = f"http://{host}/sites/default/files/atoms/files/rbkc-cctv-strategy-2021-2024.pdf"
    media = f"http://{host}/media/document/the-cctv-strategy"
    assert media in _links(web, host, pg) and pdf not in _links(web, host, pg)
    r = _render(web, media)
    assert r.status == 302 and r.header("Location") == pdf
    assert _linking(web, host, pdf) == {f"http://{host}/council-and-democracy/plans-and-strategies?page=1"}
    assert _render(web, pdf).header("Content-Type") == "application/pdf"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {e["url"] for e in d["5.5"]["evidence"]} == {pdf} and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_only_in_a_directory_record(web: Heldback270Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    rec = "/directory_record/8812/surveillance_camera_single_point_of_contact"
    assert '<dl class="directory-record">' in _html(web, host, rec)
    assert _linking(web, host, f"http://{host}{rec}") == {
        f"http://{host}/directory/43/designated_and_statutory_officers/category/118"
    }
    pg = "/info/200321/crime_and_safety/860/oldham_council_cctv"
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {rec}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Greater Manchester Police" in _main(web, host, pg)


def test_liferay_document_addresses_and_step_2_in_a_report_table(web: Heldback270Web, truth: dict) -> None:
    host = "www.dorsetcouncil.gov.uk"
    links = [u for u in _links(web, host, "/w/cctv-in-dorset") if "/documents/35024/" in u]
    assert len(links) == 3 and all("+" in u and "?t=" in u for u in links)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Dorset" and doc["url"] in links
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "step 2" not in _main(web, host, "/w/cctv-in-dorset").lower()
    (ev,) = d["5.2"]["evidence"]
    assert "| Awarded | May 2021" in _text(web, host, urlsplit(ev["url"]).path + "?" + urlsplit(ev["url"]).query)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-05" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_camera_page_only_from_see_also_box_with_welsh_twin(web: Heldback270Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    pg = f"http://{host}/en/living/Safer-Vale/CCTV.aspx"
    asb = "/en/living/Safer-Vale/Anti-Social-Behaviour.aspx"
    children = {
        f"http://{host}/en/living/Safer-Vale/{c}.aspx" for c in ("CCTV-Camera-Locations", "CCTV-Operational-Group")
    }
    assert _linking(web, host, pg) - children == {f"http://{host}{asb}"}  # its own child pages link back to it
    assert "<aside><h2>See also</h2>" in _html(web, host, asb)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/byw/Bro-Ddiogel/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert 'lang="cy"' in _html(web, host, "/cy/byw/Bro-Ddiogel/Teledu-Cylch-Cyfyng.aspx")
    assert d["5.3"]["status"] == "met" and all(
        urlsplit(e["url"]).path == "/en/living/Safer-Vale/CCTV-Operational-Group.aspx" for e in d["5.3"]["evidence"]
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_privacy_notice_under_another_name_and_step_1_table_row(web: Heldback270Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    notices = "/about-us/data-protection/departmental-privacy-notices/"
    pn = f"http://{host}{notices}cctv-privacy-notice/"
    assert _linking(web, host, pn) == {f"http://{host}{notices}"}
    assert ">Public space surveillance privacy notice</a>" in _html(web, host, notices)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-10"
    assert all(e["url"].endswith(".pdf") for e in d["5.2"]["evidence"])
    refuge = "/residents/community-safety/cctv-and-refuge-points/"
    assert "grant agreement with the Office of the Police and Crime Commissioner" in _main(web, host, refuge)
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]


def test_documents_table_of_download_links_and_signed_protocol(web: Heldback270Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    html = _html(web, host, "/cctv/cctv-documents")
    assert html.count(">Download</a>") == 4 and "<caption>CCTV documents</caption>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert "Signed for Lancashire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert "service level agreement between the two councils" in _main(web, host, "/cctv/cctv-wyre")
    assert d["5.3"]["status"] == "partial"


def test_control_centre_title_stepless_mark_and_draft_word_isa(web: Heldback270Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    pg = "/home/community-living/community-safety/community-control-centre"
    html = _html(web, host, pg)
    assert "<h1>Community Control Centre</h1>" in html
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html and "step" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "not_met" and "dpo@" in html


def test_legacy_page_linked_only_by_the_a_to_z(web: Heldback270Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and site.az
    pg = f"http://{host}/residents/community-safety/public-space-cameras"
    assert _linking(web, host, pg) == {f"http://{host}/a-z"}
    assert '<main id="main">' not in _html(web, host, "/residents/community-safety/public-space-cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "met"
    assert _auth(truth, host)["oracle_fetches"] == 4


def test_alias_that_301s_and_goss_media_addresses(web: Heldback270Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and r.header("Location") == f"http://{host}/article/13411/CCTV"
    assert f"http://{host}/cctv" in _links(web, host, "/a-z") and f"http://{host}/cctv" in _links(web, host, "/")
    form = _render(web, f"http://{host}/media/16893/CCTV-access-request-form")
    assert "filename=" in (form.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert any("?m=" in u for u in d["5.1"]["pages"])
    assert "full certification" in _main(web, host, "/news/peterborough-control-room-certificate")
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_info_page_reached_only_through_tags(web: Heldback270Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    assert _linking(web, host, f"http://{host}/info-pages/cctv/") == {f"http://{host}/tag/cctv/"}
    assert _linking(web, host, f"http://{host}/tag/cctv/") == {f"http://{host}/tags/?letter=c"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "NPPV Level 2" in _main(web, host, "/info-pages/cctv/") and d["5.2"]["status"] == "not_met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("crawley.gov.uk", "cameras", "/business/regeneration/neighbourhood-parades"),
        ("www.eastleigh.gov.uk", "operator", "/contact-us/out-of-hours-emergencies"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback270Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.hastings.gov.uk", "www.westdevon.gov.uk"})
    assert "Town centre CCTV" in _main(web, "www.oxfordshire.gov.uk", "/council/about-your-council/who-does-what")
    assert web.sites["www.hastings.gov.uk"].search is None
    assert _auth(truth, "www.westdevon.gov.uk")["heldback"]["robots_forbid_search"]
