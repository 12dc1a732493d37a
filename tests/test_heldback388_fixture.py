"""The three hundred and eighty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix of types; the labelling rules hold with the
intended tallies; and the structures the set is built from, council housing and tenancy services first, are really
served (a SPOC named only in a tenants' local offer, with estate and public space cameras run by two teams; a signed
Metropolitan Police agreement linked only from the housing estate-camera page; a stock-transfer page and an off-site A
to Z entry for a housing association's cameras; full certification under its own heading; a step 2 sentence beside a
mark on a control room page; a SPOC only in a privacy notice's facts table reached through a directory; a tenants'
camera consultation and a Housing Committee item as look-alikes; one retention clause in a tenancy agreement PDF; one
fact in a cell of the tenant satisfaction measures table; a self-assessment that is not certification; a signed police
agreement reached only from a footage sub-page; a signed Gwent Police protocol only as an appendix of a user group's
Word terms of reference, with a /cy twin; a redeployable-camera request page holding retention and the privacy check;
councils' monitoring and maintenance arrangements with no police agreement; schemes tabled by who pays (tenants' rents
or council tax); 'preparing for' certification; the camera statement as page 10 of a paged privacy notice reached by
Next links; a neighbourhood page's one fact with the policy only in Cabinet papers; a step 1 claim only in a footage
request guidance PDF and a draft police protocol only in scrutiny papers; robots.txt forbidding the search; and
councils publishing nothing of their own but carrying housing and other look-alikes).
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

from fixtures.heldback388.truth import TRUTH_PATH
from fixtures.heldback388.web import Heldback388Web


@pytest.fixture(scope="module")
def web() -> Heldback388Web:
    return Heldback388Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_real_councils(web: Heldback388Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 388)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_local_offer_and_isa_only_from_estate_page(web: Heldback388Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    offer = "/housing/council-homes/our-local-offer"
    cctv = "/safety-crime-and-emergencies/safety-in-kingston/cctv-images"
    assert "single point of contact" in _main(web, host, offer)
    for pg in (cctv, f"{cctv}/how-we-use-public-space-cctv", f"{cctv}/request-cctv-images"):
        assert "single point of contact" not in _main(web, host, pg), pg
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {offer}
    assert "Community Safety" in _main(web, host, offer) and "housing service" in _main(web, host, offer)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/housing/council-homes/estate-cameras"}
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert "award" in _main(web, host, f"{cctv}/how-we-use-public-space-cctv") and d["5.2"]["status"] == "not_met"


def test_stock_transfer_page_off_site_a_to_z_and_full_certification_heading(web: Heldback388Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    assert "Torus" in _main(web, host, "/housing/what-happened-to-council-housing")
    assert "http://www.torus.co.uk/estate-safety" in _links(web, host, "/a-z")
    art = "/article/3168/CCTV-and-security"
    assert "<h2>Five-year full certification</h2>" in _html(web, host, art) and "<img" not in _main(web, host, art)
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["status"], d["5.2"]["level"], d["5.2"]["awarded"]) == ("met", "step2", "2017-02-27")
    assert not d["5.2"]["mark_displayed"]
    code = "/downloads/file/1402/cctv-code-of-practice"
    assert _no_extension(code) and "filename=" in (
        _render(web, f"http://{host}{code}").header("Content-Disposition") or ""
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_mark_beside_step_2_spoc_in_privacy_facts_table_and_housing_look_alikes(
    web: Heldback388Web, truth: dict
) -> None:
    host = "www.runnymede.gov.uk"
    room = "/community-safety/safer-runnymede/our-control-room"
    assert 'alt="Surveillance Camera Code of Practice certified"' in _html(web, host, room)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018-03"
    pn = "/directory-record/118/safer-runnymede-privacy-notice"
    assert _linking(web, host, f"http://{host}{pn}") == {f"http://{host}/directory/12/privacy-notices"}
    assert '<th scope="row">Questions and complaints</th>' in _html(web, host, pn)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pn}
    assert "single point of contact" not in _main(web, host, room)
    item = "http://democracy.runnymede.gov.uk/mgAi.aspx?ID=9311"
    assert "doorbells" in _main(web, "democracy.runnymede.gov.uk", "/mgAi.aspx?ID=9311")
    assert "doorbell" in _main(web, host, "/housing/cctv-policy-consultation")
    assert item not in {e["url"] for k in d for e in d[k]["evidence"]}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_in_tenancy_agreement_and_tenant_satisfaction_table(web: Heldback388Web, truth: dict) -> None:
    gd = "www.guildford.gov.uk"
    d51 = _auth(truth, gd)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{gd}/media/4410/secure-tenancy-agreement-2024.pdf"]
    assert [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert "7.6 Where we record communal areas on camera" in _text(
        web, gd, "/media/4410/secure-tenancy-agreement-2024.pdf"
    )
    assert "police station" in _main(web, gd, "/foi/disclosure-log/town-centre-cctv")
    wc = "www.winchester.gov.uk"
    tsm = "/housing/council-housing/tenant-satisfaction-measures"
    html = _html(web, wc, tsm)
    assert '<th scope="col">What we are doing</th>' in html and "<td>Mobile CCTV cameras" in html
    d51 = _auth(truth, wc)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{wc}{tsm}"] and [k for k, v in d51["criteria"].items() if v] == ["other_systems"]


def test_self_assessment_is_not_certification_and_agreement_from_footage_page(web: Heldback388Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    cctv = "/community-safety-and-emergencies/cctv"
    assert "self-assessment tool" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/accessing-information-about-you"}
    assert "South Molton Town Council owns eight cameras" in _main(web, host, "/parishes/south-molton-cctv")
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {cctv}


def test_signed_protocol_only_as_appendix_of_word_terms_of_reference_with_welsh_twin(
    web: Heldback388Web, truth: dict
) -> None:
    host = "www.monmouthshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent" and doc["url"].endswith(".docx")
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/cctv-user-group"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "# Appendix B" not in text and "Appendix B: Information sharing protocol" in text
    assert "Signed on behalf of Gwent Police" in text
    twin = f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert twin in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(twin).path)
    assert "Monmouthshire Housing Association" in _main(web, host, "/housing/monmouthshire-housing-association")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["email"].startswith("cctv@") and spoc["phone"]


def test_request_page_holds_retention_and_councils_arrangements_are_not_police_agreements(
    web: Heldback388Web, truth: dict
) -> None:
    host = "www.fylde.gov.uk"
    cctv = "/council/community-safety/cctv"
    ask = f"{cctv}/ask-for-a-redeployable-camera"
    assert "31 days" in _main(web, host, ask) and "31 days" not in _main(web, host, cctv)
    assert "arrangement between the two councils" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and f"http://{host}{ask}" in d["5.1"]["pages"]
    assert "New Fylde Housing" in _main(web, host, "/housing/former-council-homes")


def test_schemes_by_who_pays_spoc_on_page_and_preparing_for_certification(web: Heldback388Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    cctv = "/residents/crime-and-safety/cctv"
    html = _html(web, host, cctv)
    assert '<th scope="col">Paid for by</th>' in html and "Housing Revenue Account (tenants' rents)" in html
    assert "preparing for independent third-party certification" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {cctv}
    assert "damaged cameras" in _text(web, host, "/media/3377/tenants-handbook.pdf")
    assert not any("handbook" in u or "housing-news" in u for u in d["5.1"]["pages"])


def test_statement_on_page_ten_of_a_paged_privacy_notice(web: Heldback388Web, truth: dict) -> None:
    host = "www.hyndburnbc.gov.uk"
    page10 = f"http://{host}/privacy-notice/10/"
    assert f"http://{host}/privacy-notice/9/" in _linking(web, host, page10)
    assert "Next page" in _main(web, host, "/privacy-notice/9/")
    d = _auth(truth, host)["deliverables"]
    assert page10 in d["5.1"]["pages"] and d["5.3"]["status"] == "not_met"
    assert "BS 7958" in _main(web, host, "/news/hub-standard") and d["5.2"]["status"] == "not_met"
    assert "Data Protection Officer" in _main(web, host, "/privacy-notice/11/")


def test_neighbourhood_fact_with_policy_only_in_cabinet_papers(web: Heldback388Web, truth: dict) -> None:
    host = "www.havant.gov.uk"
    dem = "democracy.havant.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}/leigh-park"]
    policy = f"http://{dem}/documents/s31142/CCTV-policy.pdf"
    assert _linking(web, host, policy) == {f"http://{dem}/mgAi.aspx?ID=8871"}
    assert "Portsmouth City Council" in _main(web, host, "/housing/who-is-my-landlord")


def test_step_1_only_in_guidance_pdf_and_draft_protocol_only_in_scrutiny_papers(
    web: Heldback388Web, truth: dict
) -> None:
    host = "www.highpeak.gov.uk"
    notes = "/downloads/file/2290/cctv-footage-request-guidance-notes"
    assert "step 1" not in _main(web, host, "/community-safety/cctv")
    assert "completed step 1 (desktop) certification" in _text(web, host, notes) and _no_extension(notes)
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["level"], d["5.2"]["awarded"], d["5.2"]["mark_displayed"]) == ("step1", "2020", False)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == "democracy.highpeak.gov.uk"
    assert _linking(web, host, doc["url"]) == {"http://democracy.highpeak.gov.uk/mgAi.aspx?ID=12214"}
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback388Web, truth: dict) -> None:
    nothing = {"www.cornwall.gov.uk", "www.hertfordshire.gov.uk", "www.waverley.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    assert "not a housing authority" in _main(web, "www.hertfordshire.gov.uk", "/services/housing")
    herts = _auth(truth, "www.hertfordshire.gov.uk")["heldback"]
    assert herts["robots_forbid_search"] and not herts["a_z"]
    assert "Cornwall Housing" in _main(web, "www.cornwall.gov.uk", "/housing/council-homes/contact-cornwall-housing")
    assert "town councils" in _main(
        web, "www.cornwall.gov.uk", "/community-and-living/cornwall-fire-and-rescue-service/critical-control-centre"
    )
    waverley = web.sites["www.waverley.gov.uk"]
    assert waverley.search is None and '<main id="main">' not in _html(web, "www.waverley.gov.uk", "/")
    assert "camera" in _text(web, "www.waverley.gov.uk", "/media/1187/Tenants-handbook-2023.pdf")
