"""The ninety-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 83 to 97; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a disclosure split over a parent page and three
child pages linked only by its contents list, with a signed memorandum of understanding; a page addressed and titled
by its brand name only, a SPOC in a definition list of key officers and a step 2 sentence; a privacy notice reached
only from the second page of a paged directory; a Welsh-language PDF policy beside an English page, a /cy twin and
a step 2 claim only on an awards page; control-room facts and a SPOC only in image captions; a sitemap split into a
sitemap index with search forbidden and no A to Z, and a signed agreement only as a schedule of a partnership
agreement; an A to Z through a 'services starting with C' page, step 1 only in a code PDF and a signed Word
protocol; a frequently asked questions page shared by several services holding the SPOC, and a draft agreement;
camera numbers only in a table of an annual report PDF on a chrome without <main>; one-fact councils on an
airport, forestry centre and sheltered housing page; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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
    render as _render,
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback98.truth import TRUTH_PATH
from fixtures.heldback98.web import Heldback98Web


@pytest.fixture(scope="module")
def web() -> Heldback98Web:
    return Heldback98Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_real_councils_none_from_sets_83_to_97(web: Heldback98Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(83, 98) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 83-97 may be reused"
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
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_child_pages_linked_only_by_contents_list_and_signed_mou(web: Heldback98Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    sec = "/info/201149/crime_prevention"
    parent = f"http://{host}{sec}/719/cctv_public_safety"
    html = _html(web, host, urlsplit(parent).path)
    assert '<nav class="page-contents"' in html and "In this section" not in html
    d = _auth(truth, host)["deliverables"]
    for child in (
        "1960/how_the_cameras_are_run",
        "1961/recordings_and_requests_for_footage",
        "1962/working_with_the_police",
    ):
        url = f"http://{host}{sec}/{child}"
        assert _linking(web, host, url) == {parent}, child
        assert url in d["5.1"]["pages"], child
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Memorandum of Understanding" in text and "on behalf of the Metropolitan Police Service" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_brand_named_page_spoc_in_definition_list_and_step_2_sentence(web: Heldback98Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    pg = "/residents/community-safety/eyes-on-knowsley"
    assert "cctv" not in pg and "<h1>Eyes on Knowsley</h1>" in _html(web, host, pg)
    assert "<img" not in _main(web, host, pg)
    gov = "/council-and-democracy/information-governance"
    html = _html(web, host, gov)
    assert "<dt>Surveillance camera single point of contact</dt><dd>Head of Crime and Communities" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {gov}
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_privacy_notice_only_on_second_page_of_directory(web: Heldback98Web, truth: dict) -> None:
    host = "www.lincolnshire.gov.uk"
    rec = f"http://{host}/directory-record/62078/surveillance-camera-systems"
    assert _linking(web, host, rec) == {f"http://{host}/directory/14/privacy-notices?page=2"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [rec]
    assert d["5.1"]["criteria"]["dpia"] and d["5.1"]["criteria"]["other_systems"]
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_welsh_pdf_policy_beside_english_page_and_claim_only_on_awards_page(web: Heldback98Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    summ = "/services/emergencies-and-crime-prevention/cctv/cctv-policy-summary"
    pdf = "/media/polisi-teledu-cylch-cyfyng-2024.pdf"
    assert f"http://{host}{summ}" in _linking(web, host, f"http://{host}{pdf}")
    welsh = _text(web, host, pdf)
    assert "Cedwir recordiadau am hyd at 31 diwrnod" in welsh and "kept" not in welsh
    assert "certification" not in _main(web, host, summ).lower()
    assert '<html lang="cy">' in _html(web, host, "/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016"
    assert _paths(d["5.2"]) == {"/council/awards-and-accreditations"}
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_facts_and_spoc_only_in_image_captions(web: Heldback98Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    pg = "/community/community-safety/cctv"
    html = _html(web, host, pg)
    captions = [c.split("</figcaption>")[0] for c in html.split("<figcaption>")[1:]]
    assert len(captions) == 2
    assert "24 hours a day" in captions[0] and "single point of contact" in captions[1]
    outside = html
    for c in captions:
        outside = outside.replace(c, "")
    assert "24 hours a day" not in outside and "single point of contact" not in outside
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_sitemap_index_no_a_to_z_and_agreement_as_schedule(web: Heldback98Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    site = web.sites[host]
    assert not site.az and "Disallow: /search" in site.robots_txt()
    index = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert "<sitemapindex" in index and "<urlset" not in index
    parts = "".join(_render(web, f"http://{host}/sitemap-pages-{i}.xml").body.decode() for i in (1, 2))
    assert f"http://{host}/residents/community-safety/town-centre-cctv" in parts
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert (
        "Schedule 3: Information sharing with Staffordshire Police" in text
        and "Signed for Staffordshire Police" in text
    )
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Staffordshire"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_a_to_z_letter_page_step_1_in_pdf_and_signed_word_protocol(web: Heldback98Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    cctv = f"http://{host}/community-and-safety/cctv"
    assert f"http://{host}/a-z/c" in _linking(web, host, cctv)
    assert f"http://{host}/a-z" not in _linking(web, host, cctv)
    assert "<h1>Services starting with C</h1>" in _html(web, host, "/a-z/c")
    assert "step one" not in _main(web, host, "/community-and-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and all(p.endswith(".pdf") for p in _paths(d["5.2"]))
    (doc,) = d["5.5"]["documents"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_shared_faq_page_holds_spoc_and_draft_agreement(web: Heldback98Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    faq = "/frequently-asked-questions"
    html = _html(web, host, faq)
    for heading in ("Bins and recycling", "Council tax", "CCTV and community safety", "Planning"):
        assert f">{heading}</h2>" in html, heading
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {faq}
    assert "single point of contact" not in _main(web, host, "/community/cctv")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_numbers_only_in_annual_report_table_on_chrome_without_main(web: Heldback98Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    pg = "/community/safer-communities/cctv-in-sudbury-and-hadleigh"
    html = _html(web, host, pg)
    assert "<main" not in html and '<div id="content" role="main">' in html
    assert "20" not in html.split('role="main">')[1].split("</div>")[0].replace("2023", "").replace("2024", "")
    d = _auth(truth, host)["deliverables"]
    rep = "/assets/Communities/CCTV-Annual-Report-2023-24.pdf"
    assert "Sudbury | 20 | 91 | 42" in _text(web, host, rep)
    assert d["5.1"]["criteria"]["cameras"] and d["5.1"]["criteria"]["statistics"]
    assert d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback98Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.scilly.gov.uk", "operator", "/airport/at-the-terminal"),
        ("www.southderbyshire.gov.uk", "cameras", "/leisure-and-culture/rosliston-forestry-centre"),
        ("www.bolsover.gov.uk", "retention", "/housing/independent-living/scheme-facilities"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<main" not in _html(web, "www.scilly.gov.uk", "/airport/at-the-terminal")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.newcastle-staffs.gov.uk", "www.eastcambs.gov.uk", "www.bolsover.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback98Web, truth: dict) -> None:
    hosts = {"www.eastcambs.gov.uk", "www.westoxon.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert "meetings.westoxon.gov.uk" in web.sites["www.westoxon.gov.uk"].hosts()
    assert "63 public space cameras" in _text(web, "meetings.westoxon.gov.uk", "/mgAi.aspx?ID=3974")
    assert "South Norfolk" in _html(web, "www.southnorfolkandbroadland.gov.uk", "/")
