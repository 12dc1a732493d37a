"""The hundred and thirty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really there, with the emphasis on cameras run or watched by someone
else and on pages where several bodies speak (a deployment protocol signed with the Met served without extension,
beside another body's cameras on the camera page; a PFI contractor's section beside the council's, a contract's
single point of contact that is not a camera SPOC and a three-party protocol signed under the force's former name; a
monitoring company speaking in its own voice, with its own police protocol that the council did not sign; a shared
IT partnership's control room watching two councils' cameras under an SLA that is not a police agreement; a refuge
point page where the council, the PCC and the police speak, with a Word agreement countersigned by the PCC's office;
a three-party draft protocol signed only by the monitoring council; a control room watching town councils' and
another district's cameras, with a whose-cameras table and the SPOC only in the code PDF; a step 2 sentence beside an
internal-audit near-miss; a step 1 sentence on a legacy page; one-fact councils whose cameras are watched elsewhere;
councils that publish nothing but carry look-alikes; robots.txt forbidding the search on two sites).
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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback139.truth import TRUTH_PATH
from fixtures.heldback139.web import Heldback139Web


@pytest.fixture(scope="module")
def web() -> Heldback139Web:
    return Heldback139Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_briefs_mix(web: Heldback139Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 139)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_deployment_protocol_without_extension_beside_tfl_cameras(web: Heldback139Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    cctv = "/community-and-safety/crime-and-antisocial-behaviour/cctv"
    assert "Transport for London" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/deployable-cameras"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Joint Agency Group" in _main(web, host, f"{cctv}/deployable-cameras")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_step_2_sentence_beside_internal_audit_and_spoc_on_page(web: Heldback139Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    pg = "/communitysafety/cctv-operations-in-tameside"
    assert "<img" not in _main(web, host, pg) and "internal audit" in _main(web, host, pg)
    assert "Radio Net" in _main(web, host, "/communitysafety/town-radio-link")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11"
    assert not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_contractor_section_contract_spoc_and_three_party_protocol(web: Heldback139Web, truth: dict) -> None:
    host = "www.iow.gov.uk"
    pg = "/residents/community-safety/public-space-cctv"
    html = _html(web, host, pg)
    assert html.count('<section class="voice">') == 2 and "Provided by Island Roads" in html
    main = _main(web, host, pg)
    assert "contract's single point of contact" in main and "Hampshire and Isle of Wight Constabulary" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Island Roads Services Limited" in text and "Hampshire Constabulary" in text
    assert "Isle of Wight Constabulary" not in text and doc["force"] == "Hampshire" and _no_extension(doc["url"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_shared_service_room_sla_is_not_a_police_agreement_and_welsh_twin(web: Heldback139Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    pg = "/en/CrimeEmergencies/CommunitySafety/CCTV/CCTV.aspx"
    cy = "/cy/TroseddArgyfwng/DiogelwchCymunedol/TCC/TCC.aspx"
    main = _main(web, host, pg)
    assert "service level agreement with the SRS" in main and "Monmouthshire County Council's cameras" in main
    assert "NSI Silver" in main
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_company_voice_and_its_own_police_protocol(web: Heldback139Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    art = "/article/2712/CCTV-in-Great-Yarmouth-and-Gorleston"
    assert "Provided by Community Safety (Great Yarmouth) Ltd" in _html(web, host, art)
    text = _text(web, host, "/downloads/file/918/csgy-police-protocol")
    assert "Signed for Norfolk Constabulary" in text and "Borough Council" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].endswith("csgy.example.org.uk")


def test_refuge_points_page_of_three_voices_and_countersigned_word_agreement(web: Heldback139Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    assert _html(web, host, "/community-safety/cctv/refuge-points/").count('<section class="voice">') == 2
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Countersigned for the Office of the Police and Crime Commissioner" in _text(
        web, host, urlsplit(doc["url"]).path
    )
    pn = "/about-us/data-protection/departmental-privacy-notices/cctv-privacy-notice/"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pn}


def test_three_party_draft_signed_only_by_the_monitoring_council(web: Heldback139Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Harborough District Council: signed" in text and "Leicestershire Police: Signed ....." in text
    assert "Harborough District Council's monitoring hub" in _main(
        web, host, "/info/100011/crime_and_community_safety/512/town_centre_cctv"
    )


def test_legacy_control_room_for_town_councils_and_step_1(web: Heldback139Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    pg = "/environment/community-safety/cctv-control-room"
    assert '<main id="main">' not in _html(web, host, pg)
    assert "monitoring agreements" in _html(web, host, pg)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017" and d["5.5"]["status"] == "not_met"
    assert a["heldback"]["democracy_host"] == "cds.sevenoaks.gov.uk"
    assert not any("cds." in u for u in d["5.1"]["pages"])


def test_whose_cameras_table_and_spoc_only_in_code(web: Heldback139Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    pg = "/communities/community-safety/cctv/cctv-in-chelmsford/"
    html = _html(web, host, pg)
    assert '<th scope="col">Owner and data controller</th>' in html and "Maldon District Council" in html
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/3318/cctv-code-of-practice-2024.pdf"}
    assert d["5.2"]["level"] == "step2" and d["5.5"]["status"] == "partial"


def test_one_fact_councils_whose_cameras_are_watched_elsewhere(web: Heldback139Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.epsom-ewell.gov.uk", "cameras", "/residents/community-safety/safer-nights-in-epsom"),
        ("www.burnley.gov.uk", "operator", "/parking/town-centre-car-parks"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Ashley Centre" in _main(web, "democracy.epsom-ewell.gov.uk", "/ieIssueDetails.aspx?IId=10295&Opt=3")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.kent.gov.uk", "www.westdevon.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback139Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.westdevon.gov.uk", "www.gravesham.gov.uk"})
    assert "Provided by the Office of the Police and Crime Commissioner" in _html(
        web, "www.westdevon.gov.uk", "/community/community-safety/cctv-grants-for-towns"
    )
