"""PDF and DOCX reading: text layers, scans, corrupt and encrypted files, zip bombs."""

from __future__ import annotations

import io
import time
import zipfile

from fpdf import FPDF
from PIL import Image as PILImage
from pypdf import PdfReader, PdfWriter

from analysis.assess import assess
from analysis.docx import MAX_XML_BYTES
from analysis.page import analyse
from analysis.text import extract

BASE = "https://www.anytown.gov.uk/downloads/"

CODE_LINES = [
    "Anytown Borough Council",
    "CCTV Code of Practice",
    "1. Introduction",
    "Anytown Borough Council owns and operates a public space CCTV system of 64 cameras in the town "
    "centre, monitored from the CCTV control room 24 hours a day. The council is the data controller "
    "(ICO registration Z1234567).",
    "2. Objectives of the scheme",
    "The objectives of the scheme are to prevent and detect crime and to reduce the fear of crime.",
    "3. Retention",
    "Recorded images are retained for 31 days unless required for evidential purposes.",
]


def make_pdf(lines: list[str], title: str | None = "CCTV Code of Practice") -> bytes:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def make_image_pdf() -> bytes:
    img = PILImage.new("RGB", (400, 200), (240, 240, 240))
    for x in range(50, 350):
        img.putpixel((x, 100), (0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=180)
    return bytes(pdf.output())


def make_docx(paragraphs: list[tuple[str, str | None]], header: str | None = None, title: str | None = None) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(
        "<w:p>"
        + (f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "")
        + "".join(f'<w:r><w:t xml:space="preserve">{part}</w:t></w:r>' for part in text.split("|"))
        + "</w:p>"
        for text, style in paragraphs
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {w}><w:body>{body}</w:body></w:document>')
        if header:
            zf.writestr("word/header1.xml", f"<w:hdr {w}><w:p><w:r><w:t>{header}</w:t></w:r></w:p></w:hdr>")
        if title:
            zf.writestr(
                "docProps/core.xml",
                '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:title>{title}</dc:title></cp:coreProperties>",
            )
    return buf.getvalue()


def test_text_pdf_is_read_and_analysed(ctx):
    doc = extract(make_pdf(CODE_LINES), BASE + "cctv-code-of-practice.pdf", "application/pdf")
    assert doc.kind == "pdf" and doc.error is None and doc.has_text_layer
    assert doc.title == "CCTV Code of Practice"
    assert "Recorded images are retained for 31 days" in doc.text
    pa = analyse(doc, ctx)
    assert pa.signals["cctv_info"]
    for key in ("operator", "cameras", "purpose", "retention", "policy"):
        assert pa.criteria[key], key


def test_image_only_pdf_has_no_text_layer_and_is_not_absence(ctx):
    doc = extract(make_image_pdf(), BASE + "signed-information-sharing-agreement.pdf", "application/pdf")
    assert doc.error is None and doc.has_text_layer is False
    pa = analyse(doc, ctx)
    assert pa.no_text_layer and pa.findings == []
    # the site read nothing else: the scan must not turn the verdicts into not_met
    verdicts = assess([pa], "ok")
    assert verdicts["5.5"]["unreadable"] == [doc.url]


def test_corrupt_pdf_is_an_error_string(ctx):
    doc = extract(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage garbage\n%%EOF", BASE + "broken.pdf", "application/pdf"
    )
    assert doc.error and doc.error.startswith("corrupt pdf")
    truncated = make_pdf(CODE_LINES)[:300]
    assert extract(truncated, BASE + "cut.pdf", "application/pdf").error.startswith("corrupt pdf")
    pa = analyse(doc, ctx)
    assert pa.error == doc.error and not pa.no_text_layer and pa.findings == []


def test_password_protected_pdf_is_an_error_string():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(CODE_LINES))))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    doc = extract(out.getvalue(), BASE + "locked.pdf", "application/pdf")
    assert doc.error and doc.error.startswith("encrypted pdf")


def test_pdf_with_empty_user_password_is_read():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(CODE_LINES))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    doc = extract(out.getvalue(), BASE + "owner-locked.pdf", "application/pdf")
    assert doc.error is None and "control room" in doc.text


def test_docx_paragraphs_headings_and_header(ctx):
    body = make_docx(
        [
            ("Information Sharing Agreement", "Heading1"),
            ("Between Anytown Borough Council and Devon and Cornwall Police for the sharing of CCTV images.", None),
            ("Signed for and on behalf of Anytown Borough Council", None),
            ("Name: ..........................  Date: ....../....../20__", None),
        ],
        header="DRAFT",
        title="CCTV Information Sharing Agreement",
    )
    doc = extract(body, BASE + "isa.docx", None)
    assert doc.kind == "docx" and doc.error is None
    assert doc.title == "CCTV Information Sharing Agreement"
    assert doc.headings == ["Information Sharing Agreement"]
    assert doc.text.splitlines()[0] == "DRAFT"
    pa = analyse(doc, ctx)
    sla = pa.sla[0]
    assert sla["kind"] == "document" and sla["draft"] and not sla["signed"]
    assert sla["force"] == "Devon and Cornwall Police"


def test_docx_zip_bomb_is_capped_quickly():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        filler = "<w:p><w:r><w:t>CCTV</w:t></w:r></w:p>" * ((MAX_XML_BYTES * 3) // 40)
        zf.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body>' + filler + "</w:body></w:document>",
        )
    data = buf.getvalue()
    assert len(data) < MAX_XML_BYTES // 10  # compresses extremely well: a bomb in miniature
    t0 = time.monotonic()
    doc = extract(data, BASE + "bomb.docx", None)
    assert time.monotonic() - t0 < 10
    assert any("truncated" in w for w in doc.warnings)
    assert doc.error is None


def test_broken_docx_is_an_error_string():
    assert extract(b"PK\x03\x04not really a zip", BASE + "x.docx", None).error.startswith("corrupt docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("content.xml", "<x/>")
    assert "no word/document.xml" in extract(buf.getvalue(), BASE + "y.docx", None).error
