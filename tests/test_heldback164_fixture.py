"""The hundred-and-sixty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. Certification in its several forms: a lapsed step 2
stated only in a page-history block; a recertification only in a code PDF and a certificate PDF linked as
'Certificate'; step 2 only in the council's own news release (with a Welsh twin) beside a stepless certificate of
compliance; step 1 only in a mark's alt text and file name on an annual report page. Near-misses: a self-assessment
page saying no certification was applied for; NSI Gold and BS 7958 held by a monitoring company; 'working towards';
'award-winning'; 'operated in line with the Code' in a myth-and-fact list; another council's certification on the
council's own page and in news. Also: a SPOC in a roles table, on a code page, in a code PDF's appendix and in a
myth-and-fact page; a signed Word agreement, a signed protocol PDF and a partnership statement signed at the front of
a code; path-translated Welsh twins; one-fact councils (a performance table row, a fly-tipping page); democracy hosts;
and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback164.truth import TRUTH_PATH
from fixtures.heldback164.web import Heldback164Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback164Web:
    return Heldback164Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils_of_the_brief_mix(web: Heldback164Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 164)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally
    levels = {a["heldback"]["host"]: a["deliverables"]["5.2"]["level"] for a in truth["authorities"]}
    assert sorted(v for v in levels.values() if v) == ["step1", "step2", "step2", "step2"]


def test_lapsed_step_2_only_in_the_page_history_block(web: Heldback164Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    cc = "/safety-crime-and-emergencies/safety-in-kingston/cctv-images"
    how = f"{cc}/how-we-use-public-space-cctv"
    page = _html(web, host, how)
    body, history = page.split('<section class="page-history">', 1)
    assert "step 2" not in body.lower() and "certif" not in body.lower() and "<img" not in page
    assert "(step 2) certification" in history and "lapsed when the Commissioner's scheme closed" in history
    assert '<time datetime="2025-11-24">' in history
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-07"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]["evidence"]) == {how}
    assert "We have 107 fixed public space cameras" in _main(web, host, f"{cc}/where-our-cameras-are")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvenquiries@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "penalty charge notice" in _main(web, host, "/parking-roads-and-travel/camera-enforcement")
    assert "Senior Responsible Officer for RIPA" in _main(web, host, "/council-and-democracy/covert-surveillance")


def test_self_assessment_is_not_certification_spoc_table_and_signed_word_agreement(
    web: Heldback164Web, truth: dict
) -> None:
    host = "www.rotherham.gov.uk"
    cc = "/community-safety-and-crime/cctv"
    sa = _main(web, host, f"{cc}/checking-ourselves-against-the-code")
    assert "We have not applied for third-party certification" in sa and "self-assessment tool" in sa
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    gov = f"{cc}/who-looks-after-our-cameras"
    html = _html(web, host, gov)
    assert '<th scope="col">Role</th><th scope="col">Who</th><th scope="col">Contact</th>' in html
    assert "<td>Single point of contact (SPOC) for surveillance camera systems</td>" in html
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {gov}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and doc["date"] == "2024-03-21"
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of South Yorkshire Police" in text and "Rotherham Metropolitan" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{gov}"}
    assert "approved camera system" in _main(web, host, "/licensing/cctv-in-licensed-vehicles")
    item = "http://moderngov.rotherham.gov.uk/mgAi.aspx?ID=93678"
    assert _linking(web, host, item) and not any("moderngov" in u for u in d["5.1"]["pages"])


def test_recertification_only_in_code_and_certificate_pdfs(web: Heldback164Web, truth: dict) -> None:
    host = "www.york.gov.uk"
    root = "/info/20114/york_city_centre"
    cop = f"{root}/3377/cctv_code_of_practice_certificate_and_impact_assessments"
    cert = "/downloads/file/4411/scc-certificate-2022.pdf"
    code = "/downloads/file/4410/cctv-code-of-practice-2024.pdf"
    assert f'<a href="{cert}">Certificate</a> (PDF, 96 KB)' in _html(web, host, cop)
    for page in (cop, f"{root}/1432/cctv"):
        assert "step" not in _main(web, host, page).lower()
    ctext = _text(web, host, cert)
    assert "Full certification (step 2) - recertification" in ctext and "Date of issue: 16 May 2022" in ctext
    assert "recertified in May 2022" in _text(web, host, code)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-05-16" and not d["5.2"]["mark_displayed"]
    assert _paths(d["5.2"]["evidence"]) == {cert, code}
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {cop}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    item = "http://democracy.york.gov.uk/mgAi.aspx?ID=44120"
    assert _linking(web, host, item) and item not in d["5.1"]["pages"]


def test_step_2_only_in_the_councils_own_news_release_with_welsh_twins(web: Heldback164Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    cc = "/services/emergencies-and-crime-prevention/cctv"
    pol = f"{cc}/cctv-policy"
    gc = "/cy/gwasanaethau/argyfyngau-ac-atal-troseddau/teledu-cylch-cyfyng"
    gp = f"{gc}/polisi-teledu-cylch-cyfyng"
    rel = "/news/2017/cctv-control-room-awarded-full-certification"
    relcy = "/cy/newyddion/2017/ystafell-reoli-tcc-yn-ennill-ardystiad-llawn"
    for en, cy in ((cc, gc), (pol, gp), (rel, relcy)):
        assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
        assert '<html lang="cy">' in _html(web, host, cy)
    main = _main(web, host, pol)
    assert "certificate of compliance" in main and "BS 7958" in main and "step" not in main.lower()
    assert "step 2 full certification" in _main(web, host, rel) and "cam 2" in _main(web, host, relcy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-01"
    assert _paths(d["5.2"]["evidence"]) == {rel, pol}
    assert f"http://{host}{gp}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["standards"]
    assert "BS 7958:2015" in _text(web, host, "/documents/cctv/cctv-annual-review-and-report-2024.pdf")
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Gwent"
        and "Signed on behalf of Gwent Police" in _text(web, host, urlsplit(doc["url"]).path)
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_1_only_in_the_marks_alt_text_and_file_name(web: Heldback164Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    cc = "/community-and-living/closed-circuit-television-cctv"
    ar = f"{cc}/cctv-annual-report-2023-to-2024"
    html = _html(web, host, ar)
    assert '<img src="/images/certification/scc-step-one-desktop-certified-2021.png" alt="' in html
    assert "step one (desktop) certification, awarded 2021" in html
    for page in (ar, cc):
        assert "step" not in _main(web, host, page).lower() and "certif" not in _main(web, host, page).lower()
    assert _linking(web, host, f"http://{host}{ar}") == {f"http://{host}{cc}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "These are police cameras" in _main(web, host, cc) and d["5.5"]["status"] == "not_met"


def test_near_misses_are_not_certification(web: Heldback164Web, truth: dict) -> None:
    cases = [
        (
            "www.eastsuffolk.gov.uk",
            "/community/community-safety/cctv/who-runs-the-control-room",
            "holds NSI Gold approval",
        ),
        ("www.eastsuffolk.gov.uk", "/community/community-safety/cctv/who-runs-the-control-room", "BS 7958"),
        ("www.newcastle-staffs.gov.uk", "/community-safety/town-centre-cctv", "We are working towards third-party"),
        ("www.west-norfolk.gov.uk", "/article/2417/cctv", "award-winning control room"),
        ("www.blaby.gov.uk", "/community-and-living/community-safety/public-space-cctv", "operated in line with the"),
        (
            "www.babergh.gov.uk",
            "/community/safer-communities/cctv-in-sudbury-and-hadleigh",
            "The West Suffolk control room that watches our cameras holds full certification",
        ),
        ("www.midsuffolk.gov.uk", "/news/stowmarket-cameras-to-be-watched-from-bury", "holds full certification"),
    ]
    for host, path, words in cases:
        assert words in _main(web, host, path), (host, words)
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met", host
    assert "BS 7958" in _text(web, "www.west-norfolk.gov.uk", "/media/5120/cctv-code-of-practice-2023.pdf")


def test_company_run_room_and_councils_agreements_are_not_police_agreements(web: Heldback164Web, truth: dict) -> None:
    es = _main(web, "www.eastsuffolk.gov.uk", "/community/community-safety/cctv/who-runs-the-control-room")
    assert "service agreement with the council" in es
    nl = _main(web, "www.newcastle-staffs.gov.uk", "/community-safety/town-centre-cctv")
    assert "service agreement between the two councils" in nl
    for host in ("www.eastsuffolk.gov.uk", "www.newcastle-staffs.gov.uk"):
        assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    d = _auth(truth, "www.newcastle-staffs.gov.uk")["deliverables"]
    assert d["5.3"]["status"] == "not_met"
    ripa = _main(web, "www.newcastle-staffs.gov.uk", "/your-council/data-protection/covert-surveillance")
    assert "Senior Responsible Officer" in ripa
    bab = _auth(truth, "www.babergh.gov.uk")["deliverables"]
    assert bab["5.5"]["status"] == "partial" and not bab["5.5"]["documents"]


def test_spoc_and_signed_partnership_statement_only_in_the_code_pdf(web: Heldback164Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    code = "/media/5120/cctv-code-of-practice-2023.pdf"
    text = _text(web, host, code)
    assert text.index("Signed for Norfolk Constabulary") < text.index("1. Introduction and objectives")
    assert "designated single point of contact" in text
    assert "single point of contact" not in _main(web, host, "/article/2417/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {code}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk" and doc["date"] == "2023-09-19"
    assert "Breckland District Council and Great Yarmouth" in _main(web, host, "/article/2417/cctv")


def test_myth_and_fact_page_with_spoc(web: Heldback164Web, truth: dict) -> None:
    host = "www.blaby.gov.uk"
    cc = "/community-and-living/community-safety/public-space-cctv"
    html = _html(web, host, cc)
    assert '<div class="myth-buster">' in html and html.count("<h3>Myth: ") == 6
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {cc}
    assert d["5.5"]["status"] == "partial" and "being drawn up" in _main(web, host, cc)


def test_one_fact_councils(web: Heldback164Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.midsuffolk.gov.uk", "statistics", "/about-us/performance/quarterly-performance-report-2024-25-quarter-2"),
        ("www.westoxon.gov.uk", "other_systems", "/bins-and-recycling/fly-tipping"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    row = "<tr><td>Incidents logged from the Stowmarket town centre CCTV</td><td>187</td><td>164</td>"
    assert row in _html(
        web, "www.midsuffolk.gov.uk", "/about-us/performance/quarterly-performance-report-2024-25-quarter-2"
    )
    assert "Thames Valley Police" in _main(web, "www.westoxon.gov.uk", "/community-and-living/community-safety")
    item = "http://meetings.westoxon.gov.uk/mgAi.aspx?ID=3912"
    assert _linking(web, "www.westoxon.gov.uk", item)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback164Web, truth: dict) -> None:
    hosts = {"www.derbyshire.gov.uk", "www.bolsover.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    for host in hosts:
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert '<main id="main">' not in _html(web, "www.bolsover.gov.uk", "/")
    assert "run by the district and borough councils" in _main(
        web, "www.derbyshire.gov.uk", "/community/community-safety/community-safety.aspx"
    )
