"""The hundred-and-44th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (camera pages four to six clicks down under
enforcement, regeneration, business, car park, housing and policy sections; searches that drop short words, look
only in the online forms, only in the A to Z or only in first paragraphs; no search at all; robots forbidding the
search; a step 2 claim only in a mark's alt text, only in a figcaption, only in a certificate PDF and only in a
sentence; signed agreements in a partnership's agreements table, as a Word file without extension, in a documents
list and as a PDF without extension; a draft Word agreement only in Cabinet papers; mentions in privacy notices; a
Welsh-first site with /cy and /en twins; one-fact councils on a museum and a park page; and councils that publish
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

from fixtures.heldback144.truth import TRUTH_PATH
from fixtures.heldback144.web import Heldback144Web


@pytest.fixture(scope="module")
def web() -> Heldback144Web:
    return Heldback144Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _search(web: Heldback144Web, host: str, query: str) -> str:
    site = web.sites[host]
    assert site.search is not None
    r = _render(web, f"http://{host}{site.search[0]}?{site.search[1]}={query}")
    assert r.status == 200
    return r.body.decode("utf-8")


def test_fresh_councils(web: Heldback144Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 144)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 5, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_enforcement_section_short_word_search_alt_text_and_agreements_table(web: Heldback144Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    base = "/cms/environment_and_enforcement/civic_pride_enforcement/how_we_gather_evidence"
    cctv = f"http://{host}{base}/cctv_control_room.aspx"
    assert f"http://{host}{base}.aspx" in _linking(web, host, cctv)
    assert "at least five characters" in _search(web, host, "cctv")
    assert "cctv_control_room" not in _html(web, host, "/a-z")
    main = _main(web, host, urlsplit(cctv).path)
    assert "step 2" not in main.lower() and "(step 2)" in _html(web, host, urlsplit(cctv).path)
    a = _auth(truth, host)
    assert a["oracle_fetches"] and a["deliverables"]["5.2"]["mark_displayed"]
    (doc,) = a["deliverables"]["5.5"]["documents"]
    isa_page = "/cms/community_safety/safer_redbridge_partnership/information_sharing_agreements.aspx"
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{isa_page}"}
    assert "<table>" in _html(web, host, isa_page) and "MARAC" in _main(web, host, isa_page)
    assert a["deliverables"]["5.3"]["status"] == "partial"


def test_regeneration_section_forms_only_search_and_spoc_sub_page(web: Heldback144Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    safer = "/regeneration-and-investment/town-centres-programme/walsall-town-centre/safer-town-centre"
    cctv = f"{safer}/public-space-cctv"
    assert "0 results in our online forms" in _search(web, host, "cctv")
    assert "Report a pothole" in _search(web, host, "pothole")
    assert not web.sites[host].az and web.sites[host].sitemap
    assert f"http://{host}{safer}" in _linking(web, host, f"http://{host}{cctv}")
    assert "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        f"{cctv}/who-is-responsible-for-our-cameras"
    }
    notice = "/your-council/data-protection/privacy-notices/community-safety/public-space-cctv-privacy-notice"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {notice}


def test_certificate_pdf_and_word_agreement_without_extension(web: Heldback144Web, truth: dict) -> None:
    host = "www.dorsetcouncil.gov.uk"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "step" not in _main(web, host, "/w/cctv-control-centre").lower()
    assert "http://www.dorsetcouncil.gov.uk/w/radio-link-schemes" in _linking(
        web, host, f"http://{host}/w/cctv-control-centre"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "Full certification (step 2)" in _text(web, host, "/media/31873/cctv-control-centre-certificate.pdf")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Dorset Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback144Web, truth: dict) -> None:
    hosts = {"www.oxfordshire.gov.uk", "www.north-norfolk.gov.uk", "www.southhams.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert "Thames Valley Police" in _main(
        web, "www.oxfordshire.gov.uk", "/residents/roads-and-transport/traffic/safety-cameras"
    )
    assert not web.sites["www.oxfordshire.gov.uk"].az
    nn = _html(web, "www.north-norfolk.gov.uk", "/planning-and-building-control/weekly-lists/week-ending-14-june-2024")
    assert "Cromer Town Council" in nn and "wp-site" in nn
    sh = _auth(truth, "www.southhams.gov.uk")["heldback"]
    assert sh["robots_forbid_search"] and not sh["a_z"]
    assert '<main id="main">' not in _html(web, "www.southhams.gov.uk", "/")
    assert "Torbay" in _html(web, "www.southhams.gov.uk", "/community/town-and-parish-councils.php")


def test_welsh_first_site_and_one_fact_on_museum_page(web: Heldback144Web, truth: dict) -> None:
    host = "www.pembrokeshire.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and home.index("Croeso") < home.index("Welcome")
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [
        f"http://{host}/en/leisure-and-culture/museums/scolton-manor/plan-your-visit",
        f"http://{host}/cy/hamdden-a-diwylliant/amgueddfeydd/maenordy-scolton/cynllunio-eich-ymweliad",
    ]
    assert "Dyfed-Powys Police" in _main(web, host, "/en/community-safety/who-runs-the-town-cameras")


def test_environmental_health_trailing_slash_and_plans_only_in_pdfs(web: Heldback144Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    cctv = "/environmental-health/community-safety/cctv-surveillance-systems/"
    assert _render(web, f"http://{host}{cctv}").status == 200
    assert _render(web, f"http://{host}{cctv.rstrip('/')}").status == 404
    main = _main(web, host, cctv)
    assert "Central Avenue" not in main and "single point of contact" not in main.lower()
    assert "Central Avenue" in _text(web, host, "/media/4127/west-bridgford-cctv-locations.pdf")
    assert "information processing agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_paged_article_figcaption_and_draft_only_in_cabinet_papers(web: Heldback144Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    art = "/info/20062/car_park_safety/1152/cctv_and_help_points"
    page1 = _html(web, host, f"{art}/1")
    assert "<figcaption>Full certification (step 2)" in page1
    assert 'alt="Surveillance Camera Commissioner certification mark"' in page1
    assert f"http://{host}{art}/2" in _links(web, host, f"{art}/1")
    assert "Park Mark" in _main(web, host, "/info/20062/car_park_safety/1153/park_mark")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-04" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == "democracy.warwickdc.gov.uk"
    assert _linking(web, host, doc["url"]) == {"http://democracy.warwickdc.gov.uk/mgAi.aspx?ID=17003"}
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_a_to_z_only_search_and_one_fact_on_park_page(web: Heldback144Web, truth: dict) -> None:
    host = "www.reigate-banstead.gov.uk"
    assert "0 results in the A to Z" in _search(web, host, "cctv")
    assert "Parks and countryside" in _search(web, host, "parks")
    assert "reigate-banstead.moderngov.co.uk" in web.sites[host].hosts()
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [
        f"http://{host}/info/20131/our_parks/411/visiting_priory_park"
    ]


def test_no_search_no_a_to_z_sitemap_and_council_sla(web: Heldback144Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    cctv = "/business/city-centre/safe-and-welcoming/cctv"
    site = web.sites[host]
    assert site.search is None and not site.az and site.sitemap
    assert 'role="search"' not in _html(web, host, "/") and "/a-z" not in _html(web, host, "/")
    sm = _render(web, f"http://{host}/sitemap.xml").body.decode("utf-8")
    assert f"http://{host}{cctv}" in sm
    assert "service level agreement" in _main(web, host, cctv)
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_strategy_in_policies_library_with_sro(web: Heldback144Web, truth: dict) -> None:
    host = "www.arun.gov.uk"
    assert _linking(web, host, f"http://{host}/cctv-strategy") == {f"http://{host}/technical-services-policies"}
    r = _render(web, f"http://{host}/media/2871/cctv-policy.docx")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "Sussex Police" in _main(web, "democracy.arun.gov.uk", "/mgAi.aspx?ID=8514")


def test_legacy_cfm_site_a_to_z_signpost_and_step_2_sentence(web: Heldback144Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    assert web.sites[host].search is None
    assert '<main id="main">' not in _html(web, host, "/")
    az = _html(web, host, "/a-z")
    assert 'href="/index.cfm?articleid=2010">CCTV</a>' in az and "articleid=2017" not in az
    part = _html(web, host, "/index.cfm?articleid=2018")
    assert "step 2 full certification" in part and "<img" not in part
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire"
    assert d["5.3"]["status"] == "met"


def test_summary_only_search_hours_table_and_notice_mention(web: Heldback144Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    cctv = "/business/camberley-town-centre/town-centre-management/safety-and-security/town-centre-cctv"
    results = _search(web, host, "cctv")
    assert cctv not in results and "shbc-cctv-privacy-notice" not in results and "news-and-events" in results
    html = _html(web, host, cctv)
    assert '<th scope="col">Days</th>' in html and "Woking Borough Council" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_housing_careline_path_and_agreement_pdf_without_extension(web: Heldback144Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    cctv = "http://www.northwarks.gov.uk/info/20161/careline_community_alarms/1202/town_centre_cctv"
    assert _linking(web, host, cctv) == {
        "http://www.northwarks.gov.uk/info/20161/careline_community_alarms/1201/atherstone_control_centre"
    }
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Polesworth" in _main(web, host, urlsplit(cctv).path)
