"""The three hundred and ninety-third held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a tabbed CCTV page whose figures and
certification sit in hidden panels; a step 2 claim only on a family hubs' visitor page beside NSI approval on the CCTV
page; a SPOC designated only in governors' guidance on school cameras; one fact only in a travel assistance policy
served without extension; numeric addresses with /cy twins and a signed bilingual Word protocol; a SPOC only in a body
worn video policy; a signed ISA in a partnership agreements table; a privacy notice with the DPO as the only contact;
a signed ISA linked only from a young people's page; committee papers on a democracy host; a legacy site without
search, sitemap or A to Z; a step 2 claim only on a work experience page for students; a one-fact holiday activities
page; a stale 1998 Act line and robots forbidding search; a SPOC only on a children's safeguarding page and a draft
MoU; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback393.truth import TRUTH_PATH
from fixtures.heldback393.web import Heldback393Web


@pytest.fixture(scope="module")
def web() -> Heldback393Web:
    return Heldback393Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback393Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 393)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_tabbed_page_with_figures_and_certification_in_hidden_panels(web: Heldback393Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    html = _html(web, host, "/cctv")
    assert '<div role="tablist">' in html
    first = html.split('id="tabpanel-1"', 1)[1].split("</div>", 1)[0]
    assert "1,361" not in first and "certification" not in first
    for i, words in ((2, "1,361 incidents"), (3, "code compliance certification"), (4, "civil claims")):
        panel = html.split(f'id="tabpanel-{i}" aria-labelledby="tab-{i}" hidden>', 1)[1].split("</div>", 1)[0]
        assert words in panel, i
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("pss.controlroom@")
    streets = _main(web, host, "/hackney-education/school-streets")
    assert (
        "penalty charge notice" in streets
        and f"http://{host}/hackney-education/school-streets" not in d["5.1"]["pages"]
    )
    template = _render(web, f"http://{host}/media/8812/template-school-cctv-notice")
    assert (template.header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_step_2_only_on_family_hub_page_beside_nsi_approval(web: Heldback393Web, truth: dict) -> None:
    host = "www.sandwell.gov.uk"
    pg = "/info/200223/community_safety/2536/cctv_in_sandwell"
    visit = "/info/200312/children_and_families/3125/visiting_a_family_hub"
    main = _main(web, host, pg)
    assert "National Security Inspectorate" in main and "step 2" not in main.lower()
    assert _linking(web, host, f"http://{host}{visit}") == {
        f"http://{host}/info/200312/children_and_families/3120/family_hubs"
    }
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03" and _paths(d["5.2"]) == {visit}
    assert "412 arrests" in _text(web, host, "/downloads/file/2990/cctv_outcome_summary_2024-25")
    assert "412" not in main
    assert "Sandwell Children's Trust" in _main(
        web, host, "/info/200312/children_and_families/3130/family_time_and_contact_centres"
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_spoc_only_in_governors_guidance_and_step_1_in_a_list(web: Heldback393Web, truth: dict) -> None:
    host = "www.durham.gov.uk"
    guide = "/media/38114/cctv-on-school-sites-governors-guidance.pdf"
    assert "single point of contact" not in _main(web, host, "/article/2716/CCTV").lower()
    assert _linking(web, host, f"http://{host}{guide}") == {
        f"http://{host}/schools-and-learning/governors/guidance-for-governing-boards"
    }
    text = _text(web, host, guide)
    assert "governing board, not the council, is the data controller" in text and "Single Point of Contact" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {guide}
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022"
    assert "<li>Step 1 (desktop) certification" in _html(web, host, "/article/2716/CCTV")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_only_in_travel_assistance_policy_without_extension(web: Heldback393Web, truth: dict) -> None:
    host = "www.nottinghamshire.gov.uk"
    pol = f"http://{host}/media/118302/home-to-school-travel-assistance-policy-2025-26"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [pol] and _no_extension(pol)
    assert [k for k, v in d51["criteria"].items() if v] == ["other_systems"]
    r = _render(web, pol)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "County Council's own fleet" in _text(web, host, urlsplit(pol).path)
    site = web.sites[host]
    assert not any("own fleet that carry pupils" in pg.body for pg in site.pages.values())
    assert "Sherwood Lodge" in _main(web, host, "/community-safety/town-centre-cctv")


def test_numeric_addresses_cy_twin_and_signed_bilingual_word_protocol(web: Heldback393Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    assert f"http://{host}/cy/27238" in _links(web, host, "/27238")
    assert '<html lang="cy">' in _html(web, host, "/cy/27238")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/27238" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales" and _no_extension(doc["url"]) and doc["date"] == "2024-03-11"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Llofnodwyd ar ran Heddlu De Cymru" in text and "Signed on behalf of South Wales Police" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_spoc_only_in_body_worn_video_policy_and_isa_in_agreements_table(web: Heldback393Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    bwv = "/media/2201/body-worn-video-policy.pdf"
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv-cameras").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {bwv}
    agreements = f"http://{host}/council-and-democracy/partnership-agreements"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and _linking(web, host, doc["url"]) == {agreements}
    table = _main(web, host, urlsplit(agreements).path)
    assert "Everyone Active" in table and "Leicestershire Police" in table
    assert "Condition 7" in _main(web, host, "/planning-and-building-control/decisions/24-00512-ful")


def test_privacy_notice_with_dpo_only_and_policy_without_extension(web: Heldback393Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    notices = "/support/privacy-and-data/service-privacy-notices"
    pg = f"http://{host}{notices}/cctv-privacy-notice"
    assert _linking(web, host, pg) == {f"http://{host}{notices}"}
    assert "dpo@fdean.example.gov.uk" in _main(web, host, urlsplit(pg).path)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert f"http://{host}/media/6612/cctv-policy" in d["5.1"]["pages"] and _no_extension("/media/6612/cctv-policy")
    assert "Tidenham" in _main(web, host, "/community/mobile-cctv-cameras")


def test_signed_isa_linked_only_from_young_peoples_page(web: Heldback393Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/young-people/safer-nights-out"}
    assert "is not a party to this agreement" in _text(web, host, urlsplit(doc["url"]).path)
    main = _main(web, host, "/CCTV")
    assert "BS 7958" in main and "information sharing agreement" not in main.lower()
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/CCTV"}


def test_step_2_only_on_work_experience_page_and_figures_in_a_caption(web: Heldback393Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    html = _html(web, host, "/pages/cctv")
    assert "<figcaption>Monitored incidents have risen" in html and "step 2" not in html.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and _paths(d["5.2"]) == {"/pages/work_experience"}
    assert "Year 12 students" in _main(web, host, "/pages/work_experience")
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_on_holiday_activities_page(web: Heldback393Web, truth: dict) -> None:
    host = "www.ambervalley.gov.uk"
    hol = "/children-and-young-people/holiday-activities"
    assert '<ul class="card-grid">' in _html(web, host, "/children-and-young-people")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{hol}"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "67 to 12" in _main(web, host, "/council-and-democracy/minutes-full-council-16-november-2016")


def test_stale_act_retention_only_in_code_and_robots(web: Heldback393Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    main = _main(web, host, "/cctv")
    assert "Data Protection Act 1998" in main and "30 days" not in main
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    assert a["deliverables"]["5.5"]["status"] == "partial" and a["deliverables"]["5.3"]["spoc"]["email"].startswith(
        "community@"
    )
    code = "/media/4402/CCTV-code-of-practice/pdf/CCTV_code_of_practice.pdf"
    assert "kept for up to 30 days" in _text(web, host, code)


def test_spoc_only_on_childrens_safeguarding_page_and_draft_mou(web: Heldback393Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    safe = "/community/safeguarding/keeping-children-safe-at-our-venues-and-events"
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {safe}
    assert "enhanced DBS check" in _main(web, host, safe)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    notice = "/about-council/information-and-data/privacy/shbc-cctv-privacy-notice"
    assert "Runnymede Borough Council" in _main(web, host, notice)


def test_committee_papers_and_legacy_site(web: Heldback393Web, truth: dict) -> None:
    dem = "democracy.arun.gov.uk"
    assert dem in web.sites["www.arun.gov.uk"].hosts()
    assert "data controller" in _main(web, dem, "/mgAi.aspx?ID=8514")
    assert "Sussex Police" in _text(web, dem, "/documents/s24411/Public-facing-CCTV-upgrade.pdf")
    ned = web.sites["www.ne-derbyshire.gov.uk"]
    assert ned.search is None and not ned.sitemap and not ned.az
    assert '<main id="main">' not in _html(web, "www.ne-derbyshire.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback393Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.arun.gov.uk", "www.ne-derbyshire.gov.uk", "www.blaby.gov.uk"})
    assert "camera car" in _main(web, "www.blaby.gov.uk", "/community/schools")
