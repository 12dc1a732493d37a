"""The two hundred and sixty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a bilingual /EN and /CY site whose SPOC answer is worded
in both languages and whose signed police protocol has a signature page worded only in Welsh, beside Welsh-only
community council minutes; a signed Greater Manchester Police agreement served as Word without extension and linked
only from a field of a privacy-notice directory record; a contact-routing table whose row names the SPOC; a
cross-border protocol signed by the council and Gwent Police with Gloucestershire Constabulary's block left blank; an
attachments table holding a step 1 claim in a description cell and a signed Word agreement; a step 2 claim only in an
annual report to residents; a step 2 claim only in a CCTV privacy notice; an NSI Gold mark's alt text beside a step 2
sentence and a signed agreement only behind the page for police officers; one-fact councils on a council tax
breakdown and a business park's tenant questions on a legacy site without `<main>`; councils that publish nothing
but carry look-alikes).
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

from fixtures.heldback262.truth import TRUTH_PATH
from fixtures.heldback262.web import Heldback262Web


@pytest.fixture(scope="module")
def web() -> Heldback262Web:
    return Heldback262Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback262Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 262)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


RCT = "www.rctcbc.gov.uk"
RCT_EN = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVFAQs.aspx"
RCT_CY = "/CY/Resident/ArgyfyngauDiogelwchaThrosedd/PartneriaethDiogelwchCymunedol/TeleduCylchCyfyng/CwestiynauCyffredin.aspx"


def test_bilingual_twins_and_spoc_in_both_languages(web: Heldback262Web, truth: dict) -> None:
    assert f"http://{RCT}{RCT_CY}" in _links(web, RCT, RCT_EN) and f"http://{RCT}{RCT_EN}" in _links(web, RCT, RCT_CY)
    assert '<html lang="cy">' in _html(web, RCT, RCT_CY)
    assert "single point of contact for surveillance cameras" in _main(web, RCT, RCT_EN)
    assert "pwynt cyswllt unigol y Cyngor ar gyfer camerâu gwyliadwriaeth" in _main(web, RCT, RCT_CY)
    d = _auth(truth, RCT)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {RCT_EN}
    assert f"http://{RCT}{RCT_CY}" in d["5.1"]["pages"]


def test_signature_page_worded_only_in_welsh(web: Heldback262Web, truth: dict) -> None:
    d = _auth(truth, RCT)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    path = urlsplit(doc["url"]).path
    text = _text(web, RCT, path)
    assert "Llofnodwyd ar ran Heddlu De Cymru" in text and "Llofnodwyd ar ran Cyngor Bwrdeistref Sirol" in text
    assert "Signed" not in text and "This protocol sets out how South Wales Police" in text
    assert _linking(web, RCT, doc["url"]) == {f"http://{RCT}{RCT_EN}", f"http://{RCT}{RCT_CY}"}


def test_welsh_only_community_council_minutes_are_a_look_alike(web: Heldback262Web, truth: dict) -> None:
    path = "/SiteElements/Resources/Documents/CommunityCouncils/Llanharan/Cofnodion-Mawrth-2025.pdf"
    assert "Camerau'r cyngor cymuned" in _text(web, RCT, path)
    assert _linking(web, RCT, f"http://{RCT}{path}") == {f"http://{RCT}/CY/Cyngor/CynghorauCymuned.aspx"}
    assert f"http://{RCT}{path}" not in {
        e["url"] for d in _auth(truth, RCT)["deliverables"].values() for e in d["evidence"]
    }


def test_signed_agreement_only_in_a_directory_record_field(web: Heldback262Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    rec = f"http://{host}/directory_record/431773/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {rec}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert '<th scope="row">Sharing agreements</th>' in _html(web, host, urlsplit(rec).path)
    assert "Signed for and on behalf of Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_in_a_contact_routing_table(web: Heldback262Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    pg = "/services/community_safety/crime_prevention/cctv/contact"
    html = _html(web, host, pg)
    assert '<th scope="col">Who deals with it</th>' in html
    assert "single point of contact for surveillance cameras" not in _main(
        web, host, "/services/community_safety/crime_prevention/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pg}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Approved devices" in _main(web, host, "/services/parking/penalty_charge_notices/camera_enforcement")


def test_cross_border_protocol_unsigned_by_the_register_force(web: Heldback262Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Gloucestershire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Gwent Police Signature: S. Price" in " ".join(text.split())
    tail = " ".join(text.split()).split("Signed for and on behalf of Gloucestershire Constabulary", 1)[1]
    assert "Signature: ......" in tail
    assert d["5.1"]["criteria"]["other_systems"] and d["5.1"]["status"] == "met"


def test_attachments_table_with_step_1_cell_and_signed_word_agreement(web: Heldback262Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    html = _html(web, host, "/cctv")
    assert '<table class="attachments">' in html and "<td>docx</td>" in html
    assert "step 1 (desktop) completed in May 2019</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and doc["url"].endswith(".docx")
    assert "Signed for and on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    foi = f"http://{host}/foi.php?foiId=14218"
    assert "funded entirely" in _main(web, host, "/foi.php?foiId=14218")
    assert foi not in {e["url"] for dd in d.values() for e in dd["evidence"]}


def test_step_2_only_in_annual_report_or_privacy_notice(web: Heldback262Web, truth: dict) -> None:
    for host, page, evidence in (
        ("www.staffordbc.gov.uk", "/cctv", "/your-council/annual-report-2023-24"),
        ("www.elmbridge.gov.uk", "/community-safety/cctv", "/privacy/cctv-privacy-notice"),
    ):
        assert "step 2" not in _main(web, host, page).lower(), host
        assert "step 2" in _main(web, host, evidence), host
        d52 = _auth(truth, host)["deliverables"]["5.2"]
        assert (
            d52["status"] == "met"
            and d52["level"] == "step2"
            and {urlsplit(e["url"]).path for e in d52["evidence"]} == {evidence}
        )
    d55 = _auth(truth, "www.staffordbc.gov.uk")["deliverables"]["5.5"]
    assert d55["status"] == "not_met"
    assert "signed by the council and each member business" in _main(
        web, "www.staffordbc.gov.uk", "/community-safety/business-crime-reduction-partnership"
    )


def test_nsi_mark_beside_step_2_and_agreement_behind_police_page(web: Heldback262Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    cctv = "/info/20079/community_safety/226/cctv"
    assert 'alt="NSI Gold approved CCTV control room"' in _html(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/3"}
    assert d["5.1"]["criteria"]["standards"] and d["5.3"]["status"] == "met"


def test_one_fact_councils(web: Heldback262Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.southderbyshire.gov.uk", "cameras", "/council-tax/where-your-money-goes"),
        ("www.bolsover.gov.uk", "retention", "/index.php/business/pleasley-vale-business-park/tenant-questions"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(web, "www.bolsover.gov.uk", "/")
    dem = "democracy.southderbyshire.gov.uk"
    assert dem in web.sites["www.southderbyshire.gov.uk"].hosts()
    assert "Swadlincote" in _text(web, dem, "/mgAi.aspx?ID=5512")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback262Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cornwall.gov.uk", "www.hertfordshire.gov.uk", "www.scambs.gov.uk"})
    assert "ended in 2023" in _main(
        web,
        "www.cornwall.gov.uk",
        "/community-and-living/cornwall-fire-and-rescue-service/keeping-safe/town-centre-cctv",
    )
    assert "Hertfordshire CCTV Partnership" in _main(
        web, "www.hertfordshire.gov.uk", "/services/community-safety/cctv-in-hertfordshire"
    )
