"""The hundred-and-eightieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served. The emphasis is the single point of contact as
councils really give it: a SPOC designated only in a code PDF whose mailbox is only in the Contact us directory; a SPOC
at the partner council that watches the cameras (a named manager, the partner's mailbox); a SPOC as one row of an
information governance roles table beside the SIRO, the DPO and the RIPA SRO; a named SPOC with a phone only in a
code's key personnel appendix; a SPOC designated with no route of its own beside the DPO's mailbox; a transport body's
control-room phone, a council-owned company's mailbox, a general enquiries mailbox, a control centre phone and a team
mailbox as mere contacts; RIPA SROs, DPOs and licensing mailboxes as look-alikes. Also: a step 2 claim and mark in a
folded ``<details>``, a step 1 call-out, a step 2 claim only on a page selling monitoring; a protocol signed by
e-signature certificate, a consultation draft and the signed agreement listed together, a signed protocol behind the
vague link "Working together"; a BS 7958 near-miss; one-fact councils; and three councils that publish nothing.
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

from fixtures.heldback180.truth import TRUTH_PATH
from fixtures.heldback180.web import Heldback180Web


@pytest.fixture(scope="module")
def web() -> Heldback180Web:
    return Heldback180Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(urls: list[str] | set[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_real_councils_of_the_brief_mix(web: Heldback180Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 180)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_spoc_designated_in_code_pdf_with_mailbox_only_on_contact_page(web: Heldback180Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    hub = "/info/20007/community_safety/1520/cctv_and_the_community_safety_hub"
    code = "/media/documents/hounslow-cctv-code-of-practice-2024.pdf"
    main = _main(web, host, hub)
    assert "single point of contact" not in main and "cctvhub@" not in main
    assert f"http://{host}{code}" in _links(web, host, hub) and f"http://{host}/contact-us" in _links(web, host, hub)
    text = _text(web, host, code)
    assert "single point of contact for surveillance camera systems" in text and "cctvhub@" not in text
    assert "Senior Responsible Officer under the Regulation of Investigatory Powers Act" in text
    contact = _html(web, host, "/contact-us")
    assert "<td>CCTV and community safety</td>" in contact and "cctvhub@hounslow.example.gov.uk" in contact
    assert "dpo@hounslow.example.gov.uk" in contact and "licensing@hounslow.example.gov.uk" in contact
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {code, "/contact-us"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_partner_transport_body_phone_and_look_alike_contacts(web: Heldback180Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    pg = "/community-safety/cctv-public-space-cameras"
    assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "Transport for West Midlands CCTV control room on 0121 214 7650" in _main(web, host, pg)
    assert "Senior Responsible Officer for RIPA" in _main(web, host, "/council-and-democracy/ripa")
    assert "taxilicensing@" in _main(web, host, "/licensing/taxi-cameras")
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_2_in_details_generic_mailbox_and_e_signed_protocol(web: Heldback180Web, truth: dict) -> None:
    host = "www.portsmouth.gov.uk"
    pg = "/services/community-safety/cctv-in-portsmouth/"
    html = _html(web, host, pg)
    folded = html.split("<details><summary>Standards and certification</summary>", 1)[1].split("</details>", 1)[0]
    assert (
        "step 2 full certification" in folded
        and 'alt="Surveillance Camera Code of Practice certification mark"' in folded
    )
    assert html.count("step 2") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["spoc"]["email"].startswith("info@")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Electronically signed") == 2 and "Completion certificate" in text and "...." not in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}


def test_consultation_draft_and_signed_agreement_listed_together_welsh_twin(web: Heldback180Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    docs = "/en/Transport-Streets/CCTV/Partnership-documents.aspx"
    links = _links(web, host, docs)
    draft = f"http://{host}/documents/CCTV/Gwent-CCTV-ISA-consultation-draft-2022.docx"
    signed = f"http://{host}/documents/CCTV/Gwent-CCTV-ISA-signed-2023.pdf"
    assert draft in links and signed in links
    assert (_render(web, draft).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "DRAFT" in _text(web, host, urlsplit(draft).path) and "20__" in _text(web, host, urlsplit(draft).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and {x["draft"] for x in d["5.5"]["documents"]} == {True, False}
    assert {e["url"] for e in d["5.5"]["evidence"]} == {signed}
    pg = "/en/Transport-Streets/CCTV.aspx"
    assert '<aside class="callout">' in _html(web, host, pg)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    cy = f"http://{host}/cy/Trafnidiaeth-Strydoedd/Teledu-cylch-cyfyng.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_without_a_route_of_its_own_beside_the_dpo_mailbox(web: Heldback180Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "designated single point of contact for surveillance camera matters" in main
    assert (
        "dpo@elmbridge.example.gov.uk" in main and main.count("@") == 1 and "01" not in main.split("Responsibility")[1]
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_one_row_of_information_governance_roles_table(web: Heldback180Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    roles = "/access-information/information-governance-roles"
    html = _html(web, host, roles)
    assert "<td>Single point of contact for surveillance camera systems</td>" in html
    for other in ("Senior Information Risk Owner", "Data Protection Officer", "Regulation of Investigatory Powers Act"):
        assert other in html
    assert "single point of contact" not in _main(web, host, "/access-information/cctv-cameras-footage").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {roles}
    assert "anti-social behaviour case management" in _main(web, host, roles) and d["5.5"]["status"] == "not_met"


def test_spoc_at_the_partner_council_named_manager(web: Heldback180Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    main = _main(web, host, "/community/community-safety/cctv-in-sudbury-and-hadleigh/")
    assert "West Suffolk Council's CCTV Control Room Manager, Mrs J. Ellery" in main
    assert "cctv@westsuffolk.example.gov.uk" in main and "babergh.example" not in main
    assert "agreement between the two councils" in main and "Police" not in main.split("Who watches the cameras")[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["name"] == "Mrs J. Ellery"
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_company_mailbox_and_bs_7958_near_miss(web: Heldback180Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    main = _main(web, host, "/community/community-safety/cctv")
    assert "BS 7958" in main and "certification" not in main.lower()
    assert "cctv@eastsuffolkservices.example.co.uk" in _main(
        web, host, "/community/community-safety/cctv/requesting-footage"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_step_2_only_on_monitoring_sales_page_and_spoc_in_code_appendix(web: Heldback180Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    pg = "/info/20043/community_safety/378/cctv"
    biz = "/info/20150/business/612/cctv_monitoring_for_businesses"
    code = "/download/downloads/id/4410/cctv_code_of_practice.pdf"
    assert "step 2" not in _main(web, host, pg) and "step 2" in _main(web, host, biz)
    assert f"http://{host}{biz}" in _links(web, host, pg)
    assert "single point of contact" not in _main(web, host, pg).lower()
    text = _text(web, host, code)
    assert "Appendix A Key personnel" in text and "Mr D. Farrow" in text and "Senior Responsible Officer (RIPA)" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {code}
    assert d["5.5"]["status"] == "partial"


def test_signed_protocol_behind_vague_link_and_team_mailbox(web: Heldback180Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    proto = f"http://{host}/sites/default/files/2023-10/working-together.pdf"
    html = _html(web, host, "/node/496")
    assert 'href="/sites/default/files/2023-10/working-together.pdf">Working together</a>' in html
    assert "protocol" not in _main(web, host, "/node/496").lower()
    text = _text(web, host, urlsplit(proto).path)
    assert (
        "Signed on behalf of Broxbourne Borough Council" in text
        and "Signed on behalf of Hertfordshire Constabulary" in text
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == proto and doc["signed"] and d["5.5"]["status"] == "met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("community.safety@")


def test_one_fact_councils(web: Heldback180Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.southderbyshire.gov.uk", "cameras", "/business/swadlincote-town-centre-traders-guide"),
        ("www.bolsover.gov.uk", "retention", "/your-council/contact-us/visiting-the-arc"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    sd = web.sites["www.southderbyshire.gov.uk"]
    assert sd.search is None and '<main id="main">' not in _html(web, sd.host, "/")
    assert "democracy.southderbyshire.gov.uk" in sd.hosts()
    assert "Data Protection Act 1998" in _main(web, "www.bolsover.gov.uk", "/your-council/data-protection")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback180Web, truth: dict) -> None:
    hosts = {"new.devon.gov.uk", "www.scambs.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    foi = "/accesstoinformation/archives/information_request/cctv-and-community-safety-contacts"
    assert "Data Protection Officer" in _main(web, "new.devon.gov.uk", foi)
    assert "Senior Responsible Officer" in _main(web, "www.southnorfolkandbroadland.gov.uk", "/your-council/ripa")
    assert "CCTV drain survey" in _main(
        web, "www.southnorfolkandbroadland.gov.uk", "/business/tenders/drainage-survey-2025"
    )
