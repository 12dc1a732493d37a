"""The fourteenth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 7 to 13, and
those reused from sets 1 to 6 are the London boroughs, metropolitan districts, counties and Welsh councils the
register left no fresh choice for; every homepage answers through the proxy under its real host name; every
evidence URL answers 200, holds its quote verbatim and is allowed by robots.txt; and the ordinary structures
the set is built from are really there (a guide in numbered parts with previous/next links, a
self-assessment PDF at an address without an extension, a SPOC only in a linked policy PDF, an agreement only
in committee minutes, a privacy notice deep in an index of notices, a signed agreement only in a policy
library, a code of practice as a web guide with a signed protocol, Welsh twins, one-fact councils, decoys on
the councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

from fixtures.heldback14.truth import TRUTH_PATH
from fixtures.heldback14.web import Heldback14Web
from heldback_served import (
    assert_publish_nothing,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    assert_labelling_rules,
    auth_by_host as _auth,
    served_text as _text,
    served_html as _html,
    served_main as _main,
    served_links as _links,
    render as _render,
)
import pytest


@pytest.fixture(scope="module")
def web() -> Heldback14Web:
    return Heldback14Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback14Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 20)
    recent = codes_of_sets(range(7, 14))
    assert not mine & recent, "no council of sets 7-13 may be reused"
    early = codes_of_sets(range(1, 7))
    reused = mine & early
    # only where the register has no council left that no set used: every unitary and district here is
    # in no earlier set
    assert {register[g]["type"] for g in reused} == {
        "London borough",
        "Metropolitan district",
        "County",
        "Welsh unitary authority",
    }
    assert len(reused) == 8
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    # the only Welsh councils in none of sets 7 to 13
    assert welsh == {"W06000008", "W06000022"}
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "County": 2,
            "Unitary authority": 4,
            "Non-metropolitan district": 8,
            "Welsh unitary authority": 2,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    auths = truth["authorities"]
    met = sum(a["deliverables"]["5.1"]["status"] == "met" for a in auths)
    assert met <= 10, "an ordinary mix: about half the councils or fewer publish a full page"


def test_a_guide_in_parts_and_a_document_without_an_extension(web: Heldback14Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    first = "/how-cctv-is-used"
    main = _main(web, host, first)
    assert "1. Purpose" in main and "Next: How it works" in main
    last = f"{first}/code-of-practice"
    assert f"http://{host}{first}/requesting-images" in _links(web, host, last)
    (sat,) = [u for u in _links(web, host, last) if "/download" in u]
    r = _render(web, sat)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(sat).path.endswith(".pdf")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["criteria"]["self_assessment"]


def test_spoc_only_in_a_policy_pdf_and_an_agreement_only_in_minutes(web: Heldback14Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    page = "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv"
    assert "single point of contact" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert all(urlsplit(e["url"]).path.endswith(".pdf") for e in d["5.3"]["evidence"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]} == {"democracy.croydon.gov.uk"}
    rbwm = _auth(truth, "www.rbwm.gov.uk")["deliverables"]["5.5"]
    assert {urlsplit(e["url"]).hostname for e in rbwm["evidence"]} == {"rbwm.moderngov.co.uk"}


def test_a_privacy_notice_deep_in_an_index_of_notices(web: Heldback14Web, truth: dict) -> None:
    host = "www.eastriding.gov.uk"
    index = "/council/governance-and-spending/how-we-use-your-information/find-privacy-information/"
    notice = f"{index}privacy-notice-for-cctv/"
    assert f"http://{host}{notice}" in _links(web, host, index)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.1"]["evidence"]} == {notice}
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "met"


def test_a_signed_agreement_only_in_the_policy_library(web: Heldback14Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northamptonshire"
    assert doc["url"] not in _links(web, host, "/local-communities/cctv")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/policies-and-strategies"}
    assert "Signed on behalf of Northamptonshire Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_a_code_of_practice_as_a_web_guide_with_a_signed_protocol(web: Heldback14Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    assert "Disallow: /search" in web.sites[host].robots_txt()
    base = "/info/20328/cctv/3992/cctv_code_of_practice"
    assert f"http://{host}{base}/5" in _links(web, host, base)
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["url"] in _links(web, host, f"{base}/5")
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and not urlsplit(doc["url"]).path.endswith(".pdf")


def test_welsh_twins_link_each_other(web: Heldback14Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    en = "/en/Transport-Streets/CCTV/CCTV.aspx"
    cy = "/cy/Trafnidiaeth-Strydoedd/Teledu-cylch-cyfyng/Teledu-cylch-cyfyng.aspx"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"


def test_one_fact_councils(web: Heldback14Web, truth: dict) -> None:
    for host, crit in (
        ("www.norfolk.gov.uk", "retention"),
        ("www.rbwm.gov.uk", "cameras"),
        ("www.surreyheath.gov.uk", "cameras"),
        ("www.reigate-banstead.gov.uk", "cameras"),
        ("www.hertsmere.gov.uk", "operator"),
        ("www.guildford.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert web.sites["www.hertsmere.gov.uk"].search is None


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback14Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.sunderland.gov.uk",
            "www.hertfordshire.gov.uk",
            "www.folkestone-hythe.gov.uk",
            "www.ceredigion.gov.uk",
        },
    )
    assert "Dyfed-Powys Police" in _text(web, "www.ceredigion.gov.uk", "/resident/community-safety/town-centre-cctv")
