"""The three hundred and sixty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a park-by-park camera table beside a
certification claim with no step or date; a step 1 claim only in the schedule of a signed agreement that is also
published as an HTML record in an information sharing register; a certification mark beside BS 7958 with a draft
police SLA only in committee papers reached from a news story; one camera notice repeated on every recycling site
page with the SPOC only in the policy PDF it links; English pages with Welsh twins, a two-council who-does-what table,
signage as a recycling centre condition of use and movable cameras as a step of an investigation list; councils that
publish nothing but carry look-alikes, two behind a robots.txt that forbids the search; one-fact councils in the text
version of a country park leaflet on a shared website and in a park's numbered regulations; a camera table grouped by
kind of site with the SPOC only in a signed agreement at a file-download address without extension; a partnership
page's table of agreements holding a councils' agreement beside a signed Word police protocol; /w/ slugs with the
takeover from a BID company in a "What's changed" list; a legacy site without <main> or search; nested camera-place
lists and signage only on a crematorium page).
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

from fixtures.heldback361.truth import TRUTH_PATH
from fixtures.heldback361.web import Heldback361Web


@pytest.fixture(scope="module")
def web() -> Heldback361Web:
    return Heldback361Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback361Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 361)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_park_camera_table_and_certification_without_step(web: Heldback361Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    parks = "/parks-and-green-spaces/staying-safe-in-parks"
    pss = "/community-safety/public-space-cameras"
    assert "<caption>Cameras in our parks (part of the 387 public space cameras)</caption>" in _html(web, host, parks)
    assert f"http://{host}{parks}" in _links(web, host, pss)
    main = _main(web, host, pss)
    assert "certification" in main and "step" not in main.lower() and "<img" not in _html(web, host, pss)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] is None
    assert d["5.1"]["criteria"]["other_systems"] and f"http://{host}{parks}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "penalty charge notice" in _main(web, host, "/parking/school-streets")


def test_step_one_only_in_the_agreement_schedule_and_agreement_record(web: Heldback361Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    cctv = "/crime-prevention-and-community-safety/cctv"
    standards = _main(web, host, f"{cctv}/standards")
    assert "BS 7958" in standards and "step" not in standards.lower()
    assert not any("step one" in pg.body.lower() for pg in web.sites[host].pages.values())
    isa = "/council-and-democracy/information-governance/information-sharing-agreements"
    record = f"http://{host}{isa}/public-space-cctv"
    assert record in _links(web, host, isa)
    assert '<th scope="row">Signed for the police</th>' in _html(web, host, urlsplit(record).path)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire" and _linking(web, host, doc["url"]) == {record}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of West Yorkshire Police" in text and "Schedule 1" in text
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    assert [e["url"] for e in d["5.2"]["evidence"]] == [doc["url"]]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("surveillance.cameras@")
    assert "body cameras" in _main(web, host, "/business/bradford-bid")


def test_mark_beside_bs7958_and_draft_sla_only_in_committee_papers(web: Heldback361Web, truth: dict) -> None:
    host, dem = "www.cheshireeast.gov.uk", "moderngov.cheshireeast.gov.uk"
    cctv = "/environment/community_safety/cctv.aspx"
    html = _html(web, host, cctv)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html and "British Standard 7958" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    item = f"http://{dem}/mgAi.aspx?ID=104455"
    assert _linking(web, host, doc["url"]) == {item}
    from_site = {u for u in _linking(web, host, item) if urlsplit(u).hostname == host}
    assert from_site == {f"http://{host}/news/cctv-service-kept.aspx"}
    assert not any(dem in u for u in d["5.1"]["pages"])
    anpr = "/waste_and_recycling/using-household-waste-recycling-centres/anpr-at-hwrcs.aspx"
    assert d["5.1"]["criteria"]["other_systems"] and f"http://{host}{anpr}" in d["5.1"]["pages"]


def test_notice_repeated_on_recycling_sites_and_spoc_only_in_policy(web: Heldback361Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    rh = "/environment-and-planning/waste-and-recycling/recycling-and-household-waste-sites"
    site_pages = [u for u in _links(web, host, rh) if u.startswith(f"http://{host}{rh}/")]
    assert len(set(site_pages)) == 6
    notices = {
        _html(web, host, urlsplit(u).path).split('<div class="callout', 1)[1].split("</div>")[0] for u in site_pages
    }
    assert len(notices) == 1 and "Cameras on this site" in notices.pop()
    policy = f"http://{host}/sites/default/files/2024-05/surveillance-camera-policy.pdf"
    assert _linking(web, host, policy) == set(site_pages)
    assert "single point of contact" in _text(web, host, urlsplit(policy).path)
    site = web.sites[host]
    assert not any("single point of contact" in pg.body for pg in site.pages.values())
    assert not site.az and site.sitemap
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [policy]
    assert "parking charge notice" in _main(web, host, "/leisure-and-community/country-parks/beacon-hill")


def test_english_pages_with_welsh_twins_and_shared_control_room(web: Heldback361Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    en = "/en/Resident/Community-Safety/CCTV.aspx"
    cy = "/cy/Preswylwyr/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "<caption>Who does what in the joint CCTV service</caption>" in _html(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    hrc = "/en/Resident/Recycling/Household-Recycling-Centres.aspx"
    assert "<h2>Conditions of use</h2><ol>" in _html(web, host, hrc) and d["5.1"]["criteria"]["signage"]
    assert "<h2>How we investigate</h2><ol>" in _html(web, host, "/en/Resident/Recycling/Fly-tipping.aspx")
    assert "service level agreement" not in _main(web, host, en)
    assert "service level agreement" in _main(web, host, "/en/Resident/Council-Apps/NewsPortlet.aspx?id=3320")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback361Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.scambs.gov.uk", "www.blaby.gov.uk", "www.ambervalley.gov.uk"})
    for host in ("www.scambs.gov.uk", "www.ambervalley.gov.uk", "www.staffordbc.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    papers = _text(web, "democracy.ambervalley.gov.uk", "/documents/s8871/CCTV%20needs%20assessment.pdf")
    assert "Retain 12 of the 67 cameras" in papers
    assert "There is no CCTV in the park" in _text(
        web, "www.ambervalley.gov.uk", "/media/4417/crays-hill-park-management-plan-2019-2024.pdf"
    )


def test_one_fact_councils(web: Heldback361Web, truth: dict) -> None:
    text = "/parks-and-countryside/broadland-country-park/leaflet-text-version"
    regs = "/parks-and-open-spaces/belle-vue-park/park-regulations"
    for host, crit, path in (
        ("www.southnorfolkandbroadland.gov.uk", "cameras", text),
        ("www.babergh.gov.uk", "retention", regs),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    host = "www.southnorfolkandbroadland.gov.uk"
    assert "South Norfolk Council and Broadland District Council" in _html(web, host, "/")
    assert "camera" not in _main(web, host, "/parks-and-countryside/places-to-visit").lower()
    trail = "/media/3310/broadland-country-park-trail-map.pdf"
    assert "camera" not in _text(web, host, trail).lower()
    assert _linking(web, host, f"http://{host}{text}") == {
        f"http://{host}/parks-and-countryside/broadland-country-park"
    }
    html = _html(web, "www.babergh.gov.uk", regs)
    assert "<ol><li>The park is open" in html and "West Suffolk" not in html
    assert "West Suffolk" in _main(web, "www.babergh.gov.uk", "/news/sudbury-and-hadleigh-cctv-upgrade")


def test_grouped_site_table_and_spoc_only_in_extensionless_agreement(web: Heldback361Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    html = _html(web, host, "/community-safety/cctv/parks-cemetery-and-depots/")
    assert '<th scope="rowgroup" rowspan="2">Parks</th>' in html and "Shrub End depot" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [doc["url"]]
    assert not any("single point of contact" in pg.body for pg in web.sites[host].pages.values())
    article = _main(web, host, "/community-safety/cctv/")
    assert d["5.2"]["status"] == "not_met" and "NSI Gold" in article and "awards" in article
    assert "Tendring" in _main(web, host, "/news/clactons-cameras-to-be-watched-from-colchester/")


def test_partnership_agreements_table_with_councils_agreement_and_signed_word_protocol(
    web: Heldback361Web, truth: dict
) -> None:
    host = "www.brentwood.gov.uk"
    html = _html(web, host, "/cctv")
    table = html.split('<section class="field--attachments">', 1)[1].split("</section>", 1)[0]
    assert table.count("<tr><td>") == 1 and "Code of Practice" in table
    sbp = "/community-safety/safer-brentwood-partnership"
    assert "<caption>Partnership agreements</caption>" in _html(web, host, sbp)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"].endswith(".docx") and _linking(web, host, doc["url"]) == {f"http://{host}{sbp}"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    thurrock = "/sites/default/files/2023-11/Redeployable-camera-sharing-agreement-Thurrock.pdf"
    assert "Thurrock Council" in _text(web, host, thurrock) and "Police" not in _text(web, host, thurrock)
    assert f"http://{host}{thurrock}" in _links(web, host, sbp)
    assert f"http://{host}/parks/king-georges-playing-fields" in d["5.1"]["pages"]
    assert "Park Mark" in _main(web, host, "/parking/car-parks-william-hunter-way")


def test_bid_service_agreement_is_not_a_police_agreement(web: Heldback361Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    main = _main(web, host, "/w/public-space-cctv")
    assert "service agreement" in main and "police" not in main.lower()
    assert "<h2>What's changed</h2><ul><li>1 April 2026:" in _html(web, host, "/w/public-space-cctv")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert all(urlsplit(u).path.startswith("/w/") for u in d["5.1"]["pages"])
    assert d["5.1"]["criteria"]["retention"] and f"http://{host}/w/rainsbrook-crematorium" in d["5.1"]["pages"]
    assert a["heldback"]["sitemap"] and not a["heldback"]["a_z"]


def test_legacy_site_without_main_or_search(web: Heldback361Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    html = _html(web, host, "/community/crime_and_safety/cctv.cfm")
    assert "<main" not in html and 'role="search"' not in html and web.sites[host].search is None
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/leisure/parks/nowton_park.cfm" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_nested_camera_places_and_signage_on_crematorium_page(web: Heldback361Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    assert "<li>Parks<ul><li>Victoria Park, Stafford" in _html(web, host, "/cctv/where-our-cameras-are")
    d = _auth(truth, host)["deliverables"]
    crem = "/bereavement-services/stafford-cemetery-and-crematorium"
    assert d["5.1"]["criteria"]["signage"] and f"http://{host}{crem}" in d["5.1"]["pages"]
    form = "/media/2231/cctv-footage-request-form.docx"
    assert f"http://{host}{form}" in _links(web, host, "/cctv/request-footage")
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith("application/vnd")
