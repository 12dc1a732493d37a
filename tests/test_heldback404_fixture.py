"""The 404th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, most of them on anti-social behaviour and community
safety pages (camera facts in one row of an enforcement hub's teams table, with a code served without extension; a
SPOC only as a step of an ASB 'what happens next' flow; a signed CCTV agreement only among a PSPO page's documents,
beside a signed ASB case review procedure with the same force; step 2 as one term of a definition list; a deployment
protocol with a scoring matrix, the SPOC and both signatures, and a Word request form; a signed police protocol only
on a Joint Action Group page, with a mark and a step 2 sentence; camera facts only on a PSPO page, watched by another
council's certified centre; a SPOC only as one row of an ASB case review panel table; a draft Word agreement on an
ASB partners page and a committee report on a democracy host; camera facts as one section of an ASB tools page beside
a signed protocol that says nothing of cameras; one fact in a buskers' code, on a car meets page and in a PSPO map
key; robots forbidding the search; and councils that publish nothing but carry look-alikes).
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback404.truth import TRUTH_PATH
from fixtures.heldback404.web import Heldback404Web


@pytest.fixture(scope="module")
def web() -> Heldback404Web:
    return Heldback404Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback404Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 404)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_camera_facts_in_one_row_of_the_hub_teams_table(web: Heldback404Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    hub = "/info/20004/community_and_living/3120/community_safety_and_enforcement_hub"
    html = _html(web, host, hub)
    row = html.split("<td>Public space CCTV</td>", 1)[1].split("</tr>", 1)[0]
    code = "/downloads/file/3417/public_space_camera_code_of_practice"
    assert "about 200 public space cameras" in row and f'href="{code}"' in row
    assert "<td>Traffic enforcement</td>" in html
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _no_extension(code) and "Metropolitan Police West Area Command Unit" in _text(web, host, code)
    move = f"http://{host}{hub}/moveable_cameras"
    assert _linking(web, host, move) == {f"http://{host}{hub}"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.hub@")
    review = _main(web, host, "/info/20004/community_and_living/3122/asb_case_review")
    assert (
        "single point of contact" in review
        and f"http://{host}/info/20004/community_and_living/3122/asb_case_review"
        not in {e["url"] for e in d["5.3"]["evidence"]}
    )
    assert "body-worn cameras" in _main(web, host, "/info/20004/community_and_living/3121/dispersal_orders")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_as_a_step_of_the_asb_flow(web: Heldback404Web, truth: dict) -> None:
    host = "www.sheffield.gov.uk"
    cctv = "/your-city-council/cctv-body-worn-video"
    flow = "/antisocial-behaviour/what-happens-after-you-report"
    assert "single point of contact" not in _main(web, host, cctv).lower()
    step = _html(web, host, flow).split('<ol class="flow">', 1)[1].split("</ol>", 1)[0]
    assert "Step 5: Council camera footage" in step and "Single Point of Contact for surveillance cameras" in step
    assert "Data Protection Act 1998" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {flow}
    dem = "democracy.sheffield.gov.uk"
    assert dem in web.sites[host].hosts() and "164" in _text(
        web, dem, "/documents/s72214/PSPO%20six%20month%20review.pdf"
    )
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_signed_cctv_agreement_only_among_the_pspo_documents(web: Heldback404Web, truth: dict) -> None:
    host = "www.cheshirewestandchester.gov.uk"
    pspo = f"http://{host}/residents/community-and-safety/anti-social-behaviour/public-spaces-protection-orders"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cheshire" and doc["date"] == "2023-05-22"
    assert _linking(web, host, doc["url"]) == {pspo}
    review = f"http://{host}/media/5729/asb-case-review-procedure.pdf"
    assert _linking(web, host, review) == {pspo}
    assert "Signed for Cheshire Constabulary" in _text(web, host, urlsplit(review).path)
    assert review not in {e["url"] for e in d["5.5"]["evidence"]}
    facts = _html(web, host, "/residents/community-and-safety/cctv").split('<dl class="facts">', 1)[1]
    assert "<dt>Certification</dt><dd>Full (step 2) certification" in facts
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_deployment_protocol_with_scoring_matrix_spoc_and_both_signatures(web: Heldback404Web, truth: dict) -> None:
    host = "www.winchester.gov.uk"
    proto = "/sites/default/files/2024-03/mobile-cctv-deployment-protocol.pdf"
    form = "/sites/default/files/2024-03/mobile-cctv-request-form.docx"
    mob = "/community-and-safety/graffiti-and-vandalism/mobile-cctv-cameras"
    text = _text(web, host, proto)
    assert "Scoring matrix" in text and "Criterion | 0 | 1 | 2 | 3" in text
    assert (
        "Signed for Winchester City Council" in text and "Signed for Hampshire and Isle of Wight Constabulary" in text
    )
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith(
        "application/vnd.openxmlformats"
    )
    assert _linking(web, host, f"http://{host}{proto}") == {f"http://{host}{mob}"}
    assert "Single Point of Contact" not in _main(web, host, mob)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {proto, form}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Hampshire"


def test_signed_protocol_only_on_the_joint_action_group_page(web: Heldback404Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    site = web.sites[host]
    assert not site.az and site.sitemap
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/joint-action-group"}
    sr = "/community-safety/safer-runnymede"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, sr)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018"
    assert "Single Point of Contact" not in _main(web, host, sr)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{sr}/deployable-cctv"}


def test_camera_facts_only_on_the_pspo_page_watched_by_another_councils_certified_centre(
    web: Heldback404Web, truth: dict
) -> None:
    host = "www.rushmoor.gov.uk"
    page = "/community-parks-and-leisure/community-safety/town-centres-pspo/"
    main = _main(web, host, page)
    assert main.index("bans drinking alcohol") < main.index("Cameras in the town centres")
    assert (
        "on our behalf" in main and "certificate of compliance" in main and "agreement between our two councils" in main
    )
    assert _render(web, f"http://{host}/community-parks-and-leisure/community-safety/cctv/").status == 404
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.1"]["status"] == "met"
    assert d["5.1"]["pages"] == [f"http://{host}{page}"]
    assert _text(web, host, "/media/cctv-map-aldershot.pdf").count("Street") >= 2


def test_spoc_only_in_the_case_review_panel_table(web: Heldback404Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    cctv = "/community-safety/cctv-closed-circuit-television/1"
    trig = "/community-safety/anti-social-behaviour/community-trigger"
    main = _main(web, host, cctv)
    assert "Single Point of Contact" not in main and "step 1 (desktop)" in main and "<img" not in _html(web, host, cctv)
    assert "<h3>Is the system checked independently?</h3>" in _html(web, host, cctv)
    panel = _html(web, host, trig).split("<caption>Who sits on the case review panel</caption>", 1)[1]
    row = panel.split('<th scope="row">Community Safety Manager</th>', 1)[1].split("</tr>", 1)[0]
    assert "Single Point of Contact for surveillance camera systems" in row and "mailto:" in row
    assert f'href="{cctv}"' not in _html(web, host, "/a-z")
    assert _linking(web, host, f"http://{host}{cctv}") >= {f"http://{host}/community-safety/anti-social-behaviour"}
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {trig}
    assert d["5.2"]["level"] == "step1" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert not d["5.5"]["documents"]


def test_draft_word_agreement_and_report_in_committee_papers(web: Heldback404Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    dem = "democracy.northdevon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["url"].endswith(".docx")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    partners = f"http://{host}/community-safety-and-emergencies/anti-social-behaviour/working-with-partners"
    assert _linking(web, host, doc["url"]) == {partners}
    assert "1,766" in _text(web, dem, "/documents/s19822/Appendix%20A%20CCTV%20Annual%20Report%202023.pdf")
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert "<ol><li>Mermaid Walk</li>" in _html(web, host, "/community-safety-and-emergencies/cctv")


def test_camera_section_of_the_asb_tools_page_and_a_protocol_without_cameras(web: Heldback404Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    main = _main(web, host, "/community-safety/anti-social-behaviour/tools-and-powers")
    assert main.index("Civil injunctions") < main.index("Public space cameras") < main.index("Closure powers")
    protocol = "/media/4390/joint-protocol-injunctions-and-closures.pdf"
    text = _text(web, host, protocol)
    assert "Signed for Hampshire and Isle of Wight Constabulary" in text and "camera" not in text.lower()
    reg = _html(web, host, "/community-safety/anti-social-behaviour/injunctions-and-orders-we-have-obtained")
    assert '<table class="register"><caption>Current orders</caption>' in reg and "doorbell camera recordings" in reg
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial" and d["5.1"]["criteria"]["dpia"]


def test_one_fact_councils(web: Heldback404Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.burnley.gov.uk", "cameras", "/community/town-centre-pspo/busking-code-of-conduct"),
        ("www.havant.gov.uk", "retention", "/community/anti-social-behaviour/car-meets-and-nuisance-vehicles"),
        (
            "www.highpeak.gov.uk",
            "cameras",
            "/community/anti-social-behaviour/public-spaces-protection-orders/buxton-town-centre-map",
        ),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(
        web, "www.burnley.gov.uk", "/community/town-centre-pspo/busking-code-of-conduct"
    )
    key = _html(
        web,
        "www.highpeak.gov.uk",
        "/community/anti-social-behaviour/public-spaces-protection-orders/buxton-town-centre-map",
    )
    assert '<figure class="map-key">' in key and "<dt>Camera symbol</dt>" in key
    assert "havant.moderngov.co.uk" in web.sites["www.havant.gov.uk"].hosts()


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.cheshirewestandchester.gov.uk", "www.havant.gov.uk", "www.waverley.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback404Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.worcestershire.gov.uk", "www.powys.gov.uk", "www.waverley.gov.uk"})
    assert 'lang="cy"' in _html(web, "www.powys.gov.uk", "/cy/diogelwch-cymunedol")
    assert "Dyfed-Powys Police" in _main(web, "www.powys.gov.uk", "/en/community-safety")
    assert "does not operate public space CCTV" in _main(
        web, "www.worcestershire.gov.uk", "/foi-disclosure-log/foi-2024-1187"
    )
