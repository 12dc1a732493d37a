"""The 403rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Its emphasis is two-tier areas and who does what. Checks: the councils are fresh (none in the fifteen sets before
it); the labelling rules hold with the intended tallies; and the structures the set is built from are really served:
a 'whose camera is it?' routing table; a governance row table with a SPOC and a lapsed step 2 whose mark was
removed; a single-owner transfer of a unitary's cameras to the police; a county page sending town centre questions to
seven district councils, its notice as an extensionless Word file and its SPOC only on the libraries' page; bilingual
twins and numbered service-area privacy notices; a district's 'which council does what' row as its one fact; a legacy
partnership page with the agreement mention only in a release procedure; facts only in part 6 of a paged privacy
guide beside a signed police monitoring agreement; a shared two-council page with ?council= variants; a signed
county-wide police partnership agreement behind a 'joining' page; step 2 only in a code's document-control history
and a draft Word ISA; a one-fact partnerships page; a three-party agreement behind a Jadu download page; and councils
that publish nothing but carry look-alikes.
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

from fixtures.heldback403.truth import TRUTH_PATH
from fixtures.heldback403.web import Heldback403Web


@pytest.fixture(scope="module")
def web() -> Heldback403Web:
    return Heldback403Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_councils_are_fresh(web: Heldback403Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 403)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_whose_camera_table_and_met_mention_in_code(web: Heldback403Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    whose = _html(web, host, "/web/guest/whose-camera-is-it")
    for owner in ("The TMO", "Transport for London", "Camden Town Unlimited (the BID)", "Metropolitan Police"):
        assert f"<td>{owner}</td>" in whose, owner
    assert f"http://{host}/web/guest/cctv" in _links(web, host, "/web/guest/whose-camera-is-it")
    d = _auth(truth, host)["deliverables"]
    code = "/documents/20142/4418211/Camden-CCTV-Code-of-Practice-2024.pdf"
    assert "information sharing agreement" in _text(web, host, code)
    assert "information sharing agreement" not in _main(web, host, "/web/guest/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "penalty charge notice" in _main(web, host, "/web/guest/parking/pcn-cameras")


def test_governance_row_table_spoc_and_lapsed_step_2_without_mark(web: Heldback403Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    pg = "/council-community/community-advice/cctv-use-in-the-dudley-borough"
    html = _html(web, host, pg)
    assert '<th scope="row">Single point of contact for surveillance cameras</th>' in html
    assert '<th scope="row">Third-party certification</th>' in html
    assert "<img" not in html and "lapsed" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03"
    assert not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pg}
    assert "Transport for West Midlands" in _main(web, host, "/roads-travel/traffic-cameras")


def test_unitary_cameras_transferred_to_the_police(web: Heldback403Web, truth: dict) -> None:
    host = "www.slough.gov.uk"
    main = _main(web, host, "/crime-safety/cctv")
    assert "single-owner model" in main and "no longer operates public space CCTV" in main
    assert any(urlsplit(u).hostname == "www.thamesvalley.police.uk" for u in _links(web, host, "/crime-safety/cctv"))
    assert "democracy.slough.gov.uk" in web.sites[host].hosts()
    assert "Transfer of public space CCTV" in _main(web, "democracy.slough.gov.uk", "/mgAi.aspx?ID=41208")


def test_county_sends_town_centre_questions_to_districts(web: Heldback403Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    pg = "/about-the-council/data-protection-and-privacy/cctv-systems-used-by-the-council"
    outside = {urlsplit(u).hostname for u in _links(web, host, pg)} - {host}
    assert len({h for h in outside if h and h.endswith(".gov.uk")}) == 7
    assert "contact your district council" in _main(web, host, pg)
    wdw = _html(web, host, "/about-the-council/how-the-council-works/county-and-district-councils")
    assert "<td>CCTV in town centres</td><td>No</td>" in wdw
    fpn = f"http://{host}/sites/default/files/2024-06/cctv-fair-processing-notice"
    r = _render(web, fpn)
    assert _no_extension(fpn) and (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert fpn in d["5.1"]["pages"]
    lib = "/libraries/using-your-library/cameras-in-our-libraries"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {lib}
    assert "single point of contact" not in _main(web, host, pg)
    assert "are not recorded" in _main(web, host, "/roads-and-travel/traffic-cameras")


def test_bilingual_twins_and_numbered_privacy_notices(web: Heldback403Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    cy = "/cy/Lles-Cymunedol/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert 'lang="cy"' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    pns = "/en/AboutTheCouncil/DataProtectionFreedomofInformation/DataProtection/Privacy-Notice/Service-Area-PNs.aspx"
    assert "<td>PN098</td>" in _html(web, host, pns)
    assert "Monmouthshire" in _main(web, host, "/en/Community-Wellbeing/Community-Safety/CCTV.aspx")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_which_council_does_what_row_is_the_one_fact(web: Heldback403Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    wdw = "/council/about-the-council/which-council-does-what"
    assert "<td>Town centre CCTV</td>" in _html(web, host, wdw)
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{wdw}"]
    assert a["heldback"]["robots_forbid_search"]


def test_partnership_page_and_agreement_mention_only_in_release_procedure(web: Heldback403Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    who = _html(web, host, "/Community/Community-Safety/CCTV/Who-does-what-in-the-CCTV-partnership.aspx")
    assert "<td>Hertfordshire CCTV Partnership</td>" in who and "Hertfordshire County Council" in who
    proc = "/Documents/09-Community/Community-Safety/CCTV-procedure-for-the-release-of-evidence.pdf"
    assert "data sharing agreement" in _text(web, host, proc)
    assert "data sharing agreement" not in _html(web, host, "/Community/Community-Safety/CCTV.aspx")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and _paths(d["5.5"]["evidence"]) == {proc}


def test_facts_only_in_part_six_of_a_paged_privacy_guide(web: Heldback403Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    guide = "/info/81/how_we_use_your_data/1372/environmental_health_and_public_protection_privacy_data"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {f"{guide}/6"}
    assert f"http://{host}{guide}/6" in _links(web, host, f"{guide}/5")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gloucestershire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{guide}/6"}
    assert "Signed for and on behalf of the Chief Constable" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "not_met" and "data protection officer" in _main(web, host, f"{guide}/6")


def test_shared_two_council_page_with_query_variants(web: Heldback403Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    base = "/vale-of-white-horse-district-council/community-safety/cctv/"
    links = set(_links(web, host, base))
    assert {f"http://{host}{base}?council=vale", f"http://{host}{base}?council=south"} <= links
    assert "Didcot" in _main(web, host, base + "?council=south")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{base}?council=vale"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "Abingdon Town Council" in _main(web, host, base + "?council=vale")


def test_signed_county_wide_police_partnership_agreement(web: Heldback403Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    join = f"http://{host}/info/120/safer-communities/1811/joining-the-thames-valley-cctv-partnership"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["date"] == "2025-02-17"
    assert _linking(web, host, doc["url"]) == {join}
    assert "Oxfordshire County Council" in _main(
        web, host, "/info/120/safer-communities/1790/traffic-and-bus-lane-cameras"
    )
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_step_2_only_in_document_control_and_draft_word_isa(web: Heldback403Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    code = "/__data/assets/pdf_file/0021/12345/CCTV-Code-of-Practice-2023.pdf"
    assert "step 2" in _text(web, host, code) and "Document control" in _text(web, host, code)
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and _paths(d["5.2"]["evidence"]) == {code}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met"
    assert _paths(d["5.3"]["evidence"]) == {"/community-safety/cctv/contact-and-complaints"}


def test_one_fact_on_a_partnerships_page_and_another_councils_certificate(web: Heldback403Web, truth: dict) -> None:
    host = "www.e-lindsey.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["operator"]
    assert "full certification" in _main(web, host, "/article/6012/CCTV-monitoring-moves-to-Boston")
    assert d["5.2"]["status"] == "not_met"


def test_three_party_agreement_behind_a_download_page(web: Heldback403Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    dl = f"http://{host}/downloads/download/1187/atherstone_cctv_partnership_agreement"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and _linking(web, host, doc["url"]) == {dl}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for ") == 3 and "Atherstone Town Council" in text
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_search_settings(truth: dict) -> None:
    for host in ("www.cannockchasedc.gov.uk", "www.malvernhills.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    for host in ("www.hertsmere.gov.uk", "www.rother.gov.uk"):
        assert not _auth(truth, host)["heldback"]["search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback403Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.slough.gov.uk", "www.malvernhills.gov.uk", "www.rother.gov.uk"})
    assert "Sussex Police" in _main(web, "www.rother.gov.uk", "/community-and-living/which-council-does-what")
    assert "none" in _main(
        web, "www.malvernhills.gov.uk", "/about-the-council/freedom-of-information/disclosure-log/public-space-cctv"
    )
