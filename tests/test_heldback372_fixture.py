"""Held-back web 372's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from (shared services and reorganisation) are really served: a former housing
company's archived estate page and signed protocol beside the council's own page; a control-room table of owners
whose certification column holds the only step 2 claim; a signed police memorandum without extension beside a
partnership protocol that excludes CCTV; a county that hosts the Police and Crime Panel; a bilingual site whose
partnership page speaks of another council's protocol; monitoring moved from one neighbour's control room to another
(archived page) with the SPOC only in the council's own code; a step 2 claim only on the page selling monitoring to
parishes; an archived shared-service page whose joint SPOC has gone; the host of a two-council room with a joint code
signed by Kent Police; a hub's code with the council's own signature block blank; a partner's control room, SPOC and
protocol on collaboration pages; a joint committee's cameras; a signed agreement only as a row in a register of
agreements with partners; two one-fact councils; and three councils that publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback372.truth import TRUTH_PATH
from fixtures.heldback372.web import Heldback372Web


@pytest.fixture(scope="module")
def web() -> Heldback372Web:
    return Heldback372Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback372Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 372)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    from collections import Counter

    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_former_housing_company_page_and_protocol_are_not_the_councils(web: Heldback372Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    estate = "/info/20201/hounslow_homes_archive/1104/estate_cctv"
    proto = f"http://{host}/media/2217/hh-police-cctv-protocol-2011.pdf"
    assert "notice--archived" in _html(web, host, estate)
    assert _linking(web, host, proto) == {f"http://{host}{estate}"}
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(proto).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {
        "/info/20064/crime_and_community_safety/1520/community_safety_cctv"
    }
    assert not any("hounslow_homes" in u for u in d["5.1"]["pages"])


def test_step_2_claim_only_in_the_councils_row_of_the_owners_table(web: Heldback372Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    html = _html(web, host, "/article/36118/CCTV-control-room")
    assert "<caption>Systems monitored from the control room</caption>" in html
    assert "<td>Nexus</td>" in html and "<td>Tedco Business Support</td>" in html
    assert (
        "<td>Certified against the Surveillance Camera Code of Practice: step 2 (full), awarded June 2019</td>" in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "partial"


def test_signed_memorandum_without_extension_and_partnership_protocol_excluding_cctv(
    web: Heldback372Web, truth: dict
) -> None:
    host = "www.hartlepool.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland" and "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    agencies = f"http://{host}/info/20043/community_safety/724/cctv_footage_for_the_police_and_other_agencies"
    assert _linking(web, host, doc["url"]) == {agencies}
    isp = "/downloads/file/4410/safer_hartlepool_partnership_information_sharing_protocol.pdf"
    assert "Recorded CCTV images are outside this protocol" in _text(web, host, isp)
    assert all(isp not in e["url"] for e in d["5.5"]["evidence"])


def test_county_hosts_police_and_crime_panel_and_publishes_nothing(web: Heldback372Web, truth: dict) -> None:
    host, dem = "www.nottinghamshire.gov.uk", "democracy.nottinghamshire.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "Mansfield" in _text(web, dem, "/documents/s88412/Commissioners-update-Safer-Streets.pdf")
    assert "not by the county" in _main(web, host, "/community-safety/cctv-in-your-area")
    assert_publish_nothing(web, truth, {host, "www.waverley.gov.uk", "www.fareham.gov.uk"})


def test_bilingual_twin_and_another_councils_protocol(web: Heldback372Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    cy = "/CY/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVFAQs.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    partnership = _main(web, host, "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership")
    assert "Merthyr Tydfil Council's protocol with South Wales Police" in partnership
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    faq = _main(web, host, "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVFAQs.aspx")
    assert "Surveillance Camera Commissioner's requirements" in faq


def test_monitoring_moved_between_neighbours_and_spoc_only_in_own_code(web: Heldback372Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "Swale Borough Council's own arrangements" in main and "single point of contact" not in main
    assert "notice--archived" in _html(web, host, "/community-safety/cctv/medway-control-centre-monitoring")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert _paths(d["5.3"]) == {"/sites/default/files/2025-01/gbc-surveillance-camera-la-code-of-practice.pdf"}
    assert d["5.5"]["status"] == "not_met"
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "DRAFT" in _text(
        web, "democracy.gravesham.gov.uk", "/documents/s51207/Surveillance-camera-policy-report.pdf"
    )


def test_step_2_only_on_the_page_selling_monitoring_to_parishes(web: Heldback372Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    for page in ("/pages/cctv", "/pages/about_the_camera_system"):
        assert "step 2" not in _main(web, host, page)
    assert "Shepshed Town Council" in _main(web, host, "/pages/about_the_camera_system")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and _paths(d["5.2"]) == {"/pages/monitoring_for_town_and_parish_councils"}
    assert d["5.2"]["awarded"] == "2019-11"


def test_archived_joint_spoc_does_not_count(web: Heldback372Web, truth: dict) -> None:
    host = "www.havant.gov.uk"
    joint = "/community/community-safety/joint-community-safety-team"
    assert "single point of contact" in _main(web, host, joint) and "notice--archived" in _html(web, host, joint)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]) == {"/community/community-safety/cctv"}
    assert f"http://{host}{joint}" not in d["5.1"]["pages"]


def test_host_of_two_council_room_with_joint_code_signed_by_kent_police(web: Heldback372Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    assert "Tonbridge and Malling is the data controller" in _main(
        web, host, "/community-and-living/community-safety/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for and on behalf of") == 3 and doc["force"] == "Kent"
    assert d["5.2"]["mark_displayed"] and all(d[k]["status"] == "met" for k in d)


def test_hub_code_with_the_councils_blank_signature_block(web: Heldback372Web, truth: dict) -> None:
    host = "www.hyndburnbc.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Hyndburn Borough Council. Signature ............" in text and "20__" in text
    assert "on behalf of: Lancashire Constabulary. Signature: signed" in text
    assert "cctvhub@blackburn" in text and d["5.3"]["status"] == "partial"
    assert d["5.3"]["spoc"]["email"] == "communitysafety@hyndburn.example.gov.uk"


def test_agreement_only_as_a_row_in_the_register_of_agreements(web: Heldback372Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    reg = f"http://{host}/council/transparency/agreements-with-partners"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire" and _linking(web, host, doc["url"]) == {reg}
    html = _html(web, host, "/council/transparency/agreements-with-partners")
    assert (
        "<td>Strategic alliance agreement</td>" in html and "<td>High Peak BC and Derbyshire Constabulary</td>" in html
    )
    assert "single point of contact" not in _main(web, host, "/community/community-safety/cctv")


def test_partners_control_room_on_collaboration_pages_is_not_the_councils(web: Heldback372Web) -> None:
    host = "www.waverley.gov.uk"
    text = _main(web, host, "/info/200400/guildford_and_waverley_collaboration/2302/guildford_cctv_control_room")
    assert "Guildford's single point of contact" in text and "Surrey Police" in text
    assert "Portchester Crematorium" in _html(web, "www.fareham.gov.uk", "/about_the_council/joint_committees")


def test_one_fact_councils(web: Heldback372Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.fylde.gov.uk", "operator", "/council/community-safety/cctv"),
        ("www.eppingforestdc.gov.uk", "retention", "/business/north-weald-airfield"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "669" in _main(web, "www.eppingforestdc.gov.uk", "/your-council/foi/disclosure-log/cctv-camera-numbers")
