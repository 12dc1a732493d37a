"""The seventy-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 63 to 80 (other than this one, as far as they exist);
the type counts; the labelling rules hold with the intended tallies; and the structures the set is built from are
really there (a signed agreement only in a data sharing register and served without extension, another only on a
policies and strategies page, another only as an appendix to joint committee papers on a democracy host; a camera
page five clicks deep on a site without search, sitemap or A to Z; a certification mark with empty alt text beside
a step 2 sentence, and another mark with alt text; a SPOC only inside a code of practice served without extension;
a control-room telephone as the only contact; a page about cameras that never writes 'CCTV'; a CCTV section whose
sub-pages never repeat the council's name; the policy document itself; a Welsh-first site; a job advert and news
that read like a disclosure; hosted guidance about agreements; a supplier's case study; an agreement between
councils that is not a police agreement; a draft unsigned Word agreement; robots.txt forbidding the search; and
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

from benchmarks.heldback_sets import set_names
from fixtures.heldback77.sites_b import EL_CHAIN
from fixtures.heldback77.truth import TRUTH_PATH
from fixtures.heldback77.web import Heldback77Web


@pytest.fixture(scope="module")
def web() -> Heldback77Web:
    return Heldback77Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_neighbouring_sets(web: Heldback77Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = set(set_names())
    others = [k for k in range(63, 81) if k != 77 and f"heldback{k}" in on_disk]
    assert not mine & codes_of_sets(others), "no council of the neighbouring sets may be reused"
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
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback77Web, truth: dict) -> None:
    host = "www.southampton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-democracy/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert (
        "filename=" in (r.header("Content-Disposition") or "")
        and "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[1]
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("citywatch@")


def test_agreement_only_on_policies_and_strategies_page_with_mark_and_spoc(web: Heldback77Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Surrey"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}
    assert 'alt="Surveillance Camera Commissioner certificate of compliance - full certification"' in _html(
        web, host, "/community-safety/safer-runnymede"
    )
    assert d["5.2"] == {**d["5.2"], "status": "met", "level": "step2", "awarded": "2017", "mark_displayed": True}
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]


def test_signed_agreement_only_in_joint_committee_papers(web: Heldback77Web, truth: dict) -> None:
    host, dem = "www.eastherts.gov.uk", "democracy.eastherts.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Hertfordshire"
    assert urlsplit(doc["url"]).hostname == dem
    item = f"http://{dem}/mgAi.aspx?ID=52218"
    assert _linking(web, host, doc["url"]) == {item}
    assert _linking(web, host, item) == {f"http://{dem}/ieListDocuments.aspx?MId=4170"}
    assert "Signed on behalf of Hertfordshire Constabulary" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]


def test_camera_page_five_clicks_deep_without_search(web: Heldback77Web, truth: dict) -> None:
    host = "www.e-lindsey.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    for parent, child in zip(EL_CHAIN, EL_CHAIN[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{EL_CHAIN[-1]}"]
    assert a["oracle_fetches"] == 6
    assert '<main id="main">' not in _html(web, host, EL_CHAIN[-1])
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_empty_alt_mark_and_page_that_never_writes_cctv(web: Heldback77Web, truth: dict) -> None:
    host = "www.sunderland.gov.uk"
    pg = "/community-and-living/community-safety/public-space-cameras"
    assert '<img src="/images/scc-mark.png" alt="">' in _html(web, host, pg)
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2019-03"
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]


def test_spoc_only_in_code_served_without_extension(web: Heldback77Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    pg = "/info/20061/community_safety/238/cctv_cameras"
    code = f"http://{host}/downloads/file/1402/cctv_code_of_practice"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [code]
    assert "single point of contact" not in _main(web, host, pg)
    assert _linking(web, host, code) == {f"http://{host}/directory_record/936/cctv_code_of_practice"}
    r = _render(web, code)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.5"]["status"] == "not_met"


def test_section_sub_pages_never_repeat_the_name_and_policy_document(web: Heldback77Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    sec = "/leisure-libraries-and-community/crime-and-community-safety/cctv-service"
    site = web.sites[host]
    subs = site.pages[(host, sec)].children
    assert len(subs) >= 5
    for sub in subs:
        assert "Westminster" not in _main(web, host, sub), sub  # the mailbox domain is lower case
    d = _auth(truth, host)["deliverables"]
    policy = f"http://{host}/media/documents/cctv-policy-2025.pdf"
    assert policy in d["5.1"]["pages"] and "Retention" in _text(web, host, urlsplit(policy).path)
    assert d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert [e["url"] for e in d["5.5"]["evidence"]] == [policy]


def test_welsh_first_site(web: Heldback77Web, truth: dict) -> None:
    host = "www.anglesey.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    assert "teledu cylch cyfyng" in _html(web, host, "/cy/newyddion/camerau-newydd-caergybi")


def test_job_advert_and_news_read_like_information(web: Heldback77Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    job = _main(web, host, "/jobs/cctv-control-room-operator")
    assert "more than 100 cameras" in job and "31 days" in job
    assert "300 arrests" in _main(web, host, "/news/cctv-team-helps-police-to-300-arrests")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}/safety-and-emergencies/community-safety"]


def test_hosted_guidance_and_supplier_case_study_are_not_disclosures(web: Heldback77Web, truth: dict) -> None:
    text = _text(
        web, "www.lincolnshire.gov.uk", "/documents/safer-lincolnshire/cctv-service-level-agreements-guidance.pdf"
    )
    assert "service level agreement" in text and "not itself an agreement" in text
    assert _auth(truth, "www.lincolnshire.gov.uk")["deliverables"]["5.5"]["status"] == "not_met"
    host = "www.stratford.gov.uk"
    case = "/documents/procurement/case-study-stratford-cctv-upgrade.pdf"
    assert "fully compliant with the Surveillance Camera Code" in _text(web, host, case)
    a = _auth(truth, host)
    assert f"http://{host}{case}" not in {e["url"] for d in a["deliverables"].values() for e in d["evidence"]}
    assert a["deliverables"]["5.1"]["status"] == "partial" and a["deliverables"]["5.2"]["status"] == "not_met"


def test_agreement_between_councils_is_not_a_police_agreement(web: Heldback77Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    pg = "/environmental-health/community-safety/cctv-surveillance-systems"
    assert "information processing agreement" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial"


def test_draft_word_agreement_on_partnerships_page(web: Heldback77Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/partnerships"}
    assert "award-winning" in _main(web, host, "/crime-and-community-safety/cctv-control-room")
    assert d["5.2"]["status"] == "not_met"


def test_privacy_notice_is_the_whole_statement_and_robots_forbid_search(truth: dict) -> None:
    d = _auth(truth, "www.testvalley.gov.uk")["deliverables"]
    assert d["5.1"]["status"] == "met" and len(d["5.1"]["pages"]) == 1 and d["5.1"]["criteria"]["dpia"]
    for host in ("www.testvalley.gov.uk", "www.cotswold.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback77Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.anglesey.gov.uk", "www.lincolnshire.gov.uk", "www.cotswold.gov.uk"})
