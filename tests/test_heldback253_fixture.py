"""The two hundred and fifty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (own cameras called VSS on a page that never writes
'CCTV' while every 'CCTV' page is a look-alike; a step 2 claim only in a Word annual report without extension beside
a signed police ISA and a contractor SLA; a privacy notice with a systems table and the SAT on request and only a
data protection mailbox; a county, an island council and a city that publish nothing but carry look-alikes; a step 1
claim in a service standards table row and a code of practice as three articles with a System Manager's phone; one
fact as a bullet of a corporate privacy notice; the disclosure as one of three CCTV notices in a long list with the
SPOC designated in the building notice; one fact in a beach chalet hire terms PDF on a legacy site; criteria in a
form's legend and field hints beside a RIPA SRO; a privacy notice in six parts with CCTV in part 5 and step 2 only in
the code PDF beside a councils' SLA; a question-and-answer table with a SPOC row and a draft Word police agreement;
a councils' monitoring agreement beside a signed Word police ISA without extension; a four-council partnership whose
five-party protocol is signed by the police).
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

from fixtures.heldback253.truth import TRUTH_PATH
from fixtures.heldback253.web import Heldback253Web


@pytest.fixture(scope="module")
def web() -> Heldback253Web:
    return Heldback253Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback253Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 253)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_own_cameras_called_vss_and_cctv_only_on_look_alikes(web: Heldback253Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    vss = "/community-safety/video-surveillance"
    assert "cctv" not in _main(web, host, vss).lower()
    assert '<address class="contact-card">' in _html(web, host, vss)
    found = _html(web, host, "/search?q=cctv")
    assert (
        vss not in found
        and "/parking/cctv-traffic-enforcement" in found
        and "/jobs/cctv-control-room-operator" in found
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {vss}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any("/parking" in u or "/news" in u or "freedom-of-information" in u for u in d["5.1"]["pages"])


def test_step_2_only_in_word_annual_report_and_signed_isa_beside_contractor_sla(
    web: Heldback253Web, truth: dict
) -> None:
    host = "www.bradford.gov.uk"
    assert "Disallow: /search" in web.sites[host].robots_txt()
    rep = f"http://{host}/download/4417/cctv-annual-report-2023-24"
    r = _render(web, rep)
    assert _no_extension(rep) and (r.header("Content-Type") or "").endswith("wordprocessingml.document")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "step 2" not in _main(web, host, "/crime-and-community-safety/cctv").lower()
    assert "full certification (step 2)" in _text(web, host, urlsplit(rep).path)
    links = _links(web, host, "/crime-and-community-safety/cctv")
    assert any("maintenance-service-level-agreement" in u for u in links)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire" and doc["url"] in links
    assert "maintenance" not in doc["url"]


def test_privacy_notice_only_with_systems_table_and_data_protection_mailbox(web: Heldback253Web, truth: dict) -> None:
    host = "www.rutland.gov.uk"
    pn = "/my-council/data-protection/privacy-notices/closed-circuit-television"
    assert _linking(web, host, f"http://{host}{pn}") == {f"http://{host}/my-council/data-protection/privacy-notices"}
    html = _html(web, host, pn)
    assert "<caption>CCTV systems operated by Rutland County Council</caption>" in html
    assert "mailto:dataprotection@" in html and "single point of contact" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pn}"] and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback253Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lancashire.gov.uk", "www.anglesey.gov.uk", "www.lancaster.gov.uk"})
    host = "www.anglesey.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert "stopped running public space CCTV on 30 May 2014" in _main(
        web, host, "/en/Residents/Community-safety/CCTV-in-town-centres"
    )
    assert "Cyngor Tref Caergybi" in _main(
        web, host, "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng-canol-trefi"
    )
    assert "two cameras of its own for Euston Road" in _main(
        web, "www.lancaster.gov.uk", "/business/business-improvement-districts"
    )
    assert "Disallow: /search" in web.sites["www.lancashire.gov.uk"].robots_txt()


def test_step_1_table_row_code_articles_and_certificate_only_mentioned(web: Heldback253Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    html = _html(web, host, "/article/1764/CCTV")
    assert "<td>Third-party certification</td><td>Completed step one (desktop) certification" in html
    assert "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-03" and not d["5.2"]["mark_displayed"]
    assert "Telephone 023 8028 5311" in _main(web, host, "/article/457/Appendix-A-Key-personnel")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "service level agreement" in _main(web, host, "/article/2210/CCTV-for-town-and-parish-councils")


def test_one_fact_as_privacy_notice_bullet_and_one_in_hire_terms_pdf(web: Heldback253Web, truth: dict) -> None:
    dd = "www.derbyshiredales.gov.uk"
    assert "<li>People whose image is captured by Council owned CCTV or by photography.</li>" in _html(
        web, dd, "/privacy"
    )
    d51 = _auth(truth, dd)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["dpia"]
    assert "49 from the police" in _main(web, dd, "/news/cctv-helps-recover-repair-costs")
    hb = "www.hastings.gov.uk"
    site = web.sites[hb]
    assert site.search is None and not site.az and not site.sitemap
    assert '<main id="main">' not in _html(web, hb, "/")
    pdf = "/content/leisure_culture/beach_chalets/chalet_terms_2025.pdf"
    h51 = _auth(truth, hb)["deliverables"]["5.1"]
    assert h51["pages"] == [f"http://{hb}{pdf}"] and [k for k, v in h51["criteria"].items() if v] == ["cameras"]
    assert "council's CCTV cameras" in _text(web, hb, pdf)


def test_disclosure_one_of_three_notices_and_spoc_in_building_notice(web: Heldback253Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    op = "/council-information/access-information/privacy-notices/other-privacy-notices"
    links = {u for u in _links(web, host, op) if "cctv" in u}
    assert len(links) == 3
    d = _auth(truth, host)["deliverables"]
    hall = f"http://{host}{op}/town-hall-and-create-building-cctv-privacy-notice"
    assert {e["url"] for e in d["5.3"]["evidence"]} == {hall} and hall in links
    assert f"http://{host}{op}/public-space-cctv-privacy-notice" in d["5.1"]["pages"]
    assert "own CCTV and ANPR network" in _main(web, host, "/business/town-centre-bid")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_criteria_in_form_legend_and_hints_and_ripa_sro_only(web: Heldback253Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    html = _html(web, host, "/community-safety/cctv/request-footage/")
    assert "<legend>Recordings are kept for 31 days, so make your request before then</legend>" in html
    assert 'class="hint"' in html and "insurers and solicitors" in html
    assert "Senior Responsible Officer" in _main(web, host, "/about-us/data-protection/ripa/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["retention"] and d["5.3"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"


def test_privacy_notice_in_parts_step_2_in_code_and_councils_sla(web: Heldback253Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    part5 = f"http://{host}/terms-conditions/privacy-notice/5"
    assert f"http://{host}/terms-conditions/privacy-notice/4" in _linking(web, host, part5)
    assert '<nav class="parts"' in _html(web, host, "/terms-conditions/privacy-notice/5")
    d = _auth(truth, host)["deliverables"]
    assert part5 in d["5.1"]["pages"] and d["5.1"]["criteria"]["signage"]
    assert d["5.2"]["level"] == "step2" and urlsplit(d["5.2"]["evidence"][0]["url"]).path.endswith(".pdf")
    assert "step 2" not in _main(web, host, "/cctv/cctv-wyre").lower()
    assert "service level agreement" in _main(web, host, "/cctv/fylde-cameras") and d["5.5"]["status"] == "not_met"
    assert "wyre.moderngov.co.uk" in web.sites[host].hosts()
    assert not any("moderngov" in u for u in d["5.1"]["pages"])


def test_question_table_spoc_row_and_draft_word_agreement(web: Heldback253Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<table class="qa">' in html and '<th scope="row">Who is responsible for the council' in html
    assert "working towards third-party certification" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "").endswith("wordprocessingml.document")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_councils_agreement_beside_signed_word_police_isa(web: Heldback253Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    links = _links(web, host, "/community-safety/town-centre-cctv")
    assert any("monitoring-agreement-harborough" in u for u in links)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and _no_extension(doc["url"]) and doc["url"] in links
    assert (_render(web, doc["url"]).header("Content-Type") or "").endswith("wordprocessingml.document")
    assert "Signed on behalf of Leicestershire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("safercommunities@")


def test_partnership_host_spoc_for_four_councils_and_five_party_protocol(web: Heldback253Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    ag = "/community-safety/cctv/agreements"
    links = _links(web, host, ag)
    assert len([u for u in links if u.endswith(".pdf")]) == 2
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and doc["url"] in links
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for") == 5 and "Hertfordshire Constabulary" in text
    assert "joint-committee-agreement" not in doc["url"]
    assert d["5.3"]["status"] == "met" and "democracy.stevenage.gov.uk" in web.sites[host].hosts()
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
