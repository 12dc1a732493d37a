"""The sixty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 45 to 65; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (camera information split over short
sub-pages with a control-room telephone as the only contact and a signed agreement only in an information sharing
register, served without extension; a page that never writes 'CCTV' with a step 1 sentence and no mark; a
footage mailbox as the only contact; a privacy notice holding most of the statement and a SPOC only inside a PDF;
an annual report as the main page with a step 2 sentence beside an empty-alt mark; a county with only building
cameras; a step 2 claim only in alt text on an English-first Welsh site; a Welsh-first site with a designated
SPOC; camera facts only in a strategy served without extension and a draft Word agreement; an agreement
mentioned only in a Cabinet report; a shared service agreement signed only in committee papers on a democracy
host; camera pages five clicks deep on a site without search, sitemap or A to Z with an SLA on a partnerships
page; hosted guidance that is not an agreement; robots.txt forbidding the search; and councils that publish
nothing but carry look-alikes).
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

from fixtures.heldback66.truth import TRUTH_PATH
from fixtures.heldback66.web import Heldback66Web


@pytest.fixture(scope="module")
def web() -> Heldback66Web:
    return Heldback66Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_45_to_66(web: Heldback66Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    # the sets written beside this one (63 to 66) are disjoint too, checked after their merge
    others = [k for k in range(45, 67) if k != 66]
    assert not mine & codes_of_sets(others), "no council of sets 45-66 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Welsh unitary authority": 2,
            "Unitary authority": 1,
            "Metropolitan district": 1,
            "County": 2,
            "Non-metropolitan district": 7,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 3, "not_met": 4}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_sub_pages_phone_only_and_agreement_in_register_without_extension(web: Heldback66Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    pg = "/community-safety/closed-circuit-television-cctv"
    d = _auth(truth, host)["deliverables"]
    subs = {f"http://{host}{pg}/{x}" for x in ("staffing", "releasing-cctv-images", "your-rights")}
    assert subs <= set(d["5.1"]["pages"]) and subs <= set(_links(web, host, pg))
    for sub in ("staffing", "releasing-cctv-images", "your-rights"):
        assert "Southwark" not in _main(web, host, f"{pg}/{sub}")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    reg = f"http://{host}/council-and-democracy/open-data-and-transparency/information-sharing-register"
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]


def test_page_without_cctv_step_1_sentence_and_footage_mailbox(web: Heldback66Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    pg = "/info/200202/community_safety/1950/public_space_cameras"
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "step 1" in main
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["email"].startswith("cctv.requests@") and not spoc["phone"]


def test_privacy_notice_statement_and_spoc_only_in_pdf(web: Heldback66Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    notice = (
        f"http://{host}/about-your-council/data-protection/privacy-notices/Service-Level-Privacy-Notices/"
        "CCTV-service-privacy-notice.aspx"
    )
    from_notice = [k for k, v in d["5.1"]["criteria"].items() if v and k in ("dpia", "purpose", "retention")]
    assert len(from_notice) == 3 and notice in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path.endswith(".pdf") for e in d["5.3"]["evidence"]} == {True}
    page = _html(web, host, "/residents/community/community-safety/cctv/CCTV.aspx")  # legacy layout: no <main>
    assert "single point of contact" not in page.lower() and "<table" in page
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_annual_report_main_page_and_empty_alt_mark(web: Heldback66Web, truth: dict) -> None:
    host = "www.stockton.gov.uk"
    rep = "/security-centre/annual-performance-report-2023-to-2024"
    assert '<img src="/images/ssc-certified.png" alt="">' in _html(web, host, rep)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018-06"
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    assert sum(e["url"].endswith(rep) for e in d["5.1"]["evidence"]) == 1
    assert d["5.3"]["status"] == "partial"


def test_county_with_only_building_cameras(truth: dict) -> None:
    d51 = _auth(truth, "www.staffordshire.gov.uk")["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_step_2_only_in_alt_text_on_english_first_welsh_site(web: Heldback66Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    pg = "/en/Resident/Crime-and-Emergencies/CCTV/CCTV.aspx"
    assert 'alt="Surveillance Camera Commissioner certificate of compliance: full (step 2)' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg)
    assert '<html lang="en">' in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "partial"
    cy = "/cy/Preswylydd/Troseddu-ac-Argyfyngau/Teledu-Cylch-Cyfyng/Teledu-Cylch-Cyfyng.aspx"
    assert f"http://{host}{cy}" in _links(web, host, pg) and '<html lang="cy">' in _html(web, host, cy)


def test_welsh_first_site_with_spoc(web: Heldback66Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv@gwynedd.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Teledu cylch cyfyng" in _html(web, host, "/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng")


def test_facts_only_in_strategy_and_draft_word_agreement(web: Heldback66Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    strat = f"http://{host}/downloads/file/2231/community-safety-strategy-2024-2027"
    crits = [e for e in d["5.1"]["evidence"] if e["url"] == strat]
    assert crits and _render(web, strat).header("Content-Type") == "application/pdf"
    assert "31 days" not in _main(web, host, "/community-and-safety/town-centre-cameras")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-and-safety/partnership-documents"}


def test_agreement_mentioned_only_in_cabinet_report(web: Heldback66Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    (ev,) = d["5.5"]["evidence"]
    assert "cabinet" in ev["url"] and not d["5.1"]["criteria"]["police_agreement"]
    pg = "/info/20014/community_safety/412/public_space_surveillance"
    assert "cctv" not in _main(web, host, pg).lower()
    assert d["5.1"]["status"] == "partial" and d["5.1"]["criteria"]["other_systems"]


def test_shared_service_agreement_only_in_committee_papers(web: Heldback66Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    dem = "democracy.ashfield.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert doc["force"] == "Nottinghamshire"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=6120"}
    assert "Signed for and on behalf of Nottinghamshire Police" in _text(web, dem, urlsplit(doc["url"]).path)
    assert d["5.1"]["status"] == "partial" and not any("democracy" in u for u in d["5.1"]["pages"])


def test_camera_pages_five_clicks_deep_without_search(web: Heldback66Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-safety",
        "/residents/community-safety/crime-reduction",
        "/residents/community-safety/crime-reduction/cctv-control-room",
        "/residents/community-safety/crime-reduction/cctv-control-room/about-the-service",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/partnerships/partnership-agreements"}


def test_hosted_guidance_is_not_an_agreement(web: Heldback66Web, truth: dict) -> None:
    host = "www.scambs.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/media/2291/parish-council-cctv-guidance.pdf")
    assert "It is not an agreement with the police" in text


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.trafford.gov.uk", "www.easthants.gov.uk", "www.lewes-eastbourne.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback66Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.suffolk.gov.uk", "www.easthants.gov.uk", "www.lewes-eastbourne.gov.uk", "www.scambs.gov.uk"},
    )
