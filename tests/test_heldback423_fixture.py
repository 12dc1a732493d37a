"""The four hundred and twenty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a signed agreement at an extensionless Liferay document
address linked only from a privacy notice; a SPOC only on the press office's page for journalists; a seasonal camera
schedule on a seafront page with a protocol mention; a Welsh-first bilingual signed agreement linked only from the
police requests section; a SPOC only in a consultation notification PDF beside a councils' processing agreement; one
fact in an event-day road closures notice; a SPOC only on the insurers' footage review page; camera counts only in a
service-disruption notice and a Word code signed for the council alone; a step 1 claim only on a winter events page
and a signed agreement linked only from the annual report page; a step 2 claim and mark only on the control room
visits page beside a councils' shared service agreement; one fact in a market traders' FAQ with Cabinet papers on a
moderngov host; a SPOC only in a management team table; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback423.truth import TRUTH_PATH
from fixtures.heldback423.web import Heldback423Web


@pytest.fixture(scope="module")
def web() -> Heldback423Web:
    return Heldback423Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback423Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 423)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_extensionless_liferay_agreement_linked_only_from_privacy_notice(web: Heldback423Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    assert urlsplit(doc["url"]).path.startswith("/documents/d/guest/")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/w/privacy-notice-cctv"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Eighty-five fixed cameras" in _main(web, host, "/w/keeping-safe-out-and-about")
    assert "cannot stream video" in _main(web, host, "/w/flood-monitoring")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_only_on_the_press_office_page_for_journalists(web: Heldback423Web, truth: dict) -> None:
    host = "www.rochdale.gov.uk"
    journ = "/council/news-and-media/journalists-requesting-footage"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {journ}
    assert "single point of contact" in _main(web, host, journ)
    for other in (
        "/information-data-governance/request-cctv-footage",
        "/information-data-governance/privacy-notices/cctv",
    ):
        assert "single point of contact" not in _main(web, host, other), other
    assert "Senior Responsible Officer" in _main(web, host, "/information-data-governance/ripa")
    dem = "democracy.rochdale.gov.uk"
    assert "town centre cameras" in _main(web, dem, "/mgAi.aspx?ID=8841")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_seasonal_camera_schedule_on_a_seafront_page(web: Heldback423Web, truth: dict) -> None:
    host = "www.eastriding.gov.uk"
    seafront = "/visiting/coast/summer-seafront-safety/"
    html = _html(web, host, seafront)
    assert '<th scope="col">Season</th>' in html and "Easter to 30 September" in html
    assert "Seaside Award" in html
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{seafront}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["other_systems"]
    assert all(u.endswith("/") for u in d["5.1"]["pages"])
    assert d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_welsh_first_agreement_linked_only_from_police_requests(web: Heldback423Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    req = f"http://{host}/service/community-safety/cctv/requesting-footage"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    assert _linking(web, host, doc["url"]) == {req}
    html = _html(web, host, urlsplit(req).path)
    assert html.index("<h2>Police requests</h2>") < html.index(urlsplit(doc["url"]).path)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Rhwng Cyngor Bwrdeistref Sirol Wrecsam") < text.index("Between Wrexham County Borough Council")
    assert f"http://{host}/cy/gwasanaeth/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert 'alt="Marc ardystio' in _html(web, host, "/service/community-safety/cctv")
    assert (d["5.2"]["status"], d["5.2"]["level"], d["5.2"]["awarded"]) == ("met", "step2", "2020-11")
    assert d["5.2"]["mark_displayed"]


def test_spoc_only_in_a_consultation_notification_pdf(web: Heldback423Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    notice = "/media/4122/bingham-cctv-notification-document.pdf"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {notice}
    cctv = "/environmental-health/community-safety/cctv-surveillance-systems/"
    main = _main(web, host, cctv)
    assert "single point of contact" not in main.lower() and "Information Processing Agreement" in main
    assert _linking(web, host, f"http://{host}{notice}") == {f"http://{host}{cctv}bingham-redeployable-cameras/"}
    assert d["5.5"]["status"] == "not_met"
    assert a["heldback"]["robots_forbid_search"]


def test_one_fact_in_an_event_day_road_closures_notice(web: Heldback423Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    path = "/leisure/leyland-festival/road-closures"
    assert 'class="alert alert--event day" role="status"' in _html(web, host, path)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{path}"]


def test_spoc_only_on_the_insurers_footage_review_page(web: Heldback423Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    cctv = "/by-category/community-and-living2/csp/cctv"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {f"{cctv}/insurance-footage-review"}
    assert "single point of contact" not in _main(web, host, cctv)
    assert "£50" in _main(web, host, f"{cctv}/insurance-footage-review")
    assert "National Highways" in _main(web, host, "/by-category/roads/dartford-crossing")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_counts_in_a_disruption_notice_and_a_half_signed_word_code(web: Heldback423Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    upd = "/your-community/cctv/service-updates"
    assert 'class="alert alert--disruption"' in _html(web, host, upd)
    cctv = "/your-community/cctv/cctv-in-ashford-and-tenterden"
    assert "92 public space cameras" not in _main(web, host, cctv) and "working towards" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and f"http://{host}{upd}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Ashford Borough Council: M. Hennessy" in text and "Kent Police: ....." in text
    assert d["5.2"]["status"] == "not_met"


def test_step_1_only_on_winter_events_page_and_agreement_from_annual_report(web: Heldback423Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    cctv = "/safety-emergencies/public-safety-emergencies/cctv"
    d = _auth(truth, host)["deliverables"]
    assert (d["5.2"]["status"], d["5.2"]["level"], d["5.2"]["mark_displayed"]) == ("met", "step1", False)
    assert _paths(d["5.2"]) == {"/whats-on/christmas-in-lincoln/staying-safe"}
    assert "step one" not in _main(web, host, cctv)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/cctv-annual-report-2024-25"}


def test_step_2_and_mark_only_on_control_room_visits_page(web: Heldback423Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    cctv = "/your-district/public-protection/crime-prevention/cctv/"
    visits = f"{cctv}control-room-visits/"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {visits}
    assert "step 2" not in _main(web, host, cctv)
    assert 'alt="Surveillance Camera Commissioner third party certification"' in _html(web, host, visits)
    ssa = f"http://{host}/wp-content/uploads/2022/05/cctv-shared-service-agreement.pdf"
    assert ssa in _links(web, host, cctv)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_in_market_traders_faq_and_cabinet_papers(web: Heldback423Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    dem = "moderngov.newcastle-staffs.gov.uk"
    faq = "/business/markets/market-traders-faq"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["subject_access"]
    assert d51["pages"] == [f"http://{host}{faq}"]
    assert dem in web.sites[host].hosts() and "town centre cameras" in _main(web, dem, "/mgAi.aspx?ID=20042")


def test_spoc_only_in_management_team_table(web: Heldback423Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    team = "/council/how-the-council-works/management-team"
    assert '<th scope="col">Responsibilities</th>' in _html(web, host, team)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {team} and d["5.3"]["spoc"]["name"] == "K. Adeyemi"
    assert "single point of contact" not in _main(web, host, "/community-safety/public-space-cctv")
    assert not web.sites[host].az


def test_legacy_site_without_main_or_search(web: Heldback423Web) -> None:
    site = web.sites["www.eastcambs.gov.uk"]
    assert site.search is None and '<main id="main">' not in _html(web, site.host, "/")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback423Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.cotswold.gov.uk", "www.eastcambs.gov.uk"})
    assert _auth(truth, "www.cotswold.gov.uk")["heldback"]["robots_forbid_search"]
    assert "single point of contact for event organisers" in _main(
        web, "www.cotswold.gov.uk", "/licensing/safety-advisory-group"
    )
