"""The seventy-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 53 to 72; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a Welsh-first site with a Welsh CCTV twin; a
signed agreement listed only in a data sharing register and served without extension; sub-pages of a CCTV section
that never name the council; a page about cameras that never writes 'CCTV'; a signed agreement only as an appendix
in scrutiny papers on a democracy host; agreements mentioned only in a Cabinet report and in committee minutes; a
CCTV page five clicks deep on a site without search, sitemap or A to Z whose SPOC is only inside the code of
practice PDF; a mark with empty alt text beside a step 2 sentence; a control-room telephone as the only contact; a
step 1 sentence; a signed SLA only on a policies and strategies page; a shared service agreement that is not a
police agreement; a step 2 claim only in alt text; a code of practice served without extension; a draft Word
agreement and hosted guidance about agreements; robots.txt forbidding the search; a supplier's claim about the
council; news and a volunteer advert that read like information; and councils that publish nothing but carry
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
from fixtures.heldback71.truth import TRUTH_PATH
from fixtures.heldback71.web import Heldback71Web


@pytest.fixture(scope="module")
def web() -> Heldback71Web:
    return Heldback71Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_53_to_72(web: Heldback71Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = set(set_names())
    others = [k for k in range(53, 73) if k != 71 and f"heldback{k}" in on_disk]
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
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_welsh_first_site_with_welsh_cctv_twin(web: Heldback71Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    twin = _html(web, host, "/diogelwch-cymunedol/teledu-cylch-cyfyng")
    assert '<html lang="cy">' in twin and "teledu cylch cyfyng" in twin
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/en/community-safety/cctv"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-11" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_in_data_sharing_register_without_extension(web: Heldback71Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_cctv_sub_pages_never_name_the_council(web: Heldback71Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    pg = "/community-safety/cctv"
    for sub in ("requesting-footage", "how-the-cameras-are-managed"):
        assert f"http://{host}{pg}/{sub}" in _links(web, host, pg)
        assert "sutton" not in _main(web, host, f"{pg}/{sub}").lower(), sub
    pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert f"http://{host}{pg}/requesting-footage" in pages
    host = "www.tamworth.gov.uk"
    faqs = "/community-safety/cctv/cctv-faqs"
    assert "tamworth" not in _main(web, host, faqs).lower()
    assert '<details class="accordion-item"' in _html(web, host, faqs)


def test_page_that_never_writes_cctv_and_agreement_in_scrutiny_papers(web: Heldback71Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    dem = "democracy.leeds.gov.uk"
    pg = "/saferleeds/leedswatch-security-service"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "partial" and "cctv" not in d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=81234"}
    assert f"http://{dem}/ieListDocuments.aspx?CId=1102&MId=12877" in _links(
        web, dem, "/mgCommitteeDetails.aspx?ID=1102"
    )
    assert "Signed on behalf of West Yorkshire Police" in _text(web, dem, urlsplit(doc["url"]).path)


def test_agreements_mentioned_only_in_committee_papers(truth: dict) -> None:
    for host, dem in (
        ("www.telford.gov.uk", "democracy.telford.gov.uk"),
        ("www.epsom-ewell.gov.uk", "democracy.epsom-ewell.gov.uk"),
    ):
        d = _auth(truth, host)["deliverables"]
        assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"], host
        assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == [dem], host
        assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"]), host
        assert d["5.1"]["status"] == "partial" and not d["5.1"]["criteria"]["police_agreement"], host


def test_deep_page_without_search_and_spoc_only_in_pdf(web: Heldback71Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-safety",
        "/residents/community-safety/crime-prevention",
        "/residents/community-safety/crime-prevention/cameras-and-lighting",
        "/residents/community-safety/crime-prevention/cameras-and-lighting/public-space-cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    assert "single point of contact" not in _main(web, host, chain[-1])
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/4410/cctv-code-of-practice.pdf"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["oracle_fetches"] == 8


def test_empty_alt_mark_and_control_room_telephone_only(web: Heldback71Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    pg = "/community-and-safety/cctv"
    assert '<img src="/images/scc-certified-exeter.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]


def test_step_1_sentence_and_sla_on_policies_page(web: Heldback71Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    pg = "/community-safety/cctv"
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-10" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/policies-and-strategies"}


def test_shared_service_agreement_is_not_a_police_agreement(web: Heldback71Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    assert "shared service agreement" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_alt_text_claim_code_without_extension_draft_and_guidance(web: Heldback71Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    pg = "/community-safety/town-centre-cctv"
    page = _html(web, host, pg)
    assert "<main" not in page and 'alt="Surveillance Camera Code of Practice: certified, step 2' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] is None and d["5.2"]["mark_displayed"]
    code = "/downloads/download/312/cctv-code-of-practice"
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/working-with-the-police"}
    text = _text(web, host, "/downloads/file/1190/what-a-local-cctv-agreement-should-cover")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.tamworth.gov.uk", "www.epsom-ewell.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_third_party_claim_and_information_like_decoys(web: Heldback71Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    text = _text(web, host, "/assets/attach/8812/connected-cameras-case-study.pdf")
    assert "Prepared by the network supplier" in text and "twelve guiding principles" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and not d["5.1"]["criteria"]["code_compliance"]
    host = "www.telford.gov.uk"
    assert "31 days" in _main(web, host, "/jobs/volunteer-cctv-monitoring-operator")
    assert "700 cameras" in _main(web, host, "/news/mobile-camera-unit-starts-borough-tour")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert not any("/jobs/" in u or "/news/" in u for u in d51["pages"])


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback71Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.norfolk.gov.uk", "www.uttlesford.gov.uk", "thanet.gov.uk"},
    )
