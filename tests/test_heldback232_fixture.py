"""The two hundred and thirty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a bilingual site whose English page carries a Cymraeg
switch, whose fuller Welsh twin alone holds retention and signs, and whose code of practice is a Welsh-only Word file
without extension holding the SPOC and a police protocol mention; a signed police agreement as the last schedule of a
three-council shared service agreement, beside step 1 then step 2 and a SPOC on a governance page; a neighbour's room
watching a district's cameras, a per-place camera table, a two-council privacy notice and a councils' monitoring deal;
a SPOC named on a page without a contact route whose mailbox is only in the policy PDF; figures, step one and the only
link to a signed agreement inside an HTML annual report; step 2 only in a control-room timeline and figures in a
dashboard table with an 'agreed locations' near miss; a county privacy notice among two dozen in a list; retention only
on a footage request start page; a legacy site without search or main with a signed working protocol; ISO 9001 with no
certification; one-fact councils; committee papers on a partner council's democracy host; and councils that publish
nothing but carry look-alikes).
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

from fixtures.heldback232.truth import TRUTH_PATH
from fixtures.heldback232.web import Heldback232Web


@pytest.fixture(scope="module")
def web() -> Heldback232Web:
    return Heldback232Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback232Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 232)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_bilingual_split_evidence_and_welsh_only_code(web: Heldback232Web, truth: dict) -> None:
    host = "www.pembrokeshire.gov.uk"
    en = "/community-safety/cctv-at-council-sites"
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng-safleoedd-y-cyngor"
    assert f"http://{host}/cy" in _links(web, host, "/")
    assert '<a href="/cy/diogelwch' in _html(web, host, en) and 'hreflang="cy"' in _html(web, host, en)
    assert f"http://{host}{en}" in _links(web, host, cy) and '<html lang="cy">' in _html(web, host, cy)
    # retention and signs only in Welsh: the English page says the Welsh one is fuller
    assert "30 diwrnod" in _main(web, host, cy) and "30 days" not in _main(web, host, en)
    assert "The Welsh version of this page has the latest details." in _main(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert {f"http://{host}{en}", f"http://{host}{cy}"} <= set(d["5.1"]["pages"])
    code = f"http://{host}/documents/cod-ymarfer-teledu-cylch-cyfyng"
    assert _no_extension(code) and _linking(web, host, code) == {f"http://{host}{en}", f"http://{host}{cy}"}
    r = _render(web, code)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Cod-Ymarfer-TCC.docx" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(code).path)
    assert "Pwynt Cyswllt Unigol" in text and "Heddlu Dyfed-Powys" in text and "single point of contact" not in text
    assert "Welsh only" in _main(web, host, en)
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {code}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["retention"] and d["5.1"]["criteria"]["signage"]


def test_police_schedule_inside_councils_shared_service_agreement(web: Heldback232Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    gov = f"http://{host}/community-and-living/community-safety/cctv-and-lifeline/cctv-governance"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia" and _linking(web, host, doc["url"]) == {gov}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Schedule 2") < text.index("Schedule 3") < text.index("on behalf of West Mercia Police")
    assert "Wyre Forest District Council" in text
    main = _main(web, host, urlsplit(gov).path)
    assert "step 1 (desktop)" in main and "step 2 full certification" in main and "single point of contact" in main
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-10" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_neighbours_room_camera_table_and_two_council_notice(web: Heldback232Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    cc = "/council/community-and-living/community-safety/cctv"
    html = _html(web, host, cc)
    assert "<caption>Where our cameras are</caption>" in html and "Redditch Town Hall" in html
    assert "agreement between the councils" in _main(web, host, cc)
    pn = "/council/corporate/your-access-to-information/data-protection-and-information-management/privacy-notices/cctv"
    assert "Redditch Borough Council and Bromsgrove District Council" in _main(web, host, pn)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial" and "mailto:" not in html
    assert f"http://{host}{pn}" in d["5.1"]["pages"]


def test_spoc_named_on_page_route_only_in_policy_pdf(web: Heldback232Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    cc = "/services/community-safety/cctv"
    pol = "/media/5210/cctv-policy-2024-2028.pdf"
    main = _main(web, host, cc)
    assert "single point of contact" in main and "@" not in main and "mailto:" not in _html(web, host, cc)
    assert "cctv@threerivers.example.gov.uk" in _text(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {cc, pol}
    dem = "moderngov.threerivers.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "Hertfordshire CCTV Partnership" in _main(web, dem, "/ieIssueDetails.aspx?IId=6428&Opt=3")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_annual_report_holds_figures_step_one_and_the_only_agreement_link(web: Heldback232Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    cc = "/communities-and-health/closed-circuit-television-cctv"
    rep = f"{cc}/cctv-annual-report-2022-23"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{rep}"}
    assert "step one (desktop)" in _main(web, host, rep) and "step" not in _main(web, host, cc).lower()
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-03"
    assert "Signed for Suffolk Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and "single point of contact" not in _main(web, host, cc)


def test_step_2_in_timeline_dashboard_table_and_agreed_locations(web: Heldback232Web, truth: dict) -> None:
    host = "www.n-somerset.gov.uk"
    cc = "/my-services/community-safety/cctv"
    ctl = f"{cc}/about-our-control-room"
    assert "<li>March 2020: awarded full (step 2) certification" in _html(web, host, ctl)
    assert "<img" not in _html(web, host, ctl) and "step 2" not in _main(web, host, cc)
    assert "<caption>Incidents logged by the control room" in _html(web, host, f"{cc}/control-room-dashboard")
    assert "from agreed locations" in _main(web, host, cc)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_county_notice_among_two_dozen_and_dpo_only(web: Heldback232Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    lst = "/council/transparency/access-to-information/service-and-project-specific-privacy-notices"
    notice = f"http://{host}{lst}/closed-circuit-television-cctv"
    assert len([u for u in _links(web, host, lst) if u.startswith(f"http://{host}{lst}/")]) >= 20
    assert _linking(web, host, notice) == {f"http://{host}{lst}"}
    assert "dpo@" in _main(web, host, urlsplit(notice).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [notice] and d["5.3"]["status"] == "not_met"


def test_retention_only_on_footage_start_page(web: Heldback232Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    base = "/lgnl/community_and_living/community_safety__crime_preve/cctv"
    assert "31 days" not in _main(web, host, f"{base}/CCTV.aspx")
    assert "We keep recordings for 31 days" in _main(web, host, f"{base}/Request_CCTV_footage.aspx")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_legacy_site_signed_protocol_and_iso_without_certification(web: Heldback232Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/article/24531/CCTV")
    assert "Data Protection Act 1998" in _html(web, host, "/article/24531/CCTV")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Chichester District Council" in text and "Signed for Sussex Police" in text
    ch = "www.chesterfield.gov.uk"
    assert "ISO 9001" in _main(web, ch, "/living-here/safer-communities/cctv-service")
    assert _auth(truth, ch)["deliverables"]["5.2"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback232Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.nuneatonandbedworth.gov.uk",
            "other_systems",
            "/community-and-safety/anti-social-behaviour/community-trigger",
        ),
        ("www.staffsmoorlands.gov.uk", "cameras", "/parking/leek-car-parks"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    sm = _auth(truth, "www.staffsmoorlands.gov.uk")
    assert sm["heldback"]["robots_forbid_search"] and sm["heldback"]["democracy_host"] == "democracy.highpeak.gov.uk"
    assert "40 cameras" in _main(web, "democracy.highpeak.gov.uk", "/ieIssueDetails.aspx?IId=4930&Opt=3")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback232Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.birmingham.gov.uk", "www.easthants.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    )
    assert "Broadland District Council's" in _main(
        web, "www.southnorfolkandbroadland.gov.uk", "/privacy/broadland-office-cctv"
    )
