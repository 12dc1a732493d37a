"""The three hundred and seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served, most of them about 5.1 information in pieces (a CCTV landing whose facts
all sit on sub-pages, the estate list two levels down and split by letter; a thin CCTV page with footage requests
filed under another section and the SPOC only in a privacy notice; a step 2 claim only in a table footnote; a CCTV
section that stops at its landing page with 'coming soon' placeholders and links to the former councils' sites;
camera facts only in directorate privacy notices at comma addresses; a CCTV part of a corporate privacy notice;
WordPress child pages with trailing slashes; a card landing whose figures sit on their own card page; a camera list
only on a map's text version; yearly reviews as Word files; retention only on a car park page; one fact in a closed
details box on a theatre page), bilingual twins, signed, mentioned and draft agreements, and councils that publish
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

from fixtures.heldback307.truth import TRUTH_PATH
from fixtures.heldback307.web import Heldback307Web


@pytest.fixture(scope="module")
def web() -> Heldback307Web:
    return Heldback307Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(urls: list[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils(web: Heldback307Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 307)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_landing_holds_no_facts_and_estates_sit_two_levels_down(web: Heldback307Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    cc = "/community-safety/cctv"
    main = _main(web, host, cc)
    assert "tenant management organisation" in main and "cctv@camden.example.gov.uk" in main
    for fact in ("31 days", "536", "subject access", "6,214", "4G"):
        assert fact not in main, fact
    where = f"{cc}/where-our-cameras-are"
    for letters in ("estates-a-to-k", "estates-l-to-z"):
        assert _linking(web, host, f"http://{host}{where}/{letters}") == {f"http://{host}{where}"}
    d = _auth(truth, host)["deliverables"]
    pages = _paths(d["5.1"]["pages"])
    assert {f"{where}/estates-a-to-k", f"{cc}/asking-for-footage", f"{cc}/your-rights-and-complaints"} <= pages
    assert f"{cc}/cctv-figures-2024-25" in pages
    assert "Metropolitan Police Service" in _main(web, host, f"{cc}/asking-for-footage")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "penalty charge notice" in _main(web, host, "/parking/moving-traffic-cameras")


def test_footage_requests_filed_elsewhere_spoc_in_notice_step_2_in_footnote(web: Heldback307Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    cc = "/services/crime-anti-social-behaviour-nuisance/cctv"
    req = "/services/the-council-democracy/cctv-requests"
    assert f"http://{host}{req}" in _links(web, host, cc)
    assert "30 days" in _main(web, host, req) and "30 days" not in _main(web, host, cc)
    figs = _html(web, host, f"{cc}/cctv-figures")
    tfoot = figs.split("<tfoot>", 1)[1].split("</tfoot>", 1)[0]
    assert "step 2" in tfoot and "step 2" not in figs.split("<tfoot>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    pn = "/services/the-council-democracy/data-protection/privacy-notices/overt-surveillance"
    assert "single point of contact" in _main(web, host, pn)
    assert "single point of contact" not in _main(web, host, cc)
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {pn}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "covered by the council's CCTV cameras" in _main(web, host, "/services/markets/doncaster-market")


def test_section_that_stops_at_its_landing_page(web: Heldback307Web, truth: dict) -> None:
    host = "www.somerset.gov.uk"
    cc = "/crime-and-community-safety/cctv"
    html = _html(web, host, cc)
    assert html.count('href="#" class="link--pending"') == 3 and html.count("(coming soon)") == 3
    off = {urlsplit(u).hostname for u in _links(web, host, cc)} - {host}
    assert off == {
        "www.sedgemoor.gov.uk",
        "www.somersetwestandtaunton.gov.uk",
        "www.southsomerset.gov.uk",
        "www.mendip.gov.uk",
    }
    assert not web.sites[host].pages[(host, cc)].children
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{cc}"]
    assert "690 incidents" in _main(web, host, "/news/cctv-operators-help-police-with-690-incidents")


def test_facts_only_in_directorate_privacy_notices_at_comma_addresses(web: Heldback307Web, truth: dict) -> None:
    host = "www.kent.gov.uk"
    site = web.sites[host]
    assert not site.az
    d = _auth(truth, host)["deliverables"]
    pages = d["5.1"]["pages"]
    assert d["5.1"]["status"] == "met" and len(pages) == 3
    assert sum("," in urlsplit(u).path for u in pages) == 2
    for u in pages:
        folder = u.rsplit("/", 1)[0]
        assert _linking(web, host, u) == {folder}, u
        assert "privacy notice" in _main(web, host, urlsplit(u).path).lower()
    assert not any(p.title == "CCTV" for p in site.pages.values())
    assert "district and borough councils" in _main(
        web, host, "/community-and-living/community-safety/cctv-in-your-town"
    )
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_bilingual_twins_and_signed_memorandum(web: Heldback307Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    twin = "/cy/Trigolion/Diogelwch-cymunedol/TCC.aspx"
    assert '<html lang="cy">' in _html(web, host, twin)
    cc = "/en/Residents/Community-safety/CCTV.aspx"
    assert f"http://{host}{twin}" in _links(web, host, cc)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "North Wales"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Gwynedd Council" in text and "North Wales Police" in text
    assert d["5.3"]["status"] == "partial"


def test_wordpress_child_pages_with_trailing_slashes(web: Heldback307Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    cc = "/resident/community-safety/cctv/"
    children = web.sites[host].pages[(host, cc)].children
    assert len(children) == 5 and all(c.endswith("/") for c in children)
    for c in children:
        assert f"http://{host}{c}" in _links(web, host, cc)
    d = _auth(truth, host)["deliverables"]
    assert len({urlsplit(u).path for u in d["5.1"]["pages"]}) >= 6  # five child pages and the code
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(
        web, host, f"{cc}recordings-and-your-rights/"
    )
    assert "service level agreement" in _main(web, host, f"{cc}town-centre-cameras/")
    assert d["5.5"]["status"] == "not_met"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_in_a_closed_details_box_on_a_theatre_page(web: Heldback307Web, truth: dict) -> None:
    host = "www.eastherts.gov.uk"
    visit = "/hertford-theatre/your-visit"
    html = _html(web, host, visit)
    box = html.split("<details>", 1)[1].split("</details>", 1)[0]
    assert "28 days" in box and "28 days" not in html.replace(box, "")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert d51["pages"] == [f"http://{host}{visit}"]
    dem = "democracy.eastherts.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "Buntingford" in _main(web, dem, "/ieIssueDetails.aspx?IId=23897&Opt=3")


def test_cctv_part_of_corporate_privacy_notice_and_draft_word_isa(web: Heldback307Web, truth: dict) -> None:
    host = "www.waverley.gov.uk"
    pn = "/info/200364/freedom_of_information_and_data_protection/1987/privacy_notice"
    html = _html(web, host, pn)
    assert "<h2>8. CCTV</h2>" in html and html.count("<h2>") >= 9
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "DRAFT" in _text(web, host, urlsplit(doc["url"]).path)


def test_card_landing_figures_on_their_own_card_and_signed_isa(web: Heldback307Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    cc = "/communities-safety/cctv"
    html = _html(web, host, cc)
    assert html.count('<li class="card">') == 5
    assert "2,384" not in _main(web, host, cc) and "2,384" in _main(web, host, f"{cc}/cctv-figures")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2023-06"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cc}/recordings-and-governance"}
    assert d["5.3"]["status"] == "met"


def test_camera_list_only_on_the_maps_text_version(web: Heldback307Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    mp = "/info/20061/community_safety/1402/cctv_camera_map"
    lst = f"http://{host}{mp}?view=list"
    assert _linking(web, host, lst) == {f"http://{host}{mp}"}
    assert "<img" in _html(web, host, mp) and "The Square" not in _main(web, host, mp)
    d = _auth(truth, host)["deliverables"]
    assert lst in d["5.1"]["pages"]
    code = "/downloads/file/2011/cctv_code_of_practice"
    assert _no_extension(code) and "Leicestershire Police" in _text(web, host, code)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_legacy_overview_routing_two_ways_and_a_partnership_that_is_no_agreement(
    web: Heldback307Web, truth: dict
) -> None:
    host = "www.northwarks.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    cc = "/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    text = _text(web, host, cc)
    assert "Director of Housing, 01827 715341" in text and "Warwickshire Police on 101" in text
    sch = _text(web, host, "/info/20196/community_safety/1145/atherstone_cctv_scheme")
    assert "Warwickshire Police" in sch and "agreement" not in sch
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_reviews_as_word_files_and_retention_only_on_a_car_park_page(web: Heldback307Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    rv = "/residents/community-safety/cctv/cctv-reviews"
    docs = [u for u in _links(web, host, rv) if u.endswith(".docx")]
    assert len(docs) == 3
    for u in docs:
        assert (_render(web, u).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["evidence"][0]["url"] in docs
    for path in ("/residents/community-safety/cctv", "/residents/community-safety/cctv/request-cctv-footage"):
        assert "31 days" not in _main(web, host, path)
    assert "31 days" in _main(web, host, "/parking/car-parks/crescent-road")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Kent"
        and "Signed for Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback307Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cotswold.gov.uk", "www.hyndburnbc.gov.uk", "www.north-norfolk.gov.uk"})
    cots = "www.cotswold.gov.uk"
    az = _html(web, cots, "/a-z")
    assert 'href="/council-and-democracy/town-and-parish-councils">CCTV</a>' in az
    assert "Cirencester Town Council" in _main(web, cots, "/council-and-democracy/town-and-parish-councils")
    assert _auth(truth, cots)["heldback"]["robots_forbid_search"]
    assert web.sites["www.hyndburnbc.gov.uk"].search is None
    nn = "www.north-norfolk.gov.uk"
    assert "Cromer Town Council" in _main(web, nn, "/planning-and-building-control/weekly-list")
    assert "46 cameras" in _main(web, "democracy.north-norfolk.gov.uk", "/mgAi.aspx?ID=1905")
