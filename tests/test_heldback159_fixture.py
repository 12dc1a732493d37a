"""The hundred-and-fifty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really there. The emphasis is
look-alikes: moving traffic, School Streets and bus lane cameras, ANPR car parks, taxi and premises licence
conditions, planning conditions, a RIPA policy, operator job adverts, FOI answers, news, town and parish councils'
cameras, business radio schemes, shopping centres and housing associations, police appeals, doorbell advice and drain
surveys, set beside thin own disclosures (a lone privacy notice, two one-fact councils) and a few full ones: a signed
Met ISA in a downloads list; a GMP ISA mention only in a privacy notice PDF; a step 2 sentence beside a mark whose alt
text is a certificate number; a SPOC in an address block; a police 'partnership' that is no agreement; a Welsh /cy
twin with a step 2 sentence and no mark; a signed release protocol as a code PDF's appendix; a SPOC as a
service-contacts table row; a signed ISA filed only as a policies directory record with a download without
extension; a step 2 claim only inside a Word policy beside an 'award-winning' near-miss; a draft Word ISA; another
council's certification claim in news; committee papers on democracy hosts; robots.txt forbidding the search.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback159.truth import TRUTH_PATH
from fixtures.heldback159.web import Heldback159Web


@pytest.fixture(scope="module")
def web() -> Heldback159Web:
    return Heldback159Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback159Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 159)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_signed_met_isa_in_downloads_list_and_enforcement_look_alikes(web: Heldback159Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    page = "/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{page}"}
    assert 'class="downloads"' in _html(web, host, page)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    decoys = (
        "/streets-parking-transport/parking/enforcement/moving-traffic-cameras",
        "/streets-parking-transport/parking/enforcement/school-streets",
        "/streets-parking-transport/parking/car-parks/st-georges-car-park",
        "/business/licensing/premises-licence-register/the-alexandra-wimbledon",
        "/jobs/cctv-operator-control-room",
    )
    urls = evidence_urls(_auth(truth, host))
    for path in decoys:
        assert "camera" in _main(web, host, path).lower() or "cctv" in _main(web, host, path).lower(), path
        assert f"http://{host}{path}" not in urls, path


def test_isa_mention_only_in_privacy_notice_pdf(web: Heldback159Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    page = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    pn = "/Docs/PDF/Resident/Crime-Emergencies/CCTV-and-BWV-Privacy-Notice.pdf"
    assert "agreement" not in _main(web, host, page).lower()
    assert "information sharing agreement" in _text(web, host, pn)
    assert "<caption>Recorded activities by year</caption>" in _html(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {pn}


def test_certificate_number_alt_spoc_address_and_partnership_not_agreement(web: Heldback159Web, truth: dict) -> None:
    host = "www.bcpcouncil.gov.uk"
    page = "/crime-and-community-safety/cctv"
    html = _html(web, host, page)
    assert 'alt="Surveillance Camera Code of Practice certificate SC-0417"' in html
    assert "<address>" in html and "single point of contact" in html
    main = _main(web, host, page).lower()
    assert "partnership between" in main and "agreement" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_welsh_twin_step_2_without_mark_and_councils_sla(web: Heldback159Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    twin = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert 'lang="cy"' in _html(web, host, twin)
    assert "<img" not in _html(web, host, "/community-safety/cctv")
    assert "service level agreement between the two councils" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_lone_privacy_notice_five_levels_down(web: Heldback159Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    a = _auth(truth, host)
    (page,) = a["deliverables"]["5.1"]["pages"]
    assert urlsplit(page).path.count("/") == 5 and "privacy-notice" in page
    assert a["oracle_fetches"] == 5 and a["heldback"]["robots_forbid_search"]  # home, A to Z, three levels
    assert "dpo@" in _main(web, host, urlsplit(page).path)
    assert a["deliverables"]["5.3"]["status"] == "not_met"
    assert "Senior Responsible Officer" in _main(web, host, "/aboutyourcouncil/accesstoinformation/ripa")


def test_policy_pdf_mention_and_committee_overview(web: Heldback159Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    dem = "democracy.boston.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "300 cameras" in _main(web, dem, "/mgAi.aspx?ID=8717")
    a = _auth(truth, host)
    assert not any(urlsplit(u).hostname == dem for u in evidence_urls(a))
    assert "agreement" not in _main(web, host, "/article/21203/CCTV").lower()
    assert a["deliverables"]["5.5"]["status"] == "partial"


def test_spoc_table_row_and_signed_protocol_in_code_appendix(web: Heldback159Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    page = "/streets-parking-transport/cctv/"
    assert "<td>Single point of contact for surveillance cameras</td>" in _html(web, host, page)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire" and doc["url"].endswith(".pdf")
    assert "Appendix C" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_signed_isa_only_in_policies_directory_without_extension(web: Heldback159Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    record = f"http://{host}/directory_record/1187/cctv_information_sharing_agreement"
    assert _linking(web, host, doc["url"]) == {record}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "/directory_record/1187" not in _html(web, host, "/info/20061/community_safety/238/cctv_cameras")


def test_step_2_only_in_word_policy_beside_award_winning(web: Heldback159Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    main = _main(web, host, "/community-and-living/community-safety/cctv").lower()
    assert "award-winning" in main and "step 2" not in main and "certification" not in main
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".docx") and d["5.2"]["awarded"] == "2021-11"
    assert (_render(web, ev["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_draft_word_isa_and_another_councils_claim_in_news(web: Heldback159Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert "full certification" in _main(web, host, "/news/2021/cctv-monitoring-moves-to-runnymede")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.pendle.gov.uk", "cameras", "/info/20031/roads_and_streets/512/scotland_road_underpass"),
        ("www.whitehorsedc.gov.uk", "cameras", "/environment-and-neighbourhood-issues/public-toilets"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_vale_legacy_site_with_papers_on_democracy_host(web: Heldback159Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and site.democracy == "democratic.whitehorsedc.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    assert "CCTV" in _text(web, "democratic.whitehorsedc.gov.uk", "/mgAi.aspx?ID=31822")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.testvalley.gov.uk", "www.hyndburnbc.gov.uk", "www.rochford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback159Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.hyndburnbc.gov.uk", "www.rochford.gov.uk"})
    news = (
        "/news/2023/rochford-district-council-takes-strides-towards-enhanced-public-safety-with-new-cctv-installation"
    )
    assert "control room staffed day and night" in _main(web, "www.rochford.gov.uk", news)
    assert "CCTV survey" in _main(web, "new.devon.gov.uk", "/roads-and-transport/drainage/drain-surveys")
