"""The two hundred and sixtieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (an annual review in HTML chapters reached
only through a select jump menu and Next links, its last chapter a signed agreement with the Met; a very long page
without jump links with the SPOC in its last section; a step 2 claim only inside a closed dialog beside a mark; a
SPOC only in a request form's legend; a signed Word memorandum with West Mercia Police; Welsh twins on a separate
host; a step 2 claim only in an endnote of an annual review PDF; a SPOC in an address block on a legacy page
without main; a camera schedule Word file without extension and a combined authority's monitoring with no police
agreement; a step 2 claim only in a Word code's version history and a draft unsigned police protocol; a protocol
agreed by an exchange of two signed letters; a step 1 claim only in a certification body's letter; a SPOC only in
a table caption; an ISA mention on a footage page; one-fact councils on a community safety page and a park page;
committee papers on a meetings host; robots.txt forbidding the search; and councils that publish nothing but
carry look-alikes).
"""

from __future__ import annotations

import json
import re
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

from fixtures.heldback260.truth import TRUTH_PATH
from fixtures.heldback260.web import Heldback260Web


@pytest.fixture(scope="module")
def web() -> Heldback260Web:
    return Heldback260Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback260Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 260)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_chapters_reached_by_select_menu_and_next_links_signed_met_isa(web: Heldback260Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    rev = "/neighbourhood-community-safety/cctv/annual-review-2024-25"
    last = f"{rev}/annex-information-sharing-agreement"
    html = _html(web, host, rev)
    assert f'<option value="{last}">' in html and "<select" in html
    assert f"http://{host}{last}" not in _links(web, host, rev)
    assert _linking(web, host, f"http://{host}{last}") == {f"http://{host}{rev}/requests-and-complaints"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == f"http://{host}{last}"
    assert "Signed for and on behalf of the Metropolitan Police Service" in _main(web, host, last)
    assert _auth(truth, host)["oracle_fetches"] >= 8
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvenquiries@")


def test_long_page_spoc_in_last_section_without_jump_links(web: Heldback260Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    pg = "/your-city-council/cctv-body-worn-video"
    main = _main(web, host, pg)
    html = _html(web, host, pg)
    body = html.split('<main id="main">', 1)[1]
    assert len(main) > 3000 and 'href="#' not in body
    assert main.rindex("single point of contact") > 0.9 * len(main)
    assert len(re.findall(r"<h2>", html)) >= 14
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Data Protection Act 1998" in main and d["5.2"]["status"] == "not_met"


def test_step_2_only_in_closed_dialog_spoc_in_legend_signed_word_mou(web: Heldback260Web, truth: dict) -> None:
    host = "www.telford.gov.uk"
    html = _html(web, host, "/safer-telford/cctv")
    dlg = html.split("<dialog", 1)[1].split("</dialog>", 1)[0]
    assert "step 2" in dlg and "step 2" not in html.replace(dlg, "") and "<dialog open" not in html
    assert 'alt="Surveillance camera code compliant"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03" and d["5.2"]["mark_displayed"]
    form = _html(web, host, "/safer-telford/cctv/request-footage")
    assert (
        "<legend>Your request goes to the Neighbourhood Enforcement Group Manager, our single point of contact" in form
    )
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed on behalf of West Mercia Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_welsh_twin_on_a_separate_host(web: Heldback260Web, truth: dict) -> None:
    host, cy = "www.cardiff.gov.uk", "www.caerdydd.gov.uk"
    assert web.site_for_host(cy) is web.sites[host]
    twin = f"http://{cy}/cy/eich-cyngor/diogelu-data/teledu-cylch-cyfyng"
    assert twin in _links(web, host, "/en/your-council/data-protection/cctv")
    assert 'lang="cy"' in _render(web, twin).body.decode()
    d = _auth(truth, host)["deliverables"]
    assert twin in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_step_2_in_pdf_endnote_and_spoc_in_address_on_legacy_site(web: Heldback260Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/community-safety/cctv.cfm")
    text = _text(web, host, "/doc/214471/name/cctv-annual-review-2023-24.pdf")
    assert "[2] The scheme holds step 2 full certification" in text
    assert "step 2" not in _html(web, host, "/community-safety/cctv.cfm").lower()
    assert "<address><strong>Single point of contact for surveillance cameras</strong>" in _html(
        web, host, "/community-safety/cctv-contact.cfm"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"


def test_schedule_without_extension_and_combined_authority_monitoring(web: Heldback260Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    sched = f"http://{host}/downloads/file/2290/cctv-camera-schedule"
    assert _no_extension(sched) and "filename=" in (_render(web, sched).header("Content-Disposition") or "")
    assert "West Midlands Combined Authority" in _main(web, host, "/CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_in_version_history_and_draft_protocol(web: Heldback260Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    code = "/wp-content/uploads/2024/05/cctv-code-of-practice.docx"
    assert "Version 3.1, October 2019: updated after the scheme was awarded step 2" in _text(web, host, code)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-10"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "DRAFT for discussion" in _text(web, host, urlsplit(doc["url"]).path)
    assert "democracy.newark-sherwooddc.gov.uk" in web.sites[host].hosts()
    assert web.sites[host].search is None


def test_protocol_agreed_by_exchange_of_letters(web: Heldback260Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    d = _auth(truth, host)["deliverables"]
    docs = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and len(docs) == 2 and all(x["signed"] for x in docs)
    ours, theirs = (urlsplit(x["url"]).path for x in docs)
    assert "Lincolnshire Police agrees" not in _text(web, host, ours)
    assert "Lincolnshire Police agrees to the protocol" in _text(web, host, theirs)
    page = f"http://{host}/article/21206/Working-with-Lincolnshire-Police"
    assert _linking(web, host, f"http://{host}{ours}") == {page} == _linking(web, host, f"http://{host}{theirs}")


def test_step_1_letter_and_spoc_in_table_caption(web: Heldback260Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    html = _html(web, host, "/resident/community-safety/cctv.php")
    cap = html.split("<caption>", 1)[1].split("</caption>", 1)[0]
    assert "single point of contact" in cap and "single point of contact" not in html.replace(cap, "")
    letter = "/media/documents/cctv-certification-letter-2021.pdf"
    assert "step 1 (desktop) certification" in _text(web, host, letter)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-11" and d["5.3"]["status"] == "met"


def test_isa_mention_and_privacy_notice_pdf(web: Heldback260Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pn = f"http://{host}/media/2231/public-space-camera-surveillance-privacy-notice.pdf"
    assert pn in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    consult = "/about-the-council/consultations/camera-surveillance-derby-road"
    assert "impact assessment" in _main(web, host, consult)
    assert not any(consult in u for u in d["5.1"]["pages"])


def test_one_fact_councils_and_committee_papers(web: Heldback260Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.arun.gov.uk", "operator", "/community-safety"),
        ("www.hinckley-bosworth.gov.uk", "cameras", "/parks/hollycroft-park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "data controller" in _main(web, "democracy.arun.gov.uk", "/mgAi.aspx?ID=8514")


def test_robots_forbid_search(truth: dict) -> None:
    assert _auth(truth, "www.rossendale.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback260Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.eastcambs.gov.uk", "www.rossendale.gov.uk"})
    assert "City of Ely Council" in _main(web, "www.eastcambs.gov.uk", "/community-safety/cameras-in-ely-and-soham")
