"""The three hundred and ninety-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from (coast, harbours, piers and resort towns) are really served: a camera
disclosure filed in a coast hub with an A to Z entry that never says 'CCTV' and a SPOC paragraph with a phone; a
SPOC named only on a harbour's safety page; a signed police protocol as an extensionless Word file; a step 2 claim
only in a 'Did you know?' aside, with the figures and an agreement mention only in an annual report PDF and a pier
page that names the control room; a step 1 claim only in a privacy notice reached from the footer; camera positions
in captioned tables per area; a council-to-council monitoring SLA that is no police agreement; a harbour authority's
own port cameras and a signed police memorandum listed among the port's plans; a certification mark whose alt text
gives no step; a signed certificate only in part 4 of a four-part code; a Word code with a dotted certificate and a
change-control row; a retention table by camera type; a SPOC only on an annual report page; cameras that record but
are no longer watched live beside a published self-assessment; a shared regulatory service's fly-tipping cameras;
one-fact councils on a legacy 'What we do' list and a night-time economy page; and councils that publish nothing but
carry coastal look-alikes (country park number plate cameras, a coastal monitoring camera, harbour and marina
cameras, lifeguards, a docks webcam).
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

from fixtures.heldback399.truth import TRUTH_PATH
from fixtures.heldback399.web import Heldback399Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback399Web:
    return Heldback399Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(urls: list[str] | set[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils_of_the_brief_mix(web: Heldback399Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 399)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_coast_hub_disclosure_and_spoc_paragraph(web: Heldback399Web, truth: dict) -> None:
    host = "my.northtyneside.gov.uk"
    cams = f"http://{host}/coast/cameras"
    into = _linking(web, host, cams)
    assert f"http://{host}/coast" in into and f"http://{host}/a-z" in into
    assert not any("community-safety" in u for u in into)
    az = _html(web, host, "/a-z")
    assert '<a href="/coast/cameras">Coast and town centre cameras</a>' in az
    assert "CCTV" not in az.split('href="/coast/cameras">', 1)[1].split("<", 1)[0]
    main = _main(web, host, "/coast/cameras")
    assert "single point of contact for all of its surveillance camera systems" in main and "0191 643 9082" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "RNLI staff" in _main(web, host, "/coast/lifeguards-and-beach-safety")
    assert "Port of Tyne" in _main(web, host, "/coast/fish-quay-and-royal-quays")


def test_spoc_only_on_harbour_page_and_extensionless_word_protocol(web: Heldback399Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    harbour = "/whitstable-harbour/safety-and-security"
    assert "single point of contact" in _main(web, host, harbour)
    for other in ("/crime-and-community-safety/cctv", "/budgets-and-transparency/ask-see-cctv-footage-we-hold"):
        assert "single point of contact" not in _main(web, host, other)
    assert f"http://{host}/budgets-and-transparency/ask-see-cctv-footage-we-hold" in _links(
        web, host, "/crime-and-community-safety/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert _paths([e["url"] for e in d["5.3"]["evidence"]]) == {harbour}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "BS 7958" in _main(web, host, "/crime-and-community-safety/cctv") and d["5.2"]["status"] == "not_met"


def test_step_2_in_aside_figures_in_report_and_pier_page(web: Heldback399Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    about = "/Community/Emergency-Planning-CCTV/CCTV/About-CCTV.aspx"
    html = _html(web, host, about)
    aside = html.split('<aside class="did-you-know">', 1)[1].split("</aside>", 1)[0]
    assert "step 2 certification" in aside and "step 2" not in html.replace(aside, "")
    assert '<div class="callout" role="note"><p>CCTV footage is kept for 30 days</p></div>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03"
    assert not d["5.2"]["mark_displayed"]
    report = "/Documents/Community/CCTV-Annual-Report-2022-23.pdf"
    assert "279 arrests" in _text(web, host, report)
    assert not any("279 arrests" in p.body for p in web.sites[host].pages.values())
    assert d["5.5"]["status"] == "partial" and _paths([e["url"] for e in d["5.5"]["evidence"]]) == {report}
    assert f"http://{host}/Leisure/Deal-Pier.aspx" in d["5.1"]["pages"]
    assert "port operator" in _main(web, host, "/Environment/Port-Health.aspx")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_only_in_privacy_notice_and_tables_per_area(web: Heldback399Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    notice = "/terms-conditions/privacy-notice/cctv"
    assert "step 1 (desktop) certification" in _main(web, host, notice)
    for other in ("/cctv/cctv-wyre", "/cctv/camera-locations", "/cctv/monitoring-for-other-councils"):
        assert "certification" not in _main(web, host, other)
    assert f"http://{host}/terms-conditions/privacy-notice" in _links(web, host, "/")
    locs = _html(web, host, "/cctv/camera-locations")
    assert locs.count("<caption>") == 5 and "<caption>Fleetwood: 12 cameras</caption>" in locs
    assert "service level agreement between the two councils" in _main(web, host, "/cctv/monitoring-for-other-councils")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018"
    assert d["5.5"]["status"] == "not_met"
    assert "Associated British Ports" in _main(web, host, "/beaches-and-coast/fleetwood-docks-and-ferry")


def test_port_authority_cameras_and_memorandum_among_port_plans(web: Heldback399Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall" and doc["date"] == "2024-04-05"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/port-of-exeter/plans-and-policies"}
    plans = _main(web, host, "/port-of-exeter/plans-and-policies")
    assert "Oil spill contingency plan" in plans and "Memorandum of understanding" in plans
    assert f"http://{host}/port-of-exeter/quay-and-canal-basin-security" in d["5.1"]["pages"]
    assert "working towards certification" in _main(web, host, "/community-and-safety/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_mark_without_step_and_certificate_only_in_part_4(web: Heldback399Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    page = "/community-safety/hertfordshire-cctv-partnership"
    html = _html(web, host, page)
    alt = html.split('<img src="/images/ssaib-sc-code-mark.png" alt="', 1)[1].split('"', 1)[0]
    assert "Surveillance Camera Code" in alt and "step" not in alt.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["mark_displayed"]
    parts = [f"/media/cctv/joint-code-of-practice-part-{n}.pdf" for n in (1, 2, 3, 4)]
    assert all(f"http://{host}{x}" in _links(web, host, page) for x in parts)
    signed = [x for x in parts if "Signed for Hertfordshire Constabulary" in _text(web, host, x)]
    assert signed == [parts[3]]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and urlsplit(doc["url"]).path == parts[3] and doc["force"] == "Hertfordshire"
    assert d["5.3"]["status"] == "partial"


def test_word_code_with_dotted_certificate_and_skip_to_list(web: Heldback399Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    html = _html(web, host, "/community/community-safety/cctv")
    assert '<nav class="skip-to" aria-label="On this page">' in html and '<h2 id="footage">' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "") == DOCX
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of Agreement" in text and "Dated the ...... day of" in text and "Change control" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.")
    assert "Approved enforcement cameras" in _main(web, host, "/parking-and-roads/moving-traffic-and-school-streets")


def test_retention_table_and_spoc_only_on_report_page(web: Heldback399Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    cctv = "/community-and-living/community-safety/cctv"
    html = _html(web, host, cctv)
    assert "<caption>Our three kinds of camera</caption>" in html and "<td>kept for 14 days</td>" in html
    assert "single point of contact" not in _main(web, host, cctv)
    assert "single point of contact" in _main(web, host, f"{cctv}/annual-report")
    d = _auth(truth, host)["deliverables"]
    assert _paths([e["url"] for e in d["5.3"]["evidence"]]) == {f"{cctv}/annual-report"}
    assert "in line with the Surveillance Camera Code" in _main(web, host, cctv) and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_recorded_not_watched_and_self_assessment_is_not_certification(web: Heldback399Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    main = _main(web, host, "/article/2210/CCTV-in-public-open-spaces")
    assert "no longer watched live" in main and "self-assessment" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert "1,417 valid signatures" in _main(
        web, host, "/council-and-democracy/petitions/reinstate-live-cctv-monitoring"
    )
    assert "private company" in _main(web, host, "/waterfront/ferry-and-marinas")


def test_shared_service_fly_tipping_cameras(web: Heldback399Web, truth: dict) -> None:
    host = "www.bracknell-forest.gov.uk"
    page = "/environment/fly-tipping/surveillance-cameras"
    assert _linking(web, host, f"http://{host}{page}") == {f"http://{host}/environment/fly-tipping"}
    main = _main(web, host, page)
    assert "West Berkshire" in main and "system owner, system manager and system operator" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "own security team and cameras" in _main(web, host, "/town-centre")


def test_one_fact_councils(web: Heldback399Web, truth: dict) -> None:
    ew, pr = "www.erewash.gov.uk", "www.preston.gov.uk"
    assert '<main id="main">' not in _html(web, ew, "/community-safety") and web.sites[ew].search is None
    assert "Closing date" in _text(web, ew, "/volunteering/cctv-monitoring-volunteer")
    assert not web.sites[pr].az
    for host, crit, path in (
        (ew, "cameras", "/community-safety"),
        (pr, "operator", "/city-centre/evenings-out-and-purple-flag"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    cabinet = _render(web, "http://preston.moderngov.co.uk/mgAi.aspx?ID=4410")
    assert b"25 cameras" in cabinet.body


def test_councils_that_publish_nothing_carry_coastal_decoys(web: Heldback399Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.ceredigion.gov.uk", "www.gloucester.gov.uk"})
    assert "coastal monitoring programme" in _main(web, "www.hants.gov.uk", "/thingstodo/countryside/calshot")
    assert "number plate" in _main(web, "www.hants.gov.uk", "/thingstodo/countryside/lepe")
    assert "harbour authority" in _main(web, "www.ceredigion.gov.uk", "/resident/coast-harbours/harbours")
    assert 'lang="cy"' in _html(web, "www.ceredigion.gov.uk", "/cy")
    assert "Canal and River Trust" in _main(web, "www.gloucester.gov.uk", "/visit/docks-and-quays")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hants.gov.uk", "www.gosport.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert not _auth(truth, "www.erewash.gov.uk")["heldback"]["search"]
