"""The four hundred and sixteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: regeneration and capital project pages whose cameras are
promises (milestone lists, FAQs, a Welsh twin) and never evidence, beside the standing disclosure; a SPOC designated
only in a project's FAQ; a step 2 claim only as a present-tense aside on a public realm project page; another only in
a capital project's closure report; a step 1 claim only in a Word policy's document control, served without
extension; a signed police protocol linked only from a security project's update page; a signed agreement only as an
annex of a regeneration business case; a version table with a current signed agreement and a superseded draft; a
draft SLA; a three-part guide with the SPOC in an address block; a SPOC under a register of systems; uppercase /EN/
and /CY/ .aspx twins; stale 1998 Act and fee cues; one-fact councils in an outputs table, a before-and-after table and
a review page; board notes on democracy hosts; and councils that publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback416.truth import TRUTH_PATH
from fixtures.heldback416.web import Heldback416Web


@pytest.fixture(scope="module")
def web() -> Heldback416Web:
    return Heldback416Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback416Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 416)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 9, "partial": 3, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_project_promises_are_served_but_never_evidence(web: Heldback416Web, truth: dict) -> None:
    promises = {
        "www.southwark.gov.uk": "/regeneration/old-kent-road/healthy-streets-phase-2",
        "www.rotherham.gov.uk": "/regeneration/rotherham-town-deal/markets-and-library",
        "www.york.gov.uk": "/regeneration/castle-gateway",
        "www.rctcbc.gov.uk": "/EN/Business/Regeneration/PontypriddTownCentre.aspx",
        "www.stalbans.gov.uk": "/planning-and-building-control/harpenden-public-realm",
        "www.wyre.gov.uk": "/council/capital-projects/fleetwood-levelling-up",
    }
    for host, path in promises.items():
        main = _main(web, host, path).lower()
        assert "camera" in main or "cctv" in main, host
        assert f"http://{host}{path}" not in evidence_urls(_auth(truth, host)), host
    okr = _html(web, "www.southwark.gov.uk", "/regeneration/old-kent-road/healthy-streets-phase-2")
    assert '<ol class="milestones">' in okr and "New cameras commissioned" in okr and "(planned)" in okr
    assert "<caption>Project at a glance</caption>" in okr


def test_southwark_standing_page_spoc_and_mention(web: Heldback416Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    cctv = f"http://{host}/community-safety-and-enforcement/public-space-cctv"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [cctv]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {cctv} and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    faq = _main(web, host, "/regeneration/old-kent-road/healthy-streets-phase-2/questions-and-answers")
    assert "When they are installed" in faq


def test_step_1_only_in_word_policy_without_extension(web: Heldback416Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    pol = "/downloads/file/4127/surveillance-camera-policy"
    r = _render(web, f"http://{host}{pol}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert 'filename="surveillance-camera-policy.docx"' in (r.header("Content-Disposition") or "")
    assert _no_extension(pol)
    assert "step 1 (desktop) certification" in _text(web, host, pol)
    assert "step 1" not in _main(web, host, "/community-safety/cctv-and-deployable-cameras").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-03" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{pol}"}
    notes = _main(web, "moderngov.rotherham.gov.uk", "/mgAi.aspx?ID=98947")
    assert "cameras" in notes and not any("moderngov" in u for u in evidence_urls(_auth(truth, host)))
    assert "grant funding agreement" in _main(web, host, "/regeneration/rotherham-town-deal")
    assert d["5.5"]["status"] == "not_met"


def test_three_part_guide_and_protocol_only_on_project_updates(web: Heldback416Web, truth: dict) -> None:
    host = "www.york.gov.uk"
    for n in (1, 2, 3):
        assert _render(web, f"http://{host}/york-city-centre/cctv-york/{n}").status == 200
    g2 = _html(web, host, "/york-city-centre/cctv-york/2")
    assert '<address class="contact-card">' in g2 and "single point of contact for surveillance cameras" in g2
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Yorkshire" and doc["date"] == "2024-03-19"
    upd = f"http://{host}/transport/footstreets-security/project-updates"
    assert _linking(web, host, doc["url"]) == {upd}
    assert "dedicated CCTV operator" in _main(web, host, "/transport/footstreets-security/project-updates")
    assert "Signed for and on behalf of North Yorkshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")


def test_uppercase_welsh_twins_and_control_centre_phone(web: Heldback416Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    twin = f"http://{host}/CY/Preswylwyr/ArgyfwngauDiogelwchaThrosedd/TeleduCylchCyfyng/CwestiynauCyffredin.aspx"
    assert twin in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, urlsplit(twin).path)
    assert all(urlsplit(u).path.startswith(("/EN/", "/CY/")) for u in d["5.1"]["pages"])
    assert "/CY/Busnes/Adfywio/CanolTrefPontypridd.aspx" not in {
        urlsplit(u).path for u in evidence_urls(_auth(truth, host))
    }
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_step_2_only_in_capital_project_closure_report(web: Heldback416Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    rep = f"http://{host}/media/3390/cctv-network-upgrade-closure-report.pdf"
    assert _linking(web, host, rep) == {f"http://{host}/council/capital-projects/cctv-network-upgrade"}
    assert "step 2" not in _main(web, host, "/cctv/cctv-wyre").lower()
    assert "Fylde Council" in _main(web, host, "/cctv/cctv-wyre")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    for town in ("fleetwood", "garstang"):
        assert _render(web, f"http://{host}/cctv/cctv-wyre/{town}-camera-map").status == 200


def test_spoc_only_in_project_faq_and_draft_sla(web: Heldback416Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    faq = f"http://{host}/regeneration/town-square/questions-and-answers"
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {faq} and d["5.3"]["status"] == "met"
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "democracy.stevenage.gov.uk" in web.sites[host].hosts()
    assert "cameras" in _main(web, "democracy.stevenage.gov.uk", "/mgAi.aspx?ID=17097")


def test_step_2_aside_on_project_page_and_version_table(web: Heldback416Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    bc = f"http://{host}/regeneration/hemel-town-centre/bank-court"
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {bc} and d["5.2"]["level"] == "step2"
    assert "step 2" not in _main(web, host, "/community-safety/community-control-centre").lower()
    page = _html(web, host, "/community-safety/community-control-centre")
    assert "<td>Superseded</td>" in page and "<td>Current</td>" in page
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "v2-signed" in doc["url"]
    draft = "/docs/default-source/community-safety/isa-hertfordshire-constabulary-v1-draft.pdf"
    assert "CONSULTATION DRAFT" in _text(web, host, draft)


def test_signed_agreement_only_as_business_case_annex(web: Heldback416Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    prog = f"http://{host}/home/primary-services/regeneration/town-centre-public-realm-programme"
    assert _linking(web, host, doc["url"]) == {prog}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Annex D: Information sharing agreement with Kent Police" in text and "Strategic case" in text
    reg = "/home/primary-services/community-and-safety/public-realm-cctv/surveillance-camera-register"
    assert '<th scope="col">System</th>' in _html(web, host, reg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {reg}
    assert "holds its own certification" in _main(
        web, host, "/home/primary-services/community-and-safety/public-realm-cctv"
    )
    assert d["5.2"]["status"] == "not_met"


def test_stale_cues_and_contractor_sla(web: Heldback416Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    main = _main(web, host, "/community-and-living/community-safety/cctv")
    assert "Data Protection Act 1998" in main and "£10" in main and "service level agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_one_fact_councils(web: Heldback416Web, truth: dict) -> None:
    for host, crit, path, marker in (
        ("www.gloucester.gov.uk", "cameras", "/regeneration/kings-quarter", "<caption>Outputs delivered</caption>"),
        ("www.eastleigh.gov.uk", "operator", "/our-community/public-realm-cctv-review", "<h2>What you told us</h2>"),
        (
            "www.lancaster.gov.uk",
            "cameras",
            "/parks-and-open-spaces-projects/happy-mount-park",
            "<caption>Before and after</caption>",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert marker in _html(web, host, path), host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback416Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.derbyshire.gov.uk", "eastdevon.gov.uk", "www.wealden.gov.uk"})
    assert "Exmouth Town Council" in _main(web, "eastdevon.gov.uk", "/regeneration/exmouth/queens-drive")
    assert "Hailsham Town Council" in _main(
        web, "www.wealden.gov.uk", "/regeneration-and-economy/uk-shared-prosperity-fund-projects"
    )
    assert '<main id="main">' not in _html(web, "www.derbyshire.gov.uk", "/")
