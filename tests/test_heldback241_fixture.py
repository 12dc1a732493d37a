"""The two hundred and forty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a new CCTV page beside the previous CMS's page reached
only from the footer, with the code only there; CCTV three levels down under 'Information and privacy' and not in the
A to Z, a SPOC in a 'Contact this service' box and a signed police monitoring agreement; an English privacy notice in a
Welsh-named folder with its twin, a Welsh-only alt text and the step 2 claim in a caption; a code served without
extension and footage asked for through a general form's option; another council's cameras monitored under a
councils' agreement; one-fact car park and park pages; a policy only in Cabinet papers; an annual report behind a
button-styled link holding the only step 1 claim; a legacy site without search holding a draft ISA; another council's
hub certificate; locations only under a map image; a self-assessment that is not certification; a 'who to contact'
table naming the SPOC; a signed memorandum as an HTML page; a bare certification mark beside an old three-part article
the A to Z still points to; sites without search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback241.truth import TRUTH_PATH
from fixtures.heldback241.web import Heldback241Web


@pytest.fixture(scope="module")
def web() -> Heldback241Web:
    return Heldback241Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback241Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 241)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_new_page_beside_old_cms_page_reached_only_from_footer(web: Heldback241Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    old = f"http://{host}/Directory/Business/Town_centre_management/CCTV/42285_CCTV.asp"
    index = f"http://{host}/old-website"
    assert _linking(web, host, old) == {index}
    assert '<a href="/old-website">Old website</a>' in _html(web, host, "/crime/cctv").split("<footer>", 1)[1]
    old_html = _html(web, host, urlsplit(old).path)
    assert "<main" not in old_html and "<table" in old_html and "Page last updated: 16/11/2015" in old_html
    code = f"http://{host}/Images/CCTV_Code_of_Practice_tcm21-154488.pdf"
    assert _linking(web, host, code) == {old}
    d = _auth(truth, host)["deliverables"]
    assert old in d["5.1"]["pages"] and d["5.1"]["criteria"]["policy"]
    assert "approximately 700 cameras" in old_html and "1,850 cameras" in _main(web, host, "/crime/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvcontrolroom@")


def test_information_and_privacy_three_deep_contact_box_spoc_and_signed_monitoring_agreement(
    web: Heldback241Web, truth: dict
) -> None:
    host = "www.barnsley.gov.uk"
    pg = "/services/information-and-privacy/cctv/"
    outside = {u for u in _linking(web, host, f"http://{host}{pg}") if not u.startswith(f"http://{host}{pg}")}
    assert outside == {f"http://{host}/services/information-and-privacy/"}
    assert "CCTV" not in _main(web, host, "/a-z")
    html = _html(web, host, pg)
    box = html.split('<div class="contact-service">', 1)[1]
    assert (
        "single point of contact" in box
        and "single point of contact" not in html.split('<div class="contact-service">')[0]
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}how-the-cameras-are-watched/"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Barnsley Metropolitan Borough Council" in text and "Signed for South Yorkshire Police" in text
    assert d["5.3"]["status"] == "met"


def test_welsh_named_folder_twin_welsh_only_alt_and_caption_claim(web: Heldback241Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    en = "/en/Council/Information/Datganiadau-Preifatrwydd-Gwasanaethau/CCTV-and-Body-Cameras-Privacy-Notices.aspx"
    cy = (
        "/cy/Cyngor/Gwybodaeth/Datganiadau-Preifatrwydd-Gwasanaethau/Hysbysiadau-Preifatrwydd-TCC-a-Chamerau-Corff.aspx"
    )
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    html = _html(web, host, en)
    assert 'alt="Marc ardystio Comisiynydd Camerau Gwyliadwriaeth"' in html
    assert "<figcaption>" in html and "step 2" in html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert f"http://{host}{cy}" in set(_links(web, host, en)) and f"http://{host}{en}" in set(_links(web, host, cy))
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_code_without_extension_form_option_and_councils_monitoring_agreement(web: Heldback241Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    code = "/downloads/file/1620/cctv_code_of_practice"
    r = _render(web, f"http://{host}{code}")
    assert _no_extension(code) and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "<option>All other queries</option>" in _html(web, host, "/forms/general-enquiry")
    other = _main(web, host, "/info/20061/community_safety/239/monitoring_cameras_for_other_councils")
    assert "Melton Borough Council" in other and "police" not in other.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["criteria"]["retention"]
    assert f"http://{host}{code}" in d["5.1"]["pages"]


def test_one_fact_car_park_and_park_pages(web: Heldback241Web, truth: dict) -> None:
    for host, path, depth in (
        ("www.havant.gov.uk", "/parking/car-parks/havant-town-centre/tidworth-road", 4),
        ("www.eastherts.gov.uk", "/leisure-and-culture/parks-and-open-spaces/castle-park-bishops-stortford", 3),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert path.count("/") == depth
    dem = "havant.moderngov.co.uk"
    item = f"http://{dem}/mgAi.aspx?ID=12990"
    assert "http://www.havant.gov.uk/news/new-cctv-waterlooville" in _linking(web, "www.havant.gov.uk", item)
    assert "31 days" in _text(web, dem, "/documents/s41102/HBC-Surveillance-Policy-FINAL-March-23.pdf")


def test_annual_report_behind_button_link_holds_only_step_1_claim(web: Heldback241Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    pg = "/enterprising-communities/safer-places/cctv-public-spaces"
    report = "/sites/default/files/2024-07/CCTV-Annual-Report-2023-24.pdf"
    assert f'<a class="button button--primary" href="{report}">' in _html(web, host, pg)
    assert "step 1" not in _main(web, host, pg) and "step 1 (desktop)" in _text(web, host, report)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["criteria"]["statistics"]


def test_legacy_site_without_search_alliance_spoc_and_draft_isa(web: Heldback241Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    assert _render(web, f"http://{host}/search?q=cctv").status == 404
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Staffordshire Moorlands" in _text(web, host, "/environment/regulatory-services/public-space-surveillance")
    assert d["5.3"]["status"] == "met"


def test_hub_certificate_is_another_councils(web: Heldback241Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    main = _main(web, host, "/info/20094/data_protection_and_freedom_of_information/174/cctv")
    assert "Blackburn with Darwen Borough Council, which holds full certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_locations_under_map_image_and_self_assessment_not_certification(web: Heldback241Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    html = _html(web, host, "/community-safety-and-emergencies/cctv")
    assert 'alt="Map of Barnstaple with camera positions numbered"><ol><li>Mermaid Walk</li>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "1,766" in _main(web, "democracy.northdevon.gov.uk", "/mgAi.aspx?ID=19046")


def test_who_to_contact_table_spoc_and_html_memorandum(web: Heldback241Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    assert web.sites[host].search is None
    html = _html(web, host, "/info/20196/community_safety/1144/cctv_-_closed_circuit_television")
    assert '<th scope="col">Scheme</th><th scope="col">Contact</th>' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and urlsplit(doc["url"]).path.endswith("understanding")
    mou = _html(web, host, urlsplit(doc["url"]).path)
    assert "<caption>Signatures</caption>" in mou and "<td>Warwickshire Police</td>" in mou
    assert d["5.3"]["spoc"]["phone"] and d["5.3"]["status"] == "met"


def test_bare_mark_beside_old_three_part_article_the_a_to_z_points_to(web: Heldback241Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    old = f"http://{host}/info/20109/crime_and_law_enforcement/112/cctv"
    assert f"{old}/1" in _links(web, host, "/a-z") and f"http://{host}/cctv" not in _links(web, host, "/a-z")
    assert '<img src="/images/scc-certification-mark.png" alt="SCC certification mark">' in _html(web, host, "/cctv")
    assert "step 2" not in _main(web, host, "/cctv")
    for i in (1, 2, 3):
        assert "<main" not in _html(web, host, f"/info/20109/crime_and_law_enforcement/112/cctv/{i}")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-03"
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"{old}/3"} and _no_extension(doc["url"])
    assert d["5.1"]["criteria"]["standards"]


def test_sites_without_search(web: Heldback241Web) -> None:
    for host in ("www.wokingham.gov.uk", "www.winchester.gov.uk", "www.highpeak.gov.uk", "www.northwarks.gov.uk"):
        assert web.sites[host].search is None, host
        assert 'role="search"' not in _html(web, host, "/"), host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback241Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.wokingham.gov.uk", "www.hertfordshire.gov.uk", "www.winchester.gov.uk"}, min_decoys=5
    )
    assert "district and borough councils" in _main(
        web, "www.hertfordshire.gov.uk", "/services/community-safety/cctv-in-town-centres.aspx"
    )
