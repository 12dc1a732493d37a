"""The hundred-and-ninetieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

The set is about navigation that makes camera material hard to find. Checks: the councils are fresh; the labelling
rules hold with the intended tallies; and each structure is really served: a renamed section whose old addresses (A to
Z, footer) 301 to the new section's index; an A to Z by letter whose letter C is paged in five, the privacy record
linked only from C's third page; an old address reaching its page through a 301-302-301 chain, with a plain-text
sitemap in robots.txt that lists only old addresses; a site whose only menu is the footer's link lists; a moved page
whose old address answers 200 with only an HTTP Refresh header; an A to Z entry that 301s off the host; a homepage of
top tasks with the sections only on an all-services page; a fact on page 4 of a Next-only ?start= directory; a SPOC
on a team page linked only from the footer; a four-part guide joined only by a numbered pager; tabs served as ?tab=
addresses holding the signed agreement and the SPOC; an image map with a text version; a notice on page 5 of an
elided pager; a menu address that 307s to an interstitial; a signed agreement seven clicks down a deep hierarchy.
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

from fixtures.heldback190.truth import TRUTH_PATH
from fixtures.heldback190.web import Heldback190Web


@pytest.fixture(scope="module")
def web() -> Heldback190Web:
    return Heldback190Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _main_links(web: Heldback190Web, host: str, path: str) -> list[str]:
    body = _html(web, host, path).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    return re.findall(r'href="([^"]+)"', body)


def test_fresh_councils(web: Heldback190Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 190)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_renamed_section_old_addresses_301_to_the_index(web: Heldback190Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    for old in ("/cctv", "/crime-and-community-safety", "/crime-and-community-safety/cctv"):
        r = _render(web, f"http://{host}{old}")
        assert r.status == 301 and r.header("Location") == f"http://{host}/safer-hillingdon", old
    assert "/cctv" in _main_links(web, host, "/a-z") and 'href="/cctv">CCTV</a>' in _html(
        web, host, "/bins-and-recycling"
    )
    pg = "/safer-hillingdon/cctv-hillingdon"
    assert f"http://{host}{pg}" in _links(web, host, "/safer-hillingdon") and pg not in _main_links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{pg}" in d["5.1"]["pages"]
    assert not any("modgov" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_a_to_z_letter_c_paged_privacy_record_on_page_3(web: Heldback190Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    rec = f"http://{host}/directory_record/431773/cctv"
    assert _linking(web, host, rec) == {f"http://{host}/a-z/c?page=3"}
    pager = _html(web, host, "/a-z/c?page=3")
    assert '<span aria-current="page">3</span>' in pager and 'href="/a-z/c?page=5"' in pager
    assert "/a-z" not in re.findall(r'href="([^"]+)"', _html(web, host, "/").split("<main", 1)[0])
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, urlsplit(rec).path)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")


def test_redirect_chain_and_stale_plain_text_sitemap(web: Heldback190Web, truth: dict) -> None:
    host = "www.rutland.gov.uk"
    url = f"http://{host}/my-council/data-protection/privacy-notices/closed-circuit-television/"
    hops = []
    while True:
        r = _render(web, url)
        if r.status not in (301, 302, 307):
            break
        hops.append(r.status)
        url = r.header("Location") or ""
    new = f"http://{host}/council-councillors/gdpr-data-protection/privacy-notices/closed-circuit-television"
    assert hops == [301, 302, 301] and url == new and r.status == 200
    assert f"Sitemap: http://{host}/sitemap.txt" in web.sites[host].robots_txt()
    listed = _render(web, f"http://{host}/sitemap.txt").body.decode().split()
    assert new not in listed and any("/my-council/data-protection/privacy-notices/" in u for u in listed)
    d = _auth(truth, host)["deliverables"]
    assert new in d["5.1"]["pages"] and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "not_met" and "dataprotection@" in _main(web, host, urlsplit(new).path)


def test_footer_link_lists_are_the_only_menu(web: Heldback190Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    home = _html(web, host, "/")
    header = home.split("<header>", 1)[1].split("</header>", 1)[0]
    assert "<nav>" not in header and not _main_links(web, host, "/")
    footer = home.split("<footer>", 1)[1]
    assert "<h2>Services</h2>" in footer and 'href="/crime-and-community-safety"' in footer
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_moved_page_old_address_is_a_refresh_header_stub(web: Heldback190Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    old = "/home/streets-parking-and-transport/streets-and-roads/cctv"
    r = _render(web, f"http://{host}{old}")
    assert r.status == 200 and r.header("Refresh") == "0; url=/community-safety/cctv/" and b"href" not in r.body
    assert f"http://{host}{old}" in _links(web, host, "/streets-and-roads")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert "certificate of compliance" in _main(web, host, "/community-safety/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_a_to_z_entry_301s_off_the_host(web: Heldback190Web, truth: dict) -> None:
    host = "www.e-lindsey.gov.uk"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and urlsplit(r.header("Location") or "").hostname == "www.boston.gov.uk"
    assert "/cctv" in _main_links(web, host, "/a-z")
    assert "camera" in _main(web, host, "/news/story-10").lower()
    story = f"http://{host}/news/story-10"
    assert story in _links(web, host, "/news?start=5") and story not in _links(web, host, "/news")


def test_top_tasks_homepage_and_all_services_page(web: Heldback190Web, truth: dict) -> None:
    host = "www.braintree.gov.uk"
    assert "/all-services" in _main_links(web, host, "/") and "/community" not in _main_links(web, host, "/")
    assert "/community" in _main_links(web, host, "/all-services")
    assert "<nav>" not in _html(web, host, "/").split("<header>", 1)[1].split("</header>", 1)[0]
    assert "nine" in _main(web, host, "/foi/disclosure-log/cctv-2023")


def test_fact_on_page_4_of_a_next_only_offset_directory(web: Heldback190Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    (page,) = d51["pages"]
    listing = f"http://{host}/directory/10/parks-and-recreation-grounds?start=30"
    assert _linking(web, host, page) == {listing}
    pager = _html(web, host, "/directory/10/parks-and-recreation-grounds?start=10").split('class="pager"', 1)[1]
    assert re.findall(r">([^<]+)</a>", pager.split("</nav>", 1)[0]) == ["&laquo; Previous", "Next &raquo;"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_spoc_on_a_team_page_linked_only_from_the_footer(web: Heldback190Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    spoc = "/Contact-Us/Teams/Community-Safety.aspx"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {spoc}
    cctv = "/Community/Community-Safety/CCTV.aspx"
    assert spoc not in _main_links(web, host, cctv) and spoc not in _main_links(web, host, "/")
    assert f'href="{spoc}"' in _html(web, host, cctv).split('<div class="footer-links">', 1)[1]
    assert "BS 7958" in _main(web, host, cctv) and d["5.2"]["status"] == "not_met"


def test_four_part_guide_joined_by_a_numbered_pager(web: Heldback190Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    g = "/community-safety/safer-runnymede"
    assert g in _main_links(web, host, "/community-safety")
    assert not any(u.startswith(g + "/") for u in _main_links(web, host, "/community-safety"))
    part4 = f"http://{host}{g}/4"
    assert _linking(web, host, part4) == {f"http://{host}{g}", f"http://{host}{g}/2", f"http://{host}{g}/3"}
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, f"{g}/4")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018"


def test_tabs_as_query_addresses_hold_the_agreement_and_the_spoc(web: Heldback190Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    pg = "/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}?tab=documents"}
    assert "single point of contact" in _main(web, host, f"{pg}?tab=contact")
    assert "single point of contact" not in _main(web, host, pg)
    assert f"{pg}?tab=contact" in _main_links(web, host, pg)
    code = "/downloads/file/1402/cctv-code-of-practice.pdf"
    assert "step one (desktop) certification" in _text(web, host, code)
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_image_map_with_a_text_version(web: Heldback190Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    fact = "/pages/car-park.aspx?id=3"
    assert f'<area shape="rect" coords="60,40,110,80" href="{fact}"' in _html(web, host, "/pages/car-parks.aspx")
    assert f'<a href="{fact}"' not in _html(web, host, "/pages/car-parks.aspx")
    assert _linking(web, host, f"http://{host}{fact}") == {f"http://{host}/pages/car-parks-text.aspx"}
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [f"http://{host}{fact}"]


def test_notice_on_page_5_of_an_elided_pager(web: Heldback190Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    pn = f"http://{host}/privacy-policy/cctv-and-body-worn-cameras"
    assert _linking(web, host, pn) == {f"http://{host}/privacy-policy/service-notices?page=5"}
    first = _html(web, host, "/privacy-policy/service-notices")
    assert '<span class="gap">&hellip;</span>' in first and "service-notices?page=5" not in first
    d = _auth(truth, host)["deliverables"]
    assert "shared services agreement" in _main(web, host, urlsplit(pn).path) and d["5.5"]["status"] == "not_met"


def test_menu_address_307s_to_an_interstitial(web: Heldback190Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    r = _render(web, f"http://{host}/community-safety/cctv")
    upd = "/service-updates/cctv-monitoring-changes"
    assert r.status == 307 and r.header("Location") == f"http://{host}{upd}"
    assert "/community-safety/cctv" in _main_links(web, host, "/community-safety")
    assert "/community-safety/cctv?continue=1" in _main_links(web, host, upd)
    assert _render(web, f"http://{host}/community-safety/cctv?continue=1").status == 200
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "Certificate of agreement" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "partial"


def test_signed_agreement_seven_clicks_down(web: Heldback190Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    a = _auth(truth, host)
    assert a["oracle_fetches"] >= 10
    d = a["deliverables"]
    (doc,) = d["5.5"]["documents"]
    g = "/residents/community-and-living/community-safety/crime-prevention/cctv-closed-circuit-television"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{g}/3"}
    assert "step 2" not in " ".join(_main(web, host, u).lower() for u in (g, f"{g}/2", f"{g}/3", f"{g}/4"))
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03" and not d["5.2"]["mark_displayed"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback190Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.lancashire.gov.uk", "www.e-lindsey.gov.uk", "www.braintree.gov.uk"}, min_decoys=4
    )
