"""The three hundred and forty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the navigation the set is built from is really served: a camera page under a parking address whose breadcrumb
names community safety, reached by an inline 'here'; a policy only in a topic-filtered library whose links read
'View'; a 'CCTV' tag that lists only look-alikes while the camera page waits on page 2 of a category behind a bare
arrow; a card button reading 'See details' and a code linked by the bare word 'PDF'; an empty card link named only by
its aria-label; a library whose links are bare reference codes; a code of practice in parts joined by a pager of bare
numbers; a hub's 'See all (9)'; a faceted library whose links read 'Open'; a key-facts list; a notice six folders
deep under a 'Privacy' breadcrumb linked by 'Learn more'; a 'Control room' link in Useful links and a news-first
search paged by bare numbers; a closed consultation reached only by the 'Closed' filter; a district-filtered finder
with 'Details' and 'Site rules' links; robots.txt forbidding the search; and councils that publish nothing.
"""

from __future__ import annotations

import html as htmlmod
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback349.truth import TRUTH_PATH
from fixtures.heldback349.web import Heldback349Web

_A = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.S)


@pytest.fixture(scope="module")
def web() -> Heldback349Web:
    return Heldback349Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _anchors(web: Heldback349Web, host: str, path: str) -> list[tuple[str, str, str]]:
    """(href, visible words, attributes) of every link a page serves."""
    out = []
    for attrs, inner in _A.findall(_html(web, host, path)):
        href = re.search(r'href="([^"]*)"', attrs)
        words = htmlmod.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        out.append((htmlmod.unescape(href.group(1)) if href else "", words, attrs))
    return out


def _words_to(web: Heldback349Web, host: str, page: str, target: str) -> set[str]:
    return {w for h, w, _ in _anchors(web, host, page) if h == target}


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _pdf(web: Heldback349Web, url: str) -> bool:
    return (_render(web, url).header("Content-Type") or "") == "application/pdf"


