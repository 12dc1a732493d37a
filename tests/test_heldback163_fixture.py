"""The hundred and sixty-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before this one; the labelling
rules hold with the intended tallies; and the structures the set is built from are really served (a SPOC only in the
page-owner note of a housing page; a policies directory whose records hold the camera summary and a signed police
agreement served without extension; a step 2 claim only in a table caption; a step 1 claim only in a closed history
panel of a former district's area page; a SPOC only in an annual report page; one fact in a library code of conduct;
bilingual .aspx twins titled 'Public space cameras' and 'Camerâu mannau cyhoeddus' under council buildings and
assets, with news at a query address; a whole disclosure in a service privacy notice under data protection, with the
CCTV mailbox only in a policy PDF served without extension; a stale legacy page under an update box, with a BS 7958
code title; two facts of one criterion in a car parks table and its note; a signed agreement only behind a one-line
page; a one-line parks page listing a code, a signed appendix and a certificate beside a stepless mark; a whole
disclosure as a question-and-answer table; one fact in a clause of leisure membership terms; robots forbidding the
search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback163.truth import TRUTH_PATH
from fixtures.heldback163.web import Heldback163Web


@pytest.fixture(scope="module")
def web() -> Heldback163Web:
    return Heldback163Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback163Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 163)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_the_page_owner_note_of_a_housing_page(web: Heldback163Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    block = "/housing/estate-safety/cameras-in-your-block"
    html = _html(web, host, block)
    note = html.split('<div class="page-meta">', 1)[1].split("</div>", 1)[0]
    assert "Single point of contact for surveillance cameras" in note and "mailto:" in note
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv").lower()
    assert f"http://{host}{block}" in _links(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {block}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Metropolitan Police" in _main(web, host, "/community-safety/cctv")
    assert "approved camera devices" in _main(web, host, "/parking-and-travel/moving-traffic-enforcement")


def test_policies_directory_records_and_step_2_only_in_a_caption(web: Heldback163Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    directory = "/council-and-democracy/policies-plans-and-strategies"
    rec = f"{directory}/record"
    links = set(_links(web, host, directory))
    assert {
        f"http://{host}{rec}/overt-surveillance-policy",
        f"http://{host}{rec}/cctv-information-sharing-agreement",
    } <= links
    assert f"http://{host}{rec}/covert-surveillance-policy" in links
    assert '<th scope="col">Directorate</th>' in _html(web, host, directory)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{rec}/cctv-information-sharing-agreement"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed on behalf of South Yorkshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    page = _html(web, host, f"{rec}/overt-surveillance-policy")
    caption = page.split("<caption>", 1)[1].split("</caption>", 1)[0]
    assert "step 2" in caption and "step 2" not in page.replace(caption, "")
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_in_a_closed_history_panel_and_spoc_only_in_the_annual_report(web: Heldback163Web, truth: dict) -> None:
    host = "www.northyorks.gov.uk"
    hub = "/environment-and-neighbourhoods/cctv-public-spaces-north-yorkshire"
    areas = [
        f"http://{host}{hub}/cctv-public-spaces-{k}-area" for k in ("hambleton", "harrogate", "scarborough", "selby")
    ]
    assert set(areas) <= set(_links(web, host, hub))
    harrogate = _html(web, host, f"{hub}/cctv-public-spaces-harrogate-area")
    panel = harrogate.split("<details>", 1)[1].split("</details>", 1)[0]
    assert "<summary>History of the Harrogate system</summary>" in panel and "step 1 (desktop)" in panel
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    report = f"{hub}/hambleton-cctv-annual-report-2022-2023"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {report}
    site = web.sites[host]
    holders = {pg.path for pg in site.pages.values() if "single point of contact" in pg.body}
    assert holders == {report}
    assert "Ryedale Cameras in Action" in _main(web, host, f"{hub}/cctv-public-spaces-scarborough-area")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_in_a_library_code_of_conduct(web: Heldback163Web, truth: dict) -> None:
    host = "www.warwickshire.gov.uk"
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    conduct = "/libraries/using-the-library/library-code-of-conduct"
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert d51["pages"] == [f"http://{host}{conduct}"]
    assert "does not operate public space CCTV" in _main(
        web, host, "/council-and-democracy/freedom-of-information/disclosure-log-public-space-cctv"
    )
    assert a["heldback"]["robots_forbid_search"] and not a["heldback"]["a_z"]


def test_bilingual_aspx_twins_under_council_buildings(web: Heldback163Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    en = "/en/Resident/Council-buildings-and-assets/Public-space-cameras.aspx"
    cy = "/cy/Preswylwyr/Adeiladau-ac-asedau-r-Cyngor/Camerau-mannau-cyhoeddus.aspx"
    assert "<h1>Public space cameras</h1>" in _html(web, host, en)
    cy_html = _html(web, host, cy)
    assert '<html lang="cy">' in cy_html and "<h1>Camerâu mannau cyhoeddus</h1>" in cy_html
    assert f"http://{host}{cy}" in _links(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "shared service agreement" in _main(web, host, en) and d["5.5"]["status"] == "partial"
    assert "Wrexham" in _main(web, host, "/en/Resident/Council-Apps/NewsPortlet.aspx?id=2556")
    dem = "committeemeetings.flintshire.gov.uk"
    assert dem in web.sites[host].hosts() and "Wrexham" in _main(web, dem, "/mgAi.aspx?ID=19100")
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_privacy_notice_is_the_whole_disclosure(web: Heldback163Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    notice = "/pages/privacy_notice_cctv"
    html = _html(web, host, notice)
    crumbs = html.split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert "Data protection" in crumbs and "Privacy notices" in crumbs
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {notice, "/downloads/file/2210/cctv_policy"}
    policy = "/downloads/file/2210/cctv_policy"
    assert _no_extension(policy) and "cctv@oadby-wigston" in _text(web, host, policy)
    assert "cctv@" not in html and "dpo@oadby-wigston" in html
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]) == {policy}


def test_stale_legacy_page_under_an_update_box(web: Heldback163Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/CCTV")
    html = _html(web, host, "/CCTV")
    assert '<p class="update">' in html and "West Midlands Combined Authority" in html
    assert "BS 7958" in html and "Data Protection Act 1998" in _text(web, host, "/CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["retention"] and "retention" not in _text(web, host, "/CCTV").lower()


def test_two_facts_of_one_criterion_in_a_car_parks_table(web: Heldback163Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    html = _html(web, host, "/parking/car-parks")
    assert '<th scope="col">Security</th>' in html and "<td>CCTV, Park Mark</td>" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "27 cameras" in _main(web, host, "/news/shop-radio-linked-to-cameras")


def test_signed_agreement_only_behind_a_one_line_page(web: Heldback163Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    one_line = "/w/cctv-and-warwickshire-police"
    assert _main(web, host, one_line).count(".") <= 3
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{one_line}"}
    assert "Signed for Warwickshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert '<th scope="col">For</th>' in _html(web, host, "/w/public-space-cctv")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]
    assert "Rugby First" in _main(web, host, "/w/public-space-cctv")


def test_one_line_parks_page_with_code_appendix_and_certificate(web: Heldback163Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    page = "/info/200243/parks_and_open_spaces/1502/town_centre_and_park_cameras"
    assert f"http://{host}{page}" in _links(web, host, "/info/200243/parks_and_open_spaces")
    main = _html(web, host, page).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert main.count("<p>") == 1 and main.count("<li>") == 3
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-05-14"
    assert d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert "Signed for Leicestershire Police" in _text(web, host, urlsplit(doc["url"]).path)
    code = "/downloads/file/3318/town-centre-and-park-cameras-code-of-practice-2024.pdf"
    assert sum(u.endswith(code) for u in d["5.1"]["pages"]) == 1 and d["5.3"]["status"] == "partial"


def test_whole_disclosure_as_a_question_and_answer_table(web: Heldback163Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    faq = "/community-safety/community-safety-frequently-asked-questions"
    html = _html(web, host, faq)
    assert '<th scope="col">Question</th><th scope="col">Answer</th>' in html and html.count("<tr>") == 13
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {faq}
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    assert "Park Mark" in _main(web, host, "/parking/car-parks/drewitts-court") and d["5.2"]["status"] == "not_met"


def test_one_fact_in_a_clause_of_leisure_membership_terms(web: Heldback163Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    terms = "/leisure-and-culture/leisure-centres/membership-terms-and-conditions"
    html = _html(web, host, terms)
    assert '<ol class="terms">' in html and "<li>Security: signs at every entrance" in html
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["signage"]
    assert a["heldback"]["robots_forbid_search"]
    assert "Chorley" in _main(web, host, "/news/moss-lane-underpass-cameras")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback163Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.scambs.gov.uk", "www.southderbyshire.gov.uk", "www.rossendale.gov.uk"})
    assert "eleven" in _main(web, "www.southderbyshire.gov.uk", "/news/new-cameras-for-swadlincote").lower()
    assert "Pennine CCTV Hub" in _text(web, "democracy.rossendale.gov.uk", "/mgAi.aspx?ID=9921")
    ross = web.sites["www.rossendale.gov.uk"]
    assert ross.search is None and not ross.sitemap and not ross.az
    assert _auth(truth, "www.scambs.gov.uk")["heldback"]["robots_forbid_search"]
