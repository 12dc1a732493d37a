"""Held-back web 284's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a SPOC only in a sub-committee's appendix PDF beside a
decoy item on a BID's cameras; a signed ISA only as a Word background paper without extension on a committee item,
beside Merseytravel's own police agreement; a signed ISA only inside an Executive report reached from an outside
body's page; a draft ISA with dotted signature lines only in Cabinet papers; a minute saying an agreement was signed
with none published; a SPOC only in a Cabinet minute's text beside a signed SLA between two councils; a SPOC named
only in a task group report with no contact; a SPOC only in an annual report's contacts; a signed police protocol
only as an annual report's annex reached by a year link; step 2 only inside an annual report; a step 2 certificate
PDF in a reports table; a step 1 sentence; BS 7958 and an award that are not certification; per-area folds with
mailboxes; aspx pages with a /CY twin; a legacy layout; one-fact pages; and councils that publish nothing but whose
committee papers are about other bodies' cameras.
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback284.truth import TRUTH_PATH
from fixtures.heldback284.web import Heldback284Web


@pytest.fixture(scope="module")
def web() -> Heldback284Web:
    return Heldback284Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_councils_are_fresh(web: Heldback284Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 284)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_committee_papers_never_count_for_5_1(truth: dict) -> None:
    for a in truth["authorities"]:
        dem = a["heldback"]["democracy_host"]
        if dem:
            assert not any(urlsplit(u).hostname == dem for u in a["deliverables"]["5.1"]["pages"]), a["name"]


def test_spoc_only_in_sub_committee_appendix_beside_bid_item(web: Heldback284Web, truth: dict) -> None:
    host, dem = "www.havering.gov.uk", "democracy.havering.gov.uk"
    d = _auth(truth, host)["deliverables"]
    appx = f"http://{dem}/documents/s84411/Appendix_1_CCTV_governance_framework.pdf"
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {appx}
    assert _linking(web, host, appx) == {f"http://{dem}/mgAi.aspx?ID=31204"}
    assert "single point of contact" in _text(web, dem, _path(appx))
    pg = "/info/20034/community_safety/1187/cctv_and_the_control_room"
    assert "single point of contact" not in _main(web, host, pg).lower()
    assert "information sharing agreement" in _main(web, host, pg)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    meeting = _links(web, dem, "/ieListDocuments.aspx?CId=656&MId=8124")
    assert f"http://{dem}/mgAi.aspx?ID=31205" in meeting
    assert "not to the council" in _main(web, dem, "/mgAi.aspx?ID=31205")


def test_signed_isa_only_as_word_background_paper(web: Heldback284Web, truth: dict) -> None:
    host, dem = "www.wirral.gov.uk", "democracy.wirral.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside" and _no_extension(doc["url"])
    assert urlsplit(doc["url"]).hostname == dem
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=10421"}
    decoy = _main(web, dem, "/mgAi.aspx?ID=10422")
    assert "Merseyside Police" in decoy and "not a party" in decoy
    assert all(urlsplit(e["url"]).query == "" for e in d["5.5"]["evidence"])
    pg = _main(web, host, "/community-and-living/community-safety/cctv-and-help-points")
    assert "BS 7958" in pg and "award" in pg and "certif" not in pg.lower()
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]


def test_signed_isa_in_executive_report_reached_from_outside_body(web: Heldback284Web, truth: dict) -> None:
    host, dem = "exeter.gov.uk", "committees.exeter.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall" and urlsplit(doc["url"]).hostname == dem
    item = f"http://{dem}/mgAi.aspx?ID=64231"
    assert _linking(web, host, doc["url"]) == {item}
    assert item in _links(web, dem, "/mgOutsideBodyDetails.aspx?ID=188")
    text = _text(web, dem, _path(doc["url"]))
    assert "Signed for Exeter City Council" in text and "Signed for Devon and Cornwall Police" in text
    pg = "/community-and-living/community-safety/cctv"
    assert "<img" not in _main(web, host, pg) and "step 1 (desktop)" in _main(web, host, pg)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "Devon County Council's traffic cameras" in _main(web, dem, "/mgAi.aspx?ID=64130")


def test_draft_isa_only_in_cabinet_papers_and_certificate_pdf(web: Heldback284Web, truth: dict) -> None:
    host, dem = "www.dover.gov.uk", "democracy.dover.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, dem, _path(doc["url"]))
    assert "DRAFT" in text and "........" in text
    docs = "/Community/Emergency-Planning-CCTV/CCTV/Reports-and-documents.aspx"
    cert = f"http://{host}/media/5523/Certificate-of-compliance.pdf"
    assert cert in _links(web, host, docs) and "<table>" in _html(web, host, docs)
    assert "step 2" in _text(web, host, "/media/5523/Certificate-of-compliance.pdf")
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2021-06-14" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_minute_says_signed_but_nothing_published(web: Heldback284Web, truth: dict) -> None:
    host, dem = "www.tmbc.gov.uk", "democracy.tmbc.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "signed by both parties" in _main(web, dem, "/mgAi.aspx?ID=25945")
    assert not any(k.endswith(".pdf") for (h, k) in web.sites[host].docs if h == dem)
    assert "passive monitoring" in _main(web, dem, "/mgAi.aspx?ID=25946")
    d51 = d["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}/services/transport-and-streets/town-centre-management"]


def test_spoc_in_cabinet_minute_beside_councils_sla_on_legacy_site(web: Heldback284Web, truth: dict) -> None:
    host, dem = "www.preston.gov.uk", "democracy.preston.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    minute = f"http://{dem}/mgAi.aspx?ID=20117"
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {minute}
    assert "single point of contact" in _text(web, dem, "/mgAi.aspx?ID=20117")
    sla = _text(web, dem, "/documents/s40771/CCTV_hub_SLA.pdf")
    assert "Signed for Blackburn with Darwen Borough Council" in sla and "Police" not in sla
    assert d["5.5"]["status"] == "not_met" and minute in _links(web, host, "/article/1076/CCTV")


def test_spoc_named_in_task_group_report_without_contact(web: Heldback284Web, truth: dict) -> None:
    host, dem = "www.hart.gov.uk", "democracy.hart.gov.uk"
    d = _auth(truth, host)["deliverables"]
    rep = "/documents/s14402/CCTV_Task_and_Finish_Group_final_report.pdf"
    text = _text(web, dem, rep)
    assert "single point of contact" in text and "@" not in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] is None and d["5.3"]["spoc"]["phone"] is None
    assert {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{dem}{rep}"}
    assert "agreement between Hart and Runnymede Borough Council" in _main(web, host, "/community-safety/cctv-cameras")
    assert d["5.5"]["status"] == "not_met"


def test_spoc_only_in_annual_report_contacts(web: Heldback284Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    rep = "/media/7104/cctv-annual-report-2024.pdf"
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    assert "<dl>" in _html(web, host, "/community-safety/cctv")
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {rep}
    assert "single point of contact" in _text(web, host, rep)
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]
    assert "belong to the Cathedral" in _main(web, host, "/news/cathedral-green-cameras")


def test_protocol_only_as_annual_report_annex_reached_by_a_year(web: Heldback284Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/CCTV/performance"}
    assert '">2024 to 2025</a>' in _html(web, host, "/CCTV/performance")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Annex C" in text and "Signed for Nottinghamshire Police" in text
    assert "£10 fee" in _main(web, host, "/CCTV")


def test_step_2_only_inside_annual_report_and_cy_twin(web: Heldback284Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pg = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTVFAQs.aspx"
    cy = pg.replace("/EN/", "/CY/")
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, cy)
    assert "step 2" not in _main(web, host, pg)
    rep = "/SiteElements/Documents/Resident/CCTV-Annual-Report-2023-24.pdf"
    assert "step 2" in _text(web, host, rep)
    assert d["5.2"] == {
        "status": "met",
        "level": "step2",
        "awarded": "2019-11",
        "mark_displayed": False,
        "evidence": d["5.2"]["evidence"],
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_area_folds_with_mailboxes(web: Heldback284Web, truth: dict) -> None:
    host = "www.northnorthants.gov.uk"
    html = _html(web, host, "/community-safety-and-emergencies/cctv")
    assert html.count("<details>") == 4 and html.count("mailto:cctv.") == 4
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"
    assert "Desborough Town Council" in _main(web, host, "/news/desborough-cameras-replaced-with-town-council-grant")


def test_one_fact_review_page(web: Heldback284Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "Police and Crime Panel" in _main(web, "democracy.molevalley.gov.uk", "/mgAi.aspx?ID=7712")


def test_councils_that_publish_nothing_carry_committee_decoys(web: Heldback284Web, truth: dict) -> None:
    nothing = {"www.cambridgeshire.gov.uk", "www.woking.gov.uk", "eastdevon.gov.uk"}
    assert_publish_nothing(web, truth, nothing)
    assert "Those cameras belong to Surrey Heath" in _text(
        web, "democracy.woking.gov.uk", "/documents/s28810/Surrey_Heath_monitoring_notice.pdf"
    )
    assert "Exmouth Town Council" in _text(web, "democracy.eastdevon.gov.uk", "/documents/s3321/Exmouth_CCTV.pdf")
    assert "not operate such a system" in _text(
        web, "democracy.cambridgeshire.gov.uk", "/documents/s91822/PCC_CCTV_fund.pdf"
    )
    for host in nothing:
        a = _auth(truth, host)
        assert a["heldback"]["democracy_host"] and not evidence_urls(a)
