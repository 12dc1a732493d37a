"""The hundred-and-thirteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are real register rows, none is in sets 98 to 112; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (camera facts near the end of a community safety
directory of 4,000 words in definition lists; a CCTV mailbox only in the site-wide contact directory; a signed
agreement reached only as a row among contracts on a transparency page; menu links through an internal
/redirect?url= address answering 302; a camera page filed under Housing; a printer-friendly copy; a ?category=
services directory; a police agreement about safeguarding, not cameras; English and Welsh side by side in one table
with the SPOC in it; an English page marked lang="cy"; an at-a-glance table whose header cells are <td> holding a
step 2 claim; figures only in a table inside a Word document; a shared-service agreement between councils; a camera
page filed under Business; a draft Word agreement; a legacy layout with BS 7958 but no Code certification; a police
agreement about anti-social behaviour casework; facts and a SPOC in a <dl>; signatures of a police protocol in a
<dl>; a shared website whose camera page is the sister council's; one-fact councils on a leisure complex, a market
hall and a room hire page; complaints only through a form; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import io
import json
import zipfile
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

from benchmarks.heldback_sets import set_names
from fixtures.heldback113.truth import TRUTH_PATH
from fixtures.heldback113.web import Heldback113Web


@pytest.fixture(scope="module")
def web() -> Heldback113Web:
    return Heldback113Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_98_to_112(web: Heldback113Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(98, 113) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 98-112 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )
    assert "W06000008" in mine


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_long_directory_mailbox_only_in_contacts_and_agreement_row_among_contracts(
    web: Heldback113Web, truth: dict
) -> None:
    host = "www.lbhf.gov.uk"
    guide = "/crime/community-safety-services"
    text = _main(web, host, guide)
    assert len(text.split()) >= 4000
    assert text.find("about 1,850 cameras") > 0.85 * len(text)
    assert '<dl class="service-entry"><dt>What it is</dt><dd>The council runs a network of about 1,850' in _html(
        web, host, guide
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{guide}" in d["5.1"]["pages"]
    mailbox = "cctv.controlroom@lbhf.example.gov.uk"
    site = web.sites[host]
    holding = {p.path for p in site.pages.values() if mailbox in p.body}
    assert holding == {"/contact-us/directory"}
    assert d["5.3"]["status"] == "partial" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/contact-us/directory"
    }
    (doc,) = d["5.5"]["documents"]
    contracts = f"http://{host}/councillors-and-democracy/transparency/contracts-and-agreements"
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {contracts}
    assert "Highways maintenance term contract" in _main(web, host, urlsplit(contracts).path)
    assert "Signed for the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)


def test_redirect_menu_links_housing_breadcrumb_and_printer_copy(web: Heldback113Web, truth: dict) -> None:
    host = "www.swindon.gov.uk"
    pg = "/info/20012/housing/1048/cctv_in_swindon"
    home_links = _links(web, host, "/")
    assert f"http://{host}/redirect?url={pg}" in home_links and f"http://{host}{pg}" not in home_links
    r = _render(web, f"http://{host}/redirect?url={pg}")
    assert r.status == 302 and r.header("Location") == f"http://{host}{pg}"
    html = _html(web, host, pg)
    assert '<a href="/housing">Housing</a> &gt; <a href="/info/20012/housing/1101/estate_services">' in html
    printer = _html(web, host, f"{pg}/print")
    assert "<nav" not in printer and "Pinehurst, Penhill" in printer and "noindex" in printer
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_category_directory_and_safeguarding_agreement_is_not_a_camera_agreement(
    web: Heldback113Web, truth: dict
) -> None:
    host = "www.norfolk.gov.uk"
    assert f"http://{host}/services?category=community-safety" in _links(web, host, "/services")
    cs = _main(web, host, "/services?category=community-safety")
    assert "run by Norwich City Council, not the county council" in cs
    assert "Norfolk Constabulary" in _main(web, host, "/what-we-do-and-how-we-work/transparency")
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_side_by_side_welsh_spoc_and_wrong_lang(web: Heldback113Web, truth: dict) -> None:
    host = "www.ceredigion.gov.uk"
    pg = "/resident/community-safety/cctv-teledu-cylch-cyfyng"
    html = _html(web, host, pg)
    assert '<table class="bilingual">' in html and '<td lang="cy">Y Rheolwr Corfforaethol' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pg}
    req = _html(web, host, f"{pg}/request-recordings")
    assert req.startswith('<!DOCTYPE html><html lang="cy">') and "Under data protection law" in req
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_td_header_table_step_2_word_table_and_signed_isa(web: Heldback113Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    pg = "/your-district/public-protection/crime-prevention/cctv"
    html = _html(web, host, pg)
    assert "<td><strong>Item</strong></td>" in html and "<th" not in html.split('<main id="main">')[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-09"
    figures = "/media/4821/cctv-annual-review-2023-24-facts-and-figures"
    r = _render(web, f"http://{host}{figures}")
    with zipfile.ZipFile(io.BytesIO(r.body)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "<w:tbl>" in xml and "403 were picked up" in xml.split("<w:tbl>")[1]
    assert "403" not in _main(web, host, pg)
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{figures}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and "shared-service" not in doc["url"]
    assert "Broxtowe" in _text(web, host, "/media/2210/cctv-shared-service-agreement.pdf")
    assert d["5.3"]["status"] == "met"


def test_camera_page_under_business_and_draft_word_agreement(web: Heldback113Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    pg = "/business/town-centre-management/cctv"
    assert '<a href="/business">Business</a> &gt; <a href="/business/town-centre-management">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "......" in _text(web, host, urlsplit(doc["url"]).path)


def test_legacy_bs7958_is_not_certification_and_asb_agreement_is_not_cameras(web: Heldback113Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    html = _html(web, host, "/CCTV")
    assert '<main id="main">' not in html and "BS 7958" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert "anti-social behaviour case management" in _html(
        web, host, "/about-the-council/data-protection/data-sharing"
    )
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]


def test_definition_lists_hold_spoc_and_signatures(web: Heldback113Web, truth: dict) -> None:
    rugby = _html(web, "www.rugby.gov.uk", "/w/public-space-cctv")
    assert "<dt>Contact</dt><dd>The Head of Communities is the council's single point of contact" in rugby
    assert _auth(truth, "www.rugby.gov.uk")["deliverables"]["5.3"]["status"] == "met"
    prot = "/your-community/cctv/cctv-documents/protocol-kent-police"
    ashford = _html(web, "www.ashford.gov.uk", prot)
    assert '<dl class="signatures"><dt>Signed for Ashford Borough Council</dt>' in ashford
    d = _auth(truth, "www.ashford.gov.uk")["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and urlsplit(doc["url"]).path == prot and doc["force"] == "Kent"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"


def test_complaints_only_through_a_form(web: Heldback113Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    main = _main(web, host, "/pages/cctv_footage")
    assert "@" not in main and "online complaints form" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    assert d["5.1"]["criteria"]["complaints"]


def test_one_fact_councils(web: Heldback113Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.elmbridge.gov.uk", "retention", "/leisure/xcel-leisure-complex"),
        ("www.rossendale.gov.uk", "cameras", "/business/markets/bacup-market-hall"),
        ("www.waverley.gov.uk", "signage", "/info/200100/community_centres/1220/wilfrid_noyce_centre_room_hire"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<dt>Security</dt>" in _html(web, "www.rossendale.gov.uk", "/business/markets/bacup-market-hall")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback113Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.sunderland.gov.uk", "www.norfolk.gov.uk", "www.adur-worthing.gov.uk"})
    worthing = _main(web, "www.adur-worthing.gov.uk", "/community-safety/worthing-cctv")
    assert "Worthing Borough Council owns 16 cameras" in worthing and "Adur District Council has no" in worthing
