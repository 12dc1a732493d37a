"""The hundred and thirty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: camera material four to six clicks from the homepage on
sites whose search is weak (an index that leaves the safety section out, a title-only index, results cut at five with
no further pages, a search out of service) or missing (no search at all, or legacy tables without search, sitemap or
A to Z); one-fact councils whose fact sits on a market traders' handbook, a car park page and a sheltered housing
facilities page reached by ordinary menus; a SPOC in a privacy notice and in a team's contacts table; a step 2 claim
as an accreditations table row; a step 1 claim, figures and a memorandum mention only in a report PDF; agreements
signed by councils and police, a draft PDF protocol with blank signature lines; and three councils that publish
nothing but carry look-alikes.
"""

from __future__ import annotations

import json
from collections import Counter, deque
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback.truth import link_graph
from fixtures.heldback132.truth import TRUTH_PATH
from fixtures.heldback132.web import Heldback132Web


@pytest.fixture(scope="module")
def web() -> Heldback132Web:
    return Heldback132Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _depth(web: Heldback132Web, host: str, path: str) -> int:
    """Clicks from the homepage to ``path`` over the links the site really serves."""
    graph = link_graph(web, web.sites[host])
    start, target = f"http://{host}/", f"http://{host}{path}"
    seen = {start: 0}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in graph.get(u, []):
            if v not in seen:
                seen[v] = seen[u] + 1
                queue.append(v)
    return seen[target]


def _search(web: Heldback132Web, host: str, words: str) -> str:
    site = web.sites[host]
    assert site.search is not None
    path, param = site.search
    return _main(web, host, f"{path}?{param}={words.replace(' ', '+')}")


def test_fresh_councils(web: Heldback132Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 132)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_search_index_leaves_out_the_safety_section(web: Heldback132Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    guide = "/safety-crime-and-emergencies/safety-in-kingston/community-safety/cctv-images/further-guidance-cctv"
    assert "31 days" in _main(web, host, guide)
    assert "0 results" in _search(web, host, "cctv images")
    assert "Camera enforcement" in _search(web, host, "penalty charge notice")
    assert _depth(web, host, guide) == 5
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvenquiries@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_title_only_search_and_one_fact_on_a_car_park_page(web: Heldback132Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    page = "/travel-and-parking/car-parks/hadleigh-car-parks/magdalen-road-car-park"
    assert "West Suffolk Council monitors for us" in _main(web, host, page)
    found = _search(web, host, "cctv")
    assert "New CCTV in Sudbury and Hadleigh now live" in found and "Magdalen Road" not in found
    assert "0 results" in _search(web, host, "monitors")
    assert _depth(web, host, page) == 4
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]


def test_search_cut_at_five_and_material_six_clicks_deep(web: Heldback132Web, truth: dict) -> None:
    host = "www.medway.gov.uk"
    found = _search(web, host, "cctv")
    assert "Showing 5 of" in found and "Public space CCTV" not in found
    st = "/council-and-democracy/data-protection-and-freedom-of-information/surveillance-cameras/public-space-cctv/control-centre/standards-and-agreements"
    assert _depth(web, host, st) == 6
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-05" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Medway Council" in text and "Signed on behalf of Kent Police" in text
    code = "/downloads/file/2291/public_space_cctv_code_of_practice"
    r = web.sites[host].render(code)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_search_out_of_service(web: Heldback132Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    found = _search(web, host, "cctv")
    assert (
        "out of service" in found
        and "<a " not in _html(web, host, "/search?q=cctv").split("<main", 1)[1].split("</main>")[0]
    )
    cctv = "/community/community-safety/crime-and-anti-social-behaviour/cctv"
    assert _depth(web, host, cctv) == 4 and _depth(web, host, f"{cctv}/cctv-documents") == 5
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "Signed on behalf of Sussex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Data Protection Act 1998" in _main(web, host, cctv)


def test_no_search_step_2_as_a_table_row(web: Heldback132Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    site = web.sites[host]
    assert site.search is None and 'role="search"' not in _html(web, host, "/")
    std = "/community-and-living/community-safety/crime-and-disorder/cctv/our-control-room/standards"
    assert "<td>Step 2 (full certification) awarded June 2018</td>" in _html(web, host, std)
    assert _depth(web, host, std) == 6
    assert "cctv" not in _main(web, host, "/a-z").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "service level agreements" in _main(web, host, std.rsplit("/", 1)[0])


def test_legacy_site_without_search_sitemap_or_a_to_z_one_fact_on_housing_page(
    web: Heldback132Web, truth: dict
) -> None:
    host = "www.ne-derbyshire.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")
    fac = "/housing/council-housing/independent-living/our-schemes/scheme-facilities"
    assert _depth(web, host, fac) == 5
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{fac}"] and [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_one_fact_in_market_traders_handbook(web: Heldback132Web, truth: dict) -> None:
    host = "www.bury.gov.uk"
    hb = "/business/bury-market/trade-at-bury-market/market-hall-traders/trader-handbook"
    assert _depth(web, host, hb) == 5
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{hb}"] and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "32 new CCTV cameras" in _main(web, host, "/newsroom/safer-streets-cameras")


def test_spoc_in_privacy_notice_and_welsh_twin(web: Heldback132Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    notice = "/en/Council/Access-to-Information/Privacy-Notices/CCTV-Public-Space-Privacy-Notice.aspx"
    assert _depth(web, host, notice) == 5
    assert _depth(web, host, "/en/Resident/Crime-and-emergencies/Crime/CCTV/Accessing-CCTV-Imagery.aspx") == 6
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {notice}
    assert f"http://{host}/cy/Preswylydd/Trosedd-ac-argyfyngau/Trosedd/TCC/TCC.aspx" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/Preswylydd/Trosedd-ac-argyfyngau/Trosedd/TCC/TCC.aspx")


def test_spoc_only_in_a_team_contacts_table_and_draft_pdf(web: Heldback132Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    contacts = "/your-council/how-the-council-works/service-areas/community-safety-team/contacts-and-responsibilities"
    assert _depth(web, host, contacts) == 5
    cctv = "/resident-community-and-living/community-safety/closed-circuit-television-cctv"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {contacts}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_agreement_signed_by_three_councils_and_police(web: Heldback132Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "For Nottinghamshire Police" in text and "For Broxtowe Borough Council" in text
    assert d["5.3"]["spoc"]["role"] == "Community Protection Manager" and d["5.3"]["spoc"]["phone"]


def test_report_pdf_holds_figures_step_1_and_memorandum(web: Heldback132Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".pdf") and d["5.2"]["level"] == "step1"
    cctv = "/community-and-safety/community-safety/community-safety-partnership/cctv"
    assert "certification" not in _main(web, host, cctv) and "memorandum" not in _main(web, host, cctv)
    assert _depth(web, host, cctv) == 4


def test_community_cameras_deep_without_police_agreement(web: Heldback132Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    req = "/community/community-safety/reducing-crime/community-cameras/how-we-use-community-cameras/requesting-recordings"
    assert _depth(web, host, req) == 6
    assert "there is no standing agreement" in _main(web, host, req)
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback132Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westsussex.gov.uk", "www.blaby.gov.uk", "www.fdean.gov.uk"})
    assert "does not run a public space CCTV system" in _main(
        web, "www.fdean.gov.uk", "/council-and-democracy/freedom-of-information/foi-cctv-cameras"
    )
