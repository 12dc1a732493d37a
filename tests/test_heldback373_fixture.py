"""The three hundred and seventy-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the machinery the set is built from is really served (facts in hidden accordion, definition-list and tab panels;
a guide whose parts are reached only by a select form, the printable version being the only link to them; a contact
card drawn by script whose SPOC appears only in the Print Link copy; documents behind /media/N/download,
/downloads/file/N, ?id= and getfile gateways without extensions; PDFs whose signature blocks, schemes, roles and
figures are laid out in columns; a Welsh-first site with a language switch and a bilingual two-column code; a
cursor-paged documents list; a paginated retention schedule and FOI log; a Jadu article over three pages; and
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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
from collections import Counter

from fixtures.heldback373.truth import TRUTH_PATH
from fixtures.heldback373.web import Heldback373Web


@pytest.fixture(scope="module")
def web() -> Heldback373Web:
    return Heldback373Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback373Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 373)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_accordion_media_gateway_and_signature_columns(web: Heldback373Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    pg = "/crime-and-community-safety/cctv"
    html = _html(web, host, pg)
    assert 'class="accordion-pane" id="acc-1" hidden>' in html and "31 days" in html.split("acc-1")[2]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    assert urlsplit(doc["url"]).path.startswith("/media/") and urlsplit(doc["url"]).path.endswith("/download")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    # the two signature columns come out line by line across the page
    assert "Signed for and on behalf of Signed for and on behalf of" in text
    assert "London Borough of Waltham Forest the Metropolitan Police Service" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}


def test_guide_parts_only_by_select_form_and_printable_version(web: Heldback373Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    guide = "/how-cctv-is-used"
    html = _html(web, host, guide)
    assert '<select id="part" name="part">' in html and 'method="get"' in html
    links = set(_links(web, host, guide))
    assert f"http://{host}{guide}/print" in links
    assert not any("part=" in u for u in links)
    assert _render(web, f"http://{host}{guide}?part=3").status == 200
    assert not _linking(web, host, f"http://{host}{guide}?part=3")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {f"{guide}/print"}
    assert "single point of contact" not in _main(web, host, guide)
    assert "<main" not in _html(web, host, f"{guide}/print")
    assert "Disallow: /search" in _render(web, f"http://{host}/robots.txt").body.decode()


def test_definition_list_accordion_and_unsigned_certificate(web: Heldback373Web, truth: dict) -> None:
    host = "www.middlesbrough.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<dl class="collapsible">' in html and '<dd id="dd-2" class="is-collapsed" hidden>' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Cleveland" and _no_extension(doc["url"])
    assert "........................" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_language_switch_and_bilingual_columns(web: Heldback373Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and 'hreflang="en"' in home
    cy = "/cy/Preswylwyr/Diogelwch-cymunedol/Teledu-cylch-cyfyng.aspx"
    en = "/en/Residents/Community-safety/CCTV.aspx"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and f"http://{host}{en}" in d["5.1"]["pages"]
    code = "/en/Council/Documents---Council/Strategies-and-policies/CCTV-code-of-practice.pdf"
    text = _text(web, host, code)
    # Welsh left column and English right column interleave line by line
    assert "Cedwir lluniau am 31 diwrnod Recordings are kept for 31 days" in text
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_jadu_article_pages_download_page_and_certificate(web: Heldback373Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    art = "/info/20109/crime_and_law_enforcement/112/cctv"
    assert f"http://{host}{art}/2" in _links(web, host, art)
    assert 'alt="SCC certification mark"' in _html(web, host, art) and "step 2" not in _main(web, host, art)
    land = "/downloads/download/421/cctv_documents"
    assert _linking(web, host, f"http://{host}{land}") == {f"http://{host}{art}/3"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    cert = f"http://{host}/downloads/file/1894/certificate_of_compliance"
    assert _no_extension(cert) and _linking(web, host, cert) == {f"http://{host}{land}"}
    assert {e["url"] for e in d["5.2"]["evidence"]} == {cert}


def test_cursor_paged_library_and_scheme_table(web: Heldback373Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    lib = "/downloads/20094/data_protection_documents"
    assert f"http://{host}{lib}?before=2022-01-01" in _links(web, host, lib)
    code = f"http://{host}/downloads/file/2290/cctv_code_of_practice"
    assert _linking(web, host, code) == {f"http://{host}{lib}?before=2020-01-01"}
    assert (_render(web, code).header("Content-Disposition") or "").startswith("inline")
    assert "Nelson town centre 10 East Lancashire CCTV hub" in _text(web, host, urlsplit(code).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and "service level agreement" in _text(web, host, urlsplit(code).path)


def test_getfile_gateway_and_spoc_in_roles_columns(web: Heldback373Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert urlsplit(ev["url"]).path == "/media/getfile" and urlsplit(ev["url"]).query == "id=4415"
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf"
    assert (
        "single point of contact"
        not in _main(web, host, "/environmental-health/community-safety/cctv-surveillance-systems/").lower()
    )
    assert d["5.5"]["status"] == "not_met"


def test_everything_in_tab_panels(web: Heldback373Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    html = _html(web, host, "/communities-safety/cctv-public-spaces")
    gov = html.split('id="cctv-4"', 1)[1]
    assert gov.startswith(' class="tab-panel" hidden>') and "step 2" in gov and "single point of contact" in gov
    d = _auth(truth, host)["deliverables"]
    assert all(d[k]["status"] == "met" for k in d)
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and doc["force"] == "Lincolnshire"


def test_retention_only_on_page_three_of_schedule(web: Heldback373Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert f"http://{host}/retention-schedule?page=3" in d51["pages"]
    assert "CCTV" not in _main(web, host, "/retention-schedule")
    assert "CCTV recordings" in _main(web, host, "/retention-schedule?page=3")


def test_script_contact_card_and_print_link(web: Heldback373Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    pg = "/by-category/community-and-living2/csp/cctv"
    html = _html(web, host, pg)
    assert '<div class="contact-card" data-contact="csu-cctv"></div>' in html and '<main id="main">' not in html
    assert "single point of contact" not in html
    assert "single point of contact" in _html(web, host, f"{pg}?print=1")
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]) == {f"{pg}?print=1"}
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert "?id=" in doc["url"] and doc["signed"] and doc["force"] == "Kent"
    site = web.sites[host]
    assert site.search is None and not site.az


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (("www.gedling.gov.uk", "cameras"), ("www.rochford.gov.uk", "retention")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback373Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.warwickshire.gov.uk", "www.cotswold.gov.uk", "www.north-norfolk.gov.uk"})
    host = "www.warwickshire.gov.uk"
    log = "/freedom-of-information/disclosure-log"
    assert "CCTV" not in _main(web, host, log) and "Public space CCTV" in _main(web, host, f"{log}?page=2")
    nn = web.sites["www.north-norfolk.gov.uk"]
    assert nn.democracy == "democracy.north-norfolk.gov.uk"
    assert "46 cameras" in _main(web, nn.democracy, "/mgAi.aspx?ID=30511")
