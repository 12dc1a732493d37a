"""The hundred-and-forty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (an agreement published as an HTML publication whose
signatures are only on its last part, reached by Next links; companion articles reached only by relative '../' links;
a step 2 claim only in a figure caption under an empty-alt mark, with documents at %20 addresses; an ASP.NET Web Forms
county site that publishes nothing; a Welsh-first site whose step 1 claim is only in a Welsh alt text; a signed
protocol at a root query-only asset address; a legacy .php one-fact site without search; a Joomla-style site without
an A to Z; a CCTV page filed under markets; a disclosure inside a town centre page; pages linked only by a
pipe-separated menu; a one-fact street light page; a step 1 claim only inside a PDF; trailing-slash addresses with a
draft Word agreement served without extension; robots.txt forbidding the search; democracy hosts; sitemaps).
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

from fixtures.heldback149.truth import TRUTH_PATH
from fixtures.heldback149.web import Heldback149Web


@pytest.fixture(scope="module")
def web() -> Heldback149Web:
    return Heldback149Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback149Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 149)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_as_publication_with_signatures_on_its_last_part(web: Heldback149Web, truth: dict) -> None:
    host = "www.walthamforest.gov.uk"
    root = "/crime-and-safety/closed-circuit-television-cctv/information-sharing-agreement"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    sig = f"http://{host}{root}/signatories"
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == sig and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, sig) == {f"http://{host}{root}/security-and-review"}
    assert 'rel="next"' in _html(web, host, f"{root}/security-and-review")
    assert "Signed for and on behalf of the Metropolitan Police Service" in _main(web, host, f"{root}/signatories")
    for part in ("", "/purpose-and-legal-basis", "/what-will-be-shared", "/requests", "/security-and-review"):
        assert "Signed for" not in _main(web, host, root + part), part
    assert _auth(truth, host)["oracle_fetches"] >= 9
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["email"].startswith("cctv@") and not spoc["phone"]


def test_companion_articles_reached_only_by_relative_links(web: Heldback149Web, truth: dict) -> None:
    host = "www.sunderland.gov.uk"
    cctv = "/article/12043/CCTV-and-the-City-Alarm-and-Emergency-Centre"
    html = _html(web, host, cctv)
    for rel in ("../12047/Who-looks-after-our-cameras", "../12051/Asking-for-CCTV-footage"):
        assert f'href="{rel}"' in html
    who = f"http://{host}/article/12047/Who-looks-after-our-cameras"
    assert who in _links(web, host, cctv)
    assert _linking(web, host, who) == {f"http://{host}{cctv}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {who}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_a_figcaption_and_documents_at_encoded_addresses(web: Heldback149Web, truth: dict) -> None:
    host = "www.blackburn.gov.uk"
    hub = "/community-safety/east-lancashire-cctv-hub"
    html = _html(web, host, hub)
    assert '<img src="/images/sc-certification-mark.png" alt="">' in html and "<figcaption>" in html
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "step 2" in caption and html.count("step 2") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    docs = [u for u in _links(web, host, hub) if "/media/" in u]
    assert len(docs) == 3 and all("%20" in u for u in docs)
    for u in docs:
        assert _render(web, u).header("Content-Type") == "application/pdf", u
    assert "service level agreements" in _main(web, host, hub) and d["5.5"]["status"] == "not_met"
    assert not web.sites[host].az
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_aspnet_county_site_publishes_nothing(web: Heldback149Web, truth: dict) -> None:
    host = "www.staffordshire.gov.uk"
    html = _html(web, host, "/Transport/Road-safety/Safety-cameras.aspx")
    assert 'id="__VIEWSTATE"' in html and '<form method="post" action="" id="aspnetForm">' in html
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "214 cameras" in _main(
        web, host, "/Your-council/Freedom-of-information/Disclosure-log/CCTV-at-county-buildings.aspx"
    )


def test_welsh_first_site_with_step_1_only_in_welsh_alt_text(web: Heldback149Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    wel = "/cy/cymuned-a-byw/diogelwch-cymunedol/teledu-cylch-cyfyng.aspx"
    eng = "/en/community-and-living/community-safety/cctv.aspx"
    assert 'alt="Nod ardystio' in _html(web, host, wel) and "cam 1" in _html(web, host, wel)
    assert "<img" not in _main(web, host, eng) and "step" not in _main(web, host, eng).lower()
    assert "cam 1" not in _main(web, host, wel)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{wel}"}
    assert f"http://{host}{wel}" in d["5.1"]["pages"]
    site = web.sites[host]
    assert (host, "/en/bins-and-recycling") in site.pages and (host, "/bins-and-recycling") not in site.pages
    assert "moderngov.denbighshire.gov.uk" in site.hosts()
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_signed_protocol_at_a_root_query_only_address(web: Heldback149Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"http://{host}/?a=48213" and doc["signed"] and doc["force"] == "Sussex"
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/code-of-practice"}
    assert "Signed on behalf of Sussex Police" in _text(web, host, "/?a=48213")
    assert _render(web, f"http://{host}/").header("Content-Type").startswith("text/html")
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/cctv/code-of-practice"
    }


def test_legacy_php_one_fact_site_without_search(web: Heldback149Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    assert "/content.php?id=2214" in [
        urlsplit(u).path + "?" + urlsplit(u).query for u in _links(web, host, "/street-scene")
    ]


def test_filed_under_markets_not_community_safety(web: Heldback149Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    cctv = f"http://{host}/markets-and-town-centres/town-centre-cctv"
    assert f"http://{host}/community-safety" not in _linking(web, host, cctv)
    assert f"http://{host}/markets-and-town-centres" in _linking(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2021-03"
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in _html(
        web, host, "/markets-and-town-centres/town-centre-cctv"
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "democracy.ashfield.gov.uk" in web.sites[host].hosts()


def test_disclosure_inside_a_town_centre_page(web: Heldback149Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    main = _main(web, host, "/town-centres/spalding-town-centre")
    assert main.index("Market days") < main.index("Town centre CCTV") and "agreement between the two councils" in main
    d = _auth(truth, host)["deliverables"]
    assert set(d["5.1"]["pages"]) == {f"http://{host}/town-centres/spalding-town-centre"}
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_pages_linked_only_by_a_pipe_menu(web: Heldback149Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    land = "/my-council/freedom-of-information/cctv-information"
    assert '<p class="sub-menu">' in _html(web, host, land)
    assert "In this section" not in _html(web, host, land)
    inst = f"http://{host}{land}/installation-of-cctv"
    assert _linking(web, host, inst) == {
        f"http://{host}{land}",
        f"http://{host}{land}/cctv-footage-and-your-rights",
        f"http://{host}{land}/procedure-for-the-release-of-evidence",
    }
    assert "£10 fee" in _main(web, host, f"{land}/procedure-for-the-release-of-evidence")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and _linking(web, host, doc["url"]) == {inst}
    assert d["5.3"]["status"] == "met"


def test_step_1_only_inside_the_needs_assessment_pdf(web: Heldback149Web, truth: dict) -> None:
    host = "www.ambervalley.gov.uk"
    pdf = "/sites/default/files/2024-05/AVBC-camera-needs-assessment-2024.pdf"
    assert "step one" not in _main(web, host, "/community-and-living/community-safety/cctv").lower()
    assert "step one (desktop) certification" in _text(web, host, pdf)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {pdf}
    assert not web.sites[host].az and d["5.3"]["status"] == "met"


def test_trailing_slash_site_with_draft_word_agreement(web: Heldback149Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert all(urlsplit(u).path.endswith("/") for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.fdean.gov.uk", "cameras", "/content.php?id=2214"),
        ("www.sstaffs.gov.uk", "other_systems", "/streets-and-highways/report-a-street-light-fault.cfm"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_robots_sitemaps_a_to_z_and_democracy_hosts(web: Heldback149Web, truth: dict) -> None:
    forbid = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]}
    assert forbid == {"www.staffordshire.gov.uk", "www.stroud.gov.uk", "www.bromsgrove.gov.uk"}
    maps = {h for h, s in web.sites.items() if s.sitemap}
    assert maps == {
        "www.walthamforest.gov.uk",
        "www.sunderland.gov.uk",
        "www.chichester.gov.uk",
        "www.midsussex.gov.uk",
        "www.stroud.gov.uk",
    }
    no_az = {h for h, s in web.sites.items() if not s.az}
    assert no_az == {"www.blackburn.gov.uk", "www.ne-derbyshire.gov.uk", "www.ambervalley.gov.uk"}
    dem = {h for h, s in web.sites.items() if s.democracy}
    assert dem == {
        "www.denbighshire.gov.uk",
        "www.ne-derbyshire.gov.uk",
        "www.ashfield.gov.uk",
        "www.bromsgrove.gov.uk",
    }


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback149Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.staffordshire.gov.uk", "www.ne-derbyshire.gov.uk", "www.stroud.gov.uk"})
