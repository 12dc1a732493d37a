"""The twenty-third held-back web's own structures (the generic checks, truth rebuilt, wiring and serving, are in
tests/test_heldback_sets.py; no audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen).

Checks: the councils are real register rows, none is in sets 15 to 22, the reused ones are the metropolitan
districts, London borough, county, unitary and Welsh council of early sets, the nine shire districts are in no
set; the labelling rules hold with the set's tallies; and the ordinary structures the set is built from are
really there (a signed agreement filed only in a data sharing agreements register at an address without
extension, a mark with empty alt text beside a step 2 sentence, a SPOC only inside a policy PDF, a privacy
notice at a bare /node/ address four levels down as the whole disclosure, a mark whose alt text carries the
step 2 claim on a page five levels down, a signed memorandum in a related files list, a Welsh-first page with
its English twin, one-fact councils, search forbidden or absent, decoys on the councils that publish nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_publish_nothing,
    STATUSES,
    assert_labelling_rules,
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

from fixtures.heldback23.truth import TRUTH_PATH
from fixtures.heldback23.web import Heldback23Web


@pytest.fixture(scope="module")
def web() -> Heldback23Web:
    return Heldback23Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_and_reuse(web: Heldback23Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(15, 23)), "no council of sets 15-22 may be reused"
    reused = mine & codes_of_sets(range(1, 15))
    assert reused == {"E08000008", "E08000015", "E09000002", "E10000018", "E06000003", "W06000024"}
    assert reused <= codes_of_sets(range(1, 8)), "the reused councils come from the early sets (1 to 7)"
    shire = {g for g in mine if register[g]["type"] == "Non-metropolitan district"}
    assert len(shire) == 9 and not shire & codes_of_sets(range(1, 23)), "the shire districts are in no set"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "Metropolitan district": 2,
            "London borough": 1,
            "County": 1,
            "Unitary authority": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 9,
        }
    )
    hosts = [urlsplit(register[g]["website"]).hostname for g in mine]
    assert len(set(hosts)) == len(hosts), "no two councils of the set share a register host"
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    auths = truth["authorities"]
    tally = {k: Counter(a["deliverables"][k]["status"] for a in auths) for k in STATUSES}
    assert tally["5.1"] == Counter({"met": 7, "partial": 5, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally
    assert tally["5.5"] == Counter({"met": 2, "partial": 3, "not_met": 10}), tally


def test_a_signed_agreement_only_in_the_data_sharing_register(web: Heldback23Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    pg = "/communitysafety/cctv-operations-in-tameside"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/dataprotection/sharingagreements"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert "sharing agreement" not in _main(web, host, pg).lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"] is None


def test_marks_and_step_claims(web: Heldback23Web, truth: dict) -> None:
    wirral = "/community-and-living/community-safety/crime-and-anti-social-behaviour/cctv/about-cctv-service"
    assert 'alt=""' in _html(web, "www.wirral.gov.uk", wirral)
    d = _auth(truth, "www.wirral.gov.uk")["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"
    brom = (
        "/council/corporate/your-access-to-information/data-protection-and-information-management/privacy-notices/cctv/"
    )
    page = _html(web, "www.bromsgrove.gov.uk", brom)
    assert 'alt="Surveillance Camera Commissioner: step 2 third party certification' in page
    assert "step 2" not in _text(web, "www.bromsgrove.gov.uk", brom), "the claim is only in the alt text"
    d = _auth(truth, "www.bromsgrove.gov.uk")["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] is None
    d = _auth(truth, "www.southoxon.gov.uk")["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"] and d["5.5"]["status"] == "partial"


def test_a_spoc_only_inside_the_policy_pdf(web: Heldback23Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    pg = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2025-03/cctv-policy-v4.pdf"
    }
    assert "Senior Responsible Officer" not in _main(web, host, pg)


def test_privacy_notices_as_the_whole_disclosure(web: Heldback23Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    d = _auth(truth, host)["deliverables"]["5.1"]
    assert {urlsplit(e["url"]).path for e in d["evidence"]} == {"/node/2741"}
    assert d["status"] == "met" and sum(d["criteria"].values()) == 7
    assert f"http://{host}/node/2741" in _links(web, host, "/your-council/data-protection/privacy-notices")


def test_a_signed_memorandum_in_the_related_files(web: Heldback23Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and doc["url"] in _links(web, host, "/community/cctv")
    assert "For Sussex Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_welsh_first_page_with_its_twin(web: Heldback23Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    en = "/resident/community-safety/town-centre-safety/"
    cy = "/cy/preswylwyr/diogelwch-cymunedol/diogelwch-canol-y-dref/"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_one_fact_councils_and_search(web: Heldback23Web, truth: dict) -> None:
    for host, crit in (
        ("www.lbbd.gov.uk", "operator"),
        ("www.merthyr.gov.uk", "operator"),
        ("www.molevalley.gov.uk", "cameras"),
        ("www.midsussex.gov.uk", "operator"),
        ("www.redditchbc.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert web.sites["www.wyreforestdc.gov.uk"].search is None
    for host in ("www.redcar-cleveland.gov.uk", "www.southnorfolkandbroadland.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback23Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {
            "www.redcar-cleveland.gov.uk",
            "www.southnorfolkandbroadland.gov.uk",
            "www.wyreforestdc.gov.uk",
        },
    )
