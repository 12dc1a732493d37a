"""The 347th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a signed agreement only as a background paper of a
Cabinet Member decision on a meetings host; a camera table mixing community safety and enforcement cameras; a step 2
claim only inside a closed native dialog; area mailboxes only behind email-protection links, a phone the readable
route; a bilingual page pair and a partnership agreement only mentioned; a brief camera section on a 'Land we own'
page whose SPOC is named only in a folded 'Changes to this page' log; a SPOC on the Emergency Services Centre page
beside out-of-hours calls, and a signed Word protocol without extension; a combined authority's shared service
agreement that is not a police agreement; a signed three-party protocol linked only from the RIPA page; a step 1
sentence on a standards sub-page; a stale web page titled as a code of practice; one fact in an employee privacy
notice and one on a stray dogs page; a two-council comparison table holding one council's facts and SPOC in its
column; and three councils that publish nothing but carry a toolkit for parishes, a village hall's cameras in a
grants table, a neighbourhood plan, a members' briefing, busway and schools look-alikes).
"""

from __future__ import annotations

import json
import re
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

from fixtures.heldback347.truth import TRUTH_PATH
from fixtures.heldback347.web import Heldback347Web


@pytest.fixture(scope="module")
def web() -> Heldback347Web:
    return Heldback347Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback347Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 347)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 7, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_agreement_only_as_background_paper_of_a_cabinet_member_decision(web: Heldback347Web, truth: dict) -> None:
    host, dem = "www.haringey.gov.uk", "www.minutes.haringey.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/ieDecisionDetails.aspx?ID=9921"}
    assert "Background papers" in _html(web, dem, "/ieDecisionDetails.aspx?ID=9921")
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, dem, urlsplit(doc["url"]).path)
    cctv = "/community-safety-and-engagement/cctv"
    assert "Traffic and School Streets enforcement cameras" in _html(web, host, cctv)
    assert "working towards independent certification" in _main(web, host, cctv)
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert not any("minutes" in u for u in _auth(truth, host)["deliverables"]["5.1"]["pages"])


