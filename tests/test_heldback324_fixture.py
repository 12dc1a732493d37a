"""The 324th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (two pages titled 'Camera locations', one for moving
traffic cameras and one for public space cameras; a county governance policy naming the SPOC only as a role beside
a DPO mailbox; facts on a council project page with a progress table and a Welsh twin; a privacy notice still
carrying an editor's bracketed note; a signed police protocol published as a separate schedule of the code and
linked only from the footage request page, where the SPOC is too; a step 1 claim only in a quoted certifier's
letter; SPOC and figures only in an annual report PDF; an A to Z 'CCTV' entry that leaves for another domain; one
fact on a room hire page and one on a recreation ground page; a step 2 sentence with no mark on a legacy page and a
signed ISA linked only from the privacy notice; retention only as a row of the records retention schedule; a SPOC in
an aside and an agreement only 'being finalised'; a three-page guide with a mark that names no step; and councils
that publish nothing but are crowded with camera look-alikes).
"""

from __future__ import annotations

import json
import re
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

from fixtures.heldback324.truth import TRUTH_PATH
from fixtures.heldback324.web import Heldback324Web


@pytest.fixture(scope="module")
def web() -> Heldback324Web:
    return Heldback324Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback324Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 324)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_two_pages_titled_camera_locations(web: Heldback324Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    enf = "/parking-roads-and-travel/camera-enforcement/camera-locations"
    pub = "/safety-crime-and-emergencies/safety-in-kingston/public-space-cctv/camera-locations"
    for path in (enf, pub):
        assert "<h1>Camera locations</h1>" in _html(web, host, path)
    assert "Moving traffic enforcement cameras" in _main(web, host, enf)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pub}" in d["5.1"]["pages"] and f"http://{host}{enf}" not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvenquiries@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_a_role_in_county_policy_beside_dpo_box(web: Heldback324Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pol = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    html = _html(web, host, pol)
    spoc = html.split("<h3>Single Point of Contact (SPOC)</h3>", 1)[1].split("<h3>", 1)[0]
    assert "mailto:" not in spoc and not re.search(r"\d{4} ?\d{3}", spoc)
    assert re.findall(r'href="mailto:([^"]+)"', html) == ["dpo@surreycc.example.gov.uk"]
    assert not web.sites[host].az
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    for decoy in ("/roads-and-transport/live-traffic-cameras", "/schools-and-learning/governors/cctv-in-schools"):
        assert "camera" in _main(web, host, decoy).lower() and f"http://{host}{decoy}" not in d["5.1"]["pages"]


def test_project_page_with_welsh_twin_and_councils_agreement(web: Heldback324Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    pg = "/my-council/council-projects/smarter-borough-cctv"
    cy = "/cy/fy-nghyngor/prosiectau-r-cyngor/teledu-cylch-cyfyng-bwrdeistref-glyfrach"
    assert "<caption>Project progress</caption>" in _html(web, host, pg)
    assert f"http://{host}{cy}" in _links(web, host, pg) and f"http://{host}{pg}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "legal partnership agreement between the two councils" in _main(web, host, pg)
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["spoc"]["phone"] == "01656 555 010"
    assert "http://democratic.bridgend.gov.uk/mgAi.aspx?ID=12448" in _links(web, host, pg)


def test_privacy_notice_with_editors_note_and_dpo_only(web: Heldback324Web, truth: dict) -> None:
    host = "www.waverley.gov.uk"
    pn = "/info/200364/freedom_of_information_and_data_protection/2142/privacy_notice_for_cctv"
    main = _main(web, host, pn)
    assert "(Add body cameras to paragraph once purchased)" in main
    assert "<li>who we are</li>" in _html(web, host, pn)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pn}"]
    assert "dataprotection@waverley.example.gov.uk" in main and d["5.3"]["status"] == "not_met"


