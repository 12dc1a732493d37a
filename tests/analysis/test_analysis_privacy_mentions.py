"""A council's own privacy notice that says its CCTV records visitors is a mention of its CCTV.

Held-back webs 1 and 3, written apart, each had a council whose only CCTV words were a line of its
corporate privacy notice about cameras at its offices; both label it 5.1 partial, and the audit
said not_met. The passages below are written for this test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "path, title, para",
    [
        (
            "/about/privacy-notice",
            "Corporate privacy notice",
            "<h2>Coming to our buildings</h2><p>If you call in at the Guildhall or the Civic Centre you may "
            "be recorded by the CCTV cameras covering the front counters.</p>",
        ),
        (
            "/council/data-protection/visiting-the-civic-offices",
            "Visiting the civic offices",
            "<p>CCTV is in operation at the main entrance and in the staff car park of the civic offices.</p>",
        ),
    ],
)
def test_cctv_recording_line_of_a_privacy_page_is_the_councils_mention(analyse_html, path, title, para) -> None:
    pa = analyse_html(
        title,
        "<p>We collect personal information so that we can deliver services to residents.</p>" + para,
        path=path,
    )
    assert pa.signals["cctv_info"]
    info = next(f for f in pa.findings if f.type == "cctv_info")
    assert "CCTV" in info.quote


@pytest.mark.parametrize(
    "path, title, para",
    [
        # not a privacy page: an events page's "CCTV will be in operation" is not the council's own
        (
            "/events/summer-fair",
            "Summer fair",
            "<p>Stalls open at ten. Please note that CCTV will be in operation across the showground.</p>",
        ),
        # a privacy page, but the camera is a resident's doorbell, not the council's
        (
            "/about/privacy-notice",
            "Corporate privacy notice",
            "<p>If you send us footage from your own doorbell camera or home CCTV to report a neighbour, we "
            "record it on your case file.</p>",
        ),
        # a privacy page whose line names CCTV but says nothing of it recording anyone
        (
            "/about/privacy-notice",
            "Corporate privacy notice",
            "<p>For questions about CCTV, see the community safety pages.</p>",
        ),
    ],
)
def test_what_is_not_such_a_mention(analyse_html, path, title, para) -> None:
    pa = analyse_html(title, "<p>Opening times and how to find us.</p>" + para, path=path)
    assert not pa.signals["cctv_info"]
