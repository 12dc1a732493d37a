"""The twenty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 17 to 24; the labelling rules hold with the
intended tallies; and the structures the set is built from are really there (a signed agreement only in a data
sharing register at an address without extension, a SPOC only inside a strategy PDF, a signed protocol only on
the community safety partnership page, a mark whose alt text alone claims step 2 beside a control room telephone,
an empty-alt mark with a step 1 sentence beside it on a page five clicks deep on a site without search or A to Z,
a privacy notice four levels down that never writes CCTV, a 'shared service agreement' that is not with the
police, a blank police agreement template, a Welsh-first site with a Welsh twin, committee papers, one-fact
councils, decoys on the councils that publish nothing, robots.txt forbidding the search).
"""

from __future__ import annotations

import json
from collections import Counter, deque
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    status_tally,
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
)

from fixtures.heldback26.truth import TRUTH_PATH
from fixtures.heldback26.web import Heldback26Web


@pytest.fixture(scope="module")
def web() -> Heldback26Web:
    return Heldback26Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _depth(web: Heldback26Web, host: str, target: str) -> int:
    """Clicks from the homepage to `target` over served links on the council's own host."""
    start = f"http://{host}/"
    seen = {start: 0}
    queue = deque([start])
    while queue:
        url = queue.popleft()
        if url == target:
            return seen[url]
        parts = urlsplit(url)
        if parts.path.endswith(".pdf"):
            continue
        for link in _links(web, host, parts.path + (f"?{parts.query}" if parts.query else "")):
            if urlsplit(link).hostname == host and link not in seen:
                seen[link] = seen[url] + 1
                queue.append(link)
    raise AssertionError(f"{target} not reachable")


def test_real_councils_none_from_sets_17_to_24(web: Heldback26Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(17, 25)), "no council of sets 17-24 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 3,
            "Unitary authority": 3,
            "County": 1,
            "Non-metropolitan district": 6,
            "Welsh unitary authority": 1,
        }
    )
    for a in truth["authorities"]:
        assert a["name"] == register[a["gss_code"]]["name"] == web.sites[a["heldback"]["host"]].name


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 5, "partial": 6, "not_met": 4}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13})
    assert tally["5.3"] == Counter({"met": 2, "partial": 2, "not_met": 11})
    assert tally["5.5"] == Counter({"met": 2, "partial": 2, "not_met": 11})


def test_signed_agreement_only_in_the_data_sharing_register(web: Heldback26Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    art = "/services/community_safety/crime_prevention/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/data_sharing_register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert "agreement" not in _main(web, host, art).lower()


def test_spoc_only_inside_the_strategy_pdf(web: Heldback26Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    art = "/services/community_safety/crime_prevention/cctv"
    d = _auth(truth, host)["deliverables"]
    pdf = "/media/26114/cctv_strategy_2024_2029.pdf"
    assert f"http://{host}{pdf}" in _links(web, host, art)
    assert "single point of contact" not in _main(web, host, art).lower()
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pdf}
    assert d["5.3"]["status"] == "met" and "single point of contact (SPOC)" in _text(web, host, pdf)


def test_mark_alt_text_alone_and_a_control_room_telephone(web: Heldback26Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    pg = "/community-safety/cctv-control-room"
    page = _html(web, host, pg)
    assert 'alt="Surveillance Camera Commissioner certificate of compliance: full step 2 certification' in page
    assert "step 2" not in _text(web, host, pg).lower()
    assert "@" not in _main(web, host, pg), "the control room telephone is the only contact"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/community-safety-partnership"}


def test_deep_page_without_search_with_an_empty_alt_mark(web: Heldback26Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    pg = "/residents/community/community-safety/crime-and-disorder/cctv-in-wyre"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    assert _depth(web, host, f"http://{host}{pg}") == 5
    page = _html(web, host, pg)
    assert '<img src="/images/scc-desktop-mark.png" alt="">' in page
    assert "step 1 desktop certification" in _text(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_privacy_notice_four_levels_down_never_writes_cctv(web: Heldback26Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    pn = (
        "/about-the-council/data-protection-and-freedom-of-information/privacy-notices/communities-and-safety/"
        "surveillance-cameras-privacy-notice"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and set(d["5.1"]["pages"]) == {f"http://{host}{pn}"}
    assert "cctv" not in _text(web, host, pn).lower()
    assert _depth(web, host, f"http://{host}{pn}") >= 4
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["other_systems"]


def test_shared_service_agreement_is_not_a_police_agreement(web: Heldback26Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    assert "shared service agreement" in _html(web, host, "/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "met" and "single point of contact" in _text(web, host, "/cctv-faqs")


def test_blank_template_on_a_county_that_publishes_nothing(web: Heldback26Web) -> None:
    host = "www.essex.gov.uk"
    text = _text(web, host, "/media/3317/model-cctv-agreement-template.docx")
    assert "[insert council]" in text and "20__" in text


def test_welsh_first_site_with_a_twin(web: Heldback26Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    en, cy = "/en/Community-Safety/City-centre-cameras.aspx", "/cy/Diogelwch-Cymunedol/Camerau-canol-y-ddinas.aspx"
    assert '<html lang="cy">' in _html(web, host, "/")
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_committee_papers_on_democracy_hosts(web: Heldback26Web, truth: dict) -> None:
    for host, dem in (
        ("www.wakefield.gov.uk", "mg.wakefield.gov.uk"),
        ("www.maidstone.gov.uk", "meetings.maidstone.gov.uk"),
        ("www.harlow.gov.uk", "moderngov.harlow.gov.uk"),
        ("www.tamworth.gov.uk", "democracy.tamworth.gov.uk"),
    ):
        a = _auth(truth, host)
        assert a["heldback"]["democracy_host"] == dem
        assert not any(
            urlsplit(u).hostname == dem
            for d in a["deliverables"].values()
            for u in map(lambda e: e["url"], d["evidence"])
        ), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("go.walsall.gov.uk", "operator"),
        ("www.bradford.gov.uk", "cameras"),
        ("www.reading.gov.uk", "operator"),
        ("www.telford.gov.uk", "cameras"),
        ("www.maidstone.gov.uk", "cameras"),
        ("www.newport.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback26Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.cornwall.gov.uk", "www.essex.gov.uk", "www.harlow.gov.uk", "www.swale.gov.uk"},
    )
    for host in ("www.essex.gov.uk", "www.reading.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.swale.gov.uk"].search is None
