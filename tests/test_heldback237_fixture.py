"""The 237th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before this one; the
labelling rules hold with the intended tallies; and the structures the set is built from are really served (a
service landing page of top tasks and cards; a SPOC in a governance table with row-spanning cells; a step 2 claim
in a key-facts strip; answers in hidden accordion panels and hidden tab panels; one fact in a car park table's
column; bilingual /en and /cy twins with a signed bilingual partnership agreement in a documents table; GOSS
addresses with trailing slashes and downloads without extension; a SPOC only in a Word application form; tabs that
are separate addresses; a step 1 claim only on a document library entry with no file; a code of practice as a
five-part HTML guide with contents and pager; a stepless mark linked to a step 2 certificate; a draft Word
protocol; camera pages inside a LocalGov Drupal subsite reached by one card; and councils that publish nothing but
carry look-alikes).
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

from fixtures.heldback237.truth import TRUTH_PATH
from fixtures.heldback237.web import Heldback237Web


@pytest.fixture(scope="module")
def web() -> Heldback237Web:
    return Heldback237Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback237Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 237)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_landing_cards_and_spoc_in_rowspan_governance_table(web: Heldback237Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    cs = "/leisure-libraries-and-community/crime-and-community-safety"
    svc = f"{cs}/cctv-service"
    landing = _html(web, host, cs)
    assert '<ul class="action-links">' in landing and '<ul class="card-grid">' in landing
    assert f'<h3 class="card__title"><a href="{svc}">CCTV service</a></h3>' in landing
    gov = _html(web, host, f"{svc}/camera-governance")
    assert (
        '<td rowspan="3">CCTV Governance Group</td>' in gov and "<td>CCTV Service Manager</td><td>Single point" in gov
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {f"{svc}/camera-governance"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}/housing/anti-social-behaviour/cctv" in d["5.1"]["pages"]
    assert "http://www.westminster.gov.uk/parking/camera-enforcement" not in d["5.1"]["pages"]


def test_step_2_in_key_facts_and_answers_in_hidden_accordion(web: Heldback237Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    pg = "/communities/crime-prevention/cctv"
    html = _html(web, host, pg)
    strip = html.split('<ul class="key-facts">', 1)[1].split("</ul>", 1)[0]
    assert "full certification against the Surveillance Camera Code of Practice" in strip
    assert (
        html.count('class="lgd-accordion__panel"') == 3
        and 'id="acc-3" hidden><p>Recordings are kept for 31 days' in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-11"
    assert not d["5.2"]["mark_displayed"] and "<img" not in _main(web, host, pg)
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_one_fact_in_a_car_park_table_column(web: Heldback237Web, truth: dict) -> None:
    host = "www.cumberland.gov.uk"
    pg = "/parking-roads-and-transport/parking/car-parks-carlisle"
    html = _html(web, host, pg)
    assert '<th scope="col">Security</th>' in html and "<td>Council CCTV, recorded 24 hours a day</td>" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{pg}"]
    assert "Cumbria Constabulary" in _main(web, host, "/community/community-safety/public-space-cctv")


def test_one_fact_in_a_hidden_tab_panel(web: Heldback237Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    pg = "/parks-and-open-spaces/happy-mount-park"
    html = _html(web, host, pg)
    assert 'role="tablist"' in html
    panel = html.split('id="tab-4" role="tabpanel" hidden>', 1)[1].split("</section>", 1)[0]
    assert "Five council cameras" in panel and "Five council cameras" not in html.split('id="tab-4"', 1)[0]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pg}"]


def test_bilingual_twins_and_signed_partnership_agreement_in_documents_table(web: Heldback237Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cy = "/cy/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng.aspx"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "North Wales"
    part = f"http://{host}/en/community-and-living/community-safety/cctv/denbighshire-cctv-partnership.aspx"
    assert _linking(web, host, doc["url"]) == {part}
    assert '<table class="documents">' in _html(web, host, urlsplit(part).path)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Rhan 1: Cymraeg" in text and "Signed on behalf of North Wales Police" in text
    mon = "/media/4128/cctv-monitoring-agreement-cheshire-west-and-chester.pdf"
    assert "Cheshire West and Chester" in _text(web, host, mon) and "Police" not in _text(web, host, mon)


def test_trailing_slash_pages_and_signed_isa_without_extension(web: Heldback237Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info-pages/cctv-request-law-enforcement/"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert all(urlsplit(u).path.endswith("/") for u in d["5.1"]["pages"] if "/info-pages/" in u)
    assert "NPPV Level 2" in _main(web, host, "/info-pages/cctv/") and d["5.2"]["status"] == "not_met"


def test_spoc_only_in_a_word_application_form(web: Heldback237Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    form = "/media/2214/apply-to-access-cctv-footage.docx"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert "single point of contact" in _text(web, host, form)
    assert "single point of contact" not in _main(web, host, "/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {form}
    assert "shared service agreement" in _main(web, host, "/community/community-safety/shared-cctv-service")
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["criteria"]["statistics"]


def test_spoc_in_contact_box_and_signed_joint_operating_agreement(web: Heldback237Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    pg = "/info/20101/community_safety/270/cctv_in_oxford"
    box = _html(web, host, pg).split('<div class="contact-box">', 1)[1].split("</div>", 1)[0]
    assert "Single point of contact for surveillance cameras" in box
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/downloads/download/512/cctv_documents"}
    assert "BS 7958" in _main(web, host, pg) and d["5.2"]["status"] == "not_met"


def test_tabs_that_are_separate_addresses(web: Heldback237Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    tabs = ["/community-safety/cctv", "/community-safety/cctv/refuge-points", "/community-safety/cctv/request-footage"]
    for t in tabs:
        html = _html(web, host, t)
        assert '<nav class="page-tabs"' in html and f'<a href="{t}" aria-current="page"' in html, t
        assert set(f"http://{host}{u}" for u in tabs) <= set(_links(web, host, t)), t
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_only_on_a_document_library_entry_and_protocol_mention_in_word(web: Heldback237Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    entry = "/downloads/download/1307/certificate_of_compliance"
    html = _html(web, host, entry)
    assert "<dd>No file</dd>" in html and ".pdf" not in html.split('<main id="main">', 1)[1]
    assert "step one" not in _main(web, host, "/info/20031/community_safety/299/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and _paths(d["5.2"]["evidence"]) == {entry}
    ia = "/downloads/file/2490/cctv_impact_assessment"
    assert "Kent Police" in _text(web, host, ia)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_code_as_multi_part_guide_stepless_mark_and_draft_protocol(web: Heldback237Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    cop = "/cctv/code-of-practice"
    parts = [cop] + [
        f"{cop}/{p}"
        for p in ("purpose-and-principles", "recorded-material", "access-and-disclosure", "roles-and-contacts")
    ]
    for i, part in enumerate(parts):
        html = _html(web, host, part)
        assert '<nav class="guide-contents"' in html and "<ol>" in html
        assert ('rel="next"' in html) == (i < 4) and ('rel="prev"' in html) == (i > 0)
    assert "single point of contact" in _main(web, host, parts[-1])
    assert all("single point of contact" not in _main(web, host, p) for p in parts[:-1])
    page = _html(web, host, "/cctv/cctv-wyre")
    assert 'alt="Surveillance Camera Code compliant"' in page and "step 2" not in page.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020-03-04"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Lancashire"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_camera_pages_inside_a_subsite_reached_by_one_card(web: Heldback237Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    sub = f"http://{host}/safer-melton"
    html = _html(web, host, "/safer-melton/cctv")
    assert '<div class="lgd-subsite-banner">' in html
    outside = {u for u in _linking(web, host, sub) if not urlsplit(u).path.startswith("/safer-melton")}
    assert outside == {f"http://{host}/community-and-safety"}
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    assert a["deliverables"]["5.5"]["status"] == "not_met" and "collaboration agreement" in _main(
        web, host, "/safer-melton/cctv"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback237Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westsussex.gov.uk", "www.stevenage.gov.uk", "www.eastleigh.gov.uk"})
    dem = "democracy.stevenage.gov.uk"
    assert dem in web.sites["www.stevenage.gov.uk"].hosts()
    assert "28 days" in _text(web, dem, "/documents/s41870/CCTV_Operations_Report.pdf")
    assert (
        "number plate recognition"
        in _main(
            web, "www.eastleigh.gov.uk", "/leisure-and-culture/parks-and-countryside/itchen-valley-country-park/parking"
        ).lower()
    )
