"""The twenty-second held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 15 to 20, and
those reused are the ones the brief named (every one but West Suffolk is in an earlier set); every homepage
answers through the proxy under its real host name; every evidence URL answers 200, holds its quote verbatim
and is allowed by robots.txt; and the ordinary structures the set is built from are really there (a signed
agreement only in a data sharing register at an address without extension, a SPOC only in a policy PDF, a code
of practice whose certificate of agreement is signed by the council and the police, a certification mark with a
full certification sentence, an NSI BS 7958 certificate that is not the Commissioner's scheme, Welsh twins, one
fact councils, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

from fixtures.heldback22.truth import TRUTH_PATH
from fixtures.heldback22.web import Heldback22Web
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
def web() -> Heldback22Web:
    return Heldback22Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback22Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 17)
    recent = codes_of_sets(range(15, 21))
    assert not mine & recent, "no council of sets 15-20 may be reused"
    earlier = codes_of_sets(range(1, 13))
    # the one shire district is new; every other council is one the brief named from the early sets
    assert mine - earlier == {"E07000245"}
    assert register["E07000245"]["type"] == "Non-metropolitan district"
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert welsh == {"W06000012", "W06000015"}
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 5,
            "Metropolitan district": 3,
            "County": 3,
            "Unitary authority": 3,
            "Non-metropolitan district": 1,
            "Welsh unitary authority": 2,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 11, "partial": 3, "not_met": 3}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2, "few certified"
    assert sum(a["deliverables"]["5.3"]["status"] == "met" for a in auths) == 3, "few published SPOCs"
    assert sum(a["deliverables"]["5.5"]["status"] == "met" for a in auths) == 3, "few signed agreements"


def test_a_signed_agreement_only_in_the_data_sharing_register(web: Heldback22Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    pg = "/residents/community/community-safety/cctv/CCTV.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/about-your-council/data-protection/data-sharing-agreements"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _main(web, host, pg).lower()
    # the SPOC is named only inside the policy PDF, not on any page
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/residents/community/community-safety/cctv/docs/Trafford-CCTV-Policy-2024.pdf"
    }
    assert "single point of contact" not in _main(web, host, pg)
    notice = "/about-your-council/data-protection/privacy-notices/Service-Level-Privacy-Notices/CCTV-service-privacy-notice.aspx"
    assert f"http://{host}{notice}" in d["5.1"]["pages"]


def test_a_code_whose_certificate_of_agreement_is_signed_by_the_police(web: Heldback22Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    art = "/info/200202/community_safety/197/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and doc["url"] in _links(web, host, art)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "for the Metropolitan Police Service" in text
    assert d["5.3"]["status"] == "not_met"


def test_certification_mark_and_a_look_alike_certificate(web: Heldback22Web, truth: dict) -> None:
    page = _html(web, "www.sthelens.gov.uk", "/article/3168/CCTV-and-security")
    assert 'alt="Surveillance Camera Commissioner certified compliant"' in page
    d = _auth(truth, "www.sthelens.gov.uk")["deliverables"]["5.2"]
    assert d["status"] == "met" and d["mark_displayed"] and d["level"] == "step2" and d["awarded"] == "2017"
    d = _auth(truth, "www.southwark.gov.uk")["deliverables"]["5.2"]
    assert d["status"] == "met" and not d["mark_displayed"] and d["level"] == "step1"
    # Stockton's NSI certificate of compliance is BS 7958 accreditation of the control room, not the scheme
    st = _auth(truth, "www.stockton.gov.uk")["deliverables"]
    assert st["5.2"]["status"] == "not_met" and st["5.1"]["criteria"]["standards"]
    assert "NSI certificate of compliance" in _main(web, "www.stockton.gov.uk", "/public-space-surveillance")


def test_welsh_twins(web: Heldback22Web, truth: dict) -> None:
    for host, en, cy in (
        ("www.neath-porttalbot.gov.uk", "/community-safety", "/cy/diogelwch-cymunedol"),
        (
            "www.cardiff.gov.uk",
            "/ENG/Your-Council/Data-protection-and-FOI/cctv/Pages/default.aspx",
            "/CYM/Eich-Cyngor/Diogelu-data-a-rhyddid-gwybodaeth/teledu-cylch-cyfyng/Pages/default.aspx",
        ),
    ):
        assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
        assert '<html lang="cy">' in _html(web, host, cy)
        assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_one_fact_councils(web: Heldback22Web, truth: dict) -> None:
    for host, crit in (
        ("www.hillingdon.gov.uk", "cameras"),
        ("www.hull.gov.uk", "retention"),
        ("www.neath-porttalbot.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert web.sites["www.staffordshire.gov.uk"].search is None
    for host in ("www.hillingdon.gov.uk", "www.cardiff.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback22Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.staffordshire.gov.uk",
            "www.suffolk.gov.uk",
            "www.nelincs.gov.uk",
        },
    )
    assert "https://www.safernel.co.uk/" in _links(web, "www.nelincs.gov.uk", "/community-safety")
