"""The 282nd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, with the emphasis on whose cameras and whose contacts a
page gives (a table of three boroughs' cameras where only the first row is the council's; a neighbour council's SPOC
in a callout on the city's page; a who-does-what table holding the council's SPOC beside the monitoring council's
mailbox; a parish-funded scheme the council runs; a county policy naming the SPOC as a role without contact and
listing the districts' town cameras; the shared room's host with a per-council camera table, a SPOC for both councils
and the joint notice, while its partner's site only links there off-host; a camera page that exists only in the
partner council's version of a two-council website; a directory of other bodies' camera contacts; the police's
contact as the only one; the council's headquarters cameras that are the county's; a signed agreement linked only
from a privacy notice's section for partners; a signed Word protocol from the third-party requests page; a SPOC only
in a signed agreement's named contacts; step 2 only on a page selling monitoring to businesses; step 1 only in a
jump-list answer; a one-fact tenants' handbook chapter; committee papers on democracy hosts)."""

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

from fixtures.heldback282.truth import TRUTH_PATH
from fixtures.heldback282.web import Heldback282Web


@pytest.fixture(scope="module")
def web() -> Heldback282Web:
    return Heldback282Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(urls: list[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils(web: Heldback282Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 282)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_neighbour_boroughs_table_only_first_row_is_the_councils(web: Heldback282Web, truth: dict) -> None:
    host = "www.bexley.gov.uk"
    pg = "/community-safety/public-space-cameras"
    html = _html(web, host, pg)
    assert "<caption>Whose camera is it?</caption>" in html
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    first, *rest = body.split("</tr>")[:-1]
    assert "mailto:community.safety@bexley.example.gov.uk" in first and "London Borough of Bexley" in first
    assert any("Royal Borough of Greenwich" in r for r in rest) and any("Lewisham Council" in r for r in rest)
    assert not any("mailto:" in r for r in rest)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "community.safety@bexley.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_only_from_privacy_notice_partners_section_and_spoc_on_whose_camera_page(
    web: Heldback282Web, truth: dict
) -> None:
    host = "www.trafford.gov.uk"
    notice = f"http://{host}/about-your-council/data-protection/privacy-notices/Service-Level-Privacy-Notices/CCTV-service-privacy-notice.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Greater Manchester"
    assert _no_extension(doc["url"]) and _linking(web, host, doc["url"]) == {notice}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    section = _main(web, host, urlsplit(notice).path).split("Partners working with Trafford Council", 1)[1]
    assert "data sharing agreement" in section
    whose = "/residents/community/community-safety/cctv/Is-it-our-camera.aspx"
    assert "The Trafford Centre" in _main(web, host, whose) and "Transport for Greater Manchester" in _main(
        web, host, whose
    )
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {whose}
    assert "nationally recommended standard" in _main(web, host, "/residents/community/community-safety/cctv/CCTV.aspx")
    assert d["5.2"]["status"] == "not_met"


def test_watched_by_a_neighbour_council_who_does_what_table_and_parish_funded_scheme(
    web: Heldback282Web, truth: dict
) -> None:
    host = "www.southglos.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<th scope="col">Organisation</th><th scope="col">Role</th><th scope="col">Contact</th>' in html
    assert "mailto:operations.centre@bristol.example.gov.uk" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "safer.communities@southglos.example.gov.uk"
    assert "bristol" not in json.dumps(d["5.3"]).lower()
    down = "/community-safety/cctv/downend-high-street"
    assert "£35,000" in _main(web, host, down) and f"http://{host}{down}" in d["5.1"]["pages"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_county_policy_spoc_role_without_contact_and_districts_cameras(web: Heldback282Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pol = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    html = _html(web, host, pol)
    assert "Single Point of Contact (SPOC)" in html and "mailto:" not in html and "tel:" not in html
    assert 'href="http://www.guildford.gov.uk/"' in html and 'href="http://www.woking.gov.uk/"' in html
    assert not web.sites[host].az
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_neighbours_spoc_in_a_callout_is_not_the_citys(web: Heldback282Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    pg = "/ENG/Your-Council/Data-protection-and-FOI/cctv/Pages/default.aspx"
    html = _html(web, host, pg)
    callout = html.split('<div class="callout callout--info">', 1)[1].split("</div>", 1)[0]
    assert "single point of contact" in callout and "safervale@valeofglamorgan.example.gov.uk" in callout
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctvrequests@cardiff.example.gov.uk"
    cy = "/CYM/Eich-Cyngor/Diogelu-data-a-Rhyddid-Gwybodaeth/teledu-cylch-cyfyng/Pages/default.aspx"
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "service level agreement between the two councils" in _main(web, host, pg)
    assert d["5.5"]["status"] == "not_met"


def test_step_2_only_on_business_page_and_signed_word_protocol_from_requests_page(
    web: Heldback282Web, truth: dict
) -> None:
    host = "www.chesterfield.gov.uk"
    pg = "/living-here/safer-communities/cctv-service"
    assert "step 2" not in _main(web, host, pg) and "ISO 9001" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths([e["url"] for e in d["5.2"]["evidence"]]) == {"/business/cctv-monitoring-for-businesses"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}/footage-for-the-police-insurers-and-solicitors"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    dem = "democracy.chesterfield.gov.uk"
    assert "Town Hall basement" in _main(web, dem, "/mgAi.aspx?ID=9017")
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_spoc_only_in_signed_agreements_named_contacts(web: Heldback282Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    pg = "/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    main = _main(web, host, pg)
    assert "single point of contact" not in main.lower() and "Data Protection Act 1998" in main
    assert "Basildon bus station" in main and "First Essex" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {
        urlsplit(doc["url"]).path
    }
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Named contacts" in text and "Whole Essex Information Sharing Framework" in text
    assert doc["signed"] and doc["force"] == "Essex" and d["5.5"]["status"] == "met"


def test_camera_page_only_in_the_partner_councils_version(web: Heldback282Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    links = _links(web, host, "/community-safety/cctv")
    assert {
        f"http://{host}/community-safety/cctv?council=south-norfolk",
        f"http://{host}/community-safety/cctv?council=broadland",
    } <= set(links)
    partner = _main(web, host, "/community-safety/cctv?council=broadland")
    assert "Recordings are kept for 30 days" in partner and "Broadland District Council owns" in partner
    assert "does not run public space cameras" in _main(web, host, "/community-safety/cctv?council=south-norfolk")
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_polices_contact_only_and_the_countys_cameras_in_the_districts_offices(
    web: Heldback282Web, truth: dict
) -> None:
    host = "www.horsham.gov.uk"
    main = _main(web, host, "/community/cctv")
    assert "Sussex Police on 101" in main and "mailto:" not in _html(web, host, "/community/cctv")
    assert "West Sussex County Council" in _main(web, host, "/community/cctv/cctv-privacy-statement")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_host_of_shared_room_and_partner_linking_off_host(web: Heldback282Web, truth: dict) -> None:
    red, brom = "www.redditchbc.gov.uk", "www.bromsgrove.gov.uk"
    notice = f"http://{red}/privacy/cctv-privacy-notice"
    assert notice in _links(web, brom, "/council/community-and-living/community-safety/cctv")
    assert notice in _auth(truth, red)["deliverables"]["5.1"]["pages"]
    assert not any(
        red in u
        for a in (_auth(truth, brom),)
        for d in a["deliverables"].values()
        for u in (e["url"] for e in d["evidence"])
    )
    html = _html(web, red, "/community-and-living/cctv-and-lifeline")
    assert '<main id="main">' not in html
    assert (
        "<td>Bromsgrove District Council</td><td>91</td>" in html
        and "<td>Wyre Forest District Council</td><td>17</td>" in html
    )
    rd, bd = _auth(truth, red)["deliverables"], _auth(truth, brom)["deliverables"]
    assert rd["5.3"]["status"] == "met" and "Bromsgrove District Council" in rd["5.3"]["evidence"][0]["quote"]
    assert bd["5.3"]["status"] == "not_met" and bd["5.1"]["status"] == "partial"
    assert [k for k, v in bd["5.1"]["criteria"].items() if v] == ["operator"]
    assert rd["5.2"]["status"] == "met" and rd["5.2"]["level"] == "step2" and bd["5.2"]["status"] == "not_met"


def test_step_1_only_in_a_jump_list_answer_and_scrutiny_papers(web: Heldback282Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    html = _html(web, host, "/cctv-faqs")
    assert '<a href="#q6">Is the system certified?</a>' in html and '<section id="q6">' in html
    assert "step 1" not in _main(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    assert "fully compliant" in _main(web, "democracy.tamworth.gov.uk", "/mgAi.aspx?ID=12997")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_in_a_tenants_handbook_chapter_on_a_shared_site(web: Heldback282Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    ch = "/housing/council-tenants/tenants-handbook/chapter-6-safety-and-security"
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{ch}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert "Eastbourne Borough Council only" in _main(web, host, "/community/eastbourne-town-centre-cctv")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback282Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.uttlesford.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.watford.gov.uk"}
    )
    directory = _main(web, "www.uttlesford.gov.uk", "/community-safety/cameras-who-to-contact")
    assert "does not own or run public space cameras" in directory and "Saffron Walden Town Council" in directory
    assert "282 cameras" in _main(web, "democracy.watford.gov.uk", "/mgAi.aspx?ID=16441")
