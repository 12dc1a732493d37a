"""The forty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 25 to 42; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register, another served without extension from a policy library, a third only in committee papers on a democracy
host, a fourth as a Word file on a partnership page; a SPOC only inside a code of practice PDF; a mark with empty
alt text beside a step 1 sentence; a step 2 claim only in alt text; a camera page five clicks deep on a site
without search; a control-room telephone as the only contact; a privacy notice holding the statement; pages that
never write the abbreviation; robots.txt forbidding the search; a Welsh-first site; hosted guidance and case
studies about agreements; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    status_tally,
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
)

from fixtures.heldback44.truth import TRUTH_PATH
from fixtures.heldback44.web import Heldback44Web


@pytest.fixture(scope="module")
def web() -> Heldback44Web:
    return Heldback44Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_25_to_42(web: Heldback44Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 17)
    assert not mine & codes_of_sets(range(25, 43)), "no council of sets 25-42 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 5,
            "Metropolitan district": 3,
            "Unitary authority": 3,
            "Non-metropolitan district": 1,
            "County": 3,
            "Welsh unitary authority": 2,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=2, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 5, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 8}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 10}), tally


def test_agreement_only_in_the_data_sharing_register_and_step_2_only_in_alt_text(
    web: Heldback44Web, truth: dict
) -> None:
    host = "www.trafford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/about-your-council/data-protection/data-sharing-register"
    }
    cctv = "/residents/community/community-safety/cctv.aspx"
    assert 'alt="Surveillance Camera Commissioner certified: step 2 full certification"' in _html(web, host, cctv)
    assert "step 2" not in _text(web, host, cctv).lower()
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    # the privacy notice holds the statement
    notice = (
        "http://www.trafford.gov.uk/about-your-council/data-protection/privacy-notices/CCTV-service-privacy-notice.aspx"
    )
    assert sum(notice == e["url"] for e in d["5.1"]["evidence"]) == 1
    assert d["5.1"]["status"] == "met" and sum(d["5.1"]["criteria"].values()) >= 5


def test_spoc_only_in_pdf_and_agreement_without_extension(web: Heldback44Web, truth: dict) -> None:
    host = "www.hillingdon.gov.uk"
    pg = "/safer-hillingdon/cctv-hillingdon"
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, pg)
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/media/4410"}
    assert "single point of contact" in _text(web, host, "/media/4410")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and not urlsplit(doc["url"]).path.endswith(".pdf")
    assert f"http://{host}/council-and-democracy/policies" in _linking(web, host, doc["url"])


def test_agreement_only_in_committee_papers_and_empty_alt_mark(web: Heldback44Web, truth: dict) -> None:
    host = "www.stockton.gov.uk"
    dem = "democracy.stockton.gov.uk"
    pg = "/community-safety/public-space-surveillance"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cleveland" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=31906"}
    assert '<img src="/images/scc-step1.png" alt=""' in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    assert "agreement" not in _main(web, host, pg).lower()


def test_word_agreement_on_the_partnership_page(web: Heldback44Web, truth: dict) -> None:
    host = "www.barnsley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and doc["url"].endswith(".docx")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/partnerships/safer-barnsley"}
    assert "agreement" not in _main(web, host, "/services/information-and-privacy/cctv").lower()
    assert web.sites[host].sitemap


def test_camera_page_five_clicks_deep_without_search(web: Heldback44Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    base = "/safety-crime-and-emergencies/safety-in-kingston/cctv-images"
    chain = [
        "/",
        "/safety-crime-and-emergencies",
        "/safety-crime-and-emergencies/safety-in-kingston",
        base,
        f"{base}/further-guidance-cctv",
        f"{base}/further-guidance-cctv/council-cameras",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert f"http://{host}{chain[-1]}" not in _links(web, host, "/")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{chain[-1]}"]


def test_control_room_telephone_the_only_contact(truth: dict) -> None:
    d = _auth(truth, "www.westsuffolk.gov.uk")["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_unsigned_certificate_of_agreement(web: Heldback44Web, truth: dict) -> None:
    d = _auth(truth, "www.royalgreenwich.gov.uk")["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "........" in _text(web, "www.royalgreenwich.gov.uk", urlsplit(doc["url"]).path)


def test_welsh_first_site(web: Heldback44Web, truth: dict) -> None:
    host = "www.cardiff.gov.uk"
    assert '<html lang="cy">' in _html(web, host, "/")
    assert f"http://{host}/en" in _links(web, host, "/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "met"
    assert f"http://{host}/cy/polisi-teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert "teledu cylch cyfyng" in _text(web, host, "/cy/polisi-teledu-cylch-cyfyng").lower()


def test_pages_that_never_write_cctv(web: Heldback44Web) -> None:
    for host, path in (
        ("www.stockton.gov.uk", "/community-safety/public-space-surveillance"),
        ("www.merton.gov.uk", "/communities-and-neighbourhoods/crime-prevention-and-community-safety/safer-merton"),
        ("www.southwark.gov.uk", "/community-safety/cameras-in-the-borough"),
    ):
        assert "cctv" not in _main(web, host, path).lower(), host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.southwark.gov.uk", "signage"),
        ("www.nelincs.gov.uk", "cameras"),
        ("www.neath-porttalbot.gov.uk", "retention"),
        ("www.kingston.gov.uk", "retention"),
        ("www.merton.gov.uk", "responsible_officer"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
    assert _auth(truth, "www.neath-porttalbot.gov.uk")["deliverables"]["5.1"]["pages"] == [
        "http://www.neath-porttalbot.gov.uk/privacy-notice"
    ]
    assert _auth(truth, "www.merton.gov.uk")["deliverables"]["5.3"]["status"] == "met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.southwark.gov.uk", "www.nelincs.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback44Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.staffordshire.gov.uk", "www.suffolk.gov.uk", "www.eastsussex.gov.uk"},
    )
    assert "protocol" in _main(
        web,
        "www.suffolk.gov.uk",
        "/community-and-safety/safer-suffolk-partnership/guidance-for-councils-on-camera-protocols",
    )
    assert "Sussex Police" in _main(
        web, "www.eastsussex.gov.uk", "/community/safer-communities/case-study-footage-protocol"
    )
