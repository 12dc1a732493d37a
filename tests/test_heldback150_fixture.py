"""The hundred-and-fiftieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and each site's structures are really served (a PSS section whose sub-pages repeat one introduction with the police
agreement mentioned on one of them; a commercial monitoring page holding the step 2 sentence and a mark whose alt text
gives the expiry, with the privacy notice at a vanity address; camera counts by town on a linked page, step 1 only in
an annual report PDF and a signed ISA in an agreements list; a Welsh-first splash over /ENG and /CYM twins with a WASPI
mention in a code PDF; a signed MoU served without extension beside the self-assessment tool; an annual report served
without extension and a councils' partnership agreement; a lapsed step 2 and a draft Word protocol without extension;
a privacy notice table with the SPOC; a trading company's control room and a signed ISA in a documents table; a
consultation results page with the SPOC; one-fact councils on a park page and a town centre page; and councils that
publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback150.truth import TRUTH_PATH
from fixtures.heldback150.web import Heldback150Web


@pytest.fixture(scope="module")
def web() -> Heldback150Web:
    return Heldback150Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils_of_the_brief_mix(web: Heldback150Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 150)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_pss_sub_pages_repeat_one_intro_and_police_mention_on_one(web: Heldback150Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    pss = "/streets-roads-transport/public-space-surveillance-pss-cctv-lambeth"
    site = web.sites[host]
    subs = site.pages[(host, pss)].children
    assert len(subs) == 6
    intro = "Public Space Surveillance (PSS) is the name we use"
    assert all(intro in _main(web, host, sub) for sub in subs)
    with_met = [k[1] for k, pg in site.pages.items() if "Metropolitan Police Service" in pg.body]
    assert with_met == [f"{pss}/police-requests"]
    d = _d(truth, host)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["spoc"]["email"].startswith("pss@")
    assert "Data Protection Act 1998" in _main(web, host, f"{pss}/civil-claims-third-party-requests")
    assert not any("foi-disclosure-log" in u for u in d["5.1"]["pages"])


def test_commercial_page_holds_step_2_and_mark_privacy_notice_at_vanity_address(
    web: Heldback150Web, truth: dict
) -> None:
    host = "www.coventry.gov.uk"
    esu = "/business/emergency-services-unit"
    html = _html(web, host, esu)
    assert 'alt="Surveillance Camera Code compliant - certified until June 2026"' in html
    assert "Remote CCTV monitoring of your premises" in _main(web, host, esu)
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2021-07"
    pn = f"http://{host}/esuprivacynotice"
    part11 = f"http://{host}/freedom-information-environmental-information-regulations/coventry-city-council-privacy-notice/11"
    assert _linking(web, host, pn) == {f"http://{host}{esu}", part11}
    assert "service agreement" in _main(web, host, esu) and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]
    assert "edemocracy.coventry.gov.uk" in web.sites[host].hosts()
    assert not any("edemocracy" in e["url"] for k in d for e in d[k]["evidence"])


def test_locations_table_step_1_only_in_report_and_isa_in_agreements_list(web: Heldback150Web, truth: dict) -> None:
    host = "www.bathnes.gov.uk"
    locs = f"http://{host}/cctv-camera-locations"
    assert _linking(web, host, locs) == {f"http://{host}/closed-circuit-television-cctv"}
    assert "<caption>Public space cameras by area</caption>" in _html(web, host, "/cctv-camera-locations")
    assert "step one" not in _main(web, host, "/closed-circuit-television-cctv").lower()
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert all(e["url"].endswith(".pdf") for e in d["5.2"]["evidence"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Avon and Somerset"
    isas = f"http://{host}/your-council/data-protection/information-sharing-agreements"
    assert _linking(web, host, doc["url"]) == {isas}
    assert "Department for Work and Pensions" in _main(web, host, urlsplit(isas).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert "Clean Air Zone" in _main(web, host, "/transport-and-streets/bath-clean-air-zone")


def test_welsh_first_splash_twins_and_waspi_mention(web: Heldback150Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    links = _links(web, host, "/")
    cy, en = f"http://{host}/CYM/Hafan/Pages/default.aspx", f"http://{host}/ENG/Home/Pages/default.aspx"
    assert cy in links and en in links and links.index(cy) < links.index(en)
    d = _d(truth, host)
    twin = "/CYM/Eich-Cyngor/Diogelwch-data-a-Rhyddid-Gwybodaeth/tcc/Pages/default.aspx"
    assert f"http://{host}{twin}" in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, twin)
    code = "/ENG/Your-Council/Data-protection-and-FOI/cctv/Documents/CCTV-Policy-and-Code-of-Practice.pdf"
    assert "WASPI" in _text(web, host, code)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    pn = "/ENG/Home/New_Disclaimer/service-specific-privacy-notices/cctv/Pages/default.aspx"
    assert "Vale of Glamorgan Council" in _main(web, host, pn)
    assert not web.sites[host].az


def test_signed_mou_without_extension_beside_self_assessment(web: Heldback150Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/cctv-documents"}
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met"


def test_one_fact_councils(web: Heldback150Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.maldon.gov.uk", "cameras", "/leisure/parks/promenade-park"),
        ("www.wyreforestdc.gov.uk", "operator", "/business/town-centres/kidderminster.php"),
    ):
        d51 = _d(truth, host)["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert web.sites[host].search is None, host
    assert not web.sites["www.maldon.gov.uk"].az
    assert '<main id="main">' not in _html(web, "www.wyreforestdc.gov.uk", "/")


def test_annual_report_without_extension_and_councils_agreement(web: Heldback150Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    d = _d(truth, host)
    report = f"http://{host}/downloads/file/1622/cctv-annual-report"
    assert _no_extension(report) and report in d["5.1"]["pages"]
    assert "158 known arrests" in _text(web, host, urlsplit(report).path)
    assert "partnership agreement" in _main(web, host, "/council/use-cctv") and d["5.5"]["status"] == "not_met"
    assert "passive only operation" in _main(web, "democracy.tmbc.gov.uk", "/mgAi.aspx?ID=25945")
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_lapsed_step_2_and_draft_word_protocol_without_extension(web: Heldback150Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, "/info/21012/crime_and_community_safety/1504/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_privacy_notice_table_with_spoc(web: Heldback150Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    pn = "/data-protection/privacy-notices/cctv-privacy-notice"
    assert "<caption>Our camera systems</caption>" in _html(web, host, pn)
    d = _d(truth, host)
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {pn}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_trading_company_room_and_signed_isa_in_documents_table(web: Heldback150Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/"}
    assert '<table class="documents">' in _html(web, host, "/community-safety/cctv/")
    main = _main(web, host, "/community-safety/cctv/")
    assert "Tendring District Council" in main and "ISO 9001" in main
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_consultation_results_page_and_spoc(web: Heldback150Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    d = _d(truth, host)
    review = f"http://{host}/crime-safety-emergencies/cctv-review"
    assert review in d["5.1"]["pages"] and "192 (48.5%)" in _main(web, host, urlsplit(review).path)
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "democracy.molevalley.gov.uk" in web.sites[host].hosts()


def test_robots_forbid_search_on_three(truth: dict) -> None:
    hosts = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]}
    assert hosts == {"www.suffolk.gov.uk", "www.southnorfolkandbroadland.gov.uk", "tewkesbury.gov.uk"}


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback150Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.suffolk.gov.uk", "www.southnorfolkandbroadland.gov.uk", "tewkesbury.gov.uk"}
    )
    assert "committeeminutes.suffolk.gov.uk" in web.sites["www.suffolk.gov.uk"].hosts()
    assert "not operate public space CCTV" in _main(web, "www.suffolk.gov.uk", "/foi/disclosure-log/foi-2024-1187")
    assert "Tewkesbury Town Council owns the cameras" in _html(
        web, "tewkesbury.gov.uk", "/community/town-and-parish-councils"
    )
