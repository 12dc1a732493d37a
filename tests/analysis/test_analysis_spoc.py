"""5.3: the surveillance camera SPOC (designated, with who and how) vs other CCTV contacts."""

from __future__ import annotations

import json

import pytest

OWN = "<p>The council operates public space CCTV cameras across the district.</p>"


@pytest.mark.parametrize(
    "main,expected",
    [
        (
            "<p>The Information Assurance Team act as the single point of contact for surveillance camera systems. "
            "Email informationassurance@anytown.gov.uk.</p>",
            {
                "name": None,
                "role": "Information Assurance Team",
                "email": "informationassurance@anytown.gov.uk",
                "phone": None,
            },
        ),
        (
            "<h2>Surveillance camera single point of contact (SPOC)</h2>"
            "<p>Our SPOC is Jane Smith, Information Governance Manager.</p>"
            "<p>Telephone: 01632 960123</p>",
            {"name": "Jane Smith", "role": "Information Governance Manager", "email": None, "phone": "01632 960123"},
        ),
        (
            "<p>The Head of Community Safety is the council's Senior Responsible Officer for CCTV and all surveillance "
            "cameras. You can contact them at cctv@anytown.gov.uk or on 01632 960 456.</p>",
            {
                "name": None,
                "role": "Head of Community Safety",
                "email": "cctv@anytown.gov.uk",
                "phone": "01632 960 456",
            },
        ),
        (
            "<p>Single point of contact for surveillance cameras: Mr David Jones, CCTV and Community Safety Manager, "
            "via our <a href='/contact'>online contact form</a>.</p>",
            {"name": "Mr David Jones", "role": "CCTV and Community Safety Manager", "email": None, "phone": None},
        ),
        (
            "<h3>Single point of contact</h3><p>Name: Priya Patel</p><p>Role: Data Protection Officer</p>"
            "<p>Email: <a href='mailto:dpo@anytown.gov.uk'>dpo@anytown.gov.uk</a></p>",
            {"name": "Priya Patel", "role": "Data Protection Officer", "email": "dpo@anytown.gov.uk", "phone": None},
        ),
    ],
)
def test_designated_spoc_with_contact_route(analyse_html, main, expected):
    pa = analyse_html("CCTV", OWN + main)
    assert pa.signals["spoc"]
    assert pa.spoc == expected
    f = next(f for f in pa.findings if f.type == "spoc")
    assert f.data["contact_route"] is True


def test_spoc_named_without_a_route(analyse_html):
    pa = analyse_html(
        "CCTV",
        OWN + "<p>The Community Safety Manager is the council's single point of contact for surveillance cameras.</p>",
    )
    assert pa.signals["spoc"] and pa.spoc["role"] == "Community Safety Manager"
    assert next(f for f in pa.findings if f.type == "spoc").data["contact_route"] is False


def test_mailto_link_gives_the_route(analyse_html):
    main = (
        OWN + "<p>Our Head of Regulatory Services is the single point of contact for surveillance cameras. "
        "<a href='mailto:spoc@anytown.gov.uk'>Email the SPOC</a>.</p>"
    )
    pa = analyse_html("CCTV", main)
    assert pa.spoc["email"] == "spoc@anytown.gov.uk" and pa.spoc["role"] == "Head of Regulatory Services"


@pytest.mark.parametrize(
    "main",
    [
        "<p>The Senior Responsible Owner for the CCTV replacement project is the Director of Place.</p>",
        "<p>Each school has a designated safeguarding SPOC. Contact safeguarding@anytown.gov.uk.</p>",
        "<p>The Surveillance Camera Commissioner recommends that every local authority should appoint a single point "
        "of contact for surveillance cameras.</p>",
    ],
)
def test_not_a_spoc_designation(analyse_html, main):
    pa = analyse_html("Council information", "<p>About the council.</p>" + main, "/about")
    assert not pa.signals["spoc"]


@pytest.mark.parametrize(
    "main,role,email,phone",
    [
        (
            "<p>For general enquiries about the scheme contact the CCTV Manager on 01632 960789.</p>",
            "CCTV Manager",
            None,
            "01632 960789",
        ),
        ("<p>Questions about our cameras can be sent to cctv@anytown.gov.uk.</p>", None, "cctv@anytown.gov.uk", None),
        (
            "<p>To report an incident contact the control room on 01632 960111.</p>",
            "Control room",
            None,
            "01632 960111",
        ),
    ],
)
def test_cctv_contact_point_not_designated(analyse_html, main, role, email, phone):
    pa = analyse_html("CCTV", OWN + main)
    assert not pa.signals["spoc"]
    contact = next(f for f in pa.findings if f.type == "cctv_contact")
    assert (contact.data["role"], contact.data["email"], contact.data["phone"]) == (role, email, phone)
    assert pa.spoc == {"name": None, "role": role, "email": email, "phone": phone}


