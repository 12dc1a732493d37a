"""The four hundred and twenty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a SPOC only in the folded script of a BSL video; a step 2
claim only on an easy read page laid out as pictures beside words; a page with Polish and Romanian translations and a
draft police agreement with blank signature lines; a bilingual site whose signed protocol is one PDF in Welsh then
English paragraph by paragraph; a page that is only a document landing block; a page that only links an accessible
Word pack holding the SPOC; one fact in a venue accessibility guide; one fact only in a map's text version; step 2 and
figures only on a poster PDF; a page with an identical large-print PDF and an 'other formats' mailbox; a SPOC in a
contact side panel and a signed agreement only as an appendix of a DPIA at an extensionless address; step 2 in the
on-page accessible summary of a non-accessible PDF; robots.txt forbidding the search; councils that publish nothing
but carry look-alikes).
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

from fixtures.heldback427.truth import TRUTH_PATH
from fixtures.heldback427.web import Heldback427Web


@pytest.fixture(scope="module")
def web() -> Heldback427Web:
    return Heldback427Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback427Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 427)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_the_folded_bsl_script(web: Heldback427Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    pg = "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv"
    html = _html(web, host, pg)
    assert '<iframe title="CCTV in Croydon: British Sign Language version"' in html
    before, folded = html.split("<details><summary>Read the script of the BSL video</summary>", 1)
    assert "single point of contact" not in before and "single point of contact for surveillance cameras" in folded
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pg}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "information sharing agreement between the council and the Met" in _main(web, host, pg)


def test_step_2_only_on_an_easy_read_page(web: Heldback427Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    pg = "/communitysafety/cctv-operations-in-tameside"
    er = f"{pg}/easy-read"
    assert "step 2" not in _main(web, host, pg).lower()
    html = _html(web, host, er)
    assert '<table class="easy-read" role="presentation">' in html
    words = html.split('alt="A certificate with a tick"></td><td class="er-words">', 1)[1].split("</td>", 1)[0]
    assert "step 2 full certification" in words
    assert not re.search(r'alt="[^"]*(step 2|Surveillance Camera)', html)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]) == {er}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert f"http://{host}{pg}" in _linking(web, host, doc["url"])
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Greater Manchester Police" in text and "on behalf of Tameside" in text


def test_translations_and_draft_agreement(web: Heldback427Web, truth: dict) -> None:
    host = "www.luton.gov.uk"
    root = "/Page/Show/Community_and_living/Community_safety/Pages"
    links = set(_links(web, host, f"{root}/CCTV.aspx"))
    assert {f"http://{host}{root}/CCTV-polski.aspx", f"http://{host}{root}/CCTV-romana.aspx"} <= links
    assert '<html lang="pl">' in _html(web, host, f"{root}/CCTV-polski.aspx")
    assert '<html lang="ro">' in _html(web, host, f"{root}/CCTV-romana.aspx")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{root}/CCTV-polski.aspx" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "NOT FOR SIGNATURE" in text and "20__" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.manager@")


def test_bilingual_twins_and_paragraph_by_paragraph_protocol(web: Heldback427Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cy = "/cy/Preswylydd/Troseddu-ac-argyfyngau/Teledu-Cylch-Cyfyng.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/en/Resident/Crime-and-emergencies/CCTV-documents.aspx"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    welsh, english = text.index("Mae'r protocol hwn rhwng"), text.index("This protocol is between")
    assert welsh < english
    assert text.index("Llofnodwyd ar ran Heddlu Gogledd Cymru") < text.index("Signed on behalf of North Wales Police")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_page_that_is_only_a_document_landing_block(web: Heldback427Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    pg = "/community-and-safety/crime-and-anti-social-behaviour/mobile-cctv-cameras"
    html = _html(web, host, pg)
    assert '<div class="document-details">' in html and "<dt>Format</dt><dd>PDF</dd>" in html
    main = _main(web, host, pg)
    assert "28 days" not in main and "Code of Practice" not in main
    pdf = "/media/k3ld2pqa/mobile-cctv-cameras-policy-2024.pdf"
    assert "Recordings are kept for 28 days" in _text(web, host, pdf)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{pdf}" in d["5.1"]["pages"]
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_page_that_only_links_an_accessible_word_pack(web: Heldback427Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    pack = "/files/documents/cctv_information_pack/CCTV_information_pack_accessible.docx"
    assert "single point of contact" not in _main(web, host, "/pages/cctv")
    assert (_render(web, f"http://{host}{pack}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert "single point of contact for surveillance cameras" in _text(web, host, pack)
    assert _linking(web, host, f"http://{host}{pack}") == {f"http://{host}/pages/cctv"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pack}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_in_accessibility_guide_and_in_map_text_version(web: Heldback427Web, truth: dict) -> None:
    nk, ms = "www.n-kesteven.gov.uk", "www.midsuffolk.gov.uk"
    guide = "/visiting/sleaford-market/accessibility-guide"
    assert "<dt>Security</dt><dd>The market place is covered by the council's CCTV cameras.</dd>" in _html(
        web, nk, guide
    )
    mp = "/business/town-centres/stowmarket-town-centre-map"
    assert 'alt="Map of Stowmarket town centre"' in _html(web, ms, mp) and "CCTV" not in _main(web, ms, mp)
    for host, path in ((nk, guide), (ms, f"{mp}/text-version")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_step_2_and_figures_only_on_a_poster(web: Heldback427Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    pg = "/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    main = _main(web, host, pg)
    assert "step 2" not in main.lower() and "Data Protection Act 1998" in main
    poster = "/media/9921/CCTV-at-a-glance-poster.pdf"
    assert "awarded May 2021" in _text(web, host, poster)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-05" and _paths(d["5.2"]) == {poster}
    assert d["5.1"]["criteria"]["statistics"] and d["5.5"]["status"] == "partial"


def test_large_print_twin_and_formats_mailbox(web: Heldback427Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    pg = "/community/community-safety/cctv"
    html = _html(web, host, pg)
    aside = html.split('<aside class="other-formats" aria-label="Other formats">', 1)[1].split("</aside>", 1)[0]
    assert "large-print.pdf" in aside and "accessibility@" in aside
    assert "monitoring agreement between the two councils" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("communitysafety@")
    assert d["5.5"]["status"] == "not_met"
    assert any(u.endswith("large-print.pdf") for u in d["5.1"]["pages"])


def test_spoc_in_contact_panel_and_agreement_only_in_dpia_appendix(web: Heldback427Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    html = _html(web, host, "/w/public-space-cctv")
    panel = html.split('<aside class="contact-panel">', 1)[1].split("</aside>", 1)[0]
    assert "Single point of contact for surveillance cameras" in panel
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Appendix C") < text.index("Signed on behalf of Warwickshire Police")
    assert "Rugby First" in _main(web, host, "/w/rugby-first")


def test_step_2_in_accessible_summary_and_spoc_on_page(web: Heldback427Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    html = _html(web, host, "/article/2455/CCTV")
    summary = html.split('<div class="accessible-summary">', 1)[1].split("</div>", 1)[0]
    assert "does not fully meet accessibility standards" in summary and "step 2 full certification" in summary
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["awarded"] == "2022-11" and d["5.3"]["status"] == "met"
    assert _no_extension(f"http://{host}/downloads/file/3107/cctv-annual-review-2024-25")
    assert a["heldback"]["robots_forbid_search"] and a["heldback"]["democracy_host"]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.southnorfolkandbroadland.gov.uk", "www.staffsmoorlands.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback427Web, truth: dict) -> None:
    nothing = {"www.essex.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.bolsover.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    assert "not by the county council" in _main(web, "www.essex.gov.uk", "/community-safety/cctv-in-your-area")
    assert '<main id="main">' not in _html(web, "www.bolsover.gov.uk", "/")
    assert "Data Protection Act 1998" in _html(web, "www.bolsover.gov.uk", "/index.php/your-council/data-protection")
