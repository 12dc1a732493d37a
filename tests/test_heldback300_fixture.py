"""The three-hundredth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, each a look-alike beside (or instead of) the council's
own publication: two pages titled 'CCTV' (parking enforcement and public safety) and an operator job advert that
repeats the facts; one article per question under a list of questions, with the SPOC and a signed ISA; a single
sentence in a many-topic privacy page and A to Z entries that only lead to 'different website' pages; a partner
control centre's step 2 mark in a logo strip beside a one-fact partnership page; a closed consultation with camera
facts beside the standing page; a quoted certificate (blockquote) as the only step 2 claim; a stale page with a
camera-locations table beside a leisure operator's, a BID's and a partnership's cameras and a planning condition;
another council's control room and code with a council-to-council deal; a draft police protocol out for comment on
a legacy site, with a RIPA SRO near-miss; a step 1 row in an accreditations table beside BS 7958, with paid
monitoring for businesses; a signed Kent Police agreement as an HTML page beside a council-to-council partnership
PDF; a Welsh twin with a signed Gwent Police ISA beside a monitoring SLA with Torfaen; committee papers on democracy
hosts; and councils that publish nothing but schools', town councils', the police's and FOI look-alikes.
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

from fixtures.heldback300.truth import TRUTH_PATH
from fixtures.heldback300.web import Heldback300Web


@pytest.fixture(scope="module")
def web() -> Heldback300Web:
    return Heldback300Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback300Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 300)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_two_pages_titled_cctv_and_a_job_advert_twin(web: Heldback300Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    for path in ("/parking/cctv", "/public-health-safety/cctv"):
        assert "<h1>CCTV</h1>" in _html(web, host, path), path
    assert "penalty charge notice" in _main(web, host, "/parking/cctv")
    advert = _main(web, host, "/jobs/cctv-control-centre-operator")
    assert "31 days" in advert and "information sharing agreement with the Metropolitan Police" in advert
    a = _auth(truth, host)
    pages = {urlsplit(u).path for u in a["deliverables"]["5.1"]["pages"]}
    assert pages == {"/public-health-safety/cctv"}
    assert "housing associations" in _main(web, host, "/housing/estate-cameras")
    d55 = a["deliverables"]["5.5"]
    assert d55["status"] == "partial" and not d55["documents"]


def test_related_questions_asides_spoc_and_signed_isa(web: Heldback300Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    questions = [u for u in _links(web, host, "/article/35110/CCTV") if "/article/3511" in u]
    assert len(questions) == 2
    why = "/article/35111/Why-have-CCTV-"
    who = f"http://{host}/article/35113/Who-looks-after-the-cameras-"
    assert '<aside class="related-questions">' in _html(web, host, why)
    assert _linking(web, host, who) == {f"http://{host}{why}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {urlsplit(who).path}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/35114/Can-I-get-a-copy-of-footage-"}
    assert _auth(truth, host)["oracle_fetches"] >= 5
    assert "Signed on behalf of Northumbria Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "penalty charge notice" in _main(web, host, "/article/36001/Bus-lane-enforcement")
    assert "Nexus" in _main(web, host, "/article/36002/Metro-station-safety")


def test_privacy_sentence_and_different_website_pages(web: Heldback300Web, truth: dict) -> None:
    host = "www.cumberland.gov.uk"
    pn = "/your-council/data-protection-and-privacy/privacy-notice/how-we-use-data"
    html = _html(web, host, pn)
    assert "<h2>CCTV and surveillance</h2>" in html and "<h2>National Fraud Initiative</h2>" in html
    az = _links(web, host, "/a-z")
    for go in ("/go/cctv-carlisle", "/go/cctv-allerdale"):
        assert f"http://{host}{go}" in az
        main = _main(web, host, go)
        assert "different website" in main
        off = [u for u in _links(web, host, go) if "cctv" in u.lower() and urlsplit(u).hostname != host]
        assert off, go
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["purpose"]
    assert "Cumbria Constabulary" in _main(web, host, "/news/police-camera-network")


def test_partner_centres_step_2_caption_is_not_the_councils(web: Heldback300Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    pg = "/community/safer-spelthorne"
    html = _html(web, host, pg)
    assert '<section class="partner-logos">' in html
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert caption.startswith("Safer Runnymede Control Centre") and "full certification (step 2)" in caption
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]
    assert "certificate of compliance" in _main(web, host, "/news/runnymede-certified")
    assert "Places Leisure" in _main(web, host, "/leisure/spelthorne-leisure-centre")


def test_certificate_text_version_is_the_only_step_2_claim(web: Heldback300Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    pg = "/community-and-safety/cctv"
    cert = f"http://{host}/community-and-safety/cctv/certificate-text-version"
    html = _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg) and "<img" not in html.split('<main id="main">')[1]
    assert _linking(web, host, cert) == {f"http://{host}{pg}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {cert}
    assert "28 days" not in _main(web, host, pg)
    sar = "/budgets-and-transparency/ask-see-cctv-footage-we-hold"
    assert d["5.1"]["criteria"]["retention"] and f"http://{host}{sar}" in d["5.1"]["pages"]
    assert "number plate" in _main(web, host, "/parking/camera-controlled-car-parks")
    assert "331 cameras" in _main(web, host, "/budgets-and-transparency/foi-disclosure-log")
    assert not any("foi" in u for u in d["5.1"]["pages"])


def test_stale_page_with_locations_table_beside_others_cameras(web: Heldback300Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    main = _main(web, host, pg)
    assert "Data Protection Act 1998" in main and "£10" in main
    assert "<caption>Camera locations by area</caption>" in _html(web, host, pg)
    assert "Everyone Active" in _main(web, host, "/leisure/westminster-lodge")
    assert "Condition 6" in _text(web, host, "/documents/planning/5-2025-0871-decision-notice.pdf")
    assert "not a member" in _main(web, host, "/news/herts-partnership-control-room")
    a = _auth(truth, host)
    assert {urlsplit(u).path for u in a["deliverables"]["5.1"]["pages"]} == {pg}


def test_consultation_results_pdf_beside_the_standing_page(web: Heldback300Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    results = "/media/5512/cctv-review-consultation-results.pdf"
    text = _text(web, host, results)
    assert "51 cameras" in text and "Surrey Police" in text
    d = _auth(truth, host)["deliverables"]
    assert not any("review" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met"
    assert "Fusion" in _main(web, host, "/leisure/leatherhead-leisure-centre")


def test_other_councils_hosted_code_and_monitoring_deal(web: Heldback300Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    pg = "/community-safety/cctv-cameras"
    hosted = "/media/2290/safer-runnymede-cctv-code-of-practice.pdf"
    assert f"http://{host}{hosted}" in _links(web, host, pg)
    assert "owned and run by Runnymede Borough Council" in _text(web, host, hosted)
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["policy"] and d["5.1"]["criteria"]["operator"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _linking(web, host, f"http://{host}/community-safety/cctv-camera-locations") == {f"http://{host}{pg}"}
    assert "task and finish group" in _main(web, "hart.moderngov.co.uk", "/mgAi.aspx?ID=3859")


def test_draft_protocol_mark_beside_sentence_and_ripa_sro(web: Heldback300Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, host, "/")
    pg = "/resident/community-and-safety/Pages/CCTV.aspx"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2017-11"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "20__" in text and "[insert name and rank]" in text and "[Comment PM1:" in text
    assert "Senior Responsible Officer" in _html(web, host, "/resident/community-and-safety/Pages/RIPA.aspx")
    assert d["5.3"]["status"] == "not_met"
    assert "52 cameras" in _html(web, host, "/resident/Pages/disclosure-log.aspx")


def test_step_1_only_in_a_photo_caption_and_paid_monitoring(web: Heldback300Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    html = _html(web, host, "/CCTV")
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "desktop certification (step 1)" in caption and "BS 7958" in caption
    assert html.count("step 1") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert _paths(d["5.5"]) == {"/media/1193/CCTV-Code-of-Practice.pdf"}
    assert "protocol" not in _main(web, host, "/CCTV")
    assert "alarm activations" in _main(web, host, "/business/cctv-for-your-business")


def test_signed_agreement_as_html_beside_councils_partnership(web: Heldback300Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert doc["signed"] and doc["force"] == "Kent" and "html" in (r.header("Content-Type") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council/use-cctv"}
    joint = _text(web, host, "/media/4410/joint-cctv-partnership-agreement-tunbridge-wells.pdf")
    assert "Tunbridge Wells" in joint and "Police" not in joint
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/council/use-cctv"}
    assert "passive monitoring" in _main(web, "democracy.tmbc.gov.uk", "/mgAi.aspx?ID=25945")


def test_welsh_twin_signed_isa_beside_monitoring_sla(web: Heldback300Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent" and "Gwent Police" in _text(web, host, urlsplit(doc["url"]).path)
    sla = _text(web, host, "/wp-content/uploads/2023/09/CCTV-monitoring-SLA-Torfaen.pdf")
    assert "Torfaen" in sla and "Police" not in sla
    assert d["5.3"]["status"] == "met"


def test_robots_forbid_search(truth: dict) -> None:
    assert _auth(truth, "www.maldon.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback300Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westsussex.gov.uk", "www.maldon.gov.uk", "eastdevon.gov.uk"})
    assert "Chelmsford" in _main(web, "democracy.maldon.gov.uk", "/mgAi.aspx?ID=19311")
    assert "does not run a public space CCTV scheme" in _main(
        web, "www.westsussex.gov.uk", "/about-the-council/disclosure-log"
    )
    assert "Install seven CCTV cameras" in _main(web, "eastdevon.gov.uk", "/planning-and-building-control/weekly-list")
