"""The eighty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 71 to 85 that exist; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement filed only in a data
sharing register and served without extension; CCTV sub-pages that never repeat the council's name, one never
writing 'CCTV'; a signed agreement only in committee papers on a democracy host; a step 1 sentence with no mark; a
CCTV page four clicks deep on a site without search, sitemap or A to Z, its strategy served without extension and
hosted guidance about agreements beside it; a mark with empty alt text beside a step 2 sentence; a step 2 claim only
in a badge's alt text on a bilingual site with Welsh twins; a SPOC only inside a PDF; control-room telephones as the
only contacts; a third party's certification in news; a draft unsigned Word agreement; an SLA with another council
and no police agreement; a job advert and FOI answers; town council cameras; parking and bus-lane cameras; robots.txt
forbidding the search; a one-fact council whose fact is on a car parks page; and councils that publish nothing but
carry look-alikes).
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
from fixtures.heldback86.truth import TRUTH_PATH
from fixtures.heldback86.web import Heldback86Web


@pytest.fixture(scope="module")
def web() -> Heldback86Web:
    return Heldback86Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_the_overlap_range(web: Heldback86Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(71, 87) if k != 86 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 71-85 may be reused"
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
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback86Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/transparency/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path


def test_sub_pages_never_repeat_the_name_and_one_never_writes_cctv(web: Heldback86Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    pss = "/streets-roads-transport/public-space-surveillance-pss-cctv-lambeth"
    subs = ["how-cameras-are-run", "estate-cameras", "requesting-recordings", "contact-pss-team"]
    for sub in subs:
        assert f"http://{host}{pss}/{sub}" in _links(web, host, pss)
        assert "lambeth" not in _main(web, host, f"{pss}/{sub}").lower().replace("@lambeth.example", ""), sub
    estate = _main(web, host, f"{pss}/estate-cameras")
    assert "cctv" not in estate.lower() and "camera" in estate.lower()
    pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert f"http://{host}{pss}/how-cameras-are-run" in pages


def test_signed_agreement_only_in_committee_papers(web: Heldback86Web, truth: dict) -> None:
    host, dem = "www.swale.gov.uk", "democracy.swale.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Kent"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=18844"}
    assert f"http://{dem}/mgAi.aspx?ID=18844" in _links(web, dem, "/ieListDocuments.aspx?MId=4021")
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    # a step 1 sentence with no mark
    assert "<img" not in _html(web, host, "/community-safety/cctv")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"


def test_cctv_page_four_clicks_deep_without_search(web: Heldback86Web, truth: dict) -> None:
    host = "www.erewash.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-safety",
        "/residents/community-safety/crime-and-disorder",
        "/residents/community-safety/crime-and-disorder/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["status"] == "met" and a["oracle_fetches"] == 6
    strat = "/downloads/file/2291/cctv-strategy-2022-2027"
    assert f"http://{host}{strat}" in a["deliverables"]["5.1"]["pages"]
    assert _render(web, f"http://{host}{strat}").header("Content-Type") == "application/pdf"
    # hosted guidance about agreements is not an agreement
    text = _text(web, host, "/downloads/file/2292/derbyshire-cctv-partnership-data-sharing-guidance")
    assert "data sharing agreement" in text and "not itself an agreement" in text
    assert a["deliverables"]["5.5"]["status"] == "not_met" and a["deliverables"]["5.3"]["status"] == "not_met"


def test_empty_alt_mark_beside_step_2_sentence(web: Heldback86Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    page = _html(web, host, pg)
    assert '<img src="/images/scc-certified.png" alt="">' in page
    assert "full certification (step 2)" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2016-03"
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_step_2_only_in_badge_alt_text_on_bilingual_site(web: Heldback86Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    root = "/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV"
    en, cy = f"/EN{root}/CCTV.aspx", f"/CY{root}/CCTV.aspx"
    page = _html(web, host, en)
    assert "<main" not in page and "<table" in page
    assert 'alt="Surveillance Camera Commissioner third party certification mark - full (step 2)' in page
    visible = page.split("</h1>", 1)[1]
    assert "step 2" not in visible.replace(
        'alt="Surveillance Camera Commissioner third party certification mark - full (step 2)', ""
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["evidence"][0]["url"] == f"http://{host}{en}"
    for tail in ("CCTV.aspx", "CCTVPolicy.aspx", "CCTVFAQs.aspx", "AccesstoCCTVimages.aspx"):
        assert f"http://{host}/CY{root}/{tail}" in _links(web, host, f"/EN{root}/{tail}")
        assert '<html lang="cy">' in _html(web, host, f"/CY{root}/{tail}")
    assert "Teledu Cylch Cyfyng" in _html(web, host, cy)
    assert not any("/CY/" in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_inside_a_pdf(web: Heldback86Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    pg = "/local-government/access-information-and-data/cctv-procedure-release-evidence"
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/corporate-surveillance-camera-policy-2024.pdf"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_control_room_telephones_are_the_only_contacts(web: Heldback86Web, truth: dict) -> None:
    for host, pg in (
        ("www.norwich.gov.uk", "/info/20328/cctv"),
        ("www.tendringdc.gov.uk", "/community/crime-community-safety/cctv"),
    ):
        d = _auth(truth, host)["deliverables"]
        spoc = d["5.3"]["spoc"]
        assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"], host
        assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]


def test_third_party_certification_in_news(web: Heldback86Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    text = _main(web, host, "/news/article/1772/neighbours_control_room_certified")
    assert "Great Yarmouth" in text and "full certification" in text
    assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_draft_unsigned_word_agreement(web: Heldback86Web, truth: dict) -> None:
    host = "www.blackburn.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Lancashire"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "[insert address]" in text and "20__" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv"}


def test_sla_with_another_council_is_not_a_police_agreement(web: Heldback86Web, truth: dict) -> None:
    host, dem = "www.wyreforestdc.gov.uk", "democracy.wyreforestdc.gov.uk"
    text = _text(web, dem, "/documents/s44121/Appendix-1-CCTV-monitoring-SLA.pdf")
    assert "Bromsgrove District Council" in text and "Signed for" in text and "Police" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["retention"]
    assert not any(urlsplit(u).hostname == dem for u in evidence_urls(_auth(truth, host)))


def test_job_advert_foi_answers_and_town_council_cameras_are_not_evidence(web: Heldback86Web, truth: dict) -> None:
    cases = [
        ("www.ipswich.gov.uk", "/jobs/esc-cctv-controller", "446 cameras"),
        (
            "www.newcastle.gov.uk",
            "/local-government/access-information-and-data/foi-disclosure-log/fo-24-1187-cctv-in-parks",
            "64 cameras",
        ),
        ("tewkesbury.gov.uk", "/parish-and-town-councils/tewkesbury-town-council", "town-centre cameras"),
        ("www.staffordshire.gov.uk", "/Highways/Bus-lane-enforcement.aspx", "penalty charge notice"),
    ]
    for host, path, words in cases:
        assert words in _main(web, host, path), host
        assert f"http://{host}{path}" not in evidence_urls(_auth(truth, host)), host
    ipswich = _auth(truth, "www.ipswich.gov.uk")["deliverables"]
    (doc,) = ipswich["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk"
    assert _linking(web, "www.ipswich.gov.uk", doc["url"]) == {
        "http://www.ipswich.gov.uk/council/partnerships/safer-ipswich-partnership"
    }


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.swale.gov.uk", "www.norwich.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_council_on_a_car_parks_page(truth: dict) -> None:
    d51 = _auth(truth, "www.harlow.gov.uk")["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == ["http://www.harlow.gov.uk/parking/car-parks/multi-storey-car-parks"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback86Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.staffordshire.gov.uk", "tewkesbury.gov.uk", "crawley.gov.uk"},
    )
