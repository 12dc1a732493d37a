"""The sixty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 45 to 64; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in an information
sharing agreements register and served without extension, another as the certificate of agreement of a code of
practice, another only as an appendix in Executive papers on a meetings host; a SPOC only inside a PDF; a step 1
claim only in a badge's alt text, a step 2 sentence beside a mark with empty alt text, a step 1 sentence with no
mark; a Welsh-first site and an English-first Welsh site with short sub-pages; a footage mailbox and a contact
centre telephone as the only contacts; a privacy notice holding the whole statement; camera facts only in a
strategy that never writes 'CCTV'; a county with only building cameras; a page five clicks deep on a site without
search, sitemap or A to Z naming a neighbour's shared control room; an annual report as the main page; a draft
unsigned Word agreement; hosted guidance about agreements; robots.txt forbidding the search; and councils that
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

from fixtures.heldback65.truth import TRUTH_PATH
from fixtures.heldback65.web import Heldback65Web


@pytest.fixture(scope="module")
def web() -> Heldback65Web:
    return Heldback65Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_45_to_66(web: Heldback65Web, truth: dict) -> None:

    mine, register = register_rows_of(web, truth, 15)
    # the sets written beside this one (63 to 66) are disjoint too, checked after their merge
    others = [k for k in range(45, 67) if k != 65]
    assert not mine & codes_of_sets(others), "no council of sets 45-66 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 2,
            "Metropolitan district": 2,
            "Unitary authority": 1,
            "County": 2,
            "Welsh unitary authority": 2,
            "Non-metropolitan district": 6,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 8, "partial": 4, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_agreement_in_sharing_register_without_extension(web: Heldback65Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    reg = f"http://{host}/council-and-local-democracy/data-protection/information-sharing-agreements"
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert d["5.3"]["status"] == "partial" and d["5.2"]["status"] == "not_met"


def test_footage_mailbox_only_contact(web: Heldback65Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["email"].startswith("cctv.evidence@") and not spoc["phone"]
    main = _main(web, host, "/safer-hillingdon/cctv-hillingdon")
    assert "single point of contact" not in main and "£180" in main
    assert not any("modgov" in u for u in d["5.1"]["pages"])
    assert "facial recognition" in _text(
        web, "modgov.hillingdon.gov.uk", "/documents/s61422/Policing-review-minutes-extract.pdf"
    )


def test_step_1_only_in_alt_text_and_spoc_only_in_pdf(web: Heldback65Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    pg = "/crime-and-community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    assert 'alt="Surveillance Camera Commissioner third party certification: step 1' in _html(web, host, pg)
    assert "step 1" not in _main(web, host, pg).lower()
    assert d["5.2"]["level"] == "step1" and d["5.2"]["mark_displayed"]
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/media/3921/cctv-policy-and-code-of-practice.pdf"
    }
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_empty_alt_mark_phone_only_and_certificate_of_agreement(web: Heldback65Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    pg = "/community-living/community-safety/st-helens-cctv"
    assert '<img src="/images/scc-certified.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-02-27"
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Merseyside"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Merseyside Police" in text


def test_camera_fact_only_in_strategy_without_cctv(web: Heldback65Web, truth: dict) -> None:
    host = "www.rutland.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    (url,) = d51["pages"]
    assert url.endswith(".pdf") and d51["status"] == "partial"
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert "cctv" not in _text(web, host, urlsplit(url).path).lower()


def test_county_with_only_building_cameras(web: Heldback65Web, truth: dict) -> None:
    host = "www.hants.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["purpose"]
    assert all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))
    assert "Penalty charge notices" in _main(web, host, "/transport/bus-lane-enforcement")


def test_privacy_notice_is_the_statement_and_hosted_guidance(web: Heldback65Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pn = (
        f"http://{host}/council/transparency/access-to-information/service-and-project-specific-privacy-notices/"
        "closed-circuit-television-cctv"
    )
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [pn] and d["5.1"]["criteria"]["dpia"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    text = _text(web, host, "/media/928311/developing-cctv-police-agreements-guidance.pdf")
    assert "not itself an agreement" in text


def test_welsh_first_site(web: Heldback65Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    links = _links(web, host, "/")
    assert f"http://{host}/en" in links and f"http://{host}/diogelwch-cymunedol" in links
    assert "pwynt cyswllt unigol" in _main(web, host, "/diogelwch-cymunedol/teledu-cylch-cyfyng")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and f"http://{host}/en/community-safety/cctv" in d["5.1"]["pages"]


def test_english_first_welsh_site_with_short_sub_pages(web: Heldback65Web, truth: dict) -> None:
    host = "www.rctcbc.gov.uk"
    root = "/EN/Resident/EmergenciesSafetyandCrime/CommunitySafetyPartnership/CCTV"
    assert '<html lang="en">' in _html(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    pages = {urlsplit(u).path for u in d["5.1"]["pages"]}
    assert {f"{root}/{n}.aspx" for n in ("CCTV", "CCTVFAQs", "ReleasingImages", "Staffing", "YourRights")} <= pages
    assert d["5.2"]["level"] == "step2" and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"
    assert 'lang="cy"' in _html(
        web, host, "/CY/Preswylwyr/ArgyfyngauDiogelwchaThroseddu/TeleduCylchCyfyng/CwestiynauCyffredin.aspx"
    )


def test_shared_control_room_five_clicks_deep_without_search(web: Heldback65Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community-and-living",
        "/residents/community-and-living/community-safety",
        "/residents/community-and-living/community-safety/safer-communities",
        "/residents/community-and-living/community-safety/safer-communities/town-centre-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert "Boston Borough Council" in _main(web, host, chain[-1])
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_signed_agreement_only_in_executive_papers(web: Heldback65Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    dem = "meetings.westoxon.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Thames Valley"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=4188"}
    assert d["5.1"]["status"] == "partial" and not any(dem in u for u in d["5.1"]["pages"])


def test_annual_report_main_page_step_1_sentence_and_draft_word_agreement(web: Heldback65Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    pg = "/info/200017/community_safety/1491/cctv_annual_report_2024-25"
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["annual_review"] and d["5.1"]["criteria"]["statistics"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.salford.gov.uk", "www.hants.gov.uk", "www.lancashire.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback65Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.southnorfolkandbroadland.gov.uk", "www.bolsover.gov.uk", "www.eastcambs.gov.uk"},
    )
