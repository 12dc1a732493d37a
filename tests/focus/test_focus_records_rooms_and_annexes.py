"""Documents a council files where no link's words name them, found as a careful person finds them.

Held-back webs 396 and 397 (measured at freeze59, then opened): councils list a document on a short page of its own (a
library's record "CS/POL/017" whose summary names the camera policy and whose only link says "Download"; the page an A-Z's
"CCTV" entry lands on, a strategy's record); list a code's appendices on the CCTV page by their labels alone, in both
languages ("Atodiad 2 / Appendix 2"); and file what the room that watches the cameras publishes under the room's own name
(an annual report titled for the "Emergency Services Centre", filed under the evening economy). The audit read none of them.

Each site here is audited through the real command line (invented councils, places and people)."""

from __future__ import annotations

from pathlib import Path

from minisite import SEARCH_WORDS, audit_site, council_page, results_page

from fixtures.heldback.kit import pdf_bytes

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/community-safety">Community safety</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)
NO_SEARCH = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/community-safety">Community safety</a></li></ul></nav>'
)


def _common(nav: str) -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby Borough Council", "<p>Welcome to the council's website.</p>", nav),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", nav),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", nav),
    }


def _searches(listed: dict[str, list[tuple[str, str]]]) -> dict[str, tuple[str, bytes]]:
    """The site's search: the given results for the given words, none for the other words the audit types."""
    pages = {f"/search?q={w}": results_page([], NAV) for w in SEARCH_WORDS}
    pages.update({f"/search?q={w}": results_page(rows, NAV) for w, rows in listed.items()})
    return pages


def test_a_records_download_is_read_and_its_certificate_credited(tmp_path: Path) -> None:
    policy = pdf_bytes(
        "CS-POL-017",
        [
            "Westby Borough Council. CS/POL/017. Version 3.",
            "1. Purpose. The public space camera system exists to prevent and detect crime in the borough's town centres.",
            "2. Compliance. The system is run with regard to the Surveillance Camera Code of Practice. In March 2023 it was"
            " awarded step 2 full certification against the Code by an independent certification body.",
            "3. Retention. Recordings are kept for 28 days.",
        ],
        "Westby Borough Council",
    )
    # (the engine lists the record for the policy's words in its summary, titled by its reference alone)
    pages = _common(NAV) | _searches(
        {
            "CCTV": [("/community-safety/cctv", "CCTV")],
            "surveillance+camera": [("/documents/cs-pol-017", "CS/POL/017")],
        }
    )
    pages |= {
        "/community-safety": council_page("Community safety", '<p><a href="/community-safety/cctv">CCTV</a></p>', NAV),
        "/community-safety/cctv": council_page(
            "CCTV",
            "<p>Westby Borough Council owns 72 fixed cameras and 14 mobile units covering its town centres.</p>"
            '<p>The rules we follow are in our policy, <a href="/documents/cs-pol-017">CS/POL/017</a>.</p>'
            "<p>To report a faulty camera, call the CCTV team on 01632 960 551.</p>",
            NAV,
        ),
        "/documents/cs-pol-017": council_page(
            "CS/POL/017",
            "<p>Summary: Public space surveillance camera policy: purposes, operation and retention.</p>"
            "<p>Reference CS/POL/017 | Updated 2025</p>"
            '<p><a href="/downloads/file/3117/cs-pol-017">Download</a></p>',
            NAV,
        ),
        "/downloads/file/3117/cs-pol-017": ("application/pdf", policy),
    }
    la, paths = audit_site(pages, tmp_path, "Westby Borough Council", "E99000120")
    assert "/downloads/file/3117/cs-pol-017" in paths, paths
    assert la["deliverables"]["5.2"]["status"] == "met", la["deliverables"]["5.2"]


def test_the_a_to_zs_cctv_entry_leads_to_a_records_document(tmp_path: Path) -> None:
    strategy = pdf_bytes(
        "CSS 2024-27 v4",
        [
            "Safer Westby 2024 to 2027.",
            "6. Technology and evidence. The council owns CCTV covering the town centre and the Market Street shops,"
            " where 18 new cameras were added in 2024. The cameras are monitored by the council's Community Safety Team.",
            "Recordings are kept for 31 days. People can ask for footage of themselves by making a subject access request.",
            "Footage is provided to Surrey Police under a memorandum of understanding between the council and the force.",
            "Community Safety Team: 01632 960 112.",
        ],
        "Westby Borough Council",
    )
    pages = _common(NO_SEARCH)
    pages |= {
        "/a-z": council_page(
            "A to Z",
            '<ul><li><a href="/bins">Bins</a></li><li><a href="/community-safety/strategy">CCTV</a></li>'
            '<li><a href="/community-safety/strategy">Community safety strategy</a></li></ul>',
            NO_SEARCH,
        ),
        "/community-safety": council_page("Community safety", "<p>Reporting anti-social behaviour.</p>", NO_SEARCH),
        "/community-safety/strategy": council_page(
            "Community Safety Strategy 2024 to 2027",
            "<p>CSS 2024-27</p><p>Our priorities for a safer Westby, agreed with partners.</p><p>Format: PDF</p>"
            '<p><a href="/sites/default/files/documents/CSS_2024-27_v4.pdf">Download</a></p>',
            NO_SEARCH,
        ),
        "/sites/default/files/documents/CSS_2024-27_v4.pdf": ("application/pdf", strategy),
    }
    la, paths = audit_site(pages, tmp_path, "Westby Borough Council", "E99000121")
    assert "/sites/default/files/documents/CSS_2024-27_v4.pdf" in paths, paths
    assert la["deliverables"]["5.1"]["status"] != "not_met", la["deliverables"]["5.1"]
    assert la["deliverables"]["5.5"]["status"] == "partial", la["deliverables"]["5.5"]


