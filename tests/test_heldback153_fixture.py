"""The hundred-and-fifty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a step 2 claim only in a sales brochure for services sold
to organisations; a release-of-tapes page with stale wording and a signed three-party Metro protocol; camera facts as
records in a directory with the SPOC in the fair processing notice and a Word code without extension; a Welsh-first
site whose English twin is reached only by the language switch; a community safety article in numbered parts with a
signed ISA among agreement near-misses and a step 1 claim only in the corporate annual report; camera positions only
on map pages linked from a sidebar and a SPOC page; lay inspectors' reports and a signed Live-View agreement without
extension; a Word release form with a stale fee and a PCC funding agreement; a step 2 claim only in a request form's
footer and a draft Word protocol without extension; a shared service with a combined authority and a SPOC; one-fact
councils with the fact only in a park management plan PDF or on a bus station page; councils that publish nothing
but carry FOI answers, case studies, appeals, grants tables and hosted guidance; robots forbidding the search).
"""

from __future__ import annotations

import json
import re
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback153.truth import TRUTH_PATH
from fixtures.heldback153.web import Heldback153Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback153Web:
    return Heldback153Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback153Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 153)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_in_the_sales_brochure_of_services_sold(web: Heldback153Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    brochure = "/sites/default/files/2025-01/EPSC-services-brochure.pdf"
    assert "full step 2 certification" in _text(web, host, brochure)
    services = "/services/community-safety/enfield-public-safety-centre"
    assert _linking(web, host, f"http://{host}{brochure}") == {f"http://{host}{services}"}
    for page in (services, "/services/community-safety/closed-circuit-television-cctv"):
        assert "step 2" not in _main(web, host, page).lower()
    assert "BS 8484" in _main(web, host, services)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2015"
    assert not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "epsc@enfield.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "1,000 cameras" in _main(web, host, "/jobs/epsc-operator")
    assert "penalty charge notice" in _main(web, host, "/parking/school-streets")


def test_release_of_tapes_and_three_party_metro_protocol(web: Heldback153Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    tapes = _main(web, host, "/article/2839/CCTV-procedure-for-the-release-of-tapes")
    assert "Data Protection Act 1998" in tapes and "£10" in tapes
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Northumbria"
    text = _text(web, host, _path(doc["url"]))
    assert text.count("Signed for and on behalf of") == 3 and "Nexus" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/2840/Metro-station-cameras"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_directory_records_spoc_in_fair_processing_notice_and_word_code(web: Heldback153Web, truth: dict) -> None:
    host = "www.stoke.gov.uk"
    ctrl = _html(web, host, "/directory_record/335601/cctv_control_centre")
    assert '<th scope="col">Field</th><th scope="col">Details</th>' in ctrl and "Recordings kept" in ctrl
    d = _auth(truth, host)["deliverables"]
    fpn = f"http://{host}/directory_record/335606/community_cctv"
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {fpn}
    assert d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    code = "/downloads/download/1187/cctv_code_of_practice"
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == DOCX and 'filename="CCTV-code-of-practice-2024.docx"' in (
        r.header("Content-Disposition") or ""
    )
    assert _no_extension(code) and f"http://{host}{code}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "not_met"


def test_welsh_first_site_english_twin_only_by_the_language_switch(web: Heldback153Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    assert _html(web, host, "/").startswith('<!DOCTYPE html><html lang="cy">')
    cy = f"http://{host}/cy/Trigolion/Diogelwch-cymunedol/Camerau-diogelwch-cyhoeddus.aspx"
    en = f"http://{host}/en/Residents/Community-safety/Public-space-CCTV.aspx"
    assert _linking(web, host, en) == {cy}
    assert "<h1>Camerâu diogelwch cyhoeddus (TCC)</h1>" in _html(web, host, _path(cy))
    d = _auth(truth, host)["deliverables"]
    assert cy in d["5.1"]["pages"] and en in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Heddlu Gogledd Cymru" in _main(web, host, _path(cy))


def test_article_parts_agreements_list_and_step_1_in_annual_report(web: Heldback153Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    art = f"http://{host}/info/20010/your_environment/203/community_safety"
    assert _linking(web, host, f"{art}/5") == {art} | {f"{art}/{n}" for n in (2, 3, 4, 6)}
    part6 = _main(web, host, _path(f"{art}/6"))
    assert "MARAC" in part6 and "Anti-social behaviour case conferences" in part6
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Hertfordshire"
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-11"
    assert [_path(e["url"]) for e in d["5.2"]["evidence"]] == [
        "/info/20025/about_the_council/1480/annual_report_2019_20"
    ]
    assert "step 1" not in _main(web, host, _path(f"{art}/5")).lower()
    assert d["5.3"]["status"] == "not_met" and "01923 278 512" in _main(web, host, "/jobs/cctv-operator")
    assert "watford.moderngov.co.uk" in web.sites[host].hosts()


def test_map_pages_only_from_sidebar_and_spoc_page(web: Heldback153Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    page = f"http://{host}/cctv/cctv-wyre"
    assert '<aside class="widget">' in _html(web, host, "/cctv/cctv-wyre")
    for town in ("fleetwood", "thornton-cleveleys", "poulton-le-fylde", "garstang"):
        assert _linking(web, host, f"http://{host}/cctv/maps/{town}") == {page}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] == "01253 887 431"
    assert "service level agreement" in _main(web, host, "/cctv/monitoring-for-other-councils")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_lay_inspectors_and_live_view_agreement_without_extension(web: Heldback153Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]


def test_word_release_form_stale_fee_and_pcc_funding_is_not_police(web: Heldback153Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    form = "/sites/default/files/2023-07/Release-of-information-application-form.docx"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "") == DOCX
    assert "£10" in _text(web, host, form)
    assert "Police and Crime Commissioner" in _main(web, host, "/community-safety/cctv/funding")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert "<table>" in _html(web, host, "/community-safety/cctv")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_2_only_in_form_footer_and_draft_word_protocol(web: Heldback153Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert [_path(e["url"]) for e in d["5.2"]["evidence"]] == ["/media/4412/cctv-footage-request-form.pdf"]
    for page in ("/community-safety/cctv-control-room", "/budgets-and-transparency/ask-to-see-cctv-footage-we-hold"):
        assert "step 2" not in _main(web, host, page).lower()
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "") == DOCX
    assert "20__" in _text(web, host, _path(doc["url"]))


def test_shared_service_with_combined_authority_and_spoc(web: Heldback153Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    main = _main(web, host, "/index.php/community-safety/cctv")
    assert "West Midlands Combined Authority" in main and "BS 7958" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback153Web, truth: dict) -> None:
    plan = "/sites/default/files/2024-03/Memorial-Gardens-management-plan-2024-2029.pdf"
    for host, path in (("crawley.gov.uk", plan), ("www.basildon.gov.uk", "/article/5120/Basildon-bus-station")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    park = _main(web, "crawley.gov.uk", "/leisure-and-culture/parks-and-open-spaces/memorial-gardens")
    assert not re.search(r"(?i)camera|cctv", park)
    assert not web.sites["crawley.gov.uk"].az
    assert "democracy.basildon.gov.uk" in web.sites["www.basildon.gov.uk"].hosts()


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback153Web, truth: dict) -> None:
    nothing = {"www.westsussex.gov.uk", "www.gloucester.gov.uk", "www.teignbridge.gov.uk"}
    assert_publish_nothing(web, truth, nothing, min_decoys=5)
    fo = "/about-the-council/freedom-of-information/disclosure-log/foi-2024-1187"
    assert "does not own or operate public space CCTV" in _main(web, "www.westsussex.gov.uk", fo)
    assert "Commissioner" in _text(web, "www.gloucester.gov.uk", "/media/3321/case-study-gloucester-city-centre.pdf")
    teign = web.sites["www.teignbridge.gov.uk"]
    assert teign.search is None and '<main id="main">' not in _html(web, "www.teignbridge.gov.uk", "/")
    assert "redeployable CCTV" in _html(web, "www.teignbridge.gov.uk", "/grants-and-funding/ukspf-awards.php")


def test_robots_forbid_search(truth: dict) -> None:
    forbid = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]}
    assert forbid == {"www.gateshead.gov.uk", "www.westsussex.gov.uk", "www.wychavon.gov.uk"}
