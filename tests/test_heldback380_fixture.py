"""The three hundred and eightieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a CCTV page filed under a library, reached only
from that library's page; a SPOC named only on a museum's visit page, with the step 1 claim only in an extensionless
policy PDF beside a 'working towards' line; a step 2 claim only on a museum page beside its Accredited Museum mark and a
signed police memorandum reached only from a festival's safety page; facts spread over a library privacy notice, an
archive's research-room conditions and a corporate page; bilingual twins with the police agreement mentioned only in a
group's terms of reference; a documents table setting a councils' agreement beside a signed police hosting agreement;
an inspections log setting BS 7958 beside step 2; a roles list setting another council's system manager beside the
city's own SPOC; an agreement naming the force by its new name beside another council's certificate; facts only on a
theatre's and a museum's visit pages; one-fact councils on an art trail page and in a museum's facilities report for
lenders; and councils that publish nothing but carry culture look-alikes).
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

from fixtures.heldback380.truth import TRUTH_PATH
from fixtures.heldback380.web import Heldback380Web


@pytest.fixture(scope="module")
def web() -> Heldback380Web:
    return Heldback380Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(urls: list[str] | set[str]) -> set[str]:
    return {urlsplit(u).path for u in urls}


def test_councils_are_fresh_register_rows(web: Heldback380Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 380)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_cctv_page_filed_under_a_library(web: Heldback380Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    rcl = "/libraries/romford-central-library"
    cctv = f"http://{host}{rcl}/cctv-control-room"
    assert _linking(web, host, cctv) == {f"http://{host}{rcl}"}
    crumbs = _html(web, host, urlsplit(cctv).path).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert ">Libraries</a>" in crumbs and ">Romford Central Library</a>" in crumbs
    assert "CCTV" not in _main(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [cctv]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_on_a_museum_visit_page_and_step_1_only_in_the_policy(web: Heldback380Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    cctv = "/community-safety-and-crime/cctv"
    visit = "/museums-galleries-and-heritage/clifton-park-museum/plan-your-visit"
    policy = "/downloads/file/4127/corporate-cctv-policy"
    main = _main(web, host, cctv)
    assert "single point of contact" not in main and "working towards full third-party certification" in main
    assert "step 1" not in main
    assert "single point of contact for surveillance cameras" in _main(web, host, visit)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {visit}
    r = _render(web, f"http://{host}{policy}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "step 1 (desktop) certification" in _text(web, host, policy)
    assert d["5.2"]["level"] == "step1" and _paths([e["url"] for e in d["5.2"]["evidence"]]) == {policy}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "audio" in _main(web, host, "/licensing/taxi-cameras").lower()


def test_step_2_on_a_museum_page_and_a_festival_memorandum(web: Heldback380Web, truth: dict) -> None:
    host = "www.stockton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    for path in (
        "/security-centre",
        "/security-centre/public-space-surveillance",
        "/security-centre/annual-standards-report",
    ):
        assert "step 2" not in _main(web, host, path), path
    museum = _html(web, host, "/preston-park-museum")
    assert 'alt="Arts Council England Accredited Museum"' in museum and "full (step 2) certification" in museum
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03-14"
    assert "BS 7958" in _main(web, host, "/security-centre/annual-standards-report/operational-requirements")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/sirf/safety-at-the-festival"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Stockton-on-Tees Borough Council" in text and "Signed for Cleveland Police" in text
    police = "/security-centre/annual-standards-report/working-with-cleveland-police"
    assert "information sharing agreement" in _main(web, host, police)
    assert not [u for u in _links(web, host, police) if u.endswith(".pdf")]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01642 528989"


def test_facts_spread_over_library_archive_and_corporate_pages(web: Heldback380Web, truth: dict) -> None:
    host = "www.staffordshire.gov.uk"
    site = web.sites[host]
    assert not site.az and site.sitemap
    d = _auth(truth, host)["deliverables"]
    yc = "/Your-council-and-democracy"
    notice = f"{yc}/Privacy-notices/Library-Services-privacy-notice.aspx"
    rules = "/Heritage-and-Archives/Research-room-conditions.aspx"
    corp = f"{yc}/Information-governance/Surveillance-cameras.aspx"
    assert _paths(d["5.1"]["pages"]) == {notice, rules, corp}
    assert "<ol><li>" in _html(web, host, rules) and "signs at each entrance" in _main(web, host, rules)
    assert "Recordings are kept for 30 days." in _main(web, host, notice)
    assert "single point of contact" not in _main(web, host, notice)
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {corp}
    assert "212 cameras" in _main(web, host, f"{yc}/Freedom-of-information/Disclosure-log/Cameras-in-libraries.aspx")
    assert d["5.5"]["status"] == "not_met"


def test_bilingual_twins_and_agreement_only_in_terms_of_reference(web: Heldback380Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cctv = "/en/living/Safer-Vale/CCTV.aspx"
    twin = "/cy/byw/Bro-Mwy-Diogel/Teledu-Cylch-Cyfyng.aspx"
    assert f"http://{host}{twin}" in _links(web, host, cctv) and f"http://{host}{cctv}" in _links(web, host, twin)
    assert '<html lang="cy">' in _html(web, host, twin)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    tor = "/Documents/Living/Safer-Vale/CCTV-Operational-Group-Terms-of-Reference.pdf"
    assert "South Wales Police" in _text(web, host, tor) and "South Wales Police" not in _main(web, host, cctv)
    assert d["5.5"]["status"] == "partial" and _paths([e["url"] for e in d["5.5"]["evidence"]]) == {tor}
    assert not any("Scrutiny" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial"


def test_councils_that_publish_nothing_carry_culture_look_alikes(web: Heldback380Web, truth: dict) -> None:
    hosts = {"www.lewes-eastbourne.gov.uk", "www.torridge.gov.uk", "www.maldon.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    theatres = _main(web, "www.lewes-eastbourne.gov.uk", "/arts-culture-and-heritage/eastbourne-theatres-access")
    assert "CCTV" in theatres and "Eastbourne Borough Council keeps the recordings" in theatres
    assert "independent charity" in _main(web, "www.torridge.gov.uk", "/arts-and-culture/the-burton-at-bideford")
    assert "webcam" in _main(web, "www.maldon.gov.uk", "/leisure-and-tourism/promenade-park")


def test_councils_agreement_beside_a_signed_police_hosting_agreement(web: Heldback380Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    cctv = "/community-safety/cctv"
    page = _html(web, host, cctv)
    shared = "/sites/default/files/2019-03/cctv-partnership-shared-service-agreement.docx"
    hosting = "/sites/default/files/2023-04/sherwood-lodge-hosting-and-access-agreement.pdf"
    assert shared in page and hosting in page and page.count("<tr>") >= 3
    ctype = _render(web, f"http://{host}{shared}").header("Content-Type") or ""
    assert ctype.startswith("application/vnd.openxmlformats") and "Police" not in _text(web, host, shared)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path == hosting and doc["force"] == "Nottinghamshire"
    assert "Signed for Nottinghamshire Police" in _text(web, host, hosting)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_inspections_log_sets_bs_7958_beside_step_2(web: Heldback380Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    path = "/communities-and-health/closed-circuit-television-cctv"
    page = _html(web, host, path)
    log = page.split("<caption>Inspections and audits", 1)[1].split("</table>", 1)[0]
    assert "BS 7958" in log and "full (step 2) certification audit" in log
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2021-03"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] == "01473 432400"
    assert "run independently of Suffolk Constabulary" in _main(web, host, path)
    assert d["5.5"]["status"] == "not_met"


def test_roles_list_sets_another_councils_manager_beside_the_citys_spoc(web: Heldback380Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    page = _html(web, host, "/cctv")
    roles = page.split('<dl class="roles">', 1)[1].split("</dl>", 1)[0]
    manager, spoc = roles.split("<dt>System manager</dt>", 1)[1].split("<dt>Single point of contact", 1)
    assert "Huntingdonshire" in manager and "Cambridge City Council" in spoc
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and "Huntingdonshire" not in d["5.3"]["spoc"]["role"]
    code = "/media/4821/cctv-code-of-practice.pdf"
    assert "Cambridgeshire Constabulary" in _text(web, host, code) and "Constabulary" not in _main(web, host, "/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_names_the_force_anew_and_another_councils_certificate(web: Heldback380Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert doc["force"] == "Hampshire" and "Hampshire and Isle of Wight Constabulary" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv-cameras/footage-and-the-police"}
    main = _main(web, host, "/community-safety/cctv-cameras")
    assert "Runnymede Borough Council's own town centre system" in main and "full certification" in main
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_facts_only_on_a_theatre_and_a_museum_visit_page(web: Heldback380Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.1"]["pages"]) == {
        "/community-safety/cctv",
        "/harlow-playhouse/your-visit",
        "/harlow-museum-and-walled-gardens/visitor-information",
    }
    assert "31 days" not in _main(web, host, "/community-safety/cctv")
    assert "31 days" in _main(web, host, "/harlow-playhouse/your-visit")
    assert "mailto:" not in _html(web, host, "/community-safety/cctv")
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_councils(web: Heldback380Web, truth: dict) -> None:
    trail = "/arts-and-culture/public-art/shipwrights-way-sculptures"
    report = "/media/1877/bewdley-museum-facilities-report.pdf"
    for host, path in (("www.easthants.gov.uk", trail), ("www.wyreforestdc.gov.uk", report)):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert _auth(truth, "www.easthants.gov.uk")["heldback"]["robots_forbid_search"]
    wyre = web.sites["www.wyreforestdc.gov.uk"]
    assert wyre.search is None and not wyre.az and not wyre.sitemap
    assert '<main id="main">' not in _html(web, wyre.host, "/")
    lend = f"http://{wyre.host}/things-to-do/bewdley-museum/lending-to-the-museum"
    assert _linking(web, wyre.host, f"http://{wyre.host}{report}") == {lend}
    assert "12 CCTV cameras" in _text(web, wyre.host, report)
