"""The four hundred and nineteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a SPOC row in a women's-safety roles table beside a
domestic abuse SPOC, with the police agreement only mentioned inside the code PDF; one camera fact on a safe-routes-home
page; a step 2 claim only inside an assessor's pull quote beside a draft Word data sharing agreement; a step 1 claim
folded in a <details> answer, a SPOC on the page and a signed agreement published as an HTML page under transparency;
a step 2 claim only inside the latest annual report (Word) on a legacy site without <main>; a signed release protocol
linked only from a night-time safety page; a signed three-way agreement served without extension and a SPOC in a
callout; a bilingual twin and a SPOC callout; refuge points with two-way audio beside a hosted PCC evaluation and a
White Ribbon badge; a partner council's certification on the page; a one-fact operator line on a safer-nights page;
robots.txt forbidding the search; and councils that publish nothing but carry Safer Streets and night-safety
look-alikes.
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

from fixtures.heldback419.truth import TRUTH_PATH
from fixtures.heldback419.web import Heldback419Web


@pytest.fixture(scope="module")
def web() -> Heldback419Web:
    return Heldback419Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback419Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 419)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_spoc_row_in_womens_safety_roles_table_and_isa_only_in_code(web: Heldback419Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    ws = "/crime-and-community-safety/womens-safety"
    html = _html(web, host, ws)
    assert '<th scope="col">Role</th><th scope="col">What it covers</th>' in html
    assert "<td>Domestic abuse single point of contact</td>" in html
    assert "<td>Single point of contact for surveillance cameras</td>" in html
    assert "<caption>You said, we did</caption>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {ws}
    cctv = "/crime-and-community-safety/public-space-cctv"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    assert "agreement" not in _main(web, host, cctv).lower()
    code = "/sites/default/files/2024-05/public-space-cctv-code-of-practice.pdf"
    assert "information sharing agreement" in _text(web, host, code)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {code}


def test_one_camera_fact_on_safe_routes_home_page(web: Heldback419Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    routes = "/crime-and-safety/safer-nights-out/safe-routes-home"
    assert f"http://{host}{routes}" in _links(web, host, "/crime-and-safety/safer-nights-out")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{routes}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "96 public space cameras" in _main(
        web, host, "/your-council/freedom-of-information/disclosure-log/request-4471"
    )
    assert "modgov.sefton.gov.uk" in web.sites[host].hosts()
    assert "25 years old" in _main(web, "modgov.sefton.gov.uk", "/mgAi.aspx?ID=40211")


def test_step_2_only_in_pull_quote_and_draft_word_dsa(web: Heldback419Web, truth: dict) -> None:
    host = "www.bristol.gov.uk"
    pg = "/crime-and-emergencies/cctv"
    html = _html(web, host, pg)
    quote = html.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    assert "full step 2 certification" in quote and "<img" not in _main(web, host, pg)
    assert html.count("step 2") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Avon and Somerset"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "DRAFT FOR CONSULTATION" in _text(web, host, urlsplit(doc["url"]).path)
    assert 'alt="Music Cities Awards winner' in _html(web, host, "/crime-and-emergencies/bristol-nights")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_in_details_spoc_on_page_and_html_agreement(web: Heldback419Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    pg = "/community/community-safety/cctv"
    html = _html(web, host, pg)
    folded = html.split("<details", 1)[1].split("</details>", 1)[0]
    assert "step 1 (desktop) certification" in folded
    assert html.index("step 1") > html.index("<details")
    isa = "/your-council/transparency/information-sharing-agreements/public-space-cctv-kent-police"
    assert _linking(web, host, f"http://{host}{isa}") == {
        f"http://{host}{pg}",
        f"http://{host}/your-council/transparency/information-sharing-agreements",
    }
    signed = _html(web, host, isa)
    assert "<td>Signed for Kent Police</td>" in signed and "<td>Signed for Sevenoaks District Council</td>" in signed
    assert (_render(web, f"http://{host}{isa}").header("Content-Type") or "").startswith("text/html")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-09"
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["force"] == "Kent"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pg}
    assert "cds.sevenoaks.gov.uk" in web.sites[host].hosts()


def test_step_2_only_inside_word_annual_report_on_legacy_site(web: Heldback419Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html and "step 2" not in html.lower()
    report = "/media/3390/annual-cctv-report-2023-24.docx"
    r = _render(web, f"http://{host}{report}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "full (step 2) certification" in _text(web, host, report)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [report]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert web.sites[host].search is None


def test_protocol_linked_only_from_night_time_safety_page(web: Heldback419Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/whalley-safer-evenings"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Lancashire Constabulary" in text and "Signed on behalf of Ribble Valley" in text
    assert "NSI Gold" in _main(web, host, "/community-safety/cctv") and d["5.2"]["status"] == "not_met"
    assert "Best Bar None" in _main(web, host, "/community-safety/whalley-safer-evenings")


def test_three_way_agreement_without_extension_and_spoc_callout(web: Heldback419Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    ath = "/info/20196/community_safety/1145/atherstone_cctv_scheme"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and doc["force"] == "Warwickshire"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    for party in ("North Warwickshire Borough Council:", "Atherstone Town Council:", "Warwickshire Police:"):
        assert f"Signed for {party}" in text
    callout = _html(web, host, ath).split('<div class="callout" role="note">', 1)[1].split("</div>", 1)[0]
    assert "single point of contact for surveillance cameras" in callout and "mailto:" in callout
    assert d["5.3"]["status"] == "met"


def test_bilingual_twin_and_spoc_callout(web: Heldback419Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cy = "/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert 'lang="cy"' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")
    assert "agreement between the two councils" in _text(
        web, host, "/media/4412/public-space-cctv-annual-monitoring-report-2023-24.pdf"
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_refuge_points_hosted_pcc_evaluation_and_badge(web: Heldback419Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    assert "two-way audio" in _main(web, host, "/community/community-safety/cctv/refuge-points")
    ev = "/media/8124/worksop-safer-streets-evaluation-nopcc.pdf"
    assert "Office of the Police and Crime Commissioner" in _text(web, host, ev)
    a = _auth(truth, host)
    assert not any(ev in u for u in a["deliverables"]["5.1"]["pages"])
    assert not a["deliverables"]["5.1"]["criteria"]["statistics"]
    assert 'alt="White Ribbon UK accredited organisation"' in _html(
        web, host, "/community/community-safety/safer-streets-worksop"
    )
    assert a["deliverables"]["5.2"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]


def test_partner_councils_certification_is_not_ours(web: Heldback419Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    main = _main(web, host, "/community/community-safety/cctv")
    assert "full certification" in main and "in Wychavon's name" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "Wychavon District Council" in _main(web, host, "/privacy-policy/cctv-and-body-worn-cameras")


def test_phone_only_contact_and_robots_forbid_search(web: Heldback419Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    pg = "/info/120/safer-communities/162/closed-circuit-television-cctv"
    assert "mailto:" not in _html(web, host, pg)
    assert a["deliverables"]["5.3"]["status"] == "partial" and a["deliverables"]["5.3"]["spoc"]["phone"]
    assert "StreetSafe" in _main(web, host, "/info/120/safer-communities/1890/safer-streets-in-banbury")


def test_one_fact_on_safer_nights_page(web: Heldback419Web, truth: dict) -> None:
    host = "www.e-lindsey.gov.uk"
    pg = "/community-safety/safer-nights-out-skegness"
    assert "Ask for Angela" in _main(web, host, pg)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{pg}"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback419Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.gloucestershire.gov.uk", "www.westdevon.gov.uk", "www.rother.gov.uk"})
    assert "does not run a CCTV system" in _main(web, "www.rother.gov.uk", "/community-safety/cctv-in-bexhill")
    assert '<th scope="col">CCTV at venue</th>' in _html(web, "www.rother.gov.uk", "/community-safety/ask-for-angela")
    assert "Safer Streets" in _main(
        web, "www.gloucestershire.gov.uk", "/highways/street-lighting/safer-streets-lighting-upgrades"
    )
    assert "Walk and Talk" in _main(web, "www.westdevon.gov.uk", "/community/community-safety/walk-and-talk-tavistock")
