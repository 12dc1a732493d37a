"""The hundred-and-eighteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 103 to 117; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a faceted document library whose files have only
opaque names, holding a signed ISA whose signatures follow long appendices; translate and print copies of every page;
a SPOC named only in a directorate structure table; camera figures only in a partnership's annual report page; a site
search that answers the same 40 results to any query; a Welsh-first site whose English summary keeps a Welsh-only
camera heading; links that all carry page-dependent session ids; a signed agreement linked by the bare word
'Download' as a Word file; a responsible officer described without the words 'single point of contact'; a signature
block naming the force's former name; a search reachable only through a POST form; certification only as a dated
timeline line; an SRO in a policy's roles and responsibilities section; a signed agreement with a force that is not
the register's; soft 404s; a lapsed certificate; a draft MoU; a certification entry in a definition list; an events
calendar with twenty years of next-month links; print copies; a snippets-only search and a maintenance banner; and
councils that publish nothing but carry look-alikes).
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

from fixtures.heldback.truth import link_graph
from fixtures.heldback118.truth import TRUTH_PATH
from fixtures.heldback118.web import Heldback118Web


@pytest.fixture(scope="module")
def web() -> Heldback118Web:
    return Heldback118Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _graph(web: Heldback118Web, host: str) -> dict[str, list[str]]:
    return link_graph(web, web.sites[host])


def test_real_councils_none_from_sets_103_to_117(web: Heldback118Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 118)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_faceted_library_with_opaque_names_holds_the_signed_isa(web: Heldback118Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert re.fullmatch(r"doc\d{5}\.pdf", urlsplit(doc["url"]).path.rsplit("/", 1)[-1])
    linkers = _linking(web, host, doc["url"])
    assert linkers and all(urlsplit(u).path == "/documents" for u in linkers)
    graph = _graph(web, host)
    facets = [u for u in graph if urlsplit(u).path == "/documents"]
    assert len(facets) > 100, len(facets)
    listing = _html(web, host, "/documents?topic=community-safety&sort=newest&view=list&year=all&page=1")
    assert ">doc48213.pdf</a>" in listing and "Information Sharing" not in listing
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Appendix E") < text.index("Signed for and on behalf of the Metropolitan Police Service")
    pages = re.search(rb"/Count (\d+)", _render(web, doc["url"]).body)
    assert pages is not None and int(pages.group(1)) >= 2, "the signatures come after pages of appendices"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("pss.control@")


def test_translate_and_print_copies_and_spoc_in_structure_table(web: Heldback118Web, truth: dict) -> None:
    host = "www.manchester.gov.uk"
    pg = "/info/200030/crime_antisocial_behaviour_and_nuisance/708/cctv_cameras_and_security"
    links = _links(web, host, pg)
    assert f"http://{host}{pg}?lang=ur" in links and f"http://{host}{pg}?print=true" in links
    assert _main(web, host, f"{pg}?lang=pl") == _main(web, host, pg)
    graph = _graph(web, host)
    assert sum(1 for u in graph if "?lang=" in u) > 400
    d = _auth(truth, host)["deliverables"]
    org = "/info/500002/council_structure/7461/neighbourhoods_directorate_structure"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {org}
    assert '<th scope="col">Post</th>' in _html(web, host, org)
    assert "single point of contact" not in _main(web, host, pg)
    safeguarding = "/info/200041/safeguarding/7463/manchester_safeguarding_partnership"
    assert "information sharing agreement" in _main(web, host, safeguarding)
    assert d["5.5"]["status"] == "not_met"


def test_figures_only_in_partnership_annual_report(web: Heldback118Web, truth: dict) -> None:
    host = "www.somerset.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    report = f"http://{host}/crime-and-community-safety/safer-somerset-partnership/annual-report-2024-to-2025"
    assert report in d51["pages"] and d51["criteria"]["cameras"] and d51["criteria"]["statistics"]
    assert "233 public space cameras" in _main(web, host, urlsplit(report).path)
    cctv = "/crime-and-community-safety/cctv"
    assert "233" not in _main(web, host, cctv) and "690" not in _main(web, host, cctv)
    assert "service level agreements" in _main(web, host, cctv)
    d55 = _auth(truth, host)["deliverables"]["5.5"]
    assert d55["status"] == "partial" and not d55["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_search_answers_the_same_forty_results_to_any_query(web: Heldback118Web, truth: dict) -> None:
    host = "www.kent.gov.uk"
    a, b = _main(web, host, "/search?q=cctv"), _main(web, host, "/search?q=xyzzy+plugh")
    assert a.replace("cctv", "") == b.replace("xyzzy plugh", "") and "of 40" in a
    assert _main(web, host, "/search?q=cctv&page=4") != a
    assert "/roads-and-travel/highway-technology-trials" in {urlsplit(u).path for u in _graph(web, host)}


def test_welsh_first_site_with_welsh_only_camera_heading(web: Heldback118Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    en = _html(web, host, "/en/leisure/y-gaer")
    assert "<h2>Teledu cylch cyfyng</h2>" in en and "CCTV" not in _main(web, host, "/en/leisure/y-gaer")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and f"http://{host}/cy/hamdden/y-gaer" in d51["pages"]
    assert any(p.startswith("/en/bins") for (h, p) in web.sites[host].pages if h == host)


def test_session_ids_in_every_link(web: Heldback118Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    links = [u for u in _links(web, host, "/") if urlsplit(u).hostname == host]
    assert links and all("sid=" in urlsplit(u).query for u in links)
    graph = _graph(web, host)
    moorings = [u for u in graph if urlsplit(u).path == "/leisure/riverside/visitor-moorings"]
    assert len(moorings) >= 2 and len(graph) > 1000
    (ev,) = _auth(truth, host)["deliverables"]["5.1"]["evidence"]
    assert "sid=" in urlsplit(ev["url"]).query and ev["url"] in graph


def test_signed_word_agreement_linked_by_bare_download(web: Heldback118Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex"
    path = urlsplit(doc["url"]).path + "?" + urlsplit(doc["url"]).query
    assert f'<a href="{path}">Download</a> (DOCX, 61KB)' in _html(web, host, "/community/cctv")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Sussex Police" in _text(web, host, path)
    assert d["5.3"]["status"] == "not_met"


def test_responsible_officer_without_the_words_and_former_force_name(web: Heldback118Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    pg = "/community-safety/cctv-and-monitoring-centre"
    main = _main(web, host, pg)
    assert "single point of contact" not in main.lower() and "SPOC" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of West Mercia Constabulary" in text and "West Mercia Police" in text
    assert doc["signed"] and doc["force"] == "West Mercia"


def test_post_only_search_and_certification_in_a_timeline(web: Heldback118Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    site = web.sites[host]
    assert site.search is None
    assert '<form action="/site-search" method="post"' in _html(web, host, "/")
    assert "cctv" not in _main(web, host, "/site-search?keywords=cctv").lower()
    d = _auth(truth, host)["deliverables"]
    tl = f"http://{host}/living-here/safer-communities/cctv-service/our-story"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {tl}
    assert "<strong>2019</strong>" in _html(web, host, urlsplit(tl).path)
    assert "step 2" not in _main(web, host, "/living-here/safer-communities/cctv-service")


def test_sro_in_roles_section_and_agreement_with_another_force(web: Heldback118Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    policy = "/community-safety/cctv/surveillance-camera-policy"
    html = _html(web, host, policy)
    assert html.index("<h2>5. Roles and responsibilities</h2>") < html.index("Senior Responsible Officer")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    rmp = "/media/5510/colchester-garrison-cctv-information-sharing-agreement.pdf"
    assert "Signed for the Royal Military Police" in _text(web, host, rmp)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert all(urlsplit(e["url"]).path != rmp for e in d["5.5"]["evidence"])


def test_soft_404_lapsed_certificate_and_draft_mou(web: Heldback118Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    gone = f"http://{host}/sites/default/files/2024-07/esc-annual-report-2023-24.pdf"
    pg = "/communities-and-health/closed-circuit-television-cctv"
    assert gone in _links(web, host, pg)
    r = _render(web, gone)
    assert r.status == 200 and b"could not find" in r.body and "html" in (r.header("Content-Type") or "")
    assert _render(web, f"http://{host}/no-such-page").status == 200
    d = _auth(truth, host)["deliverables"]
    assert "lapsed" in _main(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-05"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "......" in _text(web, host, urlsplit(doc["url"]).path)


def test_certification_in_a_definition_list_with_stale_cues(web: Heldback118Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    html = _html(web, host, "/community-and-living/community-safety/cctv")
    assert "<dt>Surveillance Camera Code certification</dt>" in html and "<img" not in html
    assert "Data Protection Act 1998" in html and "£10" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2020"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_events_calendar_runs_for_twenty_years(web: Heldback118Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    graph = _graph(web, host)
    months = [u for u in graph if "/whats-on/calendar/" in u]
    assert len(months) == 240
    assert _render(web, f"http://{host}/whats-on/calendar/2036/01").status == 404
    assert not any("camera" in _main(web, host, urlsplit(u).path).lower() for u in months[:24])


def test_print_copies_and_snippet_search(web: Heldback118Web, truth: dict) -> None:
    tor = "www.torridge.gov.uk"
    links = _links(web, tor, "/community-safety")
    assert any("action=Print" in u for u in links)
    assert sum(1 for u in _graph(web, tor) if "action=Print" in u) > 100
    tew = "tewkesbury.gov.uk"
    results = _html(web, tew, "/search?q=cameras").split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert 'class="results snippets"' in results and "<a " not in results.split("</ol>")[0].split("<ol")[1]
    assert "Planned maintenance" in _main(web, tew, "/")


def test_one_fact_councils(web: Heldback118Web, truth: dict) -> None:
    for host, crit in (
        ("www.powys.gov.uk", "cameras"),
        ("www.spelthorne.gov.uk", "cameras"),
        ("www.wyreforestdc.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback118Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.torridge.gov.uk", "tewkesbury.gov.uk"})
    assert "does not operate public space CCTV" in _main(
        web, "www.kent.gov.uk", "/about-the-council/information-and-data/foi-disclosure-log/cctv-in-kent"
    )
