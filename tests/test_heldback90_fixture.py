"""The ninetieth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 75 to 89; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a signed agreement only in a data sharing
register, served without extension, with the police's signature on a separate signature page; another as a
certificate of agreement in a code served without extension; another only as an appendix in Cabinet papers on a
democracy host; a SPOC in a key-roles table; a SPOC only inside a PDF; a page that never writes 'CCTV'; a CCTV page
at a wordless /node address; a CCTV page reachable only from a related-links panel; a step 2 claim only in a
badge's alt text; an empty-alt mark beside a step 2 sentence; a step 1 sentence with no mark; a bilingual Welsh
site with /cy twins and a Welsh heading over English text; a control-room telephone as the only contact on a legacy
site without search, sitemap or A to Z, five clicks deep; sub-pages that never name the council; an accordion FAQ
with hidden answers; a draft unsigned Word agreement; a service level agreement with other councils and no police
agreement; a page listing several councils' schemes; a third party's certification claim in news; the disclosure
only in an annual report PDF; hosted guidance about agreements; one-fact councils on a market, park and car park
page; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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
from fixtures.heldback90.truth import TRUTH_PATH
from fixtures.heldback90.web import Heldback90Web


@pytest.fixture(scope="module")
def web() -> Heldback90Web:
    return Heldback90Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_real_councils_none_from_sets_75_to_89(web: Heldback90Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(75, 91) if k != 90 and f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 75-89 may be reused"
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


def test_agreement_in_data_sharing_register_with_separate_signature_page(web: Heldback90Web, truth: dict) -> None:
    host = "www.stoke.gov.uk"
    reg = f"http://{host}/council/transparency/data-sharing-register"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {reg}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    sig = f"http://{host}/downloads/download/2232/isa-signature-page"
    assert _linking(web, host, sig) == {reg} and _no_extension(sig)
    assert "Signed on behalf of Staffordshire Police" not in _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Staffordshire Police" in _text(web, host, urlsplit(sig).path)
    assert {e["url"] for e in d["5.5"]["evidence"]} == {doc["url"], sig}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_page_never_writes_cctv_spoc_in_key_roles_table_and_code_certificate(web: Heldback90Web, truth: dict) -> None:
    host = "www.oldham.gov.uk"
    pg = "/info/200321/crime_and_safety/860/security_cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{pg}" in d["5.1"]["pages"]
    roles = "/info/200321/crime_and_safety/1904/camera_governance_and_key_roles"
    html = _html(web, host, roles)
    assert '<th scope="col">Role</th><th scope="col">Name</th><th scope="col">Contact</th>' in html
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {roles}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and _no_extension(doc["url"])
    assert "Certificate of Agreement" in _text(web, host, urlsplit(doc["url"]).path)


def test_signed_agreement_only_in_cabinet_papers_and_step_1_sentence(web: Heldback90Web, truth: dict) -> None:
    host = "www.eppingforestdc.gov.uk"
    dem = "democracy.eppingforestdc.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=58833"}
    assert not any("democracy" in u for u in d["5.1"]["pages"]) and not d["5.1"]["criteria"]["police_agreement"]
    pg = "/residents/crime-and-safety/introduction-to-cctv"
    assert "<img" not in _main(web, host, pg) and "<img" not in _html(web, host, pg)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_wordless_node_address_and_spoc_only_in_pdf(web: Heldback90Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    main = _main(web, host, "/node/2417")
    assert "Safer streets" in _html(web, host, "/node/2417") and "single point of contact" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/sites/default/files/2024-02/Melton-town-centre-camera-code-of-practice-2024.pdf"
    }
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_related_links_only_alt_text_step_2_and_disclosure_only_in_annual_report(
    web: Heldback90Web, truth: dict
) -> None:
    host = "www.bassetlaw.gov.uk"
    pg = f"http://{host}/community-safety/cctv/"
    assert _linking(web, host, pg) == {f"http://{host}/community-safety/"}
    assert '<aside class="related-links">' in _html(web, host, "/community-safety/")
    assert "step 2" not in _main(web, host, "/community-safety/cctv/").lower()
    assert 'alt="Surveillance Camera Commissioner certification mark' in _html(web, host, "/community-safety/cctv/")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    report = "/media/7781/bassetlaw-cctv-annual-report-2024-25.pdf"
    assert d["5.1"]["criteria"]["disclosure"] and f"http://{host}{report}" in d["5.1"]["pages"]
    assert "requests for recorded footage" in _text(web, host, report)
    assert "insurers" not in _main(web, host, "/community-safety/cctv/")


def test_bilingual_site_empty_alt_mark_and_welsh_heading(web: Heldback90Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    pg = "/en/resident/community-safety/cctv"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert '<img src="/images/sc-certification-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert f"http://{host}/cy/preswylydd/diogelwch-cymunedol/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    sar = _html(web, host, f"{pg}/gofyn-am-luniau")
    assert "<h1>Gofyn am luniau teledu cylch cyfyng</h1>" in sar and "subject access request" in sar
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_control_room_phone_only_five_clicks_deep_on_legacy_site(web: Heldback90Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6
    spoc = a["deliverables"]["5.3"]["spoc"]
    assert a["deliverables"]["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, "/index.cfm?articleid=3850")


def test_sub_pages_without_name_accordion_and_draft_word_agreement(web: Heldback90Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    for sub in ("frequently-asked-questions", "privacy-and-impact-assessment", "working-with-the-police"):
        assert "basingstoke" not in _main(web, host, f"/CCTV/{sub}").lower(), sub
    faq = _html(web, host, "/CCTV/frequently-asked-questions")
    assert 'class="accordion__panel" id="panel-1" hidden>' in faq
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/CCTV/frequently-asked-questions" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met"


def test_sla_with_councils_multi_scheme_page_and_third_party_claim(web: Heldback90Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "service level agreement" in _main(web, host, "/council/community-safety/cctv")
    assert d["5.5"]["status"] == "not_met"
    multi = _main(web, host, "/council/community-safety/cctv/fylde-coast-monitoring")
    assert "Wyre Council" in multi and "Garstang Town Council" in multi
    assert "full certification" in _main(web, host, "/news/control-room-that-watches-our-towns-recognised")
    assert d["5.2"]["status"] == "not_met"


def test_hosted_guidance_is_not_an_agreement(web: Heldback90Web, truth: dict) -> None:
    host = "www.westsussex.gov.uk"
    text = _text(web, host, "/media/4471/sussex-public-space-cctv-partnership-briefing.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.stoke.gov.uk", "www.melton.gov.uk", "www.westdevon.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(web: Heldback90Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.great-yarmouth.gov.uk", "cameras", "/business/markets/great-yarmouth-market"),
        ("www.eastleigh.gov.uk", "retention", "/leisure-and-culture/parks-and-countryside/itchen-valley-country-park"),
        ("www.braintree.gov.uk", "cameras", "/parking/car-parks/george-yard-multi-storey"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback90Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.bexley.gov.uk", "www.westsussex.gov.uk", "www.westdevon.gov.uk"})
    assert "24 hours a day" in _main(web, "www.bexley.gov.uk", "/jobs/cctv-maintenance-technician")
