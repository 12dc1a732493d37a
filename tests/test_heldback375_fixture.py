"""The 375th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: health, adult social care and public health settings. Checks: the councils are fresh register rows of the
brief's mix of types; the labelling rules hold with the intended tallies; and the structures the set is built from are
really served (a SPOC named only on an adult social care page about day centre cameras; a statistics table by year;
a step 2 claim only in a Word privacy notice served without extension; a signed CCTV schedule inside a safeguarding
adults agreement filed under adult social care; CCTV as part 6 of a guide reachable only by Next links; a reablement
unit's camera page whose only contact is a Caldicott Guardian; a county's care home camera advice, provider bulletin
and hosted regulator's guidance; a care homes CCTV policy PDF holding the only police protocol mention, beside a
Welsh twin and an SLA with another council; one fact on a day centre page and one on a hostel page; a table of
systems watched for others including an NHS hospital, with the SPOC in the questions below it; another council's
certification stated on the page; a step 1 claim on a consultation page; a register of every council camera system
with the SPOC beneath it; a signed agreement whose signatures are dated weeks apart; a step 2 claim in a standards
table beside BS 7958; a signed agreement at a query-string address; committee papers on two moderngov hosts; a legacy
site without search, sitemap or A to Z; robots.txt forbidding the search; and councils that publish nothing but carry
care-setting look-alikes).
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

from fixtures.heldback375.truth import TRUTH_PATH
from fixtures.heldback375.web import Heldback375Web


@pytest.fixture(scope="module")
def web() -> Heldback375Web:
    return Heldback375Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback375Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 375)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_spoc_only_on_adult_social_care_page(web: Heldback375Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    cctv = "/community-safety/crime-prevention/cctv-and-retail-radio"
    care = "/social-care-and-health/adult-social-care/day-centres/cameras-in-our-day-centres-and-extra-care-schemes"
    assert "single point of contact" not in _main(web, host, cctv)
    main = _main(web, host, care)
    assert "single point of contact" in main and "extra care" in main and "Care Quality Commission" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {care}
    assert _linking(web, host, f"http://{host}{care}") >= {
        f"http://{host}{cctv}",
        f"http://{host}/social-care-and-health/adult-social-care/day-centres",
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_statistics_table_word_notice_and_safeguarding_schedule(web: Heldback375Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    html = _html(web, host, pg)
    assert '<th scope="col">2022</th><th scope="col">2023</th><th scope="col">2024</th>' in html
    assert "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    (ev52,) = d["5.2"]["evidence"]
    assert _no_extension(ev52["url"]) and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11"
    r = _render(web, ev52["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "step 2" in _text(web, host, urlsplit(ev52["url"]).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/Resident/Health-Social-Care/Safeguarding-adults.aspx"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Schedule 3" in text and "safeguarding" in text.lower() and "Greater Manchester Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_guide_part_reached_only_by_next_links_and_caldicott_guardian(web: Heldback375Web, truth: dict) -> None:
    host = "www.herefordshire.gov.uk"
    root = f"http://{host}/info/200148/your_council/15/access_to_information"
    parts = [root] + [f"{root}/{i}" for i in range(2, 8)]
    for i in range(1, len(parts)):
        neighbours = {parts[i - 1]} | ({parts[i + 1]} if i + 1 < len(parts) else set())
        assert _linking(web, host, parts[i]) == neighbours, parts[i]
    assert _linking(web, host, parts[5]) == {parts[4], parts[6]}
    assert parts[5] not in _links(web, host, "/info/200148/your_council/15/access_to_information")
    assert 'rel="next"' in _html(web, host, urlsplit(parts[4]).path)
    d = _auth(truth, host)["deliverables"]
    assert parts[5] in d["5.1"]["pages"] and d["5.3"]["status"] == "partial"
    unit = "/info/200137/adult_social_care/1203/kingfisher_house_reablement_unit"
    assert "Caldicott Guardian" in _main(web, host, unit)
    assert all(urlsplit(e["url"]).path != unit for e in d["5.3"]["evidence"])
    assert f"http://{host}{unit}" in d["5.1"]["pages"]


def test_care_home_policy_with_protocol_welsh_twin_and_council_sla(web: Heldback375Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    pg = "/en/resident/community-safety/public-space-cctv"
    cy = "/cy/preswylwyr/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in _links(web, host, pg)
    assert "service level agreement between the two councils" in _main(web, host, pg)
    assert "Gwent Police" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    policy = "/media/3255/use-of-cctv-in-council-care-homes-policy.pdf"
    assert "Care Inspectorate Wales" in _main(
        web, host, "/en/resident/health-social-care/care-homes/cctv-in-our-care-homes"
    )
    assert "Gwent Police" in _text(web, host, policy)
    assert d["5.5"]["status"] == "partial" and {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {policy}


def test_one_fact_on_day_centre_and_hostel_pages(web: Heldback375Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.elmbridge.gov.uk", "cameras", "/community-support/centres-for-the-community/weybridge-centre"),
        ("www.middevon.gov.uk", "retention", "/housing/our-hostel"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert _auth(truth, "www.elmbridge.gov.uk")["heldback"]["robots_forbid_search"]
    assert "24 hours a day" in _main(web, "www.elmbridge.gov.uk", "/news/2024/walton-on-thames-safer-streets-update")
    dem = "democracy.middevon.gov.uk"
    assert "Tiverton town centre system" in _main(web, dem, "/mgAi.aspx?ID=4676")
    d51 = _auth(truth, "www.middevon.gov.uk")["deliverables"]["5.1"]
    assert not any(dem in u for u in d51["pages"])


def test_systems_watched_for_others_and_spoc_in_questions(web: Heldback375Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    html = _html(web, host, "/article/21203/CCTV")
    assert "<td>United Lincolnshire Hospitals NHS Trust</td>" in html
    questions = html.split('<section class="questions">', 1)[1].split("</section>", 1)[0]
    assert "single point of contact for surveillance cameras" in questions
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    pol = "/downloads/file/1402/cctv-policy-code-of-conduct-and-operating-procedures"
    assert _no_extension(pol) and "Lincolnshire Police" in _text(web, host, pol)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_operators_certificate_and_council_sla(web: Heldback375Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "holds full certification" in main and "Wychavon" in main and "service level agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.1"]["status"] == "met"
    assert "charity" in _main(web, host, "/housing/homeless/temporary-accommodation")


def test_step_1_claim_on_consultation_page(web: Heldback375Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    cons = "/about-the-council/consultations-feedback-complaints/consultations/consultation-and-consideration-for-camera-surveillance"
    assert "step 1 (desktop) certification" in _main(web, host, cons)
    assert "step 1" not in _main(web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {cons}
    assert "shared services agreement" in _main(
        web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems/"
    )


def test_register_of_systems_with_spoc_beneath(web: Heldback375Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    reg = "/community-safety/cctv/our-surveillance-camera-systems"
    html = _html(web, host, reg)
    assert "<caption>Council surveillance camera systems</caption>" in html
    assert html.index("</table>") < html.index("single point of contact")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {reg}
    assert d["5.5"]["status"] == "not_met" and "service level agreement" in _main(web, host, "/community-safety/cctv")
    assert "moderngov.newcastle-staffs.gov.uk" in web.sites[host].hosts()


def test_signatures_dated_weeks_apart(web: Heldback375Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "3 March 2024" in text and "22 April 2024" in text and doc["date"] == "2024-04-22"
    assert "East Suffolk Services Ltd" in _main(web, host, "/community/community-safety/cctv")


def test_step_2_in_standards_table_and_agreement_at_query_address(web: Heldback375Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    html = _html(web, host, "/community-safety/cctv.cfm")
    assert "<td>Step 2 (full certification) awarded June 2021</td>" in html and "BS 7958" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).query == "id=4412" and doc["signed"]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/community-safety/cctv-working-with-warwickshire-police.cfm"
    }


def test_legacy_site_without_search_sitemap_or_a_to_z(web: Heldback375Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")


def test_councils_that_publish_nothing_carry_care_look_alikes(web: Heldback375Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.castlepoint.gov.uk", "www.eastcambs.gov.uk"})
    ox = "www.oxfordshire.gov.uk"
    advice = "/residents/social-and-health-care/adult-social-care/care-homes/cameras-in-care-homes"
    assert "not the county council" in _main(web, ox, advice)
    pdf = "/sites/default/files/file/adult-social-care/cqc-surveillance-guidance-summary.pdf"
    assert "not a council policy" in _text(web, ox, pdf)
    assert "CCTV" in _main(web, ox, "/jobs/care-jobs/care-assistant-headington")
    assert "City of Ely Council" in _main(web, "www.eastcambs.gov.uk", "/community-and-safety/town-and-parish-councils")
    assert "care home" in _text(web, "www.castlepoint.gov.uk", "/planning-and-building-control/decision-25-0412")
