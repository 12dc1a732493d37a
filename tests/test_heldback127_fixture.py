"""The hundred and twenty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a page mixing public space cameras with traffic
enforcement and a retailers' radio scheme, with a remote-viewing protocol signed for the Commissioner of Police of
the Metropolis; a county-wide four-council agreement signed by everyone but this council, whose schedule names an
agreement point of contact; a single fact in a town and parish arrangements table; a county that publishes nothing,
robots forbidding its search; a bilingual partnership page with the police signing the partnership agreement; a
police agreement signed once by the lead council on the council's behalf, with a point of contact for two councils;
a 'Link required' placeholder where the policy link should be and a councils' processing agreement; a single fact on
a joint committees page; a legacy site without search whose control room watches other owners' cameras and whose
ANPR runs under a police memorandum; a monitoring partner's certification on the council's page; a single fact in a
strategic partnership table; a police-station control room under a signed co-location agreement beside an
'award-winning' near-miss; a certificate of compliance as a text PDF beside a mark without a step, and an agreement
mentioned only in an online form's privacy statement; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback127.truth import TRUTH_PATH
from fixtures.heldback127.web import Heldback127Web


@pytest.fixture(scope="module")
def web() -> Heldback127Web:
    return Heldback127Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback127Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 127)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_mixed_page_and_protocol_signed_for_the_commissioner(web: Heldback127Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    pg = "/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link"
    main = _main(web, host, pg)
    assert "to enforce traffic regulations" in main and "Clarion Housing" in main
    assert "cctv@merton.example.gov.uk" in main and "retailradio@merton.example.gov.uk" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of the Commissioner of Police of the Metropolis" in text
    assert "on behalf of the Metropolitan Police" not in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctv@merton.example.gov.uk"
    assert not d["5.1"]["criteria"]["other_systems"]


def test_county_agreement_signed_by_all_but_this_council(web: Heldback127Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for and on behalf of") == 4
    assert "Signed for and on behalf of City of Doncaster Council" not in text
    assert "For City of Doncaster Council" in text and "Single points of contact for this agreement" in text
    assert (
        "single point of contact" not in _main(web, host, "/services/crime-anti-social-behaviour-nuisance/cctv").lower()
    )
    assert d["5.3"]["status"] == "partial"
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    requests = f"http://{host}/services/the-council-democracy/cctv-requests"
    assert requests in d["5.1"]["pages"]
    policy = f"http://{host}/downloads/file/6120/overt-cctv-and-surveillance-camera-policy"
    r = _render(web, policy)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_one_fact_in_town_and_parish_arrangements_table(web: Heldback127Web, truth: dict) -> None:
    host = "www.rutland.gov.uk"
    pg = "/council-councillors-democracy/town-and-parish-councils/working-with-town-and-parish-councils"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{pg}"]
    assert "<td>Owned and managed by the county council</td>" in _html(web, host, pg)
    assert f'<a href="{pg}">CCTV</a>' in _html(web, host, "/a-z")


def test_bilingual_partnership_with_the_police_signing(web: Heldback127Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    d = _auth(truth, host)["deliverables"]
    cy = f"http://{host}/cy/cymuned-a-byw/diogelwch-cymunedol/partneriaeth-teledu-cylch-cyfyng.aspx"
    assert cy in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "North Wales"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Heddlu Gogledd Cymru / North Wales Police" in text
    assert text.count("Llofnodwyd ar ran / Signed on behalf of") == 5
    main = _main(web, host, "/en/community-and-living/community-safety/cctv-partnership.aspx")
    assert "Cheshire West and Chester Council" in main and "service level agreement" in main
    assert d["5.3"]["status"] == "partial" and d["5.2"]["status"] == "not_met"


def test_police_agreement_signed_by_the_lead_council_for_two(web: Heldback127Web, truth: dict) -> None:
    host = "www.whitehorsedc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Thames Valley"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "for itself and on behalf of Vale of White Horse District Council" in text
    assert "Signed for Vale of White Horse" not in text
    main = _main(web, host, "/vale-of-white-horse-district-council/community-help-and-safety/cctv")
    assert "funding agreement" in main and "single point of contact for surveillance camera systems for both" in main
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_link_required_placeholder_and_councils_processing_agreement(web: Heldback127Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    pg = "/environmental-health/community-safety/cctv-surveillance-systems"
    html = _html(web, host, pg)
    assert "policy document Link required." in _main(web, host, pg)
    policy = f"http://{host}/media/2816/public-space-surveillance-policy-and-code-of-practice-2023.pdf"
    assert policy.split(host, 1)[1] not in html
    assert _linking(web, host, policy) == {f"http://{host}/about-us/policies-and-strategies"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["policy"] and policy in d["5.1"]["pages"]
    assert "information processing agreement" in _main(web, host, pg)
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_one_fact_on_joint_committees_page(web: Heldback127Web, truth: dict) -> None:
    host = "www.eastherts.gov.uk"
    jc = "/about-east-herts/how-the-council-works/joint-committees-and-partnerships"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{jc}"]
    assert f'<a href="{jc}">CCTV</a>' in _html(web, host, "/a-z")
    assert "democracy.eastherts.gov.uk" in web.sites[host].hosts()
    assert "http://www.hertfordshirecctv.example.org/" in _links(web, host, jc)


def test_legacy_control_room_monitoring_for_others_and_anpr_memorandum(web: Heldback127Web, truth: dict) -> None:
    host = "www.stratford.gov.uk"
    site = web.sites[host]
    assert site.search is None and site.chrome == "legacy"
    assert '<main id="main">' not in _html(web, host, "/community-safety/cctv.cfm")
    others = _html(web, host, "/community-safety/cctv-monitoring-for-partners.cfm")
    assert "Warwickshire County Council" in others and "per camera per year" in others
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["other_systems"]


def test_monitoring_partner_certification_is_not_the_councils(web: Heldback127Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    main = _main(web, host, "/community-parks-and-leisure/community-safety/cctv/")
    assert "Safer Runnymede's control centre holds full certification" in main
    assert '<aside class="service-provider">' in _html(web, host, "/community-parks-and-leisure/community-safety/cctv/")
    a = _auth(truth, host)
    assert a["deliverables"]["5.2"]["status"] == "not_met" and not a["heldback"]["a_z"]
    assert a["deliverables"]["5.5"]["status"] == "not_met"


def test_one_fact_in_strategic_partnership_table(web: Heldback127Web, truth: dict) -> None:
    host = "www.rochford.gov.uk"
    pg = "/your-council/rochford-and-brentwood-strategic-partnership"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{pg}"]
    assert "control room staffed 24 hours a day" in _main(web, host, "/news/new-cctv-installation-in-rayleigh")


def test_police_station_control_room_agreement_and_award_near_miss(web: Heldback127Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "award-winning" in main and "certification" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Lincolnshire"
    assert "Grantham Police Station" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["statistics"]


def test_certificate_pdf_mark_without_step_and_form_only_agreement(web: Heldback127Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    pg = "/info/20109/crime_and_law_enforcement/112/cctv"
    assert 'alt="SCC certification mark"' in _html(web, host, pg)
    assert "step" not in _main(web, host, pg).lower() and "full certification" not in _main(web, host, pg)
    cert = f"http://{host}/downloads/file/2614/surveillance_camera_code_certificate_of_compliance"
    assert _no_extension(cert) and "has been awarded full certification" in _text(web, host, urlsplit(cert).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2019-03-14" and cert in {e["url"] for e in d["5.2"]["evidence"]}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {e["url"] for e in d["5.5"]["evidence"]} == {f"http://{host}/xfp/form/463"}
    assert "Information Sharing Protocol" not in _main(web, host, pg)


def test_robots_forbid_search_and_sites_without_search(truth: dict) -> None:
    assert _auth(truth, "www.lancashire.gov.uk")["heldback"]["robots_forbid_search"]
    for host in ("www.stratford.gov.uk", "www.north-norfolk.gov.uk"):
        assert not _auth(truth, host)["heldback"]["search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback127Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lancashire.gov.uk", "www.southhams.gov.uk", "www.north-norfolk.gov.uk"})
    assert "democracy.north-norfolk.gov.uk" in web.sites["www.north-norfolk.gov.uk"].hosts()
    assert "Torbay Council's CCTV hub" in _main(web, "www.southhams.gov.uk", "/your-council/town-and-parish-councils")
