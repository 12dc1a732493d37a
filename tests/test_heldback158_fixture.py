"""The hundred-and-fifty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really there (a surveillance camera SPOC
on a RIPA governance page beside the RIPA officers; a SPOC only as a row of a contact-us directory; a SPOC on a data
protection page beside the DPO; a signed police agreement only in a filtered documents library; another linked only
from an information sharing register beside council and BID rows and served without extension; another for
police-staffed monitoring with its signatures after the annexes; a draft Word agreement on a transparency page beside
signed agreements with other councils; an unsigned certificate of agreement in a code PDF; monitoring from an alliance
partner's control room; a step 2 claim only in an annual report served without extension; a step 2 sentence without
a mark; a Welsh twin; one-fact councils; robots.txt forbidding the search; and councils that publish nothing but
carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback158.truth import TRUTH_PATH
from fixtures.heldback158.web import Heldback158Web


@pytest.fixture(scope="module")
def web() -> Heldback158Web:
    return Heldback158Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils(web: Heldback158Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 158)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_on_ripa_governance_page_beside_ripa_officers(web: Heldback158Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    ripa = "/council-and-democracy/governance/surveillance-and-ripa"
    main = _main(web, host, ripa)
    assert "Senior Responsible Officer (RIPA)" in main and "RIPA single point of contact" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {ripa}
    assert "single point of contact" not in _main(web, host, "/safer-hillingdon/cctv-hillingdon")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_contact_directory_and_nexus_sla(web: Heldback158Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    html = _html(web, host, "/contact-us/directory")
    assert '<th scope="col">Service</th>' in html and "single point of contact for surveillance camera systems" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/contact-us/directory"}
    rel = "/local-government/access-information-and-data/cctv-procedure-release-evidence"
    assert "service level agreement between the council and Nexus" in _main(web, host, rel)
    assert "Data Protection Act 1998" in _main(web, host, rel)
    assert d["5.5"]["status"] == "not_met"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_agreement_only_in_filtered_documents_library(web: Heldback158Web, truth: dict) -> None:
    host = "www.northnorthants.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northamptonshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/documents?service=community-safety"}
    assert "Signed for and on behalf of Northamptonshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial"


def test_isa_from_information_sharing_register_beside_council_and_bid_rows(web: Heldback158Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    reg = f"http://{host}/council/data-protection/information-sharing-register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    main = _main(web, host, urlsplit(reg).path)
    assert "North Kesteven District Council" in main and "Lincoln BIG" in main


def test_police_staffed_monitoring_agreement_signed_after_annexes(web: Heldback158Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Annex B") < text.index("Signed for and on behalf of Surrey Police")
    assert "monitored by Surrey Police staff" in _main(web, host, "/community-safety/cctv")
    assert d["5.5"]["status"] == "met" and d["5.3"]["status"] == "partial"


def test_draft_word_isa_on_transparency_page_beside_councils_slas(web: Heldback158Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    tr = "/transparency/contracts-and-agreements"
    main = _main(web, host, tr)
    assert "Spelthorne Borough Council" in main and "Surrey Heath Borough Council" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, "/community-safety/safer-runnymede")


def test_unsigned_certificate_and_alliance_control_room(web: Heldback158Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "Signature: ......" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Staffordshire Moorlands District Council" in _main(web, host, "/community/community-safety/public-cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]


def test_spoc_on_data_protection_page_beside_dpo(web: Heldback158Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    main = _main(web, host, "/council-and-democracy/data-protection")
    assert "Data Protection Officer" in main and "single point of contact" in main
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_step_2_only_in_annual_report_without_extension(web: Heldback158Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11"
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"])
    for part in (1, 2, 3):
        assert "step 2" not in _main(web, host, f"/community-safety/cctv-closed-circuit-television/{part}").lower()
    assert "partnership agreement between the council and the shopping centre" in _main(
        web, host, "/community-safety/cctv-closed-circuit-television/1"
    )
    assert d["5.5"]["status"] == "not_met"


def test_bilingual_twin(web: Heldback158Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    d = _auth(truth, host)["deliverables"]
    cy = f"http://{host}/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng"
    assert cy in d["5.1"]["pages"] and '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert "Blaenau Gwent" in _main(web, host, "/en/Community-Safety/CCTV")
    assert d["5.5"]["status"] == "partial" and d["5.2"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in (
        "www.newcastle.gov.uk",
        "www.newport.gov.uk",
        "www.havant.gov.uk",
        "www.runnymede.gov.uk",
        "www.cotswold.gov.uk",
    ):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.fareham.gov.uk", "cameras", "/housing_and_community/community_safety/antisocialbehaviour.aspx"),
        ("www.winchester.gov.uk", "other_systems", "/community-safety"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback158Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cambridgeshire.gov.uk", "www.havant.gov.uk", "www.cotswold.gov.uk"})
    assert "RIPA single point of contact" in _main(web, "www.cambridgeshire.gov.uk", "/council/governance/ripa")
