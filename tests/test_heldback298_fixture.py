"""The two hundred and ninety-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a bilingual site whose English and Welsh twins sit at
their own-language slugs on one host, joined by ``hreflang`` toggles, with a documents table in two language
columns, a Welsh-only impact assessment linked from the English page and a signed English-only police protocol
linked only from the Welsh twin; a code of practice in an ``<object>`` viewer and a step 2 claim only in the small
print under a table; a directory-record privacy notice and a SPOC only in a board's terms-of-reference table; a
certificate of compliance with no step or award date beside the mark; a SPOC in a definition list; signatures only in
an agreement's document-control table at the front; a signed protocol pasted as preformatted text on a legacy site
with a step 1 bullet beside ISO 9001; a draft partnership agreement; a councils' shared service agreement at police
headquarters; a combined authority's control room and FAQ jump links; one-fact councils; and councils that publish
nothing but carry look-alikes).
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
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback298.truth import TRUTH_PATH
from fixtures.heldback298.web import Heldback298Web

PEM = "www.pembrokeshire.gov.uk"
PEM_EN = "/privacy-promise/cctv-at-council-buildings-and-car-parks"
PEM_CY = "/addewid-preifatrwydd/teledu-cylch-cyfyng-yn-adeiladau-a-meysydd-parcio-r-cyngor"
PEM_DOCS = "/documents/property"


@pytest.fixture(scope="module")
def web() -> Heldback298Web:
    return Heldback298Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback298Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 298)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_welsh_twins_at_welsh_slugs_joined_by_hreflang_toggles(web: Heldback298Web, truth: dict) -> None:
    en, cy = _html(web, PEM, PEM_EN), _html(web, PEM, PEM_CY)
    assert f'<a href="{PEM_CY}" hreflang="cy" lang="cy">Cymraeg</a>' in en
    assert f'<a href="{PEM_EN}" hreflang="en" lang="en">English</a>' in cy
    assert '<html lang="cy">' in cy and '<html lang="en">' in en
    assert not PEM_CY.startswith("/cy") and "teledu-cylch-cyfyng" in PEM_CY
    assert '<a href="/hafan" hreflang="cy" lang="cy">Cymraeg</a>' in _html(web, PEM, "/")
    d51 = _auth(truth, PEM)["deliverables"]["5.1"]
    assert {f"http://{PEM}{PEM_EN}", f"http://{PEM}{PEM_CY}"} <= set(d51["pages"])
    assert d51["status"] == "met"


def test_documents_in_two_language_columns_with_gaps_both_ways(web: Heldback298Web, truth: dict) -> None:
    en, cy = _html(web, PEM, PEM_EN), _html(web, PEM, PEM_CY)
    assert '<th scope="col">English</th><th scope="col">Welsh</th>' in en
    assert '<th scope="col">Saesneg</th><th scope="col">Cymraeg</th>' in cy
    pol_en = f"http://{PEM}{PEM_DOCS}/surveillance-camera-policy-2024.pdf"
    pol_cy = f"http://{PEM}{PEM_DOCS}/polisi-camerau-gwyliadwriaeth-2024.pdf"
    dpia = f"http://{PEM}{PEM_DOCS}/asesiad-effaith-diogelu-data-maes-parcio-glan-yr-afon.pdf"
    proto = f"http://{PEM}{PEM_DOCS}/riverside-car-park-camera-sharing-protocol-dyfed-powys-police.pdf"
    en_links, cy_links = set(_links(web, PEM, PEM_EN)), set(_links(web, PEM, PEM_CY))
    assert {pol_en, pol_cy, dpia} <= en_links and {pol_en, pol_cy, dpia, proto} <= cy_links
    # the impact assessment exists only in Welsh, though the English page lists it
    assert "Not available" in _main(web, PEM, PEM_EN)
    assert "Diben" in _text(web, PEM, urlsplit(dpia).path) and "Purpose" not in _text(web, PEM, urlsplit(dpia).path)
    # the reverse: the signed protocol is English-only and only the Welsh twin links it
    assert proto not in en_links and _linking(web, PEM, proto) == {f"http://{PEM}{PEM_CY}"}
    assert "(Saesneg yn unig)" in _main(web, PEM, PEM_CY)
    text = _text(web, PEM, urlsplit(proto).path)
    assert "Signed for and on behalf of Pembrokeshire County Council" in text
    assert "Signed for and on behalf of Dyfed-Powys Police" in text
    d = _auth(truth, PEM)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == proto and doc["force"] == "Dyfed-Powys"
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["status"] == "partial"
    assert "belong to Dyfed-Powys Police" in _main(web, PEM, PEM_EN)


def test_code_in_object_viewer_and_step_2_only_in_small_print(web: Heldback298Web, truth: dict) -> None:
    host, pg = "www.islington.gov.uk", "/policing-safety/crime/cctv"
    html = _html(web, host, pg)
    assert '<object data="/-/media/' in html and 'type="application/pdf"' in html
    inner = html.split("<object", 1)[1].split("</object>", 1)[0]
    code = "/-/media/sharepoint-lists/public-records/communitysafety/cctv/surveillance-camera-code-of-practice-2024.pdf"
    assert f'href="{code}"' in inner and f"http://{host}{code}" in _links(web, host, pg)
    assert html.count("step 2") == 1 and "<small>Our certification years run from 3 October" in html
    assert html.index("</table>") < html.index("step 2")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-10" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "penalty charge notice" in _main(web, host, "/parking/camera-enforcement")


def test_directory_record_notice_and_spoc_in_terms_of_reference(web: Heldback298Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    tor = "/info/200055/community_safety/8105/cctv_board_terms_of_reference"
    html = _html(web, host, tor)
    assert '<th scope="col">Role</th><th scope="col">Held by</th><th scope="col">Contact</th>' in html
    assert "single point of contact" not in _main(
        web, host, "/info/200055/community_safety/8104/public_open_space_cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {tor}
    assert f"http://{host}/directory_record/431773/cctv" in d["5.1"]["pages"]
    assert not any("democracy" in u for u in d["5.1"]["pages"]) and d["5.5"]["status"] == "not_met"
    assert "democracy.manchester.gov.uk" in web.sites[host].hosts()
    assert "data protection impact assessment" in _main(web, "democracy.manchester.gov.uk", "/mgAi.aspx?ID=11143")


def test_stepless_certificate_beside_the_mark(web: Heldback298Web, truth: dict) -> None:
    host, pg = "www.cheshireeast.gov.uk", "/environment/community_safety/cctv.aspx"
    html = _html(web, host, pg)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html
    main = _main(web, host, pg)
    assert "certificate of compliance" in main and "step" not in main.lower() and "British Standard 7958" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] is None
    assert d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_spoc_in_definition_list_under_data_protection(web: Heldback298Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    pg = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    assert "<dl><dt>Single point of contact for surveillance cameras</dt><dd>" in _html(web, host, pg)
    a = _auth(truth, host)
    spoc = a["deliverables"]["5.3"]["spoc"]
    assert a["deliverables"]["5.3"]["status"] == "met" and spoc["email"] and spoc["phone"]
    assert a["heldback"]["robots_forbid_search"]
    assert "road safety partnership" in _main(web, host, "/roads-and-travel/road-safety/safety-cameras")


def test_signatures_only_in_document_control_table(web: Heldback298Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Signed for Suffolk Constabulary") < text.index("Document control") + 200
    assert text.index("Signed for Suffolk Constabulary") < text.index("1. Purpose")
    assert text.count("Signed for") == 2 and doc["signed"] and doc["force"] == "Suffolk"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/communities-and-health/closed-circuit-television-cctv/cctv-policies-and-documents"
    }
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["statistics"]


def test_legacy_pre_protocol_and_step_1_bullet(web: Heldback298Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    pg = "/living-here/safer-communities/cctv-service"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html and "<li>ISO 9001 quality management</li>" in html
    assert "<li>Surveillance Camera Code of Practice: step one (desktop) certification" in html
    prot = _html(web, host, f"{pg}/release-protocol")
    assert "<pre>PROTOCOL FOR THE RELEASE OF CCTV RECORDINGS" in prot
    assert "Signed for Derbyshire Constabulary" in prot.split("<pre>", 1)[1].split("</pre>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-05"
    assert d["5.5"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_draft_partnership_agreement(web: Heldback298Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT FOR CONSULTATION" in text and "20__" in text
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "<h2>Related files</h2>" in _html(web, host, "/community/cctv")


def test_councils_shared_service_is_not_a_police_agreement(web: Heldback298Web, truth: dict) -> None:
    host, pg = "www.ashfield.gov.uk", "/community-safety/cctv"
    main = _html(web, host, pg).split('<main id="main">', 1)[1]
    assert main.index('<nav class="services-menu"') < main.index("<h2>Public CCTV</h2>")
    assert "partnership shared service agreement between the three councils" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["statistics"]
    assert "1,912 incidents" in _text(web, "democracy.ashfield.gov.uk", "/documents/s17714/CCTV%20statistics.pdf")


def test_combined_authority_room_and_faq_jump_links(web: Heldback298Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    faq = _html(web, host, "/cctv-faqs")
    assert '<a href="#purpose">' in faq and '<h3 id="purpose">' in faq
    assert "BS 7958" in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.basildon.gov.uk", "other_systems", "/article/2101/Report-fly-tipping"),
        ("www.lewes-eastbourne.gov.uk", "cameras", "/business/commercial-property/avis-way-newhaven"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback298Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.sholland.gov.uk", "www.midsussex.gov.uk", "www.uttlesford.gov.uk"})
    assert "belong to and are monitored by Sussex Police" in _main(
        web, "www.midsussex.gov.uk", "/community/community-safety"
    )
