"""The two hundred and ninety-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from, most of them two-tier or shared arrangements, are really served: a county
page sending readers to the districts' cameras; a control room offering monitoring to town councils, with a step 2
sentence and a signed police agreement listed beside two council-to-council agreements; a control room watching a
neighbouring council's and a parish's cameras, with a SPOC in a card on the footage page and step 1 only in the code
PDF; a shared website whose camera page is the sister council's, the registered council's one fact being in a shared
office's privacy notice; cameras watched by the police at a shared county hub with the partnership agreement only
mentioned and the decision on a democracy host; underpass cameras watched by a partnership another council hosts,
under a signed three-party agreement; cameras watched in a neighbour's control room under a council-to-council
contract that mentions the neighbour's certificate; a signed police protocol whose title never says 'agreement'; a
bilingual site with Welsh-slug twins and a step 2 claim only in an annual review served without extension; estate
cameras of other landlords in a table beside the council's own; a combined authority's cameras; a SPOC in a signage
paragraph; one fact on a bins page; robots.txt forbidding the search; and councils that publish nothing but carry
look-alikes.
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
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback296.truth import TRUTH_PATH
from fixtures.heldback296.web import Heldback296Web


@pytest.fixture(scope="module")
def web() -> Heldback296Web:
    return Heldback296Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback296Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 296)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_county_sends_readers_to_the_districts(web: Heldback296Web, truth: dict) -> None:
    host = "www.staffordshire.gov.uk"
    main = _main(web, host, "/community/town-centre-cctv")
    assert "does not run town centre cameras" in main
    assert "https://www.sstaffs.gov.uk/" in _links(web, host, "/community/town-centre-cctv")
    assert "not recorded" in _main(web, host, "/highways/traffic-cameras")
    assert not evidence_urls(_auth(truth, host))


def test_monitoring_offer_to_town_councils_with_step_2_and_police_agreement(web: Heldback296Web, truth: dict) -> None:
    host = "www.torbay.gov.uk"
    hub = "/community-safety/cctv/monitoring-for-town-and-parish-councils"
    assert f"http://{host}{hub}" in _links(web, host, "/community-safety/cctv")
    html = _html(web, host, hub)
    assert html.count("<tr><td>") == 3 and "Dartmouth Town Council" in html and "Okehampton Town Council" in html
    assert "full certification (step 2)" in _main(web, host, hub)
    assert "step 2" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-09" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Devon & Cornwall"
        and _linking(web, host, doc["url"]) == {f"http://{host}{hub}"}
    )
    assert "Signed for and on behalf of Devon and Cornwall Police" in _text(web, host, urlsplit(doc["url"]).path)
    town = _text(web, host, "/media/21890/dartmouth-monitoring-agreement.pdf")
    assert "Signed for Dartmouth Town Council" in town and "Police" not in town
    assert {e["url"] for e in d["5.5"]["evidence"]} == {doc["url"]}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_control_room_for_neighbour_and_parish_spoc_card_and_step_1_in_code(web: Heldback296Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    partners = _main(web, host, "/cctv/monitoring-for-partners")
    assert "Thurrock Council" in partners and "Ingatestone and Fryerning Parish Council" in partners
    assert '<div class="contact-card"><h2>Who is responsible</h2>' in _html(web, host, "/cctv/request-footage")
    assert "step 1" not in _main(web, host, "/cctv").lower()
    code = "/sites/default/files/2024-05/cctv-code-of-practice-2024.pdf"
    assert "step 1 (desktop) certification" in _text(web, host, code)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-03"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/cctv/request-footage"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any("/foi/" in u for u in d["5.1"]["pages"])


def test_shared_site_sister_councils_page_and_one_fact_in_shared_office_notice(
    web: Heldback296Web, truth: dict
) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    assert "<h1>South Norfolk and Broadland District Councils</h1>" in _html(web, host, "/")
    sister = _main(web, host, "/community-safety/south-norfolk-town-centre-cctv")
    assert (
        "Recordings are kept for 28 days" in sister
        and "Broadland District Council does not run public space CCTV" in sister
    )
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/privacy/visiting-the-horizon-centre"]


def test_police_watch_at_shared_hub_agreement_only_mentioned(web: Heldback296Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    dem = "meetings.westoxon.gov.uk"
    main = _main(web, host, "/communities-and-leisure/community-safety/public-space-cctv")
    assert "shared Oxfordshire CCTV hub in Abingdon" in main and ".pdf" not in _html(
        web, host, "/communities-and-leisure/community-safety/public-space-cctv"
    )
    assert "execute the formal agreements" in _main(web, dem, "/mgAi.aspx?ID=3912")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any(dem in u for u in evidence_urls(_auth(truth, host)))
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("community.safety@")


def test_partnership_hosted_by_another_council_three_party_agreement(web: Heldback296Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    under = "/community-and-safety/cctv/hatfield-underpass-cameras"
    assert "Stevenage Borough Council runs for its partner councils" in _main(web, host, under)
    assert "working towards third-party certification" in _main(web, host, "/community-and-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed on behalf of") == 3 and "Stevenage Borough Council" in text
    assert (
        doc["signed"]
        and doc["force"] == "Hertfordshire"
        and _linking(web, host, doc["url"]) == {f"http://{host}{under}"}
    )
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_neighbours_control_room_contract_and_its_certificate(web: Heldback296Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/residents/community-safety/cctv")
    contract = "/downloads/file/4471/cctv-monitoring-contract-boston-borough-council"
    assert _no_extension(contract) and "filename=" in (
        _render(web, f"http://{host}{contract}").header("Content-Disposition") or ""
    )
    text = _text(web, host, contract)
    assert "certificate of compliance" in text and "Police" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and f"http://{host}{contract}" not in d["5.1"]["pages"]


def test_protocol_titled_without_agreement_and_parking_award(web: Heldback296Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert "agreement" not in doc["title"].lower() and doc["signed"] and doc["force"] == "Sussex"
    assert "Signed for Sussex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Safer Parking Award" in _main(web, host, "/cctv") and d["5.2"]["status"] == "not_met"
    assert "Data Protection Act 1998" in _main(web, host, "/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("community@")


def test_welsh_slug_twin_and_step_2_only_in_review_without_extension(web: Heldback296Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    en, cy = (
        "/services/emergencies-and-crime-prevention/cctv",
        "/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng",
    )
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    review = "/documents/cctv-scheme-annual-review-2024"
    r = _render(web, f"http://{host}{review}")
    assert _no_extension(review) and r.header("Content-Type") == "application/pdf"
    assert "step 2 full certification" in _text(web, host, review)
    assert "step 2" not in _main(web, host, f"{en}/cctv-policy-summary").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-01"
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_landlords_table_and_aspx_addresses(web: Heldback296Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    base = "/lgnl/community_and_living/community_safety__crime_preve/cctv"
    assert "<caption>Landlords' cameras viewed from the Town Hall</caption>" in _html(
        web, host, f"{base}/Housing_association_cameras.aspx"
    )
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).path.endswith(".aspx") for u in d["5.1"]["pages"])
    assert f"http://{host}{base}/Housing_association_cameras.aspx" not in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "CCTV Manager"


def test_spoc_in_signage_section_and_combined_authority_cameras(web: Heldback296Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    html = _html(web, host, "/your-city-council/cctv-body-worn-video")
    signs = html.split("<h2>Signs</h2>", 1)[1].split("<h2>", 1)[0]
    assert "single point of contact for surveillance cameras" in signs
    assert "Mayoral Combined Authority" in _main(web, host, "/roads-and-transport/buses-and-trams")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_one_fact_on_a_bins_page_and_committee_papers_apart(web: Heldback296Web, truth: dict) -> None:
    d51 = _auth(truth, "www.sstaffs.gov.uk")["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    assert d51["pages"] == ["http://www.sstaffs.gov.uk/bins-and-recycling/damage-by-collection-vehicles"]
    ow = _auth(truth, "www.oadby-wigston.gov.uk")
    assert "network of CCTV cameras" in _main(web, "moderngov.oadby-wigston.gov.uk", "/mgAi.aspx?ID=11374")
    assert not any("moderngov" in u for u in evidence_urls(ow))
    assert ow["deliverables"]["5.1"]["status"] == "met" and ow["deliverables"]["5.3"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.torbay.gov.uk", "www.stroud.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback296Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "www.stroud.gov.uk", "www.blaby.gov.uk"})
    assert "Stroud Town Council" in _main(web, "www.stroud.gov.uk", "/community-and-living/community-safety")
    assert "owned and watched by the police" in _main(web, "www.blaby.gov.uk", "/community-safety/safer-streets")
