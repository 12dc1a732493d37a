"""The fifty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 38 to 58; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, a certificate of agreement inside a policy PDF, a signed SLA only on a
community safety partnership page, an unsigned draft Word agreement, an agreement mentioned only in a scrutiny
report on a democracy host, hosted partnership guidance that is no agreement, a step 2 claim only in a badge's alt
text, a step 1 sentence beside a mark with empty alt text, a step 2 sentence with no mark, a SPOC only inside a
policy PDF, a control-room telephone as the only contact, a privacy notice holding the statement, CCTV facts in
accordion items, a partnership micro-site and a 'town centre cameras' page that never say CCTV, an annual report
served without extension as the only detailed statement five clicks deep on a site without search, sitemap or A to
Z, a 'Crime and safety' A to Z entry, robots.txt forbidding the search, and councils that publish nothing but carry
look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback59.truth import TRUTH_PATH
from fixtures.heldback59.web import Heldback59Web


@pytest.fixture(scope="module")
def web() -> Heldback59Web:
    return Heldback59Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_38_to_58(web: Heldback59Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(38, 59))
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 1,
            "Unitary authority": 3,
            "Non-metropolitan district": 8,
            "County": 1,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=0, types=5)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback59Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-8:]
    assert d["5.1"]["criteria"]["police_agreement"]
    # the shared service agreement with two councils on the camera page is no police agreement
    assert "shared service agreement" in _main(web, host, "/your-district/public-protection/crime-prevention/cctv")


def test_control_room_telephone_only_contact(truth: dict) -> None:
    for host in ("www.newark-sherwooddc.gov.uk", "www.rbwm.gov.uk"):
        spoc = _auth(truth, host)["deliverables"]["5.3"]["spoc"]
        assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_spoc_and_agreement_mention_only_inside_the_policy_pdf(web: Heldback59Web, truth: dict) -> None:
    host = "www.brighton-hove.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pdf = "/sites/default/files/2024-03/surveillance-camera-policy-2024.pdf"
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pdf}
    page = "/about-website/brighton-hove-city-council-surveillance-camera-policy"
    assert "single point of contact" not in _main(web, host, page).lower()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Sussex Police" in _text(web, host, pdf)
    # the policy sits under 'About this website', reached from the footer
    assert f"http://{host}/about-website" in _links(web, host, "/")


def test_accordion_page_with_step_2_only_in_alt_text(web: Heldback59Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    pg = "/safety-emergencies/public-safety-emergencies"
    html = _html(web, host, pg)
    assert html.count('<details class="accordion-item"') == 5
    assert 'alt="Surveillance Camera Commissioner certificate of compliance - step 2' in html
    assert "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.1"]["criteria"]["code_compliance"] and d["5.3"]["status"] == "partial"


def test_one_fact_control_room_page_and_committee_report(web: Heldback59Web, truth: dict) -> None:
    host = "www.rbwm.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "rbwm.moderngov.co.uk" in web.sites[host].hosts()
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]
    assert not any("moderngov" in u for u in d["5.1"]["pages"])
    text = _text(web, "rbwm.moderngov.co.uk", "/documents/s41877/CCTV-System-Review.pdf")
    assert "31 days" in text and "applying for third-party accreditation" in text
    assert d["5.2"]["status"] == "not_met"


def test_privacy_notice_is_the_statement_step_2_without_mark_and_draft_word(web: Heldback59Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    notice = f"http://{host}/council-and-elections/your-data-and-privacy/our-privacy-notices/cctv-privacy-notice"
    assert d["5.1"]["criteria"]["dpia"] and notice in d["5.1"]["pages"]
    labels = web.sites[host].labels["5.1"]["crits"]
    assert sum(path == urlsplit(notice).path for path, _ in labels.values()) >= 6  # most criteria are in the notice
    html = _html(web, host, "/crime-and-safety/closed-circuit-television-cctv")
    assert "<img" not in html and "full (step 2) certification" in html
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-and-elections/about-the-council/policies-and-plans"
    }


def test_certificate_of_agreement_inside_policy_pdf(web: Heldback59Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Nottinghamshire Police" in text
    assert "information processing agreement" in _main(
        web, host, "/environmental-health/community-safety/cctv-surveillance-systems"
    )
    assert d["5.3"]["status"] == "partial"


def test_partnership_microsite_never_says_cctv_and_committee_mention(web: Heldback59Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    pg = "/safer-rotherham-partnership/what-we-do/community-cameras"
    main = _main(web, host, pg)
    assert "cctv" not in main.lower() and "public space surveillance" in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.1"]["status"] == "met"
    assert d["5.5"]["status"] == "partial"
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == ["moderngov.rotherham.gov.uk"]
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_sla_only_on_the_partnership_page(web: Heldback59Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/safer-lambeth-partnership"}
    assert d["5.3"]["status"] == "met" and len({e["url"] for e in d["5.1"]["evidence"]}) >= 5


def test_annual_report_without_extension_five_clicks_deep(web: Heldback59Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-safety",
        "/residents/community-safety/community-safety-unit",
        "/residents/community-safety/community-safety-unit/our-partners",
        "/residents/community-safety/community-safety-unit/our-partners/borough-cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    rep = f"http://{host}/__data/assets/pdf_file/0007/441/cctv-annual-report-2024-25"
    r = _render(web, rep)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "met" and sum(e["url"] == rep for e in d51["evidence"]) == 1
    assert len([e for e in d51["evidence"] if e["url"] != rep]) == 1  # the page itself says only who watches


def test_town_centre_cameras_page_and_hosted_guidance(web: Heldback59Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    main = _main(web, host, "/vale-of-white-horse-district-council/community-safety/town-centre-cameras")
    assert "cctv" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    text = _text(web, host, "/media/4kcp/thames-valley-cctv-partnership-guidance-single-owner-and-slas.pdf")
    assert "service level agreement" in text and "It is not itself an agreement" in text


def test_step_1_sentence_beside_empty_alt_mark(web: Heldback59Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    assert '<img src="/images/wl-scc-certification.png" alt="">' in _html(
        web, host, "/communities-safety/cctv-public-spaces"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_crime_and_safety_a_to_z_entry(web: Heldback59Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    assert f"http://{host}/community/crime-and-safety" in _links(web, host, "/a-z")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.wokingham.gov.uk", "www.whitehorsedc.gov.uk", "www.lincolnshire.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback59Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.wokingham.gov.uk", "www.lincolnshire.gov.uk", "www.north-norfolk.gov.uk"},
    )
