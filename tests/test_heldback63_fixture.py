"""The sixty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 45 to 62; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only on a transparency page
and served without extension, another only as an appendix in scrutiny papers on a democracy host, another in a code
of practice Word document; a 'public space surveillance' section that never writes 'CCTV', split into short
sub-pages; a CCTV annual report as the camera page four clicks deep on a site without search, sitemap or A to Z,
with the SPOC only inside the code PDF and a step 1 sentence without a mark; a step 2 claim only in alt text and
another beside an empty-alt mark; a Welsh-first site and an English-first Welsh site with a Welsh twin; a
footage-request mailbox and control-room telephones as the only contacts; a privacy page that is the statement; a
county with only building cameras; a fact only inside a partnership plan served without extension; a company-run
service; an unsigned draft agreement; hosted guidance about agreements; robots.txt forbidding the search; and
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback63.truth import TRUTH_PATH
from fixtures.heldback63.web import Heldback63Web


@pytest.fixture(scope="module")
def web() -> Heldback63Web:
    return Heldback63Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_45_to_66(web: Heldback63Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    # the sets written beside this one (63 to 66) are disjoint too, checked after their merge
    others = [k for k in range(45, 67) if k != 63]
    assert not mine & codes_of_sets(others), "no council of sets 45-66 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "Unitary authority": 2,
            "County": 1,
            "Welsh unitary authority": 2,
            "Non-metropolitan district": 6,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_surveillance_section_never_writes_cctv_and_isa_on_transparency_page(web: Heldback63Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    pss = "/community-safety-and-engagement/public-space-surveillance"
    subs = ["", "/staffing", "/releasing-recordings", "/your-rights", "/who-to-contact"]
    for sub in subs:
        assert "cctv" not in _main(web, host, pss + sub).lower(), sub
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} >= {pss + sub for sub in subs}
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("surveillance.spoc@")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/about-the-council/transparency/information-sharing-agreements"
    }
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_annual_report_page_deep_spoc_in_pdf_step_1_without_mark(web: Heldback63Web, truth: dict) -> None:
    host = "www.halton.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/Pages/CommunityandSafety.aspx",
        "/Pages/CommunitySafety/SaferHalton.aspx",
        "/Pages/CommunitySafety/SaferHalton/Partnership.aspx",
        "/Pages/CommunitySafety/SaferHalton/Partnership/CCTVAnnualReport.aspx",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    page = _html(web, host, chain[-1])
    assert "<img" not in page and "annual report" in page.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "single point of contact" not in page
    (ev,) = d["5.3"]["evidence"]
    assert ev["url"].endswith(".pdf") and "single point of contact" in _text(web, host, urlsplit(ev["url"]).path)
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_step_2_only_in_alt_text_and_agreement_in_word_code(web: Heldback63Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    pg = "/your-community/cctv/cctv-in-ashford-and-tenterden"
    assert 'alt="Surveillance Camera Commissioner third party certification - step 2' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for and on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_empty_alt_mark_beside_step_2_sentence_and_control_room_phone(web: Heldback63Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    html = _html(web, host, "/CCTV")
    assert '<img src="/images/sc-code-compliant.png" alt="">' in html and "mailto:" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01283 000 508"
    assert "Data Protection Act 1998" in html


def test_agreement_only_in_scrutiny_papers_on_democracy_host(web: Heldback63Web, truth: dict) -> None:
    host = "www.herefordshire.gov.uk"
    dem = "councillors.herefordshire.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=70215"}
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"]


def test_welsh_first_site(web: Heldback63Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    assert "Teledu cylch cyfyng" in _html(web, host, "/diogelwch-cymunedol/teledu-cylch-cyfyng")
    d = _auth(truth, host)["deliverables"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["retention"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == ["democracy.carmarthenshire.gov.wales"]
    assert "Dyfed-Powys Police" in _main(web, host, "/en/community-safety/cctv")


def test_english_first_welsh_site_with_twin_and_shared_service(web: Heldback63Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    pg = "/my-council/customer-services/cctv-and-out-of-hours"
    twin = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng"
    assert '<html lang="en">' in _html(web, host, "/") and f"http://{host}{twin}" in _links(web, host, pg)
    assert '<html lang="cy">' in _html(web, host, twin)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" not in d["5.1"]["pages"]
    assert "Vale of Glamorgan" in _main(web, host, pg)
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_privacy_page_is_statement_with_footage_mailbox_only(web: Heldback63Web, truth: dict) -> None:
    host = "www.barnsley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/services/information-and-privacy/cctv"]
    assert d["5.1"]["criteria"]["dpia"] and "Doncaster" in _main(web, host, "/services/information-and-privacy/cctv")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["email"].startswith("cctvrequests@") and not spoc["phone"]


def test_county_with_only_building_cameras(web: Heldback63Web, truth: dict) -> None:
    host = "www.eastsussex.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["retention"]
    assert "does not run town centre cameras" in _main(web, host, "/community/street-cameras")


def test_fact_only_in_partnership_plan_without_extension(web: Heldback63Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (url,) = d["5.1"]["pages"]
    r = _render(web, url)
    assert r.header("Content-Type") == "application/pdf" and "." not in urlsplit(url).path.rsplit("/", 1)[-1]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]


def test_company_run_service_spoc_and_unsigned_draft(web: Heldback63Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "East Suffolk Services Ltd" in _main(web, host, "/community/community-safety/cctv")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/data-protection"}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_hosted_guidance_is_not_an_agreement_and_control_room_phone(web: Heldback63Web, truth: dict) -> None:
    host = "www.bury.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    text = _text(web, host, "/downloads/gm-community-safety/cctv-police-agreements-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback63Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.bexley.gov.uk", "www.adur-worthing.gov.uk", "www.brentwood.gov.uk"},
    )