def test_fresh_councils(web: Heldback349Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 349)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_parking_address_community_breadcrumb_inline_here_and_view_library(web: Heldback349Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    page = "/parking-permits/cctv-traffic-enforcement-cameras"
    url = f"http://{host}{page}"
    crumbs = _html(web, host, page).split('aria-label="Breadcrumb">', 1)[1].split("</nav>", 1)[0]
    assert "Community safety" in crumbs and "Crime prevention" in crumbs and "Parking" not in crumbs
    assert _linking(web, host, url) == {f"http://{host}/community-safety/crime-prevention"}
    assert _words_to(web, host, "/community-safety/crime-prevention", page) == {"here"}
    assert page not in {h for h, _, _ in _anchors(web, host, "/parking-permits")}
    policy = "/downloads/file/2291/vss-and-surveillance-camera-policy"
    lib = f"http://{host}/council/policies-and-strategies"
    assert _linking(web, host, f"http://{host}{policy}") == {f"{lib}?page=3", f"{lib}?topic=community-safety"}
    assert _words_to(web, host, "/council/policies-and-strategies?page=3", policy) == {"View"}
    assert _no_extension(policy) and _pdf(web, f"http://{host}{policy}")
    assert "single point of contact (SPOC) for surveillance camera systems" in _text(web, host, policy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {policy}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_cctv_tag_holds_look_alikes_and_category_page_two_behind_an_arrow(web: Heldback349Web, truth: dict) -> None:
    host = "www.barnsley.gov.uk"
    page = "/services/information-and-privacy/cctv/"
    url = f"http://{host}{page}"
    tagged = {h for h, _, _ in _anchors(web, host, "/tags/cctv")}
    assert len(tagged) >= 5 and page not in tagged
    assert page in {h for h, _, _ in _anchors(web, host, "/services/information-and-privacy?page=2")}
    assert page not in {h for h, _, _ in _anchors(web, host, "/services/information-and-privacy")}
    arrows = _words_to(web, host, "/services/information-and-privacy", "/services/information-and-privacy?page=2")
    assert arrows == {"\u203a"}
    assert f"http://{host}/tags/cctv" not in _linking(web, host, url)
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [url]


def test_see_details_card_and_code_linked_by_the_word_pdf(web: Heldback349Web, truth: dict) -> None:
    host = "www.bedford.gov.uk"
    page = "/environmental-issues/community-safety/cctv"
    hub = "/environmental-issues/community-safety"
    assert _linking(web, host, f"http://{host}{page}") == {f"http://{host}{hub}"}
    assert _words_to(web, host, hub, page) == {"See details"}
    code = "/downloads/file/3114/cctv-code-of-practice"
    assert _words_to(web, host, page, code) == {"PDF"} and _pdf(web, f"http://{host}{code}")
    assert "step 2" in _text(web, host, code) and "step 2" not in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03" and not d["5.2"]["mark_displayed"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_empty_card_link_named_by_aria_label_and_welsh_twin(web: Heldback349Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    links = [(w, at) for h, w, at in _anchors(web, host, "/1519") if h == "/27238"]
    assert links and all(w == "" and 'aria-label="Neath Port Talbot CCTV"' in at for w, at in links)
    twins = {f"http://{host}/cy/27238", f"http://{host}/27240"}  # the Welsh twin and the privacy statement's crumbs
    assert _linking(web, host, f"http://{host}/27238") - twins == {f"http://{host}/1519"}
    assert '<html lang="cy">' in _html(web, host, "/cy/27238")
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, "/27238")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/27238" in d["5.1"]["pages"]
    assert d["5.2"]["mark_displayed"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_library_links_are_bare_reference_codes(web: Heldback349Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    isa = "/downloads/file/1794/wbc-cs-031"
    lib = f"http://{host}/downloads"
    assert _linking(web, host, f"http://{host}{isa}") == {f"{lib}?service=community-safety", f"{lib}?type=agreement"}
    assert _words_to(web, host, "/downloads?type=agreement", isa) == {"WBC-CS-031"}
    assert _no_extension(isa) and _pdf(web, f"http://{host}{isa}")
    text = _text(web, host, isa)
    assert "on behalf of Watford Borough Council" in text and "on behalf of Hertfordshire Constabulary" in text
    assert isa not in {h for h, _, _ in _anchors(web, host, "/info/20010/community_safety/1318/town_centre_cctv")}
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and doc["date"] == "2024-02-20"


def test_code_parts_joined_by_bare_numbers_and_step_1_teaser(web: Heldback349Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    part8 = f"http://{host}{code}/8"
    assert f"http://{host}/info/20328/cctv" not in _linking(web, host, part8)
    assert _words_to(web, host, code, f"{code}/8") == {"8"}
    assert "Superintendent, Norwich District" in _main(web, host, f"{code}/8")
    about = "/info/20328/cctv/2029/about_cctv_in_norwich"
    aside = _html(web, host, about).split('<aside class="related-content">', 1)[1].split("</aside>", 1)[0]
    assert "step 1 (desktop) certification" in aside
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.5"]["documents"][0]["url"] == part8


def test_see_all_hub_and_draft_word_protocol(web: Heldback349Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    page = "/crime-and-safety/cctv-and-the-control-room"
    assert _words_to(web, host, "/crime-and-safety", "/crime-and-safety/all") == {"See all (9)"}
    assert _linking(web, host, f"http://{host}{page}") == {f"http://{host}/crime-and-safety/all"}
    draft = "/media/5123/protocol-release-footage-kent-police"
    r = _render(web, f"http://{host}{draft}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats") and _no_extension(draft)
    assert "20__" in _text(web, host, draft)
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]


def test_faceted_library_of_open_links_and_key_facts_step_2(web: Heldback349Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    agreement = "/__data/assets/pdf_file/0017/4417/cctv-partnership-agreement.pdf"
    lib = f"http://{host}/council/document-library"
    assert _linking(web, host, f"http://{host}{agreement}") == {
        f"{lib}?type=agreements",
        f"{lib}?topic=community-safety",
    }
    assert _words_to(web, host, "/council/document-library?type=agreements", agreement) == {"Open"}
    assert "Signed on behalf of Kent Police" in _text(web, host, agreement)
    facts = _html(web, host, "/council/use-cctv").split('<dl class="key-facts">', 1)[1].split("</dl>", 1)[0]
    assert "<dt>Certification</dt><dd>Step 2 full certification" in facts
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2018-06" and d["5.5"]["documents"][0]["signed"]


def test_deep_notice_privacy_breadcrumb_and_learn_more(web: Heldback349Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    notice = (
        "/council/corporate/your-access-to-information/data-protection-and-information-management/privacy-notices/cctv/"
    )
    page = _html(web, host, notice)
    assert '<main id="main">' not in page and "<form" not in page
    assert page.split('<p class="crumbs">', 1)[1].split("</p>", 1)[0].count("<a ") == 3
    assert _linking(web, host, f"http://{host}{notice}") == {f"http://{host}/community-safety"}
    assert _words_to(web, host, "/community-safety", notice) == {"Learn more"}
    assert _auth(truth, host)["deliverables"]["5.3"]["spoc"]["role"] == "CCTV and Telecare Manager"


def test_control_room_link_and_news_first_numbered_search(web: Heldback349Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    assert _linking(web, host, f"http://{host}/cctv") == {f"http://{host}/community-safety"}
    assert _words_to(web, host, "/community-safety", "/cctv") == {"Control room"}
    first = {h for h, _, _ in _anchors(web, host, "/search?q=cctv")}
    assert "/cctv" not in first and "/search?q=cctv&page=2" in first
    assert "/cctv" in {h for h, _, _ in _anchors(web, host, "/search?q=cctv&page=2")}
    assert "£10 fee" in _main(web, host, "/cctv")
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "met"


def test_closed_consultation_only_behind_the_closed_filter(web: Heldback349Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    review = "/crime-safety-emergencies/cctv-review"
    assert _linking(web, host, f"http://{host}{review}") == {f"http://{host}/consultations?status=closed"}
    assert _words_to(web, host, "/consultations?status=closed", review) == {"Have your say"}
    assert "Consultations" in _html(web, host, review).split('aria-label="Breadcrumb">', 1)[1].split("</nav>")[0]
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_district_finder_details_and_site_rules(web: Heldback349Web, truth: dict) -> None:
    host = "www.kent.gov.uk"
    hwrc = "/waste-planning-and-land/rubbish-and-recycling/household-waste-recycling-centres"
    rules = f"http://{host}{hwrc}/rules-at-our-sites"
    linkers = _linking(web, host, rules)
    assert linkers and all(urlsplit(u).path.startswith(f"{hwrc}/") for u in linkers)
    assert _words_to(web, host, f"{hwrc}/dover", f"{hwrc}/rules-at-our-sites") == {"Site rules"}
    assert _words_to(web, host, f"{hwrc}?district=dover", f"{hwrc}/dover") == {"Details"}
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert "does not operate public space CCTV" in _main(
        web, host, "/about-the-council/freedom-of-information/disclosure-log/cctv-camera-locations"
    )


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.bedford.gov.uk", "www.redditchbc.gov.uk", "www.spelthorne.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback349Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.erewash.gov.uk", "www.redditchbc.gov.uk", "www.spelthorne.gov.uk"})
    assert "Closing date" in _main(web, "www.erewash.gov.uk", "/get-involved/volunteering/cctv-viewing-volunteer")
    assert "certificate of compliance" in _main(web, "www.spelthorne.gov.uk", "/node/2210")
