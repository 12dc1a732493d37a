"""The 338th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: councils in transition. Checks: the councils are fresh register rows of the brief's mix; the labelling
rules hold with the intended tallies; and the structures the set is built from are really served (a housing
company's estate pages kept in their old look now speak for the council, old SharePoint addresses answer 301 and
the company's signed police protocol is not the council's; a closed partnership website archived on the council's
host whose camera facts, officer and protocol no longer count; a hub host whose current code carries a signed
certificate beside a superseded blank one; a shared partnership page with one section per council where only the
council's own section counts and the neighbour's step 2 claim is the neighbour's; a shadow-unitary banner on every
page; a step 2 statement that says the certificate lapsed, with no mark; an extensionless certificate document; a
signed ISA filed only on the page for parish councils joining a hub; an archived guide to a switched-off system; a
stale joint privacy notice from an ended partnership naming a shared SPOC; a closed section on how a service worked
before the cameras went to the police; a signed three-party agreement beside an unpublished draft; a council page
about cameras that the police and a town council now run; and three councils that publish nothing but carry
look-alikes).
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

from fixtures.heldback338.truth import TRUTH_PATH
from fixtures.heldback338.web import Heldback338Web


@pytest.fixture(scope="module")
def web() -> Heldback338Web:
    return Heldback338Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(auth: dict) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in evidence_urls(auth)}


def test_fresh_councils(web: Heldback338Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 338)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_housing_company_pages_count_but_its_protocol_is_not_the_councils(web: Heldback338Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    cctv = "/crime-and-safety/cctv-cameras-in-the-borough"
    r = _render(web, f"http://{host}/inmyarea/publicsafety/Pages/CCTV-.aspx")
    assert r.status == 301 and r.header("Location") == f"http://{host}{cctv}"
    release = "/media-releases/2019-cctv-monitoring-consultation"
    assert f"http://{host}/inmyarea/publicsafety/Pages/CCTV-.aspx" in _links(web, host, release)
    estate = "/lewishamhomes/estate-safety/cctv-on-our-estates"
    page = _html(web, host, estate)
    assert '<main id="main">' not in page and "Lewisham Homes services moved to Lewisham Council" in page
    a = _auth(truth, host)
    d = a["deliverables"]
    assert f"http://{host}{estate}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["signage"]
    protocol = "/lewishamhomes/documents/estate-cctv-protocol-2019.pdf"
    text = _text(web, host, protocol)
    assert "Signed for Lewisham Homes Limited" in text and "Signed for the Metropolitan Police Service" in text
    assert "Lewisham Council" not in text
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{protocol}" not in evidence_urls(a)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctv@lewisham.example.gov.uk"


def test_archived_partnership_website_does_not_count(web: Heldback338Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    arc = "/safe-newcastle-archive/what-we-do/cctv"
    page = _html(web, host, arc)
    assert "ARCHIVED WEBSITE" in page and '<main id="main">' not in page
    assert (
        "cctv.officer@newcastle.example.gov.uk" in page
        and "protocol between the partners and Northumbria Police" in page
    )
    assert _linking(web, host, f"http://{host}/safe-newcastle-archive") >= {
        f"http://{host}/community/community-safety-partnership"
    }
    a = _auth(truth, host)
    assert not any("safe-newcastle-archive" in u for u in evidence_urls(a))
    d = a["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["subject_access"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"
    assert "belong to Northumbria Police" in _main(
        web, host, "/local-government/access-information-and-data/request-cctv-footage"
    )


def test_hub_host_signed_current_code_beside_superseded_blank_one(web: Heldback338Web, truth: dict) -> None:
    host = "www.blackburn.gov.uk"
    hub = "/community-safety/pennine-cctv-hub"
    assert "Rossendale Borough Council" in _main(web, host, f"{hub}/partner-councils")
    new = _text(web, host, "/media/4321/pennine-cctv-hub-code-of-practice-2024.pdf")
    assert new.count("Signed for and on behalf of") == 7 and "Lancashire Constabulary: R. Kay" in new
    old = _text(web, host, "/media/2201/pennine-cctv-hub-code-of-practice-2019.pdf")
    assert "superseded" in old and "Signature .........." in old
    assert {
        f"http://{host}/media/4321/pennine-cctv-hub-code-of-practice-2024.pdf",
        f"http://{host}/media/2201/pennine-cctv-hub-code-of-practice-2019.pdf",
    } <= set(_links(web, host, hub))
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, hub)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2024-04-15" and "2024" in doc["url"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"
    assert "democracy.blackburn.gov.uk" in web.sites[host].hosts()
    assert not any("democracy." in u for u in evidence_urls(_auth(truth, host)))


def test_shared_partnership_page_only_own_section_counts(web: Heldback338Web, truth: dict) -> None:
    host = "www.e-lindsey.gov.uk"
    shared = "/selcp/community-safety/cctv"
    page = _html(web, host, shared)
    assert "<h2>East Lindsey</h2>" in page and "<h2>Boston</h2>" in page and "<h2>South Holland</h2>" in page
    assert "full (step 2) certification" in page
    r = _render(web, f"http://{host}/index.aspx?articleid=5012")
    assert r.status == 301 and r.header("Location") == f"http://{host}/article/4412/CCTV-in-East-Lindsey"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "not_met" and f"http://{host}{shared}" in d["5.1"]["pages"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"] and d["5.5"]["status"] == "partial"


def test_shadow_council_banner_and_lapsed_step_2(web: Heldback338Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    main = "/community-safety/safer-runnymede/our-cctv"
    for path in ("/", main, "/council-tax", "/site-search?query=cctv"):
        assert 'class="site-notice"' in _html(web, host, path) and "West Surrey Council" in _html(web, host, path)
    assert "<img" not in _main(web, host, main) and "certificate lapsed" in _main(web, host, main)
    assert "Surrey Heath Borough Council" in _main(
        web, host, "/community-safety/safer-runnymede/councils-we-monitor-for"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/community-safety/safer-runnymede/governance"}
    assert d["5.5"]["status"] == "partial"
    assert 'class="site-notice"' in _html(web, "www.guildford.gov.uk", "/")


def test_certificate_only_in_an_extensionless_document(web: Heldback338Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    cert = f"http://{host}/downloads/file/1450/cctv-certificate-of-compliance"
    r = _render(web, cert)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _no_extension(cert) and _linking(web, host, cert) == {f"http://{host}/residents/community-safety/cctv"}
    assert "full certification" not in _main(web, host, "/residents/community-safety/cctv")
    assert "service level agreement" in _main(web, host, "/residents/community-safety/cctv/changes-to-the-cctv-network")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and {e["url"] for e in d["5.2"]["evidence"]} == {cert}
    assert d["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]


def test_signed_isa_only_on_the_page_for_parish_councils(web: Heldback338Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    join = f"http://{host}/community-safety-and-emergencies/cctv/north-devon-cctv-hub/joining-the-hub"
    isa = f"http://{host}/__data/assets/pdf_file/0024/904120/north-devon-cctv-hub-isa-signed.pdf"
    assert _linking(web, host, isa) == {join}
    conn = "/__data/assets/word_doc/0011/904121/hub-connection-agreement-template.docx"
    assert (_render(web, f"http://{host}{conn}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert "Self-Assessment Tool" in _main(web, host, "/community-safety-and-emergencies/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == isa and doc["signed"] and d["5.2"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.3"]["status"] == "partial"


def test_guide_to_a_switched_off_system_does_not_count(web: Heldback338Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    guide = f"http://{host}/media/1187/malvern-town-centre-cctv-guide-2004.pdf"
    assert _linking(web, host, guide) == {f"http://{host}/council/document-library/archive"}
    assert "ten cameras in Great Malvern" in _text(web, host, urlsplit(guide).path)
    assert "switched off in 2012" in _main(web, host, "/community/community-safety/mobile-cctv-cameras")
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert guide not in evidence_urls(a) and not web.sites[host].az


def test_stale_joint_notice_names_a_shared_spoc_that_no_longer_counts(web: Heldback338Web, truth: dict) -> None:
    host = "www.havant.gov.uk"
    joint = f"http://{host}/privacy/havant-and-east-hampshire-cctv-privacy-notice"
    assert "single point of contact for surveillance cameras for both councils" in _main(
        web, host, urlsplit(joint).path
    )
    assert _linking(web, host, joint) == {f"http://{host}/privacy"}
    assert "is being withdrawn" in _main(web, host, "/community-and-living/community-safety/cctv")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert joint not in evidence_urls(a)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctv@havant.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_closed_history_section_after_cameras_went_to_the_police(web: Heldback338Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    path = "/info/120/safer-communities/162/closed-circuit-television-cctv"
    page = _html(web, host, path)
    history = page.split('<details class="history">', 1)[1].split("</details>", 1)[0]
    assert "<details open" not in page and "01295 227 989" in history and "28 days" in history
    d = _auth(truth, host)["deliverables"]
    quote = d["5.1"]["evidence"][0]["quote"]
    assert quote not in history and quote in page
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["retention"] and d["5.3"]["status"] == "not_met"
    assert "modgov.cherwell.gov.uk" in web.sites[host].hosts()


def test_signed_three_party_agreement_beside_unpublished_draft(web: Heldback338Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    work = "/community-safety/cctv/working-with-thames-valley-police"
    assert "has not been published" in _main(web, host, work)
    text = _text(web, host, "/wp-content/uploads/2021/09/joint-cctv-service-agreement-signed.pdf")
    assert text.count("Signed for") == 3 and "Thames Valley Police: N. Sethi" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "met"
    assert not web.sites[host].az and web.sites[host].sitemap


def test_page_about_cameras_the_council_no_longer_runs(web: Heldback338Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    towns = "/en/community-safety/cctv-in-our-towns"
    assert "does not own or watch any town centre cameras" in _main(web, host, towns)
    a = _auth(truth, host)
    assert f"http://{host}{towns}" not in evidence_urls(a)
    assert f"http://{host}/cy/preifatrwydd/teledu-cylch-cyfyng-a-chamerau-corff" in a["deliverables"]["5.1"]["pages"]
    assert "Data Protection Officer" in _main(web, host, "/en/privacy/cctv-and-body-worn-cameras")
    assert a["deliverables"]["5.3"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback338Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "www.guildford.gov.uk", "www.winchester.gov.uk"})
    assert "Waverley Borough Council is the data controller" in _main(
        web, "www.guildford.gov.uk", "/workingwithwaverley/waverleycctvprivacynotice"
    )
    assert "Cannock Chase" in _main(web, "www.staffordshire.gov.uk", "/Your-council/Reorganisation/Questions.aspx")
    assert _auth(truth, "www.staffordshire.gov.uk")["heldback"]["robots_forbid_search"]
    assert '<main id="main">' not in _html(web, "www.winchester.gov.uk", "/")
    assert web.sites["www.winchester.gov.uk"].search is None
