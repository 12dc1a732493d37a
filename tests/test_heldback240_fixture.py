"""The two hundred and fortieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served: police agreements filed far from the camera
page (a signed one as Appendix 3 behind a Cabinet decision beside a signed housing company agreement; a signed one in
a moderngov library category beside a councils' agreement and a police agreement about anti-social behaviour; a
signed three-party one in scrutiny papers under /moderngov/ on an applications host beside a business crime
partnership's; a signed Word one without extension in an agreements table beside a licensing agreement with the same
force), the near-misses (a protocol signed by the police only, a draft in scrutiny papers, a draft on a crime
commission subdomain, a register row without a document, a signed agreement with British Transport Police, a signed
countywide protocol that never covers cameras, councils' monitoring and transfer agreements), and the rest (myths and
facts, a 'single point of reference', facts across three privacy notices, Welsh twins, a mark beside a step 2 caption,
a legacy layout without search, one-fact councils, robots forbidding search, councils that publish nothing).
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

from fixtures.heldback240.truth import TRUTH_PATH
from fixtures.heldback240.web import Heldback240Web


@pytest.fixture(scope="module")
def web() -> Heldback240Web:
    return Heldback240Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_real_councils(web: Heldback240Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 240)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_signed_gmp_agreement_only_behind_a_cabinet_decision(web: Heldback240Web, truth: dict) -> None:
    host, dem = "www.bury.gov.uk", "councildecisions.bury.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert "%20" in doc["url"]
    decision = f"http://{dem}/ieDecisionDetails.aspx?ID=9081"
    assert _linking(web, host, doc["url"]) == {decision}
    text = _text(web, dem, _path(doc["url"]))
    assert "on behalf of Greater Manchester Police" in text and "on behalf of Bury Council" in text
    housing = next(u for u in _links(web, dem, "/ieDecisionDetails.aspx?ID=9081") if "Six%20Town" in u)
    other = _text(web, dem, _path(housing))
    assert "Signed for and on behalf of Bury Council" in other and "Police" not in other
    main = _main(web, host, "/my-neighbourhood/safety-in-the-community/public-space-cctv")
    assert "agreement" not in main.lower() and "single point of contact" in main
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_signed_agreement_in_a_library_category_beside_look_alikes(web: Heldback240Web, truth: dict) -> None:
    host, dem = "www.whitehorsedc.gov.uk", "democratic.whitehorsedc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    cat = f"http://{dem}/ecCatDisplay.aspx?sch=doc&cat=13244"
    assert _linking(web, host, doc["url"]) == {cat}
    docs = [u for u in _links(web, dem, _path(cat)) if "/documents/" in u]
    assert len(docs) == 3 and doc["url"] in docs
    texts = {u: _text(web, dem, _path(u)) for u in docs}
    assert "Signed for Thames Valley Police" in texts[doc["url"]]
    asb = next(t for u, t in texts.items() if "ASB" in u)
    assert "Signed for Thames Valley Police" in asb and "camera" not in asb.lower() and "cctv" not in asb.lower()
    joint = next(t for u, t in texts.items() if "Joint" in u)
    assert "Police" not in joint
    assert not any(
        dem in u
        for u in _links(web, host, "/vale-of-white-horse-district-council/community-support/community-safety/cctv/")
    )
    assert "Nothing has been agreed" in _main(web, host, "/news/statement-thames-valley-cctv-partnership")


def test_three_party_protocol_under_moderngov_prefix_on_applications_host(web: Heldback240Web, truth: dict) -> None:
    host, app = "www.huntingdonshire.gov.uk", "applications.huntingdonshire.gov.uk"
    assert app in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).path.startswith("/moderngov/documents/")
    assert _linking(web, host, doc["url"]) == {f"http://{app}/moderngov/mgAi.aspx?ID=9407"}
    assert "Signed for Cambridgeshire Constabulary" in _text(web, app, _path(doc["url"]))
    hbac = _text(web, app, "/moderngov/documents/s128831/Annex%20C%20-%20HBAC%20agreement.pdf")
    assert "Cambridgeshire Constabulary" in hbac and "District Council" not in hbac
    html = _html(web, host, "/streets-parking-transport/cctv")
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html and "<figcaption>" in html
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020"


def test_signed_word_agreement_without_extension_beside_licensing_agreement(web: Heldback240Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    table = f"http://{host}/pages/information-sharing-agreements"
    assert _linking(web, host, doc["url"]) == {table}
    taxi = _text(web, host, "/downloads/file/2292/taxi-licensing-information-sharing-agreement")
    assert "Signed for Leicestershire Police" in taxi and "camera" not in taxi.lower()
    assert table not in _links(web, host, "/pages/cctv")
    assert "senior responsible officer for surveillance cameras" in _main(web, host, "/pages/about-the-camera-system")
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in _main(web, host, "/pages/about-the-camera-system")


def test_protocol_signed_by_the_police_only(web: Heldback240Web, truth: dict) -> None:
    host, dem = "www.rbwm.gov.uk", "democracy.rbwm.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and not doc["signed"] and doc["draft"]
    text = _text(web, dem, _path(doc["url"]))
    assert "Signed on behalf of Thames Valley Police: Superintendent" in text
    assert "Signed on behalf of the Royal Borough of Windsor and Maidenhead: ....." in text
    contract = _text(web, dem, "/documents/s88213/Appendix%20A%20-%20maintenance%20contract%20summary.pdf")
    assert "Signed for Computerised and Digital Security Systems Ltd" in contract
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_draft_on_a_commission_subdomain_and_a_single_point_of_reference(web: Heldback240Web, truth: dict) -> None:
    host, cc = "www.redbridge.gov.uk", "crimecommission.redbridge.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == cc and doc["draft"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    code = _main(web, host, "/crime-and-public-safety/cctv/cctv-code-of-practice")
    assert "agreed by the London Borough of Redbridge and the Metropolitan Police" in code
    assert "single point of reference" in code and "single point of contact" not in code
    assert d["5.3"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]
    assert "<dl>" in _html(web, host, "/crime-and-public-safety/cctv/cctv-myths-and-facts")


def test_draft_only_in_scrutiny_papers_on_a_legacy_site(web: Heldback240Web, truth: dict) -> None:
    host, dem = "www.fareham.gov.uk", "moderngov.fareham.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and urlsplit(doc["url"]).hostname == dem and not d["5.1"]["criteria"]["police_agreement"]
    assert "DRAFT v0.3" in _text(web, dem, _path(doc["url"]))
    gosport = _text(web, dem, "/documents/s31054/Appendix%20B%20-%20notice%20to%20Gosport.pdf")
    assert "Gosport Borough Council" in gosport and "Constabulary" not in gosport
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_welsh_twins_step_2_and_a_wrong_force_agreement(web: Heldback240Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    assert {f"http://{host}/EN", f"http://{host}/CY"} <= set(_links(web, host, "/"))
    d = _auth(truth, host)["deliverables"]
    cy = f"http://{host}/CY/Resident/ArgyfyngauDiogelwchaThrosedd/PartneriaethDiogelwchCymunedol/TCC/TCC.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    btp = _text(web, host, "/SiteElements/Resources/Documents/CCTV/BTP-station-camera-protocol-signed.pdf")
    assert "Signed for British Transport Police" in btp and "South Wales Police" not in btp
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "met"


def test_register_row_without_a_document_beside_a_bid_agreement(web: Heldback240Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    reg = "/council/transparency/data-sharing-register"
    main = _main(web, host, reg)
    assert "Essex Police" in main and "Copy available on request" in main
    pdfs = [u for u in _links(web, host, reg) if u.endswith(".pdf")]
    assert len(pdfs) == 1 and "BID" in pdfs[0] and "Police" not in _text(web, host, urlsplit(pdfs[0]).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "preparing for third-party certification" in _main(
        web, host, "/residents/crime-and-safety/introduction-to-cctv"
    )
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_facts_split_across_three_privacy_notices(web: Heldback240Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    paths = {urlsplit(u).path for u in d51["pages"]}
    assert paths == {"/privacy/public-space-cctv", "/privacy/cctv-wherry-way", "/privacy/body-worn-video-cameras"}
    links = set(_links(web, host, "/privacy"))
    assert {f"http://{host}{p}" for p in paths} <= links and len([u for u in links if "/privacy/" in u]) >= 8


def test_one_fact_councils_and_their_councils_agreements(web: Heldback240Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.fylde.gov.uk", "cameras", "/resident/regeneration/st-annes-square"),
        ("www.gravesham.gov.uk", "operator", "/community/community-safety/g-safe"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    dem = "democracy.gravesham.gov.uk"
    swale = _text(web, dem, "/documents/s92610/Appendix%201%20-%20monitoring%20agreement%20with%20Swale.pdf")
    gsafe = _text(web, dem, "/documents/s92611/Appendix%202%20-%20G-Safe%20information%20sharing%20agreement.pdf")
    assert "Police" not in swale and "Signed for Kent Police" in gsafe and "Gravesham Borough Council" not in gsafe
    assert _auth(truth, "www.gravesham.gov.uk")["deliverables"]["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback240Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.surreycc.gov.uk", "www.guildford.gov.uk", "www.cotswold.gov.uk"})
    isp = _text(
        web,
        "www.surreycc.gov.uk",
        "/__data/assets/pdf_file/0031/318442/surrey-multi-agency-information-sharing-protocol-2024.pdf",
    )
    assert "Signed for Surrey Police" in isp and "camera" not in isp.lower() and "cctv" not in isp.lower()
    strat = _text(web, "www.guildford.gov.uk", "/media/9931/surrey-open-space-cctv-strategy.pdf")
    assert "not an agreement" in strat
    transfer = _text(
        web, "meetings.cotswold.gov.uk", "/documents/s9921/Annex%20A%20-%20CCTV%20transfer%20agreement.pdf"
    )
    assert "Cirencester Town Council" in transfer and "Police" not in transfer


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.surreycc.gov.uk", "www.gravesham.gov.uk", "www.cotswold.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
