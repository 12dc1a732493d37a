"""The seventieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 53 to 72 (those on disk); the type counts; the
labelling rules hold with the intended tallies; and the structures the set is built from are really there (a signed
agreement served without extension and linked only from a data sharing register, another only from a policies and
strategies page, another only in joint committee papers on a democracy host; a CCTV page four clicks deep on a site
without search; a mark with empty alt text beside a step 2 sentence; a SPOC only inside the code of practice PDF; a
mark with alt text; a step 1 sentence with no mark; a Welsh-first site; a control-room telephone as the only
contact; a page that never writes 'CCTV' with a draft unsigned Word agreement; a CCTV section whose sub-pages never
name the council; hosted guidance about agreements; robots.txt forbidding the search; a third party's certification
claim; a council-to-council SLA that is not a police agreement; job adverts and news that read like information; and
councils that publish nothing but carry look-alikes).
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
from fixtures.heldback70.truth import TRUTH_PATH
from fixtures.heldback70.web import Heldback70Web


@pytest.fixture(scope="module")
def web() -> Heldback70Web:
    return Heldback70Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_53_to_72(web: Heldback70Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = {set_number(n) for n in set_names()}
    others = [k for k in range(53, 73) if k != 70 and k in on_disk]
    assert not mine & codes_of_sets(others), "no council of sets 53-72 may be reused"
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
    for s in web.sites.values():
        assert s.name == register[s.gss]["name"], s.gss


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback70Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/open_data/data_sharing_register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]


def test_agreement_only_on_policies_page_and_sub_pages_without_council_name(web: Heldback70Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/policies-plans-and-strategies"}
    assert "." not in urlsplit(doc["url"]).path[-6:]
    subs = [u for u in d["5.1"]["pages"] if urlsplit(u).path.startswith("/cctv/")]
    assert len(subs) >= 5
    for u in subs:
        text = _main(web, host, urlsplit(u).path).replace("cctv@wyre.example.gov.uk", "")
        assert "wyre" not in text.lower(), u
    assert "Wyre" in _main(web, host, "/cctv")


def test_signed_agreement_only_in_joint_committee_papers(web: Heldback70Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    dem = "democracy.stevenage.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=61244"}
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, "/community-safety/cctv").split('<main id="main">', 1)[1]


def test_cctv_page_four_clicks_deep_without_search(web: Heldback70Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az and site.chrome == "legacy"
    chain = [
        "/",
        "/more",
        "/more/community-safety",
        "/more/community-safety/crime-reduction",
        "/more/community-safety/crime-reduction/cctv-in-west-lancashire.aspx",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "<main" not in _html(web, host, chain[-1])
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    assert 'alt="Surveillance Camera Commissioner - certified compliant"' in _html(web, host, chain[-1])
    assert _auth(truth, host)["oracle_fetches"] == 7


def test_empty_alt_mark_and_spoc_only_in_code_pdf(web: Heldback70Web, truth: dict) -> None:
    host = "www.shropshire.gov.uk"
    pg = "/community-and-living/community-safety/cctv-in-shrewsbury"
    assert '<img src="/images/sc-code-compliant-2019.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-03"
    assert "single point of contact" not in _main(web, host, pg)
    assert d["5.3"]["status"] == "met"
    (ev,) = d["5.3"]["evidence"]
    assert urlsplit(ev["url"]).path.endswith("code-of-practice.pdf")
    assert "single point of contact" in _text(web, host, urlsplit(ev["url"]).path)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_first_site_with_control_room_telephone_only(web: Heldback70Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, "/en/Community-Safety/CCTV.aspx").split('<main id="main">', 1)[1]
    cy = "/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert "Teledu cylch cyfyng" in _html(web, host, cy) and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_page_that_never_writes_cctv_with_draft_word_agreement(web: Heldback70Web, truth: dict) -> None:
    host = "www.erewash.gov.uk"
    pg = "/community-safety/town-centre-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"][0] == f"http://{host}{pg}"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_self_assessment_tool_without_extension(web: Heldback70Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"]
    r = _render(web, f"http://{host}/downloads/file/1198/cctv_self_assessment_tool")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_third_party_claims_are_not_the_councils(web: Heldback70Web, truth: dict) -> None:
    hart = _auth(truth, "www.hart.gov.uk")["deliverables"]
    assert hart["5.2"]["status"] == "not_met"
    assert "holds full certification" in _main(web, "www.hart.gov.uk", "/news/safer-runnymede-certification")
    tendring = _auth(truth, "www.tendringdc.gov.uk")["deliverables"]
    assert tendring["5.2"]["status"] == "not_met"
    assert "will be certified" in _main(web, "www.tendringdc.gov.uk", "/news/clacton-camera-upgrade-contractor")


def test_hosted_guidance_and_council_sla_are_not_police_agreements(web: Heldback70Web, truth: dict) -> None:
    essex = _auth(truth, "www.essex.gov.uk")
    assert essex["deliverables"]["5.5"]["status"] == "not_met" and essex["heldback"]["robots_forbid_search"]
    text = _text(web, "www.essex.gov.uk", "/sites/default/files/2023-02/safer-essex-cctv-partnership-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    preston = _auth(truth, "www.preston.gov.uk")
    assert preston["deliverables"]["5.5"]["status"] == "not_met"
    report = _text(web, "preston.moderngov.co.uk", "/documents/s21907/CCTV-monitoring-report.pdf")
    assert "Blackburn with Darwen" in report and "Police" not in report


def test_job_advert_and_news_read_like_information(web: Heldback70Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "deleted after 31 days" in _main(web, host, "/jobs/community-safety-cctv-officer")
    assert "Twenty-seven high definition cameras" in _main(web, host, "/news/market-street-cameras")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.solihull.gov.uk", "operator"),
        ("www.wyreforestdc.gov.uk", "operator"),
        ("www.tendringdc.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    solihull = _auth(truth, "www.solihull.gov.uk")
    assert not any("eservices" in u for u in solihull["deliverables"]["5.1"]["pages"])


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback70Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.harlow.gov.uk", "www.preston.gov.uk"})
