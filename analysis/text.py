"""From fetched bytes to a `Document`: the words a person would read, plus links and images.

One entry point, `extract`, picks the reader by content type, file name and magic bytes
(servers lie about all three), and never raises: a broken input becomes a Document with
`error` set, so the crawl records what went wrong and carries on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

__all__ = ["Link", "Image", "Document", "extract", "sniff_kind", "MAX_TEXT_CHARS", "is_welsh"]

MAX_TEXT_CHARS = 2_000_000  # text kept per page or document (a cap on work, not a limit of the web)


@dataclass
class Link:
    """A link as a person sees it: where it goes, its words, and the words around it."""

    url: str
    text: str
    context: str


@dataclass
class Image:
    """An image and every words attached to it (the certification mark is found this way)."""

    src: str
    alt: str
    title: str
    caption: str
    in_main: bool = True  # inside the main content (False: header, footer, sidebar)


@dataclass
class Document:
    """One page or document reduced to what the detectors read."""

    url: str
    kind: str  # "html" | "pdf" | "docx" | "odt" | "rtf" | "text"
    title: str
    text: str  # main content, one block (paragraph, item, row, heading) per line
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    structured: list[dict] = field(default_factory=list)
    has_text_layer: bool = True
    error: str | None = None
    lang: str | None = None
    alternates: dict[str, str] = field(default_factory=dict)
    headings: list[str] = field(default_factory=list)  # heading lines of `text`, in order
    contacts: list[Link] = field(default_factory=list)  # mailto:/tel: links (not for crawling)
    warnings: list[str] = field(default_factory=list)  # recoverable trouble (bad JSON-LD, truncation)
    # the lines of a site-wide "Our accreditations" list outside the main content (a footer's awards and quality marks)
    badges: list[str] = field(default_factory=list)
    # an HTML page's breadcrumb trail above it, "Home" left out: the sections it sits in
    trail: list[str] = field(default_factory=list)
    # the lines of a sidebar box outside the main content that names the camera SPOC (analysis.htmlpage_links)
    panels: list[str] = field(default_factory=list)


_PDF_TYPES = ("application/pdf", "application/x-pdf")
_DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",)
_ODT_TYPES = ("application/vnd.oasis.opendocument.text",)


def sniff_kind(body: bytes, url: str, content_type: str | None) -> str:
    """'pdf' | 'docx' | 'odt' | 'rtf' | 'text' | 'feed' | 'html' | 'other', trusting the bytes over the labels."""
    head = body[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in body[:1024]:
        return "pdf"
    ct = (content_type or "").split(";")[0].strip().lower()
    path = urlsplit(url).path.lower()
    if head.startswith(b"PK\x03\x04"):
        if ct in _DOCX_TYPES or path.endswith(".docx") or b"word/" in body[:4096]:
            return "docx"
        # an OpenDocument zip names its type in its first member, "mimetype", stored uncompressed
        if ct in _ODT_TYPES or path.endswith(".odt") or b"application/vnd.oasis.opendocument.text" in body[:200]:
            return "odt"
        return "other"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if ct == "text/plain" and not re.match(rb"\s*<(!doctype|html|head|body)", head, re.I):
        return "text"
    from .feed import is_feed

    if is_feed(head, ct):
        return "feed"
    if ct in _PDF_TYPES or path.endswith(".pdf"):
        # Labelled PDF but no PDF header: let the PDF reader report it as corrupt.
        if not re.match(rb"\s*<(!doctype|html|\?xml|head|body)", head, re.I):
            return "pdf"
    if ct in _DOCX_TYPES or path.endswith(".docx"):
        return "docx"
    if ct == "text/plain" or (path.endswith(".txt") and not ct.startswith("text/html")):
        return "text"
    if ct.startswith(("image/", "audio/", "video/", "font/")) or ct in (
        "application/zip",
        "application/octet-stream",
        "application/msword",
    ):
        if not re.match(rb"\s*<", head):
            return "other"
    return "html"


def extract(body: bytes, url: str, content_type: str | None = None) -> Document:
    """Read a page or document. Never raises: trouble is recorded in `error`/`warnings`.

    Whatever the format, the result passes the one storage rule (analysis.sanitize.clean_text):
    no NUL, no control character, no C1, so no page can make its run unstorable.
    """
    from .email_reveal import reveal_written
    from .sanitize import clean_document
    from .typography import plain_letters

    doc = clean_document(_extract(body, url, content_type))
    # (a mailbox spelt out against harvesters, "cctv [at] council [dot] gov [dot] uk", is read as the address it is)
    doc.text = reveal_written(plain_letters(doc.text or ""))
    doc.title = plain_letters(doc.title or "")
    doc.headings = [plain_letters(h) for h in doc.headings]
    return doc


def _extract(body: bytes, url: str, content_type: str | None = None) -> Document:
    body = body or b""
    try:
        kind = sniff_kind(body, url, content_type)
        if kind == "pdf":
            from .pdf import extract_pdf

            return _ocr_repaired(extract_pdf(body, url))
        if kind == "docx":
            from .docx import extract_docx

            return extract_docx(body, url)
        if kind == "odt":
            from .odt import extract_odt

            return extract_odt(body, url)
        if kind == "rtf":
            from .rtf import extract_rtf

            return extract_rtf(body, url)
        if kind == "text":
            return extract_plain(body, url, content_type)
        if kind == "feed":
            from .feed import extract_feed

            return extract_feed(body, url)
        if kind == "other":
            return Document(
                url=url,
                kind="other",
                title="",
                text="",
                has_text_layer=False,
                error=f"unsupported content type: {content_type or 'unknown'}",
            )
        from .htmlpage import extract_html

        return extract_html(body, url, content_type)
    except Exception as exc:  # the last line of defence: a parser bug must not stop a crawl
        return Document(
            url=url,
            kind="html",
            title="",
            text="",
            has_text_layer=False,
            error=f"extraction failed: {type(exc).__name__}: {exc}"[:300],
        )


def _ocr_repaired(doc: Document) -> Document:
    """A scan's OCR text layer with its digit-for-letter words read as the letters printed, and a bold heading's doubled
    letters read once (analysis.ocr_repair); each repair is noted in the document's warnings."""
    from .ocr_repair import repair, undouble

    fixed, n = repair(doc.text or "")
    if n:
        doc.text = fixed
        doc.headings = [repair(h, at_least=1)[0] for h in doc.headings]
        doc.warnings.append(f"text layer: {n} words with OCR digits for letters read as letters")
    fixed, n = undouble(doc.text or "")
    if n:
        doc.text = fixed
        doc.headings = [undouble(h)[0] for h in doc.headings]
        doc.warnings.append(f"text layer: {n} words with every letter given twice read once")
    return doc


