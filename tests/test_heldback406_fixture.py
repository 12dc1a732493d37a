"""The four hundred and sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none labelled by the fifteen sets before; the
labelling rules hold with the intended tallies; and the form and self-service structures the set is built from are
really served (facts over a form's start page and a day-by-day 'what happens next' timeline; facts only in the labels
of a form's declaration tick boxes, with the signed police agreement linked only from the form's terms page; facts and
the SPOC in the notice that the online form is out of service; a signed agreement only as an appendix to a form's
Word guidance notes on a bilingual site; a fact only in a My Account service catalogue; facts on a form's
per-question help pages; a step 2 claim only on a 'suggest a camera location' form landing page beside a stepless
mark elsewhere; a fact on a report form's 'what happens next' page; the SPOC only in the accessibility statement for
online forms; a signed protocol linked only from a request tracker's status glossary; a viewing appointment journey;
a fact on a park report form; and councils that publish nothing but carry form and report-it look-alikes).
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

from fixtures.heldback406.truth import TRUTH_PATH
from fixtures.heldback406.web import Heldback406Web


@pytest.fixture(scope="module")
def web() -> Heldback406Web:
    return Heldback406Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_real_councils(web: Heldback406Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 406)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_start_page_and_day_by_day_timeline(web: Heldback406Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    start = "/forms/request-pss-footage"
    nxt = f"{start}/what-happens-next"
    html = _html(web, host, start)
    assert "<h2>Before you start</h2>" in html
    assert 'class="button button--start" role="button" href="https://forms.lambeth.gov.uk/' in html
    assert "31 days" in _main(web, host, start)
    assert "31 days" not in _main(web, host, "/streets-roads-transport/public-space-surveillance")
    timeline = _html(web, host, nxt).split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    police = timeline.split('<span class="timeline__when">Police requests</span>', 1)[1]
    assert "information sharing agreement between Lambeth Council and the Metropolitan Police" in police
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths(d["5.5"]["evidence"]) == {nxt} and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("pss.requests@")


def test_facts_in_declaration_labels_and_agreement_behind_terms(web: Heldback406Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    form, terms = "/xfp/form/312", "/xfp/form/312/terms"
    cctv = "/info/200030/crime_antisocial_behaviour_and_nuisance/708/cctv_cameras_and_security"
    html = _html(web, host, form)
    assert '<label for="decl1">I understand that the council keeps recordings for 31 days' in html
    assert 'type="checkbox"' in html and "31 days" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{terms}"}
    assert _linking(web, host, f"http://{host}{terms}") == {f"http://{host}{form}"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Manchester City Council" in text and "Greater Manchester Police:" in text
    assert {"retention", "disclosure", "subject_access"} <= {k for k, v in d["5.1"]["criteria"].items() if v}
    assert f"http://{host}{form}" in d["5.1"]["pages"]


def test_outage_notice_holds_facts_and_spoc(web: Heldback406Web, truth: dict) -> None:
    host = "www.thurrock.gov.uk"
    req = "/closed-circuit-television-cctv/request-footage"
    html = _html(web, host, req)
    box = html.split('<div class="notice notice--warning" role="alert">', 1)[1].split("</div>", 1)[0]
    assert "Our online request form is unavailable" in box
    assert "single point of contact" in box and "recordings are kept for 30 days" in box
    assert "single point of contact" not in _main(web, host, "/closed-circuit-television-cctv/use-of-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {req}
    assert d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_bilingual_twins_and_agreement_inside_form_guidance(web: Heldback406Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    cctv = "/services/emergencies-and-crime-prevention/cctv"
    req = f"{cctv}/request-cctv-images"
    cy = "/cy/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in _links(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Gwent" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{req}"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Guidance notes") < text.index("Appendix") < text.index("on behalf of Gwent Police")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-01"
    assert not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, cctv)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_fact_in_a_service_catalogue_on_a_legacy_site(web: Heldback406Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    cat = "/resident/myaccount/onlineservices.php"
    html = _html(web, host, cat)
    assert '<main id="main">' not in html and "<caption>Online services</caption>" in html
    assert "<td>For the council's CCTV cameras on Rolleston Drive" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{cat}"]
    dem = "democracy.gedling.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "camera" in _text(web, dem, "/mgAi.aspx?ID=40771")


def test_facts_on_per_question_help_pages(web: Heldback406Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    form = "/service/CCTV_footage_request"
    cctv = "/community-and-living/community-safety/cctv"
    links = _links(web, host, form)
    for slug in ("where", "when", "who"):
        url = f"http://{host}{form}/help/{slug}"
        assert url in links and _linking(web, host, url) == {f"http://{host}{form}"}, slug
    assert 'class="help-link"' in _html(web, host, form)
    assert "30 days" not in _main(web, host, cctv) and "37 cameras" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert {"cameras", "retention", "subject_access"} <= {k for k, v in d["5.1"]["criteria"].items() if v}
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "agreement between the two councils" in _main(web, host, cctv) and d["5.5"]["status"] == "not_met"


def test_step_2_only_on_a_form_landing_page_beside_a_stepless_mark(web: Heldback406Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    suggest = "/cctv/suggest-a-camera-location"
    assert "step 2" not in _main(web, host, "/cctv").lower() and "step 2" in _main(web, host, suggest)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, "/cctv")
    assert "forms.office.com" in _html(web, host, suggest)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert f"http://{host}{suggest}" in {e["url"] for e in d["5.2"]["evidence"]}
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/cctv"}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text


def test_one_fact_on_a_report_forms_what_happens_next_page(web: Heldback406Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    rep = "/community/anti-social-behaviour/report"
    nxt = f"{rep}/what-happens-next"
    assert f"http://{host}{nxt}" in _links(web, host, rep)
    assert "Moss Lane underpass" in _main(web, host, nxt)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{nxt}"]


def test_spoc_only_in_the_accessibility_statement_for_forms(web: Heldback406Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    cctv = "/environmental-health/community-safety/cctv-surveillance-systems/"
    acc = "/accessibility/online-forms/"
    for path in (cctv, f"{cctv}request-cctv-images/"):
        assert "single point of contact" not in _main(web, host, path), path
    cell = _html(web, host, acc).split("<td>Request CCTV images</td>", 1)[1].split("</tr>", 1)[0]
    assert "designated single point of contact for surveillance cameras" in cell
    assert f"http://{host}{acc}" in _links(web, host, "/accessibility")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {acc}
    assert "information processing agreement" in _main(web, host, cctv) and d["5.5"]["status"] == "not_met"
    assert a["heldback"]["robots_forbid_search"]


def test_payment_page_and_protocol_behind_a_status_glossary(web: Heldback406Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    cctv = "/by-category/community-and-living2/csp/cctv"
    track = f"{cctv}/track-your-request"
    assert "£50" in _main(web, host, f"{cctv}/pay-for-a-footage-review")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Kent" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{track}"}
    glossary = _html(web, host, track).split('<dl class="status-list">', 1)[1].split("</dl>", 1)[0]
    dd = glossary.split("<dt>Released to Kent Police</dt>", 1)[1].split("</dd>", 1)[0]
    assert urlsplit(doc["url"]).path in dd
    assert "Signed on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_viewing_appointment_journey(web: Heldback406Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    book = "/community/community-safety/cctv/book-a-viewing"
    html = _html(web, host, book)
    assert "<caption>Viewing slots</caption>" in html and "button--start" in html
    assert "Hertfordshire Constabulary" in _main(web, host, book)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]["evidence"]) == {book}
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/community/community-safety/cctv"}
    dem = "democracy.north-herts.gov.uk"
    assert dem in web.sites[host].hosts()
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_one_fact_on_a_park_report_form(web: Heldback406Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    rep = "/info/20041/parks_and_countryside/1302/report_a_problem_in_a_park"
    assert "button--start" in _html(web, host, rep)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{rep}"]
    assert "22 town centre sites" in _main(web, host, "/news/article/487/cctv_in_reigate_and_banstead_-_update")


def test_councils_that_publish_nothing_still_carry_form_look_alikes(web: Heldback406Web, truth: dict) -> None:
    nothing = {"www.essex.gov.uk", "www.cotswold.gov.uk", "www.southhams.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    forms = _html(web, "www.essex.gov.uk", "/find-a-form")
    assert "<td>CCTV footage requests</td>" in forms
    assert _auth(truth, "www.essex.gov.uk")["heldback"]["robots_forbid_search"]
    survey = "/have-your-say/cirencester-town-centre-safety-survey"
    assert "forms.office.com" in _html(web, "www.cotswold.gov.uk", survey)
    assert "town council" in _main(web, "www.cotswold.gov.uk", survey)
    assert "town council" in _main(web, "www.southhams.gov.uk", "/report-a-street-light-fault")
