"""The 278th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a Welsh-first site whose bilingual code (Welsh half first)
sits at a trailing-slash download address without extension and alone holds the SPOC; a fact sheet without extension
that alone holds the SPOC and a step 1 claim; a signed Word agreement without extension whose signatories come first;
a shared two-council site where the SPOC and the signed police memorandum are only in one PDF without extension; a
SPOC only in an operational requirement PDF; a step 2 claim only in a download's link text beside a stepless
certificate; a step 2 claim only on a footage-request sub-page; a signed agreement filed on a business crime page;
facts after a boilerplate intro repeated on every sub-page; a privacy notice at a wordless document address with a DPO
beside a CCTV mailbox; a numbered statement and a BID funding agreement; one-fact councils on a park, a car park and a
town centre page; committee papers on a democracy host; robots.txt forbidding the search; and councils that publish
nothing but carry look-alikes.
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

from fixtures.heldback278.truth import TRUTH_PATH
from fixtures.heldback278.web import Heldback278Web


@pytest.fixture(scope="module")
def web() -> Heldback278Web:
    return Heldback278Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback278Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 278)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_welsh_first_site_with_spoc_only_in_bilingual_code_at_trailing_slash_address(
    web: Heldback278Web, truth: dict
) -> None:
    host = "www.monmouthshire.gov.uk"
    home = _html(web, host, "/")
    assert home.startswith('<!DOCTYPE html><html lang="cy">') and "Neidio i'r prif gynnwys" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    en, cy, code = "/en/community-safety/cctv/", "/diogelwch-cymunedol/teledu-cylch-cyfyng/", "/download/3187/"
    assert '<html lang="cy">' in _html(web, host, cy) and '<html lang="en">' in _html(web, host, en)
    assert f"http://{host}{code}" in _links(web, host, en) and f"http://{host}{code}" in _links(web, host, cy)
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _no_extension(f"http://{host}{code}")
    text = _text(web, host, code)
    assert text.index("Rhan 1: Cymraeg") < text.index("Part 2: English") < text.index("single point of contact")
    for page in (en, cy):
        main = _main(web, host, page).lower()
        assert "single point of contact" not in main and "@" not in main and "01632" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {code}
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_fact_sheet_without_extension_holds_spoc_and_step_1(web: Heldback278Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    page = "/info/2001/community_safety/310/cctv_control_room"
    sheet = f"http://{host}/downloads/file/3387/cctv_at_a_glance_2025"
    assert _no_extension(sheet) and _linking(web, host, sheet) == {f"http://{host}{page}"}
    main = _main(web, host, page).lower()
    assert "single point of contact" not in main and "step 1" not in main and "certification" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-06" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"] + d["5.3"]["evidence"]} == {sheet}
    assert d["5.3"]["spoc"]["email"] == "cctv.spoc@knowsley.example.gov.uk"


def test_signed_word_agreement_without_extension_signatories_first(web: Heldback278Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert (r.header("Content-Disposition") or "").endswith('.docx"')
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Signed for and on behalf of Merseyside Police") < text.index("1. Parties and purpose")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/2001/community_safety/1120/partnership_documents"}


def test_shared_site_spoc_and_signed_memorandum_only_in_one_pdf(web: Heldback278Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    mou = f"http://{host}/media/k3fj2x0a/cctv-mou-sussex-police"
    page = "/community-safety/cctv-in-eastbourne"
    assert _no_extension(mou) and _linking(web, host, mou) == {f"http://{host}{page}"}
    assert _render(web, mou).header("Content-Type") == "application/pdf"
    assert "single point of contact" not in _main(web, host, page).lower()
    assert "no public space cameras" in _main(web, host, "/community-safety/cctv-in-lewes-district")
    assert "Lewes District Council" in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"] + d["5.5"]["evidence"]} == {mou}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and doc["date"] == "2025-03-31"


def test_spoc_only_in_operational_requirement_pdf(web: Heldback278Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    page = "/w/public-space-cctv"
    orq = "/documents/20124/public-space-cctv-operational-requirement-summary-2026.pdf"
    assert "single point of contact" not in _main(web, host, page).lower()
    assert "Single point of contact for surveillance cameras" in _text(web, host, orq)
    site = web.sites[host]
    assert not site.az and all(p.path.startswith("/w/") for p in site.pages.values() if "cctv" in p.path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {orq}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_link_text_beside_stepless_certificate(web: Heldback278Web, truth: dict) -> None:
    host = "www.cheshirewestandchester.gov.uk"
    docs = "/residents/community-safety/cctv/cctv-documents"
    cert = "/media/0ykbzqfr/scc-certificate.pdf"
    assert '">Surveillance Camera Code certificate - step 2 full certification, awarded May 2020</a>' in _html(
        web, host, docs
    )
    assert "step" not in _text(web, host, cert).lower()
    assert "step 2" not in _main(web, host, "/residents/community-safety/cctv").lower()
    assert "<img" not in _main(web, host, docs)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-05" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_on_request_page_and_agreement_on_business_crime_page(web: Heldback278Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    assert "step 2" not in _main(web, host, "/cctv").lower()
    assert "full (step 2) certification" in _main(web, host, "/cctv/request-cctv-footage")
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.2"]) == {"/cctv/request-cctv-footage"} and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/business-crime-partnership"}
    assert "Exclusion scheme rules" in _main(web, host, "/cctv/business-crime-partnership")


def test_boilerplate_intro_repeated_on_every_sub_page(web: Heldback278Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    hub = "/streets-roads-transport/public-space-surveillance-pss-cctv-lambeth"
    subs = [urlsplit(u).path for u in _links(web, host, hub) if urlsplit(u).path.startswith(hub + "/")]
    assert len(subs) == 5
    intro = "Lambeth Council monitors the cameras in its town centres, parks and open spaces"
    assert all(_main(web, host, s).count(intro) == 1 for s in [hub, *subs])
    assert "award-winning" in _main(web, host, "/news-and-events/pss-team-honoured-at-met-cctv-awards")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_privacy_notice_at_wordless_document_address(web: Heldback278Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    pn = f"http://{host}/documents/d/guest/cctv-privacy-notice"
    assert _no_extension(pn) and _render(web, pn).header("Content-Type") == "application/pdf"
    text = _text(web, host, urlsplit(pn).path)
    assert "Data Protection Officer" in text and "King's Lynn and West Norfolk" in text
    d = _auth(truth, host)["deliverables"]
    assert pn in d["5.1"]["pages"] and d["5.3"]["spoc"]["email"] == "cctv@breckland.example.gov.uk"
    assert d["5.5"]["status"] == "not_met"


def test_numbered_statement_and_bid_funding_agreement(web: Heldback278Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    html = _html(
        web, host, "/resident-community-and-living/closed-circuit-television-cctv/private-requests-cctv-footage"
    )
    assert html.count("<li>") >= 5 and "<ol>" in html
    assert "funding agreement" in _main(web, host, "/resident-community-and-living/hoddesdon-town-centre")
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback278Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.babergh.gov.uk", "cameras", "/parks-and-open-spaces-babergh/belle-vue-park-sudbury"),
        ("www.elmbridge.gov.uk", "retention", "/parking/drewitts-court-car-park"),
        ("www.southderbyshire.gov.uk", "cameras", "/our-services/swadlincote-town-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_committee_papers_on_democracy_host_do_not_count(web: Heldback278Web, truth: dict) -> None:
    host = "www.southderbyshire.gov.uk"
    dem = "democracy.southderbyshire.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "eleven new static cameras" in _main(web, dem, "/mgAi.aspx?ID=3390")
    assert not any(dem in u for u in _auth(truth, host)["deliverables"]["5.1"]["pages"])


def test_robots_forbid_search(truth: dict) -> None:
    assert _auth(truth, "www.scambs.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback278Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.worcestershire.gov.uk", "www.bolsover.gov.uk", "www.scambs.gov.uk"})
    assert "not by the County Council" in _main(web, "www.worcestershire.gov.uk", "/info/20040/community_safety")
    assert "<main" not in _html(web, "www.bolsover.gov.uk", "/community-safety")
