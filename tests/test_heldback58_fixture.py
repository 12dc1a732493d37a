"""The fifty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 37 to 57; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, a signed service level agreement on a partnerships page, a certificate of
agreement inside a code PDF, a SPOC only inside a code served without extension, a step 2 sentence beside a mark
with empty alt text, a step 1 claim only in alt text, a camera page five clicks deep on a site without search,
sitemap or A to Z, a control-room telephone as the only contact, an agreement mentioned only in a Cabinet report on
a democracy host, a draft unsigned Word agreement, hosted guidance and a template about agreements, a privacy
notice holding the statement, a Welsh-first site, robots.txt forbidding the search, and councils that publish
nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    codes_of_sets,
    register_rows_of,
    status_tally,
)
from heldback_served import auth_by_host as _auth
from heldback_served import linking as _linking
from heldback_served import render as _render
from heldback_served import served_html as _html
from heldback_served import served_links as _links
from heldback_served import served_main as _main
from heldback_served import served_text as _text

from fixtures.heldback58.truth import TRUTH_PATH
from fixtures.heldback58.web import Heldback58Web


@pytest.fixture(scope="module")
def web() -> Heldback58Web:
    return Heldback58Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_37_to_57(web: Heldback58Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    assert not mine & codes_of_sets(range(37, 58)), "no council of sets 37-57 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "County": 1,
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 4,
            "Non-metropolitan district": 7,
            "Welsh unitary authority": 1,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback58Web, truth: dict) -> None:
    host = "www.southend.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Essex"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-and-democracy/data-protection/data-sharing-register"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert "Signed for and on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_empty_alt_mark_beside_step_2_sentence(web: Heldback58Web, truth: dict) -> None:
    host, pg = "www.southend.gov.uk", "/community-safety/cctv-control-room"
    assert '<img src="/images/scc-certified.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]


def test_step_1_claim_only_in_alt_text(web: Heldback58Web, truth: dict) -> None:
    host, pg = "www.doncaster.gov.uk", "/services/community-safety/cctv-and-overt-surveillance"
    html = _html(web, host, pg)
    assert 'alt="Surveillance Camera Code compliant - step 1' in html
    assert "step 1" not in _main(web, host, pg).lower()
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step1" and d52["mark_displayed"]


def test_spoc_only_inside_code_served_without_extension(web: Heldback58Web, truth: dict) -> None:
    host = "www.luton.gov.uk"
    pg = "/Page/Show/Community_and_living/Community_safety/Pages/Town-centre-CCTV.aspx"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (code,) = {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]}
    assert code == "/Lists/LutonDocuments/CCTV/code-of-practice"
    assert "single point of contact" in _text(web, host, code)
    assert "single point of contact" not in _text(web, host, pg)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_control_room_telephone_is_the_only_contact(truth: dict) -> None:
    spoc = _auth(truth, "www.swindon.gov.uk")["deliverables"]["5.3"]
    assert spoc["status"] == "partial" and spoc["spoc"]["phone"] and not spoc["spoc"]["email"]


def test_camera_page_five_clicks_deep_and_sla_on_partnerships(web: Heldback58Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    base = "/communityandleisure"
    chain = [
        "/",
        base,
        f"{base}/community-safety",
        f"{base}/community-safety/reducing-crime",
        f"{base}/community-safety/reducing-crime/town-centres",
        f"{base}/community-safety/reducing-crime/town-centres/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/working-in-partnership"}


def test_certificate_of_agreement_inside_code_pdf(web: Heldback58Web, truth: dict) -> None:
    d = _auth(truth, "www.broxtowe.gov.uk")["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    text = _text(web, "www.broxtowe.gov.uk", urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Nottinghamshire Police" in text


def test_agreement_only_in_cabinet_report_and_draft_word_agreement(web: Heldback58Web, truth: dict) -> None:
    doncaster = _auth(truth, "www.doncaster.gov.uk")["deliverables"]
    assert "democracy.doncaster.gov.uk" in web.sites["www.doncaster.gov.uk"].hosts()
    assert doncaster["5.5"]["status"] == "partial" and not doncaster["5.5"]["documents"]
    assert [urlsplit(e["url"]).hostname for e in doncaster["5.5"]["evidence"]] == ["democracy.doncaster.gov.uk"]
    assert not any("democracy" in u for u in doncaster["5.1"]["pages"])
    hounslow = _auth(truth, "www.hounslow.gov.uk")["deliverables"]["5.5"]
    (doc,) = hounslow["documents"]
    assert hounslow["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_hosted_guidance_and_template_are_not_agreements(web: Heldback58Web, truth: dict) -> None:
    for host, path, phrase in (
        (
            "www.kent.gov.uk",
            "/__data/assets/pdf_file/0011/88211/Public-space-CCTV-in-Kent-partner-guidance.pdf",
            "not itself an agreement",
        ),
        (
            "www.nwleics.gov.uk",
            "/files/documents/model_cctv_information_sharing_protocol/model-cctv-isp.pdf",
            "[insert council name]",
        ),
    ):
        assert phrase in _text(web, host, path), host
        assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met", host


def test_privacy_notice_is_the_statement(web: Heldback58Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [
        f"http://{host}/privacy-notices/enforcement-and-control-hub"
    ]
    assert d["5.3"]["status"] == "met"
    assert "single point of contact" not in _main(web, host, "/community-safety")


def test_welsh_first(web: Heldback58Web, truth: dict) -> None:
    welsh_first = [s for s in web.sites.values() if s.pages[(s.host, "/")].lang == "cy"]
    assert [s.host for s in welsh_first] == ["www.caerphilly.gov.uk"]
    site = welsh_first[0]
    home = site.pages[(site.host, "/")]
    assert home.children[0] == "/en" and "/gwasanaethau" in home.children
    assert '<html lang="cy">' in _html(web, site.host, "/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng")
    d51 = _auth(truth, site.host)["deliverables"]["5.1"]
    assert d51["status"] == "met" and any("teledu-cylch-cyfyng" in u for u in d51["pages"])


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.kent.gov.uk", "www.cumberland.gov.uk", "www.e-lindsey.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.cumberland.gov.uk", "retention"),
        ("www.winchester.gov.uk", "cameras"),
        ("www.nwleics.gov.uk", "subject_access"),
        ("www.e-lindsey.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback58Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.folkestone-hythe.gov.uk", "www.gedling.gov.uk"})
    assert "town council" in _text(
        web, "democracy.folkestone-hythe.gov.uk", "/documents/s52110/Review_of_CCTV_provision.pdf"
    )