def test_step_2_claim_only_inside_a_closed_dialog(web: Heldback347Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    page = _html(web, host, "/crime-and-community-safety/sefton-cctv")
    before, _, rest = page.partition('<dialog id="certification"')
    inside = rest.split("</dialog>", 1)[0]
    assert " open" not in inside.split(">", 1)[0]
    assert "step 2" in inside and "step 2" not in before and "step 2" not in rest.split("</dialog>", 1)[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2018-11"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and "Signed on behalf of Merseyside Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_mailboxes_only_behind_email_protection_links(web: Heldback347Web, truth: dict) -> None:
    host = "www.northnorthants.gov.uk"
    page = _html(web, host, "/community-safety-and-emergencies/cctv")
    assert page.count("[email&#160;protected]") == 4 and "@northnorthants" not in page
    assert page.count('href="/cdn-cgi/l/email-protection#') == 4
    assert f"http://{host}/cdn-cgi/l/email-protection" in _links(web, host, "/community-safety-and-emergencies/cctv")
    cdn = _html(web, host, "/cdn-cgi/l/email-protection")
    assert "unable to access this email address" in cdn and "@" not in cdn
    d53 = _auth(truth, host)["deliverables"]["5.3"]
    assert d53["status"] == "partial" and d53["spoc"]["email"] is None and d53["spoc"]["phone"] == "01536 555014"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_bilingual_pair_and_partnership_agreement_only_mentioned(web: Heldback347Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    en, cy = "/en/community-safety/cctv", "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "service level agreement between the two councils" in _main(web, host, en)


def test_camera_section_on_land_page_and_spoc_only_in_changes_log(web: Heldback347Web, truth: dict) -> None:
    host = "www.easthants.gov.uk"
    lw = "/property-and-land/land-we-own"
    page = _html(web, host, lw)
    body, _, log = page.partition('<details class="page-history">')
    assert "single point of contact" not in body and "single point of contact" in log.split("</details>")[0]
    assert not re.search(r"(?i)cctv|camera", _html(web, host, "/a-z").split("<main", 1)[1])
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {lw}
    assert d["5.1"]["pages"] == [f"http://{host}{lw}"] and d["5.5"]["status"] == "partial"
    assert f"http://{host}/fly-tipping" in _linking(web, host, f"http://{host}{lw}")


def test_spoc_on_out_of_hours_centre_page_and_word_protocol_without_extension(web: Heldback347Web, truth: dict) -> None:
    host = "www.ipswich.gov.uk"
    esc = "/communities-and-health/closed-circuit-television-cctv/emergency-services-centre"
    main = _main(web, host, esc)
    assert "out-of-hours calls" in main and "single point of contact" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {esc}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Suffolk" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert d["5.2"]["level"] == "step2" and d["5.1"]["criteria"]["statistics"]


def test_combined_authority_agreement_is_not_a_police_agreement(web: Heldback347Web, truth: dict) -> None:
    host, dem = "www.tamworth.gov.uk", "democracy.tamworth.gov.uk"
    assert "shared service agreement" in _main(web, host, "/cctv") and "BS 7958" in _main(web, host, "/cctv")
    assert "fully compliant" in _html(web, dem, "/mgAi.aspx?ID=12997")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_signed_protocol_linked_only_from_ripa_page_and_step_1(web: Heldback347Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    ripa = f"http://{host}/your-council/policies/regulation-of-investigatory-powers-act-ripa"
    assert _linking(web, host, doc["url"]) == {ripa} and "covert surveillance" in _main(web, host, urlsplit(ripa).path)
    assert "Signed for Nottinghamshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-05" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/community-safety/cctv/standards"}


def test_stale_page_titled_code_of_practice(web: Heldback347Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    page = _html(web, host, "/community/crime-community-safety/cctv")
    assert "<h1>CCTV Code of Practice</h1>" in page and "may be out of date" in page and "29/04/2021" in page
    assert ".pdf" not in page and "cemeteries" in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "Colchester Amphora" in _html(web, "tdcdemocracy.tendringdc.gov.uk", "/mgAi.aspx?ID=35765")


def test_one_fact_councils(web: Heldback347Web, truth: dict) -> None:
    for host, crit, path, where in (
        ("www.uttlesford.gov.uk", "cameras", "/privacy-notice/employee-privacy-notice", "Employee privacy notice"),
        ("www.nuneatonandbedworth.gov.uk", "retention", "/environmental-health/dog-warden/stray-dogs", "Stray dogs"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"] and f"<h1>{where}</h1>" in _html(web, host, path)
    assert "does not operate public space CCTV" in _main(
        web, "www.uttlesford.gov.uk", "/foi/disclosure-log/cctv-cameras"
    )


def test_comparison_table_credits_only_one_councils_column(web: Heldback347Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    cam = "/community-safety/cameras-at-council-sites"
    html = _html(web, host, cam)
    assert '<th scope="col">South Norfolk Council</th><th scope="col">Broadland District Council</th>' in html
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", html)
    broadland = [r[2] for r in rows]
    a = _auth(truth, host)
    quotes = [e["quote"] for d in a["deliverables"].values() for e in d["evidence"]]
    assert quotes and not any(q in cell for q in quotes for cell in broadland)
    assert all(any(q in r[0] or q in r[1] for r in rows) for q in quotes if "subject access" not in q)
    assert a["deliverables"]["5.3"]["spoc"]["email"].endswith("southnorfolk.example.gov.uk")
    assert "community interest company" in _main(web, host, "/community-safety/community-cctv")


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback347Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.cambridgeshire.gov.uk", "www.lewes-eastbourne.gov.uk", "www.torridge.gov.uk"}
    )
    lewes = "www.lewes-eastbourne.gov.uk"
    assert "toolkit is for clerks and councillors" in _main(
        web, lewes, "/community-and-safety/cctv/toolkit-for-town-and-parish-councils"
    )
    assert "Shebbear Village Hall Committee" in _html(
        web, "www.torridge.gov.uk", "/community-grants/grants-awarded-2024-25"
    )
    assert "Members' briefing" in _html(web, "democracy.cambridgeshire.gov.uk", "/mgAi.aspx?ID=40318")
    torridge = web.sites["www.torridge.gov.uk"]
    assert torridge.search is None and not torridge.sitemap and not torridge.az
    assert '<main id="main">' not in _html(web, "www.torridge.gov.uk", "/")
