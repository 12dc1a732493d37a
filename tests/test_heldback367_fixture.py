"""The 367th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served, with car parks, markets and transport hubs to the
fore (a car parks page leading to the CCTV page and a code whose certificate of agreement has dotted blank lines; a
step 2 row in a control-room standards table, a SPOC in a 'who to contact' aside and a signed agreement as an HTML
page; one fact inside a closed details panel on a multi-storey car park page; a surveillance camera SRO among other
governance roles, a Welsh policy PDF and a Welsh site on another host; a control centre filed under parking, step 1
only in an annual report PDF and a signed Word agreement; one fact in an article of a parking places order; a legacy
question-and-answer page with a self-assessment file that is not certification; a guide in parts with the SPOC in part
4; one fact in a market licence's clause 19; a signed release protocol and request figures; a SPOC reached only by a
form; step 2 only in a certificate served without extension; and councils that publish nothing but carry look-alikes:
plate-reading car parks, bus stations run by others, town councils' cameras, Park Mark)."""

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

from fixtures.heldback367.truth import TRUTH_PATH
from fixtures.heldback367.web import Heldback367Web


@pytest.fixture(scope="module")
def web() -> Heldback367Web:
    return Heldback367Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback367Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 367)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_car_parks_lead_to_cctv_and_blank_certificate_of_agreement(web: Heldback367Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    cctv = f"http://{host}/community-and-living/community-safety/cctv"
    assert f"http://{host}/parking-and-roads/car-parks" in _linking(web, host, cctv)
    assert 'href="#contact"' in _html(web, host, _path(cctv))
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    code = _text(web, host, _path(doc["url"]))
    assert "Signed for and on behalf of the Metropolitan Police Service" in code and "Dated the ........ day" in code
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctv@barnet.example.gov.uk"
    for decoy in ("enforcement/cctv-traffic-enforcement", "enforcement/body-worn-video"):
        assert "camera" in _main(web, host, f"/parking-and-roads/{decoy}")
        assert f"http://{host}/parking-and-roads/{decoy}" not in d["5.1"]["pages"]


def test_standards_row_contact_aside_and_html_agreement(web: Heldback367Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    root = "/council-community/community-advice/cctv-use-in-the-dudley-borough/"
    assert "<td>Step 2 full certification, awarded May 2022</td>" in _html(web, host, root + "our-control-room/")
    aside = _html(web, host, root).split('<aside class="page-contact">', 1)[1].split("</aside>", 1)[0]
    assert "Surveillance camera single point of contact" in aside and "mailto:" in aside
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["status"], d["5.2"]["level"], d["5.2"]["awarded"]) == ("met", "step2", "2022-05")
    assert not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    isa = f"http://{host}{root}working-with-west-midlands-police/information-sharing-agreement/"
    assert (
        doc["url"] == isa and doc["signed"] and (_render(web, isa).header("Content-Type") or "").startswith("text/html")
    )
    assert _linking(web, host, isa) == {f"http://{host}{root}working-with-west-midlands-police/"}
    assert "Signed on behalf of West Midlands Police" in _main(web, host, _path(isa))
    hub = "/residents/roads-travel-and-parking/dudley-interchange/"
    assert "Safer Travel" in _main(web, host, hub) and f"http://{host}{hub}" not in d["5.1"]["pages"]


def test_one_fact_in_a_closed_details_panel(web: Heldback367Web, truth: dict) -> None:
    host = "www.wokingham.gov.uk"
    page = "/parking/car-parks/carnival-multi-storey-car-park"
    html = _html(web, host, page)
    safety = html.split("<details><summary>Safety</summary>", 1)[1].split("</details>", 1)[0]
    assert "CCTV cameras cover every deck" in safety and "<details open" not in html
    assert 'alt="Park Mark Safer Parking Award"' in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{page}"]


def test_sro_among_governance_roles_and_welsh_twins(web: Heldback367Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    roles = "/home/council-services/council-and-democracy/data-protection/information-governance-roles/"
    main = _main(web, host, roles)
    for role in ("Senior Information Risk Owner", "Data Protection Officer", "Regulation of Investigatory Powers Act"):
        assert role in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {roles}
    cctv = "/home/council-services/community-safety/cctv-camera-systems/"
    links = _links(web, host, cctv)
    assert any(urlsplit(u).hostname == "www.sirgar.llyw.cymru" for u in links)
    assert "www.sirgar.llyw.cymru" not in web.sites[host].hosts()
    welsh = f"http://{host}/media/3413/polisi-corfforaethol-systemau-camerau-tcc.pdf"
    assert welsh in d["5.1"]["pages"] and "Cod Ymarfer" in _text(web, host, _path(welsh))
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_control_centre_under_parking_step_1_in_report_and_word_isa(web: Heldback367Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    centre = "/parking-and-travel/cctv-control-centre/"
    assert f"http://{host}/parking-and-travel/city-centre-car-parks/" in _linking(web, host, f"http://{host}{centre}")
    d = _auth(truth, host)["deliverables"]
    report = "/media/8841/cctv-annual-report-2023-24.pdf"
    assert "step one" not in _main(web, host, centre) and "step one (desktop)" in _text(web, host, report)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    (doc,) = d["5.5"]["documents"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{centre}footage-for-police-and-insurers/"}
    assert "Signed for Devon and Cornwall Police" in _text(web, host, _path(doc["url"]))
    assert "Stagecoach" in _main(web, host, "/parking-and-travel/exeter-bus-station/")


def test_one_fact_in_a_parking_places_order(web: Heldback367Web, truth: dict) -> None:
    host = "eastdevon.gov.uk"
    order = "/media/5521/off-street-parking-places-consolidation-order-2024.pdf"
    assert "Article 27: Closed circuit television" in _text(web, host, order)
    assert _linking(web, host, f"http://{host}{order}") == {f"http://{host}/parking/parking-orders/"}
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{order}"] and d51["criteria"]["retention"]


def test_legacy_questions_and_self_assessment_is_not_certification(web: Heldback367Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    assert web.sites[host].search is None and not web.sites[host].az
    cctv = "/sections/your-council/community-safety/cctv"
    html = _html(web, host, cctv)
    assert '<main id="main">' not in html and "<h3>Is anyone watching the cameras live?</h3>" in html
    sat = "/media/2291/gosport-cctv-self-assessment-2024.docx"
    assert "Principle 6" in _text(web, host, sat)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert "bus company" in _html(web, host, "/sections/parking-and-transport/gosport-bus-station")


def test_guide_in_parts_with_spoc_in_part_4(web: Heldback367Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    root = "/home/community-living/community-safety/cctv"
    part4 = f"{root}/who-is-responsible"
    assert f"http://{host}{part4}" in _links(web, host, f"{root}/recordings-and-your-rights")
    assert "Part 4 of 5" in _main(web, host, part4)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {part4}
    assert d["5.5"]["status"] == "partial" and d["5.2"]["status"] == "not_met"
    assert '<th scope="col">Park Mark</th>' in _html(web, host, "/home/parking/council-car-parks")


def test_one_fact_in_a_market_licence_clause(web: Heldback367Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    terms = "/downloads/file/1187/festival-market-licence-terms-and-conditions.docx"
    assert "19. Security cameras." in _text(web, host, terms)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{terms}"] and d51["criteria"]["retention"]
    assert _linking(web, host, f"http://{host}{terms}") == {f"http://{host}/business/markets/trade-at-our-markets"}


def test_signed_release_protocol_and_request_figures(web: Heldback367Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    d = _auth(truth, host)
    assert d["heldback"]["robots_forbid_search"]
    (doc,) = d["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire" and doc["date"] == "2023-06-27"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/police-requests"}
    text = _text(web, host, _path(doc["url"]))
    assert "Signed on behalf of Derbyshire Dales District Council" in text and "Chief Inspector" in text
    assert "49 from the police" in _main(web, host, "/community-safety/cctv")
    assert "not watched by cameras" in _main(web, host, "/parking/free-30-minutes")


def test_spoc_by_form_only_and_shopping_centre_watch(web: Heldback367Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    cctv = "/residents/community-safety/town-centre-cctv"
    main = _main(web, host, cctv)
    assert "single point of contact for surveillance cameras" in main and "security office in the Ashley Centre" in main
    assert "mailto:" not in _html(web, host, cctv).split('<main id="main">', 1)[1]
    assert "<form" in _html(web, host, "/contact-us/cctv-enquiry")
    spoc = _auth(truth, host)["deliverables"]["5.3"]
    assert spoc["status"] == "met" and spoc["spoc"]["email"] is None and spoc["spoc"]["phone"] is None


def test_step_2_only_in_certificate_without_extension(web: Heldback367Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    cert = "/downloads/download/611/cctv-certificate"
    r = _render(web, f"http://{host}{cert}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "step 2" not in _main(web, host, "/cctv/cctv-wyre").lower()
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["evidence"][0]["url"].endswith(cert)
    )
    assert "Every camera area has a sign" in _main(web, host, "/terms-conditions/privacy-notice/5")
    assert "Fylde Council" in _main(web, host, "/cctv/cctv-wyre") and d["5.5"]["status"] == "not_met"
    assert "market hall" in _main(web, host, "/markets/fleetwood-market")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback367Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hertfordshire.gov.uk", "www.wealden.gov.uk", "www.teignbridge.gov.uk"})
    assert "Number plate cameras" in _main(web, "www.wealden.gov.uk", "/parking/luxford-field-car-park/")
    assert "cameras read your number plate" in _main(web, "www.teignbridge.gov.uk", "/parking/pay-by-plate-car-parks")
    assert "bus companies" in _main(web, "www.hertfordshire.gov.uk", "/services/transport/bus-stations")
