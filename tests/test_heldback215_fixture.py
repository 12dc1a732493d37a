"""The 215th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (facts split over four pages in three sections
with the operator and a signed Met agreement only on a page under About the council; a camera page on a partnership
path titled Leedswatch with a step 2 claim only in a figcaption and a signed agreement in a documents table with a
status column beside a draft; a stub page whose facts are in a service privacy notice and a policy PDF, with step 2
only in a certificate served without extension; a hub of question links with one page per answer, the SPOC on one,
and step 1 only in a Word compliance statement; a joint privacy notice five levels down and a Lifeline monitoring
centre page holding the SPOC for two councils; a short page with everything else in a policy PDF, the SPOC in its
contacts appendix; a room at police headquarters shared under an agreement between councils; a per-system
surveillance privacy notice and a page under the council's company with BS 7958 only; a bilingual site with a /cy
twin, figures only in an annual review PDF and the police role only mentioned; a policy served as Word without
extension and a signed release protocol linked only from a privacy notice; one fact on a savings table and one in a
department's privacy section; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback215.truth import TRUTH_PATH
from fixtures.heldback215.web import Heldback215Web


@pytest.fixture(scope="module")
def web() -> Heldback215Web:
    return Heldback215Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback215Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 215)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_facts_split_over_three_sections_and_agreement_under_about_the_council(
    web: Heldback215Web, truth: dict
) -> None:
    host = "www.wandsworth.gov.uk"
    cp = f"http://{host}/community-safety/crime-prevention"
    jcc = f"http://{host}/council-and-democracy/about-the-council/joint-control-centre"
    d = _auth(truth, host)["deliverables"]
    assert {f"{cp}/cctv", f"{cp}/cctv-and-retail-radio", jcc} <= set(d["5.1"]["pages"])
    assert jcc not in _links(web, host, "/community-safety/crime-prevention/cctv")
    assert "Wandsworth and Richmond" not in _main(web, host, "/community-safety/crime-prevention/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {jcc}
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(doc["url"]).path)
    assert "penalty charge notices" in _main(web, host, "/parking/parking-tickets-and-fines/cctv-cameras")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_figcaption_step_2_spoc_and_documents_table_with_status(web: Heldback215Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    pg = "/saferleeds/leedswatch-security-service"
    html = _html(web, host, pg)
    assert "<figcaption>The Leedswatch control room, awarded step 2 full certification" in html
    assert 'alt="Operators at work in the Leedswatch control room"' in html
    assert "CCTV" not in html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert '<th scope="col">Status</th>' in html and "Draft for consultation" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["force"] == "West Yorkshire" and doc["signed"]
    draft = "/saferleeds/documents/asb-case-review-protocol-draft.pdf"
    assert "DRAFT" in _text(web, host, draft) and f"http://{host}{draft}" not in {
        x["url"] for x in d["5.5"]["evidence"]
    }
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, pg)
    assert "democracy.leeds.gov.uk" in web.sites[host].hosts()


def test_stub_page_privacy_notice_and_extensionless_certificate(web: Heldback215Web, truth: dict) -> None:
    host = "www.cheshirewestandchester.gov.uk"
    stub = "/residents/community-safety/cctv"
    assert len(_main(web, host, stub)) < 700
    d = _auth(truth, host)["deliverables"]
    notice = f"http://{host}/your-council/privacy/service-privacy-notices/cctv"
    assert notice in d["5.1"]["pages"]
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and _linking(web, host, ev["url"]) == {notice}
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-05-12"
    assert "service level agreement between the councils" in _main(web, host, stub)
    assert d["5.5"]["status"] == "not_met"


def test_one_page_per_question_spoc_on_one_and_step_1_in_word(web: Heldback215Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    hub = "/community-safety/cctv"
    answers = [u for u in _links(web, host, hub) if urlsplit(u).path.startswith(hub + "/")]
    assert len(set(answers)) == 6
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{hub}/who-watches-the-cameras"}
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".docx") and d["5.2"]["level"] == "step1"
    assert (_render(web, ev["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "step 1" not in _main(web, host, hub).lower()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "300 a month" in _main(web, host, "/news/2024/03/21/upgraded-cctv-yields-results")


def test_joint_privacy_notice_and_monitoring_centre_page(web: Heldback215Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    pn = "/council/corporate/your-access-to-information/data-protection-and-information-management/privacy-notices/cctv"
    mc = "/residents/care-and-support/lifeline-and-cctv-monitoring-centre"
    assert pn.count("/") == 6 and "Redditch Borough Council and Bromsgrove District Council" in _main(web, host, pn)
    assert f"http://{host}{mc}" not in _links(web, host, pn) and f"http://{host}{pn}" not in _links(web, host, mc)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {pn, mc}
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {mc}
    assert d["5.5"]["status"] == "partial"


def test_short_page_policy_pdf_with_spoc_appendix(web: Heldback215Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    pg = "/services/community-safety/cctv"
    pdf = "/wp-content/uploads/2024/12/three-rivers-cctv-policy-2024-2028.pdf"
    assert "single point of contact" not in _main(web, host, pg).lower()
    assert "Appendix C: contacts" in _text(web, host, pdf)
    d = _auth(truth, host)["deliverables"]
    assert [urlsplit(u).path for u in d["5.1"]["pages"]] == [pg, pdf]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pdf}
    assert not any("moderngov" in u for u in d["5.1"]["pages"])
    assert "104 residents" in _main(web, "moderngov.threerivers.gov.uk", "/mgAi.aspx?ID=8841")


def test_room_at_police_headquarters_shared_between_councils(web: Heldback215Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "Nottinghamshire Police headquarters" in main and "partnership shared service agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial"


def test_per_system_privacy_notice_and_company_page_without_certification(web: Heldback215Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    spn = "/privacy-policy/surveillance-privacy-notice"
    html = _html(web, host, spn)
    assert html.count("<h2>") >= 4 and "<h2>Body worn cameras and dash cams</h2>" in html
    assert "BS 7958" in _main(web, host, "/business/colchester-amphora/cctv-monitoring")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert d["5.3"]["spoc"]["email"].endswith("colchesteramphora.example.co.uk")


def test_bilingual_twin_and_figures_only_in_annual_review(web: Heldback215Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cy = "/cy/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    review = "/en/documents/community-safety/cctv-partnership-annual-review-2024.pdf"
    assert "214 recordings" in _text(web, host, review)
    assert "214" not in _main(web, host, "/en/community-and-living/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_word_policy_without_extension_and_protocol_only_from_privacy_notice(web: Heldback215Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    d = _auth(truth, host)["deliverables"]
    r = _render(web, f"http://{host}/media/2291")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "working towards third-party certification" in _text(web, host, "/media/2291")
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/privacy-notice/cctv"}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_councils(web: Heldback215Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.ambervalley.gov.uk", "cameras", "/your-council/budgets-and-spending/savings-we-have-made"),
        ("tewkesbury.gov.uk", "retention", "/how-we-use-your-information/customer-services"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<table>" in _html(web, "www.ambervalley.gov.uk", "/your-council/budgets-and-spending/savings-we-have-made")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback215Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.worcestershire.gov.uk", "www.nuneatonandbedworth.gov.uk", "www.torridge.gov.uk"}
    )
    site = web.sites["www.torridge.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, "www.torridge.gov.uk", "/community-safety")
    assert _auth(truth, "www.nuneatonandbedworth.gov.uk")["heldback"]["robots_forbid_search"]
