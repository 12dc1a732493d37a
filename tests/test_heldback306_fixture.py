"""The 306th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh (none in the fifteen sets before); the labelling rules hold with the intended tallies;
and the old-web structures the set is built from are really served: an A to Z entry that is a script-only redirect
stub; Jadu addresses answering under any slug; a <base href> over relative links that 404 when resolved without it;
IIS addresses answering in any case; a frameset archive holding the only step 2 claim; a slow section; '?format=pdf'
copies; windows-1252 bytes under an ISO-8859-1 header and a UTF-8 meta tag; query strings in either order; cookieless
session ids; print views addressed by the page's encoded address; a legacy layout table holding a SPOC; archived
pages beside the current one; connection resets; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urljoin, urlsplit

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
    served_text as _text,
    status_tally,
)

from fixtures.heldback306.common import OldSite
from fixtures.heldback306.truth import TRUTH_PATH
from fixtures.heldback306.web import Heldback306Web


@pytest.fixture(scope="module")
def web() -> Heldback306Web:
    return Heldback306Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _ev(truth: dict, host: str, key: str) -> set[str]:
    return {e["url"] for e in _auth(truth, host)["deliverables"][key]["evidence"]}


def test_fresh_councils(web: Heldback306Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 306)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_a_to_z_entry_is_a_script_redirect_stub(web: Heldback306Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    stub = "/inmyarea/publicsafety/Pages/CCTV-.aspx"
    new = f"http://{host}/myservices/community-safety/cctv-cameras-in-the-borough"
    assert f"http://{host}{stub}" in _links(web, host, "/a-z")
    html = _html(web, host, stub)
    assert "window.location.replace" in html and "<main" not in html
    assert _links(web, host, stub) == [new]
    assert new in _auth(truth, host)["deliverables"]["5.1"]["pages"]
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert doc["signed"] and "Signed on behalf of the Metropolitan Police Service" in text
    assert "Signed on behalf of the London Borough of Lewisham" in text


def test_jadu_addresses_answer_under_any_slug(web: Heldback306Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    canon = "/info/200321/crime_and_safety/860/oldham_council_cctv"
    old = "/info/200321/crime_and_safety/860/security_cameras"
    newsy = "/info/200321/community_safety/860/cctv_cameras"
    assert f"http://{host}{old}" in _links(web, host, "/a-z")
    assert f"http://{host}{newsy}" in _links(web, host, "/news/archive/cameras-installed-in-uppermill-and-royton")
    assert _html(web, host, old) == _html(web, host, canon) == _html(web, host, newsy)
    assert _render(web, f"http://{host}/info/200321/crime_and_safety/861/security_cameras").status == 200
    assert _render(web, f"http://{host}/info/200321/crime_and_safety/999/security_cameras").status == 404
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{canon}" in d["5.1"]["pages"]
    assert _ev(truth, host, "5.3") == {f"http://{host}/homepage/1506/privacy_notice_-_cctv"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_base_href_relative_links_only_resolve_with_the_base(web: Heldback306Web, truth: dict) -> None:
    host = "www.portsmouth.gov.uk"
    page = "/services/community-safety/cctv-in-portsmouth/"
    html = _html(web, host, page)
    assert f'<head><base href="http://{host}/">' in html
    assert 'href="documents/cctv-code-of-practice.pdf"' in html
    naive = urljoin(f"http://{host}{page}", "documents/cctv-code-of-practice.pdf")
    based = urljoin(f"http://{host}/", "documents/cctv-code-of-practice.pdf")
    assert _render(web, naive).status == 404
    assert _render(web, based).status == 200
    assert based in _links(web, host, "/documents") and f"http://{host}/documents" in _links(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert based in d["5.1"]["pages"]
    assert (
        d["5.2"]["level"] == "step1"
        and not d["5.2"]["mark_displayed"]
        and _ev(truth, host, "5.2") == {f"http://{host}{page}"}
    )


def test_case_blind_iis_addresses_and_welsh_twin(web: Heldback306Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    faq = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVFAQs.aspx"
    cctv = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTV.aspx"
    assert _html(web, host, faq.lower()) == _html(web, host, faq)
    assert f"http://{host}{faq.lower()}" in _links(web, host, cctv)
    assert f"http://{host}{faq}" in _links(web, host, cctv)
    assert f"http://{host}{cctv.lower()}" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert (
        f"http://{host}/CY/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTV.aspx"
        in (d["5.1"]["pages"])
    )
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_step_2_only_in_a_frameset_archive(web: Heldback306Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    frames = _html(web, host, "/archive/2016/index.htm")
    assert '<frame src="contents.htm"' in frames and _links(web, host, "/archive/2016/index.htm") == []
    old = f"http://{host}/archive/2016/cctv.htm"
    assert old in _links(web, host, "/archive/2016/contents.htm")
    assert _linking(web, host, old) == {f"http://{host}/archive/2016/contents.htm"}
    assert _ev(truth, host, "5.2") == {old}
    assert "step 2" not in _text(web, host, "/community-safety/cctv")
    assert _auth(truth, host)["deliverables"]["5.2"]["awarded"] == "2016-09"


def test_one_fact_in_a_slow_section(web: Heldback306Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    page = "/community/community-safety/anti-social-behaviour"
    assert _render(web, f"http://{host}{page}").delay_s >= 5
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["other_systems"] and d51["pages"] == [
        f"http://{host}{page}"
    ]
    assert "Gosport" in _text(web, host, "/news/gosport-monitoring-ends")


def test_pdf_copies_of_pages(web: Heldback306Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    page = "/residents/crime-and-safety/introduction-to-cctv"
    for p in (page, f"{page}/cctv-faqs"):
        assert f"http://{host}{p}?format=pdf" in _links(web, host, p)
        r = _render(web, f"http://{host}{p}?format=pdf")
        assert r.header("Content-Type") == "application/pdf"
    assert "669 cameras" in _text(web, host, f"{page}?format=pdf")
    d = _auth(truth, host)["deliverables"]
    assert not any("format=pdf" in u for u in d["5.1"]["pages"])
    assert "preparing for third party certification" in _text(
        web, host, "/wp-content/uploads/2020/01/cctv-strategy-2019-2025.pdf"
    )
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_windows_1252_under_latin_1_header_and_utf_8_meta(web: Heldback306Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    page = "/info/20094/data_protection_and_freedom_of_information/174/cctv"
    r = _render(web, f"http://{host}{page}")
    assert r.header("Content-Type") == "text/html; charset=ISO-8859-1"
    assert b'content="text/html; charset=utf-8"' in r.body and b"\x92" in r.body
    with pytest.raises(UnicodeDecodeError):
        r.body.decode("utf-8")
    assert "King George" in _text(web, host, page)
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "partial"


def test_query_strings_in_either_order(web: Heldback306Web) -> None:
    host = "www.havant.gov.uk"
    a, b = "/default.aspx?page=1441&section=3", "/default.aspx?section=3&page=1441"
    assert _html(web, host, a) == _html(web, host, b)
    assert f"http://{host}{b}" in _links(web, host, "/a-z")
    assert f"http://{host}{a}" in _links(web, host, "/default.aspx?page=100&section=3")
    assert "<main" not in _html(web, host, "/")


def test_cookieless_sessions_in_every_link(web: Heldback306Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    home = _links(web, host, "/")
    tok = f"/(S({OldSite.token('/')}))/"
    inner = [u for u in home if urlsplit(u).hostname == host and "/(S(" in u]
    assert inner and all(tok in u for u in inner)
    assert f"http://{host}/contact-us" in home and f"http://{host}/a-z" in home
    other = [u for u in _links(web, host, "/contact-us") if "/(S(" in u]
    assert other and tok not in other[0]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{tok}business/town-centre/gravesend-town-centre"]
    assert "Strategic Responsible Officer" in _text(web, "democracy.gravesham.gov.uk", "/mgAi.aspx?ID=35193")


def test_print_views_addressed_by_the_page(web: Heldback306Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    page = "/community-parks-and-leisure/community-safety/cctv/"
    view = "/print.aspx?url=%2Fcommunity-parks-and-leisure%2Fcommunity-safety%2Fcctv%2F"
    assert f"http://{host}{view}" in _links(web, host, page)
    printed = _html(web, host, view)
    assert "window.print()" in printed and "<header>" not in printed and "single point of contact (SPOC)" in printed
    d = _auth(truth, host)["deliverables"]
    assert _ev(truth, host, "5.3") == {f"http://{host}{page}"}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd")


def test_spoc_in_a_legacy_layout_table(web: Heldback306Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    html = _html(web, host, "/site/index.php?id=614")
    assert "<main" not in html and '<td valign="top" bgcolor="#eeeeee"><table border="1"' in html
    box = html.split('bgcolor="#eeeeee"', 1)[1].split("</table>", 1)[0]
    assert "single point of contact for surveillance camera systems" in box and "mailto:" in box
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and "Chief Inspector D. Marsh" in _text(web, host, urlsplit(doc["url"]).path)


def test_archived_pages_beside_the_current_one(web: Heldback306Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    arch = f"http://{host}/community-safety-and-emergencies/cctv/archive"
    assert arch in _links(web, host, "/community-safety-and-emergencies/cctv")
    assert f"{arch}/consultation-2016" in _links(web, host, "/community-safety-and-emergencies/cctv/archive")
    d = _auth(truth, host)["deliverables"]
    assert not any("archive" in u for u in d["5.1"]["pages"])
    assert "96 arrests" in _text(web, host, "/media/cctv-annual-report-2023.pdf")
    assert "96 arrests" not in _text(web, host, "/community-safety-and-emergencies/cctv")
    assert d["5.5"]["status"] == "met" and d["5.3"]["status"] == "partial"


def test_resetting_sections(web: Heldback306Web) -> None:
    assert _render(web, "http://www.winchester.gov.uk/news/2024/graffiti-crackdown").reset
    assert not _render(web, "http://www.winchester.gov.uk/news/2023/grant-for-three-mobile-cameras").reset
    assert _render(
        web, "http://new.devon.gov.uk/roadsandtransport/traffic-information/traffic-cameras/view?cam=4"
    ).reset


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback306Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.havant.gov.uk", "www.winchester.gov.uk"})
    assert "Tuesday 16 September 2014" in _html(web, "new.devon.gov.uk", "/text/index/transportroads/traffic/cctv.htm")
