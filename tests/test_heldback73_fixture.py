"""The seventy-third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are real register rows, none is in the neighbouring sets 58 to 76 on disk; the labelling rules
hold with the intended tallies; and the structures the set is built from are really there (a Welsh-first site; a
certification mark with empty alt text beside a step 2 sentence; a control-room telephone as the only contact;
sub-pages of a CCTV section that never repeat the council's name; a SPOC only inside the code of practice PDF; a
signed agreement only in a data sharing register, served without extension; another only as an appendix in Executive
papers on the moderngov host; another only on a policies and strategies page beside hosted framework guidance; a
certificate of agreement inside the code of practice; a draft unsigned Word protocol; a CCTV page five clicks deep
on a site without search, sitemap or A to Z; a page about cameras that never writes 'CCTV'; robots.txt forbidding the
search; a job advert and a news story that read like information; a third party's claim hosted as news; and
councils that publish nothing but carry look-alikes).
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
from fixtures.heldback73.truth import TRUTH_PATH
from fixtures.heldback73.web import Heldback73Web


@pytest.fixture(scope="module")
def web() -> Heldback73Web:
    return Heldback73Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_neighbouring_sets(web: Heldback73Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = set(set_names())
    others = [k for k in range(58, 77) if k != 73 and f"heldback{k}" in on_disk]
    assert not mine & codes_of_sets(others), "no council of the neighbouring sets may be reused"
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
    assert tally["5.2"] == Counter({"met": 2, "not_met": 13}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_welsh_first_site(web: Heldback73Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home
    assert f"http://{host}/en" in _links(web, host, "/")
    cy = "/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert '<html lang="cy">' in _html(web, host, cy) and "Teledu cylch cyfyng" in _main(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_empty_alt_mark_control_room_phone_and_nameless_sub_pages(web: Heldback73Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    assert '<img src="/images/sc-compliant-mark.png" alt="">' in _html(web, host, "/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, "/cctv").split('<main id="main">', 1)[1].split("</main>", 1)[0]
    subs = web.sites[host].pages[(host, "/cctv")].children
    assert len(subs) == 4
    for sub in subs:
        assert "hackney" not in _main(web, host, sub).lower(), sub
    assert any(urlsplit(u).path in subs for u in d["5.1"]["pages"])


def test_spoc_only_in_pdf_and_agreement_in_data_sharing_register(web: Heldback73Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, "/crime-and-community-safety/cctv")
    assert [urlsplit(e["url"]).path for e in d["5.3"]["evidence"]] == ["/media/7315/cctv-code-of-practice-2024.pdf"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Yorkshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/data-protection/data-sharing-register"}
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path[-6:]


def test_agreement_only_in_committee_papers(web: Heldback73Web, truth: dict) -> None:
    host, dem = "www.cherwell.gov.uk", "modgov.cherwell.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Thames Valley"
    assert urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=31540"}
    assert not any(dem in u for u in d["5.1"]["pages"])
    assert "Signed for Thames Valley Police" in _text(web, dem, urlsplit(doc["url"]).path)


def test_agreement_on_policies_page_beside_guidance(web: Heldback73Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    pol = f"http://{host}/council-and-democracy/policies-and-strategies"
    assert _linking(web, host, doc["url"]) == {pol}
    assert doc["url"] not in _links(web, host, "/community-and-safety/cctv-in-melton-mowbray")
    assert "." not in urlsplit(doc["url"]).path[-6:]
    text = _text(web, host, "/downloads/download/413/national-cctv-sla-framework-guidance")
    assert "not itself an agreement" in text


def test_code_of_practice_with_certificate_and_third_party_claim(web: Heldback73Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of agreement" in text and "Signed for and on behalf of Norfolk Constabulary" in text
    assert "Office of the Police and Crime Commissioner" in _main(
        web, host, "/article/11987/Commissioner-welcomes-new-cameras"
    )
    assert not any("/article/11987" in e["url"] for k in d for e in d[k]["evidence"])


def test_draft_word_protocol(web: Heldback73Web, truth: dict) -> None:
    host = "www.rother.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/safer-rother-partnership"}


def test_page_that_never_writes_cctv(web: Heldback73Web, truth: dict) -> None:
    host = "www.rother.gov.uk"
    pg = "/community-safety/public-space-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]


def test_cctv_page_five_clicks_deep_without_search(web: Heldback73Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = [
        "/",
        "/community",
        "/community/community-safety",
        "/community/community-safety/crime-and-disorder",
        "/community/community-safety/crime-and-disorder/safer-streets",
        "/community/community-safety/crime-and-disorder/safer-streets/cctv-control-room",
    ]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6
    d = a["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"
    assert "<main" not in _html(web, host, chain[-1])


def test_job_advert_and_news_that_read_like_information(web: Heldback73Web, truth: dict) -> None:
    nf = _auth(truth, "www.newforest.gov.uk")
    assert "kept for 31 days" in _text(web, "www.newforest.gov.uk", "/jobs/cctv-control-room-operator")
    assert not nf["deliverables"]["5.1"]["criteria"]["retention"]
    fy = _auth(truth, "www.fylde.gov.uk")
    assert "2,133 incidents" in _main(web, "www.fylde.gov.uk", "/news/figures-show-value-of-town-centre-cameras")
    assert not fy["deliverables"]["5.1"]["criteria"]["statistics"]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hertfordshire.gov.uk", "www.rother.gov.uk", "www.wealden.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.cornwall.gov.uk", "operator"),
        ("www.teignbridge.gov.uk", "retention"),
        ("www.newforest.gov.uk", "operator"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback73Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hertfordshire.gov.uk", "eastdevon.gov.uk", "www.wealden.gov.uk"})
