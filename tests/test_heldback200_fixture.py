"""The two hundredth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a SPOC only in a page-owner panel; police and
commissioners' text reproduced in labelled boxes on council pages; housing associations', town councils' and
neighbours' cameras beside the council's own; a one-fact fly-tipping page with the committee papers on a moderngov
host; a Welsh twin at another path and a mark with Welsh alt text beside an English step 2 sentence; figures only
in an evaluation report and a police protocol only in a code PDF; a SPOC only in a request form's introduction; a
one-fact sheltered-housing page with the audio policy only in Cabinet papers; a control room watching clients'
cameras; a code of practice as HTML parts chained by Next links with a jump menu, SPOC and signed agreement in its
last parts; step 1 only in a mark's alt text on a legacy layout; a step 2 answer in a closed details element and a
signed memorandum linked only from news; a page listing other bodies' cameras beside the council's and a draft
agreement for comment; and three councils that publish nothing but carry look-alikes)."""

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

from fixtures.heldback200.truth import TRUTH_PATH
from fixtures.heldback200.web import Heldback200Web


@pytest.fixture(scope="module")
def web() -> Heldback200Web:
    return Heldback200Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(urls: list[str]) -> set[str]:
    return {urlsplit(u).path for u in urls}


def test_fresh_councils(web: Heldback200Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 200)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_in_page_owner_panel_and_reproduced_police_text(web: Heldback200Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    pg = "/community-and-safety/public-space-surveillance"
    html = _html(web, host, pg)
    panel = html.split('<div class="page-owner">', 1)[1]
    assert (
        "single point of contact" in panel
        and "single point of contact" not in html.split('<div class="page-owner">')[0]
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {pg}
    met = _html(web, host, "/community-and-safety/safer-neighbourhoods")
    assert "This content is supplied by the Metropolitan Police" in met and "live facial recognition" in met
    assert "Poplar HARCA" in _main(web, host, "/housing/estate-safety")
    pages = _paths(d["5.1"]["pages"])
    assert not pages & {"/community-and-safety/safer-neighbourhoods", "/housing/estate-safety"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_fly_tipping_page_and_committee_papers(web: Heldback200Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/bins-and-recycling/fly-tipping"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["other_systems"]
    dem = "moderngov.rotherham.gov.uk"
    assert "fly-tipping" in _main(web, dem, "/mgAi.aspx?ID=93678")
    assert "town-centre CCTV cameras" in _main(web, host, "/community-directory/maltby-town-council")
    assert "supplied by the South Yorkshire Mayoral Combined Authority" in _html(
        web, host, "/community-safety/safer-streets"
    )


def test_self_assessment_is_not_certification_and_aspx_addresses(web: Heldback200Web, truth: dict) -> None:
    host = "www.blackpool.gov.uk"
    pg = "/Residents/Planning-environment-and-community/Crime-and-safety/CCTV.aspx"
    main = _main(web, host, pg)
    assert "self-assessment tool" in main and "certif" not in main.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Wyre's control room" in _main(
        web, host, "/Residents/Planning-environment-and-community/Crime-and-safety/Fylde-coast-cameras.aspx"
    )


def test_councils_that_publish_nothing_carry_neighbours_and_town_councils(web: Heldback200Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.cambridgeshire.gov.uk", "www.maldon.gov.uk", "www.wyreforestdc.gov.uk"}, min_decoys=4
    )
    maldon = _main(web, "www.maldon.gov.uk", "/community/community-safety/town-centre-cameras")
    assert "Maldon Town Council" in maldon and "Chelmsford City Council" in maldon
    wyre = _main(web, "www.wyreforestdc.gov.uk", "/community-and-living/town-centre-cameras")
    assert "Redditch Town Hall" in wyre and "town councils" in wyre
    cambs = _links(web, "www.cambridgeshire.gov.uk", "/residents/community-safety/cctv-in-cambridgeshire")
    assert "https://www.huntingdonshire.gov.uk/streets-parking-transport/cctv/" in cambs
    assert not web.sites["www.maldon.gov.uk"].search and not web.sites["www.cambridgeshire.gov.uk"].az


def test_welsh_twin_at_another_path_and_welsh_alt_mark(web: Heldback200Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    en = "/regeneration/merthyr-town-centre/town-centre-cameras"
    cy = "/cymraeg/adfywio/canol-tref-merthyr/camerau-canol-y-dref"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert 'lang="cy"' in _html(web, host, cy)
    html = _html(web, host, en)
    assert 'alt="Marc ardystio' in html and "step 2 certification" in _main(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-05" and d["5.2"]["mark_displayed"]
    assert "Merthyr Valleys Homes" in _main(web, host, "/housing/housing-association-estates")


def test_figures_only_in_evaluation_report_and_protocol_only_in_code(web: Heldback200Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    main = _main(web, host, "/cctv")
    assert "212" not in main and "protocol" not in main and "data protection officer" in main
    assert "212 incidents" in _text(web, host, "/downloads/file/2290/evaluation-report-2023-and-2024.pdf")
    assert "protocol agreed" in _text(web, host, "/downloads/file/1187/cctv-code-of-practice.pdf")
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "not_met" and a["deliverables"]["5.5"]["status"] == "partial"
    assert a["heldback"]["robots_forbid_search"]
    assert "Leek Town Council" in _main(web, host, "/council-and-democracy/town-and-parish-councils")


def test_spoc_only_in_request_form_introduction(web: Heldback200Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    assert "single point of contact" not in _main(web, host, "/cctv")
    form = _html(web, host, "/cctv/request-footage")
    assert "<form" in form and "single point of contact for surveillance cameras" in form
    main = _main(web, host, "/cctv")
    assert "Safer Parking Award" in main and "Data Protection Act 1998" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "65 to 27" in _main(web, "democracy.chichester.gov.uk", "/mgAi.aspx?ID=7176")


def test_one_fact_sheltered_page_policy_only_in_cabinet_papers(web: Heldback200Web, truth: dict) -> None:
    host = "www.uttlesford.gov.uk"
    dem = "democracy.uttlesford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/housing/sheltered-housing/living-in-a-sheltered-scheme"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["retention"]
    assert "record sound" in _text(web, dem, "/documents/s41207/Appendix-A-CCTV-Policy.pdf")
    assert _linking(web, host, f"http://{dem}/documents/s41207/Appendix-A-CCTV-Policy.pdf") == {
        f"http://{dem}/mgAi.aspx?ID=12913"
    }
    town = _main(web, host, "/community/town-and-parish-councils")
    assert "Saffron Walden Town Council" in town and "town-centre camera system" in town
    assert "video doorbell" in _main(web, host, "/housing/tenancy/alterations-and-doorbells")


def test_figures_table_and_clients_cameras(web: Heldback200Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    pg = "/living-here/safer-communities/cctv-service"
    assert "<caption>The service in figures</caption>" in _html(web, host, pg)
    assert "ISO 9001" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["statistics"]
    clients = f"{pg}/monitoring-for-clients"
    assert "housing association" in _main(web, host, clients)
    assert f"http://{host}{clients}" not in d["5.1"]["pages"]
    form = _render(web, f"http://{host}/downloads/download/311/cctv-footage-request-form")
    assert (form.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (form.header("Content-Disposition") or "")


def test_code_as_html_parts_chained_by_next_links(web: Heldback200Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    assert "<select" in _html(web, host, code)
    for i in range(2, 9):
        prev = code if i == 2 else f"{code}/{i - 1}"
        nxt = f"{code}/{i + 1}"
        assert f"http://{host}{prev}" in _linking(web, host, f"http://{host}{code}/{i}"), i
        if i < 8:
            assert f"http://{host}{nxt}" in _links(web, host, f"{code}/{i}")
    assert "single point of contact" in _main(web, host, f"{code}/7")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{code}/8"}
    assert "Signed for Norfolk Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_1_only_in_alt_text_on_legacy_layout(web: Heldback200Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    pg = "/community/crime_and_safety/cctv.cfm"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html
    text = _text(web, host, pg)
    assert "step 1" not in text and "desktop certification (step 1)" in html
    assert "Babergh District Council" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community/crime_and_safety/cctv_for_the_police.cfm"}


def test_step_2_in_details_and_memorandum_only_from_news(web: Heldback200Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    pg = "/communities-and-health/closed-circuit-television-cctv"
    html = _html(web, host, pg)
    inside = html.split("<details><summary>Is the service independently checked?</summary>", 1)[1].split("</details>")[
        0
    ]
    assert "step 2 full certification" in inside
    assert "step 2" not in html.replace(inside, "")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/news/2024/council-and-police-renew-cctv-agreement"}
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial"


def test_other_bodies_cameras_beside_own_and_draft_agreement(web: Heldback200Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    intro = "/community-safety-and-emergencies/cctv/introduction-to-cctv"
    main = _main(web, host, intro)
    assert "National Highways" in main and "Kent County Council" in main and "single point of contact" not in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "20__" in text and (_render(web, doc["url"]).header("Content-Type") or "") == "application/pdf"
    assert _paths([e["url"] for e in d["5.3"]["evidence"]]) == {
        "/community-safety-and-emergencies/community-safety-unit"
    }
    assert "Faversham Town Council" in _main(
        web, host, "/community-safety-and-emergencies/faversham-town-council-cameras"
    )
