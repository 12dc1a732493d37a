"""The forty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 21 to 40; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, a SPOC only inside a code of practice PDF, a signed agreement only in
committee papers on a moderngov host, a step 2 claim only in alt text, a mark with empty alt text beside a step 1
sentence, a camera page five clicks deep on a site without search, a control-room telephone as the only contact,
a Welsh-first council, a privacy notice holding the whole statement, a code of practice served without extension,
pages that never write the abbreviation, robots.txt forbidding the search, central guidance hosted by a council
that publishes nothing, and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback42.truth import TRUTH_PATH
from fixtures.heldback42.web import Heldback42Web


@pytest.fixture(scope="module")
def web() -> Heldback42Web:
    return Heldback42Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_21_to_40(web: Heldback42Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(21, 41)), "no council of sets 21-40 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "Metropolitan district": 1,
            "London borough": 1,
            "County": 1,
            "Welsh unitary authority": 2,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 6, "partial": 6, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 2, "not_met": 11}), tally


def test_agreement_in_data_sharing_register_and_spoc_only_in_pdf(web: Heldback42Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    pg = "/residents/crime-and-community-safety/cctv-in-knowsley"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, pg).lower()
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/4410/knowsley-cctv-code-of-practice.pdf"}
    assert "single point of contact" in _text(web, host, "/media/4410/knowsley-cctv-code-of-practice.pdf")


def test_agreement_only_in_committee_papers(web: Heldback42Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert urlsplit(doc["url"]).hostname == "rctcbc.moderngov.co.uk"
    assert _linking(web, host, doc["url"]) == {"http://rctcbc.moderngov.co.uk/mgAi.aspx?ID=40917"}
    assert not any("moderngov" in u for u in d["5.1"]["pages"])
    assert all("privacy" in u.lower() for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met"


def test_step_2_claim_only_in_alt_text_and_telephone_only(web: Heldback42Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    pg = "/community-safety/public-space-surveillance-cameras"
    assert 'alt="Surveillance Camera Code of Practice: step 2 certified system, 2024"' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "@" not in _main(web, host, pg)


def test_empty_alt_mark_beside_step_1_sentence(web: Heldback42Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    pg = "/council/use-cctv"
    assert '<img src="/images/scc-certification-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    assert d["5.3"]["status"] == "partial" and "single point of contact" not in _main(web, host, pg)


def test_camera_page_five_clicks_deep_without_search(web: Heldback42Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    assert web.sites[host].search is None and not web.sites[host].az
    chain = [
        "/",
        "/residents",
        "/residents/community",
        "/residents/community/community-safety",
        "/residents/community/community-safety/safer-town-centres",
        "/residents/community/community-safety/safer-town-centres/town-centre-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_welsh_first_council(web: Heldback42Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    assert '<html lang="cy"' in _html(web, host, "/")
    cy = "/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng"
    en = "/en/residents/community-safety/cctv"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial"


def test_code_of_practice_served_without_extension(web: Heldback42Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    url = f"http://{host}/downloads/id/3312/cctv-code-of-practice"
    r = _render(web, url)
    assert r.status == 200 and "wordprocessingml" in (r.header("Content-Type") or "")
    assert 'filename="CCTV-Code-of-Practice-2024.docx"' in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert url in d["5.1"]["pages"] and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.lancashire.gov.uk", "retention"),
        ("www.scambs.gov.uk", "operator"),
        ("www.brentwood.gov.uk", "cameras"),
        ("www.easthants.gov.uk", "subject_access"),
        ("www.hinckley-bosworth.gov.uk", "operator"),
        ("www.wychavon.gov.uk", "dpia"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_robots_and_search(web: Heldback42Web, truth: dict) -> None:
    for host in ("www.scambs.gov.uk", "www.brentwood.gov.uk", "www.wychavon.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    for host in ("www.hinckley-bosworth.gov.uk", "www.ne-derbyshire.gov.uk"):
        assert web.sites[host].search is None, host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback42Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.ne-derbyshire.gov.uk", "www.uttlesford.gov.uk", "www.sholland.gov.uk"},
    )
    host = "www.uttlesford.gov.uk"
    assert "full certification" in _main(web, host, "/community-safety/partnership-resources/case-study-certification")
    assert "not itself an agreement" in _text(web, host, "/sites/default/files/framework-sla-police-and-councils.pdf")


def test_lancashire_never_writes_cctv(web: Heldback42Web) -> None:
    main = _main(web, "www.lancashire.gov.uk", "/council/privacy-notices/visitors-to-county-buildings")
    assert "cctv" not in main.lower() and "30 days" in main
