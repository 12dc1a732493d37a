"""The hundred and seventy-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures the set is
built from are really served: a CCTV page among five third-party and look-alike siblings with myth headings; a SPOC
only inside an ``<address>`` contact card; a SPOC only in a download listing's summary beside a bus lane camera code;
a signed memorandum behind a footnote; a step 2 claim only in a bilingual sign design PDF; a step 2 claim only in a
quarterly report PDF; a town council's SPOC and signed police agreement hosted in a parish directory; a supplier's
case study; a SPOC in a contacts table; a signed protocol linked only from the A to Z; cameras the council watches
for others; a signed cost-sharing agreement with a town council only; a SPOC only in a Word policy; a signed
agreement with councils and another council's certification; a mark whose alt names no step beside BS 7958; a signed
agreement linked only from a news item; one-fact councils; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback176.truth import TRUTH_PATH
from fixtures.heldback176.web import Heldback176Web


@pytest.fixture(scope="module")
def web() -> Heldback176Web:
    return Heldback176Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback176Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 176)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_own_page_among_third_party_siblings_with_myth_headings(web: Heldback176Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    sec = "/crime-and-public-safety"
    html = _html(web, host, sec)
    links = html.split('<nav class="in-section">', 1)[1]
    order = [
        s
        for s in (
            "the-exchange-security",
            "town-centre-radio",
            "housing-association-blocks",
            "police-appeals",
            "live-traffic-cameras",
            "redbridge-cctv",
        )
        if s in links
    ]
    assert len(order) == 6 and links.index("the-exchange-security") < links.index("redbridge-cctv")
    assert "28 days" in _main(web, host, f"{sec}/the-exchange-security")
    assert "<h3>“The council is spying on residents”</h3>" in _html(web, host, f"{sec}/redbridge-cctv")
    d = _auth(truth, host)["deliverables"]
    pages = {_path(u) for u in d["5.1"]["pages"]}
    assert not pages & {f"{sec}/the-exchange-security", f"{sec}/town-centre-radio", f"{sec}/live-traffic-cameras"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_address_card(web: Heldback176Web, truth: dict) -> None:
    host = "www.wirral.gov.uk"
    pg = "/community-safety/cctv-and-help-points"
    html = _html(web, host, pg)
    address = html.split("<address>", 1)[1].split("</address>", 1)[0]
    assert "single point of contact" in address and "single point of contact" not in html.replace(address, "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")
    assert "Magenta Living" in _main(web, host, "/community-safety/estate-cameras-magenta-living")
    assert d["5.5"]["status"] == "not_met"


def test_spoc_in_listing_summary_beside_bus_lane_code_and_mou_behind_footnote(web: Heldback176Web, truth: dict) -> None:
    host = "www.swindon.gov.uk"
    dl = "/downloads/20134/community_safety_and_enforcement"
    html = _html(web, host, dl)
    assert html.index("bus_lane_camera_enforcement") < html.index("single point of contact")
    assert 'class="listing__summary">Owned by the Security Control Room Manager' in html
    cctv = "/info/20029/people_and_communities/1048/cctv_in_swindon"
    assert "single point of contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Wiltshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}"}
    foot = _html(web, host, cctv).split('<section class="footnotes">', 1)[1]
    assert (
        _path(doc["url"]) in foot
        and _path(doc["url"]) not in _html(web, host, cctv).split('<section class="footnotes">')[0]
    )
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Wiltshire Police" in _text(web, host, _path(doc["url"]))


def test_step_2_only_in_bilingual_sign_design_pdf(web: Heldback176Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith("cctv-sign-design.pdf")
    text = _text(web, host, _path(ev["url"]))
    assert "TELEDU CYLCH CYFYNG AR WAITH" in text and "CCTV IN OPERATION" in text
    for pg in ("/en/resident/community-safety/cctv", "/en/resident/community-safety/cctv/cctv-signs"):
        assert "step 2" not in _main(web, host, pg).lower()
    cy = "/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_step_2_only_in_quarterly_report(web: Heldback176Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith("hawk-eye-report-q2-2024-25.pdf") and d["5.2"]["awarded"] == "2021-03"
    assert "certification" not in _main(web, host, "/streets-parking-transport/cctv")
    assert "independent of the council" in _main(web, host, "/streets-parking-transport/business-against-crime")


def test_town_councils_spoc_and_signed_agreement_hosted_in_parish_directory(web: Heldback176Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    colne = "/info/20079/parish_and_town_councils/310/colne_town_council"
    agree = "/downloads/file/5521/colne_town_council_cctv_agreement_lancashire_constabulary"
    code = "/downloads/file/5520/colne_town_council_cctv_code_of_practice"
    assert "Signed for Lancashire Constabulary" in _text(web, host, agree)
    assert "single point of contact" in _text(web, host, code)
    assert _linking(web, host, f"http://{host}{agree}") == {f"http://{host}{colne}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("localities@")
    urls = {e["url"] for k in d for e in d[k]["evidence"]}
    assert not any("colne" in u or "case_study" in u for u in urls)
    assert "Written by the supplier" in _text(
        web, host, "/downloads/file/5702/supplier_case_study_housing_pendle_estate_cameras"
    )
    assert "/info/20094/data_protection_and_freedom_of_information/174/cctv" in d["5.1"]["pages"][0]


def test_spoc_in_contacts_table_and_protocol_only_from_a_to_z(web: Heldback176Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    html = _html(web, host, "/article/21203/CCTV")
    assert "<td>Single point of contact for surveillance cameras</td>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/a-z"}
    assert "Pescod Square" in _main(web, host, "/article/21210/Cameras-we-monitor-for-other-organisations")
    assert d["5.3"]["status"] == "met"


def test_cost_sharing_agreement_with_town_council_only(web: Heldback176Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    deal = "/downloads/file/7311/atherstone_cctv_cost_sharing_agreement"
    r = _render(web, f"http://{host}{deal}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for Atherstone Town Council" in _text(web, host, deal)
    assert "Warwickshire Police's, not ours" in _html(
        web, host, "/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    )
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_spoc_only_in_word_policy_and_other_councils_certification(web: Heldback176Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    pg = "/environmental-health/community-safety/cctv-surveillance-systems"
    main = _main(web, host, pg)
    assert "single point of contact" not in main and "holds full certification" in main
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert ev["url"].endswith(".docx") and d["5.3"]["status"] == "met"
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    assert "Signed by each council" in _text(web, host, "/media/2023/cctv-information-processing-agreement.pdf")


def test_mark_without_step_beside_bs7958_and_agreement_only_from_news(web: Heldback176Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    pg = "/info/20109/crime_and_law_enforcement/112/cctv"
    html = _html(web, host, pg)
    assert 'alt="SCC certification mark"' in html and "BS 7958" in html and "step" not in html.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    news = f"http://{host}/news/council-and-police-sign-cctv-agreement"
    assert doc["signed"] and _linking(web, host, doc["url"]) == {news}
    assert news not in d["5.1"]["pages"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (("www.reigate-banstead.gov.uk", "cameras"), ("www.eastherts.gov.uk", "operator")):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert not any("democracy" in u or "moderngov" in u for u in d51["pages"])


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback176Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.rochford.gov.uk", "www.north-norfolk.gov.uk"})
    assert "certified by the Vehicle Certification Agency" in _main(
        web, "www.norfolk.gov.uk", "/travel-and-transport/moving-traffic-enforcement"
    )
    assert "staffed 24 hours a day" in _main(web, "www.rochford.gov.uk", "/news/new-cctv-rayleigh-high-street")
    text = _text(web, "www.north-norfolk.gov.uk", "/planning/applications/pf-24-1133/design-and-access-statement.pdf")
    assert "kept for 28 days" in text
