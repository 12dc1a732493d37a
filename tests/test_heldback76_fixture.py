"""The seventy-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in sets 59 to 75; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register and served without extension, another only on a policies and strategies page, another only in Cabinet
papers on a democracy host, another as a certificate inside the code of practice PDF that also holds the only SPOC;
a step 2 claim in a mark's alt text, another beside a mark with empty alt text, a step 2 sentence with no mark and a
step 1 sentence with no mark; a Welsh-first site; a control-room telephone as the only contact; a camera page that
never writes 'CCTV'; CCTV sub-pages that never name the council; a CCTV page five clicks deep on a legacy site
without search; a draft unsigned Word agreement; hosted guidance about agreements; a supplier's certification claim
in news; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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
from fixtures.heldback76.truth import TRUTH_PATH
from fixtures.heldback76.web import Heldback76Web


@pytest.fixture(scope="module")
def web() -> Heldback76Web:
    return Heldback76Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_59_to_76(web: Heldback76Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = set(set_names())
    others = [k for k in range(59, 77) if k != 76 and f"heldback{k}" in on_disk]
    assert not mine & codes_of_sets(others), "no council of sets 59-75 may be reused"
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
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_agreement_in_data_sharing_register_without_extension(web: Heldback76Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/about-the-council/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]
    assert doc["url"] not in _links(web, host, "/public-health-safety/cctv")


def test_step_2_in_alt_text_and_spoc_on_page(web: Heldback76Web, truth: dict) -> None:
    host = "www.newham.gov.uk"
    pg = "/public-health-safety/cctv"
    assert 'alt="Surveillance Camera Commissioner certification mark: step 2' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] in _main(web, host, pg)


def test_empty_alt_mark_sub_pages_without_council_name_and_phone_only(web: Heldback76Web, truth: dict) -> None:
    host = "www.wolverhampton.gov.uk"
    sec = "/crime-and-safety/cctv"
    subs = [f"{sec}/how-the-cameras-are-used", f"{sec}/asking-for-recordings", f"{sec}/our-standards"]
    for sub in subs:
        assert f"http://{host}{sub}" in _links(web, host, sec)
        assert "wolverhampton" not in _main(web, host, sub).lower(), sub
    assert '<img src="/images/scc-mark.png" alt="">' in _html(web, host, f"{sec}/our-standards")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    for path in [sec, *subs]:
        assert "mailto:" not in _html(web, host, path).split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert d["5.5"]["status"] == "not_met"


def test_welsh_first_site(web: Heldback76Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and "Croeso" in home
    assert f"http://{host}/en" in _links(web, host, "/")
    twin = "/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, twin)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert '<details class="accordion-item"' in _html(
        web, host, "/en/services/emergencies-and-crime-prevention/cctv/cctv-faqs"
    )


def test_code_of_practice_holds_spoc_and_certificate(web: Heldback76Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    pg = "/community-safety-and-emergencies/cctv"
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    code = "/media/ndc-cctv-code-of-practice-2024.pdf"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall" and urlsplit(doc["url"]).path == code
    text = _text(web, host, code)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Devon and Cornwall Police" in text
    assert d["5.1"]["criteria"]["policy"] and d["5.1"]["criteria"]["self_assessment"]


def test_step_1_sentence_and_agreement_on_policies_page(web: Heldback76Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    pg = "/community-safety/cctv"
    assert "<img" not in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/policies-and-strategies"}


def test_signed_agreement_only_in_cabinet_papers_and_page_without_cctv(web: Heldback76Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    dem = "democracy.charnwood.gov.uk"
    assert dem in web.sites[host].hosts()
    pg = "/pages/public_space_cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=18830"}
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert not d["5.1"]["criteria"]["police_agreement"] and not d["5.1"]["criteria"]["statistics"]
    assert d["5.3"]["status"] == "partial"


def test_cctv_page_five_clicks_deep_without_search(web: Heldback76Web, truth: dict) -> None:
    host = "www.hyndburnbc.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/residents",
        "/residents/community",
        "/residents/community/community-safety",
        "/residents/community/community-safety/crime-prevention",
        "/residents/community/community-safety/crime-prevention/cctv",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    assert '<main id="main">' not in _html(web, host, chain[-1])
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 7
    d = a["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_draft_word_agreement_and_step_2_sentence(web: Heldback76Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-11" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, "/streets-parking-transport/cctv")


def test_hosted_guidance_is_not_an_agreement(web: Heldback76Web, truth: dict) -> None:
    host = "www.kent.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/documents/kcsp-public-space-cctv-agreements-guide.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_supplier_claim_in_news_is_not_certification(web: Heldback76Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    assert "full certification" in _main(web, host, "/article/24410/Control-room-upgrade-completed")
    assert "certification" not in _main(web, host, "/article/21203/CCTV").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial"
    r = _render(web, f"http://{host}/downloads/file/1640/cctv-policy")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")


def test_job_advert_and_news_read_like_information(web: Heldback76Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    advert = _main(web, host, "/jobs/cctv-operator-part-time")
    assert "27 cameras" in advert and "31 days" in advert
    assert "deleted after a month" in _main(web, host, "/news/cameras-upgrade-for-tiverton")
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.kent.gov.uk", "www.havant.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_mailto_addresses_are_visible(web: Heldback76Web, truth: dict) -> None:
    for a in truth["authorities"]:
        email = (a["deliverables"]["5.3"]["spoc"] or {}).get("email")
        for ev in a["deliverables"]["5.3"]["evidence"]:
            r = _render(web, ev["url"])
            if email and "html" in (r.header("Content-Type") or "") and email in r.body.decode():
                assert f">{email}</a>" in r.body.decode(), a["name"]


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.iow.gov.uk", "cameras"),
        ("www.adur-worthing.gov.uk", "operator"),
        ("www.havant.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback76Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.pendle.gov.uk", "www.middevon.gov.uk"})
