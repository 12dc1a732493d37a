"""The three hundred and twenty-ninth held-back web's own structures (generic checks live in
tests/test_heldback_sets.py). No audit, no scoring.

Checks: fresh councils; the labelling rules with the intended tallies; and the structures the set is built from are
served: a signed agreement reachable only from a press release's Notes to editors; a step 2 claim only in a release
on a separate news subdomain; a step 1 claim only in a code PDF; a step 2 sentence on a standing page; a signed Word
memorandum; an embargoed release; a media centre archived by year; dated releases with a time element and undated
ones; facts only in a release for a council that publishes nothing; a bilingual Welsh twin; SPOC in a CCTV privacy
notice; one-fact councils; councils that publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback329.truth import TRUTH_PATH
from fixtures.heldback329.web import Heldback329Web


@pytest.fixture(scope="module")
def web() -> Heldback329Web:
    return Heldback329Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback329Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 329)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    from collections import Counter

    assert_labelling_rules(truth, welsh=1, types=6)
    t = status_tally(truth)
    assert t["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), t
    assert t["5.2"] == Counter({"met": 3, "not_met": 12}), t
    assert t["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), t
    assert t["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), t


def test_agreement_only_from_notes_to_editors(web: Heldback329Web, truth: dict) -> None:
    host = "www.sunderland.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    rel = "/news/article/9921/New-home-for-City-Alarm-and-Emergency-Centre"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{rel}"}
    html = _html(web, host, rel)
    assert '<section class="notes-to-editors"><h2>Notes to editors</h2>' in html
    assert '<time datetime="2022-07-07">' in html
    assert "Signed on behalf of Northumbria Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["level"] == "step1" and all(e["url"].endswith(".pdf") for e in d["5.2"]["evidence"])


def test_step_2_only_on_news_subdomain(web: Heldback329Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    assert "news.swale.gov.uk" in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and {urlsplit(e["url"]).hostname for e in d["5.2"]["evidence"]} == {
        "news.swale.gov.uk"
    }
    assert "step 2" not in _main(web, host, "/community-safety/cctv")
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["signed"]


def test_step_2_sentence_and_media_centre_by_year(web: Heldback329Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    assert "step 2 full certification" in _main(web, host, "/cctv")
    assert "Press releases 2023" in _html(web, host, "/media-centre/2023")
    assert 'class="press-office"' in _html(web, host, "/media-centre/2023/control-room-moves-to-hackney-service-centre")
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "partial"


def test_signed_word_memorandum_and_embargo(web: Heldback329Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "EMBARGOED UNTIL" in _main(web, host, "/news/cameras-upgraded-in-three-towns")


def test_welsh_twin_and_spoc_in_privacy_notice(web: Heldback329Web, truth: dict) -> None:
    g = _auth(truth, "www.gwynedd.llyw.cymru")["deliverables"]["5.1"]
    assert any("/cy/" in u for u in g["pages"])
    o = _auth(truth, "www.oadby-wigston.gov.uk")["deliverables"]["5.3"]
    assert o["status"] == "met" and all("privacy" in e["url"] for e in o["evidence"])
    assert '<main id="main">' not in _html(web, "www.oadby-wigston.gov.uk", "/")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.lincolnshire.gov.uk", "retention"),
        ("www.breckland.gov.uk", "cameras"),
        ("www.staffsmoorlands.gov.uk", "retention"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_publish_nothing_with_facts_only_in_release(web: Heldback329Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.babergh.gov.uk", "www.brentwood.gov.uk", "www.westsuffolk.gov.uk"})
    rel = _main(web, "www.brentwood.gov.uk", "/media-centre/2024/new-cameras-for-brentwood-high-street")
    assert "kept for 31 days" in rel and "EMBARGOED" in rel