def extract_plain(body: bytes, url: str, content_type: str | None = None) -> Document:
    """A .txt or text/plain resource: its text as is, lines re-joined into paragraphs."""
    from .encoding import decode_html
    from .segments import join_wrapped_lines

    raw, _ = decode_html(body[: MAX_TEXT_CHARS * 2], content_type)
    text = join_wrapped_lines(raw.replace("\r\n", "\n").replace("\r", "\n"))[:MAX_TEXT_CHARS]
    lines = text.split("\n")
    title = next((ln for ln in lines if ln.strip() and not _FURNITURE_LINE.match(ln)), "")[:200]
    # a text file is often a scan's OCR output or a PDF's text layer saved as it came: read as a PDF's layer is
    return _ocr_repaired(
        Document(
            url=url,
            kind="text",
            title=title,
            text=text,
            has_text_layer=bool(text.strip()),
            lang=guess_lang(url, None, text),
        )
    )


# Lines a saved web page starts with that are site furniture, not its title ("Skip to content").
_FURNITURE_LINE = re.compile(
    r"^\W*(?:skip\s+(?:to\s+)?(?:main\s+)?(?:content|header|navigation|to\s+main)|skip\s+header|neidio\s+i|"
    r"cookie|we\s+use\s+cookies|toggle\b|search(?:\s+(?:site|this\s+site))?\s*$|menu\s*$|home\s*$|"
    r"accessibility|sign\s+in|log\s*in|print(?:\s+this\s+page)?\s*$|share\s*$|back\s*$|close\s*$|"
    r"-\s*$)",
    re.I,
)


_WELSH_WORDS = re.compile(
    r"\b(yn|y|yr|a|ac|i|o|ar|gyda|mae|eich|ein|cyngor|gwybodaeth|ymarfer|camerâu|teledu|"
    r"cylch|cyfyng|ddefnyddio|gan|bod|hefyd|am|drwy|sydd|hyn|neu)\b",
    re.I,
)
_ENGLISH_WORDS = re.compile(r"\b(the|and|of|to|is|in|for|are|with|our|this|that|be|by)\b", re.I)


def is_welsh(text: str) -> bool:
    """True when a sample of `text` reads as Welsh rather than English."""
    sample = text[:4000]
    cy = len(_WELSH_WORDS.findall(sample))
    en = len(_ENGLISH_WORDS.findall(sample))
    return cy >= 8 and cy > 1.5 * en


def guess_lang(url: str, declared: str | None, text: str) -> str | None:
    """'cy' for Welsh pages (declared, /cy/ path or Welsh words), else the declared language."""
    if declared:
        d = declared.strip().lower().replace("_", "-")
        if d.startswith("cy"):
            return "cy"
        if d.startswith("en") and not re.search(r"/cy(/|$)", urlsplit(url).path):
            return d[:2]
    path = urlsplit(url).path.lower()
    if re.search(r"(^|/)cy(/|$)", path) or "lang=cy" in url.lower():
        return "cy"
    if text and is_welsh(text):
        return "cy"
    return (declared or "").strip().lower()[:2] or None
