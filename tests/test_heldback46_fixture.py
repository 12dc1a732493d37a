"""The forty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 25 to 42; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register, a step 2 claim only in alt text, a signed agreement only in committee papers on a moderngov host, a
certification mark with empty alt text beside a step 1 sentence, a SPOC only inside a code of practice served
without an extension, a control-room telephone as the only contact, a camera page five clicks deep on a site
without search, a signed agreement served without an extension from the policies page, a privacy notice holding
most of the statement, hosted national guidance that is not an agreement, pages that never write the abbreviation,
robots.txt forbidding the search, a Welsh-first site, and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
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

from fixtures.heldback46.truth import TRUTH_PATH, build
from fixtures.heldback46.web import Heldback46Web


@pytest.fixture(scope="module")
def web() -> Heldback46Web:
    return Heldback46Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_truth_is_current(truth: dict) -> None:
    assert build() == truth


def test_real_councils_none_from_sets_25_to_42(web: Heldback46Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 12)
    assert not mine & codes_of_sets(range(25, 43)), "no council of sets 25-42 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "County": 1,
            "Unitary authority": 2,
            "Non-metropolitan district": 7,
            "Welsh unitary authority": 1,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 7, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 9}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 4}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 2, "not_met": 7}), tally


def test_agreement_only_in_data_sharing_register_and_step_2_only_in_alt(web: Heldback46Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    pg = "/info/201149/crime_prevention/719/cctv_public_safety"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/info/201040/information_governance/2210/data_sharing_register"
    }
    assert 'alt="Surveillance Camera Commissioner step 2 certified system 2022"' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_agreement_only_in_committee_papers_and_control_room_phone(web: Heldback46Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    dem = "chesterfield.moderngov.co.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"] and doc["force"] == "Derbyshire"
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=21907"}
    assert "Derbyshire Constabulary" in _text(web, dem, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert not any("moderngov" in u for u in d["5.1"]["pages"])
    # the privacy notice holds most of the statement
    notice = [u for u in d["5.1"]["pages"] if "privacy-notice" in u]
    assert notice and sum(e["url"] in notice for e in d["5.1"]["evidence"]) == 1


def test_empty_alt_mark_beside_step_1_sentence(web: Heldback46Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    assert '<img src="/images/scc-step1.png" alt=""' in _html(web, host, "/cctv")
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step1"


def test_spoc_only_in_code_served_without_extension(web: Heldback46Web, truth: dict) -> None:
    host = "www.plymouth.gov.uk"
    pg = "/parking-and-travel/cctv-and-control-centre"
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, pg)
    code = "/documents/cctv-code-of-practice"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    r = _render(web, f"http://{host}{code}")
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "single point of contact" in _text(web, host, code)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_camera_page_five_clicks_deep_without_search(web: Heldback46Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-and-safety",
        "/residents/community-and-safety/crime-and-disorder",
        "/residents/community-and-safety/crime-and-disorder/safer-exeter",
        "/residents/community-and-safety/crime-and-disorder/safer-exeter/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert all(d[k]["status"] == "met" for k in d)
    (doc,) = d["5.5"]["documents"]
    assert not urlsplit(doc["url"]).path.endswith(".pdf")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}


def test_pages_that_never_write_cctv(web: Heldback46Web, truth: dict) -> None:
    for host, path in (
        ("www.cambridge.gov.uk", "/community-safety/public-space-surveillance"),
        ("www.ambervalley.gov.uk", "/community/safer-town-centres"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host
    guide = _main(web, "www.cambridge.gov.uk", "/community-safety/framework-sla-guidance")
    assert "not an agreement" in guide
    assert _auth(truth, "www.cambridge.gov.uk")["deliverables"]["5.5"]["status"] == "not_met"


def test_welsh_first_site(web: Heldback46Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    assert 'lang="cy"' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host in ("www.derby.gov.uk", "www.ambervalley.gov.uk"):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback46Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.worcestershire.gov.uk", "www.erewash.gov.uk", "www.hastings.gov.uk"},
    )
    for host in ("www.worcestershire.gov.uk", "www.hastings.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert web.sites["www.erewash.gov.uk"].search is None
