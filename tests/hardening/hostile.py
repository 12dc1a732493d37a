"""Generated hostile inputs (never downloaded): pages and documents carrying control characters,
deep nesting and link floods, written for these tests in our own words."""

from __future__ import annotations

import io
import zipfile

# Every control the storage rule must remove: NUL, other C0, DEL, C1 (NEL, CSI), and a terminal
# escape (OSC window title + CSI colour) that the display rule must also defuse.
NASTY = "\x00\x01\x08\x1b]0;owned\x07\x1b[31m\x7f\x85\x9b\x9f"
CCTV_WORDS = (
    "The council operates public space CCTV cameras in the town centre to prevent and detect "
    "crime; recorded images are kept for 31 days and then deleted."
)


def html_page(title: str = "CCTV") -> bytes:
    """HTML with raw controls in the markup and C1 controls as numeric character references."""
    return (
        f"<!doctype html><html lang='en'><head><title>{title}{NASTY}</title></head><body><main>"
        f"<h1>{title}&#x85;&#x9b;</h1><p>{CCTV_WORDS}{NASTY}&#x80;&#x9f;</p>"
        f"<p><a href='/x{NASTY}'>More about CCTV{NASTY}</a></p></main></body></html>"
    ).encode("utf-8")


def text_page() -> bytes:
    return f"CCTV in the town centre{NASTY}\n\n{CCTV_WORDS}\x00\x00 Contact cctv@example.gov.uk{NASTY}\n".encode()


def _pdf_string(s: str) -> bytes:
    out = bytearray(b"(")
    for b in s.encode("latin-1"):
        out += b"\\%03o" % b if b < 32 or b > 126 or b in b"()\\" else bytes([b])
    return bytes(out + b")")


def pdf_document(text: str = f"CCTV code of practice{NASTY}", title: str = f"CCTV Code{NASTY} of Practice") -> bytes:
    """A one-page PDF whose text layer and Info /Title both carry control characters."""
    lines = [text, CCTV_WORDS[:80], CCTV_WORDS[80:] + NASTY]
    content = b"BT /F1 11 Tf 50 750 Td 14 TL " + b" ".join(_pdf_string(ln) + b" Tj T*" for ln in lines) + b" ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title " + _pdf_string(title) + b" /Producer (tests) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def docx_document() -> bytes:
    """A .docx with C1 and other controls as XML character references (XML 1.0 forbids raw C0,
    but a recovering parser and a hand-made file let C1 and friends through)."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = (
        f"<w:p><w:r><w:t>CCTV policy&#x85;&#x9b;&#x9f;&#x7f;</w:t></w:r></w:p>"
        f"<w:p><w:r><w:t>{CCTV_WORDS}&#x80;&#x9d;</w:t></w:r></w:p>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {w}><w:body>{body}</w:body></w:document>')
        zf.writestr(
            "docProps/core.xml",
            '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            "<dc:title>CCTV&#x85; policy&#x9b;</dc:title></cp:coreProperties>",
        )
    return buf.getvalue()


def deep_page(depth: int = 600) -> bytes:
    """Content after `depth` nested elements: a parser without huge_tree loses it."""
    return (
        b"<!doctype html><html><body><main><h1>Deep</h1>"
        + b"<div>" * depth
        + b"<p>shallow words</p>"
        + b"</div>" * depth
        + b"<p>"
        + CCTV_WORDS.encode()
        + b"</p></main></body></html>"
    )


def link_flood_page(n: int = 20_000, block: str = "nav") -> bytes:
    """n links in one block: per-link context must not re-read the whole block each time."""
    links = "".join(f'<a href="/p{i}">Page number {i}</a> ' for i in range(n))
    return (
        f"<!doctype html><html><body><{block}>{links}</{block}><main><p>{CCTV_WORDS}</p></main></body></html>".encode()
    )
