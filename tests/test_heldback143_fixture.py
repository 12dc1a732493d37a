"""The hundred-and-forty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a letter-indexed policies library at ?letter=
addresses holding the SPOC designation and a signed Met agreement; a step 2 claim only as a value in a definition list
with no mark; a step 2 claim only in the figcaption under a mark; a step one claim only as a year in a history list; a
signed MoU whose signatures are a party table; a signed agreement whose signatories follow long annexes, served
without extension; a SPOC only in a Jadu directory record's fields; a SPOC and retention only on an easy read page;
a police agreement mentioned only in an annual report PDF or only in a service privacy notice; a SPOC named only in
Cabinet minutes on a democracy host, with no contact; camera lists as one table page per town; a Welsh-first site
whose only camera news is Welsh; one-fact councils on a room hire conditions page and a recycling centre rules page;
robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback143.truth import TRUTH_PATH
from fixtures.heldback143.web import Heldback143Web


@pytest.fixture(scope="module")
def web() -> Heldback143Web:
    return Heldback143Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback143Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 143)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_letter_indexed_library_holds_spoc_and_signed_met_agreement(web: Heldback143Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    lib = f"http://{host}/about-barnet/policies"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"{lib}?letter=I"}
    spoc = f"http://{host}/about-barnet/policies/surveillance-camera-spoc"
    assert _linking(web, host, spoc) == {f"{lib}?letter=S"}
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {spoc}
    assert "single point of contact" not in _main(web, host, "/community/community-safety/cctv")
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_in_a_definition_list_without_mark(web: Heldback143Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    html = _html(web, host, "/streets-parking-transport/cctv/")
    assert "<dt>Certification</dt><dd>Full (step 2) certification" in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in html
    assert web.sites[host].search is None


def test_step_2_only_in_figcaption_and_mou_party_table(web: Heldback143Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    pg = "/community/community-safety/cctv"
    html = _html(web, host, pg)
    assert '<figure><img src="/images/sc-code-mark.png" alt="Surveillance Camera Code of Practice mark">' in html
    assert "<figcaption>Our control room was awarded full (step 2)" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2022-06"
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Party | Signed by | Position | Date" in text and doc["force"] == "Lincolnshire"


def test_step_one_only_in_history_timeline(web: Heldback143Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    assert "step one" not in _html(web, host, "/community-safety/cctv.cfm")
    assert "2017: the scheme completed desktop certification (step one)" in _html(
        web, host, "/community-safety/cctv-scheme-history.cfm"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert '<main id="main">' not in _html(web, host, "/")


def test_spoc_in_directory_record_and_signatories_after_annexes(web: Heldback143Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    rec = "/directory_record/936/cctv_code_of_practice"
    assert "<dt>Single point of contact for surveillance cameras</dt>" in _html(web, host, rec)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {rec}
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Annex 9") < text.index("Schedule of signatories")


def test_spoc_and_retention_only_on_easy_read_page(web: Heldback143Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    main = _main(web, host, "/community-and-living/community-safety/cctv/")
    assert "single point of contact" not in main and "31 days" not in main
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/community-and-living/community-safety/cctv/easy-read/"
    }
    assert d["5.5"]["status"] == "partial"


def test_agreement_mentions_only_in_a_report_pdf_or_privacy_notice(web: Heldback143Web, truth: dict) -> None:
    nd = _auth(truth, "www.northdevon.gov.uk")["deliverables"]["5.5"]
    assert [urlsplit(e["url"]).path for e in nd["evidence"]] == ["/media/cctv-annual-report-2023.pdf"]
    assert "agreement" not in _main(web, "www.northdevon.gov.uk", "/community-safety-and-emergencies/cctv")
    leeds = _auth(truth, "www.leeds.gov.uk")["deliverables"]
    assert "agreement" not in _main(web, "www.leeds.gov.uk", "/saferleeds/leedswatch")
    assert leeds["5.5"]["status"] == "partial" and leeds["5.3"]["spoc"]["email"].startswith("cctvenquiries@")


def test_spoc_only_in_cabinet_minutes_without_contact(web: Heldback143Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    dem = "democracy.middevon.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "Single Point of Contact" in _main(web, dem, "/mgAi.aspx?ID=10177")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["status"] == "partial"


def test_camera_tables_one_page_per_town(web: Heldback143Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    base = "/community-parks-and-leisure/community-safety/cctv/maps"
    for town in ("aldershot", "farnborough", "north-camp"):
        assert '<th scope="col">Camera</th>' in _html(web, host, f"{base}/{town}/")
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_welsh_first_site_with_welsh_only_news(web: Heldback143Web, truth: dict) -> None:
    host = "www.anglesey.gov.uk"
    html = _html(web, host, "/cy/newyddion/2014/diffodd-camerau")
    assert 'lang="cy"' in html and "teledu cylch cyfyng" in html
    english = [pg for (_, path), pg in web.sites[host].pages.items() if path.startswith("/en")]
    assert english and not any("177,000" in pg.body for pg in english)


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.derbyshire.gov.uk", "www.rochford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.middevon.gov.uk", "retention", "/business/room-hire/conditions"),
        ("www.derbyshire.gov.uk", "cameras", "/environment/rubbish-waste/recycling-centres/site-rules.aspx"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback143Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.milton-keynes.gov.uk", "www.anglesey.gov.uk", "www.rochford.gov.uk"})
