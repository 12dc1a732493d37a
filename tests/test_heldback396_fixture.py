"""The three hundred and ninety-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, most of them documents whose names and metadata say
little (a code linked as 'PDF 245KB', served without extension as doc03412.pdf with the title field 'Document1', a
cover and contents first and the SPOC on page three, beside a RIPA policy labelled the same way; a document-library
record headed only 'CS/POL/017' with its subject in the summary and a step 2 claim inside, beside a RIPA record and a
bus lane order; a signed Word ISA linked as 'ISA-0193' whose title is only in its properties; bare 'Appendix 2' and
'Appendix 3' attachments on a privacy notice; a protocol as 'Atodiad 2 / Appendix 2' titled Dogfen1 with a cover,
contents and signatures on page four; attachments reading 'scan_0042.pdf' and 'scan_0043.pdf'; attachments named
only by reference numbers with the signed police agreement and the SPOC; a policy linked as 'PDF Document, 393.74
Kb' with a template's title and the SPOC in document control, on a legacy site; a page titled 'Shared Service
Agreement' whose agreement is not with the police, BS 7958 and a PIA linked by its file name; an annual review behind
'View document' with a template title, step 1 and SPOC on page three, and a draft ISA behind 'Download'; camera
facts only on page four of a strategy reached from the A to Z's 'CCTV' entry; one fact in clause 14 of a Word venue
hire file; one fact on page two of a brochure linked as 'scan_0117'; and three councils that publish nothing beside
a licence schedule, a traffic order and a RIPA Word file).
"""

from __future__ import annotations

import html as htmllib
import io
import json
import re
import zipfile
from collections import Counter
from urllib.parse import urljoin, urlsplit

import pypdf
import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback396.truth import TRUTH_PATH
from fixtures.heldback396.web import Heldback396Web

_A = re.compile(r'<a href="([^"]+)">(.*?)</a>', re.S)


@pytest.fixture(scope="module")
def web() -> Heldback396Web:
    return Heldback396Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _anchors(web: Heldback396Web, host: str, path: str) -> dict[str, str]:
    """Link text -> absolute URL, for the links a served page really carries."""
    base = f"http://{host}{path}"
    return {
        htmllib.unescape(re.sub(r"<[^>]+>", "", t)).strip(): urljoin(base, htmllib.unescape(u))
        for u, t in _A.findall(_html(web, host, path))
    }


def _pdf(web: Heldback396Web, url: str) -> pypdf.PdfReader:
    r = _render(web, url)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf", url
    return pypdf.PdfReader(io.BytesIO(r.body))


def _title(web: Heldback396Web, url: str) -> str | None:
    """The PDF's title field."""
    meta = _pdf(web, url).metadata
    return meta.title if meta is not None else None


def _pages(web: Heldback396Web, url: str) -> list[str]:
    return [" ".join((pg.extract_text() or "").split()) for pg in _pdf(web, url).pages]


def _docx_title(web: Heldback396Web, url: str) -> str:
    r = _render(web, url)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats"), url
    core = zipfile.ZipFile(io.BytesIO(r.body)).read("docProps/core.xml").decode("utf-8")
    return re.search(r"<dc:title>(.*?)</dc:title>", core).group(1)  # type: ignore[union-attr]


def _cameras(text: str) -> bool:
    return bool(re.search(r"(?i)cctv|camera|surveillance", text))


