"""The hundred-and-thirty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures are really served (ASP.NET addresses answered in any letter case
with the SPOC in a page-owner box; figures only in an inline SVG chart; a signed agreement as an HTML page whose
signatories are only in signature images' alt text; robots.txt allowing one documents folder inside a forbidden
one; a half-migrated host with two chromes; a plain text code holding a signed protocol beside a textless scan; PDFs
sent as application/octet-stream; XHTML pages; camera positions only in map images' alt text; a bilingual site with
a /cy twin; one-fact councils on an allotments page and a cycle hub page; councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback136.truth import TRUTH_PATH
from fixtures.heldback136.web import Heldback136Web


@pytest.fixture(scope="module")
def web() -> Heldback136Web:
    return Heldback136Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback136Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 136)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_case_insensitive_addresses_and_page_owner_spoc(web: Heldback136Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    pg = "/lgnl/community_and_living/community_safety__crime_preve/cctv/CCTV.aspx"
    low = pg.lower()
    assert _render(web, f"http://{host}{low}").status == 200
    assert _main(web, host, low) == _main(web, host, pg)
    assert _linking(web, host, f"http://{host}{low}") >= {f"http://{host}/a-z"}
    assert f"http://{host}/a-z" not in _linking(web, host, f"http://{host}{pg}")
    html = _html(web, host, pg)
    assert '<div class="page-owner">' in html and "designated single point of contact" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "live facial recognition" in _main(web, host, pg)


def test_figures_only_in_inline_svg(web: Heldback136Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    pg = "/community-living/community-safety/st-helens-cctv"
    html = _html(web, host, pg)
    assert "<svg" in html and "<text" in html and "Police requests: 1,268</text>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-02-27"
    assert not d["5.2"]["mark_displayed"] and "<img" not in _main(web, host, pg)


def test_signatures_only_in_image_alt_text(web: Heldback136Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    isa = "/info/20010/your_environment/203/community_safety/8"
    main = _main(web, host, isa)
    assert "Hertfordshire Constabulary" in main and "Chief Inspector" not in main
    assert 'alt="Signed on behalf of Hertfordshire Constabulary by the Chief Inspector' in _html(web, host, isa)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Hertfordshire"
    assert urlsplit(doc["url"]).path == isa


def test_robots_allow_inside_disallowed_folder(web: Heldback136Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    site = web.sites[host]
    robots = RobotFileParser()
    robots.parse(site.robots_txt().splitlines())
    code = f"http://{host}/documents/cctv/hertfordshire-cctv-partnership-code-of-practice-2024.pdf"
    isa = f"http://{host}/documents/legal/agreements/cctv-partnership-police-isa-signed-2023.pdf"
    assert robots.can_fetch("cctv-audit", code) and not robots.can_fetch("cctv-audit", isa)
    assert _render(web, isa).status == 200 and isa in _linking(web, host, isa) | {isa}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {code}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert all(e["url"] != isa for k in d for e in d[k]["evidence"])


def test_half_migrated_host_with_two_chromes(web: Heldback136Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    old = _html(web, host, "/info/20328/cctv/2029/about_cctv_in_norwich")
    new = _html(web, host, "/housing-and-community-safety/keeping-norwich-safer/cctv")
    assert '<body class="jadu-cms old-site">' in old and "117 fixed cameras" in old
    assert '<body class="localgov">' in new and "139 fixed cameras" in new and "New website" in new
    pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert sum("/info/" in u for u in pages) >= 2 and any("/keeping-norwich-safer/" in u for u in pages)


def test_plain_text_code_holds_the_signed_protocol(web: Heldback136Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    txt = "/media/cctv/gloucester-cctv-code-of-practice-accessible.txt"
    r = _render(web, f"http://{host}{txt}")
    assert r.status == 200 and (r.header("Content-Type") or "").startswith("text/plain")
    assert "Signed for and on behalf of Gloucestershire Constabulary" in r.body.decode("utf-8")
    scan = _text(web, host, "/media/cctv/gloucester-cctv-code-of-practice-scanned.pdf")
    assert "Constabulary" not in scan
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path == txt


def test_documents_sent_as_octet_stream(web: Heldback136Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/x-pdf" and r.body.startswith(b"%PDF")
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-06"
    assert all(urlsplit(e["url"]).path.endswith(".pdf") for e in d["5.2"]["evidence"])
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_xhtml_pages(web: Heldback136Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    r = _render(web, f"http://{host}{pg}")
    assert (r.header("Content-Type") or "").startswith("application/xhtml+xml")
    body = r.body.decode("utf-8")
    assert (
        'xmlns="http://www.w3.org/1999/xhtml"' in body
        and 'alt="Surveillance Camera Commissioner certification mark" />' in body
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_camera_positions_only_in_map_alt_text(web: Heldback136Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    pg = "/cctv/cctv-wyre"
    assert "Lord Street" not in _main(web, host, pg) and 'alt="Fleetwood: cameras at Lord Street' in _html(
        web, host, pg
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_bilingual_twin(web: Heldback136Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    cy = "/cy/Trafnidiaeth-Strydoedd/Teledu-Cylch-Cyfyng.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.gosport.gov.uk", "retention", "/article/1712/Allotments"),
        ("www.preston.gov.uk", "cameras", "/transport-and-streets/cycling/cycle-hub"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback136Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cornwall.gov.uk", "www.hertfordshire.gov.uk", "www.erewash.gov.uk"})
    assert (
        "closed circuit television"
        in _main(web, "www.hertfordshire.gov.uk", "/about-the-council/jargon-buster").lower()
    )
    assert _auth(truth, "www.hertfordshire.gov.uk")["heldback"]["robots_forbid_search"]
