"""The eighty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 72 to 90; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register, served without extension, with the police's signature on a separate signature page; another only as an
appendix in joint committee papers on a democracy host; another as a certificate of agreement inside the code of
practice PDF, which also holds the only SPOC; a control-room telephone as the only contact; a mark with empty alt
text beside a step 2 sentence; a step 2 claim only in a badge's alt text; a step 1 sentence with no mark; a SPOC in
a key-roles table; disclosure only in an annual review PDF; a Welsh-first site with twins and Welsh headings over
English text; a draft unsigned Word agreement; a camera page five clicks deep on a legacy site without search,
sitemap or A to Z, with its code served without extension and a service level agreement with another council;
sub-pages that never name the council and an accordion with hidden answers; a page that never writes 'CCTV'; a
camera page at a wordless address; a page reachable only from a related-links panel listing two councils' schemes;
a camera page only on the search's second results page; hosted guidance about agreements; town council cameras; a
third party's certification claim in news; robots.txt forbidding the search; one-fact councils; and councils that
publish nothing but carry look-alikes).
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
from fixtures.heldback87.truth import TRUTH_PATH
from fixtures.heldback87.web import Heldback87Web


@pytest.fixture(scope="module")
def web() -> Heldback87Web:
    return Heldback87Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_72_to_90(web: Heldback87Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(72, 91) if k != 87 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 72-90 may be reused"
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
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_agreement_in_data_sharing_register_with_separate_signature_page(web: Heldback87Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    reg = f"http://{host}/your-council/transparency/data-sharing-register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-12:]
    sig = f"http://{host}/downloads/file/7735/cctv-information-sharing-agreement-signature-page"
    assert _linking(web, host, sig) == {reg}
    assert "Signed for and on behalf of" not in _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(sig).path)
    assert sig in {e["url"] for e in d["5.5"]["evidence"]}


def test_control_room_telephone_only_contact(web: Heldback87Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    pg = "/community-safety/crime-prevention/cctv-and-retail-radio"
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "agreement" not in _main(web, host, pg).lower()


def test_signed_agreement_only_in_joint_committee_papers_and_one_fact_on_market_page(
    web: Heldback87Web, truth: dict
) -> None:
    host = "www.stevenage.gov.uk"
    dem = "democracy.stevenage.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Hertfordshire"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=44871"}
    assert "Signed for and on behalf of Hertfordshire Constabulary" in _text(web, dem, urlsplit(doc["url"]).path)
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [f"http://{host}/business/stevenage-market"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_camera_page_five_clicks_deep_on_legacy_site_without_search(web: Heldback87Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/community",
        "/community/community-safety",
        "/community/community-safety/crime-prevention",
        "/community/community-safety/crime-prevention/safer-streets",
        "/community/community-safety/crime-prevention/safer-streets/cctv-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    assert "<main" not in _html(web, host, chain[-1])
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"
    code = f"http://{host}/downloads/download/1188/cctv-code-of-practice"
    assert code in d["5.1"]["pages"]
    r = _render(web, code)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "service level agreement with Runnymede Borough Council" in _html(web, host, chain[-1])
    assert _auth(truth, host)["oracle_fetches"] == 7


def test_empty_alt_mark_beside_step_2_sentence_and_spoc_in_key_roles_table(web: Heldback87Web, truth: dict) -> None:
    host = "www.bathnes.gov.uk"
    pg = "/crime-and-community-safety/closed-circuit-television-cctv"
    page = _html(web, host, pg)
    assert '<img src="/images/banes-sc-mark.png" alt="">' in page
    mark_at = page.index("banes-sc-mark.png")
    assert "awarded full (step 2) certification" in page[mark_at : mark_at + 400]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert '<th scope="col">Role</th><th scope="col">Name</th><th scope="col">Contact</th>' in page
    assert "<td>Single point of contact for surveillance cameras</td>" in page
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "camera.spoc@bathnes.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_only_in_alt_text_and_disclosure_only_in_annual_review(web: Heldback87Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    assert "step 2" not in _main(web, host, pg).lower()
    assert 'alt="Surveillance Camera Code of Practice certified: step 2 full certification' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    review = f"http://{host}/Docs/PDFs/Resident/Crime-Emergencies/CCTV-Annual-Review-2024.pdf"
    assert d["5.1"]["criteria"]["disclosure"]
    assert review in d["5.1"]["pages"] and "Recorded footage was released 1,377 times" in _text(
        web, host, urlsplit(review).path
    )
    notice = "/Council/DataProtection-FOI-Stats/Privacy-notices/CCTV-privacy-notice.aspx"
    for path in (pg, notice):
        assert "released" not in _main(web, host, path) and "police" not in _main(web, host, path).lower(), path
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["phone"]


def test_spoc_and_certificate_of_agreement_only_in_code_pdf_at_wordless_address(
    web: Heldback87Web, truth: dict
) -> None:
    host = "exeter.gov.uk"
    pg = "/node/2817"
    assert "Safer streets" in _html(web, host, pg)
    assert "single point of contact" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pg}" in d["5.1"]["pages"]
    code = f"http://{host}/media/3390/download"
    assert {e["url"] for e in d["5.3"]["evidence"]} == {code}
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == code and doc["signed"] and doc["force"] == "Devon & Cornwall"
    text = _text(web, host, "/media/3390/download")
    assert "Certificate of agreement" in text and "Signed for and on behalf of Devon and Cornwall Police" in text
    # the commissioner's word in news is no certification claim of the council's
    assert "fully certified" in _main(web, host, "/news/commissioner-visits-control-centre")
    assert d["5.2"]["status"] == "not_met"


def test_welsh_first_site_with_twins_welsh_headings_and_draft_word_agreement(web: Heldback87Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and f"http://{host}/en" in _links(web, host, "/")
    en = "/en/community-safety/cctv"
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    page = _html(web, host, en)
    assert "<h2>Teledu cylch cyfyng yng Ngwynedd</h2><p>There are 73 public space cameras" in page
    assert "<h2>Gwneud cais am luniau</h2><p>You can ask" in page
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_sub_pages_never_name_the_council_and_accordion_hides_answers(web: Heldback87Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    subs = [
        "/article/310/Camera-locations",
        "/article/311/Requesting-footage",
        "/article/312/Questions-about-our-cameras",
    ]
    for sub in subs:
        assert "Basildon" not in _main(web, host, sub) and "Council" not in _main(web, host, sub), sub
    faq = _html(web, host, subs[2])
    assert faq.count('class="accordion__panel"') == 3 and faq.count(" hidden>") == 3
    d = _auth(truth, host)["deliverables"]
    assert {f"http://{host}{x}" for x in subs} <= set(d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and [urlsplit(e["url"]).path for e in d["5.3"]["evidence"]] == [subs[2]]


def test_page_that_never_writes_cctv_with_step_1_sentence(web: Heldback87Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    pg = "/public-space-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    assert "<img" not in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"


def test_page_only_in_related_links_listing_two_councils_schemes(web: Heldback87Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    pg = f"http://{host}/cctv/schemes-we-monitor"
    assert _linking(web, host, pg) == {f"http://{host}/community-safety"}
    assert 'class="related-links"' in _html(web, host, "/community-safety")
    main = _main(web, host, "/cctv/schemes-we-monitor")
    assert "Wyre Council" in main and "Fylde Council" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_camera_page_only_on_second_search_results_page(web: Heldback87Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    pg = "/info/20010/your_environment/203/town_centre_cctv"
    first = _render(web, f"http://{host}/site_search/results/?q=cctv")
    second = _render(web, f"http://{host}/site_search/results/?q=cctv&page=2")
    assert first.status == second.status == 200
    assert pg.encode() not in first.body and b"page=2" in first.body
    assert pg.encode() in second.body
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pg}"] and d["5.5"]["status"] == "partial"
    assert d["5.3"]["status"] == "not_met"


def test_hosted_guidance_and_town_council_cameras_are_not_the_councils(web: Heldback87Web, truth: dict) -> None:
    host = "www.uttlesford.gov.uk"
    text = _text(web, host, "/wp-content/uploads/2023/07/essex-public-space-cctv-sla-guidance.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert "Town Council" in _main(web, host, "/community/town-and-parish-councils")
    assert all(v["status"] == "not_met" for v in _auth(truth, host)["deliverables"].values())


def test_service_level_agreement_with_another_council_only_in_news_and_foi(web: Heldback87Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    assert "service level agreement" in _main(web, host, "/news/2017/city-centre-cameras-to-be-watched-from-blackburn")
    assert "Blackburn" in _main(web, host, "/about-the-council/freedom-of-information/disclosure-log/fr-2024-311")
    assert "CCTV" in _main(web, host, "/jobs/community-safety-officer")
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.suffolk.gov.uk", "www.preston.gov.uk", "www.uttlesford.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, path in (
        ("www.gosport.gov.uk", "/parks-and-open-spaces/our-parks/elson-recreation-ground"),
        ("www.stevenage.gov.uk", "/business/stevenage-market"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback87Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.preston.gov.uk", "www.uttlesford.gov.uk"})
