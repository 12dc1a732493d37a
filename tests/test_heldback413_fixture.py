"""The four hundred and thirteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a camera page filed under parking permits with the SPOC
only in a Word policy served without extension; a step 2 claim only in one cell of a nine-service table; a six-party
signed memorandum with the police among the signatories and a Welsh twin; cameras handed to the police with the
signed agreement only as a contracts register row; a draft Word agreement behind a council-run radio scheme's terms;
a SPOC only on a redeployable camera application page and a step 2 claim only in a code's document control; a step 1
claim only in one badge's alt text beside night-time scheme badges; a countersigned letter of agreement under a vague
file name; a one-fact safe space page; a SPOC mailbox only in a mailto href on a legacy site; another council's
certificate; a SPOC only on an event organisers' page; robots.txt forbidding the search; and three councils that
publish nothing but carry night-time and retail look-alikes).
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

from fixtures.heldback413.truth import TRUTH_PATH
from fixtures.heldback413.web import Heldback413Web


@pytest.fixture(scope="module")
def web() -> Heldback413Web:
    return Heldback413Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(entries: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in entries}


def test_fresh_councils(web: Heldback413Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 413)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_parking_section_page_and_spoc_only_in_extensionless_word_policy(web: Heldback413Web, truth: dict) -> None:
    host = "www.harrow.gov.uk"
    pg = "/parking-permits/cctv-traffic-enforcement-cameras"
    main = _main(web, host, pg)
    assert "penalty charge notice" in main and "Surveillance Camera Code of Practice" in main
    assert "single point of contact" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    pol = f"http://{host}/downloads/file/2291/vss-and-surveillance-camera-policy"
    assert _no_extension(pol) and _linking(web, host, pol) == {f"http://{host}{pg}"}
    r = _render(web, pol)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Single Point of Contact (SPOC) for surveillance cameras" in _text(web, host, urlsplit(pol).path)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {urlsplit(pol).path}
    assert "St Ann's Shopping Centre" in _main(web, host, "/community/harrow-town-centre-at-night")


def test_step_2_only_in_a_table_cell_and_late_night_levy(web: Heldback413Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    pg = "/council/strategies-plans-and-policies/crime-and-community-safety/cctv-monitoring-codes-of-practice"
    html = _html(web, host, pg)
    assert '<th scope="col">Third-party certification</th>' in html
    assert "<td>Full certification (step 2), awarded 2018</td>" in html
    assert html.count("<td>None</td>") == 8
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and "<img" not in _main(web, host, pg)
    levy = _main(web, host, "/business/licensing/late-night-levy")
    assert "exemption agreement between the council and the BID company" in levy
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_six_party_signed_memorandum_with_welsh_twin(web: Heldback413Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed on behalf of") == 6 and "Signed on behalf of North Wales Police" in text
    cy = "/cy/diogelwch-cymunedol/partneriaeth-teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy) and doc["url"] in _links(web, host, cy)
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    main = _main(web, host, "/en/community-safety/cctv-partnership")
    assert "point of contact between the partners" in main and "single point of contact" not in main.lower()
    assert d["5.3"]["status"] == "partial"


def test_cameras_handed_to_police_and_agreement_only_in_contracts_register(web: Heldback413Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    reg = f"http://{host}/council-and-democracy/transparency/contracts-register"
    assert d["5.5"]["status"] == "met" and _linking(web, host, doc["url"]) == {reg}
    assert doc["url"] not in _links(web, host, "/community-and-living/community-safety/town-centre-cctv")
    assert "belong to Thames Valley Police" in _main(
        web, host, "/community-and-living/community-safety/town-centre-cctv"
    )
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["police_agreement"]
    dem = "meetings.westoxon.gov.uk"
    assert dem in web.sites[host].hosts() and "Thames Valley CCTV Partnership" in _main(web, dem, "/mgAi.aspx?ID=3912")


def test_draft_word_agreement_behind_council_radio_terms(web: Heldback413Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/shopwatch-radio-terms"}
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    team = _main(web, host, "/community-safety/community-safety-team")
    assert "Harlow Shopwatch and Nightwatch radio" in team and "Footage is kept for 31 days" in team
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("communitysafety@")


def test_spoc_on_application_page_and_step_2_in_document_control(web: Heldback413Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv").lower()
    apply = "/community-safety/cctv/apply-for-a-redeployable-camera"
    assert "surveillance camera single point of contact" in _main(web, host, apply)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {apply}
    code = "/media/8812/cctv-code-of-practice.pdf"
    assert "Document control" in _text(web, host, code) and "step 2" not in _main(web, host, "/community-safety/cctv")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03" and _paths(d["5.2"]["evidence"]) == {code}
    night = _main(web, host, "/community-safety/a-safe-night-out")
    assert "NightLite" in night and "Purple Flag" in night
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_1_only_in_one_badge_alt_among_night_time_badges(web: Heldback413Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    pg = "/health-and-wellbeing/community-safety/cctv-and-town-centre-safety"
    html = _html(web, host, pg)
    assert (
        '<ul class="badge-strip">' in html
        and 'alt="Purple Flag"' in html
        and 'alt="Best Bar None Chesterfield"' in html
    )
    assert (
        "step 1" not in _main(web, host, pg).lower()
        and 'alt="Surveillance Camera Commissioner certification mark - step 1' in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2021"
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"] and d["5.5"]["status"] == "partial"


def test_countersigned_letter_under_vague_name(web: Heldback413Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"].endswith("/CCTV-arrangements-2024.pdf") and doc["signed"] and doc["force"] == "Sussex"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "letter records what we have agreed" in text and "Countersigned for Sussex Police" in text
    assert "CCTV arrangements 2024 (PDF)" in _main(web, host, "/community/safety-and-emergencies/cctv")
    assert d["5.3"]["status"] == "not_met" and "mailto:" not in _html(
        web, host, "/community/safety-and-emergencies/cctv"
    )


def test_one_fact_safe_space_page(web: Heldback413Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    safe = "/community/community-safety/safe-space-haywards-heath"
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{safe}"]
    assert "East Grinstead Town Council" in _main(web, host, "/community/community-safety/east-grinstead-cameras")


def test_spoc_mailbox_only_in_mailto_href_on_legacy_site(web: Heldback413Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    html = _html(web, host, "/article/2046/CCTV")
    assert '<main id="main">' not in html and "mailto:cctv.spoc@sholland.example.gov.uk?subject=" in html
    assert "cctv.spoc@sholland.example.gov.uk" not in _text(web, host, "/article/2046/CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@sholland.example.gov.uk"
    assert "not an agreement with the police" in _text(web, host, "/article/2052/Boston-monitoring-agreement")
    assert d["5.5"]["status"] == "not_met"


def test_another_councils_certificate_and_isa_mention(web: Heldback413Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    main = _main(web, host, "/community-safety/cctv-cameras")
    assert "holds its own full certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_on_event_page_and_step_2_sentence(web: Heldback413Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    ev = "/events/organising-an-event/event-safety-and-camera-cover"
    assert "single point of contact" not in _main(web, host, "/community-and-safety/cctv").lower()
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {ev}
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, "/community-and-safety/cctv")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.lincolnshire.gov.uk", "www.hart.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback413Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.scilly.gov.uk", "www.lincolnshire.gov.uk", "www.torridge.gov.uk"})
    assert "street marshals" in _main(web, "www.scilly.gov.uk", "/news/night-time-noise-hugh-town")
    assert "rangers carry body cameras" in _main(web, "www.lincolnshire.gov.uk", "/community-safety/shop-theft")
