"""The seventy-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in the other sets 63 to 80 on disk; the labelling rules hold
with the intended tallies; and the structures the set is built from are really there (a signed agreement only in
Cabinet papers on a democracy host, another only in a data sharing register and served without extension, another
only on a policies page, another only on a partnership page of a legacy site without search whose CCTV page is five
clicks deep; a SPOC only inside a code of practice PDF; a step 2 claim only in a mark's alt text and a step 1
sentence beside a mark with empty alt text; a control-room telephone as the only contact; robots.txt forbidding the
search; hosted guidance about agreements; a Welsh-first site; a page that never writes 'CCTV'; CCTV sub-pages that
never repeat the council's name; a draft unsigned Word agreement; third parties' claims; news and a job advert
that read like information; and councils that publish nothing but carry look-alikes).
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
from fixtures.heldback78.truth import TRUTH_PATH
from fixtures.heldback78.web import Heldback78Web


@pytest.fixture(scope="module")
def web() -> Heldback78Web:
    return Heldback78Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_63_to_80(web: Heldback78Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    present = {set_number(n) for n in set_names()}
    others = [k for k in range(63, 81) if k != 78 and k in present]
    assert not mine & codes_of_sets(others), "no council of the other sets 63-80 may be reused"
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
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_chrome_families_vary(web: Heldback78Web) -> None:
    chromes = {s.chrome for s in web.sites.values()}
    assert chromes >= {"drupal", "goss", "jadu", "squiz", "umbraco", "granicus", "wordpress", "legacy"}


def test_signed_agreement_only_in_cabinet_papers(web: Heldback78Web, truth: dict) -> None:
    host, dem = "www.durham.gov.uk", "democracy.durham.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Durham"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=61230"}
    assert f"http://{dem}/mgAi.aspx?ID=61230" in _links(web, dem, "/ieListDocuments.aspx?MId=17012")
    assert doc["url"] not in _links(web, host, "/community-safety/cctv")
    text = _text(web, dem, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Durham Constabulary" in text
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met"


def test_agreement_in_data_sharing_register_without_extension(web: Heldback78Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/about-the-council/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctv@broxtowe.example.gov.uk"


def test_step_1_beside_empty_alt_mark_and_sla_on_policies_page(web: Heldback78Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    page = _html(web, host, "/cctv")
    assert '<img src="/images/scc-certification-mark.png" alt="">' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/policies-plans-and-strategies"}
    code = _text(web, host, "/downloads/file/2210/cctv-code-of-practice-and-subject-access-form.pdf")
    assert "twelve guiding principles" in code
    assert d["5.3"]["status"] == "partial"


def test_cctv_page_five_clicks_deep_without_search(web: Heldback78Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az and site.chrome == "legacy"
    root = "/vale-of-white-horse-district-council/community"
    chain = [
        "/",
        root,
        f"{root}/community-safety",
        f"{root}/community-safety/reducing-crime",
        f"{root}/community-safety/reducing-crime/town-centres",
        f"{root}/community-safety/reducing-crime/town-centres/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "<main" not in _html(web, host, chain[-1])
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    part = f"http://{host}/vale-of-white-horse-district-council/about-us/working-in-partnership"
    assert _linking(web, host, doc["url"]) == {part}
    assert d["5.3"]["status"] == "not_met"
    assert _auth(truth, host)["oracle_fetches"] == 9


def test_spoc_only_inside_code_of_practice(web: Heldback78Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    pg = "/info/10045/community_safety/1214/cctv_in_the_borough"
    code = "/media/1987/rbkc-cctv-code-of-practice-2024.pdf"
    assert "single point of contact" not in _main(web, host, pg)
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Metropolitan Police Service" in _text(web, host, code)


def test_alt_text_claim_and_control_room_telephone_only(web: Heldback78Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    pg = "/crime-and-safety/public-space-cctv"
    assert 'alt="Surveillance Camera Code compliant - step 2 full certification awarded June 2021"' in _html(
        web, host, pg
    )
    main_html = _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "mailto:" not in main_html and "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert d["5.5"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.coventry.gov.uk", "www.nottinghamshire.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_hosted_guidance_is_not_an_agreement(web: Heldback78Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["status"] == "partial"
    text = _text(web, host, "/downloads/download/412/surveillance-camera-agreements-notes-for-councils.pdf")
    assert "service level agreement" in text and "not an agreement" in text


def test_welsh_first_site_with_twin(web: Heldback78Web, truth: dict) -> None:
    host = "www.pembrokeshire.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    twin = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, twin)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_page_that_never_writes_cctv(web: Heldback78Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    pg = "/community-safety/portable-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{pg}"] and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_sub_pages_never_repeat_the_council_name(web: Heldback78Web, truth: dict) -> None:
    cases = {
        "www.west-lindsey.gov.uk": ("/communities-safety/cctv-public-spaces", "West Lindsey"),
        "www.rushmoor.gov.uk": ("/community-parks-and-leisure/community-safety/cctv", "Rushmoor"),
    }
    for host, (pg, name) in cases.items():
        site = web.sites[host]
        subs = site.pages[(host, pg)].children
        assert len(subs) >= 2, host
        assert name in _main(web, host, pg)
        for sub in subs:
            assert name not in _main(web, host, sub), sub
        pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
        assert any(u.startswith(f"http://{host}{pg}/") for u in pages), host


def test_draft_word_agreement(web: Heldback78Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Enterprising Communities Manager"


def test_third_party_claims_are_not_certification(web: Heldback78Web, truth: dict) -> None:
    assert "every national standard" in _main(web, "www.durham.gov.uk", "/news/city-cameras-replaced")
    assert "fully compliant" in _main(web, "www.breckland.gov.uk", "/news/partner-statement-camera-network")
    for host in ("www.durham.gov.uk", "www.breckland.gov.uk"):
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met", host


def test_news_and_job_advert_read_like_information(web: Heldback78Web, truth: dict) -> None:
    host = "www.rochford.gov.uk"
    assert "24 hours a day" in _main(web, host, "/news/new-cctv-rayleigh-high-street")
    assert "31 days" in _main(web, host, "/jobs/community-safety-officer")
    assert "300 roadside" in _main(web, "www.nottinghamshire.gov.uk", "/jobs/network-control-operator")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.winchester.gov.uk", "cameras"),
        ("www.surreyheath.gov.uk", "operator"),
        ("www.breckland.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback78Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.nottinghamshire.gov.uk", "www.southhams.gov.uk", "www.rochford.gov.uk"},
    )
