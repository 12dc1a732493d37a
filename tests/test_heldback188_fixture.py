"""The hundred and eighty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a code of practice in three separate PDF parts
with the SPOC and the police agreement's mention only in Part 3; a step 2 award only as a row of a code's
certification history appendix; camera facts in part 2 of a guide in numbered parts whose 'code of practice' link is
the ICO's hosted guidance, and a signed ISA only on the open data pages of a CMIS host; one fact in an information
asset register row; bilingual privacy notice twins out of step with each other and a DPO as the only contact; a signed
police ISA only as an appendix of a Word annual review served without extension; a police monitoring agreement only
mentioned in committee minutes; an unsigned draft partnership agreement only in Executive papers; a signed protocol
only in a policies library not linked from the camera page, and a step 1 claim only in the code; another council's hub
code with an unsigned certificate of agreement naming the police, and a SPOC only in a job profile; a legacy site
whose step 2 claim is only in a camera schedule PDF; a CIL table row on a shared site; robots.txt forbidding the
search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback188.truth import TRUTH_PATH
from fixtures.heldback188.web import Heldback188Web


@pytest.fixture(scope="module")
def web() -> Heldback188Web:
    return Heldback188Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in evidence}


def test_fresh_councils(web: Heldback188Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 188)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_code_in_three_parts_with_spoc_only_in_part_3(web: Heldback188Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    pg = "/community-safety/cctv"
    parts = [u for u in _links(web, host, pg) if "cctv-code-of-practice-part-" in u]
    assert len(parts) == 3 and all(u.endswith(".pdf") for u in parts)
    texts = {urlsplit(u).path: _text(web, host, urlsplit(u).path) for u in parts}
    holders = {path for path, text in texts.items() if "single point of contact" in text}
    assert len(holders) == 1 and "part-3" in next(iter(holders))
    assert "single point of contact" not in _main(web, host, pg)
    assert "Metropolitan Police" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == holders
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]["evidence"]) == holders
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.1"]["criteria"]["responsible_officer"]
    decision = "http://democracy.havering.gov.uk/mgDecisionDetails.aspx?IId=37544&Opt=1"
    assert decision not in d["5.1"]["pages"] and "20,000" not in " ".join(e["quote"] for e in d["5.1"]["evidence"])


def test_step_2_only_in_a_certification_history_appendix(web: Heldback188Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    pg = "/your-city-council/cctv-body-worn-video"
    main = _main(web, host, pg)
    assert "step 2" not in main.lower() and "certif" not in main.lower() and "<img" not in _html(web, host, pg)
    assert "Data Protection Act 1998" in main
    code = "/sites/default/files/docs/your-city-council/cctv/code-of-practice-public-scheme.pdf"
    text = _text(web, host, code)
    assert "Appendix D - Certification history" in text and "service level agreement" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"] == {**d["5.2"], "status": "met", "level": "step2", "awarded": "2019-11", "mark_displayed": False}
    assert _paths(d["5.2"]["evidence"]) == {code}
    assert d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_numbered_guide_ico_code_link_and_isa_on_cmis_open_data(web: Heldback188Web, truth: dict) -> None:
    host = "www.hull.gov.uk"
    cmis = "cmis.hull.gov.uk"
    guide = f"http://{host}/information-governance/data-protection"
    part2 = f"{guide}/2"
    assert _linking(web, host, part2) == {guide, f"{guide}/3", f"{guide}/4"}
    assert "Part 2 of 4" in _main(web, host, "/information-governance/data-protection/2")
    ico = "/media/2231/ico-surveillance-code.pdf"
    assert f"http://{host}{ico}" in _links(web, host, "/information-governance/data-protection/2")
    assert "Information Commissioner's Office" in _text(web, host, ico)
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["policy"] and d["5.1"]["criteria"]["complaints"]
    assert f"http://{host}{ico}" not in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Humberside" and urlsplit(doc["url"]).hostname == cmis
    opendata = f"http://{cmis}/cmis/OpenData/InformationSharing.aspx"
    assert _linking(web, host, doc["url"]) == {opendata}
    assert _linking(web, host, opendata) == {f"{guide}/4", f"http://{cmis}/cmis/OpenData.aspx"}
    assert "Signed on behalf of Humberside Police" in _text(web, cmis, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("information@")


def test_bilingual_twins_out_of_step_and_dpo_only(web: Heldback188Web, truth: dict) -> None:
    host = "www.pembrokeshire.gov.uk"
    en = "/privacy-promise/privacy-notice-cctv-at-council-sites"
    cy = "/cy/addewid-preifatrwydd/hysbysiad-preifatrwydd-teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    en_main, cy_main = _main(web, host, en), _main(web, host, cy)
    assert "revised 02/05/2019" in en_main and "31 days" in en_main and "Data Protection Act 1998" in en_main
    assert "diwygiwyd 14/03/2024" in cy_main and "30 diwrnod" in cy_main
    a = _auth(truth, host)
    d = a["deliverables"]
    assert a["nation"] == "Wales" and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "Data Protection Officer" in en_main and "dataprotection@" in _html(web, host, en)
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_signed_isa_only_as_appendix_of_a_word_annual_review_without_extension(
    web: Heldback188Web, truth: dict
) -> None:
    host = "www.bassetlaw.gov.uk"
    pg = "/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "CCTV-Annual-Review-2024-25.docx" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Appendix 3 - Information Sharing Agreement" in text and "Signed on behalf of Nottinghamshire Police" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert "Signed on behalf" not in _main(web, host, pg)
    assert '<th scope="col">Document</th><th scope="col">Format</th>' in _html(web, host, pg)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["statistics"]


def test_police_agreement_only_mentioned_in_committee_minutes(web: Heldback188Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    dem = "democracy.epsom-ewell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]} == {dem}
    assert not d["5.1"]["criteria"]["police_agreement"] and not d["5.1"]["criteria"]["statistics"]
    assert "Recordings are held for 31 days" in _text(
        web, dem, "/documents/s21904/Safer%20Streets%20Grant%20and%20CCTV.pdf"
    )
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert "Ashley Centre" in _main(web, host, "/business/go-epsom-bid")


def test_unsigned_draft_partnership_agreement_in_executive_papers(web: Heldback188Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    dem = "modgov.cherwell.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=41877"}
    text = _text(web, dem, urlsplit(doc["url"]).path)
    assert "20__" in text and "DRAFT" in text
    assert "partnership agreement" in _main(web, host, "/info/120/safer-communities/162/closed-circuit-television-cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_signed_protocol_only_in_the_policies_library_and_step_1_only_in_code(web: Heldback188Web, truth: dict) -> None:
    host = "www.dacorum.gov.uk"
    pg = "/home/community-living/community-safety/cctv-and-the-community-control-centre"
    lib = f"http://{host}/home/council-democracy/policies-and-strategies"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire"
    assert _linking(web, host, doc["url"]) == {lib}
    assert doc["url"] not in _links(web, host, pg)
    assert "step one" not in _main(web, host, pg).lower()
    code = "/docs/default-source/community-safety/cctv-code-of-practice-2023.pdf"
    assert "step one (desktop) certification" in _text(web, host, code)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pg}


def test_hub_code_unsigned_certificate_and_spoc_only_in_job_profile(web: Heldback188Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    code = "/sites/default/files/2024-05/pennine-cctv-hub-code-of-practice.pdf"
    text = _text(web, host, code)
    assert "Certificate of Agreement" in text and "Lancashire Constabulary" in text and "20__" in text
    assert "Blackburn with Darwen" in text
    jp = "/sites/default/files/jobs/community-safety-officer-cctv-job-profile.pdf"
    assert "single point of contact for surveillance cameras" in _text(web, host, jp)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert d["5.3"]["status"] == "partial" and f"http://{host}{jp}" not in {e["url"] for e in d["5.3"]["evidence"]}
    assert "single point of contact" not in _main(web, host, "/community/community-safety/cctv")


def test_legacy_site_step_2_only_in_camera_schedule(web: Heldback188Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    pg = "/your-community/community-safety/cctv"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html and "step 2" not in html
    schedule = "/media/documents/c/cctv_camera_schedule_2024.pdf"
    assert "step 2 (full) certification" in _text(web, host, schedule)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and _paths(d["5.2"]["evidence"]) == {schedule}
    assert d["5.1"]["criteria"]["statistics"] and d["5.3"]["spoc"]["role"] == "CCTV Manager"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.wealden.gov.uk", "www.epsom-ewell.gov.uk", "www.westdevon.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(web: Heldback188Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.gloucestershire.gov.uk", "retention", "/council-and-democracy/open-data/information-asset-register"),
        ("www.epsom-ewell.gov.uk", "cameras", "/residents/community-safety/safer-epsom"),
        ("www.adur-worthing.gov.uk", "cameras", "/planning-policy/community-infrastructure-levy/worthing-cil-spending"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert "<td>" in _html(web, host, path) or host == "www.epsom-ewell.gov.uk", host
    assert "Adur District Council" in _main(web, "www.adur-worthing.gov.uk", "/news/new-cameras-for-shoreham")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback188Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.wealden.gov.uk", "www.westdevon.gov.uk", "eastdevon.gov.uk"})
    assert "Exmouth Town Council" in _main(web, "eastdevon.gov.uk", "/community/cctv-in-exmouth")
