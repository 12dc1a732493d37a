"""The two hundred and fifty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (cameras split between a community safety page and a
housing estates page, with the signed police agreement linked only from the 'For police officers' section of a footage
page under data protection; a per-service systems table
on an information governance page whose certification column claims step 2 on one row only, with a senior
responsible officer reached only by a form; a policy published as numbered HTML clauses with the SPOC in a clause,
a self-assessment and no certification; a county's service pages each carrying a cameras notice that points to the
corporate data protection page, where the SPOC sits in a contact panel; a step 1 claim only on a corporate data
protection page and its Welsh twin; one fact as a bullet of a team's tools, another in a row of a service-charge
table; step 2 only in a policy PDF listed on an access to information page, beside a draft Word protocol served
without extension; a SPOC in a CCTV privacy notice and a signed police protocol published as an HTML page with a
signature table; a step 2 claim and mark only on a corporate policy page with the figures in a quarterly PDF; a
memorandum signed once by a shared officer for two councils and by the police; schemes listed by owning service in a definition list
beside a 'preparing for certification' near-miss; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback256.truth import TRUTH_PATH
from fixtures.heldback256.web import Heldback256Web


@pytest.fixture(scope="module")
def web() -> Heldback256Web:
    return Heldback256Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback256Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 256)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_signed_agreement_only_from_the_footage_page_police_section(web: Heldback256Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    cs = "/community-safety/closed-circuit-television-cctv"
    est = "/housing/estate-cameras"
    foot = f"http://{host}/council-and-democracy/data-protection/requesting-camera-footage"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {foot}
    html = _html(web, host, urlsplit(foot).path)
    assert html.index("<h2>For police officers</h2>") < html.index(urlsplit(doc["url"]).path)
    assert foot in _links(web, host, est) and doc["url"] not in _links(web, host, cs)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for the London Borough of Southwark" in text and "Signed for the Metropolitan Police Service" in text
    assert "Transport for London" in _main(web, host, cs)
    assert {f"http://{host}{cs}", f"http://{host}{est}", foot} <= set(d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_systems_table_with_a_certification_column_and_sro_by_form(web: Heldback256Web, truth: dict) -> None:
    host = "www.wolverhampton.gov.uk"
    ig = "/council-and-democracy/information-governance/surveillance-camera-systems"
    html = _html(web, host, ig)
    assert '<th scope="col">Certification</th>' in html and html.count('<th scope="row">') == 4
    assert html.count("Step 2") == 1 and html.count("<td>None</td>") == 3
    main = _main(web, host, ig)
    assert "mailto:" not in html and "Senior Responsible Officer for surveillance cameras" in main
    assert f"http://{host}/forms/surveillance-camera-enquiry" in _links(web, host, ig)
    assert "<form" in _html(web, host, "/forms/surveillance-camera-enquiry")
    cs = "/community-and-living/community-safety/cctv"
    assert "step 2" not in _main(web, host, cs).lower() and "Dudley" in _main(web, host, cs)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {ig}
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_policy_as_numbered_clauses_with_spoc_clause_and_self_assessment_only(web: Heldback256Web, truth: dict) -> None:
    host = "www.derby.gov.uk"
    pol = "/council-and-democracy/information-governance/surveillance-camera-policy"
    html = _html(web, host, pol)
    assert html.count('class="clause"') >= 9 and '<span class="clause-no">5.2</span>' in html
    clause = html.split('<span class="clause-no">5.2</span>', 1)[1].split("</p>", 1)[0]
    assert "Single Point of Contact for surveillance cameras" in clause and "mailto:" in clause
    main = _main(web, host, pol)
    assert "self-assessment tool" in main and "certif" not in main.lower()
    assert '<aside class="site-notice site-notice--cameras"' in _html(web, host, "/parking-and-travel/car-parks")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not web.sites[host].az


def test_county_service_pages_point_to_the_corporate_page_with_the_spoc(web: Heldback256Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    corp = f"http://{host}/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    services = {
        f"http://{host}/waste-and-recycling/recycling-and-household-waste-sites",
        f"http://{host}/libraries/visiting-a-library",
        f"http://{host}/roads-and-travel/traffic-cameras",
    }
    for url in services:
        assert "Cameras at this site" in _main(web, host, urlsplit(url).path), url
    assert services <= _linking(web, host, corp)
    assert '<aside class="contact-panel">' in _html(web, host, urlsplit(corp).path)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert services <= set(d["5.1"]["pages"]) and corp in d["5.1"]["pages"]
    assert not any("community-safety" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {corp}
    assert d["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]


def test_step_1_only_on_corporate_page_and_its_welsh_twin(web: Heldback256Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    corp = "/your-council/data-protection/surveillance-cameras"
    cy = "/cy/eich-cyngor/diogelu-data/camerau-gwyliadwriaeth"
    assert "step 1" in _main(web, host, corp) and "step 1" not in _main(web, host, "/community-safety/cctv")
    assert f"http://{host}{cy}" in _links(web, host, corp)
    assert '<html lang="cy">' in _html(web, host, cy) and "cam 1" in _main(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020"
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_one_fact_councils(web: Heldback256Web, truth: dict) -> None:
    for host, crit, path, marker in (
        (
            "www.hertsmere.gov.uk",
            "other_systems",
            "/Community/Community-Safety/Anti-social-behaviour.aspx",
            "<li>eight",
        ),
        ("www.cannockchasedc.gov.uk", "cameras", "/housing/tenant-service-charges", "<td>Tenants on the Benion Road"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert marker in _html(web, host, path), host


def test_step_2_only_in_policy_pdf_beside_draft_word_protocol(web: Heldback256Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    corp = "/the-council/access-to-information/surveillance-camera-policy"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and (_render(web, ev["url"]).header("Content-Type") or "") == "application/pdf"
    assert "step 2" in _text(web, host, urlsplit(ev["url"]).path)
    assert "step 2" not in _main(web, host, corp) and "step 2" not in _main(
        web, host, "/residents/community-safety/cctv"
    )
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{corp}"}
    assert '<ul class="downloads">' in _html(web, host, corp)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_in_privacy_notice_and_signed_protocol_as_html(web: Heldback256Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    pn = "/council/data-protection/privacy-notices/cctv"
    assert "single point of contact for surveillance camera systems" in _main(web, host, pn)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pn}
    (doc,) = d["5.5"]["documents"]
    assert "html" in (_render(web, doc["url"]).header("Content-Type") or "")
    html = _html(web, host, urlsplit(doc["url"]).path)
    assert "<caption>Signatures</caption>" in html and "Surrey Police" in html
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/policies-and-strategies"}
    assert "monitor" in _main(web, host, "/community/community-safety/cctv")


def test_step_2_and_mark_only_on_corporate_policy_page(web: Heldback256Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    pol = "/council/information-and-data/surveillance-camera-policy"
    assert 'alt="Surveillance Camera Commissioner certified"' in _html(web, host, pol)
    assert "step 2" not in _main(web, host, "/streets-parking-transport/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-10"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {pol}
    report = "/media/4412/hawk-eye-report-q2-2025.pdf"
    assert "214 arrests" in _text(web, host, report) and d["5.1"]["criteria"]["statistics"]
    assert "democracy.huntingdonshire.gov.uk" in web.sites[host].hosts()


def test_memorandum_signed_once_for_two_councils_and_by_the_police(web: Heldback256Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for") == 2 and "Signed for Thames Valley Police" in text and _no_extension(doc["url"])
    assert "on behalf of Vale of White Horse District Council and South Oxfordshire" in " ".join(text.split())
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-and-safety/cctv"}
    assert "Abingdon Town Council" in _main(web, host, "/community-and-safety/town-council-funding")
    assert d["5.5"]["status"] == "met" and d["5.3"]["status"] == "partial"


def test_schemes_by_owning_service_and_working_towards_certification(web: Heldback256Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    pg = "/your-council/data-protection/surveillance-camera-systems"
    html = _html(web, host, pg)
    assert '<dl class="schemes">' in html and html.count("<dt>") == 5
    assert "preparing for third-party certification" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback256Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.e-lindsey.gov.uk", "www.cotswold.gov.uk", "www.great-yarmouth.gov.uk"})
    assert "Cirencester Town Council" in _main(
        web, "www.cotswold.gov.uk", "/community-and-leisure/town-and-parish-councils"
    )
