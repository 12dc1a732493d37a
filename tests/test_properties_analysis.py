"""Property-based tests: the analysis never raises, whatever bytes a council server sends."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from analysis.context import AuthorityContext
from analysis.links import score_link
from analysis.page import analyse
from analysis.text import Link, extract

CTX = AuthorityContext(
    name="Testborough Borough Council", website="https://www.testborough.gov.uk/", police_force="Cleveland"
)
html_bits = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "<a href='/cctv'>",
        "</a>",
        "<script>",
        "<!--",
        "CCTV",
        "single point of contact",
        "Signed on behalf of Cleveland Police",
        "\x00",
        "&amp;",
        "&#xD800;",
        "<meta charset='klingon'>",
        "é",
        "<table>",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(html_bits, max_size=60).map("".join))
def test_html_analysis_never_raises(markup: str) -> None:
    doc = extract(markup.encode("utf-8", "surrogatepass"), "https://www.testborough.gov.uk/x", "text/html")
    page = analyse(doc, CTX)
    assert isinstance(page.signals, dict)


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=3000),
    st.sampled_from(
        [
            "text/html",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "text/plain",
            None,
        ]
    ),
)
def test_any_bytes_any_type_never_raise(body: bytes, ctype: str | None) -> None:
    doc = extract(body, "https://www.testborough.gov.uk/doc", ctype)
    analyse(doc, CTX)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.text(max_size=120), st.text(max_size=200))
def test_link_score_is_a_probability(url: str, text: str, context: str) -> None:
    score = score_link(Link(url=url, text=text, context=context), CTX)
    assert 0.0 <= score <= 1.0
