"""The three hundred and eighty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the information-governance structures the set is built from are really served: a SPOC only in an information
governance framework PDF beside a DPO called the single point of contact for the ICO; a camera notice titled
'Knowsley Security Control Room' filed under K in a letter-grouped A to Z of privacy notices; a signed agreement
linked only from an HTML DPIA summary (extensionless Word file); a SPOC only in the introduction of a privacy
notices index; a CCTV policy listed only in a 'policies we publish' table, holding step 2, the SPOC and a protocol
mention; a legacy CCTV page filed under data protection with another body's hosted notice reporting its own police
agreement; a protocol linked only from a privacy notice's sharing section beside a mark's alt text; a one-fact DPIA
register row on a site shared by two councils; a CCTV privacy statement in a list beside a BID's hosted notice; a
signed agreement among a cabinet member decision's supporting documents on a democracy host, beside a town council
contract; an 'information we publish' list carrying a step 1 claim and a draft agreement; a one-fact museum notice
with a Welsh twin; and three councils that publish nothing but carry governance look-alikes.
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

from fixtures.heldback386.truth import TRUTH_PATH
from fixtures.heldback386.web import Heldback386Web


@pytest.fixture(scope="module")
def web() -> Heldback386Web:
    return Heldback386Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback386Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 386)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_framework_pdf_beside_dpo_for_the_ico(web: Heldback386Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    pdf = "/downloads/file/4410/information_governance_framework_2024.pdf"
    text = _text(web, host, pdf)
    assert "single point of contact for the Information Commissioner's Office" in text
    assert "single point of contact for all of the council's surveillance camera systems" in text
    assert _linking(web, host, f"http://{host}{pdf}") == {f"http://{host}/info/201030/information_governance"}
    cctv = "/info/201149/crime_prevention/719/cctv_public_safety"
    assert "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{pdf}"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    for look in ("/info/201154/parking_and_traffic_enforcement/1301/moving_traffic_cameras", "/jobs/cctv_operator"):
        assert f"http://{host}{look}" not in evidence_urls(_auth(truth, host))


def test_notice_filed_under_k_in_letter_grouped_privacy_notices(web: Heldback386Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    sec = "/privacy-notices/knowsley-security-control-room-privacy-notice"
    page = _html(web, host, "/privacy-notices")
    k = page.split('<h2 id="letter-k">K</h2>', 1)[1].split("<h2", 1)[0]
    assert sec in k and '<a href="#letter-k">K</a>' in page
    assert "cctv" not in page.split(sec, 1)[1].split("</a>", 1)[0].lower()
    assert _linking(web, host, f"http://{host}{sec}") == {f"http://{host}/privacy-notices"}
    for look in ("body-worn-visual-cameras", "fixed-penalty-notices", "taxi-and-private-hire-licensing"):
        assert "camera" in _main(web, host, f"/privacy-notices/{look}-privacy-notice").lower()
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{sec}"]
    assert a["deliverables"]["5.3"]["status"] == "partial" and "dpo@" not in json.dumps(a["deliverables"]["5.3"])


def test_signed_agreement_only_from_html_dpia_summary(web: Heldback386Web, truth: dict) -> None:
    host = "www.telford.gov.uk"
    summ = f"http://{host}/information-governance/published-dpias/public-space-cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {summ}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of West Mercia Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, summ) >= {f"http://{host}/information-governance/published-dpias"}
    assert doc["url"] not in _links(web, host, "/community-safety/cctv")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_spoc_only_on_privacy_notices_index(web: Heldback386Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    idx = "/about-us/data-protection/departmental-privacy-notices/"
    assert "single point of contact for surveillance cameras" in _main(web, host, idx)
    assert "single point of contact" not in _main(web, host, f"{idx}cctv-privacy-notice/")
    assert "Data Protection Officer" in _main(web, host, "/about-us/data-protection/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{idx}"}


def test_policy_only_in_policies_we_publish_table(web: Heldback386Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    pol = f"http://{host}/info/18/information_governance/1190/policies_we_publish"
    pdf = f"http://{host}/downloads/file/2761/cctv_policy_2024.pdf"
    assert _linking(web, host, pdf) == {pol} and "<table>" in _html(web, host, urlsplit(pol).path)
    text = _text(web, host, urlsplit(pdf).path)
    for words in ("full (step 2) certification", "single point of contact for surveillance camera", "protocol agreed"):
        assert words in text
    sat = f"http://{host}/downloads/download/2762/public_realm_cctv_self_assessment"
    assert _no_extension(sat) and _linking(web, host, sat) == {pol}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-02" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_legacy_page_and_another_bodys_hosted_agreement(web: Heldback386Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    parish = "/Documents/YourCouncil/Oxted-town-centre-CCTV-privacy-notice-Oxted-Parish-Council.pdf"
    text = _text(web, host, parish)
    assert "data sharing agreement signed by Oxted Parish Council and Surrey Police" in text
    a = _auth(truth, host)
    assert a["deliverables"]["5.5"]["status"] == "not_met" and f"http://{host}{parish}" not in evidence_urls(a)
    assert "/YourCouncil/DataProtectionFreedomofInformation/CCTV.htm" in a["deliverables"]["5.1"]["pages"][0]


def test_protocol_only_from_privacy_notice_and_mark_alt(web: Heldback386Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    note = f"http://{host}/about-the-council/data-protection/privacy-notices/cctv-privacy-notice.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and _linking(web, host, doc["url"]) == {note}
    page = _html(web, host, "/more/community-safety/cctv-in-west-lancashire.aspx")
    assert 'alt="Surveillance Camera Commissioner certification mark"' in page and '<aside class="related">' in page
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]


def test_one_fact_dpia_row_on_shared_site(web: Heldback386Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    reg = "/data-protection/dpia-register"
    html = _html(web, host, reg)
    assert (
        "<td>Worthing</td><td>Public space CCTV replacement" in html and "<td>Adur</td><td>Fly-tipping camera" in html
    )
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["dpia"]
    assert d51["pages"] == [f"http://{host}{reg}"]


def test_statement_beside_a_bids_hosted_notice(web: Heldback386Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    lst = "/aboutyourcouncil/accesstoinformation/gdpr/gdpr-privacy-statements"
    links = _links(web, host, lst)
    bid = f"http://{host}{lst}/privacy-notice-andover-bid-shopwatch-and-cctv"
    assert bid in links and f"http://{host}{lst}/privacy-notice-test-valley-borough-council-cctv" in links
    assert "Andover Business Improvement District Ltd is the data controller" in _main(web, host, urlsplit(bid).path)
    a = _auth(truth, host)
    assert bid not in evidence_urls(a) and a["deliverables"]["5.3"]["status"] == "not_met"


def test_agreement_among_decision_documents_beside_town_council_contract(web: Heldback386Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    dem = "democratic.whitehorsedc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["signed"] and doc["force"] == "Thames Valley"
    decision = f"http://{dem}/ieDecisionDetails.aspx?ID=5127"
    assert _linking(web, host, doc["url"]) == {decision}
    tc = f"http://{dem}/documents/s61843/ICMD_Abingdon_TC_CCTV_funding_2025.pdf"
    assert tc in _links(web, dem, "/ieDecisionDetails.aspx?ID=5127") and tc not in evidence_urls(_auth(truth, host))
    assert not any(dem in u for u in _links(web, host, "/community-safety/cctv/"))
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["statistics"]


def test_information_we_publish_step_1_and_draft(web: Heldback386Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    iwp = "/your-council/information-we-publish"
    assert "step 1 (desktop) certification" in _main(web, host, iwp)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, doc["url"]) == {f"http://{host}{iwp}"}


def test_one_fact_museum_notice_with_welsh_twin(web: Heldback386Web, truth: dict) -> None:
    host = "www.pembrokeshire.gov.uk"
    mus = "/privacy-promise/privacy-notice-pembrokeshire-museum-service"
    cy = "/cy/addewid-preifatrwydd/hysbysiad-preifatrwydd-gwasanaeth-amgueddfa"
    assert f"http://{host}{cy}" in _links(web, host, mus) and f"http://{host}{mus}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "Dyfed-Powys Police" in _main(web, host, "/community-safety/town-centre-cctv")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert f"http://{host}{cy}" in d51["pages"]


def test_councils_that_publish_nothing_carry_governance_look_alikes(web: Heldback386Web, truth: dict) -> None:
    hosts = {"www.norfolk.gov.uk", "www.cannockchasedc.gov.uk", "www.hertsmere.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    hub = "/what-we-do-and-how-we-work/open-data-fois-and-data-protection"
    assert "CCTV survey footage" in _main(web, "www.norfolk.gov.uk", f"{hub}/retention-schedule")
    assert "data controller" in _main(
        web, "www.norfolk.gov.uk", f"{hub}/partner-privacy-notices/norfolk-safety-camera-partnership"
    )
    assert "RIPA" in _main(web, "www.cannockchasedc.gov.uk", "/node/2210")
    assert "Joint CCTV Executive" in _html(web, "democracy.hertsmere.gov.uk", "/mgAi.aspx?ID=22104")
