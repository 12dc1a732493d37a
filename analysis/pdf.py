"""PDF documents: the text layer of every page, within a page cap and a time bound.

Councils publish their CCTV code of practice, annual report and police agreement as PDFs, often
scanned. A scan has no text layer: that is recorded (`has_text_layer=False`) and must never be
read as "the document says nothing", only as "could not be read".
"""

from __future__ import annotations

import io
import logging
import re
import time

from .segments import collapse, join_wrapped_lines
from .text import MAX_TEXT_CHARS, Document, Link, guess_lang

__all__ = ["extract_pdf", "MAX_PDF_PAGES", "MAX_PDF_SECONDS", "MIN_TEXT_CHARS"]

MAX_PDF_PAGES = 150  # pages read per PDF; annual reports and codes are far shorter
MAX_PDF_SECONDS = 20.0  # wall-clock budget per PDF, checked between pages
MIN_TEXT_CHARS = 25  # fewer non-space characters than this: no text layer

logging.getLogger("pypdf").setLevel(logging.ERROR)
_FILENAME_TITLE = re.compile(r"(^microsoft (word|powerpoint)|\.(docx?|pdf|indd|pptx?)$|^untitled|^document\d*$)", re.I)


def extract_pdf(body: bytes, url: str) -> Document:
    """Read a PDF. Corrupt or password-protected files come back with `error` set."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    def failed(msg: str) -> Document:
        return Document(url=url, kind="pdf", title="", text="", has_text_layer=False, error=msg[:300])

    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
    except (
        PdfReadError,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        RecursionError,
        OSError,
        AssertionError,
    ) as exc:
        return failed(f"corrupt pdf: {exc}")
    except Exception as exc:  # pypdf raises a wide, undocumented set on hostile input
        return failed(f"corrupt pdf: {type(exc).__name__}: {exc}")
    try:
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:
                return failed(f"encrypted pdf: {type(exc).__name__}")
            if not ok:
                return failed("encrypted pdf: a password is needed to read it")
        n_pages = len(reader.pages)
    except Exception as exc:
        return failed(f"corrupt pdf: {type(exc).__name__}: {exc}")

    warnings: list[str] = []
    deadline = time.monotonic() + MAX_PDF_SECONDS
    texts: list[str] = []
    links: list[Link] = []
    total = 0
    page_errors = 0
    for i in range(min(n_pages, MAX_PDF_PAGES)):
        if time.monotonic() > deadline:
            warnings.append(f"time limit reached after {i} of {n_pages} pages")
            break
        try:
            page = reader.pages[i]
            t = page.extract_text() or ""
        except Exception as exc:
            page_errors += 1
            warnings.append(f"page {i + 1} unreadable: {type(exc).__name__}")
            continue
        texts.append(t)
        total += len(t)
        links.extend(_page_links(page))
        if total > MAX_TEXT_CHARS:
            warnings.append("text truncated")
            break
    if n_pages > MAX_PDF_PAGES:
        warnings.append(f"only the first {MAX_PDF_PAGES} of {n_pages} pages read")
    if n_pages and page_errors == min(n_pages, MAX_PDF_PAGES):
        return failed("corrupt pdf: no page could be read")
    if n_pages == 0:
        return failed("corrupt pdf: no pages")

    text = join_wrapped_lines("\n\n".join(texts))[:MAX_TEXT_CHARS]
    has_text = len(re.sub(r"\s+", "", text)) >= MIN_TEXT_CHARS
    title = _title(reader, text)
    return Document(
        url=url,
        kind="pdf",
        title=title,
        text=text if has_text else "",
        links=links[:500],
        has_text_layer=has_text,
        lang=guess_lang(url, None, text),
        warnings=warnings,
    )


def _title(reader, text: str) -> str:
    meta_title = ""
    try:
        meta = reader.metadata
        meta_title = collapse(str(meta.title)) if meta and meta.title else ""
    except Exception:
        meta_title = ""
    if meta_title and not _FILENAME_TITLE.search(meta_title) and re.search(r"[A-Za-z]{3}", meta_title):
        return meta_title[:200]
    for line in text.split("\n"):
        if line.strip():
            return collapse(line)[:200]
    return ""


def _page_links(page) -> list[Link]:
    out: list[Link] = []
    try:
        annots = page.get("/Annots") or []
        for ref in annots[:200]:
            a = ref.get_object()
            action = a.get("/A") or {}
            uri = action.get("/URI") if hasattr(action, "get") else None
            if uri and str(uri).lower().startswith(("http://", "https://")):
                out.append(Link(str(uri), "", ""))
    except Exception:
        return out  # links in PDFs are a bonus; a broken annotation must not lose the text
    return out
