"""The 227th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a privacy notice in a transparency hub as
the whole statement, with a version history whose archived 2018 copy is still served; a site search that answers
302 straight to the page when one page matches; robots.txt written with wildcard rules against ?print= copies, with
several agent groups, with a crawl delay and a forbidden archive folder, and forbidding the A to Z; a step 2 claim
only as a row of an accreditations table and as a row of a standards table beside BS 7958; signed agreements as a
Word file without extension in a data protection hub's sharing list, under a class of an FOI publication scheme,
and as a PDF on a documents sub-page; a draft Word agreement; a SPOC in a code PDF, in a contact box and on the
page; retention only in a retention schedule PDF; one fact on an ICO registration page and one in a publication
scheme class; a Welsh twin; monitoring by other councils; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

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

from fixtures.heldback227.truth import TRUTH_PATH
from fixtures.heldback227.web import Heldback227Web


@pytest.fixture(scope="module")
def web() -> Heldback227Web:
    return Heldback227Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _robots(web: Heldback227Web, host: str) -> tuple[str, RobotFileParser]:
    r = _render(web, f"http://{host}/robots.txt")
    assert r.status == 200 and (r.header("Content-Type") or "").startswith("text/plain")
    text = r.body.decode("utf-8")
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return text, parser


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback227Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 227)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 5, "not_met": 7}, tally


def test_privacy_notice_with_archived_version_and_one_hit_search(web: Heldback227Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    base = "/council/transparency-and-information-requests/data-protection/privacy-notices"
    pn = f"{base}/cctv-and-public-space-surveillance"
    old = f"{pn}/archived-may-2018"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and {urlsplit(u).path for u in d["5.1"]["pages"]} == {pn}
    assert '<th scope="col">Version</th>' in _html(web, host, pn)
    assert _linking(web, host, f"http://{host}{old}") == {f"http://{host}{pn}"}
    assert "Data Protection Act 1998" in _main(web, host, old) and "£10" in _main(web, host, old)
    one = _render(web, f"http://{host}/search?keys=overwritten+automatically")
    assert one.status == 302 and one.header("Location") == f"http://{host}{pn}"
    many = _render(web, f"http://{host}/search?keys=cctv")
    assert many.status == 200 and pn.encode() in many.body
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_wildcard_robots_print_copies_accreditations_row_and_word_mou(web: Heldback227Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    text, _ = _robots(web, host)
    assert "Disallow: /*?print=" in text and "Disallow: /beta/search.aspx" in text
    pg = "/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    assert f"http://{host}{pg}?print=1" in _links(web, host, pg)
    assert _render(web, f"http://{host}{pg}?print=1").status == 200
    acc = "/beta/information-and-data/accreditations.aspx"
    assert "<td>Surveillance Camera Code of Practice: third-party certification, step 2 (full)</td>" in _html(
        web, host, acc
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {acc}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/beta/information-and-data/information-sharing-agreements.aspx"
    }
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/beta/transport-roads-and-parking/pdf/cctv-code-of-practice.pdf"
    }


def test_robots_forbid_the_a_to_z(web: Heldback227Web, truth: dict) -> None:
    host = "www.york.gov.uk"
    _, robots = _robots(web, host)
    pg = f"http://{host}/info/20114/york_city_centre/1432/cctv"
    assert not robots.can_fetch("cctv-audit", f"http://{host}/a-z") and robots.can_fetch("cctv-audit", pg)
    assert pg in _links(web, host, "/a-z")
    assert _linking(web, host, pg) - {f"http://{host}/a-z"}
    assert "NSI Gold" in _main(web, host, "/news/article/4418/control_room_contractor_wins_award")
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"] and a["deliverables"]["5.2"]["status"] == "not_met"
    assert not any("democracy" in u for u in a["deliverables"]["5.1"]["pages"])


def test_robots_with_several_agent_groups(web: Heldback227Web) -> None:
    host = "www.derbyshire.gov.uk"
    text, robots = _robots(web, host)
    assert text.count("User-agent:") == 3
    assert not robots.can_fetch("GPTBot", f"http://{host}/")
    assert robots.can_fetch("cctv-audit", f"http://{host}/") and not robots.can_fetch(
        "cctv-audit", f"http://{host}/site-search?query=cctv"
    )


def test_welsh_twin_councils_sla_and_bs_7958(web: Heldback227Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    en = "/en/Community-Wellbeing/Community-Safety/Crime-Prevention/CCTV-releasingforevidence/CCTV.aspx"
    cy = "/cy/Community-Wellbeing/Community-Safety/Crime-Prevention/CCTV-releasingforevidence/Teledu-Cylch-Cyfyng.aspx"
    assert f"http://{host}{cy}" in _links(web, host, en) and 'lang="cy"' in _html(web, host, cy)
    main = _main(web, host, en)
    assert "service level agreement between the councils" in main and "BS 7958" in main
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_on_registration_page_and_in_publication_scheme(web: Heldback227Web, truth: dict) -> None:
    for host, path, crit in (
        (
            "www.middevon.gov.uk",
            "/your-council/data-protection-and-freedom-of-information/our-registration-with-the-information-commissioner",
            "cameras",
        ),
        ("www.lewes-eastbourne.gov.uk", "/about-the-council/freedom-of-information/publication-scheme", "policy"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "CCTV Annual Update" in _html(web, "democracy.middevon.gov.uk", "/mgAi.aspx?ID=4676")
    assert "<li>Eastbourne town centre CCTV code of practice" in _html(
        web, "www.lewes-eastbourne.gov.uk", "/about-the-council/freedom-of-information/publication-scheme"
    )


def test_crawl_delay_forbidden_archive_and_spoc_contact_box(web: Heldback227Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    text, robots = _robots(web, host)
    assert "Crawl-delay: 1" in text
    pg = "/for-you/crime-safety-emergencies/cctv-surveillance-systems/"
    links = _links(web, host, pg)
    old = f"http://{host}/media/archive/cctv-code-of-practice-2014.pdf"
    pdf = f"http://{host}/media/2217/public-space-camera-surveillance-privacy-notice.pdf"
    assert old in links and pdf in links
    assert not robots.can_fetch("cctv-audit", old) and robots.can_fetch("cctv-audit", pdf)
    assert "(.pdf) (148KB)" in _html(web, host, pg)
    req = f"{pg}requesting-surveillance-footage/"
    assert '<div class="contact-box"><h2>Who to contact</h2><p>The council' in _html(web, host, req)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and all(urlsplit(e["url"]).path == req for e in d["5.3"]["evidence"])
    assert old not in d["5.1"]["pages"]


def test_retention_only_in_retention_schedule(web: Heldback227Web, truth: dict) -> None:
    host = "www.north-herts.gov.uk"
    sched = "/sites/northherts-cms/files/2024-05/corporate-retention-schedule.pdf"
    assert "30 days" not in _main(web, host, "/cctv-and-footage-requests")
    assert _linking(web, host, f"http://{host}{sched}") == {
        f"http://{host}/your-council/transparency/retention-schedule"
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["retention"] and f"http://{host}{sched}" in d["5.1"]["pages"]
    assert "Joint Executive" in _html(web, "democracy.north-herts.gov.uk", "/mgCommitteeDetails.aspx?ID=611")
    assert d["5.5"]["status"] == "not_met"


def test_legacy_agreement_only_under_publication_scheme_class(web: Heldback227Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    ps = f"http://{host}/by-category/council-and-democracy2/foi/publication-scheme"
    assert doc["signed"] and _no_extension(doc["url"]) and _linking(web, host, doc["url"]) == {ps}
    assert "<h2>6. Lists and registers</h2>" in _html(web, host, urlsplit(ps).path)
    assert d["5.2"]["level"] == "step2" and "<img" not in _html(
        web, host, "/by-category/community-and-living2/csp/cctv"
    )
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_draft_word_agreement_and_councils_sla(web: Heldback227Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "service level agreement with Wychavon District Council" in _main(web, host, "/community-safety/cctv")
    assert d["5.3"]["status"] == "met"


def test_partner_certification_is_not_the_councils(web: Heldback227Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    assert "holds full certification" in _main(web, host, "/privacy/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert not web.sites[host].az


def test_standards_table_step_2_and_protocol_on_documents_page(web: Heldback227Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    html = _html(web, host, "/CCTV")
    assert "<td>BS 7958 CCTV management and operation</td>" in html
    assert "<td>Surveillance Camera Code of Practice third-party certification, step 2</td>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/CCTV/documents"}
    assert d["5.2"]["awarded"] == "2022-06"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback227Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.derbyshire.gov.uk", "www.southhams.gov.uk", "www.arun.gov.uk"})
    assert "Sussex Police" in _html(web, "democracy.arun.gov.uk", "/mgAi.aspx?ID=8514")
