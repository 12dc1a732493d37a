"""The two hundred and eighteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: camera facts scattered over pages that are not about
CCTV (a city centre visitor page, a market hall, a park, a flat-block page, town profile pages, a Lifeline page, a
multi-storey car park page, a venue hire terms list, a civic centre visitor page), a SPOC only in an audit action
table, another in a register of camera systems, another in a privacy directory record; a step 2 sentence on a town
page, a step 2 mark with a '5 Year Full Certification' heading, a step 1 sentence; a signed ISA among partnership
documents, a signed police MoU only on a Safer Streets project page, a signed protocol linked only from a privacy
record, a draft with dotted signature lines in a Related information column; an eight-part privacy guide with one
part per address; a directorate-grouped privacy notice leading to an FAQ, an access page and a Welsh twin; CCTV as
one section of a Town centres page with retention only on the car parks page; a shared service with a combined
authority; and three councils that publish nothing but carry look-alikes.
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
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback218.truth import TRUTH_PATH
from fixtures.heldback218.web import Heldback218Web


@pytest.fixture(scope="module")
def web() -> Heldback218Web:
    return Heldback218Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(urls: list[str]) -> set[str]:
    return {urlsplit(u).path for u in urls}


def test_fresh_councils(web: Heldback218Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 218)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback218Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bexley.gov.uk", "www.norfolk.gov.uk", "www.spelthorne.gov.uk"})
    dem = "democracy.bexley.gov.uk"
    assert "surveillance camera code" in _main(web, dem, "/mgAi.aspx?ID=48811")
    assert "24 hours a day" in _main(web, "www.bexley.gov.uk", "/jobs/mobile-camera-technician")
    assert "district councils" in _main(
        web, "www.norfolk.gov.uk", "/foi/disclosure-log/2024/public-space-cctv"
    ).replace("city, borough and district councils", "district councils")
    assert "certificate of compliance" in _main(
        web, "www.spelthorne.gov.uk", "/news/neighbouring-control-room-certified"
    )


def test_no_camera_page_spoc_in_audit_action_table(web: Heldback218Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pages = _paths(d["5.1"]["pages"])
    assert {
        "/city-centre/visiting-the-city-centre",
        "/markets/wakefield-market-hall",
        "/parks-and-open-spaces/thornes-park",
    } <= pages
    assert not any("cctv" in p for p in pages) and not any(
        t.lower().startswith("cctv") for t in (_main(web, host, p)[:4] for p in pages)
    )
    act = "/council-and-democracy/transparency/surveillance-camera-audit-actions"
    html = _html(web, host, act)
    row = html.split("Name one officer", 1)[1].split("</tr>", 1)[0]
    assert "single point of contact for surveillance" in row and "mailto:" in row
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {act}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "WDH" in _main(web, host, "/housing/wdh-homes")


def test_town_pages_step_2_sentence_and_signed_isa_among_partnership_documents(
    web: Heldback218Web, truth: dict
) -> None:
    host = "www.centralbedfordshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    dun = "/info/44/your_area/1203/dunstable"
    assert "<img" not in _main(web, host, dun) and "step 2" in _main(web, host, dun)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Bedfordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info/45/community_safety/1310/partnership_documents"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Central Bedfordshire Council" in text and "on behalf of Bedfordshire Police" in text
    assert 'class="directory-record"' in _html(web, host, "/directory_record/5124/public_space_cctv")


def test_directorate_privacy_notice_faq_access_page_and_welsh_twin(web: Heldback218Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    base = "/EN/Council/DataProtection/ServicePrivacyNotices"
    note = f"http://{host}{base}/CommunityandChildrensServices/CCTVPublicOpenSpaces.aspx"
    faq = f"http://{host}/EN/Resident/CommunitySafety/PublicOpenSpacesCCTVFAQs.aspx"
    sar = f"http://{host}/EN/Resident/CommunitySafety/AccessingCCTVimagesofyourself.aspx"
    cy = f"http://{host}/CY/Resident/CommunitySafety/PublicOpenSpacesCCTVFAQs.aspx"
    assert _linking(web, host, note) == {f"http://{host}{base}/CommunityandChildrensServices.aspx"}
    assert _linking(web, host, faq) == {note, cy}
    assert _linking(web, host, sar) == {faq}
    assert '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert "£10" in _main(web, host, urlsplit(sar).path)
    d = _auth(truth, host)["deliverables"]
    assert cy in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_one_fact_councils(web: Heldback218Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.harlow.gov.uk", "cameras", "/housing/living-in-a-flat-block"),
        ("www.preston.gov.uk", "signage", "/venues-and-events/hire-the-flag-market"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Prentice Place" in _main(web, "www.harlow.gov.uk", "/council-and-democracy/questions-to-portfolio-holders")
    terms = _html(web, "www.preston.gov.uk", "/venues-and-events/hire-the-flag-market")
    assert "<li>Signs at each corner of the square" in terms
    assert "service level agreement" in _main(
        web, "www.preston.gov.uk", "/news/city-centre-cameras-watched-round-the-clock-again"
    )


def test_related_information_column_mark_and_draft(web: Heldback218Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, pg)
    column = html.split('<div class="sidebar">', 1)[1].split("</div>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    for path in (
        urlsplit(doc["url"]).path,
        "/media/2231/annual-cctv-report-2023-24.pdf",
        "/media/2230/cctv-code-of-practice.pdf",
    ):
        assert path in column and _linking(web, host, f"http://{host}{path}") == {f"http://{host}{pg}"}
    assert doc["draft"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert 'alt="Surveillance Camera Commissioner certified mark"' in html
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "kept for 31 days" in _main(web, host, "/more/markets/ormskirk-market.aspx") and "31 days" not in _main(
        web, host, pg
    )


def test_eight_part_privacy_guide(web: Heldback218Web, truth: dict) -> None:
    host = "www.teignbridge.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pages = _paths(d["5.1"]["pages"])
    assert len(pages) == 8 and all(
        p.startswith("/cookies-and-privacy-notices/service-privacy-notices/closed-circuit-television-cctv")
        for p in pages
    )
    for p in pages:
        assert "Show all parts of this guide" in _html(web, host, p)
    assert d["5.3"]["status"] == "not_met"
    assert "town council" in _main(web, host, "/news/ukspf-grants-for-town-councils")


def test_cctv_section_of_town_centres_page_and_retention_on_car_parks(web: Heldback218Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    tc = "/services/transport-and-streets/town-centre-management/town-centres"
    html = _html(web, host, tc)
    assert html.index("<h2>Markets</h2>") < html.index("<h2>Closed circuit television (CCTV)</h2>")
    assert "30 days" not in _main(web, host, tc)
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["criteria"]["retention"] and a["heldback"]["robots_forbid_search"]
    assert "Tunbridge Wells" in _main(web, "democracy.tmbc.gov.uk", "/mgAi.aspx?ID=25945")
    assert a["deliverables"]["5.5"]["status"] == "not_met"


def test_register_of_camera_systems_names_the_spoc(web: Heldback218Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    reg = "/budgets-and-transparency/surveillance-camera-systems-we-run"
    assert "<caption>Camera systems and who runs them</caption>" in _html(web, host, reg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {reg}
    assert "control room" in _main(web, host, "/lifeline/how-lifeline-works")
    assert "number plate" in _main(web, host, "/parking/camera-controlled-car-parks")


def test_step_1_sentence_and_mou_only_on_a_project_page(web: Heldback218Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/community-and-safety/safer-exeter/safer-streets-projects"
    }
    cc = "/community-and-safety/cctv-control-centre"
    assert "<img" not in _main(web, host, cc)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]


def test_shared_service_with_combined_authority_on_legacy_site(web: Heldback218Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, host, "/")
    text = _html(web, host, "/index.php/community-safety/cctv")
    assert "BS 7958" in text and "shared service agreement" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_privacy_record_names_spoc_and_links_signed_protocol(web: Heldback218Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    rec = "/privacy/privacy-notices/cctv"
    html = _html(web, host, rec)
    assert '<th scope="row">Contact</th><td>Our single point of contact for surveillance cameras' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}{rec}"}
    assert {
        "/parks-and-open-spaces/abbey-park-evesham",
        "/contact-us/pershore-civic-centre",
        "/parking/town-centre-car-parks",
    } <= _paths(d["5.1"]["pages"])
