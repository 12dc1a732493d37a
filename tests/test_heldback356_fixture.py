"""The three hundred and fifty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: who owns which cameras in two-tier and mixed areas. Checks: the councils are fresh register rows of the
brief's mix; the labelling rules hold with the intended tallies; and the structures the set is built from are really
served (a page listing the cameras that are not the council's with the SPOC at its foot, and a form whose radio labels
name each camera's owner; a responsibility matrix with ticks and a signed monitoring agreement linked from it; an
operations centre table separating the council's cameras from those watched for other owners, beside an award that is
not certification; a county's 'which council does what' table sending town centre CCTV to the districts and linking
its own statement and SPOC; a bilingual site that watches a neighbour's cameras, whose signed police protocol excludes
them; a district hosting a neighbouring district's privacy notice; a legacy site whose cameras went to the town
councils, with the decision on a democracy host; a district that controls cameras paid for by town councils, a hub's
certificate that is not its own and a joint code with an unsigned certificate; a mark whose alt text names no step or
date in a four-part guide; record-only cameras after a neighbour's monitoring ended; per-town pages told apart by a
query string; a page shared with a partner council whose half does not count; one-fact pages; councils that publish
nothing but carry look-alikes).
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

from fixtures.heldback356.truth import TRUTH_PATH
from fixtures.heldback356.web import Heldback356Web


@pytest.fixture(scope="module")
def web() -> Heldback356Web:
    return Heldback356Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback356Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 356)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_cameras_that_are_not_ours_page_holds_the_spoc_and_the_form_names_owners(
    web: Heldback356Web, truth: dict
) -> None:
    host = "www.kingston.gov.uk"
    cctv = "/safety-crime-and-emergencies/safety-in-kingston/cctv"
    nots = f"{cctv}/cameras-that-are-not-ours"
    main = _main(web, host, nots)
    for owner in ("Transport for London", "The train operator", "The centre's owners", "The Metropolitan Police"):
        assert owner in main, owner
    assert "single point of contact" in main and "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{nots}"}
    form = _html(web, host, f"{cctv}/ask-for-cctv-images")
    labels = re.findall(r"<label for=\"opt-[a-z]+\">([^<]+)</label>", form)
    assert len(labels) == 5 and sum("not the council's" in x for x in labels) == 4
    assert "<fieldset><legend>Where was the camera?</legend>" in form
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, cctv)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_responsibility_matrix_links_the_signed_monitoring_agreement(web: Heldback356Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    who = f"http://{host}/crime-and-community-safety/cctv/who-does-what"
    html = _html(web, host, urlsplit(who).path)
    assert '<table class="responsibilities">' in html
    row = html.split("Watches the pictures live", 1)[1].split("</tr>", 1)[0]
    cells = row.split("<td")[1:]
    assert [i for i, c in enumerate(cells) if "&#10003;" in c] == [1]  # the Merseyside Police column
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {who}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "outside its scope" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_operations_centre_separates_own_cameras_and_award_is_not_certification(
    web: Heldback356Web, truth: dict
) -> None:
    host = "www.bristol.gov.uk"
    ops = _main(web, host, "/residents/crime-and-emergencies/cctv-in-bristol/operations-centre")
    assert "Each client" in ops and "remains the data controller" in ops and "CameraWatch" in ops
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]
    notice = f"http://{host}/council-and-mayor/data-protection/privacy-notices/cctv-privacy-notice"
    assert d["5.5"]["status"] == "partial" and {e["url"] for e in d["5.5"]["evidence"]} == {notice}
    assert "Surveillance cameras at county" not in ops


def test_county_sends_town_centre_cctv_to_districts_and_publishes_its_own_sites(
    web: Heldback356Web, truth: dict
) -> None:
    host = "www.gloucestershire.gov.uk"
    stmt = "/council-and-democracy/data-protection/surveillance-cameras-at-county-council-sites"
    who = "/council-and-democracy/which-council-does-what"
    assert f"http://{host}{stmt}" in _links(web, host, who)
    row = _html(web, host, who).split("CCTV in town and city centres", 1)[1].split("</tr>", 1)[0]
    assert "<td>No</td>" in row and "Gloucester City" in row
    main = _main(web, host, stmt)
    assert "We do not run town centre CCTV." in main and "Cameras that are not ours" in main
    a = _auth(truth, host)
    d = a["deliverables"]
    assert a["type"] == "County" and d["5.1"]["pages"] == [f"http://{host}{stmt}"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Information Management Service"
    assert d["5.2"]["status"] == d["5.5"]["status"] == "not_met"
    assert "penalty charge notice" in _main(web, host, "/highways/moving-traffic-enforcement")
    site = web.sites[host]
    assert site.sitemap and not site.az
    assert all(urlsplit(u).hostname != "gloucestershirerecycles.example.com" for u in d["5.1"]["pages"])


def test_bilingual_site_watching_a_neighbours_cameras_with_a_protocol_that_excludes_them(
    web: Heldback356Web, truth: dict
) -> None:
    host = "www.newport.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    bg = _main(web, host, "/en/Community-Safety/CCTV/Blaenau-Gwent-cameras.aspx")
    assert "belong to Blaenau Gwent County Borough Council" in bg and "We do not keep their recordings." in bg
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/Community-Safety/CCTV/CCTV.aspx" in d["5.1"]["pages"]
    assert not any("Blaenau" in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent"
    assert "applies only to cameras owned by Newport City Council" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert '<html lang="cy">' in _html(web, host, "/cy/Community-Safety/CCTV/CCTV.aspx")


def test_controller_for_town_councils_cameras_hub_certificate_and_unsigned_joint_code(
    web: Heldback356Web, truth: dict
) -> None:
    host = "www.pendle.gov.uk"
    dp = "/info/20094/data_protection_and_freedom_of_information"
    main = _main(web, host, f"{dp}/174/cctv")
    assert "town councils meet the running costs" in main and "Colne Town Council" in main
    hub = _main(web, host, f"{dp}/175/the_east_lancashire_cctv_hub")
    assert "step 2 certification" in hub and "not to Pendle" in hub
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["date"] is None
    assert _no_extension(doc["url"]) and "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of Agreement" in text and "20__" in text
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["spoc"]["role"] == "Localities team"


def test_stepless_mark_in_a_four_part_guide_with_spoc_and_signed_agreement_in_part_two(
    web: Heldback356Web, truth: dict
) -> None:
    host = "www.warwickdc.gov.uk"
    g = "/info/20109/crime_and_law_enforcement/112/cctv"
    html = _html(web, host, g)
    assert '<img src="/images/scc-certification-mark.png" alt="SCC certification mark">' in html
    assert "step" not in _main(web, host, g).lower()
    assert {f"http://{host}{g}/{n}" for n in (2, 3, 4)} <= set(_links(web, host, g))
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] is None
    assert d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{g}/2"}
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"] and doc["force"] == "Warwickshire" and _linking(web, host, doc["url"]) == {f"http://{host}{g}/2"}
    )
    assert "Royal Priors" in _main(web, host, f"{g}/4")


def test_record_only_cameras_after_a_neighbours_monitoring_ended(web: Heldback356Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    page = "/community/community-safety/cctv"
    html = _html(web, host, page)
    assert "nobody watches our cameras live" in html and 'class="callout callout--info"' in html
    assert "http://moderngov.fareham.gov.uk/ieIssueDetails.aspx?IId=17409" in _links(web, host, page)
    a = _auth(truth, host)
    assert a["heldback"]["democracy_host"] == "moderngov.fareham.gov.uk"
    assert not any("moderngov" in u for u in a["deliverables"]["5.1"]["pages"])
    assert a["deliverables"]["5.3"]["status"] == "met" and a["deliverables"]["5.5"]["status"] == "partial"


def test_per_town_query_pages_separate_own_and_others_cameras(web: Heldback356Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    area = "/residents/crime-and-safety/cctv/cctv-in-your-area"
    towns = [u for u in _links(web, host, area) if "?town=" in u]
    assert len(set(towns)) == 4
    for url in set(towns):
        main = _main(web, host, urlsplit(url).path + "?" + urlsplit(url).query)
        assert "Our cameras" in main and "Cameras that are not ours" in main, url
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{area}?town=loughton" in d["5.1"]["pages"]
    assert "preparing for third-party certification" in _main(web, host, "/residents/crime-and-safety/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["statistics"]


def test_page_shared_with_partner_council_counts_only_its_own_half(web: Heldback356Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    html = _html(web, host, "/community/community-safety/cctv")
    assert '<section id="high-peak">' in html and '<section id="staffordshire-moorlands">' in html
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    ev = "/media/2290/staffordshire-moorlands-cctv-evaluation-report-2023-and-2024.pdf"
    assert f"http://{host}{ev}" in _links(web, host, "/community/community-safety/cctv")
    assert not d51["criteria"]["annual_review"] and f"http://{host}{ev}" not in d51["pages"]
    assert a["heldback"]["robots_forbid_search"] and a["deliverables"]["5.3"]["status"] == "partial"
    code = _render(web, f"http://{host}/media/2211/high-peak-cctv-code-of-practice.docx")
    assert (code.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "owned by High Peak Borough Council" in _text(web, host, "/media/2211/high-peak-cctv-code-of-practice.docx")


def test_neighbours_notice_and_town_councils_cameras_are_not_the_councils(web: Heldback356Web, truth: dict) -> None:
    cot = "www.cotswold.gov.uk"
    notice = "/about-the-council/shared-services/partner-privacy-notices/forest-of-dean-cctv-privacy-notice"
    main = _main(web, cot, notice)
    assert "Forest of Dean District Council is the data controller" in main
    assert "does not own or run any public space CCTV" in _main(web, cot, "/community-and-living/community-safety")
    nn = "www.north-norfolk.gov.uk"
    site = web.sites[nn]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, nn, "/")
    assert "46 cameras" in _html(web, "modgov.north-norfolk.gov.uk", "/mgAi.aspx?ID=7011")
    assert _auth(truth, "www.waverley.gov.uk")["heldback"]["robots_forbid_search"]
    assert_publish_nothing(web, truth, {cot, nn, "www.waverley.gov.uk"})


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.fylde.gov.uk", "cameras", "/resident/leisure-and-culture/st-annes-beach-huts"),
        ("www.hyndburnbc.gov.uk", "signage", "/leisure/haworth-art-gallery"),
    ):
        d = _auth(truth, host)["deliverables"]
        assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == [crit], host
        assert d["5.1"]["pages"] == [f"http://{host}{path}"], host
        assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5")), host
