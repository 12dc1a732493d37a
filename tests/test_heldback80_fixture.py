"""The eightieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 63 to 79; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension; another only as an appendix in Cabinet papers on a democracy host; another
as a certificate of agreement in the code of practice; a SPOC only inside a PDF; a mark with empty alt text beside a
step 2 sentence; a step 2 claim only in a badge's alt text; a step 1 sentence with no mark; a control-room
telephone as the only contact; a bilingual Welsh site with /cy twins; a privacy notice five clicks deep on a site
without search, sitemap or A to Z; sub-pages that never repeat the council's name; a page that never writes
'CCTV'; a draft unsigned Word agreement; a service level agreement with another council that is no police
agreement; hosted guidance about agreements; a third party's certification claim in news; a job advert and news
that read like information; robots.txt forbidding the search; and councils that publish nothing but carry
look-alikes).
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
from fixtures.heldback80.truth import TRUTH_PATH
from fixtures.heldback80.web import Heldback80Web


@pytest.fixture(scope="module")
def web() -> Heldback80Web:
    return Heldback80Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_63_to_79(web: Heldback80Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(63, 81) if k != 80 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 63-79 may be reused"
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
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_in_data_sharing_register_without_extension_and_phone_only(web: Heldback80Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-8:]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, "/crime-and-safety/cctv").split('<main id="main">', 1)[1]


def test_empty_alt_mark_and_spoc_only_in_code_pdf(web: Heldback80Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    pg = "/your-city-council/cctv-body-worn-video"
    assert '<img src="/images/scc-certification-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "single point of contact" not in _main(web, host, pg)
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2024-06/cctv-code-of-practice.pdf"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_badge_alt_and_agreement_only_in_cabinet_papers(web: Heldback80Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    dem = "democracy.newark-sherwooddc.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "step 2" not in _main(web, host, "/cctv").lower()
    assert 'alt="Surveillance Camera Commissioner third party certification: step 2' in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Nottinghamshire"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=11755"}
    item_links = _links(web, dem, "/ieListDocuments.aspx?CId=134&MId=2980")
    assert f"http://{dem}/mgAi.aspx?ID=11755" in item_links
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    ssa = _text(web, host, "/media/2291/shared-cctv-service-agreement.pdf")
    assert "Ashfield District Council" in ssa and "Police" not in ssa


def test_code_with_certificate_of_agreement_step_1_and_subpages_without_the_name(
    web: Heldback80Web, truth: dict
) -> None:
    host = "www.tunbridgewells.gov.uk"
    idx = "/community-safety/cctv"
    assert "<img" not in _html(web, host, idx).split('<main id="main">', 1)[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    subs = web.sites[host].pages[(host, idx)].children
    assert len(subs) == 4
    for sub in subs:
        assert "Tunbridge Wells" not in _main(web, host, sub), sub
        assert f"http://{host}{sub}" in d["5.1"]["pages"], sub
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Kent Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_privacy_notice_five_clicks_deep_without_search(web: Heldback80Web, truth: dict) -> None:
    host = "www.derbyshire.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/council",
        "/council/gdpr",
        "/council/gdpr/privacy-notices",
        "/council/gdpr/privacy-notices/closed-circuit-television",
        "/council/gdpr/privacy-notices/closed-circuit-television/closed-circuit-television-cctv.aspx",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]
    assert d["5.1"]["criteria"]["dpia"] and d["5.3"]["status"] == "met"
    assert a["oracle_fetches"] == 6


def test_bilingual_welsh_site(web: Heldback80Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    home = _html(web, host, "/")
    assert "Croeso i Gyngor Sir Fynwy" in home and f"http://{host}/cy" in _links(web, host, "/")
    cy = "/cy/strydoedd-a-ffyrdd/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_page_that_never_writes_cctv(web: Heldback80Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    pg = "/info/20093/community_safety/1247/park_and_car_park_cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pg}"]


def test_draft_word_agreement_and_spoc_on_page(web: Heldback80Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "surveillance@rugby.example.gov.uk"


def test_service_level_agreement_with_another_council_is_not_a_police_agreement(
    web: Heldback80Web, truth: dict
) -> None:
    host = "www.worcester.gov.uk"
    assert "service level agreement" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.1"]["criteria"]["operator"] and d["5.3"]["status"] == "partial"


def test_hosted_guidance_is_not_an_agreement(web: Heldback80Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    text = _text(web, host, "/uploads/community-safety/essex-public-space-cctv-sla-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    assert "<main" not in _html(web, host, "/community-safety")


def test_third_party_certification_claim_in_news(web: Heldback80Web, truth: dict) -> None:
    host = "www.milton-keynes.gov.uk"
    text = _main(web, host, "/news/thames-valley-cctv-partnership-goes-live")
    assert "Police and Crime Commissioner said" in text and "full certification" in text
    assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_job_advert_and_news_read_like_information(web: Heldback80Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    assert "Recordings are kept for 31 days" in _main(web, host, "/news/2024/03/21/upgraded_cameras_bring_results")
    assert "control room" in _main(web, host, "/jobs/cctv_operator")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert not any("/news/" in u or "/jobs/" in u for u in d51["pages"])


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.castlepoint.gov.uk", "www.southribble.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host in ("www.nwleics.gov.uk", "www.reigate-banstead.gov.uk", "www.rossendale.gov.uk"):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback80Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.milton-keynes.gov.uk", "www.castlepoint.gov.uk", "www.southribble.gov.uk"},
    )
