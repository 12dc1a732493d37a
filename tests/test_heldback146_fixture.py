"""The hundred-and-46th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a signed agreement as the last appendix of a
long code PDF, reached only through a vague 'read more' link, with the SPOC only in a Word DPIA served without an
extension; a step 2 claim only in a badge's alt text and a signed ISA filed by reference number in an agreements
register without an extension; a six-part guide at trailing-slash addresses with the SPOC in one part and a Word copy
without extension; a Welsh-first site whose step 1 claim, figures and protocol mention are only in a bilingual annual
report; a policy PDF holding the SPOC beside an old code whose signed certificate is linked only as 'Appendix 1'; a
step 2 claim deep in a long evaluation report and a signed Word protocol behind Download.aspx?id=; a step 1 claim only
in a photo's figcaption and a SPOC in a Word code served without extension; a short page whose code PDF sits in an
attachments table, with FOI answers on old foi.php pages; a draft Word ISA at an extensionless document address; a
scanned self-assessment with almost no text; one-fact councils; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes, one with audit papers on a democracy host).
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

from fixtures.heldback146.truth import TRUTH_PATH
from fixtures.heldback146.web import Heldback146Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback146Web:
    return Heldback146Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback146Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 146)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_agreement_last_appendix_of_long_code_behind_vague_link_and_spoc_in_word_dpia(
    web: Heldback146Web, truth: dict
) -> None:
    host = "lewisham.gov.uk"
    pg = f"http://{host}/myservices/community-safety/cctv-cameras-in-the-borough"
    docs = f"http://{host}/myservices/community-safety/how-the-camera-system-is-run"
    assert _linking(web, host, docs) == {pg}
    assert "Read more about how the system is run</a>" in _html(web, host, urlsplit(pg).path)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _linking(web, host, doc["url"]) == {docs}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert len(text) > 5000 and text.index("Appendix E: Information sharing agreement") > 0.8 * len(text)
    assert text.rindex("Signed for and on behalf of the Metropolitan Police Service") > 0.85 * len(text)
    dpia = f"http://{host}/media/41872/download"
    r = _render(web, dpia)
    assert (
        _no_extension(dpia)
        and r.header("Content-Type") == DOCX
        and "filename=" in (r.header("Content-Disposition") or "")
    )
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {dpia}
    assert "single point of contact" not in _main(web, host, urlsplit(pg).path).lower()
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["police_agreement"]


def test_step_2_only_in_alt_text_and_isa_by_reference_in_register(web: Heldback146Web, truth: dict) -> None:
    host = "www.peterborough.gov.uk"
    pg = "/residents/community-safety/cctv"
    assert "step 2" not in _main(web, host, pg).lower()
    assert 'alt="Surveillance Camera Commissioner third party certification: full certification (step 2)' in _html(
        web, host, pg
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    reg = f"http://{host}/council/council-data/information-sharing-agreements"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {reg} and '">PCC-ISA-0142</a>' in _html(web, host, urlsplit(reg).path)
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "PCC-ISA-0142-signed.pdf" in (
        r.header("Content-Disposition") or ""
    )
    near = _text(web, host, "/downloads/file/2874/pcc-isa-0097")
    assert "Signed for and on behalf of Cambridgeshire Constabulary" in near and "CCTV" not in near
    dp = _html(web, host, "/council/council-data/data-protection")
    assert ">DPIA-PSCCTV-Jan2024</a>" in dp and "DPIA-PSCCTV-Jan2024.pdf" in dp
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_six_part_guide_at_trailing_slash_addresses_with_spoc_in_one_part(web: Heldback146Web, truth: dict) -> None:
    host = "www.gloucestershire.gov.uk"
    g = "/council-and-democracy/access-to-information-and-data-protection/closed-circuit-television-cctv-and-surveillance/cctv-and-surveillance-camera-policy/"
    parts = [u for u in _links(web, host, g) if u.startswith(f"http://{host}{g}") and u != f"http://{host}{g}"]
    assert len(set(parts)) == 6 and all(u.endswith("/") for u in parts)
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{g}who-is-responsible/"}
    for u in parts:
        assert set(_links(web, host, urlsplit(u).path)) >= set(parts)
    word = "/media/2097/cctv-and-surveillance-camera-policy"
    assert _render(web, f"http://{host}{word}").header("Content-Type") == DOCX and _no_extension(word)
    assert "We do not have a standing agreement with the police" in _main(
        web, host, g + "how-long-do-we-keep-recordings/"
    )
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert web.sites[host].sitemap and f"http://{host}{g}who-is-responsible/" in web.sites[host].sitemap_xml()


def test_welsh_first_with_claim_and_protocol_only_in_bilingual_report(web: Heldback146Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    home = _html(web, host, "/")
    assert home.index("Croeso") < home.index("Welcome") and '<html lang="cy">' in home
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    rep = "/wp-content/uploads/2024/07/Adroddiad-Blynyddol-TCC-CCTV-Annual-Report-2023-24.pdf"
    en, cy = "/en/community-safety/cctv/", "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/"
    assert _linking(web, host, f"http://{host}{rep}") == {f"http://{host}{en}", f"http://{host}{cy}"}
    assert ">Adroddiad Blynyddol / Annual Report 2023-24</a>" in _html(web, host, en)
    assert "step" not in _main(web, host, en).lower() and "Gwent" not in _main(web, host, en)
    text = _text(web, host, rep)
    assert "ardystiad cam 1" in text and text.index("Cyflwyniad") < text.index("Introduction")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_policy_pdf_holds_spoc_and_certificate_only_behind_appendix_1(web: Heldback146Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    pg = "/pages/cctv_footage"
    app = f"http://{host}/files/documents/cctv_code_of_practice/Appendix_1.pdf"
    assert _linking(web, host, app) == {f"http://{host}{pg}"}
    assert ">Appendix 1 (PDF Document, 212 Kb)</a>" in _html(web, host, pg)
    text = _text(web, host, urlsplit(app).path)
    assert "Certificate of Agreement" in text and "Data Protection Act 1998" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and doc["url"] == app
    assert _paths(d["5.3"]) == {"/files/documents/cctv_policy/CCTV_Policy_2023.pdf"}
    assert "single point of contact" not in _main(web, host, pg).lower()
    assert "moderngov.oadby-wigston.gov.uk" in web.sites[host].hosts()


def test_step_2_deep_in_evaluation_report_and_word_protocol_behind_download_aspx(
    web: Heldback146Web, truth: dict
) -> None:
    host = "www.eaststaffsbc.gov.uk"
    pg = "/Community/CommunitySafety/CCTV.aspx"
    main = _main(web, host, pg)
    assert "BS 7958" in main and "step 2" not in main.lower() and "Data Protection Act 1998" in main
    ev = _text(web, host, "/Documents/CCTV/CCTVEvaluationReport2023-24.pdf")
    assert ev.index("full (step 2) certification") > 0.7 * len(ev)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"http://{host}/Download.aspx?id=1187" and doc["signed"] and doc["force"] == "Staffordshire"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and ".docx" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in _html(web, host, pg)


def test_step_1_only_in_figcaption_and_spoc_in_word_code_without_extension(web: Heldback146Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    pg = "/your-district/public-protection/crime-prevention/cctv"
    html = _html(web, host, pg)
    cap = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "step 1" in cap and html.count("step 1") == 1 and 'alt="Operators at work in the CCTV control room"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    code = f"http://{host}/downloads/file/2231/cctv-code-of-practice"
    assert (
        _no_extension(code) and _render(web, code).header("Content-Type") == DOCX and ">Code (Word, 88 KB)</a>" in html
    )
    assert {e["url"] for e in d["5.3"]["evidence"]} == {code} and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    ssa = _text(web, host, "/media/documents/your-district/cctv/CCTV-Shared-Service-Agreement.pdf")
    assert "Broxtowe Borough Council" in ssa and "Police" not in ssa
    assert "democracy.newark-sherwooddc.gov.uk" in web.sites[host].hosts()


def test_short_page_code_in_attachments_table_and_old_foi_pages(web: Heldback146Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    html = _html(web, host, "/cctv")
    assert "<th>Attachment</th><th>Type</th><th>Size</th>" in html and "CCTV Code of Practice 2024.pdf" in html
    foi = _html(web, host, "/foi.php?foiId=14218")
    assert (
        "HTML 4.01" in foi and '<main id="main">' not in foi and "funded entirely by Brentwood Borough Council" in foi
    )
    d = _auth(truth, host)["deliverables"]
    assert not any("foi.php" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_draft_word_isa_at_extensionless_document_address(web: Heldback146Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    site = web.sites[host]
    assert not site.az and site.sitemap
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Warwickshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signature: ......" in text and "(signed)" not in text
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/w/public-space-cctv"}


def test_scanned_self_assessment_with_almost_no_text(web: Heldback146Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    text = _text(web, host, "/sites/default/files/2023-08/SC-SAT-WHBC-2023-scan.pdf")
    assert len(text) < 300 and "Scanned document" in text
    psi = f"http://{host}/access-information/cctv-cameras-footage/policy-and-statutory-information"
    assert ">Policy and statutory information</a>" in _html(web, host, "/access-information/cctv-cameras-footage")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and psi in d["5.1"]["pages"] and d["5.2"]["status"] == "not_met"
    assert _render(web, f"http://{host}/media/3312/download").header("Content-Type") == DOCX
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("asb@")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.eastcambs.gov.uk", "retention", "/parking/coach-parking-in-ely"),
        ("www.waverley.gov.uk", "cameras", "/info/200198/sports_and_leisure/1203/tennis_courts_at_broadwater_park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_robots_forbid_search_and_sites_without_search(web: Heldback146Web, truth: dict) -> None:
    for host in ("www.wakefield.gov.uk", "www.oadby-wigston.gov.uk", "www.brentwood.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    for host in ("www.gedling.gov.uk", "www.castlepoint.gov.uk", "www.waverley.gov.uk"):
        assert web.sites[host].search is None, host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback146Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.wakefield.gov.uk", "www.gedling.gov.uk", "www.castlepoint.gov.uk"})
    audit = _text(web, "mg.wakefield.gov.uk", "/documents/s41877/Internal-Audit-Public-Space-CCTV.pdf")
    assert "There is no corporate CCTV policy" in audit
    assert '<main id="main">' not in _html(web, "www.castlepoint.gov.uk", "/index.cfm?articleid=31876")
    assert "Southend-on-Sea City Council" in _text(web, "www.castlepoint.gov.uk", "/index.cfm?articleid=30112")
