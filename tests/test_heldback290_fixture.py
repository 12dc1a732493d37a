"""The two hundred and ninetieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the document-library structures the set is built from are really served (a policy with the SPOC in a library
whose download links all read alike; a footage form in a hidden row of a client-side filtered listing; a governance
statement behind a publications hub's landing page at an .ashx media address; Welsh twins of a page and a library row,
a step 2 claim in an extension-less Word review and a draft Gwent protocol; a policy behind a /?wpdmdl= download
handler beside another council's certificate; a legacy query-string library with a signed Derbyshire agreement beside
the alliance partner's Staffordshire one; a council-wide code whose certificate and signed Kent agreement are
appendices on a library document page; a partnership code in two parts; one fact in car park terms in a year folder; a
signed Devon and Cornwall protocol as a directory record's Word file; a step 2 certificate in a Squiz asset library; a
policy listed by its file name beside a police ASB agreement; and councils that publish nothing but carry decoys).
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

from fixtures.heldback290.truth import TRUTH_PATH
from fixtures.heldback290.web import Heldback290Web


@pytest.fixture(scope="module")
def web() -> Heldback290Web:
    return Heldback290Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback290Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 290)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_spoc_only_in_a_library_whose_links_all_read_alike(web: Heldback290Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    cat = "/downloads/50/community_safety"
    html = _html(web, host, cat)
    assert html.count(">Download (") == 3 and "Public safety CCTV policy</a>" not in html
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert d["5.3"]["status"] == "met" and _no_extension(ev["url"])
    assert _linking(web, host, ev["url"]) == {f"http://{host}{cat}"}
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    page = "/info/201149/crime_prevention/719/cctv_public_safety"
    assert "single point of contact" not in _main(web, host, page) and ev["url"] not in _links(web, host, page)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_form_in_a_hidden_row_of_a_filtered_listing(web: Heldback290Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["subject_access"]
    (form,) = d51["pages"]
    lib = "/about-the-council/policies-and-documents"
    html = _html(web, host, lib)
    row = html.split(f'href="{_path(form)}"')[0].rsplit("<li", 1)[1]
    assert " hidden>" in row and "Showing 10 of 16 documents" in html
    assert _no_extension(form) and "wordprocessingml" in (_render(web, form).header("Content-Type") or "")
    assert "no corporate camera policy" in _main(web, "mg.wakefield.gov.uk", "/mgAi.aspx?ID=52210")


def test_governance_statement_behind_landing_page_at_ashx_address(web: Heldback290Web, truth: dict) -> None:
    host = "www.york.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert urlsplit(ev["url"]).path.endswith(".ashx") and "hash=" in urlsplit(ev["url"]).query
    assert _render(web, ev["url"]).header("Content-Type") == "application/pdf"
    landing = f"http://{host}/council/publications/surveillance-camera-governance-statement"
    assert _linking(web, host, ev["url"]) == {landing}
    assert f"http://{host}/council/publications/topic/information-governance" in _linking(web, host, landing)
    assert f"http://{host}/york-city-centre/cctv-york" not in _linking(web, host, landing)
    assert "Single Point of Contact" in _text(web, host, _path(ev["url"]))
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_welsh_twins_step_2_in_word_review_and_draft_protocol(web: Heldback290Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert d["5.2"]["level"] == "step2" and _no_extension(ev["url"])
    assert "wordprocessingml" in (_render(web, ev["url"]).header("Content-Type") or "")
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, _path(doc["url"]))
    assert doc["draft"] and "DRAFT" in text and "20__" in text
    lib = "/en/Council-Democracy/Strategies-plans-and-policies"
    links = _links(web, host, lib)
    assert ev["url"] in links and doc["url"] in links
    assert any("Cod-ymarfer-TCC.pdf" in u for u in links)
    cy = f"http://{host}/cy/Diogelwch-cymunedol/Teledu-cylch-cyfyng"
    assert cy in d["5.1"]["pages"] and cy in _links(web, host, "/en/Community-safety/CCTV")


def test_policy_behind_download_handler_beside_another_councils_certificate(web: Heldback290Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    d = _auth(truth, host)["deliverables"]
    handler = f"http://{host}/?wpdmdl=1182"
    assert handler in d["5.1"]["pages"]
    assert _linking(web, host, handler) == {f"http://{host}/download/fylde-cctv-policy"}
    assert "full certification" in _text(web, host, "/?wpdmdl=1190") and d["5.2"]["status"] == "not_met"
    assert "service level agreement" in _main(web, host, "/resident/community-safety/town-centre-cameras")
    assert d["5.5"]["status"] == "not_met"


def test_legacy_query_string_library_with_partner_councils_agreement(web: Heldback290Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/site/scripts/download_info.php?downloadID=1457"}
    folder = "/site/scripts/downloads.php?categoryID=310"
    info = _links(web, host, folder)
    assert f"http://{host}/site/scripts/download_info.php?downloadID=1458" in info
    assert "Staffordshire Police" in _text(web, host, "/downloads/1458/smdc_staffordshire_police_cctv_isa.pdf")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_certificate_and_signed_agreement_as_appendices_on_a_library_page(web: Heldback290Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    docpage = f"http://{host}/home/council-and-democracy/policies-and-strategies/surveillance-camera-code"
    (cert,) = d["5.2"]["evidence"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022-02-14" and not d["5.2"]["mark_displayed"]
    assert _linking(web, host, cert["url"]) == {docpage} == _linking(web, host, doc["url"])
    assert "Appendix 4 (PDF)" in _html(web, host, _path(docpage)) and doc["force"] == "Kent"
    assert d["5.3"]["status"] == "met"
    assert not any("surveillance-camera-code" in u for u in _links(web, host, "/home/community/community-safety/cctv"))
    assert "accreditation would be sought" in _main(web, "democracy.gravesham.gov.uk", "/mgAi.aspx?ID=35193")


def test_partnership_code_in_two_parts(web: Heldback290Web, truth: dict) -> None:
    host = "www.eastherts.gov.uk"
    d = _auth(truth, host)["deliverables"]
    lib = "/your-council/partnerships/hertfordshire-cctv-partnership-documents"
    assert _html(web, host, lib).count(">Download (") == 3
    parts = {u for u in d["5.1"]["pages"] if "code-of-practice-part" in u}
    assert len(parts) == 2 and all(_linking(web, host, u) == {f"http://{host}{lib}"} for u in parts)
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_in_car_park_terms_in_a_year_folder(web: Heldback290Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["retention"]
    (terms,) = d51["pages"]
    assert _linking(web, host, terms) == {f"http://{host}/documents/2024"}


def test_signed_protocol_as_a_directory_records_word_file(web: Heldback290Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/directory-record/4410"}
    assert "<th" in _html(web, host, "/directory-record/4410")
    assert "self-assessment tool" in _main(web, host, "/community-safety-and-emergencies/cctv")
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]


def test_step_2_certificate_only_in_an_asset_library(web: Heldback290Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert "/__data/assets/pdf_file/" in ev["url"] and d["5.2"]["level"] == "step2"
    assert _linking(web, host, ev["url"]) == {f"http://{host}/council-documents/community-safety"}
    assert "step 2" not in _main(web, host, "/community-parks-and-leisure/community-safety/cctv").lower()
    assert "Safer Runnymede" in _html(web, host, "/council-documents/community-safety")


def test_policy_listed_by_file_name_beside_police_asb_agreement(web: Heldback290Web, truth: dict) -> None:
    host = "www.havant.gov.uk"
    html = _html(web, host, "/your-council/policies")
    assert ">HBC-CCTV-Policy-v1.2-FINAL.pdf</a>" in html and "ASB-ISA-Hampshire-Constabulary.pdf" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert "Signed by both parties" in _text(
        web, host, "/sites/default/files/2024-02/ASB-ISA-Hampshire-Constabulary.pdf"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback290Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.derbyshire.gov.uk", "www.cotswold.gov.uk", "www.waverley.gov.uk"})
    assert "Cirencester Town Council" in _main(web, "www.cotswold.gov.uk", "/about-us/document-library")
    assert "cameras (4)" in _main(web, "www.waverley.gov.uk", "/your-council/document-library")
