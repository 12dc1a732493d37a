"""The seventy-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in the other sets of 58 to 76 on disk; the type counts; the
labelling rules hold with the intended tallies; and the structures the set is built from are really there (a
signed SLA only as a Cabinet appendix on a democracy host, reached agenda item -> documents -> PDF; a signed
agreement filed only under policies and strategies and served without extension; a CCTV page five clicks deep on a
site without search, whose sub-pages never repeat the council's name; a SPOC only inside a policy PDF; a mark with
empty alt text beside a step 2 sentence; a control-room telephone as the only contact; a step 2 claim only in a
mark's alt text; a step 1 sentence with no mark; a draft unsigned Word agreement; a Welsh-first site; a page that
never writes 'CCTV'; a code of practice with a signed certificate of agreement; hosted guidance about agreements; a
supplier's claims about the council; a job advert and news that read like camera pages; robots.txt forbidding the
search; and councils that publish nothing but carry look-alikes).
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

from benchmarks.heldback_sets import set_names, set_number
from fixtures.heldback75.truth import TRUTH_PATH
from fixtures.heldback75.web import Heldback75Web


@pytest.fixture(scope="module")
def web() -> Heldback75Web:
    return Heldback75Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_neighbouring_sets(web: Heldback75Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = {set_number(n) for n in set_names()}
    others = [k for k in range(58, 77) if k != 75 and k in on_disk]
    assert not mine & codes_of_sets(others), "no council of sets 58-76 may be reused"
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
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_signed_sla_only_in_cabinet_papers_on_democracy_host(web: Heldback75Web, truth: dict) -> None:
    host, dem = "my.northtyneside.gov.uk", "democracy.northtyneside.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Northumbria"
    assert urlsplit(doc["url"]).hostname == dem
    item = f"http://{dem}/mgAi.aspx?ID=3310"
    assert _linking(web, host, doc["url"]) == {item}
    assert item in _links(web, dem, "/ieListDocuments.aspx?CId=133&MId=4021")
    assert f"http://{dem}/" in _links(web, host, "/council-and-democracy/meetings")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert d["5.1"]["pages"] == [f"http://{host}/page/20816/cctv-privacy-notice"] and d["5.1"]["criteria"]["dpia"]
    assert d["5.3"]["status"] == "met"


def test_agreement_under_policies_and_strategies_without_extension(web: Heldback75Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and not doc["draft"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/policies-and-strategies"}
    for url in (doc["url"], f"http://{host}/downloads/file/2911/cctv-annual-report-2023-24"):
        r = _render(web, url)
        assert r.status == 200 and r.header("Content-Type") == "application/pdf"
        assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(url).path[-8:]
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_deep_cctv_page_without_search_and_spoc_only_in_pdf(web: Heldback75Web, truth: dict) -> None:
    host = "www.northlincs.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/your-council",
        "/your-council/about-your-council",
        "/your-council/about-your-council/information-and-performance",
        "/your-council/about-your-council/information-and-performance/information-governance",
        "/your-council/about-your-council/information-and-performance/information-governance/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    pg = chain[-1]
    for sub in ("camera-locations", "requesting-cctv-images"):
        assert "North Lincolnshire" not in _main(web, host, f"{pg}/{sub}"), sub
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/4821/cctv-policy-2023.pdf"}
    assert "single point of contact" not in _main(web, host, pg)
    assert "single point of contact" in _text(web, host, "/media/4821/cctv-policy-2023.pdf")


def test_empty_alt_mark_and_control_room_phone_only(web: Heldback75Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    pg = "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv"
    assert '<img src="/images/sccop-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_alt_text(web: Heldback75Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    pg = "/communities/community-safety/cctv/cctv-in-chelmsford"
    assert 'alt="Surveillance Camera Commissioner third party certification: step 2' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018"


def test_step_1_sentence_spoc_and_draft_word_agreement(web: Heldback75Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    pg = "/home/community/community-safety/cctv"
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "democracy.gravesham.gov.uk" in web.sites[host].hosts()


def test_welsh_first_site(web: Heldback75Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial"
    assert f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert "Teledu cylch cyfyng" in _html(web, host, "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng")


def test_page_that_never_writes_cctv(web: Heldback75Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    pg = "/community_safety/town_centre_cameras"
    page = web.sites[host].pages[(host, pg)]
    assert "cctv" not in (page.title + page.body).lower()
    assert "<main" not in _html(web, host, pg), "legacy chrome has no main element"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "partial"


def test_code_of_practice_with_signed_certificate(web: Heldback75Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Lancashire Constabulary" in text
    assert "Ribble Valley" not in _main(web, host, "/community-safety/cctv/functions-of-the-system")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_hosted_guidance_and_supplier_claims_are_not_evidence(web: Heldback75Web, truth: dict) -> None:
    text = _text(web, "www.hertsmere.gov.uk", "/Documents/Community-Safety/Herts-CCTV-Partnership-SLA-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert _auth(truth, "www.hertsmere.gov.uk")["deliverables"]["5.5"]["status"] == "not_met"
    case = _text(
        web, "www.malvernhills.gov.uk", "/sites/default/files/2023-11/south-worcestershire-cctv-case-study.pdf"
    )
    assert "full certification" in case and "Malvern Hills District Council" in case
    assert _auth(truth, "www.malvernhills.gov.uk")["deliverables"]["5.2"]["status"] == "not_met"


def test_job_advert_and_news_read_like_information(web: Heldback75Web, truth: dict) -> None:
    advert = _main(web, "www.dacorum.gov.uk", "/home/jobs/cctv-control-room-operator")
    assert "110 cameras" in advert and "31 days" in advert
    d = _auth(truth, "www.dacorum.gov.uk")["deliverables"]["5.1"]
    assert not d["criteria"]["retention"] and not any("/jobs/" in u for u in d["pages"])
    news = _main(web, "www.highpeak.gov.uk", "/news/cctv-helps-in-pavilion-gardens")
    assert "24 hours a day" in news


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("new.devon.gov.uk", "www.hertsmere.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.flintshire.gov.uk", "operator"),
        ("www.malvernhills.gov.uk", "operator"),
        ("www.dacorum.gov.uk", "cameras"),
        ("www.hertsmere.gov.uk", "other_systems"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback75Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"new.devon.gov.uk", "www.highpeak.gov.uk", "www.derbyshiredales.gov.uk"},
    )
