"""The two hundred and fiftieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a Welsh-first homepage with paired Welsh and English
menus and parallel /en/article and /cy/erthygl paths whose parts are ?part= and ?rhan= pages, the SPOC only on part
3; CCTV sub-pages linked only from a sidebar outside <main>: an aside after it, a section menu before it, a WordPress
widget area, a sidebar of relative links; a code served without extension holding step 1 and the SPOC; step 2 on the
sixth page of a code guide; step 1 inside a collapsed <details> box; step 2 in a figure caption beside a certificate
photograph; signed police agreements as a protocol, an accommodation agreement without extension and an ISA; a draft
Word protocol with dotted signature lines; a page titled 'shared service agreement' and the combined authority's own
certificate; a privacy notice listed under S; one-fact councils; councils that publish nothing but carry look-alikes).
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

from fixtures.heldback250.truth import TRUTH_PATH
from fixtures.heldback250.web import Heldback250Web


@pytest.fixture(scope="module")
def web() -> Heldback250Web:
    return Heldback250Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _outside_main(html: str, href: str) -> bool:
    """The link is in the page but not inside its <main>."""
    inside = html.split('<main id="main">', 1)[1].split("</main>", 1)[0]
    return f'href="{href}"' in html and f'href="{href}"' not in inside


def test_fresh_councils(web: Heldback250Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 250)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_welsh_first_homepage_and_parallel_part_paths(web: Heldback250Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    home = _html(web, host, "/")
    assert home.startswith('<!DOCTYPE html><html lang="cy">')
    assert home.index('<div lang="cy">') < home.index('<div lang="en">')
    links = _links(web, host, "/")
    assert links.index(f"http://{host}/cy") < links.index(f"http://{host}/en")
    en = "/en/article/2288/Cameras-at-council-sites"
    cy = "/cy/erthygl/2288/Camerau-ar-safleoedd-y-cyngor"
    assert _render(web, f"http://{host}{en}").status == 404
    for n in (1, 2, 3):
        assert f"{cy}?rhan={n}" in _html(web, host, f"{en}?part={n}")
        assert f"{en}?part={n}" in _html(web, host, f"{cy}?rhan={n}")
    # part 3 (the SPOC) is reached only from the other parts and its Welsh twin
    assert _linking(web, host, f"http://{host}{en}?part=3") == {
        f"http://{host}{en}?part=1",
        f"http://{host}{en}?part=2",
        f"http://{host}{cy}?rhan=3",
    }
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}?rhan=1" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{en}?part=3"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "single point of contact" not in _main(web, host, f"{en}?part=1")


@pytest.mark.parametrize(
    ("host", "sub", "pages", "marker"),
    [
        (
            "www.cambridge.gov.uk",
            "/cctv/governance-and-contacts",
            ["/cctv", "/cctv/governance-and-contacts", "/cctv/hawk-eye-reports", "/cctv/redeployable-cameras"],
            '<aside class="sidebar">',
        ),
        (
            "www.molevalley.gov.uk",
            "/crime-safety-emergencies/cctv/camera-locations/",
            [
                "/crime-safety-emergencies/cctv/",
                "/crime-safety-emergencies/cctv/camera-locations/",
                "/crime-safety-emergencies/cctv/requesting-footage/",
            ],
            '<div id="secondary" class="widget-area">',
        ),
        (
            "www.canterbury.gov.uk",
            "/community-safety/cctv/standards-and-accreditation",
            [
                "/community-safety/cctv",
                "/community-safety/cctv/standards-and-accreditation",
                "/community-safety/cctv/police-partnership",
            ],
            '<aside class="sidebar">',
        ),
    ],
)
def test_sub_pages_reached_only_from_a_sidebar_after_main(
    web: Heldback250Web, truth: dict, host: str, sub: str, pages: list[str], marker: str
) -> None:
    assert _linking(web, host, f"http://{host}{sub}") == {f"http://{host}{p}" for p in pages}
    html = _html(web, host, pages[0])
    assert html.index("</main>") < html.index(marker)
    assert _outside_main(html, sub)
    assert f"http://{host}{sub}" in {
        e["url"] for d in _auth(truth, host)["deliverables"].values() for e in d["evidence"]
    }


def test_code_guide_pages_only_in_a_section_menu_before_main(web: Heldback250Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    html = _html(web, host, code)
    assert html.index('<nav class="section-menu"') < html.index('<main id="main">')
    for i in range(2, 8):
        assert _outside_main(html, f"{code}/{i}")
    assert _linking(web, host, f"http://{host}{code}/6") == {f"http://{host}{code}"} | {
        f"http://{host}{code}/{i}" for i in range(2, 8)
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {f"{code}/6"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{code}/4"}
    assert "Signed for and on behalf of Norfolk Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_sidebar_of_relative_links_spoc_and_draft_word_protocol(web: Heldback250Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    cctv = "/community-and-living/community-safety/cctv/"
    assert _outside_main(_html(web, host, cctv), "cctv-contacts/")
    assert _outside_main(_html(web, host, cctv + "access-to-footage/"), "../cctv-contacts/")
    assert _linking(web, host, f"http://{host}{cctv}cctv-contacts/") == {
        f"http://{host}{cctv}{s}" for s in ("", "access-to-footage/", "cctv-contacts/", "working-with-the-police/")
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Community Protection Manager"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "..../..../20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Data Protection Act 1998" in _main(web, host, cctv + "access-to-footage/")


def test_code_without_extension_holds_step_1_and_spoc(web: Heldback250Web, truth: dict) -> None:
    host = "www.solihull.gov.uk"
    d = _auth(truth, host)["deliverables"]
    code = "/downloads/file/5521/public-realm-cctv-code-of-practice"
    r = _render(web, f"http://{host}{code}")
    assert _no_extension(code) and "filename=" in (r.header("Content-Disposition") or "")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, code)
    assert "desktop (step 1) certification" in text and "single point of contact" in text
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    pg = "/roads-and-travel/traffic-management/public-realm-and-car-park-cameras"
    assert "step 1" not in _main(web, host, pg)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_in_details_box_and_agreement_without_extension(web: Heldback250Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    pg = "/info/20010/your_environment/203/community_safety/7"
    html = _html(web, host, pg)
    details = html.split("<details>", 1)[1].split("</details>", 1)[0]
    assert "<summary>Our certification</summary>" in details and "step 1 (desktop) certification" in details
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-10"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and _no_extension(doc["url"])
    assert _render(web, doc["url"]).header("Content-Type") == "application/pdf"


def test_step_2_in_figure_caption_and_signed_isa(web: Heldback250Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    std = "/community-safety/cctv/standards-and-accreditation"
    html = _html(web, host, std)
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "step 2 full certification" in caption and 'alt="Photograph of the framed certificate"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/police-partnership"}


def test_page_titled_agreement_and_combined_authoritys_certificate(web: Heldback250Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    pg = "/index.php/community-safety/cctv"
    assert "<h1>CCTV monitoring shared service agreement</h1>" in _html(web, host, pg)
    assert "full certification against the Surveillance Camera Code in its own name" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {"/cctv-faqs"}


def test_privacy_notice_listed_under_s(web: Heldback250Web, truth: dict) -> None:
    host = "www.eastsussex.gov.uk"
    html = _html(web, host, "/privacy")
    s_block = html.split("<h2>S</h2>", 1)[1].split("<h2>T</h2>", 1)[0]
    assert 'href="/privacy/cctv"' in s_block and "Surveillance cameras, including CCTV" in s_block
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/privacy/cctv"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.requests@")


def test_one_fact_councils(truth: dict) -> None:
    for host, path in (
        ("www.lewes-eastbourne.gov.uk", "/housing/council-housing/lewes-district-tenants/blocks-of-flats"),
        (
            "www.wyreforestdc.gov.uk",
            "/your-council/privacy-and-data-protection/privacy-notices/customer-services-privacy-notice",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback250Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bexley.gov.uk", "www.halton.gov.uk", "www.maldon.gov.uk"})
    assert "1,557 incidents" in _text(web, "councillors.halton.gov.uk", "/mgAi.aspx?ID=11953")
    assert "Felixstowe Road" in _main(web, "democracy.bexley.gov.uk", "/mgAi.aspx?ID=48811")
