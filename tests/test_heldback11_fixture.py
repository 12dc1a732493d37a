"""The eleventh held-back web serves over the loopback proxy and its truth is well formed (no audit, no
scoring: the set is measured once, by the lead, after the detectors are frozen).

Checks: the committed truth.json equals what the hand labels build; statuses, criteria and the
labelling rules of fixtures/heldback/README.md hold; the councils are real register rows, no English
council of sets 1-10 is reused, and the three Welsh councils are none of sets 7 to 10; every homepage
answers through the proxy under its real host name; every evidence URL answers 200, holds its quote
verbatim and is allowed by robots.txt; and the structures the set exists to test are really present (a
SPOC only in a privacy notice's 'Key contacts' table, figures only in an annual report PDF, an agreement
only in a 'Partnership documents' list, a claim only in a hidden tab panel, a CSV of camera locations,
a county-scale council without public space CCTV describing the cameras it does run, a certificate PDF
as the only claim, housing estate CCTV, an 'at a glance' definition list, a draft statement of intent,
districts that say they run no public space CCTV, a privacy notice as the only camera page, a published
self-assessment, a Welsh-first site with a bilingual camera page, Welsh twins, decoys on the councils
that publish nothing).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from benchmarks.heldback import SETS, parse_sets
from fixtures.heldback.truth import TRUTH_PATH as FIRST_TRUTH
from fixtures.heldback2.truth import TRUTH_PATH as SECOND_TRUTH
from fixtures.heldback3.truth import TRUTH_PATH as THIRD_TRUTH
from fixtures.heldback4.truth import TRUTH_PATH as FOURTH_TRUTH
from fixtures.heldback5.truth import TRUTH_PATH as FIFTH_TRUTH
from fixtures.heldback6.truth import TRUTH_PATH as SIXTH_TRUTH
from fixtures.heldback7.truth import TRUTH_PATH as SEVENTH_TRUTH
from fixtures.heldback8.truth import TRUTH_PATH as EIGHTH_TRUTH
from fixtures.heldback9.truth import TRUTH_PATH as NINTH_TRUTH
from fixtures.heldback10.truth import TRUTH_PATH as TENTH_TRUTH
from fixtures.heldback11.truth import TRUTH_PATH, build
from fixtures.heldback11.web import Heldback11Web
from fixtures.simweb.register import read_register
from heldback_served import (
    STATUSES,
    assert_labelling_rules,
    assert_truth_served,
    auth_by_host as _auth,
    evidence_urls as _evidence_urls,
    served_text as _text,
    served_links as _links,
)


@pytest.fixture(scope="module")
def web() -> Heldback11Web:
    return Heldback11Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _codes(path: Path) -> dict[str, str]:
    return {a["gss_code"]: a["nation"] for a in json.loads(path.read_text(encoding="utf-8"))["authorities"]}


def test_committed_truth_matches_the_labels(truth: dict) -> None:
    assert build() == truth, "run: python -m fixtures.heldback11.truth"


def test_wired_into_the_benchmark() -> None:
    web_class, path, label = SETS["heldback11"]
    assert web_class is Heldback11Web and path == TRUTH_PATH and label == "held-back set 11"
    assert "heldback11" in parse_sets("all")  # `make bench` runs every set but the first


def test_real_councils_and_reuse(web: Heldback11Web, truth: dict) -> None:
    mine = {s.gss for s in web.sites.values()}
    assert len(mine) == len(web) == 20
    assert {a["gss_code"] for a in truth["authorities"]} == mine
    register = {r["gss_code"]: r for r in read_register()}
    for s in web.sites.values():
        row = register[s.gss]
        assert urlsplit(row["website"]).hostname == s.host, s.gss
        assert s.name.split()[0] in row["name"], (s.name, row["name"])
    earlier: dict[str, str] = {}
    for path in (FIRST_TRUTH, SECOND_TRUTH, THIRD_TRUTH, FOURTH_TRUTH, FIFTH_TRUTH, SIXTH_TRUTH):
        earlier.update(_codes(path))
    recent: dict[str, str] = {}
    for path in (SEVENTH_TRUTH, EIGHTH_TRUTH, NINTH_TRUTH, TENTH_TRUTH):
        recent.update(_codes(path))
    assert not mine & set(recent), "no council of sets 7-10 may be reused"
    reused = mine & set(earlier)
    assert all(earlier[g] == "Wales" for g in reused), "no English council of an earlier set may be reused"
    welsh = {g for g in mine if register[g]["nation"] == "Wales"}
    assert len(welsh) == 3 and welsh == reused
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 2,
            "Unitary authority": 6,
            "Non-metropolitan district": 8,
            "Welsh unitary authority": 3,
        }
    )
    for a in truth["authorities"]:
        assert a["police_force"] == register[a["gss_code"]]["police_force"]


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=3, types=5)
    auths = truth["authorities"]
    for key, allowed in STATUSES.items():
        for status in allowed:
            n = sum(a["deliverables"][key]["status"] == status for a in auths)
            assert n >= 2, (key, status, n)


def test_spoc_only_in_a_privacy_notice_key_contacts_table(web: Heldback11Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    hub = "/community-safety-cameras"
    site = web.sites[host]
    subpages = [p for (h, p) in site.pages if h == host and p.startswith("/community-and-safety" + hub)]
    assert len(subpages) == 5 and any(p.endswith("/how-the-cameras-performed") for p in subpages)
    for path in subpages:
        assert "single point of contact" not in _text(web, host, path).lower(), path
    d53 = _auth(truth, host)["deliverables"]["5.3"]
    assert d53["status"] == "met"
    notice = "/privacy/privacy-notices/community-safety-cameras"
    assert {urlsplit(e["url"]).path for e in d53["evidence"]} == {notice}
    page = site.render(notice).body.decode()
    assert "<h2>Key contacts</h2><table>" in page
    assert f"http://{host}/privacy" in _links(web, host, "/community-and-safety" + hub)


def test_figures_only_in_an_annual_report_and_agreement_only_in_a_documents_list(
    web: Heldback11Web, truth: dict
) -> None:
    host = "www.manchester.gov.uk"
    page = "/crime-and-safety/cctv-in-manchester"
    text = _text(web, host, page)
    assert "arrest" not in text.lower() and "7,912" not in text
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["criteria"]["statistics"] and d51["criteria"]["annual_review"]
    report = next(u for u in d51["pages"] if u.endswith("cctv-annual-report-2024-25.pdf"))
    assert "7,912 incidents" in _text(web, host, urlsplit(report).path)
    d55 = _auth(truth, host)["deliverables"]["5.5"]
    (doc,) = d55["documents"]
    links = _links(web, host, page)
    assert doc["url"] not in links
    csp = web.sites[host].render("/crime-and-safety/community-safety-partnership").body.decode()
    assert "<h2>Partnership documents</h2>" in csp and urlsplit(doc["url"]).path in csp


def test_claim_only_in_a_hidden_tab_and_locations_as_csv(web: Heldback11Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    body = web.sites[host].render("/community-safety/cctv").body.decode()
    panel = re.search(r'<section class="tabs__panel" id="tab-2" role="tabpanel" hidden>(.*?)</section>', body, re.S)
    assert panel and "step 2 full certification" in panel.group(1)
    assert body.count("step 2") == 1
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2" and d52["awarded"] == "2021-08"
    locs = "/council/open-data/public-space-camera-locations"
    csv_url = next(u for u in _links(web, host, locs) if u.endswith(".csv"))
    r = web.sites[host].render(urlsplit(csv_url).path)
    assert r.status == 200 and r.header("Content-Type").startswith("text/csv")
    assert r.body.decode().startswith("camera_id,location,ward,type")


def test_county_scale_council_without_public_space_cctv(web: Heldback11Web, truth: dict) -> None:
    host = "www.northyorks.gov.uk"
    text = _text(web, host, "/your-council/data-protection/how-we-use-cameras")
    assert "does not operate public space CCTV" in text and "nothing is recorded" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "met"
    north = _auth(truth, "www.northumberland.gov.uk")["deliverables"]
    assert all(north[k]["status"] == "not_met" for k in STATUSES)
    assert "owned and paid for by the town councils" in _text(
        web, "www.northumberland.gov.uk", "/community/community-safety"
    )


def test_certification_only_in_a_certificate_pdf(web: Heldback11Web, truth: dict) -> None:
    host = "www.cheshirewestandchester.gov.uk"
    page = "/residents/community-safety/cctv-and-redeployable-cameras"
    text = _text(web, host, page).lower()
    assert "step 2" not in text and "certification" not in text and "scc certificate" in text
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and all(e["url"].endswith("scc-certificate-2020.pdf") for e in d52["evidence"])
    assert "IQ Verify" in _text(web, host, "/documents/scc-certificate-2020.pdf")


def test_one_sentence_councils(truth: dict) -> None:
    for host, path in (
        ("www.bathnes.gov.uk", "/council-and-democracy/budget-2025-26-where-your-money-goes"),
        ("www.gravesham.gov.uk", "/community/anti-social-behaviour/mobile-cameras"),
        ("www.fylde.gov.uk", "/resident/community-safety/cctv-in-fylde"),
        ("www.merthyr.gov.uk", "/business/town-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and sum(d51["criteria"].values()) == 1, host
        assert urlsplit(d51["evidence"][0]["url"]).path == path


def test_districts_that_say_they_run_no_public_space_cctv(web: Heldback11Web, truth: dict) -> None:
    fylde = _text(web, "www.fylde.gov.uk", "/resident/community-safety/cctv-in-fylde")
    assert "does not operate public space CCTV" in fylde
    assert _auth(truth, "www.fylde.gov.uk")["deliverables"]["5.1"]["criteria"]["retention"]
    dales = _text(web, "www.derbyshiredales.gov.uk", "/community/community-safety")
    assert "does not operate any CCTV cameras in public places" in dales
    assert _auth(truth, "www.derbyshiredales.gov.uk")["deliverables"]["5.1"]["status"] == "not_met"


def test_housing_estate_cctv_and_privacy_notice_only(truth: dict) -> None:
    thurrock = _evidence_urls(_auth(truth, "www.thurrock.gov.uk"))
    assert thurrock and all(urlsplit(u).path.startswith("/housing/estate-safety/") for u in thurrock)
    hart = _evidence_urls(_auth(truth, "www.hart.gov.uk"))
    assert {urlsplit(u).path for u in hart} == {
        "/council-and-democracy/data-protection/privacy-notices/town-centre-cctv-monitored-by-runnymede"
    }


def test_at_a_glance_list_and_committee_appendix(web: Heldback11Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    body = web.sites[host].render("/community-safety/public-space-cctv").body.decode()
    box = re.search(r'<div class="fact-box">(.*?)</div>', body, re.S)
    assert box and "<dl>" in box.group(1)
    assert "designated single point of contact" in box.group(1) and "Step 2 full certification" in box.group(1)
    auth = _auth(truth, host)
    assert not auth["deliverables"]["5.1"]["criteria"]["statistics"]
    assert not any("democracy." in u for u in _evidence_urls(auth))
    assert "612 arrests" in _text(
        web, "democracy.cambridge.gov.uk", "/documents/s71203/Appendix-A-CCTV-annual-report-2024-25.pdf"
    )


def test_draft_statement_of_intent_and_news_lookalikes(web: Heldback11Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    d55 = _auth(truth, host)["deliverables"]["5.5"]
    (doc,) = d55["documents"]
    assert d55["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT v0.1" in text and "______" in text
    urls = _evidence_urls(_auth(truth, host))
    for path in ("/news/in-the-news-cctv-shoplifter", "/business/supplier-case-study-wireless-cameras"):
        assert web.sites[host].render(path).status == 200
        assert f"http://{host}{path}" not in urls


def test_senior_responsible_officer_without_contact(web: Heldback11Web, truth: dict) -> None:
    host = "www.westdevon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.2"]["level"] == "step1"
    main = web.sites[host].render("/community/tavistock-and-okehampton-cameras").body.decode()
    main = main.split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "@" not in main and not re.search(r"\b0\d{3,4} \d{3}", main)


def test_published_self_assessment(web: Heldback11Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["criteria"]["self_assessment"]
    sat = next(u for u in _links(web, host, "/community-and-living/community-safety/cctv") if "self-assessment" in u)
    assert "Principle 1" in _text(web, host, urlsplit(sat).path)


def test_welsh_first_bilingual_page_and_welsh_twins(web: Heldback11Web) -> None:
    welsh_first = [s for s in web.sites.values() if s.pages[(s.host, "/")].lang == "cy"]
    assert [s.host for s in welsh_first] == ["www.bridgend.gov.uk"]
    page = web.sites["www.bridgend.gov.uk"].render("/cymuned/teledu-cylch-cyfyng-cctv").body.decode()
    assert '<html lang="cy">' in page and page.count('<p lang="cy">') == page.count('<p lang="en">') == 7
    en = web.sites["www.bridgend.gov.uk"].render("/en/community-safety").body.decode()
    assert 'href="/cymuned/teledu-cylch-cyfyng-cctv"' in en
    sw = web.sites["www.swansea.gov.uk"]
    assert 'href="/cy/cymuned/teledu-cylch-cyfyng"' in sw.render("/community/cctv").body.decode()
    assert 'href="/community/cctv"' in sw.render("/cy/cymuned/teledu-cylch-cyfyng").body.decode()
    pages = [p for s in web.sites.values() for p in s.pages.values()]
    assert sum(p.lang == "cy" and p.path != "/" for p in pages) >= 7


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback11Web, truth: dict) -> None:
    nothing = [a for a in truth["authorities"] if all(a["deliverables"][k]["status"] == "not_met" for k in STATUSES)]
    assert {a["heldback"]["host"] for a in nothing} == {
        "www.northumberland.gov.uk",
        "www.wokingham.gov.uk",
        "www.derbyshiredales.gov.uk",
    }
    for a in nothing:
        site = web.sites[a["heldback"]["host"]]
        hits = [p for p in site.pages.values() if re.search(r"(?i)cctv|camera|surveillance", p.body)]
        assert len(hits) >= 4, a["name"]


def test_homepages_and_every_quote_are_served_through_the_proxy(web: Heldback11Web, truth: dict) -> None:
    assert_truth_served(web, truth)