def test_the_rooms_own_name_is_searched_for_what_it_publishes(tmp_path: Path) -> None:
    report = pdf_bytes(
        "Harbour Watch Centre annual report 2024/25",
        [
            "The Harbour Watch Centre monitors 140 cameras in public spaces and 90 at council sites.",
            "Operators logged 3,102 incidents between April 2024 and March 2025.",
            "In 2021 the centre completed step one (desktop) certification against the Surveillance Camera Code of"
            " Practice.",
        ],
        "Westby Borough Council",
    )
    room = "Harbour+Watch+Centre"
    pages = _common(NAV) | _searches(
        {
            "CCTV": [("/community-safety/cctv", "Closed circuit television (CCTV)")],
            room: [
                ("/community-safety/cctv", "Closed circuit television (CCTV)"),
                ("/business/westby-after-dark", "Westby after dark"),
                ("/media/7716/hwc-annual-report-2024-25.pdf", "Harbour Watch Centre annual report 2024/25"),
            ],
        }
    )
    pages |= {
        "/community-safety": council_page(
            "Community safety", '<p><a href="/community-safety/cctv">Closed circuit television (CCTV)</a></p>', NAV
        ),
        "/community-safety/cctv": council_page(
            "Closed circuit television (CCTV)",
            "<p>Cameras first went up in Westby town centre in 1996. They are monitored from the Harbour Watch Centre (HWC)"
            " in the council's offices at Quay House.</p><p>We use them to deter crime and anti-social behaviour and to"
            " help protect vulnerable people.</p><h2>Contact the HWC</h2><p>Telephone 01632 960 710 for general enquiries"
            " about the cameras.</p>",
            NAV,
        ),
        "/business/westby-after-dark": council_page(
            "Westby after dark",
            '<p>Read how the HWC supports the evening economy in its <a href="/media/7716/hwc-annual-report-2024-25.pdf">'
            "annual report (PDF)</a>.</p>",
            NAV,
        ),
        "/media/7716/hwc-annual-report-2024-25.pdf": ("application/pdf", report),
    }
    la, paths = audit_site(pages, tmp_path, "Westby Borough Council", "E99000122")
    assert f"/search?q={room}" in paths, paths
    assert la["deliverables"]["5.2"]["status"] == "met", la["deliverables"]["5.2"]
    # the agreement, still not found, says the room's name was searched for it (the contract's search effort)
    sla = la["deliverables"]["5.5"]
    assert sla["status"] == "not_met", sla
    targets = [s["target"] for s in sla["search_effort"]["steps"] if s["method"] == "site_search"]
    assert any(t.startswith("Harbour Watch Centre") for t in targets), targets


def test_a_cctv_pages_bilingual_appendix_is_read_for_the_agreement(tmp_path: Path) -> None:
    protocol = pdf_bytes(
        "Dogfen1",
        [
            "Cyngor Bwrdeistref Westby / Westby Borough Council",
            "Atodiad 2 / Appendix 2",
            "Cynnwys / Contents: 1 Diben / Purpose; 2 Llofnodion / Signatures",
            "1. Purpose. This protocol governs the release of recordings from the public space CCTV system to Surrey Police"
            " for the prevention and detection of crime.",
            "2. Signatures. Signed for and on behalf of Westby Borough Council: E. Pryce, Head of Regulatory Services,"
            " 4 March 2025.",
            "Signed on behalf of Surrey Police: G. Hale, Superintendent, 11 March 2025.",
        ],
        "Westby Borough Council",
    )
    sites = pdf_bytes("Atodiad 1 / Appendix 1", ["Camera sites: Westby 24, Eastby 19."], "Westby Borough Council")
    pages = _common(NAV) | _searches({"CCTV": [("/en/community-safety/cctv", "CCTV")]})
    pages |= {
        "/community-safety": council_page(
            "Community safety", '<p><a href="/en/community-safety/cctv">CCTV</a></p>', NAV
        ),
        "/en/community-safety/cctv": council_page(
            "CCTV",
            "<p>Westby Borough Council runs 43 public space cameras, watched from its control room to prevent and detect"
            " crime. Recordings are kept for 31 days unless needed as evidence.</p>"
            "<p>Our code of practice lists the camera sites in its first appendix; the protocol agreed with Surrey Police"
            " is its second appendix.</p>"
            "<h2>Dogfennau / Documents</h2><ul><li><a href='/Document/atodiad-1'>Atodiad 1 / Appendix 1</a></li>"
            "<li><a href='/Document/atodiad-2'>Atodiad 2 / Appendix 2</a></li></ul>",
            NAV,
        ),
        "/Document/atodiad-1": ("application/pdf", sites),
        "/Document/atodiad-2": ("application/pdf", protocol),
    }
    la, paths = audit_site(pages, tmp_path, "Westby Borough Council", "E99000123")
    assert "/Document/atodiad-2" in paths, paths
    assert la["deliverables"]["5.5"]["status"] == "met", la["deliverables"]["5.5"]
