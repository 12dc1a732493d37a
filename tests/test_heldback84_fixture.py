"""The eighty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 69 to 86 (those on this branch); the labelling rules
hold with the intended tallies; and the structures the set is built from are really there (a signed agreement only
in a data sharing register and served without extension; another only as an appendix in Executive papers on a
democracy host; another as a certificate of agreement in a code of practice; a SPOC only inside a PDF; a mark with
empty alt text beside a step 1 sentence; a step 2 claim only in a badge's alt text; a step 2 sentence with no mark;
a control-room telephone as the only contact; a bilingual Welsh site with /CYM twins; a page five clicks deep on a
site without search, sitemap or A to Z that never writes 'CCTV'; sub-pages that never repeat the council's name; a
draft unsigned Word agreement; a service level agreement with town councils that is no police agreement; hosted
guidance about agreements; a third party's certification claim in news; a job advert and news that read like
information; one-fact councils whose fact sits on a car parks, housing or community safety page; robots.txt
forbidding the search; and councils that publish nothing but carry look-alikes).
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
from fixtures.heldback84.truth import TRUTH_PATH
from fixtures.heldback84.web import Heldback84Web


@pytest.fixture(scope="module")
def web() -> Heldback84Web:
    return Heldback84Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_69_to_86(web: Heldback84Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(69, 87) if k != 84 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 69-86 may be reused"
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


def test_agreement_in_data_sharing_register_without_extension(web: Heldback84Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/20010/your_council/1600/data_sharing_register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-8:]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "penalty charge notice" in _main(web, host, "/info/20090/parking/1301/moving_traffic_and_bus_lane_cameras")


def test_step_2_only_in_alt_text_and_control_room_phone_only(web: Heldback84Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    pg = "/article/10261/CCTV"
    d = _auth(truth, host)["deliverables"]
    assert 'alt="Surveillance Camera Commissioner certification mark: step 2' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_sub_pages_never_repeat_the_councils_name(web: Heldback84Web, truth: dict) -> None:
    for host, name, subs in (
        (
            "www.southtyneside.gov.uk",
            "South Tyneside",
            [
                "/article/10262/How-the-cameras-are-run",
                "/article/10263/Asking-for-footage",
                "/article/10264/What-the-cameras-achieve",
            ],
        ),
        (
            "www.tmbc.gov.uk",
            "Tonbridge and Malling",
            [
                "/council/use-cctv/areas-and-cameras",
                "/council/use-cctv/requesting-footage",
                "/council/use-cctv/annual-report-and-code",
            ],
        ),
    ):
        pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
        for sub in subs:
            assert name not in _main(web, host, sub), (host, sub)
            assert f"http://{host}{sub}" in pages


def test_spoc_only_in_pdf_and_agreement_only_in_executive_papers(web: Heldback84Web, truth: dict) -> None:
    host = "www.bracknell-forest.gov.uk"
    dem = "democratic.bracknell-forest.gov.uk"
    pg = "/council-and-democracy/data-protection-and-freedom-information/cctv-and-surveillance"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, pg)
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2021-02/cctv-policy-2021.pdf"
    }
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=51200"}
    assert f"http://{dem}/ieListDocuments.aspx?CId=102&MId=8811" in _links(web, dem, "/ieListMeetings.aspx?CId=102")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_bilingual_site_with_twins_and_draft_word_agreement(web: Heldback84Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    twin = "/CYM/Eich-Cyngor/Diogelu-data-a-rhyddid-gwybodaeth/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, twin)
    assert f"http://{host}{twin}" in _links(web, host, "/ENG/Your-Council/Data-protection-and-FOI/cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text
    assert d["5.3"]["status"] == "met"


def test_empty_alt_mark_beside_step_1_sentence(web: Heldback84Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    html = _html(web, host, "/council/community-safety/cctv")
    assert '<img src="/images/sc-certification-mark.png" alt=""><p>The shared CCTV control room' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_page_without_cctv_five_clicks_deep_on_a_bare_site(web: Heldback84Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/services",
        "/services/community-safety",
        "/services/community-safety/community-safety-partnership",
        "/services/community-safety/community-safety-partnership/projects",
        "/services/community-safety/community-safety-partnership/projects/community-safety-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "cctv" not in _main(web, host, chain[-1]).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]
    assert d["5.3"]["status"] == "met"
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_step_2_sentence_and_certificate_of_agreement_in_code(web: Heldback84Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    pg = "/council/use-cctv/annual-report-and-code"
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of Agreement" in text and "Signed for and on behalf of Kent Police" in text


def test_town_council_sla_is_no_police_agreement(web: Heldback84Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    text = _text(web, host, "/wp-content/uploads/2024/04/Town-Centre-Cameras-Maintenance-SLA-2024.pdf")
    assert "Service Level Agreement" in text and "Town Council" in text and "Police" not in text


def test_hosted_guidance_is_not_an_agreement(web: Heldback84Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    text = _text(web, host, "/wp-content/uploads/2025/11/thames-valley-cctv-partnership-guidance-for-councils.pdf")
    assert "not itself an agreement" in text


def test_third_party_certification_in_news(web: Heldback84Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    assert "certificate of compliance" in _text(web, host, "/news/boston-control-room-certified")
    assert "<main" not in _html(web, host, "/")
    assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_job_advert_and_news_that_read_like_information(web: Heldback84Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    assert "monitor the cameras" in _main(web, host, "/jobs/out-of-hours-and-cctv-officer")
    assert "kept for 30 days" in _main(web, host, "/news/cameras-to-tackle-fly-tipping")
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.southtyneside.gov.uk", "www.horsham.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.molevalley.gov.uk", "cameras", "/parking/car-parks/dorking-car-parks"),
        ("www.redditchbc.gov.uk", "retention", "/housing/council-tenants/security-in-flats"),
        ("www.midsussex.gov.uk", "operator", "/community/community-safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback84Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.hants.gov.uk", "www.sholland.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    )
