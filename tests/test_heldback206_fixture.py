"""The two hundred and sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, with the emphasis on police agreements in awkward forms
and their look-alikes: a signed agreement only as an appendix in the third of three PDF parts of a strategy; a signed
agreement still headed DRAFT; a signed protocol only inside a whole committee agenda pack; a signed protocol only as a
scan whose text layer is OCR with character errors; a pending agreement (page says not signed, draft Word appendix on
the democracy host); a draft protocol only as a Cabinet appendix reached from news; an expired signed protocol kept
as an archive; a code whose certificate is signed by the council and a shopping centre, the police protocol only
mentioned; a protocol mentioned only in a privacy notice beside force news; a councils' shared service agreement;
a neighbour's police agreement in partner news; a draft code only in committee papers; a safeguarding framework
signed by the police; step 2 and step 1 claims; SPOCs on a page, in a card and only in an annual report; one fact
in a table row and on an EV charging page; Welsh twins; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from collections import Counter
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

from fixtures.heldback206.truth import TRUTH_PATH
from fixtures.heldback206.web import Heldback206Web


@pytest.fixture(scope="module")
def web() -> Heldback206Web:
    return Heldback206Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback206Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 206)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally


def test_signed_agreement_only_in_part_3_of_a_three_part_strategy(web: Heldback206Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    pg = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    parts = [u for u in _links(web, host, pg) if "cctv-strategy-2021-2024-part-" in u]
    assert len(parts) == 3
    texts = [_text(web, host, _path(u)) for u in parts]
    signed = "Signed for and on behalf of the Metropolitan Police Service"
    assert [signed in t for t in texts] == [False, False, True]
    assert "Appendix C (part 3)" in texts[1]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == parts[2]
    assert "BS 7958" in _main(web, host, pg) and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_signed_agreement_still_headed_draft(web: Heldback206Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    isa = "/media/4410/cctv-data-sharing-agreement-merseyside-police.pdf"
    text = _text(web, host, isa)
    assert text.index("DRAFT v0.6") < text.index("Signed on behalf of Knowsley")
    assert "Signed on behalf of Merseyside Police" in text
    assert _linking(web, host, f"http://{host}{isa}") == {
        f"http://{host}/community-safety/cctv/working-with-merseyside-police"
    }
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and not doc["draft"]
    html = _html(web, host, "/community-safety/cctv")
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert '<div class="contact-card">' in html and d["5.3"]["status"] == "met"


def test_signed_protocol_only_inside_a_committee_agenda_pack(web: Heldback206Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    pack = "/media/4802/community-services-committee-12-september-2024-agenda-pack.pdf"
    text = _text(web, host, pack)
    assert text.index("Allotments fees") < text.index("Appendix C - CCTV Information Sharing Protocol")
    assert "Signed on behalf of Surrey Police" in text
    assert _linking(web, host, f"http://{host}{pack}") == {
        f"http://{host}/council-and-democracy/committee-papers/community-services-committee"
    }
    cctv = _main(web, host, "/community-safety/safer-runnymede/cctv")
    assert "Surrey Police" not in cctv and "protocol" not in cctv.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and {e["url"] for e in d["5.5"]["evidence"]} == {f"http://{host}{pack}"}
    assert not any(pack in u for u in d["5.1"]["pages"])
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018" and d["5.2"]["mark_displayed"]


def test_signed_protocol_only_as_an_ocr_scan(web: Heldback206Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    scan = "/media/docs/Scan_20230614_0931.pdf"
    assert f'<a href="{scan}">Scan_20230614_0931</a>' in _html(web, host, "/crime-and-safety/cctv")
    text = _text(web, host, scan)
    assert "Lancashire Constabu1ary" in text and "Lancashire Constabulary" not in text
    assert "S1gned for and on beha1f of Chor1ey Borough Counci1" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["date"] == "2023-06-14"
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, "/crime-and-safety/cctv")
    assert d["5.3"]["status"] == "not_met" and "Data Protection Officer" in _main(web, host, "/crime-and-safety/cctv")


def test_pending_agreement_and_draft_word_appendix_on_democracy_host(web: Heldback206Web, truth: dict) -> None:
    host, dem = "www.milton-keynes.gov.uk", "democracy.milton-keynes.gov.uk"
    main = _main(web, host, "/community-and-safety/cctv-in-milton-keynes")
    assert "It has not been signed yet" in main
    draft = f"http://{dem}/documents/s41822/AppendixB-DraftPartnershipAgreement.docx"
    assert _linking(web, host, draft) == {f"http://{dem}/mgAi.aspx?ID=58112"}
    assert (_render(web, draft).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, dem, _path(draft))
    assert "DRAFT FOR DISCUSSION" in text and "20__" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert d["5.1"]["criteria"]["police_agreement"] and not any(dem in u for u in d["5.1"]["pages"])


def test_draft_protocol_only_as_a_cabinet_appendix_reached_from_news(web: Heldback206Web, truth: dict) -> None:
    host, dem = "www.cannockchasedc.gov.uk", "democracy.cannockchasedc.gov.uk"
    item = f"http://{dem}/mgAi.aspx?ID=20417"
    assert f"http://{host}/news/cabinet-backs-cctv-protocol-with-police" in _linking(web, host, item)
    assert "protocol" not in _main(web, host, "/residents/community-safety/cctv").lower()
    text = _text(web, dem, "/documents/s61290/Appendix1DraftCCTVProtocol.pdf")
    assert "DRAFT v2" in text and "Name ......" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and d["5.5"]["documents"][0]["draft"]
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_expired_signed_protocol_kept_as_an_archive(web: Heldback206Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    pdf = "/wp-content/uploads/2014/04/cctv-protocol-lancashire-constabulary-2014.pdf"
    text = _text(web, host, pdf)
    assert "31 March 2017" in text and "Signed for Lancashire Constabulary" in text
    assert "<h2>Archived documents</h2>" in _html(web, host, "/council/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["signed"] and not doc["draft"]
    assert "service level agreement" in _main(web, host, "/council/community-safety/camera-maintenance-contract")


def test_certificate_signed_by_owners_and_spoc_only_in_annual_report(web: Heldback206Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    code = "/downloads/file/1180/cctv-code-of-practice"
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, code)
    assert "Signed for Three Spires Shopping Centre" in text and "Signed for Staffordshire Police" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {_path(e["url"]) for e in d["5.3"]["evidence"]} == {"/downloads/file/2714/cctv-annual-report-2023-24"}
    for pg in ("1", "2", "3"):
        assert "single point of contact" not in _main(
            web, host, f"/community-safety/cctv-closed-circuit-television/{pg}"
        )
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_protocol_mentioned_only_in_privacy_notice_beside_force_news(web: Heldback206Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    pn = "/privacy/public-space-cameras-privacy-notice"
    assert "data sharing protocol" in _main(web, host, pn)
    assert "protocol" not in _main(web, host, "/community-safety/public-space-cameras")
    assert "renew its camera protocol" in _main(web, host, "/news/force-news-camera-protocol-to-be-renewed")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and {_path(e["url"]) for e in d["5.5"]["evidence"]} == {pn}
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_councils_shared_service_agreement_is_not_a_police_agreement(web: Heldback206Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    text = _text(web, host, "/media/2231/shared-service-agreement-cctv.pdf")
    assert "Signed for Wychavon District Council" in text and "Police" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_one_fact_councils(web: Heldback206Web, truth: dict) -> None:
    el = "www.e-lindsey.gov.uk"
    assert '<main id="main">' not in _html(web, el, "/") and web.sites[el].search is None
    assert "<td>Town centre CCTV</td>" in _html(web, el, "/council-and-democracy/which-council-does-what")
    for host, crit, path in (
        (el, "operator", "/council-and-democracy/which-council-does-what"),
        ("www.braintree.gov.uk", "retention", "/parking/electric-vehicle-charging"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "Essex Police" in _main(web, "www.braintree.gov.uk", "/community/community-safety-partnership")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback206Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.derbyshire.gov.uk", "www.powys.gov.uk", "www.gravesham.gov.uk"})
    assert "Derbyshire Constabulary" in _main(
        web, "www.derbyshire.gov.uk", "/council/derbyshire-information-sharing-framework"
    )
    assert _auth(truth, "www.derbyshire.gov.uk")["heldback"]["robots_forbid_search"]
    powys = "www.powys.gov.uk"
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng-canol-trefi"
    assert f"http://{powys}{cy}" in _links(web, powys, "/community-safety/town-centre-cctv")
    assert '<html lang="cy">' in _html(web, powys, cy)
    grav, dem = "www.gravesham.gov.uk", "democracy.gravesham.gov.uk"
    assert "DRAFT" in _text(web, dem, "/documents/s88120/Appendix2DraftSurveillanceCameraCode.pdf")
    assert "information sharing agreement" in _main(web, grav, "/news/partner-news-swale-and-kent-police-agreement")
