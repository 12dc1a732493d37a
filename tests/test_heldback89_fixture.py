"""The eighty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 74 to 90; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement in a data sharing register
served without extension; a SPOC in a key-roles table; a step 2 claim only in a badge's alt text; camera pages only
on the search's second results page; a wordless /node address reached only from a related-links panel; a
control-room telephone as the only contact; a bilingual Welsh site with a Welsh heading over English text, the
information only in an annual report PDF and a service level agreement with another council; a mark with empty
alt text beside a step 2 sentence; a draft unsigned Word agreement; an accordion FAQ with hidden answers; an
agreement only in committee papers on a democracy host; a legacy layout without <main>; sub-pages that never repeat
the council's name; a signature page apart from the agreement; a page that never writes 'CCTV'; a third party's
certification claim in news; a privacy notice guide four clicks deep on a site without search, sitemap or A to Z;
hosted guidance about agreements; a SPOC only inside a PDF; robots.txt forbidding the search; one-fact councils;
and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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
from fixtures.heldback89.truth import TRUTH_PATH
from fixtures.heldback89.web import Heldback89Web


@pytest.fixture(scope="module")
def web() -> Heldback89Web:
    return Heldback89Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_74_to_90(web: Heldback89Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(74, 91) if k != 89 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 74-90 may be reused"
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
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_in_data_sharing_register_without_extension_and_spoc_in_roles_table(
    web: Heldback89Web, truth: dict
) -> None:
    host = "new.enfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/transparency/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-8:]
    cctv = "/services/community-safety/closed-circuit-television-cctv"
    assert doc["url"] not in _links(web, host, cctv)
    roles = f"{cctv}/who-is-responsible"
    page = _html(web, host, roles)
    assert "<th>Role</th><th>Name</th><th>Contact</th>" in page
    assert "<td>Single point of contact for surveillance camera systems</td>" in page
    assert "single point of contact" not in _main(web, host, cctv).lower()
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {roles}


def test_step_2_only_in_badge_alt_and_pages_on_the_second_results_page(web: Heldback89Web, truth: dict) -> None:
    host = "liverpool.gov.uk"
    codes = "/council/strategies-plans-and-policies/crime-and-community-safety/cctv-monitoring-codes-of-practice"
    assert "step 2" not in _main(web, host, codes).lower()
    assert 'alt="City Watch: Surveillance Camera Commissioner third party certification, step 2' in _html(
        web, host, codes
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    first = _links(web, host, "/search?q=cctv")
    second = _links(web, host, "/search?q=cctv&page=2")
    assert f"http://{host}/search?q=cctv&page=2" in first
    for path in (codes, "/crime-prevention-and-emergencies/cctv"):
        assert f"http://{host}{path}" not in first and f"http://{host}{path}" in second, path
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_wordless_node_page_only_from_related_links_and_control_room_phone_only(
    web: Heldback89Web, truth: dict
) -> None:
    host = "www.cheshirewestandchester.gov.uk"
    node = f"http://{host}/node/1234"
    assert _linking(web, host, node) == {f"http://{host}/residents/community-safety/anti-social-behaviour"}
    page = _html(web, host, "/residents/community-safety/anti-social-behaviour")
    assert '<aside class="related-links"><h2>Related links</h2>' in page and 'href="/node/1234"' in page
    assert "<h1>Safer streets</h1>" in _html(web, host, "/node/1234")
    d = _auth(truth, host)["deliverables"]
    assert node in d["5.1"]["pages"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, "/node/1234").split('<main id="main">', 1)[1]
    report = next(u for u in d["5.1"]["pages"] if u.endswith("annual-review-2023-24"))
    assert _render(web, report).header("Content-Type") == "application/pdf"


def test_bilingual_welsh_site_report_pdf_and_sla_with_another_council(web: Heldback89Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    en = "/community-and-living/community-safety/public-space-cctv"
    cy = "/cy/cymuned/teledu-cylch-cyfyng"
    assert f"http://{host}/cy" in _links(web, host, "/")
    assert '<html lang="cy">' in _html(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    assert "<h2>Teledu Cylch Cyfyng mewn Mannau Cyhoeddus</h2>" in _html(web, host, en)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    report = "/wp-content/uploads/2024/10/public-space-cctv-annual-monitoring-report-2023-24.pdf"
    for key in ("purpose", "retention", "statistics", "disclosure"):
        assert "31 days" not in _main(web, host, en)
        ev = next(e for e in d["5.1"]["evidence"] if e["url"] == f"http://{host}{report}")
        assert ev and d["5.1"]["criteria"][key], key
    sla = _text(web, host, "/wp-content/uploads/2023/07/cctv-monitoring-service-level-agreement.pdf")
    assert "Caerphilly County Borough Council" in sla and "Police" not in sla
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "met"


def test_empty_alt_mark_beside_step_2_sentence_and_draft_word_agreement(web: Heldback89Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    pg = "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx"
    assert '<img src="/images/scc-cert-mark.png" alt=""><p>Our CCTV service was awarded step 2' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_accordion_faq_and_agreement_only_in_committee_papers(web: Heldback89Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    dem = "democracy.maidstone.gov.uk"
    assert dem in web.sites[host].hosts()
    page = _html(web, host, "/residents/community-safety/public-realm-cctv")
    assert page.count('class="accordion__panel" hidden>') == 7
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Kent"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=31544"}
    assert f"http://{dem}/mgAi.aspx?ID=31544" in _links(web, dem, "/ieListDocuments.aspx?CId=612&MId=4871")
    assert not any("democracy" in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["police_agreement"]


def test_legacy_layout_publishing_nothing(web: Heldback89Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    assert "<main" not in _html(web, host, "/jobs/cctv-operator-relief")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_subpages_without_the_name_step_1_and_separate_signature_page(web: Heldback89Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    subs = web.sites[host].pages[(host, "/CCTV")].children
    assert len(subs) == 5
    d = _auth(truth, host)["deliverables"]
    for sub in subs:
        assert "Mansfield" not in _main(web, host, sub), sub
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, "/CCTV/data-protection-and-standards").split('<main id="main">', 1)[1]
    isa = _text(web, host, "/media/7781/ISA-public-space-CCTV-Notts-Police.pdf")
    sig = _text(web, host, "/media/7782/ISA-public-space-CCTV-signature-page.pdf")
    assert "Signed for" not in isa and "Signed for Nottinghamshire Police" in sig
    links = _links(web, host, "/CCTV/data-protection-and-standards")
    assert f"http://{host}/media/7782/ISA-public-space-CCTV-signature-page.pdf" in links
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Nottinghamshire"


def test_page_that_never_writes_cctv_and_third_party_certification_in_news(web: Heldback89Web, truth: dict) -> None:
    host = "www.woking.gov.uk"
    pg = "/leisure-and-culture/woking-leisure-centre"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    news = _main(web, host, "/news/surrey-heath-monitoring-change")
    assert "full certification" in news and "portfolio holder said" in news
    assert d["5.2"]["status"] == "not_met"


def test_privacy_notice_guide_four_clicks_deep_without_search(web: Heldback89Web, truth: dict) -> None:
    host = "www.teignbridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/cookies-and-privacy-notices",
        "/cookies-and-privacy-notices/service-privacy-notices",
        "/cookies-and-privacy-notices/service-privacy-notices/closed-circuit-television-cctv",
        "/cookies-and-privacy-notices/service-privacy-notices/closed-circuit-television-cctv/"
        "how-your-information-will-be-used",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and all("/closed-circuit-television-cctv/" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_hosted_guidance_is_not_an_agreement(web: Heldback89Web, truth: dict) -> None:
    host = "www.rother.gov.uk"
    text = _text(web, host, "/documents/sussex-public-space-cctv-information-sharing-guidance.pdf")
    assert "information sharing agreement" in text and "not itself an agreement" in text
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_spoc_only_inside_the_code_pdf_and_town_council_sla(web: Heldback89Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    assert "single point of contact" not in _main(web, host, "/article/1764/CCTV").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/2318/CCTV-code-of-practice-2024.pdf"}
    assert "service level agreement" in _main(web, host, "/article/2290/CCTV-for-town-and-parish-councils")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.dover.gov.uk", "www.burnley.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host in ("www.worcestershire.gov.uk", "www.woking.gov.uk", "www.wealden.gov.uk"):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback89Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.burnley.gov.uk", "eastdevon.gov.uk", "www.rother.gov.uk"})
