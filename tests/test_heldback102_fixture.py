"""The hundred-and-second held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 87 to 101; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a tabbed CCTV page whose later panels are
hidden; documents served by download.aspx?id= with Content-Disposition names, one a signed agreement; old addresses
answering 301 to the new page while the A to Z and news link the old one; a SPOC in a Key contacts sidebar; an
agreement mentioned only in a service privacy notice under Data protection; a mega-menu of every section; a CCTV page
reached only by 'Find out more' links; a Welsh-first site with English under /en; an image of a certificate whose alt
text alone carries the step 2 claim; facts split between a page and its leaflet; a draft Word agreement; a sitemap
named only by robots.txt at an odd path; an HTML site map as the only map; a search on a search subdomain whose
results pass through a click-tracking redirect, the CCTV page only on results page 2; a camera section only under
Your council > Data protection, run by a council-owned company; near-misses: a signed police agreement about MARAC, a
single point of contact for Prevent, NSI certification of an alarm centre, SLAs between councils; one-fact councils
with the fact in a hidden tab and in a privacy notice; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import quote, urlsplit

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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback102.truth import TRUTH_PATH
from fixtures.heldback102.web import Heldback102Web


@pytest.fixture(scope="module")
def web() -> Heldback102Web:
    return Heldback102Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _pdf_named(web: Heldback102Web, url: str) -> str:
    r = _render(web, url)
    assert r.status == 200 and r.header("Content-Type") == "application/pdf", url
    m = re.search(r'filename="([^"]+)"', r.header("Content-Disposition") or "")
    assert m, url
    return m.group(1)


def test_real_councils_none_from_sets_87_to_101(web: Heldback102Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(87, 102) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 87-101 may be reused"
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
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_tabbed_page_and_download_aspx_documents(web: Heldback102Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    pg = "/services/community_safety/crime_prevention/cctv"
    html = _html(web, host, pg)
    assert '<ul role="tablist" class="tabs__list">' in html
    panel3 = html.split('id="cctv-3"', 1)[1].split("</div>", 1)[0]
    assert panel3.startswith(' aria-labelledby="cctv-label-3" hidden>') and "kept for 31 days" in panel3
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and "/download.aspx?id=" in doc["url"]
    assert _pdf_named(web, doc["url"]) == "Richmond-MPS-CCTV-Information-Sharing-Agreement-signed.pdf"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    strategy = f"http://{host}/download.aspx?id=20411"
    assert _pdf_named(web, strategy).endswith(".pdf") and strategy in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("jcc@")


def test_old_addresses_answer_301_and_spoc_in_key_contacts(web: Heldback102Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    old = "/residents/community/community-safety/cctv.aspx"
    new = "/residents/community/community-safety/cctv/CCTV.aspx"
    for path in (old, "/cctv"):
        r = _render(web, f"http://{host}{path}")
        assert r.status == 301 and r.header("Location") == f"http://{host}{new}", path
    assert f"http://{host}{old}" in _links(web, host, "/a-z")
    assert f"http://{host}{new}" not in _links(web, host, "/a-z")
    assert f"http://{host}{old}" in _links(web, host, "/residents/community/community-safety/community-safety.aspx")
    assert f"http://{host}/cctv" in _links(web, host, "/news/2024/cctv-helps-catch-shoplifters")
    html = _html(web, host, new)
    aside = html.split('<aside class="sidebar key-contacts">', 1)[1].split("</aside>", 1)[0]
    assert "Surveillance camera single point of contact" in aside and "cctvspoc@" in aside
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    (ev,) = d["5.5"]["evidence"]
    assert "/data-protection/privacy-notices/" in ev["url"]


def test_mega_menu_find_out_more_and_marac_near_miss(web: Heldback102Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    cctv = f"http://{host}/local-communities/cctv"
    assert '<nav class="mega-menu" aria-label="All services">' in _html(web, host, "/council-tax")
    assert len(_links(web, host, "/council-tax")) > 80
    # outside its own sub-page (whose breadcrumb leads back), only the card on the local communities page links it
    assert _linking(web, host, cctv) == {f"http://{host}/local-communities", f"{cctv}/requesting-cctv-footage"}
    assert '<a class="card__link" href="/local-communities/cctv">Find out more</a>' in _html(
        web, host, "/local-communities"
    )
    assert "National Security Inspectorate" in _main(web, host, "/local-communities/cctv")
    marac = "/sites/default/files/2023-09/MARAC-information-sharing-agreement-signed.pdf"
    text = _text(web, host, marac)
    assert "Signed for and on behalf of Northamptonshire Police" in text and "domestic abuse" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_html_site_map_is_the_only_map(web: Heldback102Web, truth: dict) -> None:
    host = "www.oxfordshire.gov.uk"
    site = web.sites[host]
    assert not site.az and not site.sitemap and "Sitemap:" not in site.robots_txt()
    assert _render(web, f"http://{host}/sitemap.xml").status == 404
    listed = set(_links(web, host, "/site-map"))
    assert f"http://{host}/council/freedom-of-information/disclosure-log/public-space-cctv" in listed
    assert len(listed) > 100
    assert _auth(truth, host)["oracle_fetches"] == 0


def test_welsh_first_site(web: Heldback102Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    en = "/en/living-here/community-safety/cctv"
    cy = "/cy/byw-yma/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="en">' in _html(web, host, en) and '<html lang="cy">' in _html(web, host, cy)
    assert '<html lang="en">' in _html(web, host, "/en/news-and-events")
    assert "pwynt cyswllt unigol" in _main(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Gwent"
        and "Llofnodwyd ar ran Heddlu Gwent" in _text(web, host, urlsplit(doc["url"]).path)
    )
    assert "service level agreement between the two councils" in _main(web, host, en)


def test_certificate_image_leaflet_split_and_draft_word_sla(web: Heldback102Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    pg = "/community/crime_and_safety/cctv.cfm"
    main = _main(web, host, pg)
    assert "step 2" not in main and "28 days" not in main and "subject access" not in main
    assert 'alt="Certificate of compliance: West Suffolk Council public space CCTV was awarded full step 2' in _html(
        web, host, pg
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    leaflet = "/documents/cctv-information-leaflet-2024.pdf"
    assert "Recordings are kept for 28 days" in _text(web, host, leaflet)
    assert f"http://{host}{leaflet}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "........" in _text(web, host, urlsplit(doc["url"]).path)
    assert _render(web, f"http://{host}/cctv").status == 301


def test_sitemap_only_named_by_robots(web: Heldback102Web) -> None:
    host = "www.torridge.gov.uk"
    robots = web.sites[host].robots_txt()
    assert "Sitemap: http://www.torridge.gov.uk/media/sitemaps/torridge-pages-1.xml" in robots
    r = _render(web, f"http://{host}/media/sitemaps/torridge-pages-1.xml")
    assert r.status == 200 and b"<urlset" in r.body and b"/community-safety</loc>" in r.body
    assert _render(web, f"http://{host}/sitemap.xml").status == 404


def test_search_subdomain_click_tracking_and_page_two(web: Heldback102Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    search = "search.stalbans.gov.uk"
    assert search in web.sites[host].hosts() and web.site_for_host(search) is web.sites[host]
    assert f'action="http://{search}/s/search.html"' in _html(web, host, "/")
    cctv = f"http://{host}/community-and-living/community-safety/cctv"
    tracked = f"/s/redirect?collection=council-web&url={quote(cctv, safe='')}"
    page1 = _html(web, search, "/s/search.html?query=cctv")
    assert quote(cctv, safe="") not in page1 and "start_rank=11" in page1
    assert page1.count('href="/s/redirect?') == 10
    page2 = _html(web, search, "/s/search.html?query=cctv&start_rank=11")
    assert tracked.replace("&", "&amp;") in page2
    hop = _render(web, f"http://{search}{tracked}&index=13")
    assert hop.status == 302 and hop.header("Location") == cctv
    assert _render(web, f"http://{search}/s/redirect?url=http%3A%2F%2Fevil.example%2F").status == 400
    main = _main(web, host, "/community-and-living/community-safety/cctv")
    assert "Data Protection Act 1998" in main and "£10" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_data_protection_section_only_and_council_company(web: Heldback102Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    a = _auth(truth, host)
    assert all(urlsplit(u).path.startswith("/your-council/data-protection/") for u in a["deliverables"]["5.1"]["pages"])
    assert "Colchester Amphora Trading Ltd, a company wholly owned by the council" in _main(
        web, host, "/your-council/data-protection/cctv-and-surveillance-cameras"
    )
    assert "BS EN 50518" in _main(web, host, "/business/colchester-amphora-trading")
    assert a["deliverables"]["5.2"]["status"] == "not_met"


def test_mega_menu_redirect_and_robots_on_a_council_with_nothing(web: Heldback102Web, truth: dict) -> None:
    host = "tewkesbury.gov.uk"
    assert '<nav class="mega-menu"' in _html(web, host, "/")
    r = _render(web, f"http://{host}/community-safety")
    assert r.status == 301 and r.header("Location") == f"http://{host}/community/community-safety"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "Tewkesbury Town Council" in _main(web, host, "/community/community-safety")


def test_one_fact_councils(web: Heldback102Web, truth: dict) -> None:
    for host, path in (
        ("www.erewash.gov.uk", "/town-centres/ilkeston-town-centre"),
        (
            "www.wyreforestdc.gov.uk",
            "/your-council/privacy-and-data-protection/privacy-notices/customer-services-privacy-notice",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    html = _html(web, "www.erewash.gov.uk", "/town-centres/ilkeston-town-centre")
    panel = html.split('id="ilkeston-4"', 1)[1].split("</div>", 1)[0]
    assert " hidden>" in panel and "Thirty-nine council CCTV cameras" in panel


def test_sla_between_councils_only_in_committee_papers(web: Heldback102Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    dem = "democracy.wyreforestdc.gov.uk"
    report = "/documents/s41207/Town%20centre%20CCTV%20monitoring%20report.pdf"
    assert "service level agreement with Bromsgrove" in _text(web, dem, report)
    assert _linking(web, host, f"http://{dem}{report}") == {f"http://{dem}/mgAi.aspx?ID=18334"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not any("democracy" in u for u in d["5.1"]["pages"])


def test_read_more_links_download_aspx_spoc_and_signed_isa(web: Heldback102Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    cctv = "/communities-and-health/closed-circuit-television-cctv"
    assert f'<a class="card__link" href="{cctv}">Read more</a>' in _html(web, host, "/communities-and-health")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk" and "/download.aspx?id=3190" in doc["url"]
    assert _pdf_named(web, doc["url"]) == "IBC-Suffolk-Constabulary-CCTV-ISA-2024-signed.pdf"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "esc@ipswich.example.gov.uk"
    assert "Disallow: /search" in web.sites[host].robots_txt() and web.sites[host].sitemap


def test_redirected_page_prevent_spoc_and_council_sla(web: Heldback102Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    old, new = "/community/crime-community-safety/cctv", "/community/community-safety/cctv"
    r = _render(web, f"http://{host}{old}")
    assert r.status == 301 and r.header("Location") == f"http://{host}{new}"
    assert f"http://{host}{old}" in _links(web, host, "/a-z")
    assert "single point of contact for the Prevent duty" in _main(web, host, "/community/community-safety")
    assert "service level agreement between the two councils" in _main(web, host, new)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "not_met"


def test_mark_with_step_2_sentence_and_facts_split_over_sub_pages(web: Heldback102Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    room = "/community-safety-and-emergencies/cctv/cctv-control-centre"
    assert 'alt="Surveillance Camera Code Compliant certification mark"' in _html(web, host, room)
    assert '<nav class="mega-menu"' in _html(web, host, room)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-10" and d["5.2"]["mark_displayed"]
    assert len(d["5.1"]["pages"]) == 2 and d["5.3"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback102Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.torridge.gov.uk", "tewkesbury.gov.uk"})
    assert "Tewkesbury Town Council" in _main(web, "tewkesbury.gov.uk", "/community/community-safety")
    assert "Bideford Town Council" in _main(web, "www.torridge.gov.uk", "/community-safety")
