"""The two hundred and ninety-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Emphasis: how the camera contact point is given. Checks: the councils are fresh; the labelling rules hold with the
intended tallies; and the structures the set is built from are really served (a SPOC only as a staff directory entry
beside RIPA, police, parking and data protection cards; a SPOC row in a 'who to ask' table beside rows that are not
the SPOC; a SPOC designated only under an enquiry form, the form being the route; a SPOC named only in a policy PDF's
roles appendix with no route; a SPOC in a Word code's roles list; the partner council's officer as SPOC in a shared
services table row; a team page naming a centre manager who is not designated; a telephone line as the only
contact; a shared service's off-site form as the only contact; a team page's contact aside; a RIPA page's SPOC for
communications data; a signed police agreement behind an officer decision on a democracy host, another as the policy
PDF's appendix, another beside a councils' agreement; a draft Word agreement; step 2 beside a mark, in a table row and
in a key facts list; 'working towards'; a bilingual question-and-answer page; one building's policy as a county's only
disclosure; a paged guide; councils that publish nothing but carry look-alikes).
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

from fixtures.heldback293.truth import TRUTH_PATH
from fixtures.heldback293.web import Heldback293Web


@pytest.fixture(scope="module")
def web() -> Heldback293Web:
    return Heldback293Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_fresh_councils(web: Heldback293Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 293)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 6, "not_met": 4}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_only_as_a_staff_directory_entry(web: Heldback293Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    guide = [f"/crime-prevention-community-safety/cctv/{n}" for n in (1, 2, 3)]
    for path in guide:
        assert "single point of contact" not in _main(web, host, path).lower(), path
    assert f"http://{host}{guide[1]}" in _links(web, host, guide[0])
    assert f"http://{host}{guide[2]}" in _links(web, host, guide[1])
    directory = "/directory/people/public-protection"
    assert f"http://{host}{directory}" in _links(web, host, guide[2])
    html = _html(web, host, directory)
    assert html.count('class="h-card directory-entry"') == 4 and 'href="tel:+442084617718"' in html
    main = _main(web, host, directory)
    assert "Senior Responsible Officer" in main and "Not a council officer" in main
    assert "Data Protection Officer" in _main(web, host, "/directory/people/information-governance")
    assert "Bus lane" in _main(web, host, "/directory/people/parking-services")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {directory}
    assert d["5.3"]["spoc"]["email"] == "cctv.spoc@bromley.example.gov.uk"
    code = "/downloads/file/2291/cctv-code-of-practice"
    assert _render(web, f"http://{host}{code}").header("Content-Type") == "application/pdf"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_team_page_names_a_manager_and_signed_sla_behind_an_officer_decision(web: Heldback293Web, truth: dict) -> None:
    host, dem = "www.sunderland.gov.uk", "democracy.sunderland.gov.uk"
    team = "/article/13047/City-Alarm-and-Emergency-Centre-team"
    html = _html(web, host, team)
    assert '<th scope="col">Role</th><th scope="col">What they do</th><th scope="col">Contact</th>' in html
    main = _main(web, host, team)
    assert "single point of contact" not in main.lower() and "employed by Northumbria Police" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and _paths(d["5.3"]["evidence"]) == {team}
    decision = f"http://{dem}/ieDecisionDetails.aspx?ID=4412"
    assert _linking(web, host, decision) >= {f"http://{host}/article/13046/CCTV-in-Sunderland"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).hostname == dem and _linking(web, host, doc["url"]) == {decision}
    assert "Signed for and on behalf of Northumbria Police" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert d["5.2"]["status"] == "not_met" and "BS 7958" in _main(web, host, "/article/13046/CCTV-in-Sunderland")


def test_spoc_row_in_a_who_to_ask_table_step_2_beside_mark_and_draft_word_agreement(
    web: Heldback293Web, truth: dict
) -> None:
    host = "www.bristol.gov.uk"
    ask = "/residents/crime-and-emergencies/cctv/who-to-ask"
    html = _html(web, host, ask)
    assert "<caption>Who to ask about CCTV</caption>" in html and html.count("<tr>") == 7
    main = _main(web, host, ask)
    assert "Data Protection Officer" in main and "police liaison desk" in main and "Traffic Enforcement" in main
    assert "single point of contact" not in _main(web, host, "/residents/crime-and-emergencies/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {ask}
    ops = "/residents/crime-and-emergencies/bristol-operations-centre"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, ops)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "DRAFT for consultation" in _text(web, host, urlsplit(doc["url"]).path)


def test_one_buildings_policy_is_the_countys_only_disclosure(web: Heldback293Web, truth: dict) -> None:
    host = "www.gloucestershire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met"
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {"/archives/policies/cctv-policy/"}
    assert "http://www.gloucestershire.gov.uk/media/2841/cctv-policy-heritage-hub.docx" in _links(
        web, host, "/archives/policies/cctv-policy/"
    )
    assert "Answer: none" in _main(
        web, host, "/council-and-democracy/freedom-of-information/disclosure-log/public-space-cctv/"
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "Archives Facilities Officer"


def test_bilingual_qa_page_whose_only_contact_is_a_shared_services_off_site_form(
    web: Heldback293Web, truth: dict
) -> None:
    host = "www.torfaen.gov.uk"
    page = "/en/Community-Wellbeing/Community-Safety/Crime-Prevention/CCTV.aspx"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    html = _html(web, host, page)
    assert html.count("<h3>") == 7 and "mailto:" not in html.split('<main id="main">', 1)[1]
    off_site = [u for u in _links(web, host, page) if urlsplit(u).hostname != host]
    assert off_site == ["https://www.srs.example.org.uk/contact-the-control-room"]
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and not spoc["email"] and not spoc["phone"]
    cy = "/cy/Lles-Cymunedol/Diogelwch-Cymunedol/Atal-Troseddu/Teledu-Cylch-Cyfyng.aspx"
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, cy)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_team_pages_contact_aside_councils_sla_and_working_towards(web: Heldback293Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "working towards third-party certification" in main and "service level agreement between the two" in main
    assert "mailto:" not in _html(web, host, "/community-safety/cctv").split('<main id="main">', 1)[1]
    assert '<aside class="contact-panel">' in _html(web, host, "/community-safety/community-safety-team")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_spoc_only_under_an_enquiry_form_step_2_row_and_signed_isa_beside_councils_agreement(
    web: Heldback293Web, truth: dict
) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    page = "/your-district/public-protection/crime-prevention/cctv/"
    form = "/forms/cctv-enquiry/"
    assert "single point of contact" not in _main(web, host, page).lower()
    html = _html(web, host, form)
    assert (
        '<form action="/forms/cctv-enquiry/submit" method="post"' in html and "<h2>Who reads your message</h2>" in html
    )
    assert "mailto:" not in html.split('<main id="main">', 1)[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {form}
    assert "<td>Step 2 full certification, awarded June 2021 after an on-site audit</td>" in _html(web, host, page)
    assert "<img" not in _html(web, host, page) and not d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire"
    ssa = "/media/nsdc-redesign/documents-and-images/cctv/cctv-shared-service-agreement.pdf"
    assert f"http://{host}{ssa}" in _links(web, host, page) and "Ashfield District Council" in _text(web, host, ssa)


def test_spoc_named_only_in_a_policy_appendix_without_a_route(web: Heldback293Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    policy = "/media/5521/CCTV-Policy-2024/pdf/CCTV_Policy_2024.pdf"
    text = _text(web, host, policy)
    assert "Appendix B: Roles and responsibilities" in text and "single point of contact for surveillance" in text
    assert "@" not in text and "telephone" not in text.lower()
    assert "single point of contact" not in _main(web, host, "/article/21203/CCTV").lower()
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and not spoc["email"] and not spoc["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and urlsplit(doc["url"]).path == policy and "Signed for Lincolnshire Police" in text
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "Arrests assisted" in _text(
        web, "democracy.boston.gov.uk", "/documents/s31877/CCTV_annual_report_appendix_A.pdf"
    )


def test_spoc_in_a_word_codes_roles_list_beside_the_polices_spoc(web: Heldback293Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    code = "/media/3312/cctv-code-of-practice.docx"
    assert (_render(web, f"http://{host}{code}").header("Content-Type") or "").startswith("application/vnd.openxml")
    text = _text(web, host, code)
    assert "2. Roles" in text and "Single point of contact for surveillance cameras" in text
    main = _main(web, host, "/your-community/cctv/cctv-in-ashford-and-tenterden/")
    assert "Kent Police CCTV single point of contact" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {code}
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-10" and not d["5.2"]["mark_displayed"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_partner_councils_officer_as_spoc_in_a_shared_services_row(web: Heldback293Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    shared = "/council/shared-services-with-chorley"
    assert f"http://{host}{shared}" in _links(web, host, "/community-and-living/community-safety/cctv")
    assert 'href="mailto:communitysafety@chorley.example.gov.uk"' in _html(web, host, shared)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].endswith("@chorley.example.gov.uk")
    assert d["5.5"]["status"] == "not_met"


def test_telephone_only_and_one_fact_councils(web: Heldback293Web, truth: dict) -> None:
    host = "www.castlepoint.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    html = _html(web, host, "/community-safety")
    assert 'href="tel:+441268882473"' in html and "mailto:" not in html
    a = _auth(truth, host)["deliverables"]
    assert [k for k, v in a["5.1"]["criteria"].items() if v] == ["complaints"]
    assert a["5.3"]["status"] == "partial" and a["5.3"]["spoc"]["phone"] and not a["5.3"]["spoc"]["email"]
    host = "www.hinckley-bosworth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    assert d["5.1"]["pages"] == [f"http://{host}/parks-and-open-spaces/queens-park-hinckley"]
    assert "single point of contact (SPOC) for communications data" in _main(
        web, host, "/council/regulation-of-investigatory-powers"
    )
    assert d["5.3"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.sunderland.gov.uk", "www.ashford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback293Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.eastcambs.gov.uk", "www.rossendale.gov.uk", "www.ne-derbyshire.gov.uk"})
    assert "the council operates none" in _main(web, "www.eastcambs.gov.uk", "/foi/disclosure-log/public-space-cctv")
