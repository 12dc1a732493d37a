"""The eighty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 73 to 90 (other than this one); the labelling rules
hold with the intended tallies; and the structures the set is built from are really served (a signed agreement
only in a data sharing register, without extension; another only as an appendix in committee papers on a democracy
host; another whose police signature is on a separate signature page; a camera page at a wordless address; a page
five clicks deep on a site without search; a SPOC only inside a PDF; a SPOC in a key-roles table; a mark with empty
alt text beside a step 2 sentence; a step 2 claim only in a badge's alt text; a step 1 sentence; a control-room
telephone as the only contact; a bilingual Welsh site with twins and Welsh headings over English text; sub-pages
that never repeat the council's name; a page that never writes 'CCTV'; a draft unsigned Word agreement; a shared
service agreement with another authority; hosted guidance about agreements; a third party's certification claim in
news; disclosure only in an annual report PDF; an accordion FAQ with hidden answers; a page reachable only from a
related links panel; the CCTV page only on the search's second results page; a page listing several schemes;
documents without extensions; FOI answers, job adverts, news and town council cameras; robots.txt forbidding the
search; councils that publish nothing but carry look-alikes).
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
from fixtures.heldback88.truth import TRUTH_PATH
from fixtures.heldback88.web import Heldback88Web


@pytest.fixture(scope="module")
def web() -> Heldback88Web:
    return Heldback88Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _main_html(web: Heldback88Web, host: str, path: str) -> str:
    return _html(web, host, path).split('<main id="main">', 1)[1].split("</main>", 1)[0]


def test_real_councils_none_from_sets_73_to_90(web: Heldback88Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(73, 91) if k != 88 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 73-90 may be reused"
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
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_wordless_address_phone_only_and_agreement_in_data_sharing_register(web: Heldback88Web, truth: dict) -> None:
    host = "www.brent.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/node/4127" in d["5.1"]["pages"]
    assert "Safer streets" in _html(web, host, "/node/4127")
    assert "mailto:" not in _main_html(web, host, "/node/4127")
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    reg = f"http://{host}/the-council-and-democracy/access-to-information/data-sharing-register"
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-8:]
    assert "agreement" not in _main(web, host, "/node/4127").lower()


def test_spoc_in_key_roles_table_and_agreement_mentioned(web: Heldback88Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    pg = "/info/50203/community_safety/2911/community_safety_cameras"
    body = _main_html(web, host, pg)
    assert '<th scope="col">Role</th><th scope="col">Name</th><th scope="col">Contact</th>' in body
    assert "single point of contact for surveillance cameras</td>" in body
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_page_five_clicks_deep_without_search_and_spoc_only_in_pdf(web: Heldback88Web, truth: dict) -> None:
    host = "www.leicestershire.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/about-the-council",
        "/about-the-council/data-protection-and-privacy",
        "/about-the-council/data-protection-and-privacy/how-we-use-your-information",
        "/about-the-council/data-protection-and-privacy/how-we-use-your-information/buildings-and-sites",
        "/about-the-council/data-protection-and-privacy/how-we-use-your-information/buildings-and-sites/"
        "cctv-systems-used-by-the-council",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert "single point of contact" not in _main(web, host, chain[-1])
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/3771/cctv-policy.pdf"}
    assert a["oracle_fetches"] == 7


def test_bilingual_twins_welsh_headings_and_empty_alt_mark(web: Heldback88Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    home = _links(web, host, "/")
    assert f"http://{host}/cy" in home and f"http://{host}/en" in home
    en = "/en/community-safety/cctv"
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    body = _main_html(web, host, en)
    assert "<h2>Pam mae gennym deledu cylch cyfyng</h2>" in body and "<h2>Cadw recordiadau</h2>" in body
    assert '<img src="/images/sccop-mark.png" alt="">' in body
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-03"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_badge_alt_annual_report_and_agreement_only_in_committee_papers(
    web: Heldback88Web, truth: dict
) -> None:
    host = "www.canterbury.gov.uk"
    dem = "democracy.canterbury.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()
    assert 'alt="Surveillance Camera Code of Practice third party certification: step 2' in _html(
        web, host, "/community-safety/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert "released" not in _main(web, host, "/community-safety/cctv")
    rep = f"http://{host}/media/2291/cctv-annual-report-2024-25.pdf"
    assert d["5.1"]["criteria"]["disclosure"] and rep in d["5.1"]["pages"]
    assert "Recorded footage was handed over 1,144 times" in _text(web, host, urlsplit(rep).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=9931"}
    assert f"http://{dem}/mgAi.aspx?ID=9931" in _links(web, dem, "/ieListDocuments.aspx?CId=412&MId=5120")
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_subpages_without_the_name_and_draft_word_agreement(web: Heldback88Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    idx = "/info-pages/cctv"
    subs = web.sites[host].pages[(host, idx)].children
    assert len(subs) == 4
    d = _auth(truth, host)["deliverables"]
    for sub in subs:
        assert "Thanet" not in _main(web, host, sub), sub
        assert f"http://{host}{sub}" in d["5.1"]["pages"], sub
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "not_met"


def test_shared_service_agreement_is_no_police_agreement_and_accordion_faq(web: Heldback88Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    assert "shared service agreement with the West Midlands Combined Authority" in _main(
        web, host, "/community-safety/cctv"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    faqs = _main_html(web, host, "/community-safety/cctv/cctv-faqs")
    assert faqs.count("hidden>") == 4 and 'aria-expanded="false"' in faqs
    assert f"http://{host}/community-safety/cctv/cctv-faqs" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_page_that_never_writes_cctv_and_committee_papers(web: Heldback88Web, truth: dict) -> None:
    host = "www.epsom-ewell.gov.uk"
    pg = "/business/epsom-market"
    assert "cctv" not in _main(web, host, pg).lower() and "public space cameras" in _main(web, host, pg)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pg}"]
    assert "Surveillance Camera Code" in _text(
        web, "democracy.epsom-ewell.gov.uk", "/documents/s31220/Video_Surveillance_System_Policy.pdf"
    )


def test_step_1_sentence_schemes_table_and_separate_signature_page(web: Heldback88Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    assert "<img" not in _main_html(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    schemes = _main(web, host, "/community-safety/cctv/schemes-we-monitor")
    assert "Worcester City Council" in schemes and "Pershore Town Council" in schemes
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Mercia"
    ps = f"http://{host}/your-council/policies-and-strategies"
    sig = f"http://{host}/media/4411/cctv-isa-signature-page.pdf"
    assert _linking(web, host, doc["url"]) == {ps} and _linking(web, host, sig) == {ps}
    assert "Signed for" not in _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of West Mercia Police" in _text(
        web, host, "/media/4411/cctv-isa-signature-page.pdf"
    )


def test_cctv_page_only_on_second_search_page(web: Heldback88Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    target = "/community/safer-fenland/public-space-cctv"
    first = _html(web, host, "/search?q=CCTV")
    assert f'href="{target}"' not in first and 'rel="next"' in first
    second = _html(web, host, "/search?q=CCTV&page=2")
    assert f'href="{target}"' in second
    assert f"http://{host}{target}" in _auth(truth, host)["deliverables"]["5.1"]["pages"]


def test_reachable_only_from_related_links_and_documents_without_extensions(web: Heldback88Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    od = "/info/16/open_data/1182/cctv_policy_codes_of_practice_and_self_assessments"
    assert _linking(web, host, f"http://{host}{od}") == {f"http://{host}/info/23/community_safety"}
    assert 'class="related-links"' in _html(web, host, "/info/23/community_safety")
    for link in _links(web, host, od):
        if "/downloads/file/" in link:
            r = _render(web, link)
            assert r.header("Content-Type") == "application/pdf" and "." not in urlsplit(link).path
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.1"]["criteria"]["self_assessment"]


def test_third_party_certification_claim_in_news(web: Heldback88Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    text = _main(web, host, "/news/article/1312/force_control_room_certified")
    assert "Gloucestershire Constabulary said" in text and "full certification" in text
    assert _auth(truth, host)["deliverables"]["5.2"]["status"] == "not_met"


def test_hosted_guidance_and_foi_answers(web: Heldback88Web, truth: dict) -> None:
    host = "www.hastings.gov.uk"
    text = _text(web, host, "/community/documents/sussex-guidance-cctv-agreements.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert "121 cameras" in _text(web, host, "/my-council/freedom-of-information/disclosure-log/foi201408")
    assert "<main" not in _html(web, host, "/community")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.1"]["status"] == "not_met"


def test_job_advert_news_and_town_council_cameras(web: Heldback88Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    assert "kept no longer than 31 days" in _text(web, host, "/jobs/community-safety-officer")
    assert "Quedgeley Town Council runs its own cameras" in _text(web, host, "/council-and-democracy/parish-councils")
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback88Web, truth: dict) -> None:
    for host, path in (
        ("www.lancaster.gov.uk", "/sport-and-leisure/parks-and-open-spaces/happy-mount-park"),
        ("www.epsom-ewell.gov.uk", "/business/epsom-market"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"]
    assert "4G wireless system" in _main(
        web, "www.lancaster.gov.uk", "/news/2018/new-cameras-for-lancaster-and-morecambe"
    )


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.slough.gov.uk", "www.hastings.gov.uk", "www.epsom-ewell.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback88Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.slough.gov.uk", "www.hastings.gov.uk", "www.gloucester.gov.uk"})
    assert "bus lanes" in _main(web, "www.slough.gov.uk", "/parking/bus-lane-enforcement")