def test_schedule_of_the_code_signed_and_linked_only_from_request_page(web: Heldback324Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    rq = f"http://{host}/info/20061/community_safety/239/request_cctv_footage"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {rq}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Leicestershire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "published separately" in _text(web, host, "/downloads/file/1180/cctv_code_of_practice")
    assert {e["url"] for e in d["5.3"]["evidence"]} == {rq}
    assert "single point of contact" not in _main(web, host, "/info/20061/community_safety/238/cctv_cameras")


def test_step_1_only_in_quoted_letter_and_spoc_only_in_annual_report(web: Heldback324Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    cc = "/communities-safety/cctv-public-spaces"
    gov = f"{cc}/cctv-governance"
    quoted = _html(web, host, gov).split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    assert "step 1 (desktop) certification" in quoted
    assert "step 1" not in _main(web, host, cc)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-03" and not d["5.2"]["mark_displayed"]
    rep = "/sites/default/files/2024-07/cctv-annual-report-2023-24.pdf"
    assert "single point of contact (SPOC)" in _text(web, host, rep)
    assert "single point of contact" not in _main(web, host, cc) + _main(web, host, gov)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {rep}
    webcast = "/bereavement-services/lea-fields-crematorium/webcasting"
    assert "Cameras in the chapel" in _main(web, host, webcast)
    assert f"http://{host}{webcast}" not in d["5.1"]["pages"]


def test_a_to_z_cctv_entry_leaves_the_site(web: Heldback324Web) -> None:
    host = "www.eastherts.gov.uk"
    html = _html(web, host, "/a-z")
    assert '<a href="https://www.hertfordshirecctv.co.uk/">CCTV</a>' in html
    assert web.site_for_host("www.hertfordshirecctv.co.uk") is None
    dem = "democracy.eastherts.gov.uk"
    assert "CCTV Partnership Shared Service Update" in _main(web, dem, "/mgAi.aspx?ID=23897")


def test_one_fact_councils(web: Heldback324Web, truth: dict) -> None:
    for host, path in (
        ("www.rochford.gov.uk", "/the-mill-arts-and-events-centre/hire-a-room"),
        ("www.gedling.gov.uk", "/parks/church-lane-recreation-ground"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "This consultation closed" in _main(web, "www.rochford.gov.uk", "/cctv")
    assert "12 metre column with CCTV cameras" in _main(web, "www.gedling.gov.uk", "/planning/2021-1384")


def test_legacy_step_2_sentence_without_mark_and_isa_from_privacy_notice(web: Heldback324Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    cc = "/by-category/community-and-living2/csp/cctv"
    html = _html(web, host, cc)
    assert '<main id="main">' not in html and "<img" not in html and "step 2 certification" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    pn = f"http://{host}/privacy-notices/community-safety-including-cctv-environmental-crime"
    assert doc["signed"] and doc["force"] == "Kent" and _linking(web, host, doc["url"]) == {pn}
    assert "National Highways" in _text(web, host, "/roads-and-travel/dartford-crossing")


def test_retention_only_in_records_retention_schedule(web: Heldback324Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    rs = f"http://{host}/your-council/records-retention-schedule"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [e["url"] for e in d51["evidence"] if e["url"] == rs] == [rs] and d51["criteria"]["retention"]
    assert "30 days" not in _main(web, host, "/cctv-and-footage-requests")
    assert rs in _links(web, host, "/cctv-and-footage-requests")
    assert "<td>CCTV recordings from council buildings: 30 days, then overwritten</td>" in _html(
        web, host, rs[len(f"http://{host}") :]
    )


def test_spoc_in_aside_and_agreement_being_finalised(web: Heldback324Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    cc = "/environmental-health/community-safety/cctv-surveillance-systems/"
    aside = _html(web, host, cc).split('<aside class="contact-card">', 1)[1].split("</aside>", 1)[0]
    assert "single point of contact for surveillance camera" in aside
    pol = "/media/4512/public-space-surveillance-policy-and-code-of-practice-2023.pdf"
    assert "being finalised" in _text(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "information processing agreement with Newark and Sherwood" in _main(web, host, cc)


def test_three_page_guide_mark_without_step_and_signed_protocol(web: Heldback324Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    g1 = "/info/20109/crime_and_law_enforcement/112/cctv"
    assert {f"http://{host}{g1}/2", f"http://{host}{g1}/3"} <= set(_links(web, host, g1))
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, g1)
    assert "step" not in _main(web, host, g1).lower() and "British Standard" in _main(web, host, g1)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{g1}/3"}
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{g1}/3"}


def test_councils_that_publish_nothing_are_crowded_with_look_alikes(web: Heldback324Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"go.walsall.gov.uk", "www.reading.gov.uk", "www.eastherts.gov.uk"})
    assert _auth(truth, "www.reading.gov.uk")["heldback"]["robots_forbid_search"]
    tag = _links(web, "go.walsall.gov.uk", "/news/tag/cctv")
    assert sum("/news/" in u and "tag" not in u for u in tag) >= 3
    assert "approved by the Secretary of State" in _main(
        web, "www.reading.gov.uk", "/parking-roads-and-transport/bus-lanes"
    )