def test_structured_contact_point(analyse_html):
    ld = {
        "@context": "https://schema.org",
        "@type": "ContactPoint",
        "contactType": "Surveillance camera single point of contact",
        "email": "spoc@anytown.gov.uk",
        "telephone": "01632 960000",
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    pa = analyse_html("CCTV", OWN, head_extra=head)
    assert pa.signals["spoc"]
    assert pa.spoc["email"] == "spoc@anytown.gov.uk" and pa.spoc["phone"] == "01632 960000"


def test_welsh_spoc(analyse_html):
    main = (
        "<p>Mae'r Cyngor yn gweithredu system teledu cylch cyfyng.</p>"
        "<p>Y Rheolwr Diogelwch Cymunedol yw un pwynt cyswllt y Cyngor ar gyfer camerâu gwyliadwriaeth. "
        "E-bost: tcc@anytown.gov.uk</p>"
    )
    pa = analyse_html("Teledu cylch cyfyng", main, "/cy/teledu-cylch-cyfyng", lang="cy")
    assert pa.signals["spoc"] and pa.spoc["email"] == "tcc@anytown.gov.uk"


@pytest.mark.parametrize(
    "main,role,email,phone",
    [
        # a general mailbox given for CCTV enquiries is a CCTV contact point
        (
            "<p>Enquiries about the CCTV system should be sent to safer.places@anytown.gov.uk.</p>",
            None,
            "safer.places@anytown.gov.uk",
            None,
        ),
        # whatever the monitoring room is called
        (
            "<p>For questions about the cameras, ring the Public Safety Hub on 01632 960555.</p>",
            "Public Safety Hub",
            None,
            "01632 960555",
        ),
        (
            "<p>If you have a question about CCTV, speak to the CCTV monitoring centre on 01632 960321.</p>",
            "CCTV monitoring centre",
            None,
            "01632 960321",
        ),
        # the route on the lines a short contact heading introduces
        ("<p>Contact the CCTV team:</p><p>Telephone: 01632 960777</p>", "CCTV team", None, "01632 960777"),
    ],
)
def test_contact_point_for_cctv_enquiries(analyse_html, main, role, email, phone):
    pa = analyse_html("CCTV", OWN + main)
    contact = next(f for f in pa.findings if f.type == "cctv_contact")
    assert (contact.data["role"], contact.data["email"], contact.data["phone"]) == (role, email, phone)


@pytest.mark.parametrize(
    "main",
    [
        # a role with no way to reach it on the page
        "<p>To make a complaint about the CCTV system, write to the CCTV Operations Manager at the address below.</p>",
        "<p>Complaints about our cameras are handled by the CCTV Manager.</p>",
        # a route, but not for CCTV
        "<p>To report a crime, call the police on 101, or 999 in an emergency.</p>",
    ],
)
def test_no_contact_point_without_a_route_for_cctv(analyse_html, main):
    from analysis.assess import assess

    pa = analyse_html("CCTV", OWN + main)
    assert not any(f.type == "cctv_contact" for f in pa.findings)
    assert assess([pa], "ok")["5.3"]["status"] == "not_met"


def test_contact_box_on_a_cctv_page_is_its_contact_point(analyse_html):
    main = (
        OWN + "<p>Footage is kept for 31 days.</p><h2>Contact details</h2><p>Safer Neighbourhoods Team</p>"
        "<p>Email: safer.neighbourhoods@anytown.gov.uk</p><p>Telephone: 01632 960404</p>"
    )
    pa = analyse_html("Public space CCTV", main)
    contact = next(f for f in pa.findings if f.type == "cctv_contact")
    assert contact.data["email"] == "safer.neighbourhoods@anytown.gov.uk" and contact.data["phone"] == "01632 960404"


def test_contact_box_on_another_page_is_not_a_cctv_contact(analyse_html):
    main = (
        "<p>Report a missed bin online.</p><p>Our public space CCTV cameras also watch the recycling centre.</p>"
        "<h2>Contact us</h2><p>Waste Services</p><p>Email: waste@anytown.gov.uk</p>"
    )
    pa = analyse_html("Bins and recycling", main, "/bins")
    assert not any(f.type == "cctv_contact" for f in pa.findings)


def test_contact_point_is_the_complaints_criterion_and_keeps_its_full_role(analyse_html):
    # (an opening that names no operator: "The council operates …" is the operator criterion by itself)
    main = (
        "<p>Public space CCTV cameras cover the district's town centres.</p>"
        "<p>If you would like more information about the scheme, any queries should be directed to the "
        "CCTV Control Room Manager on 01632 960000.</p>"
    )
    pa = analyse_html("CCTV", main)
    assert pa.spoc["role"] == "CCTV Control Room Manager" and pa.criteria["complaints"]
    assert not pa.criteria["responsible_officer"] and not pa.criteria["operator"]


def test_contact_under_a_heading_quotes_the_route_line(analyse_html):
    main = OWN + "<h2>Who to contact</h2><p>Email cctv.enquiries@anytown.gov.uk with any questions.</p>"
    pa = analyse_html("CCTV", main)
    contact = next(f for f in pa.findings if f.type == "cctv_contact")
    assert contact.quote == "Email cctv.enquiries@anytown.gov.uk with any questions."


@pytest.mark.parametrize(
    "main,name,role",
    [
        (
            "<p>The Council has designated the Head of Housing and Communities as its Single Point of Contact (SPOC) "
            "for surveillance camera systems, contactable at spoc@anytown.gov.uk.</p>",
            None,
            "Head of Housing and Communities",
        ),
        (
            "<p>We have appointed Ravi Shah, Information Governance Lead, as our single point of contact for "
            "surveillance cameras. Email ravi.shah@anytown.gov.uk.</p>",
            "Ravi Shah",
            "Information Governance Lead",
        ),
    ],
)
def test_spoc_designated_as(analyse_html, main, name, role):
    pa = analyse_html("CCTV", OWN + main)
    assert pa.signals["spoc"] and (pa.spoc["name"], pa.spoc["role"]) == (name, role)


def test_contact_role_from_the_line_under_a_heading(analyse_html):
    main = OWN + "<h2>Contact us</h2><p>For CCTV enquiries, ring the CCTV Control Room on 01632 960099.</p>"
    pa = analyse_html("CCTV", main)
    assert pa.spoc == {"name": None, "role": "CCTV Control Room", "email": None, "phone": "01632 960099"}
