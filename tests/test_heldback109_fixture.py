"""The 109th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 94 to 108; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a CCTV page moved in a redesign with a stub left
at the old address, which the A to Z still uses; a SPOC reachable only through an online form; camera facts only in
a chapter of a long community safety plan PDF linked from a page that never writes 'CCTV'; camera towns and hours
only in a map widget's <noscript> fallback; a closed consultation beside a live CCTV page; a policy, holding the
SPOC, linked only from page 3 of a paged policies library; a Welsh-first site with its English home at /en and twin
CCTV pages; a partnership's code of practice on the council's host with the SPOC and a signed certificate of
agreement; one CCTV page at three URL variants with rel=canonical; a one-fact page sending readers to a
partnership's website; a page whose only camera text is a table of locations; a guide at numbered addresses with a
step 2 sentence and a neighbouring council's SLA; figures only in a same-host iframe; a signed agreement only as an
appendix of a code of practice; a signed protocol only on page 2 of a paged downloads library; near-misses (a
Prevent SPOC, a police agreement about other matters, NSI Gold and BS 7958); robots.txt forbidding the search; and
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
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
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback109.truth import TRUTH_PATH
from fixtures.heldback109.web import Heldback109Web


@pytest.fixture(scope="module")
def web() -> Heldback109Web:
    return Heldback109Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_real_councils_none_from_sets_94_to_108(web: Heldback109Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(94, 109) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 94-108 may be reused"
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
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_moved_page_stub_and_spoc_only_behind_a_form(web: Heldback109Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    old, new = "/crime-and-safety/cctv", "/housing/anti-social-behaviour/cctv"
    assert f"http://{host}{new}" in _links(web, host, old)
    assert "no longer kept up to date" in _main(web, host, old)
    assert f"http://{host}{old}" in _links(web, host, "/a-z") and f"http://{host}{new}" not in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{old}" not in d["5.1"]["pages"] and f"http://{host}{new}" in d["5.1"]["pages"]
    form_page = "/contact-us/cctv-enquiry"
    html = _html(web, host, form_page)
    assert '<form class="webform" action="/contact-us/cctv-enquiry/submit" method="post">' in html
    assert "mailto:" not in html and not re.search(r"\b0\d{3,4} \d{3}", _main(web, host, form_page))
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {form_page}
    assert d["5.3"]["spoc"]["email"] is None and d["5.3"]["spoc"]["phone"] is None


def test_camera_facts_only_in_a_community_safety_plan_pdf(web: Heldback109Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    plan = "/media/7043/safer-communities-plan-2024-2027.pdf"
    partnership = "/community-safety/safer-communities-partnership"
    assert "cctv" not in _main(web, host, partnership).lower()
    assert _linking(web, host, f"http://{host}{plan}") == {f"http://{host}{partnership}"}
    text = _text(web, host, plan)
    assert "Domestic abuse" in text and "6. Public space CCTV" in text
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    from_plan = {k for k, v in d51["criteria"].items() if v} - {"subject_access", "retention", "disclosure"}
    assert from_plan == {"cameras", "operator", "purpose", "statistics", "other_systems"}
    assert f"http://{host}{plan}" in d51["pages"]


def test_noscript_fallback_closed_consultation_and_mark(web: Heldback109Web, truth: dict) -> None:
    host = "www.cheshireeast.gov.uk"
    live = "/environment/community_safety/cctv.aspx"
    html = _html(web, host, live)
    inside = html.split("<noscript>", 1)[1].split("</noscript>", 1)[0]
    outside = html.replace(inside, "")
    assert "Alsager, Congleton, Crewe" in inside and "24 hours a day" in inside
    assert "Alsager" not in outside and "24 hours a day" not in outside
    consult = "/environment/community_safety/cctv-service-consultation.aspx"
    assert f"http://{host}{consult}" in _links(web, host, live)
    assert "This consultation has closed." in _main(web, host, consult)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{consult}" not in d["5.1"]["pages"]
    assert 'alt="Surveillance Camera Commissioner certification mark - full certification' in html
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2020"


def test_policy_with_spoc_only_on_page_3_of_a_paged_library(web: Heldback109Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    lib = "/about-the-council/policies-and-plans"
    policy = f"http://{host}/media/14822/cctv-policy-v3.pdf"
    assert _linking(web, host, policy) == {f"http://{host}{lib}?page=3"}
    assert f"http://{host}{lib}?page=4" in _links(web, host, f"{lib}?page=3")
    assert "Page 3 of 4" in _main(web, host, f"{lib}?page=3")
    cctv = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    assert policy not in _links(web, host, cctv) and "has a policy" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {policy}
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.1"]["criteria"]["responsible_officer"]


def test_welsh_first_site_twins_and_closed_consultation(web: Heldback109Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso i wefan Cyngor Gwynedd" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    assert '<html lang="en">' in _html(web, host, "/en") and f"http://{host}/en/bins-and-recycling" in _links(
        web, host, "/en"
    )
    en, cy = "/en/Residents/Community-safety/CCTV", "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    for page, consult in (
        (en, "/en/Residents/Community-safety/Pwllheli-cameras-consultation"),
        (cy, "/cy/Trigolion/Diogelwch-cymunedol/Ymgynghoriad-camerau-Pwllheli"),
    ):
        assert f"http://{host}{consult}" in _links(web, host, page)
        assert "closed" in _main(web, host, consult) or "wedi cau" in _main(web, host, consult)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvcyngorgwynedd@")


def test_partnership_code_on_the_council_host_with_spoc_and_signed_certificate(
    web: Heldback109Web, truth: dict
) -> None:
    host = "www.huntingdonshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Cambridgeshire"
    assert urlsplit(doc["url"]).hostname == host
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Cambridge City Council and Huntingdonshire District Council" in text and "Certificate of Agreement" in text
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {doc["url"]}
    assert "single point of contact" not in _main(web, host, "/streets-parking-transport/cctv/")


def test_one_page_at_three_url_variants_with_canonical(web: Heldback109Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    canon = "/community-safety/cctv"
    variants = [canon, f"{canon}/", f"{canon}?utm_source=homepage&utm_medium=tile&utm_campaign=safer-streets"]
    mains = {_main(web, host, v) for v in variants}
    assert len(mains) == 1
    for v in variants:
        assert f'<link rel="canonical" href="http://{host}{canon}">' in _html(web, host, v)
    assert f"http://{host}{variants[2]}" in _links(web, host, "/")
    assert f"http://{host}{variants[1]}" in _links(web, host, "/news/extra-camera-for-whalley")
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {canon} and all("?" not in u for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_one_fact_pages(web: Heldback109Web, truth: dict) -> None:
    herts = "www.hertsmere.gov.uk"
    pg = "/Community/Community-Safety/CCTV.aspx"
    assert "https://www.hertfordshirecctv.example.co.uk/" in _links(web, herts, pg)
    lindsey = "www.e-lindsey.gov.uk"
    table_page = "/community-safety/town-centre-camera-locations"
    body = _html(web, lindsey, table_page).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert body.startswith("<h1>Town centre camera locations</h1><table>") and body.count("<p>") == 0
    for host, crit, path in ((herts, "operator", pg), (lindsey, "cameras", table_page)):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_numbered_guide_step_2_sentence_and_neighbours_sla(web: Heldback109Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    guide = "/community-safety/safer-runnymede"
    for n in (1, 2, 3):
        assert _linking(web, host, f"http://{host}{guide}/{n}") <= {f"http://{host}{guide}"} | {
            f"http://{host}{guide}/{k}" for k in (1, 2, 3)
        }
    g1 = _html(web, host, f"{guide}/1")
    assert "<img" not in g1.split('<main id="main">', 1)[1]
    assert "service level agreement between the two councils" in _main(web, host, f"{guide}/1")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths(d["5.5"]["evidence"]) == {f"{guide}/2"}


def test_figures_in_a_same_host_iframe_and_agreement_as_an_appendix(web: Heldback109Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    pg = "/safety-emergencies/public-safety-emergencies/cctv"
    figures = "/cctv/figures-embed"
    assert f'<iframe src="{figures}"' in _html(web, host, pg)
    assert "6,930 incidents" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{figures}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["statistics"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Appendix C. Information sharing agreement") > text.index("Appendix A. Camera schedule")
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    assert "NSI Gold" in _main(web, host, pg) and d["5.2"]["status"] == "not_met"


def test_signed_protocol_only_on_page_2_of_a_paged_downloads_library(web: Heldback109Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/downloads?page=2"}
    assert "Page 2 of 2" in _main(web, host, "/downloads?page=2")
    assert d["5.3"]["status"] == "not_met"


def test_near_misses_and_robots(web: Heldback109Web, truth: dict) -> None:
    host = "www.hyndburnbc.gov.uk"
    assert "single point of contact for Prevent" in _main(web, host, "/community/prevent")
    assert "does not cover camera recordings" in _main(web, host, "/community/information-sharing-with-partners")
    assert _auth(truth, "www.havant.gov.uk")["heldback"]["robots_forbid_search"]
    assert _auth(truth, "www.middevon.gov.uk")["heldback"]["democracy_host"] == "democracy.middevon.gov.uk"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback109Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hyndburnbc.gov.uk", "www.middevon.gov.uk", "www.havant.gov.uk"})
    dem = "democracy.middevon.gov.uk"
    assert "RESOLVED that the policy be adopted" in _main(web, dem, "/mgAi.aspx?ID=27409")
