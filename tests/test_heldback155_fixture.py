"""The hundred and fifty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows of the brief's mix, none in the fifteen sets before; the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a 'which cameras are
ours?' table, a SPOC on a governance sub-page and a signed Met agreement linked from the footage page; a step 2 claim
only in the annual governance statement and a town council's self-assessment in the parish directory; a four-part
article with a step 1 claim only as a completed action in an annual review PDF; a county whose only disclosure is a
lifting bridge's privacy notice, with a CMIS host; Welsh-first twins and a bilingual report without extension; a SPOC
in a 'Who is responsible' box beside a Word form; a signed deed of accession to a police-led
partnership; seven facts spread one to a page with no camera page at all; a signed police monitoring agreement beside
a SPOC; a step 2 claim kept after a yearly review on an HTML annual report; one-fact councils whose fact sits in a
table cell and a definition list; robots.txt forbidding the search; councils that publish nothing but carry
look-alikes).
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

from fixtures.heldback155.truth import TRUTH_PATH
from fixtures.heldback155.web import Heldback155Web


@pytest.fixture(scope="module")
def web() -> Heldback155Web:
    return Heldback155Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(items: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in items}


def test_fresh_councils_of_the_brief_mix(web: Heldback155Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 155)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_which_cameras_are_ours_table_governance_spoc_and_met_agreement(web: Heldback155Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    pg = "/community-safety-and-engagement/cctv"
    html = _html(web, host, pg)
    assert "<caption>Cameras in Haringey</caption>" in html and "School Streets cameras" in html
    d = _auth(truth, host)["deliverables"]
    gov = f"{pg}/camera-governance"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {gov}
    assert "single point of contact" not in _main(web, host, pg)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}/request-cctv-footage"}
    minutes = "www.minutes.haringey.gov.uk"
    assert minutes in web.sites[host].hosts()
    assert "School Streets" in _main(web, minutes, "/mgAi.aspx?ID=91472")
    assert not any(minutes in u for k in d for u in _paths(d[k]["evidence"]))


def test_step_2_only_in_governance_statement_and_town_council_self_assessment(web: Heldback155Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    pg = "/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    assert "step 2" not in _main(web, host, pg).lower() and "certif" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    ags = "/beta/information-and-data/pdf/annual-governance-statement-2023-24.pdf"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and _paths(d["5.2"]["evidence"]) == {ags}
    assert "Regulation of Investigatory Powers Act" in _text(web, host, ags)
    meltham = "/beta/your-council/town-and-parish-councils/meltham-town-council.aspx"
    assert "self-assessment tool" in _main(web, host, meltham)
    assert f"http://{host}{meltham}" not in d["5.1"]["pages"]
    assert d["5.1"]["criteria"]["foi"] and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_four_part_article_and_step_1_as_a_completed_action(web: Heldback155Web, truth: dict) -> None:
    host = "www.centralbedfordshire.gov.uk"
    art = "/info/43/community_safety/149/closed_circuit_television_cctv"
    for i, part in enumerate([art, f"{art}/2", f"{art}/3", f"{art}/4"], 1):
        assert '<nav class="article-contents"><h2>Contents</h2>' in _html(web, host, part), i
    d = _auth(truth, host)["deliverables"]
    review = "/downloads/file/8804/cctv_annual_review_2024_25"
    assert _no_extension(review) and _paths(d["5.2"]["evidence"]) == {review}
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "Complete: certificate issued October 2022" in _text(web, host, review)
    assert all("step" not in _main(web, host, p).lower() for p in [art, f"{art}/2", f"{art}/3", f"{art}/4"])
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_county_disclosure_is_a_bridge_privacy_notice_with_cmis_papers(web: Heldback155Web, truth: dict) -> None:
    host = "www.norfolk.gov.uk"
    a = _auth(truth, host)
    pn = "/article/60340/Great-Yarmouth-Herring-Bridge-CCTV-privacy-notice"
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{pn}"]
    assert sum(a["deliverables"]["5.1"]["criteria"].values()) >= 5
    assert "moving traffic" in _main(web, host, "/article/39356/Highways-privacy-notice")
    cmis = "norfolkcc.cmis.uk.com"
    assert cmis in web.sites[host].hosts() and not web.sites[host].az
    meeting = "/norfolkcc/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/2101/Committee/22/Default.aspx"
    assert "camera system" in _main(web, cmis, meeting)
    assert all(a["deliverables"][k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_welsh_first_twins_and_bilingual_report_without_extension(web: Heldback155Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    report = "/en/documents/cctv-annual-monitoring-report-2023-24"
    r = _render(web, f"http://{host}{report}")
    assert _no_extension(report) and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, report)
    assert text.index("Cymraeg") < text.index("English") < text.index("114 requests")
    assert "114" not in _main(web, host, "/en/resident/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_in_a_responsible_box_and_a_word_form(web: Heldback155Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    html = _html(web, host, "/cctv")
    box = html.split('<aside class="responsible">', 1)[1].split("</aside>", 1)[0]
    assert "single point of contact" in box and "single point of contact" not in html.replace(box, "")
    form = "/media/812/cctv-access-request-form.docx"
    r = _render(web, f"http://{host}{form}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Who is responsible" not in _text(web, host, form)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert not any("/news" in u for u in d["5.1"]["pages"])


def test_signed_deed_of_accession_on_a_partnerships_page(web: Heldback155Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley" and _no_extension(doc["url"])
    tvp = f"http://{host}/council-and-democracy/partnerships/thames-valley-cctv-partnership"
    assert _linking(web, host, doc["url"]) == {tvp}
    assert "Deed of Accession" in _text(web, host, urlsplit(doc["url"]).path)
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_facts_spread_one_to_a_page_with_no_camera_page(web: Heldback155Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "met" and len(d51["pages"]) == sum(d51["criteria"].values()) == 7
    site = web.sites[host]
    for url in d51["pages"]:
        title = site.pages[(host, urlsplit(url).path)].title.lower()
        assert "cctv" not in title and "camera" not in title, title
    titled = [p.path for p in site.pages.values() if "cctv" in p.title.lower() and p.host == host]
    assert sorted(titled) == ["/jobs/cctv-manager-part-time", "/news/cctv-upgrade-completed"]


def test_signed_police_monitoring_agreement_beside_a_spoc(web: Heldback155Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    pg = "/residents/community-safety/video-surveillance"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Surrey" and doc["date"] == "2017-03-29"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert "Ashley Centre" in _main(web, host, pg)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pg}
    assert "democracy.epsom-ewell.gov.uk" in web.sites[host].hosts()


def test_step_2_kept_after_yearly_review_on_an_html_annual_report(web: Heldback155Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    rep = "/about-us/performance-and-spending/cctv-annual-report-2023-24/"
    html = _html(web, host, rep)
    assert "<img" not in html and "<li>We kept our full step 2 certification" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2021" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_robots_forbid_search_and_no_search(web: Heldback155Web, truth: dict) -> None:
    for host in ("www.cherwell.gov.uk", "eastdevon.gov.uk", "www.burnley.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    for host in ("www.lancaster.gov.uk", "www.gravesham.gov.uk"):
        assert web.sites[host].search is None, host
    assert '<main id="main">' not in _html(web, "www.lancaster.gov.uk", "/")


def test_one_fact_councils(web: Heldback155Web, truth: dict) -> None:
    for host, crit, path, tag in (
        ("www.melton.gov.uk", "cameras", "/business/melton-mowbray-market", "<dd>"),
        (
            "www.gravesham.gov.uk",
            "operator",
            "/home/community-and-living/community-safety/community-safety-unit",
            "<td>",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        quote = d51["evidence"][0]["quote"]
        assert f"{tag}{quote}" in _html(web, host, path) or f"{tag}We oversee {quote}" in _html(web, host, path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback155Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lancaster.gov.uk", "eastdevon.gov.uk", "www.burnley.gov.uk"})
    assert "Exmouth Town Council owns and runs" in _main(
        web, "eastdevon.gov.uk", "/council-and-democracy/town-and-parish-councils/exmouth-town-council"
    )
