"""Where a council's CCTV page says, in a sentence of its own, that the rest is told elsewhere.

Held-back webs 398 and 399 (measured at freeze60, then opened): a district's CCTV page says "How the control room supports
the emergency services is set out in our Major Incident Plan", and the plan's page holds one PDF, whose annex carries the
room's step 1 certificate and its agreement signed with the force; a city's CCTV page says its memorandum with the police
"is with the port plans and policies" and links them. A city's search for "CCTV" lists its event safety advisory group's
page, where the room's full certification is told. The audit read none of them and called the certificate and the
agreements not met.

Each site here is audited through the real command line (invented councils, places and people)."""

from __future__ import annotations

from pathlib import Path

from minisite import SEARCH_WORDS, audit_site, council_page, results_page

from fixtures.heldback.kit import pdf_bytes

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/community-safety">Community safety</a></li><li><a href="/emergencies">Emergencies</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


def _site(listed: dict[str, list[tuple[str, str]]]) -> dict[str, tuple[str, bytes]]:
    pages = {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby District Council", "<p>Welcome to the council's website.</p>", NAV),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV),
        "/emergencies": council_page("Emergencies", "<p>Flooding, power cuts and rest centres.</p>", NAV),
        "/community-safety": council_page(
            "Community safety", '<p><a href="/community-safety/cctv">Public space CCTV</a></p>', NAV
        ),
    }
    pages |= {f"/search?q={w}": results_page([], NAV) for w in SEARCH_WORDS}
    pages |= {f"/search?q={w}": results_page(rows, NAV) for w, rows in listed.items()}
    return pages


def test_a_sentence_pointing_to_a_plan_leads_to_its_pdf(tmp_path: Path) -> None:
    plan = pdf_bytes(
        "Major Incident Plan public version 2025",
        [
            "Westby District Council Major Incident Plan. Public version, 2025.",
            "Annex D. CCTV control room. The room has completed step 1 (desktop) certification against the Surveillance"
            " Camera Code of Practice.",
            "During a major incident the room works under the CCTV protocol agreed between Westby District Council and"
            " Westmarch Police.",
            "Signed for and on behalf of Westby District Council: R. Hale, Head of Community Services, 3 March 2025.",
            "Signed for and on behalf of Westmarch Police: Superintendent J. Orme, 10 March 2025.",
        ],
        "Westby District Council",
    )
    pages = _site({"CCTV": [("/community-safety/cctv", "Public space CCTV")]})
    pages |= {
        "/community-safety/cctv": council_page(
            "Public space CCTV",
            "<p>Westby District Council owns and runs 41 public space cameras in Westby and Carrow, watched around the"
            " clock from our control room.</p><p>The cameras help prevent and detect crime. Recordings are kept for 31"
            " days.</p><p>How the control room supports the emergency services is set out in our"
            ' <a href="/emergencies/major-incident-plan">Major Incident Plan</a>.</p>'
            "<p>Questions: cctv@westby.example.gov.uk.</p>",
            NAV,
        ),
        "/emergencies/major-incident-plan": council_page(
            "Major Incident Plan",
            "<p>Our plan sets out how the council responds when an emergency is declared. The public version leaves out"
            " personal contact details.</p>"
            '<p><a href="/media/4410/major-incident-plan-public-2025.pdf">Major Incident Plan: public version (PDF,'
            " 1.2MB)</a></p>",
            NAV,
        ),
        "/media/4410/major-incident-plan-public-2025.pdf": ("application/pdf", plan),
    }
    la, paths = audit_site(pages, tmp_path, "Westby District Council", "E99000130")
    assert "/media/4410/major-incident-plan-public-2025.pdf" in paths, paths
    assert la["deliverables"]["5.2"]["status"] == "met", la["deliverables"]["5.2"]
    assert la["deliverables"]["5.5"]["status"] == "met", la["deliverables"]["5.5"]


