"""The hundred-and-ninety-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (camera facts as one section of a many-topic safety page
and a partnership agreement published as HTML parts signed only on the last; a step 2 claim only in a partner-logo
band in the footer of one section, and a draft footage protocol out to consultation; a Welsh-first site whose CCTV
page's language toggle leads to an English PDF, the only English version, with another council's certificate in
Cabinet minutes; a step 1 claim only in an annual report PDF and a SPOC in a definition list; a signed agreement only
as a cryptically named appendix on a main-site meeting page; facts under the results tables of a closed consultation;
every fact in closed <details> widgets; one fact on a cemetery page with a print copy of the safety page; one fact on
a harbour page; a shared site whose privacy table credits cameras to the other council; a step 2 claim only in
scrutiny minutes on a moderngov host; a shared camera page told apart by ?area= query strings; a step 2 claim only in
a privacy notice's table cell and a signed Word agreement linked from an FAQ answer; robots.txt forbidding the search;
and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback199.truth import TRUTH_PATH
from fixtures.heldback199.web import Heldback199Web


@pytest.fixture(scope="module")
def web() -> Heldback199Web:
    return Heldback199Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils_of_the_briefs_mix(web: Heldback199Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 199)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_many_topic_safety_page_and_agreement_in_html_parts(web: Heldback199Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    cs = "/info/200514/community_safety_and_policing"
    out = _main(web, host, f"{cs}/1267/keeping_safe_-_out_and_about")
    for heading in ("Street Pastors", "Closed-circuit television (CCTV)", "Radio link and ClubScan"):
        assert heading in out
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    agr = f"http://{host}{cs}/1290/safer_sutton_partnership_agreement"
    assert doc["url"] == agr and doc["signed"] and doc["force"] == "Metropolitan Police"
    parts = [u for u in _links(web, host, urlsplit(agr).path) if u.startswith(agr + "/part-")]
    assert len(set(parts)) == 8
    for n in range(1, 8):
        assert "Signed for and on behalf" not in _main(web, host, f"{urlsplit(agr).path}/part-{n}")
    last = _main(web, host, f"{urlsplit(agr).path}/part-8")
    assert "on behalf of the London Borough of Sutton" in last and "on behalf of the Metropolitan Police" in last
    assert {e["url"] for e in d["5.5"]["evidence"]} == {f"{agr}/part-8"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_2_only_in_a_section_footer_band_and_draft_protocol(web: Heldback199Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    pg = "/services/crime-community-safety/cctv-overt-surveillance"
    html = _html(web, host, pg)
    footer = html.split("<footer>", 1)[1]
    assert 'class="partner-band"' in footer and "step 2 (full)" in footer
    assert "step 2" not in _main(web, host, pg).lower()
    assert 'class="partner-band"' not in _html(web, host, "/")
    assert 'class="partner-band"' not in _html(web, host, "/services/business/monitoring-for-businesses")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "South Yorkshire"
    consult = f"http://{host}/services/crime-community-safety/consultation-cctv-footage-release-protocol"
    assert _linking(web, host, doc["url"]) == {consult}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text


def test_welsh_first_toggle_leads_to_english_pdf_only(web: Heldback199Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    assert _html(web, host, "/").startswith('<!DOCTYPE html><html lang="cy">')
    tcc = "/cy/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng"
    pdf = f"http://{host}/media/4127/teledu-cylch-cyfyng-canol-trefi-english-version.pdf"
    assert f'<p class="language-toggle"><a href="{urlsplit(pdf).path}" lang="en" hreflang="en">' in _html(
        web, host, tcc
    )
    assert _linking(web, host, pdf) == {f"http://{host}{tcc}"}
    assert (_render(web, pdf).header("Content-Type") or "") == "application/pdf"
    assert "cctv" not in _main(web, host, "/en/residents/community-safety").lower()
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{tcc}" in d["5.1"]["pages"] and pdf in d["5.1"]["pages"]
    minutes = _main(web, "democracy.blaenau-gwent.gov.uk", "/mgAi.aspx?ID=9120")
    assert "Caerphilly County Borough Council holds full certification" in minutes
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_only_in_annual_report_and_spoc_in_definition_list(web: Heldback199Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    pg = "/community-safety/cctv"
    assert "<dt>Single point of contact for surveillance cameras</dt><dd>Community Protection Manager</dd>" in _html(
        web, host, pg
    )
    assert "step 1" not in _main(web, host, pg).lower()
    report = "/media/hr2dd4fe/cctv-annual-report-2023-24.pdf"
    assert "step 1 (desktop) certification" in _text(web, host, report)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {report}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_signed_isa_only_as_cryptic_appendix_on_main_site_meeting_page(web: Heldback199Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and urlsplit(doc["url"]).hostname == host
    meeting = f"http://{host}/meetings/full-council-10-december-2024"
    assert _linking(web, host, doc["url"]) == {meeting}
    assert ">-35ii-24-12-10-cl-i-cctv-isa-app-b (pdf)</a>" in _html(web, host, urlsplit(meeting).path)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Three Rivers District Council" in text and "Hertfordshire Constabulary" in text
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met"


def test_facts_under_closed_consultation_results(web: Heldback199Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    pg = "/crime-safety-emergencies/cctv-review"
    html = _html(web, host, pg)
    assert html.index("<table>") < html.index("<h2>Background</h2>") < html.index("51 cameras at 31 sites")
    assert "The consultation closed" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pg}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["statistics"]
    assert "mailto:" not in _main(web, host, pg) and "mailto:" not in _main(web, host, "/crime-safety-emergencies/cctv")
    assert (d["5.3"]["status"], d["5.5"]["status"]) == ("not_met", "not_met")


def test_every_fact_in_closed_details_widgets(web: Heldback199Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    pg = "/community-and-safety/cctv-public-space-cameras"
    html = _html(web, host, pg)
    assert html.count("<details><summary>") == 7 and "<details open" not in html
    spoc = "single point of contact for surveillance cameras"
    assert html.index("<summary>Who is responsible?</summary>") < html.index(spoc) < html.rindex("</details>")
    assert "BS 7958" in html and not web.sites[host].az
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback199Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.torridge.gov.uk", "retention", "/cemeteries/higher-cemetery-bideford"),
        ("www.cornwall.gov.uk", "cameras", "/parking-roads-and-travel/harbours/truro-harbour/moorings-and-pontoons"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    torr = "www.torridge.gov.uk"
    assert '<main id="main">' not in _html(web, torr, "/community-safety")
    assert "http://www.torridge.gov.uk/community-safety?action=Print" in _links(web, torr, "/community-safety")
    assert "CCTV, policing in your area" in _html(web, torr, "/community-safety?action=Print")
    hub = "/community-and-living/cornwall-fire-and-rescue-service/keeping-safe/town-centre-cctv"
    assert "closed in 2023" in _main(web, "www.cornwall.gov.uk", hub)


def test_step_2_only_in_scrutiny_minutes_on_moderngov(web: Heldback199Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    dem = "moderngovwebpublic.redditchbc.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert urlsplit(ev["url"]).hostname == dem and d["5.2"]["level"] == "step2"
    for path in ("/community-and-living/community-safety/cctv-and-the-monitoring-centre", "/privacy-notices/cctv"):
        assert "step 2" not in _main(web, host, path).lower()
    assert not any(dem in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["code_compliance"]
    assert f"http://{dem}/" in _links(web, host, "/council-and-democracy/committee-meetings")


def test_shared_page_told_apart_by_query_strings(web: Heldback199Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    links = set(_links(web, host, "/community-safety/cctv"))
    lw, eb = f"http://{host}/community-safety/cctv?area=lewes", f"http://{host}/community-safety/cctv?area=eastbourne"
    assert {lw, eb} <= links
    assert "Eastbourne Borough Council owns 40 cameras" in _main(web, host, "/community-safety/cctv?area=eastbourne")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [lw] and eb not in {e["url"] for k in d for e in d[k]["evidence"]}
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_in_privacy_table_cell_and_word_isa_from_faq(web: Heldback199Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    pn = "/privacy-policy/surveillance-privacy-notice/"
    html = _html(web, host, pn)
    cell = html.split("step 2 full certification", 1)[0].rsplit("<td>", 1)[1]
    assert "</td>" not in cell
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-11"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv-questions/"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for Essex Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_shared_site_privacy_table_credits_cameras_to_the_other_council(web: Heldback199Web) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    html = _html(web, host, "/privacy/service-privacy-notices")
    rows = [r for r in html.split("<tr>") if "CCTV" in r]
    assert len(rows) == 1 and "Broadland District Council" in rows[0]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hertfordshire.gov.uk", "tewkesbury.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback199Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.hertfordshire.gov.uk", "www.southnorfolkandbroadland.gov.uk", "tewkesbury.gov.uk"}
    )
    assert "Tewkesbury Town Council" in _main(web, "tewkesbury.gov.uk", "/community-safety")
