"""The hundred-and-ninety-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, with third-party certification shown the ways councils
really show it: a step 2 claim only in the caption of the mark's card in a grid of standards cards; a step 1 claim
only in a services review PDF whose title never says CCTV, reached through a performance listing; a joint step 2
certificate only in the caption under a photograph of the certificate (a thumbnail linking to a large image, not the
mark); a contracted control room's mark with step 2 in its alt text on the council's own page (not the council's);
the contracted room's step 2 only in the council's policy PDF (not the council's); a stepless mark on every part of a
three-part article with the award, renewal and lapse on part 3; a self-assessment in a joint code PDF (not
certification); a Q&A answer saying neither step one nor step two; and an 'award-winning' room with BS 7958 in a
quarterly report (not certification). Also: a SPOC in a privacy notice among sixteen, reached by a form; a SPOC in a
key-contacts table; a SPOC only in a policy PDF; signed agreements as a three-party MoU PDF, a Word file without
extension and a code appendix served without extension; a draft protocol only in joint executive papers; agreement
mentions in a page and in PDFs; a /cy twin; one-fact councils; robots.txt forbidding the search; and councils that
publish nothing but carry look-alikes.
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

from fixtures.heldback192.truth import TRUTH_PATH
from fixtures.heldback192.web import Heldback192Web


@pytest.fixture(scope="module")
def web() -> Heldback192Web:
    return Heldback192Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils(web: Heldback192Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 192)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_in_the_mark_cards_caption(web: Heldback192Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    cctv = "/community-safety-and-enforcement/closed-circuit-television-cctv"
    std = f"{cctv}/standards-we-work-to"
    html = _html(web, host, std)
    assert '<div class="card-grid">' in html
    assert 'alt="Surveillance Camera Code of Practice compliant mark"' in html
    caption = html.split('alt="Surveillance Camera Code of Practice compliant mark"', 1)[1].split("</div></div>", 1)[0]
    assert '<p class="card__caption">' in caption and "step 2 full certification" in caption
    assert "step 2" not in _main(web, host, cctv).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2018-06" and _paths(d["5.2"]["evidence"]) == {std}
    assert "BS 7958" in _main(web, host, std) and d["5.1"]["criteria"]["standards"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    dem = "moderngov.southwark.gov.uk"
    assert dem in web.sites[host].hosts() and not any(dem in u for u in d["5.1"]["pages"])


def test_step_1_only_in_a_services_review_reached_through_a_listing(web: Heldback192Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    review = f"http://{host}/media/48211/Community-Safety-Services-Review-2024-25.pdf"
    reviews = f"http://{host}/article/9150/Service-reviews"
    assert _linking(web, host, review) == {reviews}
    assert "cctv" not in urlsplit(review).path.lower()
    assert "step" not in _main(web, host, "/article/36140/Community-CCTV").lower()
    text = _text(web, host, urlsplit(review).path)
    assert "completed step 1" in text and "step 2 audit was planned" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-09"
    assert not d["5.2"]["mark_displayed"] and {e["url"] for e in d["5.2"]["evidence"]} == {review}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.")
    assert d["5.5"]["status"] == "not_met" and "Nexus" in _main(web, host, "/article/36140/Community-CCTV")


def test_spoc_in_a_privacy_notice_among_sixteen_reached_by_a_form(web: Heldback192Web, truth: dict) -> None:
    host = "www.redcar-cleveland.gov.uk"
    idx = "/about-the-council/privacy-notices"
    notice = f"{idx}/cctv-surveillance-privacy-notice"
    links = [u for u in _links(web, host, idx) if "privacy-notice" in u and u.startswith(f"http://{host}{idx}/")]
    assert len(set(links)) == 16
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{notice}"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {notice}
    assert "mailto:" not in _html(web, host, notice).split('<main id="main">', 1)[1]
    assert f"http://{host}/contact-us/public-space-cctv-enquiry" in _links(web, host, notice)
    papers = _main(web, "democracy.redcar-cleveland.gov.uk", "/mgAi.aspx?ID=8822")
    assert "does not hold third-party certification" in papers
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_self_assessment_and_police_protocol_only_in_joint_code_and_welsh_twin(
    web: Heldback192Web, truth: dict
) -> None:
    host = "www.bridgend.gov.uk"
    page = "/my-council/customer-services/cctv-and-out-of-hours-service"
    cy = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-tu-allan-i-oriau"
    assert f"http://{host}{cy}" in _links(web, host, page) and f"http://{host}{page}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    code = "/media/cctv/joint-cctv-code-of-practice-bridgend-and-vale-of-glamorgan.pdf"
    text = _text(web, host, code)
    assert "self-assessment tool" in text and "have not sought third-party certification" in text
    main = _main(web, host, page)
    assert "protocol" not in main and "certif" not in main and "Vale of Glamorgan" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {code}


def test_contracted_rooms_mark_on_our_page_is_not_ours_and_spoc(web: Heldback192Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    cctv = "/community-parks-and-leisure/community-safety/cctv"
    html = _html(web, host, cctv)
    assert (
        'alt="Safer Runnymede Control Centre: certified against the Surveillance Camera Code of Practice, step 2"'
        in html
    )
    assert '<p class="image-caption">' in html and "run by Runnymede Borough Council" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("communitysafety@")
    assert d["5.5"]["status"] == "not_met" and "contract between the two councils" in _main(web, host, cctv)


def test_contracted_rooms_step_2_only_in_policy_pdf_with_spoc(web: Heldback192Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    cctv = "/environmental-health/community-safety/cctv-surveillance-systems"
    policy = "/media/RBC-Public-Space-Surveillance-Policy-and-Code-of-Practice-2023.pdf"
    text = _text(web, host, policy)
    assert "holds step 2 certification" in text and "does not cover this council" in text
    assert "single point of contact (SPOC)" in text
    main = _main(web, host, cctv)
    assert "single point" not in main and "step" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {policy} and d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_questions_say_neither_step_and_signed_three_party_mou(web: Heldback192Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    qa = "/vale-of-white-horse-district-council/community-help-and-safety/cctv/cctv-questions-and-answers"
    html = _html(web, host, qa)
    assert (
        '<h3 class="question">Is the CCTV service certified?</h3>' in html and "neither step one nor step two" in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Thames Valley"
    text = _text(web, host, urlsplit(doc["url"]).path)
    for party in ("Vale of White Horse District Council", "South Oxfordshire District Council", "Thames Valley Police"):
        assert f"Signed for and on behalf of {party}" in text


def test_spoc_in_key_contacts_table_and_signed_word_isa_without_extension(web: Heldback192Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    cctv = "/streets-parking-transport/cctv"
    html = _html(web, host, cctv)
    assert "<caption>Key contacts</caption>" in html and "<td>Surveillance camera single point of contact</td>" in html
    assert "award-winning" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {cctv}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert "NSI Gold approval to BS 7958" in _text(
        web, host, "/media/7720/hawk-eye-quarterly-report-october-to-december-2024.pdf"
    )
    assert d["5.2"]["status"] == "not_met"


def test_joint_step_2_only_in_a_certificate_photos_caption_and_draft_protocol_in_papers(
    web: Heldback192Web, truth: dict
) -> None:
    host = "www.eastherts.gov.uk"
    dem = "democracy.eastherts.gov.uk"
    cctv = "/community-safety/cctv"
    html = _html(web, host, cctv)
    assert '<a class="thumb" href="/images/partnership-certificate-large.png">' in html
    assert 'alt="Photograph: partnership operators holding the certificate"' in html and "<figcaption" not in html
    caption = html.split('<p class="image-caption">', 1)[1].split("</p>", 1)[0]
    assert "step 2 full certification" in caption and "four partner councils jointly" in caption
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=31877"}
    assert "Date: ....../....../20__" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_stepless_mark_on_every_part_and_lapsed_renewed_step_2_on_part_3(web: Heldback192Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    art = "/info/20109/crime_and_law_enforcement/112/cctv"
    for path in (art, f"{art}/1", f"{art}/2", f"{art}/3"):
        assert '<img src="/images/scc-certification-mark.png" alt="SCC certification mark">' in _html(web, host, path)
    for path in (art, f"{art}/1", f"{art}/2"):
        assert "step 2" not in _main(web, host, path)
    part3 = _main(web, host, f"{art}/3")
    assert "renewed after a fresh audit in September 2021" in part3 and "lapsed" in part3
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2016-09" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and _no_extension(doc["url"])
    assert "Appendix C" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial"


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.hyndburnbc.gov.uk", "disclosure", "/parking/council-car-parks"),
        (
            "www.pendle.gov.uk",
            "operator",
            "/info/20094/data_protection_and_freedom_of_information/170/our_data_protection_registration",
        ),
    ):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == [crit], host
        assert d["5.1"]["pages"] == [f"http://{host}{path}"], host
        assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5")), host


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hyndburnbc.gov.uk", "www.warwickdc.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback192Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.havant.gov.uk", "www.north-norfolk.gov.uk"})
    assert "step 2" in _main(web, "www.suffolk.gov.uk", "/news/partners-recognised-for-safer-towns")
    assert "CCTV policy" in _main(web, "democracy.havant.gov.uk", "/mgAi.aspx?ID=9120")
    assert "stopped running public space CCTV" in _main(
        web, "www.north-norfolk.gov.uk", "/council-and-democracy/freedom-of-information/responses/cctv"
    )
