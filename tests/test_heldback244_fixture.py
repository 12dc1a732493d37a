"""The two hundred and forty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a SPOC only in a page-owner line under the article; a
SPOC by role title reached by telephone and a Relay UK text relay number, no email; a SPOC only in a Word DPIA beside
a project's senior responsible owner; a SPOC among designated officers beside the DPO and the RIPA SRO; a SPOC named
without any route only in an annual review PDF; a SPOC of another council, only in news; a control room telephone,
a contact-centre telephone, a shared hub mailbox, a cctv@ mailbox and a team phone and mailbox as the only contacts;
a lapsed step 2 stated with its term; a step 1 claim only inside a council-to-council SLA template; a step 1 claim
only in the Welsh edition of a leaflet; a step 1 claim with a cancelled step 2 in a details FAQ; step 1 'in
progress'; a step 2 certificate held by a monitoring council (alt text) and by a BID company; BS 7958 and SIA
licences; a signed ISA as a Word file without extension in a downloads table; a signed police agreement reached
from a decision record on a democracy host; a signed certificate of agreement as an HTML signatories table; a signed
release protocol; a draft Word ISA with blank signatures; a police commissioner's grant agreement; councils'
agreements; a one-fact council and a one-criterion council; and councils that publish nothing but carry
look-alikes.
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

from fixtures.heldback244.truth import TRUTH_PATH
from fixtures.heldback244.web import Heldback244Web


@pytest.fixture(scope="module")
def web() -> Heldback244Web:
    return Heldback244Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_councils(web: Heldback244Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 244)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 7, "not_met": 4}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_spoc_only_in_page_owner_line_and_bs7958_not_certification(web: Heldback244Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    pg = "/info/20106/community_safety/1520/cctv_and_the_community_safety_hub"
    html = _html(web, host, pg)
    meta = html.split('<div class="page-meta">', 1)[1].split("</div>", 1)[0]
    assert "single point of contact for surveillance camera systems" in meta and "mailto:" in meta
    assert html.count("single point of contact") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pg}
    assert "BS 7958" in _main(web, host, pg) and d["5.2"]["status"] == "not_met"
    faq = _main(web, host, "/info/20106/community_safety/1522/cctv_questions_answered")
    assert "information sharing agreement between the council and the Met" in faq
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_lapsed_step_2_with_term_phone_only_and_word_isa_without_extension(web: Heldback244Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    std = _main(web, host, "/article/3171/Standards-and-certification")
    assert "26 February 2022" in std and "not renewed" in std
    assert "<img" not in _html(web, host, "/article/3171/Standards-and-certification").split("<main", 1)[1]
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-02-27" and not d["5.2"]["mark_displayed"]
    main = "/article/3168/CCTV-and-security"
    assert "mailto:" not in _html(web, host, main).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{main}"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Merseyside Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert 'class="downloads"' in _html(web, host, main)
    assert a["heldback"]["robots_forbid_search"]


def test_step_1_only_in_councils_sla_template_and_agreement_from_decision_record(
    web: Heldback244Web, truth: dict
) -> None:
    host, dem = "www.somerset.gov.uk", "democracy.somerset.gov.uk"
    tpc = "/crime-and-safety/cctv/town-and-parish-councils"
    sla = "/sites/default/files/2024-05/cctv-service-level-agreement-template.docx"
    assert _linking(web, host, f"http://{host}{sla}") == {f"http://{host}{tpc}"}
    assert "step 1 (desktop) certification" in _text(web, host, sla)
    for pg in ("/crime-and-safety/cctv", tpc):
        assert "step 1" not in _main(web, host, pg) and "certif" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2023-11" and _paths(d["5.2"]["evidence"]) == {sla}
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieDecisionDetails.aspx?ID=3105"}
    assert f"http://{dem}/ieDecisionDetails.aspx?ID=3105" in _links(web, host, "/crime-and-safety/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.hub@")
    assert "shared mailbox" in _main(web, host, "/crime-and-safety/cctv")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_step_1_only_in_welsh_leaflet_and_control_room_phone(web: Heldback244Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    cy_leaflet = "/media/4412/taflen-teledu-cylch-cyfyng-2021.pdf"
    assert "ardystiad cam 1" in _text(web, host, cy_leaflet)
    en = _text(web, host, "/media/4411/cctv-leaflet-2019.pdf").lower()
    assert "certif" not in en and "step" not in en
    assert "certif" not in _main(web, host, "/resident/community-safety/cctv").lower()
    assert 'lang="cy"' in _html(web, host, "/cy/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and _paths(d["5.2"]["evidence"]) == {cy_leaflet}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_dpo_beside_cctv_mailbox_councils_agreement_and_bs7958(web: Heldback244Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    notice = _main(web, host, "/privacy/cctv")
    assert "Data Protection Officer" in notice and "agreement between the two councils" in notice
    assert "BS 7958" in _main(web, host, "/environment/person-of-interest")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["spoc"]["email"].startswith("cctv@") and d["5.3"]["status"] == "partial"
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_trailing_slash_pages_and_draft_word_isa(web: Heldback244Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    main = "/for-you/crime-safety-emergencies/cctv-surveillance-systems/"
    assert _render(web, f"http://{host}{main}").status == 200
    assert "shared services agreement" in _main(web, host, main)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Nottinghamshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text
    assert d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_monitoring_councils_certificate_and_spoc_only_in_news(web: Heldback244Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")
    news = _html(web, host, "/news/cameras-to-be-watched-from-southend")
    assert 'alt="Southend City Council CCTV monitoring centre - Surveillance Camera Code of Practice' in news
    assert "single point of contact" in news
    up = _html(web, host, "/community-safety/cctv-upgrade")
    assert "single point of contact" not in up and "grant funding agreement" in up
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["complaints"]
    assert d["5.3"]["status"] == "partial"


def test_spoc_by_role_with_phone_and_text_relay_and_bids_certificate(web: Heldback244Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    main = _html(web, host, "/w/public-space-cctv")
    assert "18001 01788 533 533" in main and "Relay UK" in main and "mailto:" not in main
    assert "step 2 certificate" in main and "Rugby First" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_signed_agreement_as_html_signatories_table_and_designated_officers(web: Heldback244Web, truth: dict) -> None:
    host = "www.rossendale.gov.uk"
    cert = "/crime-and-safety/cctv/certificate-of-agreement"
    html = _html(web, host, cert)
    assert '<th scope="col">Organisation</th><th scope="col">Signed by</th>' in html
    assert "<td>Lancashire Constabulary</td>" in html
    assert "html" in (_render(web, f"http://{host}{cert}").header("Content-Type") or "")
    roles = _main(web, host, "/council-and-democracy/designated-officers")
    assert "Data Protection Officer" in roles and "RIPA" in roles and "single point of contact" in roles
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path == cert and doc["force"] == "Lancashire"
    assert _paths(d["5.3"]["evidence"]) == {"/council-and-democracy/designated-officers"}
    assert "Blackburn with Darwen" in _main(web, host, "/crime-and-safety/cctv") and d["5.2"]["status"] == "not_met"


def test_details_faq_step_1_and_spoc_without_route_in_pdf(web: Heldback244Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    faq = html.split("<summary>Is the system certified?</summary>", 1)[1].split("</details>", 1)[0]
    assert "step 1 (desktop) certification" in faq and "cancelled" in faq
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    review = _text(web, host, "/downloads/cctv-annual-review-2024-25.pdf")
    assert "single point of contact" in review and "@" not in review
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "met" and a["heldback"]["robots_forbid_search"] and a["heldback"]["sitemap"]


def test_spoc_only_in_word_dpia_beside_project_owner_and_step_1_in_progress(web: Heldback244Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    dpia = "/media/documents/crimeandsafety/CCTV-DPIA-2024.docx"
    text = _text(web, host, dpia)
    assert "Senior responsible owner for the camera replacement project" in text
    assert "Single point of contact for surveillance camera systems" in text
    main = _html(web, host, "/resident/crimeandsafety/cctv.php")  # legacy: no <main>
    assert "still in progress" in main and "single point of contact" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and _paths(d["5.3"]["evidence"]) == {dpia}
    assert web.sites[host].search is None


def test_one_fact_council_on_a_shared_site(web: Heldback244Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/leisure-and-culture/eastbourne-bandstand/visiting"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback244Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.arun.gov.uk", "www.eastcambs.gov.uk"})
    assert "approved camera devices" in _main(
        web, "www.kent.gov.uk", "/roads-and-travel/traffic-enforcement/moving-traffic-offences"
    )
    assert "Sussex Police" in _main(web, "democracy.arun.gov.uk", "/mgAi.aspx?ID=8514")
