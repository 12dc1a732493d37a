"""The three hundred and forty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (cameras watched by a neighbouring council's operators with
official requests sent to that council's mailbox; by the council's trading company; by a private monitoring company
under contract; by another council under a signed agreement between councils that is not a police agreement; ward
cameras maintained by the police under a signed HTML memorandum; a room that runs cameras for other organisations; a
step 2 claim only in passing on an event-day page; a step 1 claim only inside a code PDF; a step 2 certificate PDF in
a documents table; knowledge articles at query-string addresses; a guide over numbered addresses without breadcrumbs;
a WASPI protocol mention and figures only in a Word report; a privacy notice whose systems table mixes owners, with a
DPO as the only contact; one-fact councils on an offices page and a parish toolkit page of a shared website; a Welsh
twin; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback.kit import DOCX_TYPE, PDF_TYPE
from fixtures.heldback344.truth import TRUTH_PATH
from fixtures.heldback344.web import Heldback344Web


@pytest.fixture(scope="module")
def web() -> Heldback344Web:
    return Heldback344Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback344Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 344)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_in_passing_on_the_event_day_page(web: Heldback344Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    main = "/your-community/crime-and-community-safety/cctv-in-brent"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-03"
    assert _paths(d["5.2"]) == {f"{main}/event-days"}
    assert "stadium's safety control room may view 30 of our cameras" in _main(web, host, f"{main}/event-days")
    for other in (main, f"{main}/service-standards", f"{main}/requesting"):
        assert "step 2" not in _main(web, host, other), other
    assert "viewing protocol agreed between the council and the Met" in _main(web, host, main)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    pcn = f"http://{host}/parking-and-roads/penalty-charge-notices/moving-traffic-cameras"
    assert pcn in _links(web, host, main) and pcn not in evidence_urls(_auth(truth, host))
    assert "democracy.brent.gov.uk" in web.sites[host].hosts()


def test_police_maintain_ward_cameras_under_a_signed_html_memorandum(web: Heldback344Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    hub = "/crime-and-community-safety/cameras-in-public-places"
    srp = "/council-and-democracy/safer-rotherham-partnership"
    mou = f"{srp}/agreements/ward-cameras-memorandum-of-understanding"
    assert "cctv" not in _main(web, host, hub).lower()
    r = _render(web, f"http://{host}{mou}")
    assert "text/html" in (r.header("Content-Type") or "")
    text = _main(web, host, mou)
    assert "Signed for and on behalf of South Yorkshire Police" in text and "<table" not in _html(web, host, mou)
    assert _linking(web, host, f"http://{host}{mou}") == {
        f"http://{host}{hub}/ward-cameras",
        f"http://{host}{srp}/agreements",
    }
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "South Yorkshire"
    gov = _html(web, host, f"{hub}/governance")
    assert "<h3>Single point of contact</h3>" in gov and "<h3>Senior responsible officer</h3>" in gov
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {f"{hub}/governance"}


def test_guide_over_numbered_addresses_and_signed_download(web: Heldback344Web, truth: dict) -> None:
    host = "www.centralbedfordshire.gov.uk"
    guide = "/info/43/community_safety/149/closed_circuit_television_cctv"
    for n in (2, 3, 4):
        html = _html(web, host, f"{guide}/{n}")
        assert '<nav class="breadcrumb" aria-label="Breadcrumb"></nav>' in html and 'rel="prev"' in html
    assert _linking(web, host, f"http://{host}{guide}/3") == {
        f"http://{host}{guide}",
        f"http://{host}{guide}/2",
        f"http://{host}{guide}/4",
    }
    assert "Leighton-Linslade Town Council" in _main(web, host, f"{guide}/3")
    dsa = "/downloads/file/7312/cctv_data_sharing_agreement"
    r = _render(web, f"http://{host}{dsa}")
    assert r.header("Content-Type") == PDF_TYPE and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for Bedfordshire Police" in _text(web, host, dsa)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["force"] == "Bedfordshire"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_neighbours_room_mailbox_waspi_mention_and_word_report(web: Heldback344Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    main, ug = "/community-safety/cctv", "/community-safety/cctv/cctv-user-group"
    assert 'href="mailto:controlroom@torfaen.example.gov.uk"' in _html(web, host, main)
    assert "WASPI" in _main(web, host, ug) and "WASPI" not in _main(web, host, main)
    rep = "/sites/default/files/2024-07/cctv-user-group-annual-report-2023-24.docx"
    assert _render(web, f"http://{host}{rep}").header("Content-Type") == DOCX_TYPE
    assert "2,146 incidents" in _text(web, host, rep)
    assert "2,146" not in _main(web, host, main) and "2,146" not in _main(web, host, ug)
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_contracted_monitoring_company_spoc_and_step_1_only_in_pdf(web: Heldback344Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    code = "/files/documents/cctv_code_of_practice_2024/cctv_code_of_practice_2024.pdf"
    assert "specialist monitoring company working under contract" in _main(web, host, "/pages/cctv")
    assert "Step 1 (desktop) certification" in _text(web, host, code)
    for page in ("/pages/cctv", "/pages/how_our_cctv_is_monitored"):
        assert "step 1" not in _main(web, host, page).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and _paths(d["5.2"]) == {code}
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/pages/how_our_cctv_is_monitored"}
    assert d["5.5"]["status"] == "not_met"
    assert "leisure operator" in _main(web, host, "/pages/hood_park_leisure_centre")


def test_trading_company_knowledge_articles(web: Heldback344Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    arts = [u for u in d["5.1"]["pages"] if "cbc-article" in u]
    assert len(arts) >= 3 and all("?catid=" in u and "&id=KA-" in u for u in arts)
    main = "/info/cbc-article/?catid=community-safety&id=KA-02214"
    assert "Colchester Amphora Trading Ltd (CATL), a company wholly owned by the council" in _main(web, host, main)
    resp = "/info/cbc-article/?catid=community-safety&id=KA-02215"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {resp}
    sell = f"http://{host}/info/cbc-article/?catid=business&id=KA-03102"
    assert "watch your premises' cameras" in _main(web, host, "/info/cbc-article/?catid=business&id=KA-03102")
    assert sell not in evidence_urls(_auth(truth, host))
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_agreement_between_councils_is_not_a_police_agreement(web: Heldback344Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    agr = "/sites/default/files/2025-04/cctv-monitoring-agreement-surrey-heath-runnymede.pdf"
    text = _text(web, host, agr)
    assert "Signed for Surrey Heath Borough Council" in text and "Signed for Runnymede Borough Council" in text
    assert "provider's own arrangements with Surrey Police" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert f"http://{host}{agr}" in d["5.1"]["pages"]
    assert "Runnymede Borough Council's control centre in Addlestone" in _main(
        web, host, "/community-and-living/community-safety/cctv-camberley-and-old-dean"
    )


def test_room_for_others_documents_table_certificate_and_sla(web: Heldback344Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    info = "/info/20001/community_and_safety"
    assert '<main id="main">' not in _html(web, host, f"{info}/312/cctv")
    assert "Queen Elizabeth Hospital" in _text(web, host, f"{info}/313/cctv_monitoring_for_other_organisations")
    docs = _links(web, host, f"{info}/315/cctv_documents")
    assert sum("/download/downloads/id/" in u for u in docs) == 5
    d = _auth(truth, host)["deliverables"]
    (cert,) = d["5.2"]["evidence"]
    assert cert["url"].endswith("cctv_certificate_of_compliance.pdf") and d["5.2"]["awarded"] == "2020-11-12"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk" and doc["url"] in docs
    sat = f"{'/download/downloads/id'}/6402/cctv_self_assessment_2024.docx"
    assert _render(web, f"http://{host}{sat}").header("Content-Type") == DOCX_TYPE
    assert all(d[k]["status"] == "met" for k in d)


def test_contractor_staffed_office_protocol_mention_and_mailbox(web: Heldback344Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    text = _main(web, host, "/cctv")
    assert (
        "security company under contract to us" in text
        and "working protocol agreed between the council and Sussex Police" in text
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("community@")


def test_privacy_notice_mixing_owners_and_dpo_only(web: Heldback344Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    pn = "/support/privacy-and-data/service-privacy-notices/cctv-privacy-notice"
    html = _html(web, host, pn)
    assert "<td>Ubico Ltd, which owns and operates them</td>" in html and "Publica Group (Support) Ltd" in html
    assert "mailto:data.protection@fdean.example.gov.uk" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pn}"]
    assert d["5.3"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback344Web, truth: dict) -> None:
    for host, crit, path in (
        ("tewkesbury.gov.uk", "cameras", "/council/visiting-the-public-services-centre"),
        (
            "www.southnorfolkandbroadland.gov.uk",
            "other_systems",
            "/community/community-safety/broadland-parish-community-safety-toolkit",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Tewkesbury Town Council" in _main(
        web, "tewkesbury.gov.uk", "/community/community-safety/town-centre-cameras"
    )
    assert _auth(truth, "tewkesbury.gov.uk")["heldback"]["robots_forbid_search"]
    assert "South Norfolk" in _main(
        web, "www.southnorfolkandbroadland.gov.uk", "/community/community-safety/south-norfolk-town-cameras"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback344Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.norfolk.gov.uk", "www.blaby.gov.uk", "www.scambs.gov.uk"})
    assert "district council service" in _main(
        web, "www.norfolk.gov.uk", "/what-we-do-and-how-we-work/foi-disclosure-log"
    )
