"""The sixty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 53 to 72 (but this one); the labelling rules hold
with the intended tallies; and the structures the set is built from are really there (a signed agreement only in
a data sharing register and served without extension, another only in Cabinet papers on a democracy host, another
only on a partnerships page; a certification mark with empty alt text beside a step 2 sentence and a SPOC only
inside the code of practice PDF; a step 2 claim only in a mark's alt text; a step 1 sentence with no mark; a
Welsh-first site; a control-room telephone as the only contact; a page that never writes 'CCTV'; a CCTV section
whose sub-pages never repeat the council's name; a CCTV page four clicks deep on a site without search with its
code of practice served without extension; a draft unsigned Word agreement; hosted guidance about agreements;
third parties' claims; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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
from fixtures.heldback69.truth import TRUTH_PATH
from fixtures.heldback69.web import Heldback69Web


@pytest.fixture(scope="module")
def web() -> Heldback69Web:
    return Heldback69Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_neighbouring_sets(web: Heldback69Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = {set_number(n) for n in set_names()}
    others = [k for k in range(53, 73) if k != 69 and k in on_disk]
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


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback69Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]


def test_control_room_telephone_only_contact(web: Heldback69Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    body = _html(web, host, "/community-safety/cctv-sandwell").split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "mailto:" not in body and "<img" not in body
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_empty_alt_mark_and_spoc_only_in_pdf(web: Heldback69Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    pg = "/info/200063/crime_prevention_and_community_safety/1085/cctv"
    assert '<img src="/images/sc-certified.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "single point of contact" not in _main(web, host, pg)
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/downloads/file/1412/cctv_code_of_practice_2024.pdf"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_agreement_only_in_cabinet_papers(web: Heldback69Web, truth: dict) -> None:
    host, dem = "www.medway.gov.uk", "democracy.medway.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Kent"
    assert urlsplit(doc["url"]).hostname == dem
    chain = [
        f"http://{host}/council-and-democracy",
        f"http://{dem}/mgListCommittees.aspx",
        f"http://{dem}/mgCommitteeDetails.aspx?ID=115",
        f"http://{dem}/ieListDocuments.aspx?CId=115&MId=6412",
        f"http://{dem}/mgAi.aspx?ID=38817",
        doc["url"],
    ]
    for parent, child in zip(chain, chain[1:]):
        p = urlsplit(parent)
        assert child in _links(web, p.hostname, p.path + (f"?{p.query}" if p.query else "")), child
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=38817"}
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    pg = "/info/200150/community_safety/384/cctv"
    assert 'alt="Surveillance Camera Code of Practice: full certification, step 2"' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]


def test_agreement_only_on_partnerships_page_and_section_without_name(web: Heldback69Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/partnerships"}
    sec = "/communities-and-health/closed-circuit-television-cctv"
    subs = web.sites[host].pages[(host, sec)].children
    assert len(subs) == 4
    for sub in subs:
        assert "Ipswich" not in _main(web, host, sub), sub
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, f"{sec}/the-surveillance-camera-code")
    assert d["5.3"]["status"] == "met"


def test_welsh_first_site(web: Heldback69Web, truth: dict) -> None:
    host = "www.ceredigion.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    cy = "/cymuned/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy) and "pwynt cyswllt unigol" in _main(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_page_that_never_writes_cctv(web: Heldback69Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    pg = "/living-here/safer-communities/public-space-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_cctv_page_four_clicks_deep_without_search(web: Heldback69Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/community/index.cfm",
        "/community/crime_and_safety/index.cfm",
        "/community/crime_and_safety/community_safety_partnership.cfm",
        "/community/crime_and_safety/cctv.cfm",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    code = f"http://{host}/documents/cctv-code-of-practice"
    r = _render(web, code)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _auth(truth, host)["oracle_fetches"] == 6
    assert "31 days" in _main(web, host, "/jobs/cctv_operator.cfm")


def test_draft_word_agreement(web: Heldback69Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/safer-colchester-partnership"}
    assert d["5.1"]["pages"][0] == f"http://{host}/privacy-policy/surveillance-privacy-notice"
    assert d["5.3"]["status"] == "not_met"


def test_hosted_guidance_is_not_an_agreement(web: Heldback69Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/sites/default/files/2024-02/sussex-cctv-sla-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_third_party_claims_give_nothing(web: Heldback69Web, truth: dict) -> None:
    swale = _auth(truth, "www.swale.gov.uk")["deliverables"]
    text = _text(web, "www.swale.gov.uk", "/assets/tenders/cctv-upgrade-supplier-case-study.pdf")
    assert "full certification" in text and swale["5.2"]["status"] == "not_met"
    assert "Stroud District Council's camera network" in _main(web, "www.stroud.gov.uk", "/business/approved-suppliers")


def test_paged_code_of_practice(web: Heldback69Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    cop = "/info/20328/cctv/3992/cctv_code_of_practice"
    assert f"http://{host}{cop}/4" in _links(web, host, cop)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cop}/4" in d["5.1"]["pages"] and d["5.1"]["criteria"]["responsible_officer"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.westsussex.gov.uk", "tewkesbury.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("tewkesbury.gov.uk", "operator"),
        ("www.swale.gov.uk", "operator"),
        ("crawley.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback69Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westsussex.gov.uk", "www.torridge.gov.uk", "www.stroud.gov.uk"})
