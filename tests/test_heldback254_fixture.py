"""The two hundred and fifty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a SPOC only in an organisation chart image's alt text; an
empty-alt mark whose step 2 claim is only in an annual report served without extension; a step 2 claim only in a
certificate behind an 'NSI Certificate of compliance' link (no extension, expired by its own term); a step 1 claim only
in a file-name alt text inside a team table; a step 1 claim in a principles table row; a SPOC only in a Word structure
chart without extension; a SPOC only in an annual report's key personnel table beside partner rows; a SPOC in a team
table reached by a contact form beside another 'single point of contact'; a signed Met agreement only behind the
insurers' evidence page; a signed three-party protocol at a handler address; a signed partnership agreement as Word
behind an officer decision; a draft Word agreement; a partner council's certification, a contractor's NSI Gold, a
shopping centre's award and an applied-for certification that are not the council's; a PCC grant agreement; one-fact
councils; and councils that publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback254.truth import TRUTH_PATH
from fixtures.heldback254.web import Heldback254Web


@pytest.fixture(scope="module")
def web() -> Heldback254Web:
    return Heldback254Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback254Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 254)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_spoc_only_in_org_chart_alt_and_step_2_only_in_extensionless_report(web: Heldback254Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    team = "/info-pages/cctv/who-looks-after-our-cameras"
    assert "single point of contact" not in _main(web, host, team).lower()
    assert "single point of contact (SPOC)" in _html(web, host, team)
    page = _html(web, host, "/info-pages/cctv")
    assert '<img src="/images/scc-certification-mark.png" alt="">' in page and "step 2" not in page.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {team}
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "step 2 full certification" in _text(web, host, urlsplit(ev["url"]).path)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_step_2_only_behind_nsi_certificate_link_expired(web: Heldback254Web, truth: dict) -> None:
    host = "www.stockton.gov.uk"
    cert = f"http://{host}/downloads/file/3310/nsi-certificate-of-compliance"
    assert _linking(web, host, cert) == {f"http://{host}/security-centre"}
    assert "NSI Certificate of compliance" in _main(web, host, "/security-centre")
    assert "step 2" not in _main(web, host, "/security-centre").lower() and _no_extension(cert)
    text = _text(web, host, urlsplit(cert).path)
    assert "Step 2 full certification" in text and "Valid until 13 March 2023" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018-03-14" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "<table>" in _html(web, host, "/operational-requirements")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_1_only_in_file_name_alt_inside_team_table(web: Heldback254Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    pg = "/info/20013/community_safety/336/cctv"
    html = _html(web, host, pg)
    cell = html.split("<td>CCTV Manager</td>", 1)[1].split("</tr>", 1)[0]
    assert 'alt="SCC_certified_step1_desktop_2018"' in cell
    assert "step" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert "Tunbridge Wells" in _main(web, host, pg) and d["5.5"]["status"] == "partial"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_spoc_only_in_extensionless_word_chart_and_step_1_table_row(web: Heldback254Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    pg = "/home/community-living/community-safety/cctv"
    chart = f"http://{host}/docs/default-source/community-safety/structure-chart"
    assert _linking(web, host, chart) == {f"http://{host}{pg}"} and _no_extension(chart)
    r = _render(web, chart)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "single point of contact" not in _main(web, host, pg).lower()
    assert "single point of contact for surveillance cameras" in _text(web, host, urlsplit(chart).path)
    assert "<td>8. Standards</td>" in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_spoc_only_in_annual_report_key_personnel(web: Heldback254Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    report = "/downloads/download/88/cctv-annual-report-2023-2024.pdf"
    text = _text(web, host, report)
    assert "Key personnel" in text and "Three Spires Shopping Centre | Supervises operators" in text
    assert (
        "single point of contact" not in _main(web, host, "/community-safety/cctv-closed-circuit-television/1").lower()
    )
    assert 'alt="Park Mark Safer Parking award - Three Spires car park"' in _html(
        web, host, "/community-safety/cctv-closed-circuit-television/1"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {report}
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_spoc_in_team_table_with_form_beside_other_single_points(web: Heldback254Web, truth: dict) -> None:
    host = "www.eastleigh.gov.uk"
    team = "/our-community/community-safety/meet-the-team"
    main = _main(web, host, team)
    assert main.count("Single point of contact") == 2 and "@" not in main
    assert f"http://{host}{team}" in _linking(web, host, f"http://{host}/contact-us/community-safety")
    assert '<a href="/contact-us/community-safety">Contact form</a>' in _html(web, host, team)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "grant agreement with the Office of the Police and Crime Commissioner" in _main(
        web, host, "/our-community/community-safety/cctv"
    )
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["self_assessment"]


def test_signed_agreements_in_odd_places(web: Heldback254Web, truth: dict) -> None:
    cases = (
        ("www.hillingdon.gov.uk", "/safer-hillingdon/cctv-hillingdon/evidence-for-insurers-and-solicitors", "pdf"),
        ("www.fenland.gov.uk", "/article/1363/CCTV-performance", "pdf"),
        ("www.cherwell.gov.uk", "/info/33/decisions/2840/officer-decision-thames-valley-cctv-partnership", "openxml"),
    )
    for host, page, kind in cases:
        d = _auth(truth, host)["deliverables"]
        (doc,) = d["5.5"]["documents"]
        assert d["5.5"]["status"] == "met" and doc["signed"], host
        assert _linking(web, host, doc["url"]) == {f"http://{host}{page}"}, host
        assert kind in (_render(web, doc["url"]).header("Content-Type") or ""), host
        assert _no_extension(doc["url"]) or "?" in doc["url"], host
    assert urlsplit(_auth(truth, "www.fenland.gov.uk")["deliverables"]["5.5"]["documents"][0]["url"]).query
    assert '<main id="main">' not in _html(web, "www.fenland.gov.uk", "/")


def test_certification_look_alikes_are_not_the_councils(web: Heldback254Web, truth: dict) -> None:
    fen = _text(web, "www.fenland.gov.uk", "/CHttpHandler.ashx?id=22106&p=0")
    assert "Peterborough City Council's CCTV service" in fen and "step 2" in fen
    assert "NSI Gold" in _main(web, "www.hillingdon.gov.uk", "/safer-hillingdon/cctv-hillingdon")
    assert "Applied for in August 2023" in _main(web, "www.basingstoke.gov.uk", "/cctv-commitments")
    for host in ("www.fenland.gov.uk", "www.hillingdon.gov.uk", "www.basingstoke.gov.uk", "www.lichfielddc.gov.uk"):
        assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met", host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.wakefield.gov.uk", "other_systems", "/community-safety/body-worn-cameras"),
        ("www.westdevon.gov.uk", "cameras", "/public-toilets/tavistock-guildhall"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback254Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.staffordshire.gov.uk", "www.pembrokeshire.gov.uk", "www.adur-worthing.gov.uk"}
    )
    assert 'lang="cy"' in _html(web, "www.pembrokeshire.gov.uk", "/cy/diogelwch-cymunedol/camerau-canol-trefi")
    assert "Adur District Council runs cameras" in _main(web, "www.adur-worthing.gov.uk", "/adur-homes/estate-cctv")
