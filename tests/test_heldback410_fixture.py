"""The four hundred and tenth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from, on two-tier and devolved government, are really served (a county's
who-does-what table sending CCTV to the districts and naming the combined authority; a city's explainer about the
combined authority and the commissioner that alone links the signed police memorandum; a unitary successor's page by
predecessor area with the predecessors' archived pages still live; a district watched by a combined authority whose
certificate is not its own, with a draft three-party Word agreement; a Welsh county watched in another council's
control room with a /cy twin; a shared website's two-column page where only the other council has cameras; a step 1
claim only in an annual report PDF on a site with moderngov papers; a SPOC in a roles list; a step 2 claim in a
compliance table linking a signed agreement served only as a bare print version; legacy .cfm pages with a marked
badge and a signed agreement on a police sub-page; a privacy notice naming another council as monitor and a DPO only;
one-fact councils on an offices page and a legacy safer-communities page; and councils that publish nothing).
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

from fixtures.heldback410.truth import TRUTH_PATH
from fixtures.heldback410.web import Heldback410Web


@pytest.fixture(scope="module")
def web() -> Heldback410Web:
    return Heldback410Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback410Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 410)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_county_who_does_what_table_sends_cctv_to_districts(web: Heldback410Web, truth: dict) -> None:
    host = "www.cambridgeshire.gov.uk"
    pg = "/residents/community-safety/who-does-what"
    html = _html(web, host, pg)
    assert '<th scope="col">Service</th><th scope="col">Who is responsible</th>' in html
    main = _main(web, host, pg)
    assert "Cambridgeshire and Peterborough Combined Authority" in main and "Your city or district council" in main
    assert f"http://{host}{pg}" in _links(web, host, "/a-z")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_combined_authority_explainer_alone_links_the_signed_memorandum(web: Heldback410Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    explainer = f"http://{host}/community-and-safety/policing-and-community-safety-who-does-what"
    assert doc["signed"] and doc["force"] == "Northumbria" and _linking(web, host, doc["url"]) == {explainer}
    assert "North East Combined Authority" in _main(web, host, urlsplit(explainer).path)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Newcastle City Council" in text and "Northumbria Police" in text
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("camera.governance@")


def test_unitary_successor_with_predecessors_archived_pages(web: Heldback410Web, truth: dict) -> None:
    host = "www.northnorthants.gov.uk"
    d = _auth(truth, host)["deliverables"]
    for pg in (
        "/former-councils/kettering/crime-prevention/closed-circuit-television",
        "/former-councils/wellingborough/crime-prevention/cctv-town-centre-management",
    ):
        assert 'class="notice notice--archived"' in _html(web, host, pg)
        assert f"http://{host}{pg}" not in d["5.1"]["pages"]
    main = _main(web, host, "/community-safety-and-emergencies/cctv")
    assert all(area in main for area in ("Corby area", "East Northamptonshire area", "Wellingborough area"))
    code = "/downloads/file/3312/cctv-code-of-practice"
    assert _no_extension(code) and _render(web, f"http://{host}{code}").header("Content-Type") == "application/pdf"
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_welsh_county_watched_in_another_councils_control_room(web: Heldback410Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert '<html lang="cy">' in _html(web, host, "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/")
    assert f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/" in d["5.1"]["pages"]
    assert "holds full certification" in _main(web, host, "/community-safety/cctv/")
    assert d["5.2"]["status"] == "not_met" and not d["5.1"]["criteria"]["code_compliance"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_combined_authority_monitors_draft_three_party_word_agreement(web: Heldback410Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "West Midlands Combined Authority" in _main(web, host, "/CCTV")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["status"] == "not_met"


def test_shared_site_two_columns_only_the_other_council_has_cameras(web: Heldback410Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert '<th scope="col">South Norfolk Council</th><th scope="col">Broadland District Council</th>' in html
    assert "Broadland does not operate public space cameras" in _main(web, host, "/community-safety/cctv")
    assert_publish_nothing(
        web, truth, {"www.cambridgeshire.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.stroud.gov.uk"}
    )


def test_step_1_only_in_annual_report_and_papers_on_democracy_host(web: Heldback410Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    d = _auth(truth, host)["deliverables"]
    report = "/media/2714/cctv-annual-report-2024-25.pdf"
    assert "step 1" not in _main(web, host, "/community-safety/cctv").lower()
    assert "step 1 (desktop) certification" in _text(web, host, report)
    assert d["5.2"]["level"] == "step1" and {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{report}"}
    dem = "democracy.nwleics.gov.uk"
    assert dem in web.sites[host].hosts() and "CCTV improvement plan" in _html(web, dem, "/mgAi.aspx?ID=31882")
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_spoc_in_a_roles_list(web: Heldback410Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    html = _html(web, host, "/community/community-safety/cctv-policy")
    assert "<dt>Single point of contact (SPOC) for surveillance cameras</dt>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_compliance_table_and_agreement_only_as_bare_print_version(web: Heldback410Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/compliance"}
    bare = _html(web, host, urlsplit(doc["url"]).path)
    assert "<main" not in bare and "<nav" not in bare and "Signed for Staffordshire Police" in bare
    assert "<td>Step 2 full certification (SSAIB), awarded November 2020</td>" in _html(web, host, "/cctv/compliance")
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]


def test_legacy_cfm_pages_badge_and_signed_agreement_on_police_sub_page(web: Heldback410Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(
        web, host, "/community/crime_and_safety/cctv.cfm"
    )
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community/crime_and_safety/cctv_police.cfm"}
    assert d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"


def test_privacy_notice_another_council_monitors_dpo_only(web: Heldback410Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "King's Lynn and West Norfolk" in _main(web, host, "/privacy/cctv")
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback410Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.blaby.gov.uk", "retention", "/your-council/visiting-the-council-offices"),
        ("www.n-kesteven.gov.uk", "operator", "/residents/community-safety/safer-communities"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    site = web.sites["www.n-kesteven.gov.uk"]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, site.host, "/")
