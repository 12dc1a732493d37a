"""The eighty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in the other sets of 70 to 86 on this branch; the labelling
rules hold with the intended tallies; and the structures the set is built from are really there (a signed agreement
filed only in a data sharing register and served without extension; another only as a PDF appendix in scrutiny
papers on a democracy host; another only on a policies and strategies page; a bilingual site with Welsh twins and a
control-room telephone as the only contact; a mark with empty alt text beside a step 2 sentence; a step 2 claim only
in a badge's alt text; a step 1 sentence with no mark; a SPOC only inside a self-assessment PDF; a guide whose
sub-pages never repeat the council's name; a page that never writes 'CCTV'; a draft unsigned Word agreement; an SLA
with another council; a third party's certification in news; hosted guidance about agreements; a CCTV page five
clicks deep on a site without search, sitemap or A to Z; robots.txt forbidding the search; one-fact councils whose
fact sits on an events page and a car parks page; parish cameras, FOI answers, enforcement cameras and a job advert
as look-alikes; and councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback85.truth import TRUTH_PATH
from fixtures.heldback85.web import Heldback85Web


@pytest.fixture(scope="module")
def web() -> Heldback85Web:
    return Heldback85Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_overlapping_sets(web: Heldback85Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(70, 87) if k != 85 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of the other sets 70-86 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_only_in_data_sharing_register_without_extension(web: Heldback85Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    reg = f"http://{host}/council-and-elections/transparency/data-sharing-register"
    assert _linking(web, host, doc["url"]) == {reg}
    assert doc["url"] not in _links(web, host, "/crime-and-community-safety/closed-circuit-television-cctv")
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_agreement_only_as_appendix_in_committee_papers(web: Heldback85Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    dem = "democracy.neath-porttalbot.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "South Wales"
    assert urlsplit(doc["url"]).hostname == dem
    item = f"http://{dem}/mgAi.aspx?ID=27992"
    assert _linking(web, host, doc["url"]) == {item}
    assert item in _links(web, dem, "/ieListDocuments.aspx?CId=323&MId=10076")
    assert "Signed for and on behalf of South Wales Police" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_bilingual_twins_and_control_room_telephone_only(web: Heldback85Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    assert f"http://{host}/cy/27238" in _links(web, host, "/27238")
    assert f"http://{host}/27238" in _links(web, host, "/cy/27238")
    assert '<html lang="cy">' in _html(web, host, "/cy/27238")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/27238" in d["5.1"]["pages"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, "/27238") and "@" not in _main(web, host, "/27238")


def test_empty_alt_mark_beside_step_2_sentence_spoc_and_agreement_on_policies_page(
    web: Heldback85Web, truth: dict
) -> None:
    host = "www.stalbans.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    assert '<img src="/images/scc-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}
    assert "Data Protection Act 1998" in _main(web, host, pg)


def test_step_2_only_in_badge_alt_text(web: Heldback85Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    assert 'alt="Surveillance Camera Commissioner certificate of compliance: step 2' in _html(web, host, "/cctv")
    assert "step 2" not in _main(web, host, "/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert all(urlsplit(e["url"]).path.startswith("/downloads/file/") for e in d["5.5"]["evidence"])


def test_step_1_sentence_without_mark(web: Heldback85Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (url,) = {e["url"] for e in d["5.2"]["evidence"]}
    assert "<img" not in _html(web, host, urlsplit(url).path)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_spoc_only_in_self_assessment_pdf_and_sub_pages_without_council_name(web: Heldback85Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/4417/cctv-self-assessment-tool.pdf"}
    guide = web.sites[host].pages[(host, "/how-cctv-is-used")]
    assert "Stockport" in _main(web, host, "/how-cctv-is-used")
    for child in guide.children:
        text = _main(web, host, child)
        assert "stockport" not in text.lower() and "single point of contact" not in text, child
    assert len(guide.children) == 4
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_page_that_never_writes_cctv(web: Heldback85Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    pg = "/privacy-policy/surveillance-privacy-notice"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.1"]["criteria"]["complaints"] and d["5.3"]["status"] == "partial"


def test_draft_unsigned_word_agreement_and_job_advert(web: Heldback85Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Suffolk"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    assert f"http://{host}/jobs/cctv-control-room-operator" not in d["5.1"]["pages"]
    assert "600 cameras" in _main(web, host, "/jobs/cctv-control-room-operator")


def test_cctv_page_five_clicks_deep_on_legacy_site_without_search(web: Heldback85Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    home = _html(web, host, "/")
    assert "<main" not in home and "<table" in home
    chain = [
        "/",
        "/living-here",
        "/living-here/safer-communities",
        "/living-here/safer-communities/community-safety-partnership",
        "/living-here/safer-communities/community-safety-partnership/partnership-services",
        "/living-here/safer-communities/community-safety-partnership/partnership-services/cctv-service",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    auth = _auth(truth, host)
    assert auth["deliverables"]["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]
    assert auth["oracle_fetches"] == 6


def test_sla_with_another_council_and_third_party_certification_in_news(web: Heldback85Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    sla = _text(web, host, "/sites/default/files/2023-04/cctv-monitoring-sla-runnymede.pdf")
    assert "Runnymede Borough Council" in sla and "Police" not in sla
    news = _main(web, host, "/news/neighbours-control-room-wins-national-award")
    assert "certificate of compliance" in news and "Runnymede" in news
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}/node/1513"]


def test_hosted_guidance_is_not_an_agreement(web: Heldback85Web, truth: dict) -> None:
    host = "www.torridge.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/media/2231/safer-north-devon-camera-sharing-guidance.pdf")
    assert "information sharing agreement" in text and "not itself an agreement" in text


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.lancashire.gov.uk", "www.spelthorne.gov.uk", "www.stroud.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils_with_the_fact_somewhere_odd(truth: dict) -> None:
    for host, crit, path in (
        ("www.northumberland.gov.uk", "other_systems", "/leisure/events/safety-advisory-group"),
        ("www.ambervalley.gov.uk", "cameras", "/parking/car-parks"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_look_alikes_give_nothing(web: Heldback85Web, truth: dict) -> None:
    for host, path in (
        ("www.northumberland.gov.uk", "/foi/disclosure-log/foi-2022-3317"),
        ("www.northumberland.gov.uk", "/communities/town-and-parish-councils"),
        ("www.walthamforest.gov.uk", "/parking/traffic-enforcement-cameras"),
        ("www.lancashire.gov.uk", "/roads-parking-and-travel/bus-lane-enforcement"),
        ("www.ambervalley.gov.uk", "/council-and-democracy/minutes-full-council-16-november-2016"),
        ("www.stroud.gov.uk", "/foi/disclosure-log/eir-foi-1182"),
    ):
        assert "camera" in _main(web, host, path).lower(), (host, path)
        urls = {e["url"] for d in _auth(truth, host)["deliverables"].values() for e in d["evidence"]}
        assert f"http://{host}{path}" not in urls, (host, path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback85Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.sstaffs.gov.uk", "www.torridge.gov.uk", "www.stroud.gov.uk"})
