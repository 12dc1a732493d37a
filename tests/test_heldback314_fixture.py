"""The 314th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: one-fact and thin councils (a fact as item three of a
numbered list on a car park page reached from the A to Z and the search; a fact as step three of a claims procedure on
a bin lorry damage page with no search and no A to Z entry; a contact line for CCTV questions on a leisure centre
page; a fact in an estate walkabout list five deep on a shared site whose robots forbid the search), councils that
publish nothing beside look-alikes (one in a shared-site comparison table whose own column is empty), and full sets
(an at-a-glance table with a step 2 sentence and a SPOC only on a governance roles page the camera page never links;
one long page with an on-page contents list holding the SPOC and the signed agreement; a bilingual .aspx site
monitored by another council, its signed protocol only on an operational group page; a contact card naming the SPOC
on every camera page with a police agreement 'being prepared' in the policy and the policy's committee item on the
moderngov host; /index.php addresses with an A to Z entry to a superseded FAQ and a shared service agreement with a
combined authority; a locations list with counts and a 1998 Act, step 1 only in a PDF and a draft Word agreement
without extension; a thin camera page beside a rich privacy statement in another branch; a legacy site whose A to Z
points at a moved-page stub, with step 2, the SPOC and a signed protocol without extension on the annual report
page).
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

from fixtures.heldback314.truth import TRUTH_PATH
from fixtures.heldback314.web import Heldback314Web


@pytest.fixture(scope="module")
def web() -> Heldback314Web:
    return Heldback314Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _true(d51: dict) -> list[str]:
    return [k for k, v in d51["criteria"].items() if v]


def test_fresh_councils(web: Heldback314Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 314)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_car_park_fact_in_a_numbered_list_from_the_a_to_z_and_search(web: Heldback314Web, truth: dict) -> None:
    host = "www.bexley.gov.uk"
    cp = "/parking-and-travel/car-parks/abbey-wood-station-car-parks"
    html = _html(web, host, cp)
    ol = html.split("<ol>", 1)[1].split("</ol>", 1)[0]
    items = ol.split("<li>")[1:]
    assert "fixed council camera" in items[2] and len(items) == 4
    assert f"http://{host}/parking-and-travel/car-parks" in _links(web, host, "/a-z")
    assert f"http://{host}{cp}" in _links(web, host, "/search?keys=camera")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and _true(d51) == ["cameras"] and d51["pages"] == [f"http://{host}{cp}"]
    assert "mobile" in _main(web, host, "/news/bexley-magazine/spring-roads-and-public-safety")


def test_bin_lorry_fact_only_by_browsing(web: Heldback314Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    site = web.sites[host]
    assert site.search is None
    prob = "/info/20013/bins_and_rubbish/406/problems_with_your_collection"
    dmg = f"{prob}/1188/damage_caused_by_a_collection_vehicle"
    assert f"http://{host}{dmg}" not in _links(web, host, "/a-z")
    assert _linking(web, host, f"http://{host}{dmg}") == {f"http://{host}{prob}"}
    assert "cameras fitted to the collection vehicle" in _html(web, host, dmg).split("<ol>", 1)[1]
    a = _auth(truth, host)
    assert _true(a["deliverables"]["5.1"]) == ["other_systems"] and a["oracle_fetches"] == 4


def test_one_contact_line_on_a_leisure_centre_page(web: Heldback314Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    taro = "/leisure/leisure-centres/taro-leisure-centre"
    main = _main(web, host, taro)
    assert main.index("Contact") < main.index("For questions about CCTV")
    assert f"http://{host}/leisure/leisure-centres" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert _true(d["5.1"]) == ["complaints"] and d["5.1"]["pages"] == [f"http://{host}{taro}"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Petersfield Town Council" in _main(web, host, "/community/town-and-parish-councils")


def test_estate_fact_five_deep_on_a_shared_site_without_search(web: Heldback314Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    site = web.sites[host]
    assert "Disallow: /search" in site.robots_txt() and not site.az
    flats = "/housing/lewes-council-homes/our-estates/newhaven/hillcrest-road-flats"
    main = _main(web, host, flats)
    assert main.index("Estate walkabout") < main.index("bin store is working again")
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6 and a["heldback"]["robots_forbid_search"]
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{flats}"]
    assert "Eastbourne Borough Council" in _main(web, host, "/community/eastbourne-town-centre-cctv")


def test_at_a_glance_table_step_2_sentence_and_unlinked_roles_page(web: Heldback314Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    pg = f"http://{host}/residents/community-safety/cctv-and-security-service"
    roles = f"http://{host}/your-council/data-protection/information-governance-roles"
    assert '<th scope="col">At a glance</th>' in _html(web, host, urlsplit(pg).path)
    assert pg not in _linking(web, host, roles) and _linking(web, host, roles)
    assert "<img" not in _main(web, host, urlsplit(pg).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-10" and not d["5.2"]["mark_displayed"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {roles}
    assert "Data Protection Officer" in _main(web, host, urlsplit(roles).path)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_anchored_page_with_spoc_and_signed_agreement(web: Heldback314Web, truth: dict) -> None:
    host = "www.hull.gov.uk"
    pg = "/crime-and-community-safety/cctv"
    html = _html(web, host, pg)
    assert '<nav class="on-this-page"' in html and '<a href="#accountability">' in html
    assert '<section id="accountability">' in html
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{pg}"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Humberside" and _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert "Signed on behalf of Humberside Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_bilingual_site_monitored_by_another_council_protocol_on_group_page(web: Heldback314Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    pg = "/en/living/Safer-Vale/CCTV.aspx"
    assert "service agreement between the two councils" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["force"] == "South Wales" and doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/en/living/Safer-Vale/CCTV-Operational-Group.aspx"}
    cy = f"http://{host}/cy/byw/Bro-Ddiogelach/Teledu-Cylch-Cyfyng.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("safervale@")


def test_contact_card_spoc_policy_mention_and_moderngov_item(web: Heldback314Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    dem = "moderngov.threerivers.gov.uk"
    for sub in ("", "/camera-locations", "/request-footage"):
        assert '<aside class="contact-card"><h2>CCTV single point of contact</h2>' in _html(
            web, host, f"/services/community-safety/cctv{sub}"
        ), sub
    assert f"http://{dem}/mgAi.aspx?ID=6428" in _links(web, host, "/services/community-safety/cctv")
    assert "Hertfordshire CCTV Partnership" in _main(web, dem, "/mgAi.aspx?ID=6428")
    d = _auth(truth, host)["deliverables"]
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert "being prepared" in _text(web, host, "/media/4127/cctv-policy-2024-2028.pdf")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.3"]["status"] == "met"


def test_index_php_addresses_superseded_faq_in_a_to_z_and_shared_service(web: Heldback314Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    az = _links(web, host, "/a-z")
    assert f"http://{host}/cctv-faqs" in az and f"http://{host}/index.php/community-safety/cctv/cctv-faqs" not in az
    assert "78 cameras" in _main(web, host, "/cctv-faqs")
    assert "76 cameras" in _main(web, host, "/index.php/community-safety/cctv/cctv-faqs")
    assert "shared service agreement" in _main(web, host, "/index.php/community-safety/cctv")
    assert "fully compliant" in _main(web, "democracy.tamworth.gov.uk", "/mgAi.aspx?ID=12997")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert all("/index.php/" in u for u in d["5.1"]["pages"])


def test_locations_list_step_1_only_in_pdf_and_draft_word_without_extension(web: Heldback314Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    pg = "/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    main = _main(web, host, pg)
    assert "Data Protection Act 1998" in main and main.count("CCTV camera") >= 10
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {
        "/media/8812/CCTV-Policy-2023.pdf"
    }
    assert "step 1" not in main
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_thin_page_and_rich_privacy_statement_in_another_branch(web: Heldback314Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    pg = f"http://{host}/community/cctv"
    ps = f"http://{host}/community/safety-and-emergencies/cctv/cctv-privacy-statement"
    assert pg in _linking(web, host, ps) and f"http://{host}/privacy-notices" in _linking(web, host, ps)
    d = _auth(truth, host)["deliverables"]
    assert sum(1 for e in d["5.1"]["evidence"] if e["url"] == ps) == 1 and ps in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_legacy_moved_stub_in_a_to_z_and_annual_report_holds_everything(web: Heldback314Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    assert f"http://{host}/cctv" in _links(web, host, "/a-z")
    assert f"http://{host}/communities-and-health/closed-circuit-television-cctv" in _links(web, host, "/cctv")
    rep = f"http://{host}/communities-and-health/closed-circuit-television-cctv/cctv-annual-report-2022-23"
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.2"]["evidence"] + d["5.3"]["evidence"]} == {rep}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {rep}
    assert "filename=" in (_render(web, doc["url"]).header("Content-Disposition") or "")


def test_shared_site_comparison_with_an_empty_own_column(web: Heldback314Web, truth: dict) -> None:
    host = "www.midsuffolk.gov.uk"
    html = _html(web, host, "/communities/community-safety/town-centre-cameras")
    assert '<th scope="col">Babergh</th><th scope="col">Mid Suffolk</th>' in html
    assert "<td>None run by the district council</td>" in html


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback314Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.gloucestershire.gov.uk", "www.midsuffolk.gov.uk", "www.midsussex.gov.uk"})
    assert "does not own or operate public space CCTV" in _main(
        web, "www.gloucestershire.gov.uk", "/foi/disclosure-log/foi-2024-1187"
    )
    assert "Sussex Police, who are the data controller" in _main(
        web, "www.midsussex.gov.uk", "/community/community-safety"
    )
