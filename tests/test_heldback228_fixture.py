"""The two hundred and twenty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh (none in the fifteen sets before this one) and of the brief's types; the labelling
rules hold with the intended tallies; and the structures the set is built from are really served: police agreements
filed in unusual places (the enclosure of a Cabinet Member's letter, a Word document without extension attached to
the answer to a councillor's question, the evidence link of a scrutiny recommendations tracker row on the moderngov
host, Paper F of the second of three partnership board packs, a draft in a partnership board pack, a mention in a
Council question answer, a mention in a Lead Member's open letter) and their look-alikes (another force's signed
agreement in another letter, a neighbour's signed protocol in the same board pack, districts' signed agreements in a
county's hosted board pack, a city council's protocol and a town centre company's agreement on outside body pages, a
neighbour's ISA and a Commissioner's grant agreement in Cabinet papers, a town council's memorandum on a grants page);
a step 2 claim only as a timeline line and another in a callout box; a step 1 claim only in an open letter; SPOCs on a
page, in a contact table beside the DPO and on an /article/ page; one-fact councils; and councils that publish
nothing but carry look-alikes.
"""

from __future__ import annotations

import json
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

from fixtures.heldback228.truth import TRUTH_PATH
from fixtures.heldback228.web import Heldback228Web


@pytest.fixture(scope="module")
def web() -> Heldback228Web:
    return Heldback228Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_types(web: Heldback228Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 228)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_agreement_only_as_enclosure_of_a_cabinet_member_letter(web: Heldback228Web, truth: dict) -> None:
    host = "www.kingston.gov.uk"
    letters = "/council-and-democracy/cabinet-member-letters"
    letter = f"http://{host}{letters}/kingston-town-residents-forum-cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {letter}
    assert letter in _links(web, host, letters)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of the Royal Borough" in text and "on behalf of the Metropolitan Police Service" in text
    assert "Cabinet Member for Community Safety" in _main(web, host, urlsplit(letter).path)
    # the other letter encloses a signed agreement with another force
    btp = "/sites/default/files/2024-09/enclosure-btp-station-forecourt-dsa.pdf"
    assert "British Transport Police" in _text(web, host, btp) and "Signed for the council" in _text(web, host, btp)
    assert not any("btp" in e["url"] for e in d["5.5"]["evidence"])
    assert not d["5.1"]["criteria"]["police_agreement"]


