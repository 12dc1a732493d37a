"""The two hundred and thirty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a neighbour council's agreement with the same
force as an HTML sign-off table on a partnerships page, and that neighbour's SPOC on a partner-room page; a
neighbour's step 2 certificate hosted beside a contacts table naming both councils' SPOCs; a three-council
shared-service privacy notice with a section per council; a neighbour's certification stated on the page of a
council whose cameras it watches; a development corporation's monitoring agreement and a neighbour council's
monitoring agreement, both signed and neither with the police; an agreements register of three signed documents of
which one is with the police; a signed police agreement beside a signed BID agreement; a step 2 claim only as a tile
in a key-numbers strip; a step 2 claim only in a downloads record's description beside a mark; a step 1 claim only
in a Word code served without extension; a SPOC only in a senior management structure drawn as nested lists; a SPOC
only in a policy PDF; a table of parish contributions; a joint page of two councils that describes only the other
council's cameras; one-fact councils; robots.txt forbidding the search; a legacy layout without <main>; and councils
that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback236.truth import TRUTH_PATH
from fixtures.heldback236.web import Heldback236Web


@pytest.fixture(scope="module")
def web() -> Heldback236Web:
    return Heldback236Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _doc_urls(d: dict) -> set[str]:
    return {doc["url"] for doc in d["5.5"]["documents"]}


def test_fresh_councils(web: Heldback236Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 236)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally


def test_neighbours_signed_agreement_and_spoc_hosted_on_partner_room_page(web: Heldback236Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    pg = "/my-council/customer-services/cctv-and-after-hours-customer-service/"
    vale = f"{pg}vale-of-glamorgan-cameras/"
    isa = "/my-council/partnerships/joint-cctv-monitoring-vale-of-glamorgan/"
    assert _linking(web, host, f"http://{host}{isa}") == {
        f"http://{host}{vale}",
        f"http://{host}/my-council/partnerships/",
    }
    html = _html(web, host, isa)
    assert '<th scope="col">Organisation</th><th scope="col">Signed by</th><th scope="col">Date</th>' in html
    assert "<td>Vale of Glamorgan Council</td>" in html and "<td>South Wales Police</td>" in html
    assert "<td>Bridgend" not in html and not _render(web, f"http://{host}{isa}").header("Content-Type").startswith(
        "application/pdf"
    )
    a = _auth(truth, host)
    assert a["police_force"] == "South Wales"
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "single point of contact for surveillance cameras" in _main(web, host, vale)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert not any("valeofglamorgan" in e["quote"] for e in d["5.3"]["evidence"])
    assert f"http://{host}{vale}" not in d["5.1"]["pages"]
    cy = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-cwsmeriaid-y-tu-allan-i-oriau/"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert a["heldback"]["robots_forbid_search"]


def test_neighbours_certificate_hosted_beside_both_councils_spocs(web: Heldback236Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    camb = "/community-and-safety/cctv/monitoring-camberley-for-surrey-heath"
    cert = "/sites/default/files/documents/Surrey-Heath-SCC-certificate-of-compliance.pdf"
    assert _linking(web, host, f"http://{host}{cert}") == {f"http://{host}{camb}"}
    text = _text(web, host, cert)
    assert "Surrey Heath Borough Council" in text and "Step 2 full certification" in text and "Woking" not in text
    html = _html(web, host, camb)
    assert html.count("single point of contact for surveillance cameras") == 2
    assert 'class="callout"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@woking.example.gov.uk"
    assert all("surreyheath" not in e["quote"] and "Surrey Heath" not in e["quote"] for e in d["5.3"]["evidence"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_shared_service_privacy_notice_and_neighbours_certification(web: Heldback236Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    notice = "/home/other-services/about-the-council/additional-areas/privacy/mid-kent-services-cctv-privacy-notice"
    html = _html(web, host, notice)
    sections = [
        "<h2>Maidstone Borough Council</h2>",
        "<h2>Swale Borough Council</h2>",
        "<h2>Tunbridge Wells Borough Council</h2>",
    ]
    assert all(h in html for h in sections)
    mine = html.split(sections[0], 1)[1].split(sections[1], 1)[0]
    d = _auth(truth, host)["deliverables"]
    for e in d["5.1"]["evidence"]:
        if e["url"] == f"http://{host}{notice}" and "Each council" not in e["quote"]:
            assert e["quote"] in mine, e["quote"]
    pg = "/home/primary-services/community-and-leisure/additional-areas/cctv"
    assert "Medway's control centre holds full certification" in _main(web, host, pg)
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_partner_monitoring_agreements_signed_but_not_with_the_police(web: Heldback236Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    park = "/public-health-safety/cctv/queen-elizabeth-olympic-park"
    agreement = "/media/8841/download?attachment"
    assert _linking(web, host, f"http://{host}{agreement}") == {f"http://{host}{park}"}
    r = _render(web, f"http://{host}{agreement}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, agreement)
    assert "Signed for the London Legacy Development Corporation" in text and "Police" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]

    host = "www.southend.gov.uk"
    castle = "/media/p4ldz0a2/castle-point-monitoring-agreement.pdf"
    text = _text(web, host, castle)
    assert "Signed for Castle Point Borough Council" in text and "Police" not in text
    d = _auth(truth, host)["deliverables"]
    protocol = f"http://{host}/media/3b2fkq1d/essex-police-cctv-protocol.pdf"
    assert _doc_urls(d) == {protocol}
    assert _linking(web, host, protocol) == {
        f"http://{host}/community-safety/cctv-control-room/requests-from-the-police"
    }
    assert "working towards third-party certification" in _main(web, host, "/community-safety/cctv-control-room")
    assert d["5.2"]["status"] == "not_met"


def test_agreements_register_and_police_agreement_beside_a_bid_agreement(web: Heldback236Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    reg = "/community-safety/cctv/cctv-partnership-agreements"
    links = [u for u in _links(web, host, reg) if u.endswith(".pdf")]
    assert len(links) == 3
    signed = [
        u
        for u in links
        if "Signed for" in _text(web, host, urlsplit(u).path)
        or "For Sussex Police" in _text(web, host, urlsplit(u).path)
    ]
    assert len(signed) == 3
    with_police = [u for u in links if "Sussex Police" in _text(web, host, urlsplit(u).path)]
    d = _auth(truth, host)["deliverables"]
    assert _doc_urls(d) == set(with_police) and len(with_police) == 1
    assert d["5.3"]["status"] == "met"

    host = "www.epsom-ewell.gov.uk"
    pg = "/residents/community-safety/video-surveillance"
    pdfs = [u for u in _links(web, host, pg) if u.endswith(".pdf")]
    assert len(pdfs) == 3
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Surrey" and doc["url"] in pdfs
    bid = next(u for u in pdfs if "BID" in u)
    assert "Signed for Epsom BID" in _text(web, host, urlsplit(bid).path)
    assert "Police" not in _text(web, host, urlsplit(bid).path)
    assert "Single Point of Contact" not in _main(web, host, pg)
    assert d["5.3"]["status"] == "met" and all(e["url"].endswith("Policy.pdf") for e in d["5.3"]["evidence"])
    assert "self-assessment tool" in _main(web, host, pg) and d["5.2"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_certification_claims_in_footnote_downloads_record_and_word_code(web: Heldback236Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    html = _html(web, host, "/public-health-safety/cctv")
    strip = html.split('<ul class="key-numbers">', 1)[1].split("</ul>", 1)[0]
    assert '<p class="tile__number">Step 2</p>' in strip and "Full certification" in strip
    rest = html.replace(strip, "")
    assert "step 2" not in rest.lower() and "certification" not in rest and "<img" not in html
    d = _auth(truth, host)["deliverables"]["5.2"]
    assert d["status"] == "met" and d["level"] == "step2" and d["awarded"] == "2020-05" and not d["mark_displayed"]

    host = "www.rotherham.gov.uk"
    pg = "/info/200067/crime_and_community_safety/1412/cctv_and_redeployable_cameras"
    rec = "/downloads/download/412/cctv_certificate_of_compliance"
    assert "step 2" not in _main(web, host, pg).lower()
    assert "step 2 full certification" in _main(web, host, rec)
    assert 'alt="Surveillance Camera Code of Practice mark"' in _html(web, host, rec)
    d = _auth(truth, host)["deliverables"]["5.2"]
    assert d["status"] == "met" and d["level"] == "step2" and d["mark_displayed"]

    host = "www.mansfield.gov.uk"
    code = "http://www.mansfield.gov.uk/downloads/file/2207/cctv-code-of-practice"
    assert _no_extension(code)
    r = _render(web, code)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "cctv-code-of-practice.docx" in (r.header("Content-Disposition") or "")
    assert "step 1 (desktop) certification" in _text(web, host, urlsplit(code).path)
    assert "step 1" not in _main(web, host, "/CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_management_structure_and_parish_contributions(web: Heldback236Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    smt = "/article/1130/Senior-management-structure"
    html = _html(web, host, smt)
    assert html.count("<ul>") >= 4 and "single point of contact for surveillance camera systems" in html
    assert "single point of contact" not in _main(web, host, "/article/1764/CCTV").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{smt}"}
    code = "/media/2291/CCTV-Code-of-Practice/pdf/CCTV_Code_of_Practice_2024.pdf"
    assert "Hampshire Constabulary" in _text(web, host, code) and "Signed" not in _text(web, host, code)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    parish = _html(web, host, "/article/2210/CCTV-for-town-and-parish-councils")
    assert "<td>Fawley Parish Council</td>" in parish and "service level agreement between the councils" in parish
    assert "BS 7958" in _main(web, host, "/article/1764/CCTV") and d["5.2"]["status"] == "not_met"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_joint_page_describes_only_the_other_council(web: Heldback236Web, truth: dict) -> None:
    host = "www.hastings.gov.uk"
    html = _html(web, host, "/community/safer-hastings-and-rother")
    assert "Rother District Council runs 56 cameras" in html and '<main id="main">' not in html
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"] and not a["heldback"]["a_z"]
    text = _text(web, "www.worcestershire.gov.uk", "/community/south-worcestershire-community-safety-partnership")
    assert "service level agreement" in text and "Wychavon" in text


def test_one_fact_councils(truth: dict) -> None:
    for host, path in (
        ("eastdevon.gov.uk", "/community-safety/anti-social-behaviour-what-we-can-and-cant-do"),
        ("www.derbyshiredales.gov.uk", "/visiting-the-dales/matlock-bath-a-safe-and-enjoyable-visit"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback236Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.worcestershire.gov.uk", "www.wealden.gov.uk", "www.hastings.gov.uk"}, min_decoys=4
    )
    assert "Crowborough Town Council" in _main(web, "www.wealden.gov.uk", "/community/community-grants-awarded")
