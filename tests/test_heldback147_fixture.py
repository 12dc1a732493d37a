"""The hundred-and-47th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before this one; the labelling
rules hold with the intended tallies; and the structures the set is built from are really served (a SPOC designated only
on a housing page about asking for estate cameras; a signed MoU with the Met filed only on a partner patrol's page; a SPOC
only as a row of a contact directory table; a SPOC only in a Word policy's governance section beside a RIPA SRO
near-miss; a Welsh-first site with /cy and /en twins, a step 1 claim in Welsh first and a SPOC in both FAQ twins; a
lapsed step 1 claim only in a joint code PDF; a step 1 application left unassessed when the scheme closed; a draft
unsigned Word MoU; a code served without extension whose certificate of agreement is signed by six councils and the
police; a SPOC named without any contact route; a step 2 claim with certificate number only in a figcaption beside the
mark; a SPOC only in an annual review's sign-off; a signed release protocol; a step 2 sentence with certificate number and
renewal and no mark; a signed three-party data sharing agreement as Word without extension linked from an FAQ answer;
agreements between councils that are not police agreements; a legacy site without search; robots.txt forbidding the
search; sitemaps; one-fact councils; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback147.truth import TRUTH_PATH
from fixtures.heldback147.web import Heldback147Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback147Web:
    return Heldback147Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_councils_of_the_brief_mix(web: Heldback147Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 147)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_spoc_only_on_estate_page_and_signed_mou_on_patrol_page(web: Heldback147Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    d = _auth(truth, host)["deliverables"]
    estate = "/housing/estates/cctv-on-your-estate"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {estate}
    assert _linking(web, host, f"http://{host}{estate}") == {f"http://{host}/housing/estates"}
    assert "single point of contact" not in _main(web, host, "/cctv").lower()
    assert "cctv@camden.example.gov.uk" in _main(web, host, "/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and doc["date"] == "2024-03-19"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/responsive-security-patrol"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of the London Borough of Camden" in text and "Central North BCU" in text
    assert "data sharing agreement with TfL" in _main(web, host, "/cctv")
    code = _text(web, host, "/documents/20142/0/camden-cctv-code-of-practice-2024.pdf")
    assert "NSI Gold" in code and "BS 7958" in code and d["5.2"]["status"] == "not_met"


def test_spoc_only_in_contact_directory_table(web: Heldback147Web, truth: dict) -> None:
    host = "my.northtyneside.gov.uk"
    d = _auth(truth, host)["deliverables"]
    directory = "/contact-us/find-a-team"
    html = _html(web, host, directory)
    assert '<th scope="col">Team</th><th scope="col">What they deal with</th>' in html
    assert "<td>surveillance.spoc@northtyneside.example.gov.uk</td>" in html
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {directory}
    for path in ("/page/1874/cctv", "/privacy/privacy-statements/cctv-privacy-notice"):
        assert "single point of contact" not in _main(web, host, path).lower(), path
    policy = _text(web, host, "/sites/default/files/2024-05/cctv-policy-2024.pdf")
    assert "single point of contact" not in policy.lower() and "information sharing agreement" in policy
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    dem = "democracy.northtyneside.gov.uk"
    assert dem in web.sites[host].hosts() and not any(dem in u for u in d["5.1"]["pages"])
    assert "SUEZ" in _main(web, host, "/privacy/privacy-statements/cctv-privacy-notice")


def test_senior_responsible_officer_only_in_word_policy(web: Heldback147Web, truth: dict) -> None:
    host = "www.bracknell-forest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    policy = "/media/5522/cctv-policy.docx"
    assert (_render(web, f"http://{host}{policy}").header("Content-Type") or "") == DOCX
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {policy}
    text = _text(web, host, policy)
    assert "Regulation of Investigatory Powers Act 2000, who is the Borough Solicitor" in text
    cctv = "/council-and-democracy/data-protection-and-freedom-information/cctv-and-surveillance-cameras"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    assert "http://publicprotectionpartnership.org.uk/about-us/campaigns/fly-tipping/cctv/" in _links(web, host, cctv)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths(d["5.5"]["evidence"]) == {policy}


def test_welsh_first_twins_step_1_in_welsh_and_spoc_in_both_faqs(web: Heldback147Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and home.index("Croeso") < home.index("Welcome")
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    cy = "/cy/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng.aspx"
    en = "/en/residents/community-safety/cctv.aspx"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert urlsplit(d["5.2"]["evidence"][0]["url"]).path == cy and "<img" not in _main(web, host, cy)
    assert _paths(d["5.3"]["evidence"]) == {
        "/en/residents/community-safety/cctv/frequently-asked-questions.aspx",
        "/cy/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng/cwestiynau-cyffredin.aspx",
    }
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"
    assert (host, "/en/council-tax") in web.sites[host].pages and web.sites[host].pages[
        (host, "/en/council-tax")
    ].parent == "/en"
    assert "Dyfed-Powys Police" in _main(web, host, en) and not d["5.5"]["documents"]


def test_lapsed_step_1_only_in_joint_code_and_councils_agreement(web: Heldback147Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    d = _auth(truth, host)["deliverables"]
    code = "/media/2211/Chorley-and-South-Ribble-CCTV-Code-of-Practice/pdf/CCTV_Code_of_Practice_2024.pdf"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-06"
    assert _paths(d["5.2"]["evidence"]) == {code}
    assert "step 1" not in _main(web, host, "/article/1543/CCTV").lower()
    text = _text(web, host, code)
    assert "The certificate lapsed when the scheme closed" in text
    assert "shared services agreement between the two councils" in text and d["5.5"]["status"] == "not_met"
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_pending_application_and_draft_word_mou(web: Heldback147Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    d = _auth(truth, host)["deliverables"]
    main = _main(web, host, "/community-and-safety/community-safety/cctv")
    assert "applied for step 1 certification" in main and "no certificate was issued" in main
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Surrey"
    assert (_render(web, doc["url"]).header("Content-Type") or "") == DOCX
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert 'alt="Park Mark Safer Parking Award"' in _html(web, host, "/parking/car-parks/drewitts-court")
    assert not web.sites[host].az


def test_code_without_extension_signed_by_councils_and_police_and_spoc_without_contact(
    web: Heldback147Web, truth: dict
) -> None:
    host = "www.rossendale.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for and on behalf of") == 7 and "Lancashire Constabulary: Chief Superintendent" in text
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and not spoc["email"] and not spoc["phone"]
    page = _html(web, host, "/info/210/community_safety/10771/cctv")
    assert "single point of contact" in page and "mailto:" not in page.split('<main id="main">', 1)[1]
    assert "BS 7958" in page and d["5.2"]["status"] == "not_met"


def test_step_2_in_figcaption_spoc_in_review_sign_off_and_signed_protocol(web: Heldback147Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    cctv = "/community-safety/cctv/"
    html = _html(web, host, cctv)
    assert "<figcaption>Full certification (step 2)" in html
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    review = "/wp-content/uploads/2025/06/cctv-annual-review-2024-25.pdf"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {review}
    assert "single point of contact" not in _main(web, host, cctv).lower()
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}"}
    site = web.sites[host]
    assert not site.az and site.sitemap and f"http://{host}{cctv}" in site.sitemap_xml()


def test_step_2_sentence_with_certificate_number_and_dsa_word_from_faq(web: Heldback147Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    cctv = "/community/community-safety/cctv"
    main = _main(web, host, cctv)
    assert "Certificate number SCC-2018-0231" in main and "renewed in October 2023" in main
    assert "<img" not in _html(web, host, cctv).split('<main id="main">', 1)[1]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018-10" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/cctv-questions-and-answers"}
    assert "Signed for East Suffolk Services Ltd" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in main


def test_monitoring_by_another_council_is_not_a_police_agreement(web: Heldback147Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    d = _auth(truth, host)["deliverables"]
    main = _main(web, host, "/community/safety/cctv.cfm")
    assert "agreement between the two councils" in main and d["5.5"]["status"] == "not_met"
    assert "holds full certification for its own public space CCTV system" in main and d["5.2"]["status"] == "not_met"
    assert "Kidsgrove Town Council owns" in main
    assert "moderngov.newcastle-staffs.gov.uk" in web.sites[host].hosts()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_legacy_site_without_search_and_one_fact(web: Heldback147Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap
    home = _html(web, host, "/")
    assert '<main id="main">' not in home and 'role="search"' not in home


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hants.gov.uk", "www.scambs.gov.uk", "www.rossendale.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_sitemaps(web: Heldback147Web) -> None:
    for host in (
        "www.camden.gov.uk",
        "www.carmarthenshire.gov.wales",
        "www.hinckley-bosworth.gov.uk",
        "www.scambs.gov.uk",
    ):
        r = _render(web, f"http://{host}/sitemap.xml")
        assert r.status == 200 and b"<urlset" in r.body, host


def test_one_fact_councils(web: Heldback147Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.southderbyshire.gov.uk", "cameras", "/our-services/community-safety/safe-places-scheme"),
        ("www.bolsover.gov.uk", "retention", "/index.php/your-council/customer-services/customer-service-standards"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback147Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.scambs.gov.uk", "www.midsuffolk.gov.uk"})
    ripa = _main(web, "www.hants.gov.uk", "/aboutthecouncil/informationandstatistics/dataprotection/surveillancepolicy")
    assert "Single Points of Contact" in ripa
    assert "Babergh District Council owns" in _main(
        web, "www.midsuffolk.gov.uk", "/community/community-safety/cctv-in-sudbury-and-hadleigh"
    )
    assert "does not operate any public space CCTV" in _main(
        web, "www.scambs.gov.uk", "/the-council/freedom-of-information/disclosure-log-cctv-2023"
    )
