"""The sixty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in another of sets 47 to 68; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (CCTV split over short sub-pages with
an empty-alt mark beside a step 2 sentence and a signed agreement only in a data sharing register served without
extension; a footage mailbox as the only contact; an annual report as the CCTV page with a control-room telephone
and a draft Word agreement; a page that never writes 'CCTV' with a step 1 sentence and a signed protocol on a
partnership page; a county with only building cameras; an English-first Welsh site with a Welsh twin and a
neighbouring council running the cameras; a shared control room, step 2 only in alt text, a SPOC only in a PDF and a
signed SLA only in committee papers; a CCTV page five clicks deep with no search; camera facts only in a strategy
without extension; hosted guidance that is not an agreement; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes).
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
from fixtures.heldback67.truth import TRUTH_PATH
from fixtures.heldback67.web import Heldback67Web


@pytest.fixture(scope="module")
def web() -> Heldback67Web:
    return Heldback67Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_47_to_68(web: Heldback67Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    others = [k for k in range(47, 69) if k != 67]
    assert not mine & codes_of_sets([k for k in others if f"heldback{k}" in set_names()])
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Welsh unitary authority": 1,
            "Unitary authority": 2,
            "Metropolitan district": 1,
            "County": 1,
            "Non-metropolitan district": 8,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_sub_pages_empty_alt_mark_and_agreement_in_data_sharing_register(web: Heldback67Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    cc = "/community-safety/public-space-cctv"
    subs = [f"http://{host}{cc}/{s}" for s in ("why-we-use-cameras", "who-watches-the-cameras", "releasing-recordings")]
    assert set(subs) <= set(_links(web, host, cc))
    d = _auth(truth, host)["deliverables"]
    assert set(subs) <= set(d["5.1"]["pages"])
    acc = f"{cc}/accountability"
    assert '<img src="/images/lbbd-sc-mark.png" alt=""' in _html(web, host, acc)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/transparency/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]


def test_footage_mailbox_only_contact_and_robots_forbid_search(web: Heldback67Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    a = _auth(truth, host)
    spoc = a["deliverables"]["5.3"]["spoc"]
    assert a["deliverables"]["5.3"]["status"] == "partial" and spoc["email"].startswith("cctv.requests@")
    assert not spoc["phone"] and a["deliverables"]["5.5"]["status"] == "partial"
    assert not a["deliverables"]["5.5"]["documents"]
    assert "penalty charge notice" in _main(web, host, "/info/201156/parking/432/moving_traffic_cameras")
    for h in ("www.ealing.gov.uk", "www.leicestershire.gov.uk", "www.horsham.gov.uk"):
        assert _auth(truth, h)["heldback"]["robots_forbid_search"], h


def test_annual_report_page_control_room_phone_and_draft_word_agreement(web: Heldback67Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    html = _html(web, host, "/communitysafety/cctv")
    assert "<main" not in html and "<h1>CCTV Annual Report 2024/25</h1>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] == "0161 000 4417" and not spoc["email"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/policies"}
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_page_never_writes_cctv_step_1_and_protocol_on_partnership_page(web: Heldback67Web, truth: dict) -> None:
    host = "www.redcar-cleveland.gov.uk"
    pg = "/community-and-safety/public-space-surveillance"
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/partnerships/safer-redcar-and-cleveland"}


def test_county_with_only_building_cameras(web: Heldback67Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    pg = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    assert "We do not run town centre cameras" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_english_first_welsh_site_with_twin_and_neighbour_running_cameras(web: Heldback67Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    assert '<html lang="en">' in _html(web, host, "/")
    en = "/en/resident/community-safety/public-space-cctv"
    cy = "/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "Caerphilly County Borough Council has run the system" in _main(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_shared_control_room_alt_text_claim_spoc_in_pdf_and_sla_in_committee_papers(
    web: Heldback67Web, truth: dict
) -> None:
    host = "www.redditchbc.gov.uk"
    pg = "/community/community-safety/cctv-and-lifeline"
    assert 'alt="Surveillance Camera Commissioner certification mark: step 2' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/2bqf/cctv-code-of-practice-2023.pdf"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    assert urlsplit(doc["url"]).hostname == "moderngov.redditchbc.gov.uk"
    assert _linking(web, host, doc["url"]) == {"http://moderngov.redditchbc.gov.uk/mgAi.aspx?ID=18833"}
    brom = _auth(truth, "www.bromsgrove.gov.uk")["deliverables"]["5.1"]
    assert brom["status"] == "partial" and [k for k, v in brom["criteria"].items() if v] == ["operator"]


def test_cctv_page_five_clicks_deep_without_search(web: Heldback67Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/community",
        "/community/community-safety",
        "/community/community-safety/crime-reduction",
        "/community/community-safety/crime-reduction/town-centre-safety",
        "/community/community-safety/crime-reduction/town-centre-safety/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]
    assert a["deliverables"]["5.3"]["status"] == "met" and a["oracle_fetches"] == 6


def test_camera_fact_only_in_strategy_without_extension(web: Heldback67Web, truth: dict) -> None:
    host = "www.maldon.gov.uk"
    d = _auth(truth, host)["deliverables"]["5.1"]
    (url,) = d["pages"]
    assert d["status"] == "partial" and "." not in urlsplit(url).path.rsplit("/", 1)[-1]
    assert _render(web, url).header("Content-Type") == "application/pdf"
    assert _linking(web, host, url) == {f"http://{host}/council/plans-and-strategies"}


def test_hosted_guidance_is_not_an_agreement(web: Heldback67Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/media/4021/surrey-cctv-sla-guidance-note.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.bromsgrove.gov.uk", "operator"),
        ("www.horsham.gov.uk", "operator"),
        ("www.maldon.gov.uk", "operator"),
        ("www.molevalley.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback67Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.derby.gov.uk", "www.midsuffolk.gov.uk", "www.ne-derbyshire.gov.uk"},
    )
