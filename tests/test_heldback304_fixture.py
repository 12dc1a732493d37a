"""The three hundred and fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Its emphasis is the police agreement in its many forms and homes. Checks: the councils are fresh; the labelling
rules hold with the intended tallies; and the structures are really served: a signed tripartite agreement linked
only from a record-of-processing table; a signed agreement that is a schedule page of an HTML policy, executed in
running text; a signatories-first memorandum beside an expired one and another council's agreement; a signed
protocol whose title never says CCTV, third of three documents; a draft SLA only as a Cabinet appendix on a
democracy host; an unsigned Word template in a transparency table; mentions in a privacy notice, a guide part and
a shared-service page; agreements between councils, a PCC grant agreement and police-signed protocols on other
subjects as look-alikes; a SPOC team reached by a web form, a SPOC in a definition list, a SPOC as a FAQ answer;
step 2 in a definition list and in a mark's alt text, step 1 in a privacy notice; a bilingual site with /CYM
twins; a one-fact page on a legacy site and one fact folded in a details panel; and councils that publish
nothing but carry look-alikes.
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

from fixtures.heldback304.truth import TRUTH_PATH
from fixtures.heldback304.web import Heldback304Web


@pytest.fixture(scope="module")
def web() -> Heldback304Web:
    return Heldback304Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback304Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 304)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_tripartite_agreement_only_in_record_of_processing(web: Heldback304Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    ropa = f"http://{host}/council/data-protection/record-of-processing"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {ropa}
    assert '<th scope="col">Agreement</th>' in _html(web, host, _path(ropa))
    text = _text(web, host, _path(doc["url"]))
    for party in ("London Borough of Redbridge", "Metropolitan Police Service", "British Transport Police"):
        assert f"Signed for and on behalf of the {party}" in text or f"Signed for and on behalf of {party}" in text
    # the other police protocol in the same table is about ASB case notes and excludes cameras
    asb = f"http://{host}/media/5230/asb-case-review-protocol.pdf"
    assert _linking(web, host, asb) == {ropa} and "Camera images are outside its scope" in _text(web, host, _path(asb))
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.operations@")


def test_spoc_team_by_web_form_and_draft_sla_in_cabinet_papers(web: Heldback304Web, truth: dict) -> None:
    host, dem = "www.birmingham.gov.uk", "democracy.birmingham.gov.uk"
    pol = "/info/20014/crime_and_community_safety/1205/surveillance_camera_policy"
    main = _main(web, host, pol)
    assert "single point of contact for all surveillance camera systems" in main
    assert "mailto:" not in _html(web, host, pol)
    assert f"http://{host}/forms/surveillance-camera-enquiry" in _links(web, host, pol)
    assert "senior responsible owner of the CCTV upgrade project" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=88412"}
    text = _text(web, dem, _path(doc["url"]))
    assert "DRAFT v0.4" in text and "20__" in text
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_bilingual_schedule_page_executed_in_running_text(web: Heldback304Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    assert f"http://{host}/CYM" in _links(web, host, "/")
    twin = "/CYM/Eich-Cyngor/Diogelu-Data-a-Rhyddid-Gwybodaeth/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, twin)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    sched = _path(doc["url"])
    assert "text/html" in (_render(web, doc["url"]).header("Content-Type") or "")
    main = _main(web, host, sched)
    assert "Execution" in main and "for South Wales Police by Chief Superintendent" in main
    assert "<table" not in _html(web, host, sched)
    assert "Vale of Glamorgan Council under an agreement between the two councils" in _main(
        web, host, "/ENG/Your-Council/Data-protection-and-FOI/cctv-policy-and-code-of-practice"
    )
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Information Governance Manager"


def test_signatories_first_memorandum_beside_expired_and_councils_agreements(web: Heldback304Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    page = "/communities/safer-chelmsford-partnership/partnership-agreements"
    html = _html(web, host, page)
    assert "Expired March 2023" in html and "Maldon District Council" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2024-07-15" and "2024" in doc["url"]
    text = _text(web, host, _path(doc["url"]))
    assert text.index("Signatories") < text.index("1. Purpose")
    cctv = "/communities/community-safety/cctv/cctv-in-chelmsford"
    assert "<dt>Surveillance Camera Commissioner certification</dt>" in _html(web, host, cctv)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_protocol_without_cctv_in_its_title_and_faq_spoc(web: Heldback304Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    g = "/community-safety/cctv-closed-circuit-television"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert "cctv" not in doc["title"].lower() and doc["force"] == "Staffordshire"
    docs = [u for u in _links(web, host, f"{g}/2") if "/downloads/file/" in u]
    assert len(docs) == 3 and docs[2] == doc["url"]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "<h3>Who is the council's single point of contact for surveillance cameras?</h3>" in _html(
        web, host, f"{g}/3"
    )
    assert "BS 7958" in _text(web, host, "/downloads/file/3101/cctv-code-of-practice")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_unsigned_word_template_in_transparency_table_and_spoc_in_dl(web: Heldback304Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "[insert date]" in _text(web, host, _path(doc["url"]))
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/transparency"}
    html = _html(web, host, "/community-safety/cctv")
    assert "<dt>Senior responsible officer and single point of contact for surveillance cameras</dt>" in html
    assert "award-winning" in html and d["5.2"]["status"] == "not_met"


def test_mentions_only(web: Heldback304Web, truth: dict) -> None:
    for host, path, words in (
        ("www.chorley.gov.uk", "/privacy-notices/cctv", "under our information sharing agreement"),
        ("www.runnymede.gov.uk", "/community-safety/safer-runnymede/2", "memorandum of understanding"),
        ("www.huntingdonshire.gov.uk", "/streets-parking-transport/cctv", "data sharing agreement with Cambridgeshire"),
    ):
        d = _auth(truth, host)["deliverables"]
        assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"], host
        assert d["5.1"]["criteria"]["police_agreement"], host
        assert words in _main(web, host, path), host
    # Chorley: the notice is reached from the footer's privacy link, not from the CCTV page; the DPO is not the SPOC
    assert "http://www.chorley.gov.uk/privacy-notices/cctv" not in _links(
        web, "www.chorley.gov.uk", "/safer-chorley/cctv"
    )
    assert "dpo@chorley.example.gov.uk" in _html(web, "www.chorley.gov.uk", "/privacy-notices/cctv")
    assert _auth(truth, "www.chorley.gov.uk")["deliverables"]["5.3"]["spoc"]["email"] == "cctv@chorley.example.gov.uk"
    # Huntingdonshire: town councils' service level agreements are agreements between councils
    assert "service level agreements with the district council" in _main(
        web, "www.huntingdonshire.gov.uk", "/streets-parking-transport/cctv"
    )


def test_step_2_alt_text_guide_and_step_1_in_privacy_notice(web: Heldback304Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    html = _html(web, host, "/community-safety/safer-runnymede/1")
    assert 'alt="Surveillance Camera Code of Practice: full certification (step 2)"' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018-11"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    host = "www.bassetlaw.gov.uk"
    assert "step 1 desktop certification since 2020" in _main(
        web, host, "/about-us/data-protection/privacy-notices/cctv"
    )
    b = _auth(truth, host)["deliverables"]
    assert b["5.2"]["level"] == "step1" and not b["5.2"]["mark_displayed"]
    grant = _text(web, host, "/media/3390/safer-streets-grant-agreement.pdf")
    assert "Police and Crime Commissioner" in grant and "Signed for the Office" in grant
    assert b["5.5"]["status"] == "not_met"


def test_one_fact_councils_and_councils_hub_agreement(web: Heldback304Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    html = _html(web, host, "/business/town-centre-team")
    folded = html.split("<summary>Safety in the town centre</summary>", 1)[1].split("</details>", 1)[0]
    assert "Pennine CCTV hub" in folded
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    agr = "/documents/s52210/Pennine_CCTV_Hub_Partnership_Agreement.pdf"
    assert "Lancashire Constabulary is not a party" in _text(web, "democracy.burnley.gov.uk", agr)
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    host = "www.great-yarmouth.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, host, "/")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}/leisure-and-culture-gy/heritage-projects/winter-gardens-restoration"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_councils_that_publish_nothing_carry_police_protocols_on_other_subjects(
    web: Heldback304Web, truth: dict
) -> None:
    hosts = {"www.wokingham.gov.uk", "www.hertfordshire.gov.uk", "www.braintree.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    for host, path, words in (
        (
            "www.wokingham.gov.uk",
            "/sites/default/files/2024-05/csp-asb-information-sharing-agreement.pdf",
            "It does not cover images from CCTV",
        ),
        (
            "www.hertfordshire.gov.uk",
            "/media-library/documents/safeguarding-information-sharing-protocol.pdf",
            "Camera images are outside its scope",
        ),
        (
            "www.braintree.gov.uk",
            "/download/downloads/id/4410/joint_licensing_enforcement_protocol.pdf",
            "does not concern any camera owned by the council",
        ),
    ):
        text = _text(web, host, path)
        assert words in text and "Signed for" in text and ("Police" in text or "Constabulary" in text), host
        assert _linking(web, host, f"http://{host}{path}"), host
