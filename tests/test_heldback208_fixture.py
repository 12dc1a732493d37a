"""The two hundred and eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. Certification in its shapes: full certification only in
the text nodes of an inline SVG badge (no image, no sentence); a stepless mark whose link is the only way to an HTML
certificate page (step 2, renewed, no longer current); step 2 by IQ Verify only in a code's revision history; step 2
only in a bilingual Welsh and English certificate PDF; and the near misses - an application overtaken by the scheme's
closure, BS 7958 and BS 10800 in an annual review, the hub's certificate in a hosted leaflet, a contractor's NSI Gold
image in news, a police commendation and operators' licences, a self-assessment that says no certification was sought,
a BS 7958 inspection in a key-facts box. Also: a 'what people say / the facts' table; a SPOC only on a self-assessment
cover sheet, only in a governance statement PDF, in a key-facts box and on page 2 of a paged article; agreements
linked only from a camera map legend, from a bullet, and as a Word file without extension; a town council's funding
agreement beside a police mention; a page filed under data protection; one-fact councils; councils publishing nothing.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback208.truth import TRUTH_PATH
from fixtures.heldback208.web import Heldback208Web


@pytest.fixture(scope="module")
def web() -> Heldback208Web:
    return Heldback208Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback208Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 208)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_full_certification_only_in_svg_text_nodes(web: Heldback208Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    pg = "/article/3168/CCTV-and-security"
    html = _html(web, host, pg)
    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert re.search(r"<text[^>]*>Full certification awarded 27 February 2017</text>", svg)
    assert "<img" not in html.split('<main id="main">', 1)[1]
    prose = " ".join(re.findall(r"<p>(.*?)</p>", html))
    assert "certification" not in prose.lower() and "certified" not in prose.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"] == {
        "status": "met",
        "level": "step2",
        "awarded": "2017-02-27",
        "mark_displayed": True,
        "evidence": [{"url": f"http://{host}{pg}", "quote": "Full certification awarded 27 February 2017"}],
    }
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_stepless_mark_is_the_only_way_to_an_html_certificate(web: Heldback208Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    pg = "/info/20109/crime_and_law_enforcement/112/cctv"
    cert = "/info/20109/crime_and_law_enforcement/1190/cctv_certification"
    html = _html(web, host, pg)
    assert f'<a href="{cert}"><img src="/images/scc-certification-mark.png" alt="SCC certification mark"></a>' in html
    assert "step" not in _main(web, host, pg).lower()
    assert _linking(web, host, f"http://{host}{cert}") == {f"http://{host}{pg}"}
    main = _main(web, host, cert)
    assert "Step 2 (full certification)" in main and "Renewed" in main and "no longer current" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018-03-14"
    assert "British Standard" in _main(web, host, pg) and d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "not_met"


def test_step_2_only_in_the_code_revision_history_on_a_paged_article(web: Heldback208Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    art = "/safety-emergencies/public-safety-emergencies"
    assert {f"http://{host}{art}", f"http://{host}{art}/3"} <= _linking(web, host, f"http://{host}{art}/2")
    assert "<strong>2</strong>" in _html(web, host, f"{art}/2")
    main = _main(web, host, f"{art}/2")
    assert "certif" not in main.lower() and "single point of contact" in main
    code = "/media/6120/cctv-code-of-practice-2024.pdf"
    text = _text(web, host, code)
    assert "3.0 | March 2019 | Section 5.6 updated after the scheme was awarded step 2 certification" in text
    assert "IQ Verify" in text and text.count("step 2") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "democratic.lincoln.gov.uk" in web.sites[host].hosts()
    assert not any("democratic" in u for u in d["5.1"]["pages"])


def test_bilingual_certificate_pdf_and_standards_in_the_review(web: Heldback208Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    cert = "/media/2291/tystysgrif-cydymffurfio-certificate-of-compliance.pdf"
    text = _text(web, host, cert)
    assert "wedi cyflawni Cam 2 - Ardystiad Llawn" in text and "has achieved Step 2 - Full Certification" in text
    for sub in ("", "/cctv-faqs", "/cctv-policy"):
        assert "step 2" not in _main(web, host, f"/services/emergencies-and-crime-prevention/cctv{sub}").lower()
    review = _text(web, host, "/media/3318/cctv-annual-review-and-report-2024.pdf")
    assert "BS 7958:2015" in review and "BS 10800:2020" in review and "certif" not in review.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2017-01-12" and not d["5.2"]["mark_displayed"]
    assert f"http://{host}/cy/gwasanaethau/argyfyngau-ac-atal-troseddau/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/gwasanaethau/argyfyngau-ac-atal-troseddau/teledu-cylch-cyfyng")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_application_overtaken_by_closure_spoc_on_sat_cover_and_isa_from_map_legend(
    web: Heldback208Web, truth: dict
) -> None:
    host = "www.nottinghamcity.gov.uk"
    main = _main(web, host, "/cctv")
    assert "applied for the desktop stage" in main and "has not been certified" in main
    assert "single point of contact" not in main.lower()
    sat = "/media/4821/nottingham-cctv-self-assessment-2024.pdf"
    assert "Single point of contact for surveillance cameras" in _text(web, host, sat).split("Principle 1")[0]
    isa = f"http://{host}/media/4907/follow-me-information-sharing-agreement.pdf"
    assert _linking(web, host, isa) == {f"http://{host}/cctv/camera-map"}
    assert "Legend: Cameras marked F" in _main(web, host, "/cctv/camera-map")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {sat}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and doc["url"] == isa
    assert not web.sites[host].az


def test_what_people_say_table_and_near_miss_honours(web: Heldback208Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    pg = "/cms/crime_and_public_safety/crime_prevention/cctv.aspx"
    html = _html(web, host, pg)
    assert '<th scope="col">What people say</th><th scope="col">The facts</th>' in html
    table = html.split('<table class="myth-fact">', 1)[1].split("</table>", 1)[0]
    assert "wiped after 31 days" in table and "information sharing agreement" in table and "<q>" in table
    assert "Police Commendation" in table and "public space surveillance licence" in table
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_spoc_only_in_governance_statement_and_word_isa_without_extension(web: Heldback208Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    for pg in ("/pages/cctv", "/pages/about-the-camera-system", "/pages/apply-for-access-to-cctv-information"):
        assert "single point of contact" not in _main(web, host, pg).lower(), pg
    gov = "/files/surveillance-camera-governance-statement-2024.pdf"
    assert "single point of contact for surveillance cameras" in _text(web, host, gov)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "CCTV-ISA-Leicestershire-Police.docx" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/pages/apply-for-access-to-cctv-information"}
    sat = _text(web, host, "/files/cctv-self-assessment-2024.pdf")
    assert "has not sought third-party certification" in sat and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met"


def test_hub_certificate_only_in_a_hosted_leaflet(web: Heldback208Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    pg = "/info/20094/data_protection_and_freedom_of_information/174/cctv"
    leaflet = "/downloads/file/1187/east_lancashire_cctv_hub_leaflet"
    assert _no_extension(leaflet) and "full certification" in _text(web, host, leaflet)
    assert "Blackburn with Darwen" in _text(web, host, leaflet)
    assert "certif" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["status"] == "met"
    assert not any(leaflet in u for u in d["5.1"]["pages"])


def test_signed_agreement_from_a_bullet_and_figures_in_quarterly_reports(web: Heldback208Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    pg = "/streets-parking-transport/cctv"
    agree = f"http://{host}/media/7021/cctv-live-access-agreement-cambridgeshire-constabulary.pdf"
    assert (
        f'<li>gives Cambridgeshire Constabulary live and recorded access under a signed data access agreement (<a href="{urlsplit(agree).path}">'
        in _html(web, host, pg)
    )
    assert _linking(web, host, agree) == {f"http://{host}{pg}"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == agree and doc["signed"] and doc["force"] == "Cambridgeshire"
    assert d["5.1"]["criteria"]["statistics"] and d["5.2"]["status"] == "not_met"
    assert "partnership award" in _text(web, host, "/media/7710/hawk-eye-report-october-to-december-2024.pdf")


def test_spoc_in_key_facts_box_and_town_council_funding_agreement(web: Heldback208Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    pg = "/vale-of-white-horse-district-council/community/community-safety/cctv"
    html = _html(web, host, pg)
    aside = html.split('<aside class="key-facts">', 1)[1].split("</aside>", 1)[0]
    assert "<dt>Single point of contact for surveillance cameras</dt>" in aside and "BS 7958" in aside
    assert "funding agreement" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert all("Abingdon Town Council" not in e["quote"] for e in d["5.5"]["evidence"])


def test_one_fact_councils(web: Heldback208Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.eastherts.gov.uk", "operator", "/community-safety/cctv"),
        ("www.havant.gov.uk", "cameras", "/regeneration/waterlooville-town-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    html = _html(web, "www.eastherts.gov.uk", "/news/monitoring-contractor-keeps-nsi-gold")
    assert 'alt="NSI Gold certificate - BS 7958 - monitoring contractor"' in html
    assert 'href="https://www.hertfordshirecctv.co.uk/"' in _html(web, "www.eastherts.gov.uk", "/community-safety/cctv")
    assert "democracy.eastherts.gov.uk" in web.sites["www.eastherts.gov.uk"].hosts()
    assert "Meridian Centre" in _main(web, "www.havant.gov.uk", "/regeneration/havant-town-centre")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback208Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.eastsussex.gov.uk", "www.cotswold.gov.uk", "www.highpeak.gov.uk"})
    assert "does not run town centre CCTV" in _main(
        web, "www.eastsussex.gov.uk", "/community/community-safety/town-centre-cameras"
    )
    site = web.sites["www.highpeak.gov.uk"]
    assert site.search is None and site.chrome == "legacy"
    assert '<main id="main">' not in _html(web, "www.highpeak.gov.uk", "/")
