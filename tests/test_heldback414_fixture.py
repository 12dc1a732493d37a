"""The four hundred and fourteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: policy libraries with versions. Checks: the councils are real register rows, none in the fifteen sets
before this one; the labelling rules hold with the intended tallies; and the structures the set is built from are
really served (a policy register calling an unsigned draft ISA 'in force' beside a superseded policy; a summary of
changes between code editions holding the SPOC, with a signed Word protocol served without extension and a blank
certificate in the superseded edition; one fact in an HTML equality impact assessment with the code listed as
withdrawn; a bilingual policy page with a document history whose Welsh edition is a version behind; Adopted, Draft
and Archived pills with the SPOC on the adopted policy's summary; an out-of-date banner, a code page of current and
previous editions and a self-assessment that is not certification; step 2 only in the current Word code while the
superseded PDF says 'working towards'; one fact only in a data protection policy's version-history row with the privacy
notice withdrawn for review; an HTML policy with step 2, SPOC and ISA mention in numbered sections and an in-force version beside a draft
naming another SPOC; a library labelling a signed final MoU 'Draft'; a record-only interim procedure in force beside a
superseded police-monitored code; a code in chapters with per-chapter revision stamps, step 1 in an unchanged chapter and a
signed DSA; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback.kit import DOCX_TYPE, PDF_TYPE
from fixtures.heldback414.truth import TRUTH_PATH
from fixtures.heldback414.web import Heldback414Web


@pytest.fixture(scope="module")
def web() -> Heldback414Web:
    return Heldback414Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback414Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 414)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_register_calls_an_unsigned_draft_in_force(web: Heldback414Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    reg = "/council/policies-and-strategies"
    html = _html(web, host, reg)
    assert '<span class="status status--in">In force</span>' in html
    assert '<span class="status status--superseded">Superseded</span>' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{reg}"}
    text = _text(web, host, _path(doc["url"]))
    assert "final draft for signature" in text and "Signed for and on behalf of the Metropolitan Police" in text
    assert "Superintendent" not in text
    assert "Data Protection Act 1998" in _text(web, host, "/media/4411/cctv-policy-v2-1.pdf")
    assert not any("4411" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert "modgov.hillingdon.gov.uk" in web.sites[host].hosts()


def test_summary_of_changes_holds_spoc_and_word_protocol_is_signed(web: Heldback414Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    changes = "/info/201090/community_safety/2212/what_changed_in_the_2024_code"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {changes}
    assert "single point of contact" not in _main(
        web, host, "/info/201090/community_safety/2211/cctv_and_public_space_cameras"
    )
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX_TYPE and ".docx" in (r.header("Content-Disposition") or "")
    assert "Signature schedule" in _text(web, host, _path(doc["url"]))
    old = _text(web, host, "/downloads/file/4312/public_space_cctv_code_of_practice_2019_edition")
    assert "SUPERSEDED" in old and "Certificate of Agreement" in old and "........" in old


def test_one_fact_in_equality_impact_assessment_and_withdrawn_code(web: Heldback414Web, truth: dict) -> None:
    host = "www.westberks.gov.uk"
    eia = "/council-and-democracy/equality-and-diversity/eia-car-park-camera-replacement"
    assert '<th scope="col">Protected characteristic</th>' in _html(web, host, eia)
    assert "not a data protection impact assessment" in _main(web, host, eia)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{eia}"]
    lib = "/council-and-democracy/policies-plans-and-strategies"
    assert "Withdrawn 1 April 2016" in _main(web, host, lib)
    assert not any(".pdf" in u for u in _links(web, host, lib))
    assert "Newbury Business Improvement District" in _main(web, host, "/community-safety")


def test_bilingual_policy_with_document_history(web: Heldback414Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    assert {f"http://{host}/ENG", f"http://{host}/CYM"} <= set(_links(web, host, "/"))
    pol = "/ENG/Your-Council/Data-protection-and-FOI/cctv/CCTV-policy-code-of-practice/Pages/default.aspx"
    html = _html(web, host, pol)
    assert '<table class="doc-history"><caption>Document history</caption>' in html
    cy = "/CYM/Eich-Cyngor/Diogelu-data/teledu-cylch-cyfyng/Polisi-a-chod-ymarfer/Pages/default.aspx"
    assert 'lang="cy"' in _html(web, host, cy) and "Fersiwn 4" in _main(web, host, cy)
    assert "Version 5" in _main(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Information Governance Manager"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Vale of Glamorgan" in _main(web, host, pol)


def test_status_pills_and_spoc_on_policy_summary(web: Heldback414Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    lib = "/your-council/policies-and-strategies"
    html = _html(web, host, lib)
    for word in ("Adopted", "Draft", "Archived"):
        assert f">{word}</span>" in html, word
    summ = f"{lib}/cctv-and-surveillance-equipment-policy"
    d = _auth(truth, host)["deliverables"]
    assert {_path(e["url"]) for e in d["5.3"]["evidence"]} == {summ}
    assert "Newark and Sherwood" in _main(web, host, f"{lib}/shared-cctv-service")
    assert d["5.5"]["status"] == "not_met"
    assert "not yet adopted" in _text(
        web, host, "/sites/default/files/2025-06/DRAFT-cctv-and-surveillance-policy-v2-0.pdf"
    )


def test_out_of_date_banner_editions_and_self_assessment(web: Heldback414Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    pg = "/community/crime-community-safety/cctv"
    assert '<div class="banner">' in _html(web, host, pg) and "out of date" in _main(web, host, pg)
    links = _links(web, host, f"{pg}/code-of-practice")
    v4 = f"http://{host}/sites/default/files/cctv-code-of-practice-v4-2025.pdf"
    assert v4 in links and f"http://{host}/sites/default/files/cctv-code-of-practice-v3-2019.pdf" in links
    assert "self-assessment tool" in _text(web, host, _path(v4))
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "mailto:" not in _html(web, host, pg)


def test_step_2_only_in_current_word_code(web: Heldback414Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    code = "/documents/cctv-code-of-practice-2024"
    assert _no_extension(code) and _render(web, f"http://{host}{code}").header("Content-Type") == DOCX_TYPE
    assert "step 2" in _text(web, host, code)
    assert "step 2" not in _main(web, host, "/communities-and-health/closed-circuit-television-cctv")
    assert "working towards" in _text(web, host, "/documents/cctv-code-of-practice-2021.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-11"
    assert not d["5.2"]["mark_displayed"] and [_path(e["url"]) for e in d["5.2"]["evidence"]] == [code]
    assert d["5.5"]["status"] == "not_met"


def test_one_fact_in_a_version_history_row_and_neighbours_award(web: Heldback414Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    d51 = a["deliverables"]["5.1"]
    dpp = "/council/information-governance/data-protection-policy"
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{dpp}"]
    assert "<caption>Version history</caption>" in _html(web, host, dpp)
    pols = "/council/information-governance/policies"
    assert "Withdrawn for review" in _main(web, host, pols)
    assert "certificate of compliance" in _main(web, host, "/news/control-room-partners-recognised")
    assert a["deliverables"]["5.2"]["status"] == "not_met"


def test_html_policy_sections_with_in_force_and_draft_versions(web: Heldback414Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    pol = "/community-safety/cctv/cctv-and-surveillance-policy"
    html = _html(web, host, pol)
    assert '<h2 id="s8">8. Roles and responsibilities</h2>' in html and ">In force</span>" in html
    draft = "/media/4412/draft-cctv-and-surveillance-policy-v2-1.pdf"
    assert "Community Safety Manager would become" in _text(web, host, draft)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["spoc"]["role"] == "Head of Property Services"
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-07"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_library_labels_a_signed_final_mou_draft(web: Heldback414Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    lib = "/council/shared-services/documents"
    main = _main(web, host, lib)
    assert "Memorandum of understanding: CCTV and West Mercia Police" in main and "Draft" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and not doc["draft"] and _no_extension(doc["url"])
    assert _render(web, doc["url"]).header("Content-Type") == PDF_TYPE
    text = _text(web, host, _path(doc["url"]))
    assert "FINAL - version 1.0" in text and "Signed on behalf of West Mercia Police" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{lib}"}


def test_record_only_procedure_beside_superseded_code(web: Heldback414Web, truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    pg = "/crime-safety-emergencies/cctv"
    html = _html(web, host, pg)
    assert ">In force</span>" in html and ">Superseded</span>" in html
    assert "Surrey Police at Reigate" in _text(web, host, "/media/3301/cctv-code-of-practice-2016.pdf")
    for path in (pg, f"{pg}/interim-cctv-operating-procedure"):
        assert "mailto:" not in _html(web, host, path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["dpia"] and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_chapters_with_revision_stamps(web: Heldback414Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    chapters = {f"http://{host}{code}"} | {f"http://{host}{code}/{n}" for n in range(2, 11)}
    assert _linking(web, host, f"http://{host}{code}/6") == chapters
    assert 'rel="next"' in _html(web, host, f"{code}/5")
    assert "step 1" in _main(web, host, f"{code}/6")
    assert '<p class="revision-stamp">Unchanged since version 4</p>' in _html(web, host, f"{code}/6")
    assert '<p class="revision-stamp">Updated in version 6</p>' in _html(web, host, f"{code}/9")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-03"
    (doc,) = d["5.5"]["documents"]
    assert doc["force"] == "Norfolk" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{code}/9"}


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback414Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.nottinghamshire.gov.uk", "www.maldon.gov.uk", "www.uttlesford.gov.uk"})
    assert '<main id="main">' not in _html(web, "www.maldon.gov.uk", "/")
    assert "CCTV upgrade" in _text(web, "democracy.maldon.gov.uk", "/mgAi.aspx?ID=6610")
    assert "does not run town centre cameras" in _main(
        web, "www.nottinghamshire.gov.uk", "/community-safety/town-centre-cctv"
    )
