"""The three hundred and eighty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

The set's emphasis is money from elsewhere. Checks: the councils are fresh register rows of the brief's mix; the
labelling rules hold with the intended tallies; and the structures are really served: a SPOC on the page about
partner-funded cameras beside a funder's programme 'single point of contact'; a signed police agreement (Word) listed
beside a signed combined authority grant agreement; a three-party monitoring agreement with a funding schedule beside
a police and crime commissioner's grant letter whose conditions ask for certification and an agreement; a funder's
conditions quoted on a four-page guide; a step 2 claim only on the charges page for parish-funded cameras and a
police protocol signed as an annex of two councils' joint agreement; a step 2 claim and an agreement mention only as
the council's answers in a Home Office end-of-project report beside a signed grant agreement; a stepless mark with the
claim on a sub-page; another council's hub and its claim quoted on a funding page; a signed contribution agreement
with a town council (not the police); a funder's condition requiring a police agreement on a legacy site without
main or search; the council's own camera facts only in answers of a bilingual FAQ about the police's precept-funded
cameras; one-fact councils (a grant spending statement, a grant scheme's eligibility notes); and councils that
publish nothing but carry funders' look-alikes (highway licences, grant conditions set for town councils, CIL and
grants tables).
"""

from __future__ import annotations

import json
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

from fixtures.heldback389.truth import TRUTH_PATH
from fixtures.heldback389.web import Heldback389Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback389Web:
    return Heldback389Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils_of_the_brief_mix(web: Heldback389Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 389)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 3, "partial": 7, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 3, "partial": 4, "not_met": 8}, tally


