"""The 275th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the police agreements in their several forms and states are really served: a memorandum signed in two
counterparts, each by one party; heads of terms agreed in principle and unsigned; a concordat signed by five councils
and the force, served without extension; a compact signed by the police that leaves cameras out; a signed agreement
published after it expired, its replacement sent for signature; a letter of intent signed by both that is not an
agreement; a protocol signed but not yet in force beside the one it replaces, in a directory record; a memorandum
mention in a service charter beside a police licence to occupy a desk; a memorandum of agreement on a shared site; a
councils' processing agreement the police are not party to; a renewal noted only in a page history beside a signed
memorandum with the neighbouring force. Also: step 1 in a milestones list, step 2 in a charter and in a sentence,
another body's certification on two pages, SPOCs in a table, a charter and a shared page, a legacy layout, one-fact
councils, robots forbidding the search, a Welsh twin and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback275.truth import TRUTH_PATH
from fixtures.heldback275.web import Heldback275Web

SIGN = "Signed for and on behalf of"


@pytest.fixture(scope="module")
def web() -> Heldback275Web:
    return Heldback275Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback275Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 275)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_memorandum_signed_in_two_counterparts(web: Heldback275Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    page = "/community-safety/cctv-and-responsive-security-patrol/working-with-the-police"
    d = _auth(truth, host)["deliverables"]
    docs = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and len(docs) == 2 and all(x["signed"] for x in docs)
    council, police = (_text(web, host, _path(x["url"])) for x in docs)
    for text in (council, police):
        assert "executed in any number of counterparts" in text
    assert f"{SIGN} the London Borough of Camden" in council and f"{SIGN} the Metropolitan Police" not in council
    assert f"{SIGN} the Metropolitan Police Service" in police and f"{SIGN} the London Borough" not in police
    assert {x["url"] for x in docs} <= set(_links(web, host, page))
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_heads_of_terms_unsigned_and_spoc_in_a_table(web: Heldback275Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, _path(doc["url"]))
    assert "not legally binding" in text and "Signature: ...................." in text
    gov = "/crime-and-community-safety/public-space-cctv/surveillance-camera-governance"
    assert '<th scope="col">Role</th><th scope="col">Held by</th>' in _html(web, host, gov)
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {gov}
    minutes = _text(web, "modgov.sefton.gov.uk", "/mgAi.aspx?ID=90211")
    assert "heads of terms" in minutes and not any("modgov" in u for u in d["5.1"]["pages"])


def test_concordat_without_extension_and_step_2_sentence(web: Heldback275Web, truth: dict) -> None:
    host = "www.blackburn.gov.uk"
    hub = "/community-safety/cctv/the-pennine-cctv-hub"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"]) and doc["force"] == "Lancashire"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, _path(doc["url"]))
    assert text.count(SIGN) == 6 and "concordat" in text.lower()
    assert _linking(web, host, doc["url"]) == {f"http://{host}{hub}"}
    assert "<img" not in _main(web, host, hub) and "(step 2)" in _main(web, host, hub)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-11" and not d["5.2"]["mark_displayed"]


def test_compact_signed_by_police_leaves_cameras_out(web: Heldback275Web, truth: dict) -> None:
    host = "www.staffordshire.gov.uk"
    text = _text(web, host, "/Community/Community-safety/Documents/Staffordshire-Community-Safety-Compact-2024.pdf")
    assert f"{SIGN} Staffordshire Police" in text and "Public space CCTV, which is run by district" in text
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_expired_signed_agreement_and_step_1_milestone(web: Heldback275Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, _path(doc["url"]))
    assert text.startswith("Information Sharing Agreement") and "EXPIRED" in text
    assert f"{SIGN} Lincolnshire Police" in text and f"{SIGN} West Lindsey District Council" in text
    assert d["5.5"]["status"] == "partial" and doc["signed"] and not doc["draft"]
    about = _html(web, host, "/communities-safety/cctv-public-spaces/about-our-cctv-service")
    assert "<ol><li>" in about and "step one (desktop) certification" in about
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020"
    assert d["5.1"]["criteria"]["statistics"] and d["5.3"]["status"] == "met"


def test_letter_of_intent_on_a_legacy_site(web: Heldback275Web, truth: dict) -> None:
    host = "www.hyndburnbc.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    text = _text(web, host, "/downloads/cctv-letter-of-intent-lancashire-constabulary.pdf")
    assert f"{SIGN} Lancashire Constabulary" in text and f"{SIGN} Hyndburn Borough Council" in text
    assert "It is not itself an agreement" in text
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "holds full certification" in _html(web, host, "/community-safety/cctv") and d["5.2"]["status"] == "not_met"


def test_signed_protocol_not_yet_in_force_in_a_directory_record(web: Heldback275Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    rec = "/directory_record/1217/cctv_protocol_with_leicestershire_police"
    assert "Comes into force on 1 April 2026" in _main(web, host, rec)
    d = _auth(truth, host)["deliverables"]
    docs = {x["date"]: x for x in d["5.5"]["documents"]}
    assert d["5.5"]["status"] == "met" and set(docs) == {"2025-12-16", "2019-04-26"}
    new = _text(web, host, _path(docs["2025-12-16"]["url"]))
    assert "comes into force on 1 April 2026" in new and new.count(SIGN) == 2
    assert all(_linking(web, host, x["url"]) == {f"http://{host}{rec}"} for x in docs.values())
    assert "Melton" in _main(web, host, "/news/article/1402/melton_cameras")


def test_charter_holds_step_2_spoc_and_mou_mention_beside_a_licence(web: Heldback275Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    charter = _main(web, host, "/safety-emergencies/cctv/our-cctv-service-charter")
    assert "full certification (step 2)" in charter and "single point of contact" in charter
    assert "memorandum of understanding" in charter
    reg = _html(web, host, "/your-council/property/leases-and-licences-register")
    assert "<td>Licence to occupy</td><td>Lincolnshire Police</td>" in reg
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met"


def test_memorandum_of_agreement_on_a_shared_site(web: Heldback275Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    assert "<title>Adur and Worthing Councils" in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, _path(doc["url"]))
    assert "Memorandum of Agreement" in text and text.count(SIGN) == 3
    assert "Worthing Borough Council" in _main(web, host, "/community-safety/public-space-cctv")
    assert d["5.3"]["status"] == "met"


def test_councils_processing_agreement_police_not_a_party(web: Heldback275Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    html = _html(web, host, "/environmental-health/community-safety/cctv-surveillance-systems")
    assert "<caption>Nottinghamshire Police is not a party to this agreement.</caption>" in html
    assert "holds third-party certification" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert "grant agreement" in _main(web, host, "/environmental-health/community-safety/safer-streets")


def test_renewal_only_in_page_history_and_neighbouring_force_memorandum(web: Heldback275Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    cctv = "/by-category/community-and-living2/csp/cctv"
    html = _html(web, host, cctv)
    hist = html.split('<section class="page-history">', 1)[1]
    assert "information sharing agreement with Kent Police has been renewed" in hist
    border = _html(web, host, f"{cctv}/cross-border-working")
    assert "<td>Metropolitan Police Service</td>" in border and "Kent Police" not in border
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {_path(e["url"]) for e in d["5.5"]["evidence"]} == {cctv}


def test_one_fact_councils(truth: dict) -> None:
    for host, path in (
        ("www.folkestone-hythe.gov.uk", "/leisure/parks/cheriton-recreation-ground"),
        ("www.rochford.gov.uk", "/business/rayleigh-town-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_robots_and_welsh_twin(web: Heldback275Web, truth: dict) -> None:
    assert _auth(truth, "www.southhams.gov.uk")["heldback"]["robots_forbid_search"]
    cy = _html(web, "www.anglesey.gov.uk", "/cy/newyddion/2014/diffodd-camerau-teledu-cylch-cyfyng")
    assert '<html lang="cy">' in cy


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback275Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "www.anglesey.gov.uk", "www.southhams.gov.uk"})
    assert "48 cameras" in _main(web, "www.anglesey.gov.uk", "/community/town-and-community-councils")
