"""The three hundred and twentieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (camera services shared with, hosted by or
contracted to another council or partnership: a host council's shared-service page with the SPOC in a definition list,
step 2 only in a quarterly report and a three-party signed protocol beside the councils' own agreement; a page leaning
on a neighbour's hub with the detail only in a privacy notice and a draft protocol page with blank signature lines; a
page of one sentence sending readers to a six-borough hub off-site; a joint two-council policy holding the SPOC; a
system shared with a shopping centre, step 2 only in a Word annual report without extension; a council monitoring
town councils' cameras under agreements, with its SPOC in an address card on a legacy site; a control room inside a
police station with a signed premises licence that is not an agreement about footage; a lead authority monitoring
contracted partners whose code only mentions the police protocol; a SPOC only in a privacy notice and a signed Met
agreement published as an HTML page; step 2 only in a table row; and councils that publish nothing of their own
beside a partner link: a county, a Welsh council whose town cameras are the police's, a two-council joint site).
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

from fixtures.heldback320.truth import TRUTH_PATH
from fixtures.heldback320.web import Heldback320Web


@pytest.fixture(scope="module")
def web() -> Heldback320Web:
    return Heldback320Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _off_site(web: Heldback320Web, host: str, path: str) -> list[str]:
    """Links on a page to hosts this web does not serve (a partner's own website)."""
    return [u for u in _links(web, host, path) if web.site_for_host(urlsplit(u).hostname or "") is None]


def test_fresh_councils(web: Heldback320Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 320)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_host_of_shared_service(web: Heldback320Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    pg = "/streets-parking-transport/cctv"
    html = _html(web, host, pg)
    assert "<dt>Single point of contact for surveillance cameras (both councils)</dt>" in html
    assert "step 2" not in _main(web, host, pg).lower()
    hawk = "/media/5521/hawk-eye-q2-2024-25.pdf"
    assert "step 2 certification" in _text(web, host, hawk)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pg}
    (doc,) = d["5.5"]["documents"]
    proto = _text(web, host, urlsplit(doc["url"]).path)
    assert all(
        x in proto
        for x in ("Huntingdonshire District Council", "Cambridge City Council", "Cambridgeshire Constabulary")
    )
    councils = "/media/5389/shared-service-agreement.pdf"
    assert "Signed for both councils" in _text(web, host, councils)
    assert f"http://{host}{councils}" not in {x["url"] for x in d["5.5"]["documents"]}
    assert "democracy.huntingdonshire.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_neighbour_hub_privacy_notice_and_draft_protocol_page(web: Heldback320Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    pg = "/community-and-safety/town-centre-cameras"
    assert _off_site(web, host, pg) == ["https://www.harborough.gov.uk/cctv"]
    assert "31 days" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/privacy/notices/town-centre-cctv" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("text/html")
    draft = _main(web, host, urlsplit(doc["url"]).path)
    assert "[date]" in draft and "________" in draft and "DRAFT" in draft
    assert _linking(web, host, "http://democracy.melton.gov.uk/ieIssueDetails.aspx?IId=8217&Opt=3")


def test_one_sentence_pointing_at_a_neighbours_hub(web: Heldback320Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    pg = "/residents/community-safety/cctv"
    assert _off_site(web, host, pg) == ["https://www.blackburn.gov.uk/cctv"]
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert "Senior Responsible Officer" in _main(web, host, "/council/policies/ripa")
    assert "certified" in _main(web, host, "/news/hub-certified")
    assert all(a["deliverables"][k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_joint_policy_of_two_councils_holds_the_spoc(web: Heldback320Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    pol = "/media/8817/surveillance-camera-policy-chorley-and-south-ribble.pdf"
    text = _text(web, host, pol)
    assert "South Ribble Borough Council" in text and "single point of contact for surveillance cameras" in text
    assert "single point of contact" not in _main(web, host, "/community/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pol}
    assert "shared services agreement" in _main(web, host, "/council/shared-services")
    assert d["5.5"]["status"] == "not_met"


def test_shopping_centre_partner_and_word_report_without_extension(web: Heldback320Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    pg = "/community-safety/cctv-closed-circuit-television"
    assert "step 2" not in _main(web, host, pg).lower()
    report = "/downloads/file/2210/cctv-annual-report-2023-24"
    r = _render(web, f"http://{host}{report}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "") and _no_extension(report)
    assert "step 2 audit" in _text(web, host, report)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    assert "Three Spires" in _text(web, host, "/downloads/file/2202/joint-operating-agreement")
    assert d["5.5"]["status"] == "not_met" and not d["5.5"]["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_town_councils_monitored_and_spoc_in_address_card_on_legacy_site(web: Heldback320Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    site = web.sites[host]
    pg = "/residents/community-safety/cctv"
    html = _html(web, host, pg)
    assert site.search is None and '<main id="main">' not in html
    assert "<address>Single point of contact for surveillance camera systems<br>" in html
    agreements = "/documents/town_council_monitoring_agreements.pdf"
    assert "Edenbridge Town Council" in _text(web, host, agreements)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and doc["url"] != f"http://{host}{agreements}"
    assert "Signed for and on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"


def test_premises_licence_with_the_police_is_not_an_agreement_on_footage(web: Heldback320Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    lic = "/downloads/file/3320/licence-to-occupy-cctv-suite-grantham-police-station"
    text = _text(web, host, lic)
    assert "Signed for Lincolnshire Police" in text and "footage" not in text.lower()
    assert "award-winning" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.2"]["status"] == "not_met"


def test_lead_authority_code_mentions_protocol_and_holds_mailbox(web: Heldback320Web, truth: dict) -> None:
    host = "www.plymouth.gov.uk"
    code = _text(web, host, "/media/12004")
    assert "protocol agreed with Devon and Cornwall Police" in code and "Contracted partners" in code
    assert "Signed: ............" in code
    assert "cctv@plymouth" not in _html(web, host, "/parking-and-travel/cctv")
    assert "monitoring contract" in _main(web, host, "/parking-and-travel/cctv/cctv-partners")
    d = _auth(truth, host)["deliverables"]
    assert "BS 7958" in _main(web, host, "/parking-and-travel/cctv") and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_only_in_privacy_notice_and_agreement_as_html_page(web: Heldback320Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    pg = "/community-safety/closed-circuit-television-cctv"
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("text/html")
    isa = _html(web, host, urlsplit(doc["url"]).path)
    assert '<th scope="col">Signed for</th>' in isa and "Metropolitan Police Service" in isa
    reg = f"http://{host}/council-and-democracy/information-governance/information-sharing-register"
    assert _linking(web, host, doc["url"]) == {reg}
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/privacy/service-privacy-notices/cctv-and-surveillance"
    }


def test_step_2_only_in_a_table_row(web: Heldback320Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    pg = "/community-and-living/community-safety/cctv-and-help-points"
    html = _html(web, host, pg)
    assert "<td>Step 2 (full certification)</td>" in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"] and d["5.5"]["status"] == "partial"


def test_one_fact_project_page(truth: dict) -> None:
    d51 = _auth(truth, "www.basingstoke.gov.uk")["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == ["http://www.basingstoke.gov.uk/community/safer-streets-town-centre"]


def test_privacy_notice_with_dpo_and_refuge_points(web: Heldback320Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    notice = _main(web, host, "/about-us/data-protection/departmental-privacy-notices/cctv-privacy-notice")
    assert "Data Protection Officer" in notice
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "CCTV control room"
    assert not web.sites[host].az


def test_councils_that_publish_nothing_beside_a_partner_link(web: Heldback320Web, truth: dict) -> None:
    hosts = {"www.worcestershire.gov.uk", "www.pembrokeshire.gov.uk", "www.adur-worthing.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert len(_off_site(web, "www.worcestershire.gov.uk", "/info/20012/community_safety/1412/town_centre_cctv")) == 2
    assert _off_site(web, "www.adur-worthing.gov.uk", "/community-safety/cctv-footage")
    cy = _html(web, "www.pembrokeshire.gov.uk", "/cy/diogelwch-cymunedol/camerau-canol-trefi")
    assert '<html lang="cy">' in cy and "Heddlu Dyfed-Powys" in cy
    assert _auth(truth, "www.adur-worthing.gov.uk")["heldback"]["robots_forbid_search"]
