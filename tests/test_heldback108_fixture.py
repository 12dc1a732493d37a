"""The hundred-and-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 93 to 107; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (an old CCTV address left as a stub after a
redesign, with the new page linked through ?utm= tracking and a trailing-slash variant and naming its canonical
address; a signed SLA with the Metropolitan Police; camera facts only inside an annual governance statement PDF; a
SPOC whose only contact route is an enquiry form; a camera count only in a same-host fragment shown in an iframe; a
SPOC in a privacy notice four levels deep; a live CCTV page beside a closed consultation whose draft ISA has dotted
signature lines; a Welsh twin; a CCTV guide split into numbered parts; a partnership's code on the council's host
with a signatories schedule; a page whose only camera text is a table of locations; a policies library paged over
four pages holding the code and a signed ISA; the count and figures only in a <noscript> fallback; a privacy notice
linked with a trailing slash and a canonical link; the annual review only in a corporate risk register extract;
one-fact park and car park pages; committee papers on a democracy host; and councils that publish nothing but
carry look-alikes).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback108.truth import TRUTH_PATH
from fixtures.heldback108.web import Heldback108Web


@pytest.fixture(scope="module")
def web() -> Heldback108Web:
    return Heldback108Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_real_councils_none_from_sets_93_to_107(web: Heldback108Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(93, 108) if f"heldback{k}" in names]
    assert others, "the earlier sets are on disk"
    assert not mine & codes_of_sets(others), "no council of sets 93-107 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_stub_after_redesign_url_variants_canonical_and_signed_sla(web: Heldback108Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    new = f"http://{host}/public-health-safety/cctv"
    stub = "/community-safety-and-crime/cctv-in-newham"
    assert "has moved" in _main(web, host, stub) and f"{new}/" in _links(web, host, stub)
    r = _render(web, f"{new}/")
    assert r.status == 301 and r.header("Location") == new
    home = _links(web, host, "/")
    assert any(u.startswith(f"{new}?utm_source=") for u in home) and new not in home
    assert _render(web, f"{new}?utm_source=homepage&utm_medium=tile").status == 200
    assert f'<link rel="canonical" href="{new}">' in _html(web, host, "/public-health-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert (
        "on behalf of the London Borough of Newham" in text and "on behalf of the Metropolitan Police Service" in text
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert new in d["5.1"]["pages"] and all("utm" not in u for u in d["5.1"]["pages"])


def test_facts_only_in_governance_statement_and_spoc_only_by_form(web: Heldback108Web, truth: dict) -> None:
    host = "go.walsall.gov.uk"
    page = "/community-safety/public-space-cctv"
    ags = "/sites/default/files/2025-07/Annual-Governance-Statement-2024-25.pdf"
    main = _main(web, host, page)
    assert "single point of contact" in main and "104" not in main and "28 days" not in main
    assert "mailto:" not in _html(web, host, page) and not re.search(r"\d{4} ?\d{3} ?\d{3,4}", main)
    assert "<form" in _html(web, host, "/forms/cctv-enquiry")
    assert _linking(web, host, f"http://{host}/forms/cctv-enquiry") == {f"http://{host}{page}"}
    d = _auth(truth, host)["deliverables"]
    crit_pages = {urlsplit(e["url"]).path for e in d["5.1"]["evidence"]}
    assert crit_pages == {ags, page}
    text = _text(web, host, ags)
    assert (
        "Annual Governance Statement" in text and "5.4 Public space CCTV" in text and "Internal audit opinion" in text
    )
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_count_only_in_iframe_fragment_and_spoc_in_privacy_notice(web: Heldback108Web, truth: dict) -> None:
    host = "www.eastriding.gov.uk"
    embed = "/living/community-safety/cctv/camera-towns-embed"
    page = _html(web, host, "/living/community-safety/cctv")
    assert f'<iframe src="{embed}"' in page and "147" not in _main(web, host, "/living/community-safety/cctv")
    frag = _html(web, host, embed)
    assert "<main" not in frag and "<header" not in frag and "147 public space cameras" in frag
    d = _auth(truth, host)["deliverables"]
    notice = (
        "/council/governance-and-spending/how-we-use-your-information/find-privacy-information/privacy-notice-for-cctv"
    )
    assert _paths(d["5.3"]["evidence"]) == {notice} and d["5.3"]["spoc"]["email"]
    assert f"http://{host}{embed}" in d["5.1"]["pages"]


def test_closed_consultation_draft_isa_and_welsh_twin(web: Heldback108Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    cons = "/EN/Council/Consultation/ClosedConsultations/TownCentreCCTVReview.aspx"
    assert "closed on 30 September 2023" in _main(web, host, cons)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}{cons}"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "......" in _text(web, host, urlsplit(doc["url"]).path)
    cy = f"http://{host}/CY/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTV.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(
        web, host, "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV/CCTV.aspx"
    )


def test_numbered_guide_parts_and_documents_without_extension(web: Heldback108Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    guide = f"http://{host}/community-safety/cctv-closed-circuit-television"
    site = web.sites[host]
    for n in "1234":
        assert site.pages[(host, f"/community-safety/cctv-closed-circuit-television/{n}")].parent is None
    assert _linking(web, host, f"{guide}/3") == {f"{guide}/{n}" for n in "124"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017-03"
    report = "/downloads/file/2714/cctv-annual-report-2023-24"
    r = _render(web, f"http://{host}{report}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{report}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_partnership_code_on_council_host_with_signatories(web: Heldback108Web, truth: dict) -> None:
    host = "www.oxford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == host and doc["force"] == "Thames Valley"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Thames Valley CCTV Partnership" in text and "Cherwell District Council: 63 cameras" in text
    assert "Signed for Oxford City Council" in text and "Signed on behalf of Thames Valley Police" in text
    assert sum(urlsplit(u).path == urlsplit(doc["url"]).path for u in d["5.1"]["pages"]) == 1
    assert d["5.3"]["status"] == "not_met"


def test_page_that_is_only_a_table_of_locations(web: Heldback108Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    path = "/article/24817/Town-centre-camera-locations"
    html = _html(web, host, path)
    main = html.split('<main id="main">', 1)[1].split("</main>", 1)[0]
    rest = re.sub(r"<h1>.*?</h1>|<table>.*?</table>", "", main, flags=re.S)
    assert "<caption>" in main and not re.search(r"(?i)camera|cctv|surveillance", rest)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{path}"]


def test_policies_library_paged_over_four_pages(web: Heldback108Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    lib = f"http://{host}/council/policies/index.aspx"
    assert '<main id="main">' not in _html(web, host, "/council/policies/index.aspx")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    code = f"http://{host}/PDF/safety/CCTV_Code_of_Practice_2022.pdf"
    assert _linking(web, host, code) == {f"{lib}?page=2"}
    assert _linking(web, host, doc["url"]) == {f"{lib}?page=3"}
    assert "Showing page 4 of 4" in _text(web, host, "/council/policies/index.aspx?page=4")
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert "Hampshire and Isle of Wight Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Cyber Essentials" in _text(web, host, "/council/it-security.aspx") and d["5.2"]["status"] == "not_met"


def test_figures_only_in_noscript_and_step_2_with_mark(web: Heldback108Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    html = _html(web, host, "/pages/about_the_camera_system")
    inside = html.split("<noscript>", 1)[1].split("</noscript>", 1)[0]
    outside = html.replace(inside, "")
    assert "98 cameras" in inside and "2,146 incidents" in inside and "98 cameras" not in outside
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert 'alt="Surveillance camera code of practice certification mark"' in _html(web, host, "/pages/cctv")
    assert "information sharing agreement with Leicestershire Police" in _main(
        web, host, "/pages/community_safety_partnership"
    )
    assert d["5.5"]["status"] == "not_met"
    assert "Data Protection Act 1998" in _main(
        web, host, "/pages/how_to_apply_for_access_to_information_held_on_the_cctv_system"
    )


def test_privacy_notice_slash_link_canonical_and_risk_register(web: Heldback108Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    notice = f"http://{host}/privacy-policy/cctv-and-body-worn-cameras"
    assert f"{notice}/" in _links(web, host, "/privacy-policy")
    assert _render(web, f"{notice}/").status == 301
    assert f'<link rel="canonical" href="{notice}">' in _html(web, host, "/privacy-policy/cctv-and-body-worn-cameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] and d["5.3"]["spoc"]["phone"]
    risk = "/documents/corporate-risk-register-extract-2025-q2.pdf"
    assert d["5.1"]["criteria"]["annual_review"] and f"http://{host}{risk}" in d["5.1"]["pages"]
    assert "service level agreement" in _text(web, host, risk) and d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback108Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.guildford.gov.uk", "cameras", "/article/24817/Town-centre-camera-locations"),
        ("www.chorley.gov.uk", "retention", "/parks-and-open-spaces/astley-park"),
        ("www.highpeak.gov.uk", "cameras", "/parking/car-parks/pavilion-gardens-buxton"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    dem = "democracy.chorley.gov.uk"
    assert dem in web.sites["www.chorley.gov.uk"].hosts()
    assert "CCTV" in _main(web, dem, "/mgAi.aspx?ID=32224")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback108Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.cannockchasedc.gov.uk", "www.adur-worthing.gov.uk"})
    assert "Suffolk Constabulary" in _main(web, "www.suffolk.gov.uk", "/council-and-democracy/data-sharing-agreements")
    assert "Adur District Council funds four cameras" in _main(
        web, "www.adur-worthing.gov.uk", "/community-safety/adur-cctv"
    )