def test_a_sentence_naming_where_the_memorandum_is_kept(tmp_path: Path) -> None:
    memo = pdf_bytes(
        "Memorandum of understanding: city and harbour cameras",
        [
            "Memorandum of understanding between Westby District Council and Westmarch Police on the city and harbour"
            " cameras.",
            "1. The council shares live pictures from its public space and harbour cameras with the force's control room.",
            "Signed on behalf of Westby District Council: A. Price, Director of Place, 2 April 2024.",
            "Signed on behalf of Westmarch Police: Superintendent L. Moor, 5 April 2024.",
        ],
        "Westby District Council",
    )
    pages = _site({"CCTV": [("/community-safety/cctv", "Public space CCTV")]})
    pages |= {
        "/community-safety/cctv": council_page(
            "Public space CCTV",
            "<p>We have more than 120 cameras covering the city's streets and car parks, watched from the council's CCTV"
            " control centre by licensed operators.</p><p>Recordings are kept for 31 days.</p>"
            "<p>Live pictures are shared with the police under our memorandum of understanding with Westmarch Police; the"
            ' signed memorandum is with the <a href="/harbour/plans-and-policies">harbour plans and policies</a> because'
            " it also covers the harbour's cameras.</p><p>Questions: cctv@westby.example.gov.uk.</p>",
            NAV,
        ),
        "/harbour/plans-and-policies": council_page(
            "Harbour plans and policies",
            "<p>Plans and policies of the harbour authority.</p><ul>"
            '<li><a href="/media/harbour/byelaws.pdf">Harbour byelaws</a></li>'
            '<li><a href="/media/harbour/mou-cameras.pdf">Memorandum of understanding with the police: city and harbour'
            " cameras (signed 2024)</a></li></ul>",
            NAV,
        ),
        "/media/harbour/byelaws.pdf": ("application/pdf", pdf_bytes("Byelaws", ["Speed limits in the harbour."], "x")),
        "/media/harbour/mou-cameras.pdf": ("application/pdf", memo),
    }
    la, paths = audit_site(pages, tmp_path, "Westby District Council", "E99000131")
    assert "/harbour/plans-and-policies" in paths, paths
    assert la["deliverables"]["5.5"]["status"] == "met", la["deliverables"]["5.5"]


def test_the_event_safety_advisory_groups_page_listed_for_cctv_is_read(tmp_path: Path) -> None:
    pages = _site(
        {
            "CCTV": [
                ("/community-safety/cctv", "Public space CCTV"),
                ("/emergencies/event-safety-advisory-group", "Event Safety Advisory Group"),
                ("/licensing/taxi-cctv", "Taxi CCTV"),
            ]
        }
    )
    pages |= {
        "/community-safety/cctv": council_page(
            "Public space CCTV",
            "<p>Westby District Council owns and runs 160 public space cameras, watched 24 hours a day from our control"
            " room.</p><p>Recordings are kept for 30 days. You can ask for footage of yourself with a subject access"
            " request.</p><p>Contact the CCTV team on 01632 960 817.</p>",
            NAV,
        ),
        "/emergencies/event-safety-advisory-group": council_page(
            "Event Safety Advisory Group",
            "<p>The group brings together the council, the police, the fire and ambulance services to advise organisers"
            " of large events.</p><p>The council's CCTV control room, which was awarded full (step 2) certification"
            " against the Surveillance Camera Code of Practice in 2024, watches event routes on the day.</p>",
            NAV,
        ),
        "/licensing/taxi-cctv": council_page("Taxi CCTV", "<p>Licensed taxis must carry approved cameras.</p>", NAV),
    }
    la, paths = audit_site(pages, tmp_path, "Westby District Council", "E99000132")
    assert "/emergencies/event-safety-advisory-group" in paths, paths
    assert la["deliverables"]["5.2"]["status"] == "met", la["deliverables"]["5.2"]
