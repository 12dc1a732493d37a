"""The eighty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in the other sets of 66 to 86; the labelling rules hold with
the intended tallies; and the structures the set is built from are really served (a signed agreement filed only in
a data sharing register and served without extension; another only as an appendix to committee papers on a
moderngov host; another as an appendix to a code of practice; a CCTV page four clicks deep on a legacy site with
no search, sitemap or A to Z; an empty-alt mark beside a step 2 sentence; a step 2 claim only in a badge's alt
text; a SPOC only inside a PDF; a control-room telephone as the only contact; CCTV sub-pages that never repeat the
council's name; a privacy notice that never writes 'CCTV'; a bilingual site with Welsh twins; monitoring
agreements with other councils and no police agreement; a third party's certification in news; a draft unsigned
Word agreement; hosted guidance about agreements; parish cameras, FOI answers, job adverts, enforcement cameras;
one-fact councils whose fact sits on a car parks or housing page; robots.txt forbidding the search; and councils
that publish nothing but carry look-alikes).
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
    evidence_urls,
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
from fixtures.heldback82.sites_c import WESTOX_CHAIN
from fixtures.heldback82.truth import TRUTH_PATH
from fixtures.heldback82.web import Heldback82Web


@pytest.fixture(scope="module")
def web() -> Heldback82Web:
    return Heldback82Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_the_overlap_range(web: Heldback82Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(66, 87) if k != 82 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 66-86 may be reused"
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
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_only_in_data_sharing_register_without_extension(web: Heldback82Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    register = f"http://{host}/mayor-and-council/data-and-transparency/data-sharing-register"
    assert _linking(web, host, doc["url"]) == {register}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path
    cctv = "/crime-and-community-safety/cctv-cameras-in-the-borough"
    assert doc["url"] not in _links(web, host, cctv)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, cctv)
    assert d["5.3"]["status"] == "met"
    bus = f"http://{host}/parking/bus-lane-and-moving-traffic-cameras"
    assert bus not in evidence_urls(_auth(truth, host))


def test_signed_agreement_only_in_committee_papers(web: Heldback82Web, truth: dict) -> None:
    host, dem = "www.manchester.gov.uk", "democracy.manchester.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=11143"}
    assert f"http://{dem}/ieDocHome.aspx" in _links(web, host, "/council-and-democracy")
    assert "Signed on behalf of Greater Manchester Police" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert d["5.1"]["pages"] == [f"http://{host}/directory_record/431773/cctv"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    foi = f"http://{host}/info/200031/freedom_of_information/8240/foi_response_public_space_cameras"
    assert "520 public space cameras" in _main(web, host, urlsplit(foi).path)
    assert foi not in evidence_urls(_auth(truth, host))


def test_cctv_page_four_clicks_deep_on_a_legacy_site_without_search(web: Heldback82Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    for parent, child in zip(WESTOX_CHAIN, WESTOX_CHAIN[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    page = f"http://{host}{WESTOX_CHAIN[-1]}"
    assert _linking(web, host, page) == {f"http://{host}{WESTOX_CHAIN[-2]}"}
    assert "<main" not in _html(web, host, WESTOX_CHAIN[-1])
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 5 and a["deliverables"]["5.1"]["pages"] == [page]
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_empty_alt_mark_beside_step_2_sentence_and_control_room_telephone_only(web: Heldback82Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    pg = "/information-for-residents/community-protection/cctv"
    page = _html(web, host, pg)
    assert (
        '<img src="/images/ncc-sc-compliant.png" alt=""><p>In March 2020 the control centre was awarded step 2' in page
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    for sub in ("", "/the-control-centre", "/asking-for-footage", "/how-the-cameras-are-managed"):
        main = _html(web, host, pg + sub).split('<main id="main">', 1)[1].split("</main>", 1)[0]
        assert "mailto:" not in main and "@" not in main, sub
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_cctv_sub_pages_never_repeat_the_council_name(web: Heldback82Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    pg = "/information-for-residents/community-protection/cctv"
    subs = ("/the-control-centre", "/asking-for-footage", "/how-the-cameras-are-managed")
    for sub in subs:
        assert "nottingham" not in _main(web, host, pg + sub).lower(), sub
    pages = set(_auth(truth, host)["deliverables"]["5.1"]["pages"])
    assert {f"http://{host}{pg}{sub}" for sub in subs} <= pages


def test_step_2_only_in_badge_alt_text_and_draft_word_agreement(web: Heldback82Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    pg = "/residents/community-safety/town-centre-cctv"
    assert 'alt="Surveillance Camera Code of Practice certification mark - step 2' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower() and "certif" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/partnerships/safer-hinckley-and-bosworth"}
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_spoc_only_inside_the_policy_pdf(web: Heldback82Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    pg = "/residents/community-safety/cctv"
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2025-04/NKDC-CCTV-Policy-2025.pdf"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Boston Borough Council" in _main(web, host, pg)


def test_privacy_notice_never_writes_cctv(web: Heldback82Web, truth: dict) -> None:
    host = "www.eastsussex.gov.uk"
    pg = "/privacy/surveillance-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "approved camera devices" in _main(web, host, "/parking/penalty-charge-notices")
    assert a["heldback"]["sitemap"] and not a["heldback"]["a_z"]


def test_bilingual_twins_and_monitoring_sla_with_another_council(web: Heldback82Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    en = "/my-council/customer-services/cctv-and-out-of-hours-service"
    cy = "/cy/fy-nghyngor/teledu-cylch-cyfyng-a-gwasanaeth-y-tu-allan-i-oriau"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    welsh = _html(web, host, cy)
    assert '<html lang="cy">' in welsh and "teledu cylch cyfyng" in welsh
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).path == en for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    sla = _text(web, host, "/media/2231/vale-of-glamorgan-cctv-monitoring-sla.pdf")
    assert "Signed on behalf of the Vale of Glamorgan Council" in sla and "Police" not in sla
    assert d["5.5"]["status"] == "not_met"


def test_monitoring_agreement_with_another_council_and_third_party_certification_in_news(
    web: Heldback82Web, truth: dict
) -> None:
    host = "www.babergh.gov.uk"
    d = _auth(truth, host)["deliverables"]
    agr = _text(web, host, "/assets/Communities/CCTV-monitoring-agreement-West-Suffolk.pdf")
    assert "Signed for West Suffolk Council" in agr and "Police" not in agr
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    news = _main(web, host, "/news/new-cctv-live-in-sudbury-and-hadleigh")
    assert "holds full certification" in news and "91 incidents" in news
    assert not d["5.1"]["criteria"]["statistics"]


def test_agreement_in_code_appendix_job_advert_and_news(web: Heldback82Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix B. Working protocol between Chichester District Council and Sussex Police" in text
    urls = evidence_urls(_auth(truth, host))
    for decoy in ("/jobs/cctv-control-room-operator", "/news/cctv-upgrade-to-focus-on-hotspots"):
        assert "cameras" in _main(web, host, decoy) and f"http://{host}{decoy}" not in urls


def test_hosted_guidance_is_not_an_agreement_and_parish_cameras_do_not_count(web: Heldback82Web, truth: dict) -> None:
    host = "www.eastcambs.gov.uk"
    text = _text(web, host, "/sites/default/files/2023-06/CCTV-guidance-for-parish-councils.pdf")
    assert "information sharing agreement" in text and "not itself an agreement" in text
    assert "City of Ely Council" in _main(web, host, "/community/cctv-in-ely-and-soham")
    assert "owns no public space CCTV cameras" in _main(web, host, "/foi/disclosure-log/foi-2024-118")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.manchester.gov.uk", "www.chichester.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils_on_car_parks_and_housing_pages(truth: dict) -> None:
    for host, crit, path in (
        ("www.blaby.gov.uk", "retention", "/parking-and-transport/our-car-parks"),
        ("www.bolsover.gov.uk", "cameras", "/housing/safety-in-our-flats"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback82Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.fdean.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.eastcambs.gov.uk"}
    )
    host = "www.southnorfolkandbroadland.gov.uk"
    assert "SIA public space surveillance licence" in _main(web, host, "/jobs/careline-and-cctv-operator")
