"""The twentieth held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the labelling
rules of fixtures/heldback/README.md hold; the councils are real register rows, none is in sets 14 to 18, and
those reused from earlier sets are the London borough, metropolitan district, county, unitary and Welsh
councils of the early sets (every shire district is in no set); every homepage answers through the proxy under
its real host name; every evidence URL answers 200, holds its quote verbatim and is allowed by robots.txt; and
the ordinary structures the set is built from are really there (a SPOC named only in a code of practice PDF, a
signed protocol linked only from a partnership page, a signed agreement only in a data protection section's
agreements list at an address without extension, a mark with empty alt text beside a step 2 sentence, a mark
whose alt text alone claims step 1, a Welsh-first site and a /cy/ twin, one-fact councils, decoys on the
councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_publish_nothing,
    codes_of_sets,
    assert_labelling_rules,
    register_rows_of,
)
from heldback_served import (
    auth_by_host as _auth,
)
from heldback_served import (
    linking as _linking,
)
from heldback_served import (
    render as _render,
)
from heldback_served import (
    served_html as _html,
)
from heldback_served import (
    served_links as _links,
)
from heldback_served import (
    served_main as _main,
)
from heldback_served import (
    served_text as _text,
)

from fixtures.heldback20.truth import TRUTH_PATH
from fixtures.heldback20.web import Heldback20Web


@pytest.fixture(scope="module")
def web() -> Heldback20Web:
    return Heldback20Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback20Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 17)
    recent = codes_of_sets(range(14, 19))
    assert not mine & recent, "no council of sets 14-18 may be reused"
    earlier = codes_of_sets(range(1, 14))
    reused = mine & earlier
    # only the types the register leaves no fresh choice for; every shire district here is in no earlier set
    assert {register[g]["type"] for g in reused} == {
        "London borough",
        "Metropolitan district",
        "County",
        "Unitary authority",
        "Welsh unitary authority",
    }
    assert len(reused) == 6
    early = codes_of_sets(range(1, 7))
    assert reused <= early, "every reused council comes from sets 1 to 6"
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert welsh == {"W06000013", "W06000021"}
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "County": 1,
            "Unitary authority": 1,
            "Non-metropolitan district": 11,
            "Welsh unitary authority": 2,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    auths = truth["authorities"]
    tally = Counter(a["deliverables"]["5.1"]["status"] for a in auths)
    assert tally == Counter({"met": 6, "partial": 6, "not_met": 5}), tally
    assert sum(a["deliverables"]["5.2"]["status"] == "met" for a in auths) == 2, "few certified"
    assert sum(a["deliverables"]["5.3"]["status"] == "met" for a in auths) == 3, "few published SPOCs"


def test_a_spoc_only_in_the_code_and_a_protocol_only_on_the_partnership_page(web: Heldback20Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    pg = "/community-safety/cctv/"
    d = _auth(truth, host)["deliverables"]
    spoc_urls = {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]}
    assert len(spoc_urls) == 1 and spoc_urls.pop().endswith(".pdf")
    assert "single point of contact" not in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/safer-monmouthshire/"}
    assert "Signed on behalf of Gwent Police" in _text(web, host, urlsplit(doc["url"]).path)
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/"
    assert f"http://{host}{cy}" in _links(web, host, pg) and f"http://{host}{pg}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)


def test_a_signed_agreement_only_in_the_data_protection_section(web: Heldback20Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    pg = "/community/community-safety/crime-prevention/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/data-protection/data-sharing-agreements"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "agreement" not in _text(web, host, pg).lower()  # legacy layout: no <main>
    page = _html(web, host, pg)
    assert '<img src="/images/sc-certification-mark.png" alt="">' in page
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022"
    assert d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "not_met"


def test_a_mark_whose_alt_text_alone_claims_step_1(web: Heldback20Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    main = _main(web, host, "/cctv")
    assert "step 1" not in main.lower()
    assert 'alt="Surveillance Camera Commissioner certification mark: step 1 desktop certification"' in _html(
        web, host, "/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_welsh_first_site(web: Heldback20Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    en = "/en/my-council/customer-services/cctv-and-out-of-hours-service"
    cy = "/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-y-tu-allan-i-oriau"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_one_fact_councils(web: Heldback20Web, truth: dict) -> None:
    for host, crit in (
        ("www.warrington.gov.uk", "retention"),
        ("www.havering.gov.uk", "subject_access"),
        ("www.southkesteven.gov.uk", "cameras"),
        ("www.babergh.gov.uk", "operator"),
        ("www.nuneatonandbedworth.gov.uk", "other_systems"),
        ("www.welhat.gov.uk", "complaints"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert web.sites["www.southnorfolkandbroadland.gov.uk"].search is None
    for host in ("www.sefton.gov.uk", "www.babergh.gov.uk", "www.welhat.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback20Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.sefton.gov.uk",
            "www.oxfordshire.gov.uk",
            "www.southnorfolkandbroadland.gov.uk",
            "www.newcastle-staffs.gov.uk",
            "www.adur-worthing.gov.uk",
        },
    )
    assert "Thames Valley Police" in _text(web, "www.oxfordshire.gov.uk", "/residents/community-safety")


def test_a_privacy_notice_four_levels_down_is_the_whole_disclosure(web: Heldback20Web, truth: dict) -> None:
    host = "www.waverley.gov.uk"
    pn = "/info/200364/freedom_of_information_and_data_protection/2142/privacy_notice_for_cctv"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.1"]["evidence"]} == {pn}
    assert d["5.1"]["status"] == "met" and sum(d["5.1"]["criteria"].values()) == 7
    assert "[Note for editors:" in _main(web, host, pn)
    assert f"http://{host}{pn}" in _links(
        web, host, "/info/200364/freedom_of_information_and_data_protection/2140/privacy_notices"
    )


def test_a_senior_responsible_officer_in_an_html_policy(web: Heldback20Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    pol = "/community-safety/cctv/cctv-and-surveillance-policy"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pol}
    assert f"http://{host}{pol}" in _links(web, host, "/community-safety/cctv")
    assert "Senior Responsible Officer" not in _main(web, host, "/community-safety/cctv")
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
