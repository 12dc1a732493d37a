"""The three hundred and sixteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: police agreements in many forms (a signed agreement that
expired and was not renewed; a six-party Merseyside agreement with one row unsigned beside an ASB protocol with the
same force; a certificate of agreement signed by two councils and the force inside a shared-service code; a signed
agreement offered only in a <select> picker and a published-documents list, while the partner council still shows its
draft; a current signed protocol beside the superseded one and the councils' own partnership agreement; a hosted
national framework SLA with blank lines; a county multi-agency protocol signed by the police that excludes cameras;
mentions in a privacy notice, a footage page and a CCTV page; a BID's, a traders' scheme's and a town council's own
agreements; a police lease), step 1 and step 2 claims in a table, a sentence and an annual report without extension,
another council's certification, SPOCs on pages and in a privacy notice, a bilingual one-fact council, a one-fact
Christmas market page, and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback316.truth import TRUTH_PATH
from fixtures.heldback316.web import Heldback316Web


@pytest.fixture(scope="module")
def web() -> Heldback316Web:
    return Heldback316Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback316Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 316)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally


def test_expired_agreement_only_is_partial_and_spoc_on_page(web: Heldback316Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["signed"] and not doc["draft"]
    text = _text(web, host, _path(doc["url"]))
    assert "ends on 31 March 2020" in text and "Signed for the Metropolitan Police Service" in text
    assert "has not yet been replaced" in _main(
        web, host, "/crime-and-anti-social-behaviour/cctv/working-with-the-police"
    )
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/crime-and-anti-social-behaviour/cctv/working-with-the-police"
    }
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cameras.spoc@")
    assert "agreement with the police" in _main(web, host, "/business/romford-shopwatch")


def test_six_party_agreement_with_one_row_unsigned_beside_asb_protocol(web: Heldback316Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    csp = f"http://{host}/article/5120/Safer-St-Helens-partnership"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Merseyside" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, _path(doc["url"]))
    assert "Wirral Council - signature awaited" in text and "Merseyside Police - signed by" in text
    assert _linking(web, host, doc["url"]) == {csp}
    asb = f"http://{host}/downloads/file/2290/asb-case-review-information-sharing-protocol"
    assert asb in _links(web, host, "/article/5120/Safer-St-Helens-partnership")
    assert "It does not cover CCTV" in _text(web, host, _path(asb))
    assert asb not in {x["url"] for x in d["5.5"]["documents"]}
    assert "<img" not in _html(web, host, "/article/3168/CCTV-and-security")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-02-27" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_certificate_of_agreement_in_shared_service_code_and_spoc(web: Heldback316Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, _path(doc["url"]))
    assert "Certificate of Agreement" in text and "Signed for Huntingdonshire District Council" in text
    assert "Signed for Cambridgeshire Constabulary" in text and doc["force"] == "Cambridgeshire"
    assert "BS 7958" in _main(web, host, "/cctv") and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, "/cctv")


def test_signed_agreement_only_in_picker_and_list_while_partner_shows_draft(web: Heldback316Web, truth: dict) -> None:
    red, brom = "www.redditchbc.gov.uk", "www.bromsgrove.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    d = _auth(truth, red)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "West Mercia"
    html = _html(web, red, pg)
    assert "<select" in html and f'<option value="{_path(doc["url"])}">' in html
    assert doc["url"] not in _links(web, red, pg)
    assert _linking(web, red, doc["url"]) == {f"http://{red}/council/transparency/published-documents"}
    assert "Replaces draft v0.3" in _text(web, red, _path(doc["url"]))
    assert "working towards" in _main(web, red, pg) and d["5.2"]["status"] == "not_met"
    b = _auth(truth, brom)["deliverables"]
    (draft,) = b["5.5"]["documents"]
    assert b["5.5"]["status"] == "partial" and draft["draft"] and not draft["signed"]
    dtext = _text(web, brom, _path(draft["url"]))
    assert "DRAFT v0.3" in dtext and "20__" in dtext
    assert "not a certificate" in _text(web, brom, "/downloads/file/3102/surveillance-camera-self-assessment-2023.pdf")
    assert b["5.2"]["status"] == "not_met" and b["5.1"]["criteria"]["self_assessment"]


def test_current_protocol_beside_superseded_and_councils_agreement(web: Heldback316Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    pol = "/council/use-cctv/police-access"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    links = set(_links(web, host, pol))
    old = f"http://{host}/media/3344/police-access-protocol-2018-superseded.pdf"
    pship = f"http://{host}/media/5131/joint-cctv-partnership-agreement-tmbc-twbc.pdf"
    assert {doc["url"], old, pship} <= links
    assert "SUPERSEDED" in _text(web, host, _path(old)) and "police" not in _text(web, host, _path(pship)).lower()
    assert "Signed for Kent Police" in _text(web, host, _path(doc["url"]))
    review = "/council/use-cctv/annual-review-2024-25"
    assert "<td>Full certification (step 2)" in _html(web, host, review)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, review)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2021-03"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_hosted_framework_sla_is_not_an_agreement_and_step_1_table(web: Heldback316Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    d = _auth(truth, host)["deliverables"]
    frame = "/media/7721/framework-sla-public-space-surveillance-2021.pdf"
    text = _text(web, host, frame)
    assert "not itself an agreement" in text and "Signed for the police ......" in text
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "<td>Step 1 (desktop) certification" in _html(web, host, "/community-and-living/community-safety/cctv")
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met"


def test_step_1_only_in_annual_report_without_extension_and_template(web: Heldback316Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and "step one" in _text(web, host, _path(ev["url"]))
    assert "step one" not in _main(web, host, "/CCTV").lower() and d["5.2"]["level"] == "step1"
    tmpl = "/downloads/file/2140/business-cctv-monitoring-agreement-template"
    assert (_render(web, f"http://{host}{tmpl}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_privacy_notice_holds_facts_spoc_and_mention(web: Heldback316Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    pn = "/council/transparency/access-to-information/service-and-project-specific-privacy-notices/closed-circuit-television-cctv/"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pn}"]
    assert "single point of contact for surveillance camera systems" in _main(web, host, pn)
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_other_councils_certification_and_mention_on_footage_page(web: Heldback316Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    assert "hart.moderngov.co.uk" in web.sites[host].hosts()
    assert "holds full certification" in _main(web, host, "/community-safety/cctv-cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {"/community-safety/cctv-cameras/cctv-footage"}
    assert "Runnymede" in _text(web, "hart.moderngov.co.uk", "/mgAi.aspx?ID=3102")


def test_bilingual_one_fact_council(web: Heldback316Web, truth: dict) -> None:
    host = "www.powys.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert '<html lang="cy">' in _html(web, host, "/cy/preifatrwydd")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]
    assert d51["pages"] == [f"http://{host}/en/privacy", f"http://{host}/cy/preifatrwydd"]
    assert "memorandum of understanding with Dyfed-Powys Police" in _main(
        web, host, "/en/community/welshpool-town-council"
    )


def test_one_fact_on_a_christmas_market_page(web: Heldback316Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}/events/christmas-market-kings-square"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    assert "Gloucestershire Constabulary" in _main(web, host, "/business/gloucester-bid")
    assert d["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback316Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.rutland.gov.uk", "www.erewash.gov.uk", "www.maldon.gov.uk"})
    llr = _text(web, "www.rutland.gov.uk", "/media/3321/llr-multi-agency-information-sharing-protocol-2022.pdf")
    assert "Leicestershire Police" in llr and "Camera recordings are outside its scope" in llr
    assert _auth(truth, "www.rutland.gov.uk")["heldback"]["robots_forbid_search"]
    assert "lease" in _text(web, "www.maldon.gov.uk", "/council-offices/police-at-princes-road")
    assert '<main id="main">' not in _html(web, "www.maldon.gov.uk", "/")
    assert "Chelmsford" in _text(web, "democracy.maldon.gov.uk", "/mgAi.aspx?ID=7741")
    assert "Derbyshire Constabulary" in _main(web, "www.erewash.gov.uk", "/business/long-eaton-business-crime-scheme")
