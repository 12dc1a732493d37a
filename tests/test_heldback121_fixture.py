"""The hundred and twenty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a SPOC only in a
constitution's scheme of delegation table; news as an RSS feed; CCTV pages sent in windows-1252 with no charset; a
signed agreement as the last annex of a twenty-page partnership plan; a cookie-consent interstitial as the only link
into a section; certification only in a code's document control block; a contract register and an asset register as
CSV; an Atom feed; a Welsh-first site with hreflang alternates; facts only in a large-print PDF version; old addresses
that move on by meta refresh only; pages answering 503 with Retry-After; figures only in a council magazine; a museum
page with French and German alternates; a CCTV page marked noindex; a signed agreement as an RTF file; facts only in
a video transcript; a SPOC only in the FOI publication scheme; one fact only in a service plan PDF; and councils that
publish nothing but carry look-alikes).
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

from fixtures.heldback121.truth import TRUTH_PATH
from fixtures.heldback121.web import Heldback121Web


@pytest.fixture(scope="module")
def web() -> Heldback121Web:
    return Heldback121Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback121Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 121)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 2, "partial": 4, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 3, "not_met": 10}), tally


def test_spoc_only_in_scheme_of_delegation_and_rss_feed(web: Heldback121Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    deleg = "/council-and-democracy/constitution/part-3-scheme-of-delegation-to-officers"
    html = _html(web, host, deleg)
    assert '<th scope="col">Post</th><th scope="col">Delegated function</th><th scope="col">Contact</th>' in html
    assert _linking(web, host, f"http://{host}{deleg}") == {f"http://{host}/council-and-democracy/constitution"}
    cctv = "/services/community-safety/closed-circuit-television-cctv"
    assert "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {deleg}
    assert d["5.3"]["spoc"]["email"] == "camera.spoc@enfield.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    feed = _render(web, f"http://{host}/news/rss.xml")
    assert feed.status == 200 and feed.header("Content-Type") == "application/rss+xml"
    assert b"<rss" in feed.body and b"cameras" in feed.body.lower()
    assert f"http://{host}/news/rss.xml" in _links(web, host, "/")
    assert not any("news" in u for u in d["5.1"]["pages"])


def test_windows_1252_pages_and_agreement_deep_in_long_plan(web: Heldback121Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    for path in ("/cctv-in-stockport", "/cctv-in-stockport/how-the-system-works"):
        r = _render(web, f"http://{host}{path}")
        assert r.status == 200 and r.header("Content-Type") == "text/html", path
        assert b"charset" not in r.body and b"\x92" in r.body, path
        with pytest.raises(UnicodeDecodeError):
            r.body.decode("utf-8")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and doc["date"] == "2024-03-19"
    r = _render(web, doc["url"])
    assert len(re.findall(rb"/Type /Page\b", r.body)) >= 15
    text = _text(web, host, urlsplit(doc["url"]).path)
    pos = text.find("Signed on behalf of Greater Manchester Police")
    assert pos > 0.9 * len(text)
    assert f"http://{host}/cctv-in-stockport" in _linking(web, host, doc["url"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("assurance@")
    assert all("media" not in u for u in d["5.1"]["pages"])


def test_cookie_interstitial_and_certification_in_front_matter(web: Heldback121Web, truth: dict) -> None:
    host = "www.middlesbrough.gov.uk"
    consent = f"http://{host}/cookie-consent?destination=%2Fcommunity-safety"
    assert consent in _links(web, host, "/")
    assert _linking(web, host, f"http://{host}/community-safety?cookies=accept") == {consent}
    assert f"http://{host}/community-safety" not in _links(web, host, "/")
    r = _render(web, consent)
    assert r.status == 200 and b"Before you continue" in r.body
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2019-06-14"
    (code,) = _paths(d["5.2"])
    assert code.endswith(".pdf")
    text = _text(web, host, code)
    assert text.find("Document control") < text.find("step 2 full certification") < text.find("1. Introduction")
    main = _main(web, host, "/community-safety/cctv").lower()
    assert "certification" not in main and "step 2" not in main
    assert "<img" not in _main(web, host, "/community-safety/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_county_csv_register_atom_feed_and_nothing_of_its_own(web: Heldback121Web, truth: dict) -> None:
    host = "www.warwickshire.gov.uk"
    r = _render(web, f"http://{host}/media/contract-register-2025-q2.csv")
    assert r.status == 200 and (r.header("Content-Type") or "").startswith("text/csv")
    assert b"Highway CCTV and traffic signal maintenance" in r.body
    feed = _render(web, f"http://{host}/news/feed.atom")
    assert feed.header("Content-Type") == "application/atom+xml" and b"<feed" in feed.body
    assert "none" in _main(web, host, "/council-and-democracy/foi/disclosure-log/public-space-cctv")
    assert_publish_nothing(
        web, truth, {"www.warwickshire.gov.uk", "www.anglesey.gov.uk", "www.hastings.gov.uk"}, min_decoys=4
    )


def test_welsh_first_with_hreflang_alternates(web: Heldback121Web, truth: dict) -> None:
    host = "www.anglesey.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and f"http://{host}/en" in _links(web, host, "/")
    en = "/en/residents/community-safety/town-centre-cameras"
    cy = "/cy/trigolion/diogelwch-cymunedol/camerau-canol-tref"
    for path in (en, cy):
        html = _html(web, host, path)
        assert f'<link rel="alternate" hreflang="cy-gb" href="http://{host}{cy}">' in html
        assert f'<link rel="alternate" hreflang="en-gb" href="http://{host}{en}">' in html
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "stopped running town centre CCTV in 2014" in _main(web, host, en)
    assert "Holyhead Town Council" in _main(web, host, en)
    assert all(_auth(truth, host)["deliverables"][k]["status"] == "not_met" for k in ("5.1", "5.2", "5.3", "5.5"))


def test_facts_only_in_large_print_version(web: Heldback121Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    page = "/community-safety/cctv-cameras"
    large = "/sites/default/files/2025-03/cctv-cameras-large-print.pdf"
    assert _linking(web, host, f"http://{host}{large}") == {f"http://{host}{page}"}
    main = _main(web, host, page)
    assert "31 days" not in main and "subject access" not in main and "Signs" not in main
    d = _auth(truth, host)["deliverables"]["5.1"]
    for crit in ("retention", "subject_access", "signage"):
        assert d["criteria"][crit], crit
    assert f"http://{host}{large}" in d["pages"]
    assert "Footage is kept for 31 days" in _text(web, host, large)


def test_meta_refresh_chain_and_step_1_in_privacy_notice(web: Heldback121Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    real = "/article/8840/Public-space-CCTV"
    az = _links(web, host, "/a-z")
    assert f"http://{host}/cctv" in az and f"http://{host}{real}" not in az
    for stub, target in (("/cctv", "/article/309"), ("/article/309", real)):
        html = _html(web, host, stub)
        assert f'<meta http-equiv="refresh" content="0; url={target}">' in html and "<a " not in html
        assert _links(web, host, stub) == []
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020"
    assert _paths(d["5.2"]) == {"/privacy-cctv-ops"}
    assert "Data Protection Act 1998" in _main(web, host, real)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctv@basildon.example.gov.uk"


def test_pages_answering_503_with_retry_after(web: Heldback121Web) -> None:
    host = "www.hastings.gov.uk"
    for path in ("/community-safety/town-centre-cameras", "/business/tenders/seafront-camera-maintenance"):
        r = _render(web, f"http://{host}{path}")
        assert r.status == 503 and r.header("Retry-After") == "3600", path
        assert f"http://{host}{path}" in {u for p in ("/community-safety", "/") for u in _links(web, host, p)}


def test_figures_only_in_council_magazine(web: Heldback121Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "274" in _text(web, host, "/media/district-life-spring-2025.pdf")
    assert not d["5.1"]["criteria"]["statistics"] and "274" not in _main(web, host, "/community-safety/cctv")
    assert "Data Protection Officer" in _main(web, host, "/budgets-and-transparency/ask-see-cctv-footage-we-hold")
    assert d["5.3"]["status"] == "not_met"


def test_museum_page_with_hreflang_translations_one_fact(web: Heldback121Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    museum = "/Leisure-Culture/Dover-Museum/Visiting-the-museum.aspx"
    html = _html(web, host, museum)
    assert 'hreflang="fr"' in html and 'hreflang="de"' in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["signage"]
    assert d51["pages"] == [f"http://{host}{museum}"]


def test_noindex_cctv_page_and_signed_rtf_agreement(web: Heldback121Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    cctv = "/home/primary-services/community-safety/cctv"
    assert '<meta name="robots" content="noindex, follow">' in _html(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and doc["url"].endswith(".rtf")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/rtf" and r.body.startswith(b"{\\rtf1")
    assert b"Signed for and on behalf of Kent Police" in r.body
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}"}
    assert f"http://{host}{cctv}" in d["5.1"]["pages"]


def test_facts_only_in_video_transcript(web: Heldback121Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    video = "/article/2210/Inside-our-CCTV-control-room"
    html = _html(web, host, video)
    assert "<video controls" in html and '<section class="transcript">' in html
    r = _render(web, f"http://{host}/media/video/inside-our-cctv-control-room.mp4")
    assert r.status == 200 and r.header("Content-Type") == "video/mp4"
    d = _auth(truth, host)["deliverables"]
    crits = {k for k, v in d["5.1"]["criteria"].items() if v}
    assert crits - {"subject_access"} <= {
        "operator",
        "cameras",
        "purpose",
        "statistics",
        "disclosure",
        "police_agreement",
    }
    assert "56" not in _main(web, host, "/article/1764/CCTV")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "service level agreement" in _main(web, host, video)


def test_spoc_only_in_publication_scheme(web: Heldback121Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    scheme = "/council-and-democracy/freedom-of-information/publication-scheme"
    assert '<th scope="col">Class</th>' in _html(web, host, scheme)
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {scheme}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_councils(web: Heldback121Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.cheltenham.gov.uk", "cameras", "/downloads/file/4410/council_assets_register.csv"),
        ("www.teignbridge.gov.uk", "retention", "/media/5521/community-safety-service-plan-2025-26.pdf"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    r = _render(web, "http://www.cheltenham.gov.uk/downloads/file/4410/council_assets_register.csv")
    assert (r.header("Content-Type") or "").startswith("text/csv") and r.body.count(b"Public realm CCTV camera") == 3
