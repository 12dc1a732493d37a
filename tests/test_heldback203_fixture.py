"""The two hundred and third held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a transparency register of camera systems with the SPOC
under it; certificate pictures with empty alt text and no words, on three sites; a disclosure log whose answers
imitate every deliverable; a privacy notice directory record as a field table behind a category listing; a signed
police protocol only as a disclosure log attachment; one fact in a privacy notice table row; a step 2 certificate
PDF whose only link is an empty-alt image; a deep Squiz tier path with the facts in an asset PDF; step 2 and the
SPOC only in a privacy notice; a signed ISA linked from a privacy notice; step 1 only in an annual report with a
signed Word protocol; step 2 as one line of a transparency accreditations list among empty-alt logos; one fact on a
wardens page; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
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

from fixtures.heldback203.truth import TRUTH_PATH
from fixtures.heldback203.web import Heldback203Web


@pytest.fixture(scope="module")
def web() -> Heldback203Web:
    return Heldback203Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback203Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 203)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_certificate_pictures_with_empty_alt_and_no_words_are_not_certification(
    web: Heldback203Web, truth: dict
) -> None:
    for host, path, src in (
        (
            "www.croydon.gov.uk",
            "/community-and-safety/safety/crime-and-antisocial-behaviour/cctv",
            "/images/croydon-sc-code-certificate-step2-2019.jpg",
        ),
        (
            "www.southampton.gov.uk",
            "/people-places/community-safety/cctv",
            "/images/citywatch-certificate-of-compliance.jpg",
        ),
        ("www.wrexham.gov.uk", "/community-safety/cctv", "/images/sc-code-mark.png"),
    ):
        assert f'<img src="{src}" alt="">' in _html(web, host, path), host
        assert not re.search(r"(?i)step [12]|certif", _main(web, host, path)), host
        d52 = _auth(truth, host)["deliverables"]["5.2"]
        assert d52["status"] == "not_met" and not d52["evidence"], host


def test_transparency_register_holds_facts_and_spoc(web: Heldback203Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    reg = "/council-and-democracy/transparency/surveillance-camera-systems-register"
    html = _html(web, host, reg)
    assert '<th scope="col">Recordings kept</th>' in html and "Body worn video" in html
    assert "single point of contact for surveillance camera systems" in _main(web, host, reg)
    assert _linking(web, host, f"http://{host}{reg}") >= {f"http://{host}/council-and-democracy/transparency"}
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {reg}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_disclosure_log_imitates_every_deliverable(web: Heldback203Web, truth: dict) -> None:
    host = "www.sefton.gov.uk"
    log = "/your-council/freedom-of-information/disclosure-log"
    entries = sorted({u for u in _links(web, host, log) if u.startswith(f"http://{host}{log}/")})
    assert len(entries) == 4
    texts = " ".join(_main(web, host, _path(u)) for u in entries)
    for words in ("46 cameras", "third-party certification", "Merseyside Police", "single point of contact"):
        assert words in texts, words
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_privacy_directory_record_as_field_table_behind_category(web: Heldback203Web, truth: dict) -> None:
    host = "www.lincolnshire.gov.uk"
    rec = "/directory-record/62078/surveillance-camera-systems"
    assert _linking(web, host, f"http://{host}{rec}") == {f"http://{host}/directory/7/privacy-notices/category/41"}
    assert '<th scope="row">Who we may share it with</th>' in _html(web, host, rec)
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["pages"] == [f"http://{host}{rec}"]
    assert a["deliverables"]["5.3"]["status"] == "not_met"


def test_signed_protocol_only_as_disclosure_log_attachment(web: Heldback203Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council/freedom-of-information/disclosure-log/foi-24-0817"
    }
    assert "Signed on behalf of North Wales Police" in _text(web, host, _path(doc["url"]))
    assert "shared service agreement" in _main(web, host, "/community-safety/cctv")
    cy = f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, _path(cy))
    assert not any("freedom-of-information" in u for u in d["5.1"]["pages"])


def test_one_fact_councils(web: Heldback203Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.erewash.gov.uk", "cameras", "/privacy-notice"),
        ("www.hastings.gov.uk", "operator", "/community/community-safety/community-wardens"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<td>Images recorded by our town centre cameras" in _html(web, "www.erewash.gov.uk", "/privacy-notice")


def test_certificate_pdf_linked_only_by_an_empty_alt_image(web: Heldback203Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    cert = _path(ev["url"])
    page = "/article/1764/CCTV"
    assert f'<a href="{cert}"><img src="/images/sc-mark.png" alt=""></a>' in _html(web, host, page)
    assert _linking(web, host, ev["url"]) == {f"http://{host}{page}"}
    assert "certif" not in _main(web, host, page).lower()
    assert _render(web, ev["url"]).header("Content-Type") == "application/pdf"
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-11-12" and d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and "democracy.newforest.gov.uk" in web.sites[host].hosts()


def test_deep_squiz_path_and_asset_pdf(web: Heldback203Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert any("/tier-3-primary-areas/cctv" in u for u in d["5.1"]["pages"])
    assert any("/__data/assets/pdf_file/" in u for u in d["5.1"]["pages"])
    assert "monitoring agreement between the two councils" in _text(
        web, host, "/__data/assets/pdf_file/0017/123452/CCTV-Operational-Policy-2023.pdf"
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_step_2_and_spoc_only_in_privacy_notice(web: Heldback203Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    d = _auth(truth, host)["deliverables"]
    notice = "/article/18822/CCTV-privacy-notice"
    assert "step 2" not in _main(web, host, "/cctv") and "Peterborough City Council" in _main(web, host, "/cctv")
    assert (
        {_path(e["url"]) for e in d["5.2"]["evidence"]} == {notice} == {_path(e["url"]) for e in d["5.3"]["evidence"]}
    )
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "not_met"


def test_signed_isa_linked_from_privacy_notice(web: Heldback203Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/privacy/cctv-privacy-notice"}
    assert "Runnymede Borough Council" in _main(web, host, "/community-safety/cctv-cameras")


def test_step_1_only_in_annual_report_and_signed_word_protocol(web: Heldback203Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017-03"
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith("Annual-CCTV-Report-2022-23.pdf")
    (doc,) = d["5.5"]["documents"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    docs = f"http://{host}/Community/Emergency-Planning-CCTV/CCTV/Reports-and-documents.aspx"
    assert _linking(web, host, doc["url"]) == {docs}
    assert "Signed for Kent Police" in _text(web, host, _path(doc["url"]))


def test_step_2_line_in_accreditations_list_among_empty_alt_logos(web: Heldback203Web, truth: dict) -> None:
    host = "www.stevenage.gov.uk"
    acc = "/about-the-council/transparency/accreditations"
    html = _html(web, host, acc)
    assert html.count('alt="">') == 3
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and {_path(e["url"]) for e in d["5.2"]["evidence"]} == {acc}
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"]
    assert "democracy.stevenage.gov.uk" in web.sites[host].hosts()


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback203Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.sefton.gov.uk", "crawley.gov.uk", "www.lancaster.gov.uk"})
    pn = "/council-information/access-information/privacy-notices"
    assert not re.search(r"(?i)cctv|camera", _main(web, "crawley.gov.uk", pn))
