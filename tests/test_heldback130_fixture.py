"""The hundred-and-thirtieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before this one; the
labelling rules hold with the intended tallies; and the structures the set is built from are really there (a Jadu A
to Z of service records in front of a CCTV page with police 'partnership' near-misses; one GOSS address serving two
documents told apart only by the query string, with a protocol signed by the council, its contractor and the police;
a CCTV page filed under Legal advice at trailing-slash addresses, with robots.txt forbidding the search; a county page
that describes a policy it never publishes over an empty documents list; two CCTV privacy notices and a camera list
behind a map on a bilingual Welsh site; a handover page written in the future tense; a 2015/16 privacy impact
assessment and a draft countywide protocol; an agreement signed only through an e-signature certificate of
completion; a Drupal attachments table with a certificate of compliance PDF and a code whose appendix is a signed
agreement; one-fact councils on a crematorium, a 'we run no town-centre CCTV' and an underpass project page; and
councils that publish nothing but carry look-alikes such as a webcast chamber, a seafront webcam and Cabinet papers).
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

from fixtures.heldback130.truth import TRUTH_PATH
from fixtures.heldback130.web import Heldback130Web


@pytest.fixture(scope="module")
def web() -> Heldback130Web:
    return Heldback130Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _crit(truth: dict, host: str) -> dict[str, bool]:
    return _auth(truth, host)["deliverables"]["5.1"]["criteria"]


def test_real_councils_of_the_brief_none_from_the_fifteen_sets_before(web: Heldback130Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 130)


def test_truth_shape_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_jadu_a_to_z_service_record_step_2_sentence_and_police_near_misses(web: Heldback130Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    cctv = "/info/201149/crime_prevention/719/cctv_public_safety"
    record = f"http://{host}/a_to_z/service/54/cctv_public_safety"
    assert record in _links(web, host, "/a_to_z/C")
    assert f"http://{host}{cctv}" in _links(web, host, urlsplit(record).path)
    assert _linking(web, host, record) == {f"http://{host}/a_to_z/C"}
    main = _main(web, host, cctv)
    assert "in partnership with the Metropolitan Police" in main and "their own process" in main
    assert "agreement" not in main.lower() and "protocol" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, cctv)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    job = "/info/201231/jobs_and_careers/3455/control_room_operator_public_safety_cctv"
    assert "Security Industry Authority" in _main(web, host, job)
    assert all(job not in u for u in d["5.1"]["pages"])


def test_one_address_two_documents_and_three_party_protocol(web: Heldback130Web, truth: dict) -> None:
    host = "www.bolton.gov.uk"
    page = "/community-safety-anti-social-behaviour/cctv"
    doc = f"{page}?categoryId=20041&documentId=186"
    assert "<h1>CCTV</h1>" in _html(web, host, page) and "<h1>CCTV footage requests</h1>" in _html(web, host, doc)
    assert f"http://{host}{doc}" in _links(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{doc}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["operator"]
    assert "operated by NCP" in _main(web, host, doc) and "operated by NCP" not in _main(web, host, page)
    (agreement,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and agreement["signed"] and agreement["force"] == "Greater Manchester"
    text = _text(web, host, urlsplit(agreement["url"]).path)
    for signatory in ("Bolton Council", "NCP Limited", "Greater Manchester Police"):
        assert f"Signed on behalf of {signatory}" in text
    assert _linking(web, host, agreement["url"]) == {f"http://{host}{doc}"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_cctv_under_legal_advice_at_trailing_slash_addresses(web: Heldback130Web, truth: dict) -> None:
    host = "www.derby.gov.uk"
    cctv = "/advice-and-benefits/legal-advice/cctv-releasing-evidence/"
    assert _render(web, f"http://{host}{cctv.rstrip('/')}").status == 404
    assert f"http://{host}{cctv}" in _links(web, host, "/advice-and-benefits/legal-advice/")
    main = _main(web, host, cctv)
    assert "Data Protection Act 1998" in main and "only at the busiest times" in main
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "webcam" in _main(web, host, "/parks-and-nature/derby-peregrine-falcons/")
    assert "Secured by Design" in _main(web, host, "/transport-and-streets/city-centre-car-parks/")
    assert d["5.2"]["status"] == "not_met"
    assert not any("peregrine" in u or "car-parks" in u for u in d["5.1"]["pages"])


def test_policy_described_but_never_published(web: Heldback130Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    cctv = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    main = _main(web, host, cctv)
    assert "we have a CCTV policy" in main and "There are no documents to show yet." in main
    assert not [u for u in _links(web, host, cctv) if u.endswith((".pdf", ".docx"))]
    crit = _crit(truth, host)
    assert not crit["policy"] and crit["code_compliance"] and crit["dpia"] and crit["other_systems"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    assert "district and borough councils" in _main(web, host, "/community-and-living/community-safety")


def test_two_privacy_notices_camera_list_behind_a_map_and_welsh_twins(web: Heldback130Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    base = "/EN/Council/DataProtectionandFreedomofInformation/DataProtection/ServicePrivacyNotices"
    assert "does not cover public spaces such as town centres" in _main(web, host, f"{base}/CouncilWideCCTV.aspx")
    assert f"http://{host}{base}/CCTVPublicOpenSpaces.aspx" in d["5.1"]["pages"]
    mp = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVCameraMap.aspx"
    assert 'id="cctv-map"' in _html(web, host, mp) and "<td>Pontypridd</td>" in _html(web, host, mp)
    cy = "/CY/Preswylwyr/ArgyfyngauDiogelwchaThrosedd/PartneriaethDiogelwchCymunedol/TCC/CwestiynauCyffredin.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_future_tense_handover_page(web: Heldback130Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    main = _main(web, host, "/w/public-space-cctv")
    assert "impact assessment will be carried out" in main and "We intend to publish an annual report" in main
    crit = _crit(truth, host)
    assert not crit["dpia"] and not crit["annual_review"] and crit["signage"] and crit["code_compliance"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "service agreement" in _main(web, host, "/w/rugby-first-business-improvement-district")
    assert all("rugby-first" not in e["url"] for e in d["5.5"]["evidence"])


def test_old_privacy_impact_assessment_and_draft_countywide_protocol(web: Heldback130Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pia = "/media/cctv/elmbridge-cctv-privacy-impact-assessment-2015-16.pdf"
    assert "Review date: 31 March 2016" in " ".join(_text(web, host, pia).split())
    assert f"http://{host}{pia}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["dpia"]
    (draft,) = d["5.5"]["documents"]
    assert draft["draft"] and not draft["signed"] and d["5.5"]["status"] == "partial"
    assert "DRAFT" in _text(web, host, urlsplit(draft["url"]).path)
    assert "24 hours a day" not in _main(web, host, "/community-safety/cctv")
    assert "24 hours a day" in _main(web, host, "/community-safety/walton-safer-streets")
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def test_agreement_signed_only_through_an_e_signature_certificate(web: Heldback130Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (isa,) = d["5.5"]["documents"]
    assert isa["signed"] and isa["force"] == "Hertfordshire" and isa["date"] == "2024-03-08"
    text = " ".join(_text(web, host, urlsplit(isa["url"]).path).split())
    assert "Certificate of completion" in text and "Signed electronically" in text
    assert "on behalf of" not in text.lower()
    policy = f"http://{host}/access-information/cctv-policy-and-statutory-information"
    assert _linking(web, host, isa["url"]) == {policy}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_attachments_table_certificate_pdf_and_signed_appendix(web: Heldback130Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    html = _html(web, host, "/cctv")
    assert "<th>Attachment</th><th>Type</th><th>Size</th>" in html
    d = _auth(truth, host)["deliverables"]
    cert = "/sites/default/files/2019-07/Certificate_of_compliance_2019.pdf"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06-17"
    assert not d["5.2"]["mark_displayed"] and [e["url"] for e in d["5.2"]["evidence"]] == [f"http://{host}{cert}"]
    assert "Valid until: 16 June 2024" in _text(web, host, cert)
    assert "step 2" not in _main(web, host, "/cctv").lower()
    (isa,) = d["5.5"]["documents"]
    assert isa["signed"] and isa["force"] == "Essex" and isa["url"].endswith("CCTV_Code_of_Practice_2024.pdf")
    assert "Appendix C" in _text(web, host, urlsplit(isa["url"]).path)
    assert not any("foi.php" in u for u in d["5.1"]["pages"])
    assert _render(web, f"http://{host}/foi.php?foiId=14218").status == 200


def test_one_fact_councils(web: Heldback130Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.rossendale.gov.uk", "signage", "/bereavement-services/rossendale-crematorium"),
        ("www.waverley.gov.uk", "cameras", "/info/200005/community_safety/1433/cctv_in_waverley"),
        ("www.southribble.gov.uk", "operator", "/community/moss-lane-underpass-improvements"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert web.sites["www.rossendale.gov.uk"].search is None
    assert not web.sites["www.southribble.gov.uk"].az
    assert "does not run public space CCTV" in _main(
        web, "www.waverley.gov.uk", "/info/200005/community_safety/1433/cctv_in_waverley"
    )
    notice = "/info/200364/freedom_of_information_and_data_protection/2150/privacy_notice_for_parking_services"
    assert "(Add body cameras to paragraph once purchased)" in _main(web, "www.waverley.gov.uk", notice)


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback130Web, truth: dict) -> None:
    nothing = {"www.southderbyshire.gov.uk", "www.eastcambs.gov.uk", "www.castlepoint.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    sd = _html(web, "www.southderbyshire.gov.uk", "/our-council/meetings/watch-council-meetings")
    assert "remote-controlled cameras" in sd and '<main id="main">' not in sd
    cp = "www.castlepoint.gov.uk"
    assert "nothing is recorded" in _main(web, cp, "/leisure-and-tourism/canvey-island-seafront/seafront-webcam")
    dem = "democracy.castlepoint.gov.uk"
    assert dem in web.sites[cp].hosts()
    assert _render(web, f"http://{dem}/mgAi.aspx?ID=9214").status == 200
    assert _render(web, f"http://{dem}/documents/s30544/CCTV%20upgrade%20programme.pdf").status == 200
    ec = _main(web, "www.eastcambs.gov.uk", "/community-safety/east-cambridgeshire-community-safety-partnership")
    assert "belong to the City of Ely Council" in ec


def test_search_forms(truth: dict) -> None:
    forbid = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]}
    assert forbid == {"www.derby.gov.uk"}
    assert {a["heldback"]["host"] for a in truth["authorities"] if not a["heldback"]["search"]} == {
        "www.rossendale.gov.uk"
    }
    assert sum(a["heldback"]["sitemap"] for a in truth["authorities"]) == 6
