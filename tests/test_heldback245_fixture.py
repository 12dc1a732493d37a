"""The two hundred and forty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the awkward
but honest structures the set is built from are really served (a site search paged five at a time behind a
popular-search link, with &amp;-escaped pager links; a protocol-relative 301; a section index answering 302 to its
first child; a PDF without extension sent as ``application/pdf; charset=binary``; robots.txt forbidding a stale
sibling-prefix copy of a section; a slow signed agreement without extension; a 410 behind the A to Z; slow directory
records; a robots.txt with a byte-order mark, CRLF and Welsh comments; a 504 news year; a policy at a slash-ended
address sent as ``Application/Pdf; name=``; a 500 form; a 303 download counter and a Word file with ``filename*``; a
relative Location; a Previous/Next search pager; a dead 404 link; a text/plain report; a 503 form with Retry-After;
no robots.txt at all; query-only pager links; an HTML page at a .pdf address; a slow page; robots forbidding print
copies; a 403 folder and a 502 calendar; rel="nofollow" document links and an agreement at a /download address).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

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

from fixtures.heldback245.truth import TRUTH_PATH
from fixtures.heldback245.web import Heldback245Web


@pytest.fixture(scope="module")
def web() -> Heldback245Web:
    return Heldback245Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def _robots(web: Heldback245Web, host: str) -> RobotFileParser:
    rp = RobotFileParser()
    rp.parse(web.sites[host].robots_txt().lstrip("\ufeff").splitlines())
    return rp


def test_fresh_councils(web: Heldback245Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 245)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_popular_search_paged_five_at_a_time_and_protocol_relative_301(web: Heldback245Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    cctv = f"http://{host}/crime-and-community-safety/cctv"
    assert f"http://{host}/search?query=cctv" in _links(web, host, "/")
    first = _html(web, host, "/search?query=cctv")
    assert 'href="/search?query=cctv&amp;page=2"' in first
    assert cctv not in _links(web, host, "/search?query=cctv")
    assert cctv in _links(web, host, "/search?query=cctv&page=2")
    results = first.split('<ol class="results">', 1)[1].split("</ol>", 1)[0]
    assert len(re.findall(r'<li><a href="/news', results)) == 5
    r = _render(web, f"http://{host}/content/closed-circuit-television-cctv")
    assert r.status == 301 and r.header("Location") == f"//{host}/crime-and-community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    assert cctv in d["5.1"]["pages"] and d["5.3"]["status"] == "partial"


def test_section_index_302_and_step_2_only_in_charset_binary_pdf(web: Heldback245Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    sec = f"http://{host}/crime-and-community-safety"
    r = _render(web, sec)
    assert r.status == 302 and r.header("Location") == "/crime-and-community-safety/report-a-crime"
    assert sec in _links(web, host, "/")
    cctv = f"{sec}/cctv"
    assert _linking(web, host, cctv) >= {f"{sec}/report-a-crime", f"http://{host}/a-z"}
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    pdf = _render(web, ev["url"])
    assert pdf.header("Content-Type") == "application/pdf; charset=binary"
    assert (pdf.header("Content-Disposition") or "").startswith("inline; filename=")
    assert "step 2" not in _main(web, host, "/crime-and-community-safety/cctv")
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_robots_forbid_stale_sibling_copy_and_slow_signed_sla(web: Heldback245Web, truth: dict) -> None:
    host = "www.darlington.gov.uk"
    rp = _robots(web, host)
    assert not rp.can_fetch("cctv-audit", f"http://{host}/your-council/cctv-1/what-we-do")
    assert rp.can_fetch("cctv-audit", f"http://{host}/your-council/cctv/what-we-do")
    assert f"http://{host}/your-council/cctv-1/what-we-do" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Durham" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and r.delay_s >= 4
    assert "Signed on behalf of Durham Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert not any("cctv-1" in e["url"] for k in d for e in d[k]["evidence"])


def test_privacy_notice_only_on_slow_record_and_410_behind_a_to_z(web: Heldback245Web, truth: dict) -> None:
    host = "www.lincolnshire.gov.uk"
    old = f"http://{host}/privacy-notices/cctv-privacy-notice.pdf"
    assert old in _links(web, host, "/a-z") and _render(web, old).status == 410
    rec = f"http://{host}/directory-record/62078/surveillance-camera-systems"
    assert _render(web, rec).delay_s >= 2.5
    d = _auth(truth, host)["deliverables"]
    assert set(d["5.1"]["pages"]) == {rec}
    assert "dpo@lincolnshire.example.gov.uk" in _main(web, host, urlsplit(rec).path)
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_bom_crlf_robots_and_504_news_year(web: Heldback245Web, truth: dict) -> None:
    host = "www.ceredigion.gov.uk"
    r = _render(web, f"http://{host}/robots.txt")
    assert r.body.startswith("\ufeff#".encode()) and b"\r\nUser-agent: *\r\n" in r.body
    assert not _robots(web, host).can_fetch("cctv-audit", f"http://{host}/search?q=cctv")
    assert _render(web, f"http://{host}/news-and-events/2023").status == 504
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "Heddlu Dyfed-Powys" in _main(web, host, "/cy/preswylwyr/diogelwch-cymunedol/camerau-canol-tref")


def test_slash_ended_policy_with_name_parameter_holds_spoc_and_form_500(web: Heldback245Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert ev["url"].endswith("/cctv_policy/")
    r = _render(web, ev["url"])
    assert (
        r.header("Content-Type") == 'Application/Pdf; name="CCTV_Policy.pdf"'
        and r.header("Content-Disposition") is None
    )
    assert "Single Point of Contact" not in _main(web, host, "/pages/cctv_footage")
    assert "(PDF Document, 393.74 Kb)" in _main(web, host, "/pages/cctv_footage")
    assert _render(web, f"http://{host}/forms/complaints").status == 500
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_303_download_counter_and_word_code_with_rfc5987_filename(web: Heldback245Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    pg = "/your-community/cctv/cctv-in-ashford-and-tenterden"
    code = f"http://{host}/media/cctv/code-of-practice"
    assert f"http://{host}/download.php?id=611" in _links(web, host, pg) and code not in _links(web, host, pg)
    r = _render(web, f"http://{host}/download.php?id=611")
    assert r.status == 303 and r.header("Location") == "/media/cctv/code-of-practice"
    assert _linking(web, host, code) == {f"http://{host}/your-council/documents-library"}
    doc = _render(web, code)
    assert "filename*=UTF-8''" in (doc.header("Content-Disposition") or "")
    assert (doc.header("Content-Type") or "").endswith("wordprocessingml.document")
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {code} and "SPOC" not in _main(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_relative_location_and_previous_next_search_pager(web: Heldback245Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    notice = f"http://{host}/about-council/information-and-data/privacy/shbc-cctv-privacy-notice"
    r = _render(web, f"http://{host}/cctv")
    loc = r.header("Location") or ""
    assert r.status == 301 and not loc.startswith(("/", "http")) and urljoin(f"http://{host}/cctv", loc) == notice
    assert f"http://{host}/search?q=cctv" in _links(web, host, "/")
    for n, holds in ((1, False), (2, False), (3, True)):
        html = _html(web, host, f"/search?q=cctv&page={n}")
        assert ">2</a>" not in html and (notice in _links(web, host, f"/search?q=cctv&page={n}")) == holds
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [notice] and d["5.5"]["status"] == "partial"


def test_dead_link_plain_text_report_and_503_form(web: Heldback245Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    assert _render(web, f"http://{host}/documents/cctv-code-of-practice-2016.pdf").status == 404
    assert f"http://{host}/documents/cctv-code-of-practice-2016.pdf" in _links(web, host, "/cctv")
    report = f"http://{host}/cctv/annual-report-2024-25/plain-text"
    r = _render(web, report)
    assert r.status == 200 and (r.header("Content-Type") or "").startswith("text/plain")
    form = _render(web, f"http://{host}/forms/cctv-request")
    assert form.status == 503 and form.header("Retry-After") == "3600"
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {report} and d["5.2"]["level"] == "step1"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"


def test_no_robots_file_and_erroring_calendar(web: Heldback245Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    assert _render(web, f"http://{host}/robots.txt").status == 404
    assert _render(web, f"http://{host}/events-calendar.aspx").status == 500
    assert not _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_query_only_pager_links_and_councils_agreement(web: Heldback245Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    pg = f"http://{host}/community-safety/cctv-in-sudbury-and-hadleigh"
    first = _html(web, host, "/search?q=cctv")
    assert 'href="?q=cctv&amp;page=2"' in first and pg not in _links(web, host, "/search?q=cctv")
    assert pg in _links(web, host, "/search?q=cctv&page=2")
    assert "an agreement between the two councils" in _main(web, host, urlsplit(pg).path)
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_html_page_at_a_pdf_address_and_slow_one_fact_page(web: Heldback245Web, truth: dict) -> None:
    host = "www.southderbyshire.gov.uk"
    guide = f"http://{host}/assets/town-centre/swadlincote-town-centre-guide.pdf"
    assert (_render(web, guide).header("Content-Type") or "").startswith("text/html")
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [guide]
    host = "www.broxbourne.gov.uk"
    assert _render(web, f"http://{host}/town-centres/hoddesdon").delay_s >= 4
    assert f"http://{host}/print/town-centres/hoddesdon" in _links(web, host, "/town-centres/hoddesdon")
    assert not _robots(web, host).can_fetch("cctv-audit", f"http://{host}/print/town-centres/hoddesdon")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (("www.southderbyshire.gov.uk", "cameras"), ("www.broxbourne.gov.uk", "cameras")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_403_folder_and_502_calendar(web: Heldback245Web) -> None:
    host = "www.ne-derbyshire.gov.uk"
    assert _render(web, f"http://{host}/documents/community-safety/").status == 403
    assert _render(web, "http://democracy.ne-derbyshire.gov.uk/mgCalendarMonthView.aspx").status == 502


def test_nofollow_links_and_agreement_at_download_address(web: Heldback245Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"].endswith("/download") and doc["signed"] and doc["force"] == "Suffolk"
    html = _html(web, host, "/community/community-safety/cctv")
    assert f'<a href="{urlsplit(doc["url"]).path}" rel="nofollow noopener"' in html
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback245Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.ceredigion.gov.uk", "www.southribble.gov.uk", "www.ne-derbyshire.gov.uk"})
