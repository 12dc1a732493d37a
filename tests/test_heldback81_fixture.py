"""The eighty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 65 to 86; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement filed only in a data sharing
register and served without extension; another only as a Cabinet appendix on a democracy host; another as a signed
certificate of agreement in a Word code of practice; a SPOC only inside a PDF; a mark with empty alt text beside a
step 1 sentence; a step 2 claim only in a badge's alt text; a control-room telephone as the only contact; a
bilingual Welsh site with /cy twins; a CCTV page five clicks deep on a site without search, sitemap or A to Z;
sub-pages that never repeat the council's name; a page that never writes 'CCTV'; a draft unsigned Word agreement; a
service level agreement with a parish council and none with the police; hosted guidance about agreements; a third
party's certification claim in news; a job advert and news that read like information; FOI answers; parking and bus
lane cameras; robots.txt forbidding the search; one-fact councils whose fact sits on a housing or car park page; and
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
from fixtures.heldback81.truth import TRUTH_PATH
from fixtures.heldback81.web import Heldback81Web


@pytest.fixture(scope="module")
def web() -> Heldback81Web:
    return Heldback81Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_65_to_86(web: Heldback81Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(65, 87) if k != 81 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 65-86 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "City corporation": 1,
            "Non-metropolitan district": 9,
        }
    )
    assert register["E09000001"]["police_force"] == "London, City of"


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=7)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback81Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/transparency/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_cctv_subpages_never_repeat_the_councils_name(web: Heldback81Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    idx = "/crime/cctv"
    assert "Hammersmith" in _main(web, host, idx)
    subs = web.sites[host].pages[(host, idx)].children
    assert len(subs) == 4
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    for sub in subs:
        text = _main(web, host, sub)
        assert "Hammersmith" not in text and "Fulham" not in text and "H&F" not in text, sub
        assert f"http://{host}{sub}" in d51["pages"], sub


def test_step_2_only_in_badge_alt_and_phone_only_contact(web: Heldback81Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    pg = "/article/2838/CCTV_surveillance"
    main = _main(web, host, pg)
    assert "step 2" not in main.lower() and "certification" not in main.lower()
    assert 'alt="Surveillance Camera Code Compliant - step 2 full certification awarded 2019"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_empty_alt_mark_beside_step_1_sentence(web: Heldback81Web, truth: dict) -> None:
    host = "www.dorsetcouncil.gov.uk"
    pg = "/community-and-living/community-safety/cctv-in-dorset"
    html = _html(web, host, pg)
    assert '<img src="/images/scc-certification-mark.png" alt=""><p>In October 2020' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2020-10"
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_bilingual_welsh_site_with_twins(web: Heldback81Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    en = "/council-and-democracy/data-protection/cctv-and-surveillance-cameras"
    cy = "/cy/cyngor-a-democratiaeth/diogelu-data/teledu-cylch-cyfyng-a-chamerau-gwyliadwriaeth"
    assert f"http://{host}/cy" in _links(web, host, "/")
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv@carmarthenshire.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_cctv_page_five_clicks_deep_without_search(web: Heldback81Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/community",
        "/community/safety",
        "/community/safety/crime",
        "/community/safety/crime/reducing-crime",
        "/community/safety/crime/reducing-crime/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "<main" not in _html(web, host, chain[-1])
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert a["oracle_fetches"] == 8  # the chain plus the code and the evaluation PDFs


def test_page_that_never_writes_cctv_is_a_housing_page(web: Heldback81Web, truth: dict) -> None:
    host = "www.cityoflondon.gov.uk"
    pg = "/services/housing-estates/safety-and-security-on-our-estates"
    assert "cctv" not in _main(web, host, pg).lower()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pg}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_draft_word_agreement_and_sro_on_page(web: Heldback81Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] == "0116 000 2290"


def test_spoc_only_in_pdf_and_parish_sla_is_not_a_police_agreement(web: Heldback81Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    main = _main(web, host, "/cctv")
    assert "single point of contact" not in main and "service level agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2024-05/CCTV_Code_of_Practice_2024.pdf"
    }
    sla = _text(web, host, "/sites/default/files/2023-09/ingatestone-cctv-service-level-agreement.pdf")
    assert "Parish Council" in sla and "Police" not in sla
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert "FOI 14218" in _html(web, host, "/foi/14218")


def test_certificate_of_agreement_in_word_code(web: Heldback81Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Kent"
    assert doc["url"].endswith(".docx")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Kent Police" in text


def test_agreement_only_in_cabinet_papers(web: Heldback81Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    dem = "democracy.newcastle-staffs.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Staffordshire"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=20871"}
    assert f"http://{dem}/mgAi.aspx?ID=20871" in _links(web, dem, "/ieListDocuments.aspx?CId=118&MId=3412")
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    sla = _text(web, dem, "/documents/s41229/Appendix_A_CCTV_Monitoring_SLA.pdf")
    assert "Stoke-on-Trent City Council" in sla and "Police" not in sla


def test_hosted_guidance_and_third_party_certification_in_news(web: Heldback81Web, truth: dict) -> None:
    host = "www.oxfordshire.gov.uk"
    guide = _text(web, host, "/sites/default/files/file/community-safety/cctv-information-sharing-guidance.pdf")
    assert "not itself an agreement" in guide
    news = _main(web, host, "/news/2025/thames-valley-cctv-hub-opens")
    assert "Police and Crime Commissioner said" in news and "full certification" in news
    assert "FOI" in _main(web, host, "/council/freedom-of-information/disclosure-log/foi-2024-1187")
    assert "penalty charge notice" in _main(web, host, "/roads-and-transport/bus-lane-cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_job_advert_and_news_read_like_information(web: Heldback81Web, truth: dict) -> None:
    host = "www.southderbyshire.gov.uk"
    assert "Footage is held for 31 days" in _main(web, host, "/our-council/jobs/community-safety-officer-cctv")
    assert "Eleven new cameras" in _main(web, host, "/news/new-cameras-for-swadlincote")
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.oxfordshire.gov.uk", "www.adur-worthing.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (("www.cityoflondon.gov.uk", "retention"), ("www.newcastle-staffs.gov.uk", "operator")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback81Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.oxfordshire.gov.uk", "www.adur-worthing.gov.uk", "www.southderbyshire.gov.uk"},
    )
