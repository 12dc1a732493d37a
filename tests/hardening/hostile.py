"""The hostile inputs of the hardening tests: one copy, in fixtures/hostile/pages.py, shared with
the soak (benchmarks/soak.py) and benchmarks/hostile_page.py."""

from fixtures.hostile.pages import (  # noqa: F401
    CCTV_WORDS,
    NASTY,
    deep_page,
    docx_document,
    html_page,
    link_flood_page,
    pdf_document,
    text_page,
)
