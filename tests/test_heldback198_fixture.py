"""The hundred and ninety-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served: a signed police agreement published as four
short annex pages of an HTML strategy (signatures only on the last); another as four short parts with Welsh twins; an
unsigned draft published as four short HTML pages; a signed agreement only as 'Annex 3' of a strategy, a Word file
without extension; another only as 'Annex D' of an HTML strategy; a draft protocol as an annex inside a plan PDF;
contact details only inside documents (a strategy PDF, a Word DPIA template, an annual statement PDF, a printable
review, a footage request form, a half-yearly report, a Word self-assessment); step 2 and step 1 claims; an audit
near-miss; one-fact councils; robots.txt forbidding the search; and councils that publish nothing but carry
look-alikes.
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

from fixtures.heldback198.truth import TRUTH_PATH
from fixtures.heldback198.web import Heldback198Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback198Web:
    return Heldback198Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback198Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 198)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_signed_agreement_as_four_annex_pages_of_an_html_strategy(web: Heldback198Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    root = "/services/community_safety/cctv/cctv_strategy_2024_2029"
    annex = [f"{root}/annex_c1_information_sharing_agreement", f"{root}/annex_c2_what_is_shared"]
    annex += [f"{root}/annex_c3_security_and_review", f"{root}/annex_c4_signatures"]
    links = _links(web, host, root)
    assert all(f"http://{host}{u}" in links for u in annex)
    for i in range(3):
        assert f"http://{host}{annex[i + 1]}" in _links(web, host, annex[i])
    for u in annex[:3]:
        assert "Superintendent" not in _main(web, host, u)
    sig = _main(web, host, annex[3])
    assert "Metropolitan Police Service" in sig and "London Borough of Richmond upon Thames" in sig
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _path(doc["url"]) == annex[0]
    assert {_path(e["url"]) for e in d["5.5"]["evidence"]} == {annex[0], annex[3]}


def test_spoc_named_on_a_chapter_contact_only_in_the_strategy_pdf(web: Heldback198Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    ch3 = "/services/community_safety/cctv/cctv_strategy_2024_2029/3_governance"
    pdf = "/media/27714/cctv_strategy_2024-2029_full.pdf"
    main = _main(web, host, ch3)
    assert "single point of contact for surveillance cameras" in main and "@" not in main and "020 " not in main
    assert f"http://{host}{pdf}" in _links(web, host, ch3)
    assert "cctvspoc@richmond.example.gov.uk" in _text(web, host, pdf)
    d = _auth(truth, host)["deliverables"]["5.3"]
    assert d["status"] == "met" and f"http://{host}{pdf}" in {e["url"] for e in d["evidence"]}


def test_bilingual_protocol_in_four_short_parts(web: Heldback198Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    pen = "/en/Resident/Crime-and-Emergencies/CCTV/Protocol-with-North-Wales-Police"
    pcy = "/cy/Preswylydd/Troseddau-ac-Argyfyngau/TCC/Protocol-gyda-Heddlu-Gogledd-Cymru"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    parts = [
        "Part-1-Purpose.aspx",
        "Part-2-Live-viewing.aspx",
        "Part-3-Release-of-recordings.aspx",
        "Part-4-Signatories.aspx",
    ]
    cctv = "/en/Resident/Crime-and-Emergencies/CCTV/CCTV.aspx"
    assert all(f"http://{host}{pen}/{x}" in _links(web, host, cctv) for x in parts)
    for x in parts:
        assert any(u.startswith(f"http://{host}{pcy}/") for u in _links(web, host, f"{pen}/{x}"))
    assert "North Wales Police" in _main(web, host, f"{pen}/Part-4-Signatories.aspx")
    assert 'lang="cy"' in _html(web, host, f"{pcy}/Rhan-4-Llofnodwyr.aspx")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["signed"]
    assert f"http://{host}/cy/Preswylydd/Troseddau-ac-Argyfyngau/TCC/TCC.aspx" in d["5.1"]["pages"]


def test_unsigned_draft_as_four_short_html_pages_and_spoc_phone_in_statement(web: Heldback198Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    agr = "/community/community-safety/cctv/monitoring-agreement"
    subs = ["parties-and-purpose", "monitoring", "release-of-images", "signatures"]
    assert all(f"http://{host}{agr}/{x}" in _links(web, host, agr) for x in subs)
    sig = _html(web, host, f"{agr}/signatures")
    assert "This agreement has not yet been signed." in sig and "______________" in sig
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    main = _main(web, host, "/community/community-safety/cctv")
    assert "single point of contact" in main and "01444" not in main and "@" not in main
    assert "01444 477 316" in _text(web, host, "/media/9120/cctv-annual-statement-2024.pdf")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] == "01444 477 316"


def test_signed_agreement_only_as_annex_3_word_file_without_extension(web: Heldback198Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    page = "/pages/community_safety_strategy"
    annex = f"http://{host}/files/documents/cs_strategy_annex_3"
    assert _linking(web, host, annex) == {f"http://{host}{page}"}
    assert ">Annex 3</a>" in _html(web, host, page) and _no_extension(annex)
    r = _render(web, annex)
    assert r.header("Content-Type") == DOCX and "Annex 3.docx" in (r.header("Content-Disposition") or "")
    text = _text(web, host, _path(annex))
    assert "Signed for Leicestershire Police" in text and "Signed for North West Leicestershire" in text
    strat = "/files/documents/community_safety_strategy_2024_2027/Community%20Safety%20Strategy%202024-2027.pdf"
    assert "Leicestershire Police" not in _text(web, host, strat)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and _path(d["5.5"]["documents"][0]["url"]) == _path(annex)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_signed_agreement_only_as_annex_d_of_an_html_strategy(web: Heldback198Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    strat = "/council/community-and-living/community-safety/community-safety-strategy-2023-2026/"
    annex = f"http://{host}/media/3r2fl4xk/annex-d.pdf"
    assert _linking(web, host, annex) == {f"http://{host}{strat}"}
    assert ">Annex D</a>" in _html(web, host, strat)
    assert "West Mercia Police" not in _main(web, host, strat)
    assert "Signed for West Mercia Police" in _text(web, host, _path(annex))
    cctv = "/council/community-and-living/community-safety/cctv/"
    assert "audited twice by an external company" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"
    assert "moderngovwebpublic.bromsgrove.gov.uk" in web.sites[host].hosts()


def test_draft_protocol_as_annex_of_plan_pdf_and_mailbox_only_in_form(web: Heldback198Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    plan = "/downloads/file/6801/community_safety_and_cohesion_plan_2024-2027"
    form = "/downloads/file/6712/cctv_footage_request_form"
    r = _render(web, f"http://{host}{plan}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, plan)
    assert "Annex 4: CCTV data sharing protocol with Greater Manchester Police (draft)" in text and "20__" in text
    cctv = "/info/200321/crime_and_safety/2044/public_space_cctv"
    assert "@" not in _main(web, host, cctv) and "cctvteam@oldham.example.gov.uk" in _text(web, host, form)
    assert _no_extension(form) and _no_extension(plan)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "cctvteam@oldham.example.gov.uk"


def test_spoc_role_on_policy_page_mailbox_only_in_word_template(web: Heldback198Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pol = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    html = _html(web, host, pol)
    assert "Single Point of Contact (SPOC)" in html and "mailto:" not in html and "@" not in _main(web, host, pol)
    tpl = "/__data/assets/word_doc/0019/301245/Surveillance-camera-DPIA-template.docx"
    assert _render(web, f"http://{host}{tpl}").header("Content-Type") == DOCX
    assert "surveillancecameras@surreycc.example.gov.uk" in _text(web, host, tpl)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_review_pages_step_2_beside_mark_and_phone_only_in_printable_pdf(web: Heldback198Web, truth: dict) -> None:
    host = "www.reading.gov.uk"
    root = "/community-safety/cctv-annual-review-2024-25"
    for part in ("summary", "our-cameras", "incidents-and-outcomes", "standards", "working-with-partners"):
        assert "0118 937 2260" not in _html(web, host, f"{root}/{part}"), part
    assert 'alt="Surveillance camera code compliant"' in _html(web, host, f"{root}/standards")
    assert "0118 937 2260" in _text(web, host, "/media/15522/cctv-annual-review-2024-25-printable.pdf")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-11"
    assert a["heldback"]["robots_forbid_search"]


def test_step_2_and_spoc_only_in_word_self_assessment(web: Heldback198Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    sat = "/downloads/file/4410/surveillance_camera_self_assessment_2024"
    cctv = "/info/20038/community_safety/183/cctv"
    main = _main(web, host, cctv)
    assert "step 2" not in main.lower() and "@" not in main and "NOMAD" in main
    assert _no_extension(sat) and _render(web, f"http://{host}{sat}").header("Content-Type") == DOCX
    text = _text(web, host, sat)
    assert "step 2 full certification" in text and "cctvspoc@nuneatonandbedworth.example.gov.uk" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["awarded"] == "2021-05-12" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_mailbox_only_in_half_yearly_report(web: Heldback198Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    main = _main(web, host, "/community-safety/cctv/")
    rep = "/wp-content/uploads/sites/2/2025/05/CCTV-half-yearly-report-Oct-2024-to-Mar-2025.pdf"
    assert "@" not in main and "communitysafety@southoxon.example.gov.uk" in _text(web, host, rep)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.ambervalley.gov.uk", "cameras", "/business/town-centres"),
        ("www.sholland.gov.uk", "retention", "/bereavement/spalding-cemetery"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.reading.gov.uk", "www.stroud.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback198Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westoxon.gov.uk", "www.stroud.gov.uk", "www.n-kesteven.gov.uk"})
    assert "Thames Valley Police" in _main(web, "www.westoxon.gov.uk", "/communities-and-leisure/community-safety")
    assert "does not operate" in _main(web, "www.stroud.gov.uk", "/foi/disclosure-log/public-space-cctv")