def test_word_agreement_attached_to_a_councillor_question_answer(web: Heldback228Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    qpage = "/council-and-democracy/full-council-questions/27-february-2025"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northamptonshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{qpage}"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    html = _html(web, host, qpage)
    assert '<th scope="col">Asked by</th>' in html and "North Northamptonshire Council" in html
    assert "Signed on behalf of Northamptonshire Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and not any(u.endswith(qpage) for u in d["5.1"]["pages"])


def test_agreement_only_behind_a_scrutiny_tracker_row(web: Heldback228Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    dem = "moderngov.oadby-wigston.gov.uk"
    tracker = f"http://{dem}/mgAi.aspx?ID=11922"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {tracker}
    html = _html(web, dem, "/mgAi.aspx?ID=11922")
    assert '<th scope="col">Evidence</th>' in html and "Scrutiny recommendations tracker" in html
    assert "agreement" not in _main(web, host, "/pages/cctv_footage").lower()
    assert d["5.3"]["status"] == "met" and not any("moderngov" in u for u in d["5.1"]["pages"])


def test_agreement_only_in_the_second_of_three_board_packs(web: Heldback228Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    board = "/community-safety/community-safety-partnership/board-meetings"
    packs = [u for u in _links(web, host, board) if u.endswith(".pdf")]
    assert len(packs) == 3
    signed = [u for u in packs if "Signed for Leicestershire Police" in _text(web, host, urlsplit(u).path)]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert signed == [doc["url"]] and packs.index(doc["url"]) == 1
    assert "Paper F" in _text(web, host, urlsplit(doc["url"]).path)
    html = _html(web, host, "/community-safety/cctv")
    assert '<aside class="callout"><h2>Did you know?</h2><p>Our control room holds full step 2' in html
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    contact = _html(web, host, "/community-safety/cctv/contact-the-cctv-team")
    assert "Data Protection Officer" in contact and d["5.3"]["spoc"]["email"].startswith("spoc.cctv@")


def test_draft_in_a_board_pack_beside_a_neighbours_signed_protocol(web: Heldback228Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "__/__/20__" in text and "Signed for Rushcliffe Borough Council" in text
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert d["5.3"]["status"] == "met"


def test_step_1_and_agreement_mention_only_in_an_open_letter(web: Heldback228Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    letter = "/article/36002/An-open-letter-on-our-new-control-room"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {letter}
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"] and "<img" not in _html(web, host, letter)
    for art in ("35111/Why-have-CCTV-", "35112/The-control-room", "35113/Asking-for-footage"):
        assert "certification" not in _main(web, host, f"/article/{art}"), art
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_step_2_timeline_line_and_outside_body_agreement(web: Heldback228Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    perf = "/your-community/cctv/cctv-service-performance"
    assert '<ol class="timeline">' in _html(web, host, perf)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020"
    atcp = "/media/4388/atcp-shopwatch-isa-kent-police.pdf"
    assert _linking(web, host, f"http://{host}{atcp}") == {
        f"http://{host}/council/outside-bodies/ashford-town-centre-partnership"
    }
    assert "Signed for Kent Police" in _text(web, host, atcp)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_mention_only_in_a_council_question_answer(web: Heldback228Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]} == {"democracy.staffordbc.gov.uk"}
    assert d["5.5"]["status"] == "partial" and not d["5.1"]["criteria"]["police_agreement"]
    assert "mailto:" not in _html(web, host, "/cctv") and d["5.3"]["spoc"]["phone"]


def test_neighbours_and_other_bodies_agreements_are_not_the_councils(web: Heldback228Web, truth: dict) -> None:
    cases = [
        (
            "www.surreyheath.gov.uk",
            "democracy.surreyheath.gov.uk",
            "/documents/s31877/Appendix%20C%20Runnymede%20ISA.pdf",
            "Signed for Surrey Police",
        ),
        (
            "www.castlepoint.gov.uk",
            "democracy.castlepoint.gov.uk",
            "/documents/s9901/Appendix%201%20Southend%20ISA.pdf",
            "Signed for Essex Police",
        ),
        (
            "www.rugby.gov.uk",
            "www.rugby.gov.uk",
            "/documents/rugby-first-radio-scheme-dsa-warwickshire-police.pdf",
            "Signed for Warwickshire Police",
        ),
        (
            "www.eastcambs.gov.uk",
            "www.eastcambs.gov.uk",
            "/sites/default/files/outside-bodies/ely-soham-cctv-protocol.pdf",
            "Signed for Cambridgeshire Constabulary",
        ),
        (
            "www.oxfordshire.gov.uk",
            "www.oxfordshire.gov.uk",
            "/media/12881/safer-oxfordshire-board-papers-november-2024.pdf",
            "Signed for Thames Valley Police",
        ),
        (
            "www.powys.gov.uk",
            "www.powys.gov.uk",
            "/media/8812/welshpool-tc-cctv-mou-dyfed-powys-police.pdf",
            "Signed for Dyfed-Powys Police",
        ),
    ]
    for host, doc_host, path, words in cases:
        assert words in _text(web, doc_host, path), host
        assert _linking(web, host, f"http://{doc_host}{path}"), host
        assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met", host
    grant = _text(web, "democracy.castlepoint.gov.uk", "/documents/s9902/Appendix%202%20PFCC%20grant%20agreement.pdf")
    assert "Police, Fire and Crime Commissioner" in grant


def test_powys_letter_has_a_welsh_twin(web: Heldback228Web) -> None:
    host = "www.powys.gov.uk"
    letter = "/your-council/cabinet-member-letters/town-centre-cameras"
    twin = "http://www.powys.gov.uk/cy/eich-cyngor/llythyrau-aelodau-cabinet/camerau-canol-tref"
    assert twin in _links(web, host, letter)
    assert 'lang="cy"' in _html(web, host, urlsplit(twin).path)


def test_one_fact_councils(web: Heldback228Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.rossendale.gov.uk", "cameras", "/markets/bacup-market"),
        ("www.castlepoint.gov.uk", "operator", "/parks/canvey-lake"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(web, "www.rossendale.gov.uk", "/markets/bacup-market")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback228Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.powys.gov.uk", "www.eastcambs.gov.uk"})
