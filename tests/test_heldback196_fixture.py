"""The hundred-and-ninety-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a "Start now" flow over ?step= addresses with the SPOC
and a step 2 claim only on its last step; a signed agreement reachable only through an embedded viewer's fallback
link; a ?town= chooser where only one town's answer is the council's; a county whose only camera material is its
partnership's signpost and look-alikes; a CCTV section under a community safety partnership with one page per
question and a Welsh twin; a monitoring council's step 2 statement quoted in a blockquote; a one-fact PSPO page on a
legacy site; a council speaking as the monitoring partner for others, with its signed agreement in an attachments
table; a joint statement of two councils; a control room's service table listing other owners' cameras beside the
council's own; a neighbour watching the cameras under a councils' agreement with the SPOC in a contact box; a shared
site's two-council comparison table with the other council's signed agreement; a depot page as the only fact beside
a council company's profile; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback196.truth import TRUTH_PATH
from fixtures.heldback196.web import Heldback196Web


@pytest.fixture(scope="module")
def web() -> Heldback196Web:
    return Heldback196Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback196Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 196)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_start_now_flow_with_spoc_and_step_2_on_the_last_step(web: Heldback196Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    cc = "/safety-crime-and-emergencies/safety-in-kingston/cctv-images"
    flow = f"http://{host}{cc}/request"
    landing = _links(web, host, cc)
    assert f"{flow}?step=1" in landing and f"{flow}?step=2" not in landing and f"{flow}?step=3" not in landing
    assert f"{flow}?step=3" in _links(web, host, f"{cc}/request?step=2")
    last = _main(web, host, f"{cc}/request?step=3")
    assert "Single Point of Contact for surveillance cameras" in last and "step 2" in last
    assert "step 2" not in _main(web, host, f"{cc}/how-we-use-public-space-cctv")
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {f"{flow}?step=3"}
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_agreement_only_behind_an_embedded_viewer(web: Heldback196Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    pol = f"http://{host}/info/20016/community_safety/2472/police_access_to_our_cameras"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {pol}
    assert f'<iframe src="{urlsplit(doc["url"]).path}"' in _html(web, host, urlsplit(pol).path)
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of West Midlands Police" in text and "on behalf of Birmingham City Council" in text
    partnership = _main(web, host, "/info/20016/community_safety/2473/community_safety_partnership")
    assert "380 public space cameras" in partnership
    assert not any("2473" in u for u in d["5.1"]["pages"])


def test_town_chooser_where_only_one_answer_is_the_councils(web: Heldback196Web, truth: dict) -> None:
    host = "www.shropshire.gov.uk"
    ch = "/community-and-living/cctv-and-out-of-hours/cctv-in-your-town"
    towns = [u for u in _links(web, host, ch) if "?town=" in u]
    assert len(towns) == 6
    pages = _auth(truth, host)["deliverables"]["5.1"]["pages"]
    assert [u for u in pages if "?town=" in u] == [f"http://{host}{ch}?town=shrewsbury"]
    for slug in ("oswestry", "market-drayton", "shifnal", "ludlow", "craven-arms"):
        assert "Town Council" in _main(web, host, f"{ch}?town={slug}"), slug
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_partnership_section_with_one_page_per_question_and_a_welsh_twin(web: Heldback196Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    cc = "/resident/emergencies-safety-and-crime/community-safety-partnership/cctv"
    questions = [u for u in _links(web, host, cc) if "/questions/" in u]
    assert len(questions) == 6
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{cc}/questions/who-checks-the-system"}
    assert "step 2" not in _main(web, host, cc)
    cy = [u for u in d["5.1"]["pages"] if "/cy/" in u]
    assert len(cy) == 1 and 'lang="cy"' in _html(web, host, urlsplit(cy[0]).path)
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_monitoring_councils_step_2_quoted_in_a_blockquote(web: Heldback196Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    quote = html.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    assert "step 2" in quote and "<cite>Southend-on-Sea City Council</cite>" in html
    assert "step 2" not in html.replace(quote, "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "democracy.castlepoint.gov.uk" in web.sites[host].hosts()


def test_one_fact_pages(web: Heldback196Web, truth: dict) -> None:
    for host, path in (
        ("www.rossendale.gov.uk", "/community-safety/town-centre-pspo"),
        ("www.eastsuffolk.gov.uk", "/waste-and-recycling/our-depots/ufford-depot"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(web, "www.rossendale.gov.uk", "/")
    assert web.sites["www.rossendale.gov.uk"].search is None
    company = _main(web, "www.eastsuffolk.gov.uk", "/council/east-suffolk-services-ltd")
    assert "CCTV monitoring for councils and businesses" in company


def test_council_as_monitoring_partner_with_attachments_table(web: Heldback196Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    html = _html(web, host, "/cctv")
    assert "<th>Attachment</th><th>Type</th><th>Size</th>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _linking(web, host, doc["url"]) == {f"http://{host}/cctv"}
    schemes = _main(web, host, "/cctv/schemes-we-monitor")
    assert "Thurrock Council" in schemes and "Ingatestone and Fryerning Parish Council" in schemes
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/cctv/schemes-we-monitor"}


def test_joint_statement_of_two_councils(web: Heldback196Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    jm = "/community-safety/cctv/how-our-cameras-are-monitored"
    html = _html(web, host, jm)
    assert 'alt="Elmbridge Borough Council"' in html and 'alt="Runnymede Borough Council"' in html
    main = _main(web, host, jm)
    assert "service level agreement between our two councils" in main and "full certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert f"http://{host}{jm}" in d["5.1"]["pages"]


def test_service_table_of_owners_beside_the_councils_own(web: Heldback196Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert "<caption>Who the control room watches cameras for</caption>" in html
    assert "Queen Elizabeth Hospital" in html and "Hunstanton Town Council" in html
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/governance"}


def test_neighbour_watches_under_councils_agreement(web: Heldback196Web, truth: dict) -> None:
    host = "www.babergh.gov.uk"
    site = web.sites[host]
    assert not site.az and "baberghmidsuffolk.moderngov.co.uk" in site.hosts()
    pg = "/communities/safer-communities/cctv-in-sudbury-and-hadleigh"
    html = _html(web, host, pg)
    assert '<div class="wp-block-group contact-box">' in html
    assert "https://www.westsuffolk.gov.uk/community/crime_and_safety/cctv.cfm" in _links(web, host, pg)
    assert "service level agreement between the two councils" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_shared_site_comparison_table_and_the_other_councils_agreement(web: Heldback196Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    pg = "/community-safety/cctv-at-council-buildings"
    html = _html(web, host, pg)
    assert '<th scope="col">South Norfolk Council</th><th scope="col">Broadland District Council</th>' in html
    sn = f"http://{host}/downloads/file/2207/south-norfolk-information-sharing-agreement-norfolk-constabulary"
    assert sn in _links(web, host, pg)
    text = _text(web, host, urlsplit(sn).path)
    assert "Signed for Norfolk Constabulary" in text and "Broadland District Council is not a party" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["retention"] and "Overwritten after 31 days" in _main(web, host, pg)
    assert d["5.1"]["evidence"][0]["url"] == f"http://{host}{pg}"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback196Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.southribble.gov.uk", "www.scambs.gov.uk"})
    signpost = _links(web, "www.essex.gov.uk", "/safer-essex/town-centre-cctv")
    assert "https://www.castlepoint.gov.uk/cctv" in signpost
    assert _auth(truth, "www.scambs.gov.uk")["heldback"]["robots_forbid_search"]
