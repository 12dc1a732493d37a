"""The seventy-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 53 to 71; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement filed only under policies
and strategies, another only in a data sharing register and served without extension, another only as an appendix
in committee papers on a CMIS host, another under the partnerships pages; a SPOC only inside a PDF; a certification
mark with empty alt text beside a step 2 sentence, a mark with alt text, a step 1 sentence with no mark; a
Welsh-first site with a Welsh twin of the camera page; a control-room telephone as the only contact; a page that
never writes 'CCTV'; a CCTV section four clicks deep on a site without search, sitemap or A to Z whose sub-pages
never name the council; a code of practice served without extension; a draft unsigned Word agreement; hosted
guidance about agreements; a supplier's and a partner council's claims; job adverts and news that read like
information; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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
from fixtures.heldback72.truth import TRUTH_PATH
from fixtures.heldback72.web import Heldback72Web


@pytest.fixture(scope="module")
def web() -> Heldback72Web:
    return Heldback72Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_53_to_71(web: Heldback72Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = set(set_names())
    others = [k for k in range(53, 73) if k != 72 and f"heldback{k}" in on_disk]
    assert not mine & codes_of_sets(others), "no council of sets 53-71 may be reused"
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
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_welsh_first_site_with_welsh_twin(web: Heldback72Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    twin = "/byw/bro-mwy-diogel/teledu-cylch-cyfyng"
    assert "Teledu cylch cyfyng" in _html(web, host, twin)
    assert f"http://{host}{twin}" in _links(web, host, "/en/living/safer-vale/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any("scrutiny" in u for u in d["5.1"]["pages"])


def test_empty_alt_mark_and_agreement_under_policies_and_strategies(web: Heldback72Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    assert '<img src="/images/sc-code-compliant-lbth.png" alt=""' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/about-the-council/policies-and-strategies"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_pdf_and_agreement_only_in_cmis_papers(web: Heldback72Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    dem = "cmispublic.walsall.gov.uk"
    pg = "/crime_and_community_safety/cctv"
    assert dem in web.sites[host].hosts()
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/19233/cctv-code-of-practice-2024.pdf"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and urlsplit(doc["url"]).hostname == dem
    item = f"http://{dem}/cmis5/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=item14"
    assert _linking(web, host, doc["url"]) == {item}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "For West Midlands Police" in _text(web, dem, urlsplit(doc["url"]).path + "?" + urlsplit(doc["url"]).query)
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_code_without_extension_draft_word_agreement_and_non_police_sla(web: Heldback72Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    code = "/media/4417/cctv-code-of-practice"
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and all(urlsplit(e["url"]).path == code for e in d["5.3"]["evidence"])
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "service level agreement" in _main(web, host, "/community-safety/cctv")


def test_mark_with_alt_text_and_agreement_under_partnerships(web: Heldback72Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    assert 'alt="Surveillance Camera Commissioner third party certification mark"' in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-06" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/partnerships/community-safety-partnership"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_page_that_never_writes_cctv(web: Heldback72Web, truth: dict) -> None:
    host = "www.hastings.gov.uk"
    pg = "/community-safety/public-space-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pg}"]


def test_control_room_telephone_only_contact(web: Heldback72Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, "/cctv").split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "<details" in _html(web, host, "/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_in_data_sharing_register_without_extension(web: Heldback72Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    reg = f"http://{host}/home/primary-services/council-and-democracy/additional-areas/data-sharing-register"
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "." not in urlsplit(doc["url"]).path[-6:]
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["dpia"]


def test_cctv_section_four_clicks_deep_without_search(web: Heldback72Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/Community",
        "/Community/Safety-and-Emergencies",
        "/Community/Safety-and-Emergencies/Emergency-Planning-CCTV",
        "/Community/Safety-and-Emergencies/Emergency-Planning-CCTV/CCTV",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "<main" not in _html(web, host, chain[-1])
    subs = [p for p in site.pages.values() if p.parent == chain[-1]]
    assert len(subs) == 3
    for pg in subs:
        assert "Dover District Council" not in pg.body and "DDC" not in pg.body, pg.path
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["statistics"] and d["5.1"]["criteria"]["annual_review"]
    assert _auth(truth, host)["oracle_fetches"] == 9
    text = _text(web, host, "/Community/Emergency-Planning-CCTV/CCTV/PDF/CCTV-Scheme-Evaluation-2013.pdf")
    assert "neighbouring borough council" in text
    assert not any("Evaluation" in u for u in d["5.1"]["pages"])


def test_step_1_sentence_without_mark(web: Heldback72Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    pg = "/community-and-safety/city-centre-cctv"
    assert "<img" not in _main(web, host, pg) and "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_hosted_guidance_is_not_an_agreement(web: Heldback72Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/sites/default/files/documents/community-safety/case-study-local-cctv-agreements.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert "more than 100 cameras" in _main(web, host, "/jobs/cctv-control-room-operator")


def test_third_party_claims_do_not_count(web: Heldback72Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    text = _text(web, host, "/downloads/file/3310/supplier_case_study_cheltenham_cctv_upgrade")
    assert "Vantage Secure Systems" in text and "certification mark" in text
    assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"
    assert "68 cameras" in _main(web, host, "/news/article/974/cameras_installed_on_the_honeybourne_line")
    reading = _auth(truth, "www.reading.gov.uk")["deliverables"]
    assert reading["5.1"]["status"] == "partial" and reading["5.2"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.surreycc.gov.uk", "www.woking.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.reading.gov.uk", "operator"),
        ("www.hastings.gov.uk", "operator"),
        ("www.burnley.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback72Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.surreycc.gov.uk", "www.cheltenham.gov.uk", "www.woking.gov.uk"},
    )
    dem = "mycouncil.surreycc.gov.uk"
    assert dem in web.sites["www.surreycc.gov.uk"].hosts()
