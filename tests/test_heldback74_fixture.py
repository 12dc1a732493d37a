"""The seventy-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 58 to 76 (other than this one); the labelling rules
hold with the intended tallies; and the structures the set is built from are really there (a signed agreement only
under policies and strategies, another only in Cabinet papers on a democracy host, another only in a data sharing
register served without extension; a CCTV page four clicks deep on a site without search; a code served without
extension; a step 2 sentence beside a mark with empty alt text; a step 1 claim only in a mark's alt text; a SPOC
only inside a policy PDF; a control-room telephone as the only contact; robots.txt forbidding the search; hosted
guidance about agreements; a job advert that reads like information; a bilingual Welsh council; a page about
cameras that never writes 'CCTV'; a CCTV section whose sub-pages never repeat the council's name; a draft Word
agreement; a business district's newsletter claiming certification for the council; and councils that publish
nothing but carry look-alikes).
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
from fixtures.heldback74.truth import TRUTH_PATH
from fixtures.heldback74.web import Heldback74Web


@pytest.fixture(scope="module")
def web() -> Heldback74Web:
    return Heldback74Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_58_to_76(web: Heldback74Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = {set_number(n) for n in set_names()}
    others = [k for k in range(58, 77) if k != 74 and k in on_disk]
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


def test_agreement_only_under_policies_and_strategies(web: Heldback74Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/about-the-council/policies-and-strategies"}
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_empty_alt_mark_beside_step_2_sentence_and_control_room_phone(web: Heldback74Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    pg = "/policing-and-safety/crime/cctv"
    assert '<img src="/images/scc-certification-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    main = _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "mailto:" not in main


def test_spoc_only_in_pdf_and_agreement_only_in_cabinet_papers(web: Heldback74Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    dem = "democracy.wakefield.gov.uk"
    pg = "/community-and-safety/crime-and-safety/cctv"
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/media/4823/corporate-surveillance-camera-policy-2024.pdf"
    }
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=48817"}
    assert f"http://{dem}/ieDocHome.aspx" in _links(web, host, "/council-and-democracy")
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["statistics"]


def test_cctv_page_four_clicks_deep_without_search(web: Heldback74Web, truth: dict) -> None:
    host = "www.blackpool.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert "<main" not in _html(web, host, "/")
    chain = [
        "/",
        "/Residents",
        "/Residents/Planning-environment-and-community",
        "/Residents/Planning-environment-and-community/Crime-and-safety",
        "/Residents/Planning-environment-and-community/Crime-and-safety/CCTV.aspx",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    code = "/Documents/Residents/Planning-environment-and-community/CCTV-code-of-practice"
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{code}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_agreement_in_data_sharing_register_without_extension(web: Heldback74Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert d["5.3"]["status"] == "met"


def test_page_that_never_writes_cctv_and_step_1_only_in_alt_text(web: Heldback74Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    pg = "/community-safety/public-space-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    assert "step 1" not in _main(web, host, pg).lower()
    assert 'alt="Surveillance Camera Commissioner certification mark: step 1' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]


def test_hosted_guidance_is_not_an_agreement(web: Heldback74Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/media/2231/thames-valley-camera-partnership-sla-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_bilingual_welsh_council(web: Heldback74Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    assert f"http://{host}/cy" in _links(web, host, "/")
    cy = "/cy/erthygl/2190/Camerau-gwyliadwriaeth"
    assert '<html lang="cy">' in _html(web, host, cy) and "theledu cylch cyfyng" in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_sub_pages_never_repeat_the_council_name(web: Heldback74Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    intro = "/residents/crime-and-safety/introduction-to-cctv"
    assert "Epping Forest" in _main(web, host, intro)
    for sub in ("/cctv-faqs", "/requesting-footage", "/code-of-practice"):
        assert "Epping" not in _main(web, host, intro + sub), sub
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert '<details class="accordion-item"' in _html(web, host, intro + "/cctv-faqs")


def test_code_of_practice_document_and_job_advert(web: Heldback74Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    code = f"http://{host}/media/4410/Guildford-town-centre-CCTV-code-of-practice.pdf"
    assert sum(1 for e in d["5.1"]["evidence"] if e["url"] == code) == 1
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "54 cameras" in _main(web, host, "/jobs/cctv-operator")
    assert not any("/jobs/" in u for u in d["5.1"]["pages"])
    cannock = "www.cannockchasedc.gov.uk"
    assert "monitor 90 cameras" in _main(web, cannock, "/jobs/control-room-operator")


def test_third_party_claims_certification_for_the_council(web: Heldback74Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    text = _text(web, host, "/business/town-centre/bid-newsletter-spring-2024.pdf")
    assert "full certification from the Surveillance Camera Commissioner" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.cambridgeshire.gov.uk", "www.westdevon.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.braintree.gov.uk", "operator"),
        ("www.basingstoke.gov.uk", "cameras"),
        ("www.eastleigh.gov.uk", "disclosure"),
        ("www.westdevon.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback74Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.cambridgeshire.gov.uk", "www.tandridge.gov.uk", "www.cannockchasedc.gov.uk"},
    )