def test_fresh_councils(web: Heldback396Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 396)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_code_behind_a_size_label_titled_document1_spoc_on_page_three(web: Heldback396Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    links = _anchors(web, host, "/public-health-safety/cctv")
    code = links["PDF 245KB"]
    assert "." not in urlsplit(code).path.rsplit("/", 1)[-1]
    r = _render(web, code)
    assert 'filename="doc03412.pdf"' in (r.header("Content-Disposition") or "")
    assert _title(web, code) == "Document1"
    pages = _pages(web, code)
    assert len(pages) == 4 and not any(_cameras(t) for t in pages[:2])
    assert "single point of contact" in pages[2] and "single point of contact" not in _main(
        web, host, "/public-health-safety/cctv"
    )
    ripa = _anchors(web, host, "/public-health-safety/covert-surveillance")["PDF 180KB"]
    assert _title(web, ripa) == "Document1" and "Regulation of Investigatory Powers" in " ".join(_pages(web, ripa))
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [code]
    assert ripa not in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"


def test_reference_number_record_and_word_isa_linked_by_its_reference(web: Heldback396Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    html = _html(web, host, "/documents/cs-pol-017")
    assert "<h1>CS/POL/017</h1>" in html and "<strong>Summary:</strong> Public space surveillance camera policy" in html
    links = _anchors(web, host, "/community-safety/cctv")
    assert links["CS/POL/017"] == f"http://{host}/documents/cs-pol-017"
    pol = _anchors(web, host, "/documents/cs-pol-017")["Download"]
    pages = _pages(web, pol)
    assert not _cameras(pages[0]) and "step 2 full certification" in pages[1]
    assert "RIPA" in _main(web, host, "/documents/cs-pol-016") and "bus lane" in _main(
        web, host, "/documents/cs-pol-018"
    )
    isa = links["ISA-0193"]
    assert _docx_title(web, isa) == "Microsoft Word - CCTV v3 FINAL.docx"
    text = _text(web, host, urlsplit(isa).path)
    assert "Microsoft Word" not in text and "Signed on behalf of West Midlands Police" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["evidence"][0]["url"] == pol
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"] == isa and d["5.3"]["status"] == "partial"


def test_bare_appendix_attachments_on_a_privacy_notice(web: Heldback396Web, truth: dict) -> None:
    host = "www.dorsetcouncil.gov.uk"
    pn = "/your-council/data-protection/privacy-notices/cctv"
    html = _html(web, host, pn)
    assert '<div class="attachments"><h2>Attachments</h2>' in html
    links = _anchors(web, host, pn)
    assert "Weymouth town centre: 14 cameras" in _text(web, host, urlsplit(links["Appendix 2"]).path)
    assert "directed surveillance" in _text(web, host, urlsplit(links["Appendix 3"]).path)
    d = _auth(truth, host)["deliverables"]
    assert links["Appendix 2"] in d["5.1"]["pages"] and links["Appendix 3"] not in d["5.1"]["pages"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_bilingual_appendix_titled_dogfen1_signed_on_page_four(web: Heldback396Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    en = "/en/Resident/Crime-and-emergencies/CCTV.aspx"
    ap2 = _anchors(web, host, en)["Atodiad 2 / Appendix 2"]
    assert _title(web, ap2) == "Dogfen1"
    pages = _pages(web, ap2)
    assert len(pages) == 4 and not any("North Wales Police" in t for t in pages[:2])
    assert "Signed on behalf of North Wales Police" in pages[3]
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["url"] == ap2
    cy = f"http://{host}/cy/Preswylydd/Trosedd-ac-argyfyngau/Teledu-cylch-cyfyng.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "partial"


def test_scan_named_attachments(web: Heldback396Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    links = _anchors(web, host, pg)
    assert '<li class="attachment"><a href="/media/5521/scan_0042.pdf">scan_0042.pdf</a></li>' in _html(web, host, pg)
    assert "working towards third-party certification" in _text(web, host, urlsplit(links["scan_0042.pdf"]).path)
    assert "CCTV in operation" in _text(web, host, urlsplit(links["scan_0043.pdf"]).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["signage"]


def test_attachments_known_only_by_reference_numbers(web: Heldback396Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    pg = "/community-and-living/community-safety/public-space-cctv"
    links = _anchors(web, host, pg)
    agr, pol = links["WODC-TVP-2024-117.pdf (412 KB)"], links["WODC-CS-2024-009.pdf (236 KB)"]
    main = _main(web, host, pg).lower()
    assert "agreement" not in main and "single point" not in main
    assert "Signed on behalf of Thames Valley Police" in _pages(web, agr)[1]
    pages = _pages(web, pol)
    assert not _cameras(pages[0]) and "single point of contact for surveillance camera systems" in pages[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["documents"][0]["url"] == agr and d["5.3"]["evidence"][0]["url"] == pol
    dem = "http://meetings.westoxon.gov.uk/ieDecisionDetails.aspx?AIId=3912"
    assert _render(web, dem).status == 200 and not any("meetings." in u for u in d["5.1"]["pages"])


def test_policy_linked_by_its_size_template_title_spoc_in_document_control(web: Heldback396Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    html = _html(web, host, "/pages/cctv_footage")
    assert "<main" not in html
    pol = _anchors(web, host, "/pages/cctv_footage")["PDF Document, 393.74 Kb"]
    assert _title(web, pol) == "OWBC Corporate Policy Template v2"
    pages = _pages(web, pol)
    assert "Document control" in pages[1] and "Senior Responsible Officer for surveillance cameras" in pages[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_shared_service_agreement_is_not_a_police_agreement(web: Heldback396Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    assert "<h1>CCTV Monitoring Shared Service Agreement</h1>" in _html(web, host, "/cctv")
    assert "BS 7958" in _main(web, host, "/cctv")
    ssa = _text(web, host, "/sites/default/files/cctv/SSA-2020.pdf")
    assert "West Midlands Combined Authority" in ssa and "Police" not in ssa
    pia = _anchors(web, host, "/cctv-faqs")["PIA_CCTV_2021_v3.docx"]
    assert _docx_title(web, pia) == "Template - TBC A4 portrait"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_review_behind_view_document_and_draft_isa_behind_download(web: Heldback396Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    rev = _anchors(web, host, "/cctv/annual-review")["View document"]
    assert _title(web, rev) == "CCC Report Template (portrait)"
    pages = _pages(web, rev)
    assert not any(_cameras(t) for t in pages[:2]) and "step 1 (desktop)" in pages[2]
    isa = _anchors(web, host, "/cctv")["Download"]
    assert "DRAFT" in _text(web, host, urlsplit(isa).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"


def test_facts_only_on_page_four_of_a_strategy_reached_from_the_a_to_z(web: Heldback396Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    st = "/community-safety/strategy"
    assert _anchors(web, host, "/a-z")["CCTV"] == f"http://{host}{st}"
    assert not _cameras(_main(web, host, st))
    css = _anchors(web, host, st)["Download"]
    pages = _pages(web, css)
    assert not any(_cameras(t) for t in pages[:3]) and "27 high-definition cameras" in pages[3]
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [css] and d["5.5"]["status"] == "partial"


def test_one_fact_councils(web: Heldback396Web, truth: dict) -> None:
    wf = "www.wyreforestdc.gov.uk"
    tcs = _anchors(web, wf, "/leisure/venue-hire/stourport-civic-centre")["T&Cs (Word, 48KB)"]
    assert _docx_title(web, tcs) == "Microsoft Word - Document3"
    lw = "www.lewes-eastbourne.gov.uk"
    bro = _anchors(web, lw, "/business/commercial-property/newhaven-marine-workshops")["scan_0117"]
    assert not _cameras(_pages(web, bro)[0]) and "council-operated CCTV" in _pages(web, bro)[1]
    for host, url in ((wf, tcs), (lw, bro)):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [url], host
    ripa = _anchors(web, wf, "/your-council/policies")["Policy 14"]
    assert "RIPA" in _text(web, wf, urlsplit(ripa).path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback396Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.torridge.gov.uk", "www.easthants.gov.uk"})
    sched = _anchors(web, "www.torridge.gov.uk", "/licensing/premises-licence-register")["Download"]
    assert _title(web, sched) == "Document1" and "CCTV shall be installed" in _pages(web, sched)[1]
    order = _anchors(web, "www.oxfordshire.gov.uk", "/transport-and-travel/moving-traffic-enforcement")[
        "Download (PDF, 1.2MB)"
    ]
    assert "approved camera devices" in " ".join(_pages(web, order))
    ripa = _anchors(web, "www.easthants.gov.uk", "/council/governance")["p0093.docx"]
    assert _docx_title(web, ripa) == "Microsoft Word - RIPA Policy 2024.docx"
    assert _linking(web, "www.easthants.gov.uk", ripa) == {"http://www.easthants.gov.uk/council/governance"}


def test_search_forbidden_or_absent(web: Heldback396Web, truth: dict) -> None:
    for host in ("www.tamworth.gov.uk", "www.torridge.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
        assert "Disallow: /search" in _render(web, f"http://{host}/robots.txt").body.decode()
    assert not _auth(truth, "www.oadby-wigston.gov.uk")["heldback"]["search"]
    assert 'role="search"' not in _html(web, "www.oadby-wigston.gov.uk", "/pages/cctv_footage")
