"""The four hundred and thirty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the customer service front ends the set is built from are really served (a contact directory paged by
letter with the SPOC and a draft Met agreement on its C page; facts spread over residents' question digests with a
signed ISA linked from one answer; a contact triage whose third step alone names the SPOC; a Welsh twin reached only
through a Cymraeg toggle and a quick-answers aside; a 'Before you call' help box holding the control room's facts; step
2 only in a 'You said, we did' table; camera answers scattered under the topics of an all-services questions page; a
report-it form holding the only mailbox and step 2 only in an extensionless annual report; a shared-services table
signposting another council's site; a virtual assistant's ?intent= answer pages holding SPOC, step 1 and a police
agreement mention; a published email auto-reply and a signed Word SLA on a legacy site; one fact on a service status
page; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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

from fixtures.heldback431.truth import TRUTH_PATH
from fixtures.heldback431.web import Heldback431Web


@pytest.fixture(scope="module")
def web() -> Heldback431Web:
    return Heldback431Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(items: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in items
    }


def test_fresh_councils(web: Heldback431Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 431)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 5, "not_met": 7}, tally


def test_contact_directory_letter_page_holds_spoc_and_draft_agreement(web: Heldback431Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    page_c = "/contact-us/directory?letter=C"
    assert "single point of contact" not in _main(web, host, "/community/community-safety/cctv")
    assert "surveillance camera single point of contact" in _main(web, host, page_c)
    assert f"http://{host}{page_c}" in _links(web, host, "/contact-us/directory?letter=A")
    assert "single point of contact" not in _main(web, host, "/contact-us/directory?letter=A")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {page_c}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Metropolitan Police"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{page_c}"}


def test_facts_spread_over_question_digests_and_signed_isa(web: Heldback431Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    base = "/saferleeds/your-questions"
    d = _auth(truth, host)["deliverables"]
    digests = {f"{base}/{m}" for m in ("november-2024", "january-2025", "march-2025")}
    assert digests <= _paths(d["5.1"]["evidence"])
    assert "31 days" not in _main(web, host, "/saferleeds/leedswatch-security-service")
    assert "31 days" in _main(web, host, f"{base}/january-2025")
    assert "camera" not in _main(web, host, f"{base}/may-2025").lower()
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{base}/march-2025"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Leeds City Council" in text and "on behalf of West Yorkshire Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvenquiries@")
    assert "working towards" in _main(web, host, f"{base}/march-2025") and d["5.2"]["status"] == "not_met"


def test_spoc_only_at_the_third_step_of_a_contact_triage(web: Heldback431Web, truth: dict) -> None:
    host = "www.brighton-hove.gov.uk"
    tri = "/contact-us/get-in-touch"
    step2, step3 = f"{tri}?topic=cameras", f"{tri}?topic=cameras&camera=council"
    assert f"http://{host}{tri}" in _linking(web, host, f"http://{host}{step2}")
    assert f"http://{host}{step2}" not in _links(web, host, "/contact-us")
    assert _linking(web, host, f"http://{host}{step3}") == {f"http://{host}{step2}"}
    assert "single point of contact" not in _main(web, host, step2)
    assert "single point of contact for surveillance cameras" in _main(web, host, step3)
    assert "Sussex Police own and run" in _main(web, host, f"{tri}?topic=cameras&camera=street")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {step3}
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"] and a["heldback"]["robots_forbid_search"]
    pol = f"http://{host}/about-website/brighton-hove-city-council-surveillance-camera-policy"
    assert pol in d["5.1"]["pages"] and f"http://{host}/about-website" in _links(web, host, "/")


def test_welsh_twin_only_through_a_toggle_quick_answers_and_signed_isa(web: Heldback431Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    assert _linking(web, host, f"http://{host}/teledu-cylch-cyfyng") == {f"http://{host}/cctv"}
    assert '<html lang="cy">' in _html(web, host, "/teledu-cylch-cyfyng")
    faq = _html(web, host, "/cctvfaqs")
    assert '<aside class="quick-answers">' in faq and "Recordings kept: 31 days" in faq
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {"/cctvfaqs"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert "Llofnodwyd ar ran Heddlu De Cymru" in _text(web, host, urlsplit(doc["url"]).path)


def test_before_you_call_box_holds_the_control_room_facts(web: Heldback431Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    html = _html(web, host, "/contact-us")
    box = html.split("<h3>CCTV and the Emergency Services Centre</h3>", 1)[1].split("</section>", 1)[0]
    assert "31 days" in box and "01473 433190" in box and "data sharing agreement" in box
    assert "31 days" not in _main(web, host, "/communities-and-health/closed-circuit-television-cctv")
    d = _auth(truth, host)["deliverables"]
    assert {"/contact-us"} <= _paths(d["5.1"]["evidence"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_only_in_you_said_we_did_table(web: Heldback431Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    fb = "/community/lifeline-and-cctv/you-said-we-did"
    assert '<th scope="col">You said</th><th scope="col">We did</th>' in _html(web, host, fb)
    assert "step 2" not in _main(web, host, "/community/lifeline-and-cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"] == {**d["5.2"], "status": "met", "level": "step2", "awarded": "2018-11", "mark_displayed": False}
    assert _paths(d["5.2"]["evidence"]) == {fb}
    assert d["5.5"]["status"] == "partial" and "West Mercia Police" in d["5.5"]["evidence"][0]["quote"]


def test_camera_answers_scattered_over_an_all_services_questions_page(web: Heldback431Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    qs = "/contact-us/questions-and-answers"
    main = _main(web, host, qs)
    order = [
        main.index(t)
        for t in (
            "Parking",
            "Are the council's car parks",
            "Community safety",
            "Who watches the CCTV?",
            "Your information",
            "How long is CCTV footage kept?",
        )
    ]
    assert order == sorted(order)
    assert "31 days" not in _main(web, host, "/community-safety/cctv")
    assert "certificate of compliance" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert _paths(d["5.1"]["evidence"]) == {qs}


def test_mailbox_only_on_report_form_and_step_2_only_in_extensionless_report(web: Heldback431Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    report = "/downloads/file/1702/cctv-annual-report-2023-24"
    r = _render(web, f"http://{host}{report}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "step 2" in _text(web, host, report) and "step 2" not in _main(web, host, "/council/use-cctv")
    assert "@" not in _main(web, host, "/council/use-cctv") and "cctv@" in _main(web, host, "/report-it/cctv-camera")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.3"]["evidence"]) == {"/report-it/cctv-camera"}
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {report}


def test_shared_services_table_signposts_the_partner_council(web: Heldback431Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    assert "http://www.redditchbc.gov.uk/community/lifeline-and-cctv" in _links(web, host, "/contact-us")
    assert "<caption>Services another council runs for us</caption>" in _html(web, host, "/contact-us")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]


def test_virtual_assistant_answer_pages_hold_spoc_step_1_and_police_mention(web: Heldback431Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    ev = [e["url"] for k in d for e in d[k]["evidence"]]
    assert ev and all("/ask-mansfield?intent=cctv-" in u for u in ev)
    assert "30 days" not in _main(web, host, "/cctv")
    who = _html(web, host, "/ask-mansfield?intent=cctv-who")
    assert 'class="va-bubble va-bubble--assistant"' in who and 'class="chip"' in who
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-09"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert a["heldback"]["robots_forbid_search"]


def test_published_auto_reply_and_signed_word_sla_on_legacy_site(web: Heldback431Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    reply = "/Community/Emergency-Planning-CCTV/CCTV/After-You-Contact-Us.aspx"
    html = _html(web, host, reply)
    assert '<main id="main">' not in html and '<blockquote class="auto-reply">' in html
    assert "kept for 30 days" in html.split('<blockquote class="auto-reply">', 1)[1]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and doc["url"].endswith(".docx")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "award-winning" in html or d["5.2"]["status"] == "not_met"
    assert d["5.2"]["status"] == "not_met"


def test_one_fact_on_a_service_status_page(web: Heldback431Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    assert '<th scope="col">Service</th><th scope="col">Status</th><th scope="col">Details</th>' in _html(
        web, host, "/service-status"
    )
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/service-status"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback431Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cambridgeshire.gov.uk", "www.molevalley.gov.uk", "exeter.gov.uk"})
    assert "SIA" in _main(web, "exeter.gov.uk", "/jobs/cctv-control-centre-operator")
    assert "do not record people" in _main(web, "www.cambridgeshire.gov.uk", "/report-it/traffic-signal-or-camera")
