"""The four hundred and twenty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: shared services and joint arrangements. Checks: the councils are fresh register rows; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a who-does-what table
across a council, the borough watching its cameras and the police, with the partner's certificate and a draft
protocol; a step 2 claim only in a figure caption under the mark; a signed force-wide protocol with four councils;
the council as provider of a shared control room, its SPOC in an address block and a signed agreement between
councils only; a county policy naming a SPOC role without a contact route; a bilingual site whose cameras passed to
town councils; step 1 only in an extensionless Word summary and a draft police ISA on the meetings host; a shared
site carrying the other council's camera page; a client of a partnership with a signed ISA acknowledged by the
processor; a neighbour's certified control centre on a legacy page; a joint certificate naming both councils and a
SPOC only in a quarterly report; cameras handed to the police with the agreement only in a decision record; a one-fact
service plan row; a partnership protocol that excludes footage; an SLA in three HTML parts with signatures on the
last; and councils that publish nothing but carry look-alikes).
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
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback429.truth import TRUTH_PATH
from fixtures.heldback429.web import Heldback429Web


@pytest.fixture(scope="module")
def web() -> Heldback429Web:
    return Heldback429Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback429Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 429)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 5, "not_met": 7}, tally


def test_who_does_what_table_partner_certificate_and_draft_protocol(web: Heldback429Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    pg = "/community-safety/community-cctv"
    html = _html(web, host, pg)
    assert (
        '<th scope="col">Westminster City Council</th><th scope="col">Hammersmith and Fulham Council</th>'
        '<th scope="col">Metropolitan Police</th>'
    ) in html
    assert "<td>Holds its own certificate</td>" in html
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "still in draft" in _main(web, host, pg)
    assert (
        d["5.1"]["criteria"]["retention"] and f"http://{host}/housing/anti-social-behaviour/cctv" in d["5.1"]["pages"]
    )


def test_step_2_only_in_a_figure_caption_and_force_wide_protocol(web: Heldback429Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/info/200223/housing/2536/cctv_and_concierge"
    html = _html(web, host, pg)
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "step 2" in caption and "step 2" not in html.replace(caption, "")
    assert 'alt="Surveillance Camera Code compliant"' in html
    d = _d(truth, host)
    assert (d["5.2"]["level"], d["5.2"]["awarded"], d["5.2"]["mark_displayed"]) == ("step2", "2021-03", True)
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    for party in ("Dudley", "Sandwell", "Walsall", "Wolverhampton", "West Midlands Police"):
        assert f"Signed for and on behalf of {party}" in text or party in text, party
    assert text.count("Signed for and on behalf of") == 5 and doc["signed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_provider_of_shared_room_spoc_in_address_and_councils_only_agreement(web: Heldback429Web, truth: dict) -> None:
    host = "www.rbwm.gov.uk"
    pg = "/community-and-safety/cctv-and-control-room"
    html = _html(web, host, pg)
    address = html.split('<address class="page-contact">', 1)[1].split("</address>", 1)[0]
    assert "Single point of contact for surveillance cameras" in address and "mailto:" in address
    assert "<td>West Berkshire Council</td>" in html
    iaa = next(u for u in _links(web, host, pg) if u.endswith("west-berkshire.pdf"))
    text = _text(web, host, urlsplit(iaa).path)
    assert "Signed for and on behalf of West Berkshire District Council" in text and "Police" not in text
    d = _d(truth, host)
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_county_policy_names_a_spoc_role_without_contact(web: Heldback429Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pg = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    html = _html(web, host, pg)
    spoc_dd = html.split("<dt>Single Point of Contact (SPOC)</dt><dd>", 1)[1].split("</dd>", 1)[0]
    assert "mailto:" not in spoc_dd and "@" not in spoc_dd
    assert "mailto:dpo@" in html
    d = _d(truth, host)
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "not by the county council" in _main(web, host, "/people-and-community/community-safety/town-centre-cctv")


def test_step_1_in_extensionless_word_and_draft_isa_on_meetings_host(web: Heldback429Web, truth: dict) -> None:
    host, dem = "www.threerivers.gov.uk", "moderngov.threerivers.gov.uk"
    sas = f"http://{host}/media/4431/surveillance-camera-self-assessment-summary"
    r = _render(web, sas)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert "step 1 (desktop) certification" in _text(web, host, urlsplit(sas).path)
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=6428"}
    assert "20__" in _text(web, dem, urlsplit(doc["url"]).path)
    assert "shared ICT service" in _main(web, host, "/services/community-safety/cctv")


def test_client_of_a_partnership_signed_isa_with_processor(web: Heldback429Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Hertfordshire Constabulary" in text and "(processor)" in text
    assert d["5.5"]["status"] == "met" and doc["date"] == "2023-09-11"
    assert "not one of the four member councils" in _main(web, host, "/community-and-living/community-safety/cctv")


def test_neighbours_certified_centre_on_a_legacy_page(web: Heldback429Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    html = _html(web, host, "/community-safety/cctv-cameras")
    assert '<main id="main">' not in html and "awarded full certification" in html
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    pn = "/privacy/community-services-privacy/external-cctv-runnymede-borough-council-privacy"
    assert f"http://{host}{pn}" in d["5.1"]["pages"]


def test_joint_certificate_and_spoc_only_in_quarterly_report(web: Heldback429Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "single point of contact" not in main.lower()
    assert "issued to Cambridge City Council and Huntingdonshire District Council" in main
    d = _d(truth, host)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/media/9876/hawk-eye-quarterly-report-october-to-december-2024.pdf"
    }
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_cameras_handed_to_police_agreement_only_in_decision_record(web: Heldback429Web, truth: dict) -> None:
    host, dem = "www.westoxon.gov.uk", "meetings.westoxon.gov.uk"
    assert "owned and run by Thames Valley Police" in _main(web, host, "/community-and-living/town-centre-cctv")
    d = _d(truth, host)
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["other_systems"]
    assert d["5.1"]["pages"] == [f"http://{host}/environment/fly-tipping"]
    assert {urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]} == {dem} and not d["5.5"]["documents"]


def test_one_fact_in_a_service_plan_row(web: Heldback429Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    pg = "/about-us/service-plans/community-services-2025-26"
    assert "<td>Keep the 24 town centre cameras" in _html(web, host, pg)
    d51 = _d(truth, host)["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pg}"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_partnership_protocol_excluding_footage_and_spoc_team_block(web: Heldback429Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<div class="wp-block-team"><h3>Single point of contact for surveillance cameras</h3>' in html
    assert "working towards third-party certification" in html
    isp = "/wp-content/uploads/2024/05/safer-harlow-partnership-information-sharing-protocol.pdf"
    text = _text(web, host, isp)
    assert "Signed for Essex Police" in text and "It does not cover recordings from cameras." in text
    d = _d(truth, host)
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_sla_in_three_html_parts_with_signatures_last(web: Heldback429Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    p1 = "/community/cctv/service-level-agreement"
    p2 = f"{p1}/part-2-service-standards"
    p3 = f"{p2}/part-3-signatures"
    assert "Signed for" not in _main(web, host, p1) and "Signed for" not in _main(web, host, p2)
    assert "Signed for Sussex Police" in _main(web, host, p3)
    assert _linking(web, host, f"http://{host}{p3}") == {f"http://{host}{p2}"}
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2025-03-31"
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {p1, p3}


def test_shared_site_and_bilingual_site_publish_nothing(web: Heldback429Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.anglesey.gov.uk", "www.scambs.gov.uk", "www.lewes-eastbourne.gov.uk"})
    assert "applies to Eastbourne Borough Council only" in _main(
        web, "www.lewes-eastbourne.gov.uk", "/community-safety/cctv-eastbourne"
    )
    root = set(_links(web, "www.anglesey.gov.uk", "/"))
    assert {"http://www.anglesey.gov.uk/en", "http://www.anglesey.gov.uk/cy"} <= root
    assert '<html lang="cy">' in _html(
        web, "www.anglesey.gov.uk", "/cy/newyddion/gwasanaeth-teledu-cylch-cyfyng-i-ddod-i-ben"
    )
