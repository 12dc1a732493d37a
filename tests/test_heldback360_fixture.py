"""The three hundred and sixtieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the contact-route structures the set is built from are really served: a CCTV mailbox only in a contact-section
table of who runs which camera, beside other bodies' routes; a phone number only in a tel: link; a signed agreement
linked only from the contact page for police and partner agencies (no extension); a SPOC and a step 1 claim only in a
printed automatic email reply; directory records of other bodies' cameras and contacts; a Welsh twin routing to the
police and a town council; a SPOC only in a call-back table on a legacy site; a report-it hub routing camera matters
to other bodies, and a signed agreement only from a public notice; enquiry topics as links to ?topic= step pages with
the SPOC on the CCTV step; one fact in a webchat page's 'cannot help with' list; a SPOC as one row of a services'
email table, with a signed agreement only from the retail radio page; a mailbox only in a 'what to have ready'
checklist; a step 2 claim and the control room phone only in a directory record's fields; one fact on a fly-tipping
enforcement page; an out-of-hours line answered by another council's control centre; robots.txt forbidding the
search; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback360.truth import TRUTH_PATH
from fixtures.heldback360.web import Heldback360Web


@pytest.fixture(scope="module")
def web() -> Heldback360Web:
    return Heldback360Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback360Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 360)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_cctv_mailbox_only_in_a_routing_table_of_who_runs_which_camera(web: Heldback360Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    who = "/lgnl/contact_us/who_runs_which_camera.aspx"
    cctv = "/lgnl/community_and_living/community_safety__crime_preve/cctv/CCTV.aspx"
    html = _html(web, host, who)
    assert '<th scope="col">Who runs them</th>' in html and "mailto:cctv.control@" in html
    for other in ("Canary Wharf Group", "Transport for London", "Metropolitan Police", "Poplar HARCA"):
        assert other in html, other
    assert f"http://{host}/lgnl/contact_us/contact_us.aspx" in _linking(web, host, f"http://{host}{who}")
    assert "mailto:" not in _main(web, host, cctv) and "@" not in _main(web, host, cctv)
    assert "step 2" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]["evidence"]) == {who}
    visits = "/lgnl/community_and_living/community_safety__crime_preve/cctv/control_room_visits.aspx"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]["evidence"]) == {visits} and "<img" not in _main(web, host, visits)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_phone_only_in_a_tel_link_and_agreement_only_from_the_agencies_contact_page(
    web: Heldback360Web, truth: dict
) -> None:
    host = "go.walsall.gov.uk"
    cctv = "/crime-safety-and-emergencies/public-space-cctv"
    assert 'href="tel:01922653110"' in _html(web, host, cctv)
    assert "01922" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and _no_extension(doc["url"])
    agencies = f"http://{host}/contact-us/requests-from-police-and-partner-agencies"
    assert _linking(web, host, doc["url"]) == {agencies}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of West Midlands Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert agencies in _links(web, host, "/contact-us")


def test_spoc_and_step_1_only_in_a_printed_automatic_reply(web: Heldback360Web, truth: dict) -> None:
    host = "www.eastriding.gov.uk"
    page = "/living/community-safety/cctv-in-our-towns/emailing-the-cctv-team/"
    html = _html(web, host, page)
    reply = html.split('<figure class="auto-reply">', 1)[1].split("</figure>", 1)[0]
    assert "single point of contact" in reply and "step 1 (desktop) certification" in reply
    outside = html.replace(reply, "")
    assert "single point of contact" not in outside and "step 1" not in outside
    for other in (
        "/living/community-safety/cctv-in-our-towns/",
        "/council/governance-and-spending/how-we-use-your-information/find-privacy-information/privacy-notice-for-cctv/",
    ):
        assert "single point of contact" not in _main(web, host, other)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {page}
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert a["heldback"]["robots_forbid_search"]


def test_county_directory_records_are_other_bodies_cameras(web: Heldback360Web, truth: dict) -> None:
    host = "www.suffolk.gov.uk"
    cat = "/community-and-safety/community-directory/category/crime-and-safety"
    records = [u for u in _links(web, host, cat) if "/record/" in u]
    assert len(set(records)) == 5
    for u in set(records):
        html = _html(web, host, urlsplit(u).path)
        assert '<table class="record-fields">' in html and "provided by the organisation" in html
        assert "@suffolk.example" not in html and "@suffolk.gov.uk" not in html
    routing = _main(web, host, "/contact-us/things-we-do-not-deal-with")
    assert "Town centre CCTV cameras" in routing and "district or borough council" in routing
    assert _auth(truth, host)["heldback"]["a_z"] is False


def test_welsh_twin_routes_to_police_and_town_council(web: Heldback360Web) -> None:
    host = "www.powys.gov.uk"
    en = "/article/1181/Town-centre-CCTV-in-Powys"
    cy = "/cy/erthygl/1181/Teledu-cylch-cyfyng-yng-nghanol-trefi"
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    main = _main(web, host, en)
    assert "Dyfed-Powys Police on 101" in main and "Welshpool Town Council" in main
    assert "does not own or run town centre cameras" in main


def test_spoc_only_in_a_call_back_table_on_a_legacy_site(web: Heldback360Web, truth: dict) -> None:
    host = "www.ne-derbyshire.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    callback = _html(web, host, "/contact-us/call-back.html")
    assert '<th scope="col">Who will call you</th>' in callback and "Rykneld Homes" in callback
    assert "single point of contact" not in _html(web, host, "/community-safety/cctv.html")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/contact-us/call-back.html"}
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_report_it_routes_cameras_elsewhere_and_agreement_only_from_a_public_notice(
    web: Heldback360Web, truth: dict
) -> None:
    host = "www.arun.gov.uk"
    links = _links(web, host, "/report-it")
    assert any(urlsplit(u).hostname == "www.sussex.police.uk" for u in links)
    assert any(urlsplit(u).hostname == "www.westsussex.gov.uk" for u in links)
    assert f"http://{host}/report-it/ask-about-council-cctv" in links
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    notice = f"http://{host}/public-notices/change-of-data-controller-for-public-cctv"
    assert doc["signed"] and doc["force"] == "Sussex" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {notice}
    assert "Signed on behalf of Sussex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("communities@")
    dem = "democracy.arun.gov.uk"
    assert dem in web.sites[host].hosts() and "cloud" in _main(web, dem, "/mgAi.aspx?ID=8514")
    assert not any(urlsplit(e["url"]).hostname == dem for k in d for e in d[k]["evidence"])


def test_enquiry_topics_as_links_to_step_pages_with_spoc_on_the_cctv_step(web: Heldback360Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    enq = "/contact-us/send-us-an-enquiry"
    step = f"{enq}?topic=cctv"
    html = _html(web, host, enq)
    assert '<ul class="topic-chooser">' in html and html.count("?topic=") >= 6
    assert f"http://{host}{enq}" in _linking(web, host, f"http://{host}{step}")
    assert "single point of contact" in _main(web, host, step)
    for other in (enq, "/community-safety/cctv", f"{enq}?topic=parking"):
        assert "single point of contact" not in _main(web, host, other), other
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {step}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    form = "/downloads/file/1877/police-cctv-footage-request-form"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )


def test_one_fact_in_the_webchat_cannot_help_list(web: Heldback360Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    chat = "/contact-us/chat-to-us-online"
    assert "What webchat cannot help with" in _main(web, host, chat) and "Sussex Police on 101" in _main(
        web, host, chat
    )
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{chat}"]
    assert "Lewes District Council" in _html(web, host, "/")


def test_spoc_as_a_row_of_the_email_table_and_agreement_only_from_the_radio_page(
    web: Heldback360Web, truth: dict
) -> None:
    host = "www.nwleics.gov.uk"
    emails = _html(web, host, "/pages/email_addresses")
    assert "<td>Surveillance cameras (CCTV) - single point of contact (SPOC)</td>" in emails
    assert emails.count("mailto:") >= 10
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("spoc.")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/pages/retail_radio_link"}
    assert doc["url"] not in _links(web, host, "/pages/cctv")


def test_mailbox_only_in_a_what_to_have_ready_checklist(web: Heldback360Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    ready = "/contact-us/before-you-contact-us"
    html = _html(web, host, ready)
    assert '<th scope="col">Have this ready</th>' in html and "mailto:community@" in html
    assert "mailto:" not in _html(web, host, "/cctv").split('<main id="main">', 1)[1]
    assert "Park Mark" in _main(web, host, "/parking/our-car-parks")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]["evidence"]) == {ready}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_and_phone_only_in_a_directory_record(web: Heldback360Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    rec = "/directory_record/2214/cctv_control_room"
    html = _html(web, host, rec)
    assert '<th scope="row">Accreditation</th>' in html and '<th scope="row">Telephone</th>' in html
    cctv = "/info/20014/community_safety/312/cctv"
    assert "step 2" not in _main(web, host, cctv) and "<img" not in _main(web, host, cctv)
    assert f"http://{host}{rec}" in _links(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-06"
    assert _paths(d["5.2"]["evidence"]) == {rec} and _paths(d["5.3"]["evidence"]) == {rec}


def test_one_fact_on_a_fly_tipping_enforcement_page(web: Heldback360Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    assert d51["pages"] == [f"http://{host}/environment/fly-tipping/how-we-investigate"]
    assert "town councils" in _main(web, host, "/community/mobile-cctv-cameras")
    assert "101" in _main(web, host, "/contact-us")


def test_out_of_hours_line_belongs_to_another_council(web: Heldback360Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    ooh = _main(web, host, "/contact-us/out-of-hours")
    assert "Runnymede Borough Council" in ooh and "cannot discuss CCTV" in ooh
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["status"] == "met" and a["deliverables"]["5.3"]["status"] == "not_met"
    assert a["heldback"]["democracy_host"] == "democracy.surreyheath.gov.uk"
    assert "agreement between the two councils" in _main(web, "democracy.surreyheath.gov.uk", "/mgAi.aspx?ID=11880")
    assert a["deliverables"]["5.5"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.eastriding.gov.uk", "tewkesbury.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback360Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.powys.gov.uk", "tewkesbury.gov.uk"})
    assert "Tewkesbury Town Council" in _main(web, "tewkesbury.gov.uk", "/contact-us/is-it-us")