def test_spoc_beside_funders_programme_contact_and_gmp_agreement_beside_gmca_grant(
    web: Heldback389Web, truth: dict
) -> None:
    host = "www.salford.gov.uk"
    page = "/crime-and-community-safety/cctv-in-salford/partner-funded-cameras"
    main = _main(web, host, page)
    assert "single point of contact for all surveillance camera systems" in main
    assert "programme's single point of contact, the GMCA Safer Streets team" in main
    assert '<blockquote class="funder-statement">' in _html(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {page}
    assert d["5.3"]["spoc"]["email"] == "cctv.spoc@salford.example.gov.uk"
    docs = f"http://{host}/crime-and-community-safety/cctv-in-salford/documents"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _linking(web, host, doc["url"]) == {docs}
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    grant = f"http://{host}/media/4502/safer-streets-4-grant-agreement.pdf"
    assert _linking(web, host, grant) == {docs}
    assert "Signed on behalf of the Greater Manchester Combined Authority" in _text(web, host, _path(grant))
    assert grant not in {e["url"] for k in ("5.2", "5.5") for e in d[k]["evidence"]}


def test_three_party_agreement_beside_commissioners_grant_letter(web: Heldback389Web, truth: dict) -> None:
    host = "www.blackpool.gov.uk"
    funding = "/Residents/Crime-and-safety/CCTV-funding.aspx"
    letter = "/Documents/Crime-and-safety/PCC-grant-offer-letter.pdf"
    agree = "/Documents/Crime-and-safety/Town-centre-CCTV-monitoring-partnership-agreement.pdf"
    assert _linking(web, host, f"http://{host}{letter}") == {f"http://{host}{funding}"}
    conditions = _text(web, host, letter)
    assert "third-party certification" in conditions and "information sharing agreement" in conditions
    text = _text(web, host, agree)
    for party in (
        "Signed for Blackpool Council",
        "Signed for Blackpool Town Centre BID Limited",
        "Signed for Lancashire Constabulary",
    ):
        assert party in text, party
    assert "Schedule: who pays" in text
    d = _auth(truth, host)["deliverables"]
    assert [_path(doc["url"]) for doc in d["5.5"]["documents"]] == [agree]
    assert d["5.2"]["status"] == "not_met"
    assert "fully accredited" in _main(web, host, "/News/control-centre-opens.aspx")


def test_funders_conditions_on_a_four_page_guide(web: Heldback389Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    g = "/crime-prevention-community-safety/cctv"
    for n in (1, 2, 3):
        assert f'<a rel="next" href="{g}/{n + 1}">' in _html(web, host, f"{g}/{n}"), n
    funding = _main(web, host, f"{g}/4")
    assert "work towards third-party certification" in funding and "MOPAC" in funding
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {_path(e["url"]) for e in d["5.5"]["evidence"]} == {f"{g}/2"}
    assert "owned, run and maintained by the association" in _main(web, host, "/business/local-parades-grant")


def test_step_2_on_parish_charges_page_and_police_protocol_annex(web: Heldback389Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    c = "/community-and-safety/cctv"
    charges = f"{c}/parish-and-town-council-cameras"
    assert "step 2" not in _main(web, host, c) and "full certification (step 2)" in _main(web, host, charges)
    assert "Annual charge" in _html(web, host, charges)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert {_path(e["url"]) for e in d["5.2"]["evidence"]} == {charges}
    (doc,) = d["5.5"]["documents"]
    assert "Police" not in doc["title"] and doc["signed"] and doc["force"] == "Kent"
    text = _text(web, host, _path(doc["url"]))
    assert text.index("Annex 2: Protocol between the control room and Kent Police") < text.index(
        "Signed for Kent Police"
    )
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_claims_only_as_answers_in_a_grant_report(web: Heldback389Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    c = "/communities-safety/cctv-public-spaces"
    ss = f"http://{host}/communities-safety/safer-streets-gainsborough"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert _linking(web, host, ev["url"]) == {ss} and "certification" not in _main(web, host, c)
    report = _text(web, host, _path(ev["url"]))
    assert "Questions are set by the Home Office; answers are the recipient's." in report
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019"
    assert d["5.5"]["status"] == "partial" and {e["url"] for e in d["5.5"]["evidence"]} == {ev["url"]}
    grant = f"http://{host}/sites/default/files/2021-10/Safer%20Streets%203%20grant%20agreement.pdf"
    assert _linking(web, host, grant) == {ss} and "Signed for the Police and Crime Commissioner" in _text(
        web, host, _path(grant)
    )
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {c}


def test_stepless_mark_claim_on_sub_page_and_protocol_on_form(web: Heldback389Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    assert '<img src="/images/scc-certification-mark.png" alt="SCC certification mark">' in _html(web, host, "/cctv")
    assert "step 2" not in _main(web, host, "/cctv")
    sub = "/info/20109/crime_and_law_enforcement/112/cctv/2"
    assert "British Standard" in _main(web, host, sub) and "full certification (step 2)" in _main(web, host, sub)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2017"
    assert d["5.5"]["status"] == "partial" and {_path(e["url"]) for e in d["5.5"]["evidence"]} == {"/xfp/form/463"}
    code = _render(web, f"http://{host}/downloads/file/1902/cctv_code_of_practice")
    assert code.header("Content-Type") == "application/pdf" and "filename=" in (
        code.header("Content-Disposition") or ""
    )


def test_another_councils_hub_claim_quoted_and_town_councils_paying(web: Heldback389Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    pays = "/info/20094/data_protection_and_freedom_of_information/176/who_pays_for_town_centre_cctv"
    html = _html(web, host, pays)
    assert "<cite>East Lancashire CCTV hub, Blackburn with Darwen Borough Council</cite>" in html
    assert "Nelson Town Council" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_signed_agreement_with_a_town_council_is_not_a_police_agreement(web: Heldback389Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    text = _text(web, host, "/media/documents/camera-contribution-agreement-shepshed.pdf")
    assert "Signed for Shepshed Town Council" in text and "Police" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met"
    assert "Data Protection Act 1998" in _main(
        web, host, "/pages/how_to_apply_for_access_to_information_held_on_the_cctv_system"
    )


def test_funders_condition_is_not_a_mention_on_a_legacy_site(web: Heldback389Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/safety/cctv/index.aspx")
    assert "must have in place an information sharing agreement" in _html(web, host, "/safety/cctv/deployable.aspx")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_own_facts_only_in_a_bilingual_faq_about_police_cameras(web: Heldback389Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    faq = "/home/residents/community-safety/town-centre-cctv-questions/"
    html = _html(web, host, faq)
    assert "<h3>Who owns the town centre cameras in Llanelli, Carmarthen and Ammanford?</h3>" in html
    assert "<h3>Does the council have cameras of its own?</h3>" in html
    d = _auth(truth, host)["deliverables"]
    pages = {_path(u) for u in d["5.1"]["pages"]}
    assert (
        faq in pages and "/cy/hafan/preswylwyr/diogelwch-cymunedol/cwestiynau-teledu-cylch-cyfyng-canol-trefi/" in pages
    )
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {faq}
    assert 'lang="cy"' in _html(web, host, "/cy/hafan/")


def test_one_fact_councils_in_grant_pages(web: Heldback389Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.gravesham.gov.uk", "cameras", "/home/community-safety/safer-streets-grant-statement"),
        ("www.gedling.gov.uk", "operator", "/resident/communitysafety/communitysafetygrants.php"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<dl class="grant-statement">' in _html(
        web, "www.gravesham.gov.uk", "/home/community-safety/safer-streets-grant-statement"
    )
    assert "<cite>Home Office, Safer Streets Fund prospectus</cite>" in _html(
        web, "www.gravesham.gov.uk", "/home/community-safety/safer-streets-grant-statement"
    )


def test_committee_papers_never_evidence(web: Heldback389Web, truth: dict) -> None:
    dems = {
        "www.bromley.gov.uk",
        "www.blackpool.gov.uk",
        "www.carmarthenshire.gov.wales",
        "www.gravesham.gov.uk",
        "www.gedling.gov.uk",
    }
    for host in dems:
        site = web.sites[host]
        assert site.democracy and site.democracy in site.hosts(), host
        urls = {e["url"] for d in _auth(truth, host)["deliverables"].values() for e in d["evidence"]}
        assert not any(urlsplit(u).hostname == site.democracy for u in urls), host
        assert _html(web, site.democracy, "/mgListCommittees.aspx")


def test_councils_that_publish_nothing_carry_funders_look_alikes(web: Heldback389Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.cambridgeshire.gov.uk", "www.north-norfolk.gov.uk", "www.cotswold.gov.uk"})
    assert "HL/24/0113" in _main(
        web,
        "www.cambridgeshire.gov.uk",
        "/residents/travel-roads-and-parking/highway-licences/cctv-columns-on-the-highway",
    )
    conds = _text(web, "www.north-norfolk.gov.uk", "/media/7730/community-transformation-fund-cctv-conditions.pdf")
    assert "Surveillance Camera Code of Practice" in conds and "Norfolk Constabulary" in conds
    assert "Neighbourhood portion" in _main(
        web, "www.cotswold.gov.uk", "/planning/cil/infrastructure-funding-statement"
    )
