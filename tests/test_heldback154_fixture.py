"""The hundred-and-fifty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a CCTV Board page designating the SPOC, camera locations
as directory records and a code without extension on a Jadu site; a five-part guide with the SPOC on its contact part
and a signed Word ISA without extension; a county with nothing of its own, a CMIS paper and hosted guidance; a
Welsh-first site whose privacy notice names the SPOC; committee papers served on the main host under an unrelated
title; a signed three-party release protocol; a WordPress page mixing home-camera FAQs with no contact point; a code
of practice inline on an article with its signed certificate and key personnel; a draft Word agreement; an open data
page of per-site codes and Word self-assessments with step 2 only in the policy PDF; a step 1 claim only on a page
selling monitoring; step 2 only in a certificate PDF on a site without search; one-fact councils; robots forbidding
the search; councils that publish nothing but carry look-alikes).
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

from fixtures.heldback154.truth import TRUTH_PATH
from fixtures.heldback154.web import Heldback154Web


@pytest.fixture(scope="module")
def web() -> Heldback154Web:
    return Heldback154Web()


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


def test_fresh_councils(web: Heldback154Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 154)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_cctv_board_spoc_directory_records_and_code_without_extension(web: Heldback154Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    board = "/info/200030/crime_antisocial_behaviour_and_nuisance/7911/the_cctv_board"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {board}
    assert "single point of contact" not in _main(
        web, host, "/info/200030/crime_antisocial_behaviour_and_nuisance/708/cctv_cameras_and_security"
    )
    assert "<dt>Number of cameras</dt>" in _html(web, host, "/directory_record/44101/piccadilly_gardens")
    code = f"http://{host}/downloads/file/2871/cctv_code_of_practice"
    r = _render(web, code)
    assert _no_extension(code) and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]) == {urlsplit(code).path}
    assert "democracy.manchester.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "moving traffic" in _main(
        web, host, "/info/200030/crime_antisocial_behaviour_and_nuisance/708/cctv_cameras_and_security"
    )


def test_guide_parts_spoc_on_contact_part_and_signed_word_isa(web: Heldback154Web, truth: dict) -> None:
    host = "www.thurrock.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    g = "/closed-circuit-television-cctv"
    assert _paths(d["5.3"]) == {f"{g}/contact-the-cctv-team"} and d["5.3"]["spoc"]["phone"]
    links = set(_links(web, host, f"{g}/use-of-cctv"))
    assert {f"http://{host}{g}/{x}" for x in ("mobile-cameras", "request-footage", "contact-the-cctv-team")} <= links
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{g}/request-footage"}
    assert a["heldback"]["robots_forbid_search"]
    assert "900" in _main(web, host, "/foi-responses/cctv-cameras")
    assert not any("foi" in u for u in d["5.1"]["pages"])


def test_county_with_cmis_paper_and_hosted_guidance(web: Heldback154Web, truth: dict) -> None:
    host = "www.essex.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["democracy_host"] == "cmis.essex.gov.uk" and not a["heldback"]["a_z"]
    assert a["heldback"]["robots_forbid_search"] and a["heldback"]["sitemap"]
    text = _text(web, host, "/community-safety/safer-streets-funding-guidance-for-districts.pdf")
    assert "information sharing agreement with Essex Police" in text and "binds no one" in text
    cmis = [p for (h, p) in web.sites[host].pages if h == "cmis.essex.gov.uk" and "SelectedTab/Documents" in p]
    assert len(cmis) == 1 and "camera" in _main(web, "cmis.essex.gov.uk", cmis[0])


def test_welsh_first_twins_and_spoc_in_privacy_notice(web: Heldback154Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    home = _links(web, host, "/")
    cy, en = f"http://{host}/cy", f"http://{host}/en"
    assert cy in home and en in home and home.index(cy) < home.index(en)
    d = _auth(truth, host)["deliverables"]
    pn = "/en/Council/Access-to-Information/Privacy-Notices/CCTV-Public-Space-Privacy-Notice.aspx"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pn}
    assert "Single Point of Contact" not in _main(web, host, "/en/Resident/Crime-and-emergencies/Crime/CCTV/CCTV.aspx")
    twin = "/cy/Preswylydd/Trosedd-ac-argyfyngau/Trosedd/Teledu-Cylch-Cyfyng/Teledu-Cylch-Cyfyng.aspx"
    assert f"http://{host}{twin}" in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, twin)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_papers_under_unrelated_title_and_three_party_protocol(web: Heldback154Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    parish = "/home/primary-services/council-and-democracy/additional-areas/contact-your-parish-council"
    papers = [p for (h, p) in web.sites[host].pages if h == host and p.startswith(parish + "?sq_content_src=")]
    assert len(papers) == 2
    for path in papers:
        assert "<h1>Contact your Parish Council</h1>" in _html(web, host, path) and "CCTV" in _main(web, host, path)
        assert f"http://{host}{path}" not in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and "/__data/assets/pdf_file/" in doc["url"]
    assert "Signed for Medway Council" in _text(web, host, urlsplit(doc["url"]).path)
    assert not a["heldback"]["robots_forbid_search"] and d["5.3"]["status"] == "partial"


def test_wordpress_page_with_home_camera_faqs_and_no_contact(web: Heldback154Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    main = _main(web, host, "/info-pages/cctv/")
    assert "Can I put up CCTV at my home?" in main and "@" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert "for the police and other government bodies only" in main
    pol = "/wp-content/uploads/2024/03/Surveillance-Camera-and-Image-Recording-Policy.pdf"
    assert d["5.1"]["criteria"]["other_systems"] and f"http://{host}{pol}" in d["5.1"]["pages"]
    assert not web.sites[host].az


def test_code_inline_on_article_with_signed_certificate(web: Heldback154Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    pg = "/article/1764/CCTV"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"http://{host}{pg}" and doc["signed"] and doc["force"] == "Hampshire"
    html = _html(web, host, pg)
    assert '<h2 id="appendix-a">' in html and '<a href="#appendix-b">' in html
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "mailto:" not in html


def test_draft_word_agreement_and_camera_map_table(web: Heldback154Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "Name: ............" in _text(web, host, urlsplit(doc["url"]).path)
    assert '<th scope="col">Town</th>' in _html(web, host, "/community-safety/cctv-cameras/camera-map")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"]


def test_open_data_page_word_self_assessments_and_step_2_in_policy(web: Heldback154Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    od = "/info/16/open_data/1182/cctv_policy_codes_of_practice_and_self_assessments"
    sats = [u for u in _links(web, host, od) if "self_assessment" in u]
    assert len(sats) == 3
    for u in sats:
        r = _render(web, u)
        assert _no_extension(u) and ".docx" in (r.header("Content-Disposition") or "")
    assert d["5.1"]["criteria"]["self_assessment"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]) == {"/media/3104/cctv-policy.pdf"}
    assert "accreditation" in _main(web, host, "/news/article/1204/towns_cctv_achieves_accreditation")
    assert "step 2" not in _main(web, host, od).lower()


def test_step_1_only_on_page_selling_monitoring(web: Heldback154Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and _paths(d["5.2"]) == {"/CCTV/keeping-your-business-safe"}
    assert "step one" not in _main(web, host, "/CCTV").lower() and "£10" in _main(web, host, "/CCTV")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_step_2_only_in_certificate_pdf_on_site_without_search(web: Heldback154Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    a = _auth(truth, host)
    assert not a["heldback"]["search"]
    d = a["deliverables"]
    cert = "/Community/Emergency-Planning-CCTV/CCTV/PDF/Certificate-of-Compliance.pdf"
    assert d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {cert}
    assert "step 2" not in _main(web, host, "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx").lower()
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    assert d["5.5"]["status"] == "partial"


def test_one_fact_councils(web: Heldback154Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.bexley.gov.uk", "cameras", "/parking/car-parks/abbey-wood-car-parks"),
        ("www.hastings.gov.uk", "operator", "/parking/car-parks/seafront-car-parks"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Surveillance Camera Code" in _main(web, "www.bexley.gov.uk", "/news/bexley-magazine-spring/smarter-cameras")
    foi = "/my-council/freedom-of-information/date/?id=FOI201408"
    assert "121 cameras" in _main(web, "www.hastings.gov.uk", foi)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback154Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.wealden.gov.uk", "www.woking.gov.uk"})
    wealden = web.sites["www.wealden.gov.uk"]
    assert wealden.search is None and not wealden.sitemap and not wealden.az
    assert '<main id="main">' not in _html(web, "www.wealden.gov.uk", "/")
    assert _auth(truth, "www.woking.gov.uk")["heldback"]["robots_forbid_search"]
    assert "Woking control room" in _main(
        web, "www.woking.gov.uk", "/news/2025/camberley-monitoring-to-move-to-runnymede.php"
    )
