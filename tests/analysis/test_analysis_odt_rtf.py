"""OpenDocument text and Rich Text Format documents are read like Word files (held-back web 120: a signed agreement
filed as .odt, a venue's hire terms as .rtf). The documents are built here; the wording is written for this test."""

from __future__ import annotations

import io
import zipfile

from analysis.assess import assess
from analysis.context import AuthorityContext
from analysis.page import analyse
from analysis.text import extract, sniff_kind

CTX = AuthorityContext("Anytown Borough Council", "https://www.anytown.gov.uk/", "Devon & Cornwall", "England")

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def _odt(paragraphs: list[tuple[str, str]], mimetype: bool = True) -> bytes:
    body = "".join(
        f'<text:h text:outline-level="1">{t}</text:h>' if kind == "h" else f"<text:p>{t}</text:p>"
        for kind, t in paragraphs
    )
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:body><office:text>{body}'
    content += "</office:text></office:body></office:document-content>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        if mimetype:
            zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)
    return buf.getvalue()


_AGREEMENT = [
    ("h", "CCTV Information Sharing Agreement"),
    ("p", "Between Anytown Borough Council and Devon and Cornwall Police."),
    ("h", "Purpose"),
    ("p", "How recorded images from the council's town centre cameras are asked for by and released to the police."),
    ("h", "Signatures"),
    ("p", "Signed on behalf of Anytown Borough Council: R. T., Head of Community Services, 3 April 2024"),
    ("p", "Signed on behalf of Devon and Cornwall Police: Superintendent K. B., 10 April 2024"),
]


def test_an_odt_agreement_is_read_and_met() -> None:
    url = "https://www.anytown.gov.uk/media/cctv-isa.odt"
    doc = extract(_odt(_AGREEMENT), url, "application/vnd.oasis.opendocument.text")
    assert doc.kind == "odt" and doc.error is None
    assert doc.title == "CCTV Information Sharing Agreement" and "Purpose" in doc.headings
    pa = analyse(doc, CTX)
    assert pa.signals["sla"] and assess([pa], "ok")["5.5"]["status"] == "met"


def test_an_odt_is_known_by_its_mimetype_member_whatever_the_label() -> None:
    assert sniff_kind(_odt(_AGREEMENT), "https://www.anytown.gov.uk/download/4410", "application/octet-stream") == "odt"


def test_a_broken_odt_is_an_error_not_a_crash() -> None:
    doc = extract(
        _odt(_AGREEMENT)[:300], "https://www.anytown.gov.uk/media/cut.odt", "application/vnd.oasis.opendocument.text"
    )
    assert doc.kind == "odt" and doc.error and doc.error.startswith("corrupt odt")
    bare = io.BytesIO()
    with zipfile.ZipFile(bare, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    doc = extract(bare.getvalue(), "https://www.anytown.gov.uk/media/empty.odt")
    assert doc.error == "corrupt odt: no content.xml"


_RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"
    "\n"
    r"{\info{\title Market Hall - Terms of Hire}}\f0\fs22"
    "\n"
    r"\pard\b Market Hall - Terms of Hire\b0\par"
    "\n"
    r"\pard 1. The hirer must leave the hall by 11pm.\par"
    "\n"
    r"\pard 2. Recordings from the hall\rquote s CCTV cameras are kept for 28 days and then deleted.\par"
    "\n}"
)


def test_an_rtf_document_is_read_without_its_control_words() -> None:
    doc = extract(_RTF.encode("latin-1"), "https://www.anytown.gov.uk/files/market-hall-terms.rtf", "application/rtf")
    assert doc.kind == "rtf" and doc.error is None and doc.title == "Market Hall - Terms of Hire"
    assert "Recordings from the hall\u2019s CCTV cameras are kept for 28 days" in doc.text
    assert "\\pard" not in doc.text and "fonttbl" not in doc.text and "Arial" not in doc.text


def test_an_rtf_served_as_text_is_still_rtf() -> None:
    assert sniff_kind(_RTF.encode("latin-1"), "https://www.anytown.gov.uk/download?id=7", "text/plain") == "rtf"
