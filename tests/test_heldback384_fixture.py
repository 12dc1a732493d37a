"""The 384th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the format structures the set is built from are really served: a PDF code beside an accessible web version at an
older edition (SPOC only in the PDF) and a camera list only as CSV beside an out-of-date HTML table; an easy read
PDF and a Word code, both without extension, out of step, the SPOC only in the easy read and a DRAFT police
agreement in the Word code; a systems register CSV without extension holding the step 2 row beside a 2018 web
version claiming step 1; a Welsh twin at ?lang=cy-gb, a Welsh annual review a year behind and a DPIA as Word; a park
map whose alt text holds the only fact (not the older large-print map); a large-print Word copy of an older code and
an agreement whose signatures are told only on the text description page of its signature-page image; a plain-text
copy holding a sentence its HTML page has lost; a paged web code stopping at section 3 and a certificate scan's alt
text; a summary claim explained only in the annual report beside an out-of-step easy read; a 'large print' PDF that
is the superseded protocol and committee papers on the main host through ?sq_content_src=; a contacts CSV row the
HTML contact page has dropped; a large-print Word copy newer than the PDF holding the SPOC; robots.txt forbidding
the search; and councils that publish nothing but carry look-alikes in several formats.
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

from fixtures.heldback384.truth import TRUTH_PATH
from fixtures.heldback384.web import Heldback384Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback384Web:
    return Heldback384Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _ctype(web: Heldback384Web, url: str) -> str:
    return _render(web, url).header("Content-Type") or ""


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback384Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 384)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_pdf_code_ahead_of_its_accessible_web_version_and_camera_list_as_csv(web: Heldback384Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    cctv = "/community-safety/closed-circuit-television-cctv"
    pdf = "/sites/default/files/2024-07/southwark-cctv-code-of-practice-2024.pdf"
    webv = f"{cctv}/code-of-practice-web-version"
    csv = "/sites/default/files/2025-01/cctv-camera-locations.csv"
    links = set(_links(web, host, cctv))
    assert {f"http://{host}{u}" for u in (pdf, webv, csv, f"{cctv}/camera-locations")} <= links
    web_text = _main(web, host, webv)
    assert "2019 edition" in web_text and "single point of contact" not in web_text and "28 days" in web_text
    pdf_text = _text(web, host, pdf)
    assert "single point of contact for surveillance camera systems" in pdf_text and "31 days" in pdf_text
    assert _ctype(web, f"http://{host}{csv}").startswith("text/csv")
    assert "March 2022" in _main(web, host, f"{cctv}/camera-locations")
    assert "Walworth Road at East Street" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.3"]) == {pdf} and d["5.3"]["status"] == "met"
    assert f"http://{host}{csv}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["cameras"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "moderngov.southwark.gov.uk" in web.sites[host].hosts()


def test_easy_read_pdf_and_older_word_code_without_extensions(web: Heldback384Web, truth: dict) -> None:
    host = "www.bury.gov.uk"
    page = "/my-neighbourhood/safety-in-the-community/emergency-response-and-resilience"
    easy = f"http://{host}/downloads/file/3392/cctv-easy-read-guide"
    code = f"http://{host}/downloads/file/3391/public-area-cctv-code-of-practice"
    assert {easy, code} <= set(_links(web, host, page)) and _no_extension(easy) and _no_extension(code)
    r = _render(web, code)
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    assert _ctype(web, easy) == "application/pdf"
    code_text, easy_text = _text(web, host, urlsplit(code).path), _text(web, host, urlsplit(easy).path)
    assert "single point of contact" in easy_text and "single point of contact" not in code_text
    assert "31 days" in easy_text and "28 days" in code_text
    assert "DRAFT" in code_text and "..../..../20.." in code_text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {easy}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"] == code and d["5.5"]["status"] == "partial"


def test_step_2_only_in_a_register_csv_beside_an_older_web_version(web: Heldback384Web, truth: dict) -> None:
    host = "www.medway.gov.uk"
    reg = f"http://{host}/downloads/file/6120/surveillance-camera-systems-register"
    webv = "/info/200143/community_safety/1378/surveillance_camera_systems_register_web_version"
    r = _render(web, reg)
    assert _no_extension(reg) and (r.header("Content-Type") or "").startswith("text/csv")
    assert ".csv" in (r.header("Content-Disposition") or "")
    rows = r.body.decode("utf-8").splitlines()
    assert rows[1].startswith("MC-01,") and "Step 2 full certification,14/03/2019" in rows[1]
    assert any(row.startswith("GR-01,") and "Gravesham" in row for row in rows)
    main = _main(web, host, "/info/200143/community_safety/1377/cctv")
    assert "step 2" not in main.lower() and "independently certified" in main
    older = _main(web, host, webv)
    assert "May 2018" in older and "Step 1 (desktop) certification" in older
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03-14" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {reg}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _no_extension(doc["url"])
    assert "Signed for and on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_welsh_twins_by_query_string_older_welsh_report_and_word_dpia(web: Heldback384Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    cctv = "/services/emergencies-and-crime-prevention/cctv"
    summ = f"{cctv}/cctv-policy-summary"
    assert f"http://{host}{cctv}?lang=cy-gb" in _links(web, host, cctv)
    cy = _html(web, host, f"{summ}?lang=cy-gb")
    assert '<html lang="cy">' in cy and "Certificate of Compliance" not in cy
    assert "Certificate of Compliance" in _main(web, host, summ)
    assert "step 2" not in _main(web, host, summ).lower()
    rep_cy = _text(web, host, "/media/b2zr4m0n/adolygiad-ac-adroddiad-blynyddol-tcc-2023.pdf")
    assert "2023" in rep_cy and "step 2" not in rep_cy
    dpia = f"http://{host}/documents/dpia-abertridwr-town-centre"
    assert _no_extension(dpia) and _ctype(web, dpia) == DOCX
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-01"
    assert f"http://{host}{summ}?lang=cy-gb" in d["5.1"]["pages"] and d["5.1"]["criteria"]["dpia"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_one_fact_only_in_a_park_map_alt_text(web: Heldback384Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    page = "/parks-and-open-spaces/happy-mount-park"
    assert "camera" not in _main(web, host, page).lower()
    assert "five council CCTV cameras" in _html(web, host, page)
    leaflet = "/media/4410/happy-mount-park-leaflet-large-print.pdf"
    assert f"http://{host}{leaflet}" in _links(web, host, page) and "camera" not in _text(web, host, leaflet).lower()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{page}"]


def test_large_print_copy_of_older_code_and_signatures_only_in_a_text_description(
    web: Heldback384Web, truth: dict
) -> None:
    host = "www.dacorum.gov.uk"
    cctv = "/home/community-living/community-safety/cctv"
    large = f"http://{host}/downloads/file/1187/cctv-code-of-practice-large-print"
    assert '<aside class="alternative-formats">' in _html(web, host, cctv) and large in _links(web, host, cctv)
    assert _no_extension(large) and _ctype(web, large) == DOCX
    large_text = _text(web, host, urlsplit(large).path)
    assert "2016" in large_text and "single point of contact" not in large_text
    assert "single point of contact (SPOC)" in _text(web, host, "/downloads/file/2210/cctv-code-of-practice-2023")
    dsa = f"{cctv}/data-sharing-agreement-with-hertfordshire-constabulary"
    desc = f"{dsa}/signature-page-text-description"
    assert f"http://{host}{cctv}" in _linking(web, host, f"http://{host}{dsa}")
    assert _linking(web, host, f"http://{host}{desc}") == {f"http://{host}{dsa}"}
    assert "signed for Hertfordshire Constabulary" not in _main(web, host, dsa)
    assert 'alt="Signature page"' in _html(web, host, dsa)
    assert "signed for Hertfordshire Constabulary" in _main(web, host, desc)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == f"http://{host}{dsa}"
    assert {e["url"] for e in d["5.5"]["evidence"]} == {f"http://{host}{desc}"}
    assert doc["force"] == "Hertfordshire"


def test_plain_text_copy_keeps_a_sentence_the_page_lost(web: Heldback384Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    page = "/residents/community-safety/safer-streets-epsom"
    txt = f"http://{host}{page}?format=txt"
    assert txt in _links(web, host, page) and "camera" not in _main(web, host, page).lower()
    r = _render(web, txt)
    assert (r.header("Content-Type") or "").startswith("text/plain") and b"twenty town centre cameras" in r.body
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [txt]
    assert "democracy.epsom-ewell.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_paged_web_code_stops_early_and_certificate_in_alt_text(web: Heldback384Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    cctv = "/article/1764/CCTV"
    assert "sections 1 to 3" in _main(web, host, cctv)
    pages = sorted({u for u in _links(web, host, cctv) if "/article/45" in u})
    assert len(pages) == 3
    assert not any("56 public space cameras" in _main(web, host, urlsplit(u).path) for u in pages)
    pdf = "/downloads/file/1120/cctv-code-of-practice"
    assert "56 public space cameras" in _text(web, host, pdf) and "service level agreement" in _text(web, host, pdf)
    assert "step 2" not in _main(web, host, cctv).lower() and 'alt="Certificate of compliance' in _html(web, host, cctv)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-07-12" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]) == {pdf}


def test_summary_claim_explained_only_in_the_report_beside_an_older_easy_read(web: Heldback384Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    cctv = "/community-safety/cctv"
    main = _main(web, host, cctv)
    assert "independently certified" in main and "step" not in main.lower()
    assert "step 1 (desktop) certification" in _text(web, host, "/media/4821/cctv-annual-report-2024-25.pdf")
    assert "working towards a certificate" in _text(web, host, "/media/3307/cctv-easy-read.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-09"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_large_print_that_is_the_old_protocol_and_committee_papers_on_the_main_host(
    web: Heldback384Web, truth: dict
) -> None:
    host = "www.maidstone.gov.uk"
    cctv = "/home/other-services/community-protection/tier-2-primary-areas/safer-maidstone/tier-3-primary-areas/cctv"
    pol = f"http://{host}/__data/assets/word_doc/0021/388191/CCTV-Operational-Policy"
    large = f"http://{host}/__data/assets/pdf_file/0009/120231/CCTV-Protocol-large-print.pdf"
    assert {pol, large} <= set(_links(web, host, cctv))
    assert _no_extension(pol) and _ctype(web, pol) == DOCX
    assert "2013 - 2017" in _text(web, host, urlsplit(large).path)
    whats = sorted(
        {u for u in _links(web, host, "/home/primary-services/council-and-democracy") if "sq_content_src=" in u}
    )
    assert len(whats) == 1 and "Feasibility of additional CCTV in Park Wood" in _html(
        web, host, whats[0][len(f"http://{host}") :]
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and not any("sq_content_src" in u for u in d["5.1"]["pages"])
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_contacts_spreadsheet_row_the_html_page_dropped(web: Heldback384Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    csv = f"http://{host}/sites/woking/files/2023-06/council-contact-numbers.csv"
    assert csv in _links(web, host, "/contact-us") and "CCTV" not in _main(web, host, "/contact-us")
    assert b"CCTV control room,01483 743906,24 hours" in _render(web, csv).body
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [csv]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01483 743906"


def test_large_print_newer_than_the_pdf_names_the_spoc(web: Heldback384Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    large = f"http://{host}/media/2231/download"
    assert large in _links(web, host, "/community-safety/cctv") and _ctype(web, large) == DOCX
    assert "To be confirmed" in _text(web, host, "/sites/default/files/2024-01/cctv-policy-v1-0.pdf")
    assert "single point of contact for surveillance camera systems" in _text(web, host, "/media/2231/download")
    figs = f"http://{host}/sites/default/files/2025-04/cctv-incidents-by-month.csv"
    assert _ctype(web, figs).startswith("text/csv") and "805" not in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {large}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and doc["date"] == "2024-02-21"
    assert d["5.2"]["status"] == "not_met" and "award-winning" in _main(web, host, "/community-safety/cctv")


def test_councils_that_publish_nothing_still_carry_decoys_in_several_formats(web: Heldback384Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westsussex.gov.uk", "www.wealden.gov.uk", "www.eastleigh.gov.uk"})
    ws = "www.westsussex.gov.uk"
    assert _ctype(web, f"http://{ws}/media/7710/safety-camera-sites.csv").startswith("text/csv")
    assert _ctype(web, f"http://{ws}/media/6632/model-cctv-policy-for-schools") == DOCX
    wd = "www.wealden.gov.uk"
    assert '<main id="main">' not in _html(web, wd, "/")
    assert (
        b"CCTV to be installed"
        in _render(web, f"http://{wd}/Wealden/Business/Licensing/premises-licence-register.csv").body
    )
    el = "www.eastleigh.gov.uk"
    assert "old cameras" in _main(web, el, "/news/future-of-town-centre-cameras/easy-read")
