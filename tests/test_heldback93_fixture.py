"""The ninety-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 78 to 92; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a CCTV page under Parking beside bus lane
enforcement, with a policy served without extension; camera facts in a privacy notice and a SPOC on a 'Meet the
team' page; a SPOC's contact only in a policy page's document-control table; an 'at a glance' facts table, a Welsh
twin and a signed memorandum of understanding; a native <details> FAQ holding a step 1 claim and a police protocol
signed in an HTML table; a document library filtered by query string holding a signed schedule of a partnership
agreement, and a self-assessment that is not certification; the camera text as one section of a long page with
jump links; a legacy page titled 'Public space surveillance' that never writes CCTV, with step 2 only in a mark's
alt text; a certificate claimed only on an awards page and a draft Word SLA; joint committee papers on a democracy
host; one-fact councils on an anti-social behaviour case page, a market hall and a theatre; robots.txt forbidding
the search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback93.truth import TRUTH_PATH
from fixtures.heldback93.web import Heldback93Web


@pytest.fixture(scope="module")
def web() -> Heldback93Web:
    return Heldback93Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_real_councils_none_from_sets_78_to_92(web: Heldback93Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(78, 93) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 78-92 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_cctv_page_under_parking_beside_enforcement(web: Heldback93Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    pg = "/parking-permits/cctv-traffic-enforcement-cameras"
    assert _linking(web, host, f"http://{host}{pg}") >= {f"http://{host}/parking-permits"}
    main = _main(web, host, pg)
    assert "driving in bus lanes" in main and "312 cameras" in main
    d = _auth(truth, host)["deliverables"]
    pol = f"http://{host}/downloads/file/2871/vss-and-surveillance-camera-policy"
    assert _no_extension(pol) and pol in d["5.1"]["pages"]
    r = _render(web, pol)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_privacy_notice_facts_and_spoc_on_meet_the_team_page(web: Heldback93Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    d = _auth(truth, host)["deliverables"]
    notice = "/council/data/privacy-notices/public-spaces-cctv-privacy-notice"
    assert "31 days" in _main(web, host, notice) and "31 days" not in _main(
        web, host, "/communities/crime-prevention/cctv"
    )
    team = "/communities/crime-prevention/meet-the-community-protection-team"
    html = _html(web, host, team)
    assert '<th scope="col">Role</th><th scope="col">Who</th><th scope="col">Get in touch</th>' in html
    assert "Surveillance camera single point of contact" in html and "Head of Community Protection" in html
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {team}
    assert "Purple Flag" in _main(web, host, "/communities/crime-prevention/cctv") and d["5.2"]["status"] == "not_met"


def test_spoc_contact_only_in_document_control_table(web: Heldback93Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pol = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    html = _html(web, host, pol)
    control = html.split("<h2>Document control</h2>", 1)[1]
    assert (
        "surveillance.cameras@" in control
        and "surveillance.cameras@" not in html.split("<h2>Document control</h2>", 1)[0]
    )
    assert "Single Point of Contact (SPOC): senior management oversight" in _main(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("surveillance.cameras@")
    a = _auth(truth, host)
    assert not a["heldback"]["a_z"] and a["heldback"]["sitemap"]


def test_facts_table_welsh_twin_and_signed_memorandum(web: Heldback93Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<table class="at-a-glance"><caption>At a glance</caption>' in html
    assert '<th scope="row">Recordings kept for</th><td>31 days, unless needed as evidence</td>' in html
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert 'lang="cy"' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Memorandum of Understanding" in text and "Signed for and on behalf of North Wales Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_details_faq_step_1_and_protocol_signed_in_html_table(web: Heldback93Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    html = _html(web, host, "/article/21203/CCTV")
    assert (
        "<details><summary>Is the system checked by anyone?</summary><p>In 2019 the control room completed step 1"
        in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    proto = urlsplit(doc["url"]).path
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("text/html") and doc["signed"] and doc["force"] == "Lincolnshire"
    assert '<table class="signatures">' in _html(web, host, proto)
    assert "Signed on behalf of Lincolnshire Police" in _main(web, host, proto)


def test_query_string_document_library_and_self_assessment_not_certification(web: Heldback93Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    cat = f"http://{host}/documents?category=community-safety"
    assert cat in _links(web, host, "/documents") and cat in _links(web, host, "/community-safety-and-emergencies/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall" and _linking(web, host, doc["url"]) == {cat}
    assert "Schedule 4" in _text(web, host, urlsplit(doc["url"]).path)
    assert "self-assessment tool" in _main(web, host, "/community-safety-and-emergencies/cctv")
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_camera_section_of_long_page_with_jump_links(web: Heldback93Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    pg = "/info/20061/community_safety"
    html = _html(web, host, pg)
    assert '<li><a href="#cctv">CCTV</a></li>' in html and '<h2 id="cctv">CCTV</h2>' in html
    assert '<h2 id="hate-crime">Hate crime</h2>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pg}
    assert d["5.1"]["pages"][0] == f"http://{host}{pg}"


def test_legacy_page_never_writes_cctv_and_alt_text_step_2(web: Heldback93Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    pg = "/safety-emergencies/public-space-surveillance"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html and "cctv" not in html.lower()
    assert 'alt="Surveillance Camera Commissioner certification mark: step 2 full certification, awarded 2020"' in html
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert a["heldback"]["robots_forbid_search"]


def test_certificate_only_on_awards_page_and_draft_word_sla(web: Heldback93Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    base = "/community-safety/safer-runnymede"
    for path in (base, base + "/2", base + "/3"):
        assert "certification" not in _main(web, host, path).lower(), path
    d = _auth(truth, host)["deliverables"]
    assert _paths(d["5.2"]["evidence"]) == {"/council/awards-and-accreditations"}
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_committee_papers_on_democracy_host_count_for_nothing(web: Heldback93Web, truth: dict) -> None:
    host = "www.eastherts.gov.uk"
    dem = "democracy.eastherts.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "27,890 camera activations" in _main(web, dem, "/mgAi.aspx?ID=23897")
    assert "SIA licence" in _main(web, host, "/jobs/cctv-operator")
    assert _auth(truth, host)["oracle_fetches"] == 0


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.surreycc.gov.uk", "www.middevon.gov.uk", "www.lincoln.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    a = _auth(truth, "www.pendle.gov.uk")["heldback"]
    assert not a["search"] and not a["a_z"] and a["sitemap"]


def test_one_fact_councils(web: Heldback93Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.southglos.gov.uk", "retention", "/community-safety/anti-social-behaviour/your-case-what-happens-next"),
        ("www.middevon.gov.uk", "cameras", "/business/markets/tiverton-pannier-market"),
        ("www.e-lindsey.gov.uk", "signage", "/leisure-and-culture/embassy-theatre-skegness"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert "camera" in _main(web, host, path).lower(), host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback93Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.pendle.gov.uk", "www.havant.gov.uk", "www.eastherts.gov.uk"})
    assert "does not own or run any of these cameras" in _main(
        web, "www.pendle.gov.uk", "/community/town-centre-cameras"
    )
    assert "doorbell footage" in _main(web, "www.havant.gov.uk", "/news/police-appeal-leigh-park")
