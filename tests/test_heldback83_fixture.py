"""The eighty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 68 to 86 (other than this one); the labelling rules
hold with the intended tallies; and the structures the set is built from are really there (a signed agreement only in
a data sharing register and served without extension; another only as a Cabinet appendix on a democracy host;
another as a protocol appendix in a code of practice PDF, which also holds the only SPOC; a mark with empty alt text
beside a step 2 sentence; a step 2 claim only in a badge's alt text; a step 1 sentence with no mark; a control-room
telephone as the only contact; a bilingual Welsh site with a /cy twin; a CCTV page five clicks deep on a site without
search, sitemap or A to Z; sub-pages that never repeat the council's name; a page that never writes 'CCTV'; a draft
unsigned Word agreement; a service level agreement with another council that is no police agreement; hosted guidance
about agreements; a third party's certification claim in news; a job advert and news that read like information;
FOI answers; parish and town councils' cameras; bus lane and moving traffic cameras; robots.txt forbidding the
search; one-fact councils on a housing page and a car parks page; and councils that publish nothing but carry
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
from fixtures.heldback83.truth import TRUTH_PATH
from fixtures.heldback83.web import Heldback83Web


@pytest.fixture(scope="module")
def web() -> Heldback83Web:
    return Heldback83Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _main_html(web: Heldback83Web, host: str, path: str) -> str:
    return _html(web, host, path).split('<main id="main">', 1)[1].split("</main>", 1)[0]


def test_real_councils_none_from_sets_68_to_86(web: Heldback83Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(68, 87) if k != 83 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 68-86 may be reused"
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
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback83Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    reg = f"http://{host}/about-the-council/data-protection/data-sharing-register"
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-10:]
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@camden.example.gov.uk"
    assert "penalty charge notice" in _main(web, host, "/parking/camera-enforcement")


def test_step_2_only_in_badge_alt_and_control_room_phone_only(web: Heldback83Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    pg = "/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    assert "step 2" not in _main(web, host, pg).lower()
    assert 'alt="Surveillance Camera Commissioner certification mark: step 2 full certification' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _main_html(web, host, pg)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_empty_alt_mark_spoc_and_protocol_only_in_code_pdf(web: Heldback83Web, truth: dict) -> None:
    host = "www.peterborough.gov.uk"
    pg = "/residents/community-safety/cctv"
    assert '<img src="/images/sc-code-compliant.png" alt="">' in _html(web, host, pg)
    assert "full (step 2) certification" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "single point of contact" not in _main(web, host, pg)
    assert d["5.3"]["status"] == "met"
    code = "/upload/www.peterborough.gov.uk/residents/community-safety/PCC-CCTV-Code-of-Practice-2024.pdf"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire" and urlsplit(doc["url"]).path == code
    text = _text(web, host, code)
    assert "Appendix D. Protocol for the release" in text and "on behalf of Cambridgeshire Constabulary" in text


def test_subpages_never_repeat_the_name_and_bus_lane_cameras(web: Heldback83Web, truth: dict) -> None:
    host = "www.gloucestershire.gov.uk"
    idx = "/council-and-democracy/access-to-information-and-data-protection/closed-circuit-television-cctv-and-surveillance"
    subs = web.sites[host].pages[(host, idx)].children
    assert len(subs) == 5
    d = _auth(truth, host)["deliverables"]
    for sub in subs:
        assert "Gloucestershire" not in _main(web, host, sub), sub
        assert f"http://{host}{sub}" in d["5.1"]["pages"], sub
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "penalty charge notice" in _main(web, host, "/highways/bus-lane-enforcement")
    assert not any("/highways/" in u for u in d["5.1"]["pages"])


def test_bilingual_welsh_site_and_sla_with_another_council(web: Heldback83Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    assert f"http://{host}/cy" in _links(web, host, "/")
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "service level agreement with that council" in _main(web, host, "/community-safety/cctv")
    sla = _text(web, host, "/sites/default/files/docs/community-safety/cctv-monitoring-sla-summary.pdf")
    assert "Cheshire West and Chester Council" in sla and "Police" not in sla
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_draft_word_agreement_on_policies_page(web: Heldback83Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/policies-and-strategies"}
    assert "belong to Hertfordshire Constabulary" in _main(
        web, host, "/resident-community-and-living/closed-circuit-television-cctv"
    )


def test_cctv_page_five_clicks_deep_without_search(web: Heldback83Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert "<main" not in _html(web, host, "/")
    chain = [
        "/",
        "/residents",
        "/residents/community",
        "/residents/community/community-safety",
        "/residents/community/community-safety/crime-prevention",
        "/residents/community/community-safety/crime-prevention/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, chain[-1])
    assert d["5.3"]["status"] == "met" and a["oracle_fetches"] == 6


def test_signed_agreement_only_in_cabinet_papers(web: Heldback83Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    dem = "democracy.ashfield.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Nottinghamshire"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=7719"}
    assert f"http://{dem}/mgAi.aspx?ID=7719" in _links(web, dem, "/ieListDocuments.aspx?CId=189&MId=4102")
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"] and not d["5.1"]["criteria"]["statistics"]
    assert "Nottinghamshire Police" not in _main(web, host, "/community-safety/cctv")


def test_hosted_guidance_is_not_an_agreement(web: Heldback83Web, truth: dict) -> None:
    host = "www.maldon.gov.uk"
    url = "/downloads/file/1450/essex_public_space_cctv_-_police_sla_guidance"
    text = _text(web, host, url)
    assert "service level agreement" in text and "not itself an agreement" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_page_that_never_writes_cctv_and_third_party_certification_in_news(web: Heldback83Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    pg = "/parking/car-parks/staying-safe-in-our-car-parks"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    news = _main(web, host, "/news/petersfield-cameras-upgraded")
    assert "Town Council" in news and "full certification" in news
    assert d["5.2"]["status"] == "not_met"


def test_job_advert_and_news_read_like_information(web: Heldback83Web, truth: dict) -> None:
    host = "www.ne-derbyshire.gov.uk"
    assert "keeping recordings for 28 days" in _main(web, host, "/jobs/careline-and-cctv-operator")
    assert "Four cameras" in _main(web, host, "/news/2024/new-cameras-at-dronfield-civic-centre")
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_foi_answers_and_parish_cameras_do_not_count(web: Heldback83Web, truth: dict) -> None:
    text = _main(web, "www.scambs.gov.uk", "/freedom-of-information/disclosure-log/foi-4412-public-space-cctv")
    assert "does not own or operate public space CCTV" in text
    assert "Seaford Town Council" in _main(web, "www.lewes-eastbourne.gov.uk", "/community/town-and-parish-councils")
    host = "www.midsuffolk.gov.uk"
    foi = "/freedom-of-information/disclosure-log/foi-2023-0912-cctv-costs"
    assert "11 cameras" in _main(web, host, foi)
    d = _auth(truth, host)["deliverables"]
    assert not any("/freedom-of-information/" in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.gloucestershire.gov.uk", "www.ne-derbyshire.gov.uk", "www.maldon.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.nuneatonandbedworth.gov.uk", "cameras", "/info/21009/council_housing/301/high_rise_flats"),
        ("www.easthants.gov.uk", "retention", "/parking/car-parks/staying-safe-in-our-car-parks"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback83Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.scambs.gov.uk", "www.lewes-eastbourne.gov.uk", "www.ne-derbyshire.gov.uk"},
    )
