"""The sixty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 45 to 63; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a page that never writes 'CCTV' with its
SPOC only inside the policy PDF and a DRAFT Word agreement; a section split into short sub-pages with a step 1
sentence and no mark, a control-room telephone as the only contact and a signed agreement only in committee
papers on a democracy host; an annual report as the camera page with a step 2 claim only in alt text; a signed
protocol only on a policies page served without extension and a footage mailbox as the only contact; an
English-first Welsh site with a Welsh twin; a Welsh-first site whose cameras are monitored by a neighbouring
council and whose signed partnership agreement sits only on a partnerships page; an empty-alt mark beside a
step 2 sentence; a privacy notice that is the statement; a page five clicks deep on a site without search,
sitemap or A to Z; a fact only inside a plan PDF; a county with only building cameras; robots.txt forbidding
the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback64.truth import TRUTH_PATH
from fixtures.heldback64.web import Heldback64Web


@pytest.fixture(scope="module")
def web() -> Heldback64Web:
    return Heldback64Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _evidence_paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_real_councils_none_from_sets_45_to_66(web: Heldback64Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    # the sets written beside this one (63 to 66) are disjoint too, checked after their merge
    others = [k for k in range(45, 67) if k != 64]
    assert not mine & codes_of_sets(others), "no council of sets 45-66 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "Unitary authority": 2,
            "County": 1,
            "Welsh unitary authority": 2,
            "Non-metropolitan district": 6,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_page_without_cctv_spoc_only_in_pdf_and_draft_word_agreement(web: Heldback64Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    pg = "/community-and-safety/public-space-video-surveillance"
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "single point of contact" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "met"
    assert _evidence_paths(d["5.3"]) == {"/sites/default/files/2024-07/VSS-and-surveillance-camera-policy-2024.pdf"}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-and-safety/safer-harrow-partnership"}


def test_sub_pages_step_1_sentence_phone_only_and_agreement_in_committee_papers(
    web: Heldback64Web, truth: dict
) -> None:
    host = "www.havering.gov.uk"
    dem = "democracy.havering.gov.uk"
    for sub in ("how-the-control-room-is-staffed", "releasing-recordings", "your-rights"):
        assert "Havering" not in _main(web, host, f"/cctv/{sub}"), sub
    assert "<img" not in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    for path in ("/cctv", "/cctv/how-the-control-room-is-staffed", "/cctv/releasing-recordings", "/cctv/your-rights"):
        assert "mailto:" not in _html(web, host, path).split('<main id="main">', 1)[1], path
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=29911"}
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_annual_report_page_with_step_2_only_in_alt_text(web: Heldback64Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    pg = "/residents/community-safety/cctv"
    html = _html(web, host, pg)
    assert "<h1>Knowsley CCTV annual report 2024 to 2025</h1>" in html
    assert 'alt="Surveillance Camera Commissioner third party certification: step 2' in html
    main = _main(web, host, pg).lower()
    assert "step 2" not in main and "certification" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_protocol_on_policies_page_without_extension_and_footage_mailbox(web: Heldback64Web, truth: dict) -> None:
    host = "www.hull.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Humberside"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/policies-and-strategies.aspx"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["email"].startswith("cctv.footage@") and not spoc["phone"]


def test_english_first_welsh_council_with_welsh_twin(web: Heldback64Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    assert '<html lang="en">' in _html(web, host, "/")
    cy = "/CYM/Eich-Cyngor/Diogelu-data-a-rhyddid-gwybodaeth/teledu-cylch-cyfyng/Pages/default.aspx"
    assert '<html lang="cy">' in _html(web, host, cy) and "Teledu cylch cyfyng" in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["dpia"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_first_shared_service_and_agreement_on_partnerships_page(web: Heldback64Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    pg = "/en/community-safety/cctv"
    assert "Cheshire West and Chester Council's control room in Chester" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "North Wales"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/en/your-council/partnerships/denbighshire-cctv-partnership"
    }
    assert d["5.3"]["status"] == "partial" and "single point" not in _main(web, host, pg)


def test_empty_alt_mark_beside_step_2_sentence_and_spoc(web: Heldback64Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    html = _html(web, host, "/cctv")
    assert '<img src="/images/chichester-code-compliant.png" alt="">' in html
    assert "Data Protection Act 1998" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_privacy_notice_is_the_whole_statement(truth: dict) -> None:
    host = "www.fdean.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [
        f"http://{host}/support/privacy-and-data/service-privacy-notices/cctv-privacy-notice"
    ]
    assert d["5.1"]["criteria"]["dpia"] and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_page_five_clicks_deep_without_search_sitemap_or_a_z(web: Heldback64Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community",
        "/residents/community/safer-communities",
        "/residents/community/safer-communities/town-centre",
        "/residents/community/safer-communities/town-centre/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_fact_only_inside_plan_pdf(web: Heldback64Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (url,) = d["5.1"]["pages"]
    assert urlsplit(url).path.endswith(".pdf") and "West Suffolk" not in _main(
        web, host, "/communities/community-safety"
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_county_with_only_building_cameras(truth: dict) -> None:
    d = _auth(truth, "www.gloucestershire.gov.uk")["deliverables"]
    (url,) = d["5.1"]["pages"]
    assert url.endswith("/building-security-privacy-notice")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.rochdale.gov.uk", "www.nelincs.gov.uk", "www.blaby.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.rochdale.gov.uk", "operator"),
        ("www.gloucestershire.gov.uk", "disclosure"),
        ("www.babergh.gov.uk", "operator"),
        ("www.newcastle-staffs.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback64Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.nelincs.gov.uk", "www.southderbyshire.gov.uk", "www.blaby.gov.uk"},
    )
