"""A search result named for the cameras but scored below the bar is opened before the contact point (5.3) or the police
agreement (5.5) is called not met (held-back web 92's Huntingdonshire: its "Shared CCTV scheme" page, filed under streets
and parking, was left unread once two partnership documents had settled 5.1, and its contact was called not met)."""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

from analysis.search_results import camera_page_lead
from analysis.text import Link
from fixtures.heldback.kit import pdf_bytes

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)

_AGREEMENT = [
    "1. Parties: Westby District Council and Eastby District Council, which runs the shared CCTV service.",
    "2. Purpose: the shared service watches the council's 120 public space cameras to prevent and detect crime.",
    "3. Monitoring: trained operators watch the cameras 24 hours a day from the Eastby control room.",
    "4. Retention: recordings are kept for 31 days and then overwritten unless needed as evidence.",
    "5. Disclosure: footage is released to the police and insurers on a written request.",
    "6. Subject access: anyone may ask for recordings of themselves under data protection law.",
    "7. Code: the service follows the Surveillance Camera Code of Practice and its twelve principles.",
    "8. Signs: signs tell the public where cameras are in use.",
]


def _site() -> dict[str, tuple[str, bytes]]:
    pdf = pdf_bytes("Shared CCTV Service Partnership Agreement", _AGREEMENT, "Westby District Council")
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby District Council", '<p>Welcome.</p><ul><li><a href="/bins">Bins</a></li></ul>', NAV),
        "/search?q=CCTV": results_page(
            [
                ("/streets-parking-transport", "Streets, parking and transport"),
                ("/streets-parking-transport/cctv", "Shared CCTV scheme"),
                (
                    "/media/5120/shared-cctv-service-partnership-agreement.pdf",
                    "Shared CCTV Service Partnership Agreement",
                ),
            ],
            NAV,
        ),
        "/media/5120/shared-cctv-service-partnership-agreement.pdf": ("application/pdf", pdf),
        "/streets-parking-transport/cctv": council_page(
            "Shared CCTV scheme",
            "<p>Our cameras are part of the shared scheme run with Eastby.</p><p>Questions about the cameras: CCTV Shared"
            " Service, telephone 01632 960 470.</p>",
            NAV,
        ),
        "/streets-parking-transport": council_page("Streets, parking and transport", "<p>Roads and parking.</p>", NAV),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV),
    }


def test_the_councils_camera_page_is_read_before_its_contact_is_called_not_met(tmp_path: Path) -> None:
    la, paths = audit_site(_site(), tmp_path, "Westby District Council", "E99000041")
    assert "/streets-parking-transport/cctv" in paths, paths
    assert la["deliverables"]["5.3"]["status"] == "partial"


def test_which_results_are_camera_leads() -> None:
    base = "https://www.westby.gov.uk"
    assert camera_page_lead(Link(url=base + "/streets/cctv", text="Shared CCTV scheme", context=""))
    assert not camera_page_lead(Link(url=base + "/news/2024/cctv-upgrade", text="CCTV upgrade finished", context=""))
    assert not camera_page_lead(Link(url=base + "/parking/speed", text="Speed cameras", context=""))
    minutes = Link(url="https://democracy.westby.gov.uk/mgAi.aspx?ID=3", text="CCTV review", context="")
    assert not camera_page_lead(minutes)
