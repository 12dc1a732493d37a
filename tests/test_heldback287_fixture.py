"""The 287th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, with the emphasis on police-side look-alikes beside the
councils' own agreements and certification claims: a signed protocol that is a "West Yorkshire Police:" partner page
among the force's own pages and the Mayor's policing decision; a CSP protocol signed by the Met (and another by
Cambridgeshire's Chief Constable) that excludes images; a Met ward panel page; a county hosting the Police and Crime
Panel with the Commissioner's signed CCTV decision and the districts' memorandum; a step 2 claim only on a page for
police officers beside the Constabulary's own request form; a step 2 claim only in a strategy PDF's foreword; a step
2 claim on a control centre visits page; a signed agreement with British Transport Police (not the register's force);
a signed joint controller arrangement behind its published essence; a signed ISA filed among a PCC project's
documents beside a police letter of support; a hub code with blank signature lines; the council's SPOC beside the
force's own contact in a two-column table; a SPOC in an address block on a vehicle cameras page; a partner's
certificate in a shared room; one-fact councils; and councils that publish nothing but carry look-alikes.
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
    evidence_urls,
    linking as _linking,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback287.truth import TRUTH_PATH
from fixtures.heldback287.web import Heldback287Web


@pytest.fixture(scope="module")
def web() -> Heldback287Web:
    return Heldback287Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback287Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 287)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_signed_protocol_is_a_partner_page_among_the_forces_own(web: Heldback287Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    wyp = "/saferleeds/partners/west-yorkshire-police"
    proto = f"{wyp}/leedswatch-operating-protocol"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).path == proto
    assert f"http://{host}{wyp}" in _linking(web, host, doc["url"])
    html = _html(web, host, proto)
    assert "<h1>West Yorkshire Police: LeedsWatch operating protocol</h1>" in html and "partner-content" not in html
    assert '<th scope="col">Signed for</th>' in html and "Leeds City Council" in _main(web, host, proto)
    for own in (wyp, f"{wyp}/police-cctv-liaison-officers", "/saferleeds/partners/mayor-of-west-yorkshire"):
        assert "partner-content__credit" in _html(web, host, own), own
        assert f"http://{host}{own}" not in evidence_urls(_auth(truth, host)), own
    assert "Signed by the Mayor of West Yorkshire" in _main(web, host, "/saferleeds/partners/mayor-of-west-yorkshire")
    assert "BS 7958" in _main(web, host, "/saferleeds/leedswatch-security-service")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_step_2_only_in_strategy_foreword_and_csp_protocol_excluding_images(web: Heldback287Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    cctv = "/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link"
    strategy = "/media/documents/merton-public-space-cctv-strategy-2022-2026.pdf"
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {strategy}
    assert "step 2" not in _main(web, host, cctv) and "<img" not in _main(web, host, cctv)
    assert "Foreword" in _text(web, host, strategy).split("step 2")[0]
    isp = "/media/documents/safer-merton-information-sharing-protocol.pdf"
    text = _text(web, host, isp)
    assert "Metropolitan Police Service" in text and "does not cover recorded CCTV images" in text
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    panel = _html(
        web, host, "/communities-and-neighbourhoods/crime-prevention-and-community-safety/wimbledon-town-ward-panel"
    )
    assert "Information provided by the Metropolitan Police" in panel
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_county_hosts_the_police_and_crime_panel_and_publishes_nothing(web: Heldback287Web, truth: dict) -> None:
    host = "www.lincolnshire.gov.uk"
    item = "/police-and-crime-panel/meetings/9-february-2024/item-6-commissioner-decisions"
    links = _links(web, host, item)
    dec = next(u for u in links if "pcc-decision-014-2024" in u)
    assert "Signed: Police and Crime Commissioner for Lincolnshire" in _text(web, host, urlsplit(dec).path)
    assert any("memorandum" in u for u in links)
    assert_publish_nothing(
        web, truth, {"www.scilly.gov.uk", "www.lincolnshire.gov.uk", "www.braintree.gov.uk"}, min_decoys=4
    )
    assert "Information provided by the Isles of Scilly policing team" in _html(
        web, "www.scilly.gov.uk", "/community-safety/policing-team-newsletter"
    )
    assert _auth(truth, "www.braintree.gov.uk")["heldback"]["robots_forbid_search"]
    assert "Signed: Police, Fire and Crime Commissioner for Essex" in _text(
        web, "www.braintree.gov.uk", "/downloads/file/3310/pfcc-decision-halstead-cctv"
    )


def test_step_2_only_on_the_page_for_police_officers(web: Heldback287Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    officers = "/cctv/information-for-police-officers"
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2020-10"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {officers}
    assert "step 2" not in _main(web, host, "/cctv/cctv-in-wyre")
    form = "/downloads/file/1419/lancashire-constabulary-request-for-recorded-images"
    assert _linking(web, host, f"http://{host}{form}") == {f"http://{host}{officers}"}
    assert "issued by Lancashire Constabulary" in _text(web, host, form)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "democracy.wyre.gov.uk" in web.sites[host].hosts()


def test_step_2_on_visits_page_and_signed_agreement_with_the_wrong_force(web: Heldback287Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert "full certification (step 2)" in _main(
        web, host, "/community-safety/safer-runnymede/visiting-the-control-centre"
    )
    btp = "/media/2291/btp-runnymede-station-cctv-agreement.pdf"
    assert "Signed for British Transport Police" in _text(web, host, btp)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["police_force"] == "Surrey"
    assert "Information provided by Surrey Police" in _html(
        web, host, "/community-safety/safer-runnymede/joint-action-group"
    )


def test_signed_joint_controller_arrangement_behind_its_essence(web: Heldback287Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    essence = "/community-safety/cctv-worthing/joint-controller-arrangement"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}{essence}"}
    assert "Signed for Worthing Borough Council" in _text(web, host, urlsplit(doc["url"]).path)
    assert "joint controllers" in _main(web, host, essence)
    assert "Adur District Council owns four cameras" in _main(web, host, "/community-safety/cctv-adur")
    assert all("cctv-adur" not in u for u in d["5.1"]["pages"])


def test_signed_isa_among_pcc_project_documents(web: Heldback287Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    ss = "/community-safety/safer-streets-2"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}{ss}"}
    assert "Office of the Police and Crime Commissioner" in _html(web, host, ss)
    letter = "/media/documents/safer-streets-police-letter-of-support.pdf"
    assert f"http://{host}{letter}" in _links(web, host, ss)
    assert f"http://{host}{letter}" not in evidence_urls(_auth(truth, host))
    assert d["5.3"]["status"] == "met" and "<h2>Accountability</h2>" in _html(web, host, "/cctv")


def test_hub_code_with_blank_signature_lines(web: Heldback287Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "20__" in text and "[insert address]" in text and "Lancashire Constabulary" in text
    assert d["5.3"]["status"] == "not_met"
    assert "Information provided by Lancashire Constabulary" in _html(
        web, host, "/residents/community-safety/operation-centurion"
    )


def test_spoc_beside_the_forces_contact_and_welsh_twin(web: Heldback287Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    pg = "/en/resident/crime-and-community-safety/public-space-cctv"
    html = _html(web, host, pg)
    assert '<th scope="col">Blaenau Gwent Council</th><th scope="col">Gwent Police</th>' in html
    assert "CCTV single point of contact for officers" in html
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert any("/cy/" in u for u in d["5.1"]["pages"]) and d["5.5"]["status"] == "partial"


def test_spoc_in_address_block_on_vehicle_cameras_page(web: Heldback287Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    veh = "/environment/waste-vehicles/vehicle-cameras"
    assert "<address>Single point of contact for all the council's surveillance cameras" in _html(web, host, veh)
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {veh}
    assert d["5.5"]["status"] == "not_met" and "Andover police station" in _text(
        web, host, "/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements/privacy-notice-cctv"
    )
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_partners_certificate_and_csp_protocol_on_a_legacy_site(web: Heldback287Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    assert "awarded to Peterborough City Council" in _text(web, host, "/saferfenland/cctv/shared-control-room")
    isp = _text(web, host, "/article/1187/cambridgeshire-community-safety-information-sharing-protocol")
    assert "Chief Constable" in isp and "outside the scope of this protocol" in isp
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_fact_councils(web: Heldback287Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.westdevon.gov.uk", "cameras", "/parks-and-open-spaces/public-toilets/tavistock-guildhall"),
        ("www.bassetlaw.gov.uk", "subject_access", "/about-us/data-protection/access-your-information"),
    ):
        d51 = _d(truth, host)["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Signed: Police and Crime Commissioner for Nottinghamshire" in _text(
        web, "www.bassetlaw.gov.uk", "/media/5120/opcc-decision-record-safer-streets-worksop.pdf"
    )
    assert _auth(truth, "www.westdevon.gov.uk")["heldback"]["robots_forbid_search"]
