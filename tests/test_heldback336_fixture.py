"""The three hundred and thirty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from (residents' questions) are really served: one answer page per 'Do you have
CCTV in ...?' with the SPOC only in the 'not listed' answer and the police agreement only mentioned in a place answer;
the online assistant's saved answers as chat transcripts with a phone hand-off; knowledge articles reached only by
'next article' links; a footage request explained as a timeline with a protocol mention and a /cy twin; a residents'
questions board whose 'Council response' replies hold the facts and link the signed agreement; a printable questions
leaflet PDF holding the facts and a step 2 answer; a corrected answer with the old retention struck out; a street
problem form whose guidance holds the one fact, with the committee papers on the democracy host; the CCTV team's
answers with a step 1 answer and a signed protocol as an extensionless Word file; footage answers per audience at
?for= addresses; a register of published answers with a lapsed step 2 answer; town and parish councils' questions
holding the SPOC and a draft protocol, with robots.txt forbidding the search; questions about the control room's move
holding the SPOC and the signed agreement beside an 'award-winning' claim; and three councils that publish nothing but
answer camera questions with look-alikes.
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

from fixtures.heldback336.truth import TRUTH_PATH
from fixtures.heldback336.web import Heldback336Web


@pytest.fixture(scope="module")
def web() -> Heldback336Web:
    return Heldback336Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _pages(auth: dict, key: str) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in auth["deliverables"][key]["evidence"]
    }


def test_fresh_councils(web: Heldback336Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 336)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_place_questions_with_spoc_in_the_not_listed_answer(web: Heldback336Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    near = "/community-safety/cctv/near-me"
    links = [u for u in _links(web, host, near) if u.startswith(f"http://{host}{near}/")]
    assert len(links) == 7
    assert "Do you have CCTV in Ilford town centre?" in _main(web, host, near)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert _pages(a, "5.3") == {f"{near}/not-listed"}
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    assert "single point of contact for surveillance cameras" in _main(web, host, f"{near}/not-listed")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Metropolitan Police" in _main(web, host, f"{near}/ilford-town-centre")
    assert "Metropolitan Police" not in _main(web, host, "/community-safety/cctv")
    assert "approved by the Secretary of State" in _main(web, host, "/parking/penalty-charge-notices")


def test_assistant_saved_answers_as_chat_transcripts(web: Heldback336Web, truth: dict) -> None:
    host = "www.southtyneside.gov.uk"
    ask = "/article/40210/Ask-our-online-assistant"
    answers = [u for u in _links(web, host, ask) if "/assistant/answers/" in u]
    assert len(answers) == 8
    html = _html(web, host, "/assistant/answers/1189")
    assert '<div class="chat" role="log">' in html and "chat__msg--bot" in html
    a = _auth(truth, host)
    assert all("/assistant/answers/" in p for p in a["deliverables"]["5.1"]["pages"])
    assert f"http://{host}{ask}" in _links(web, host, "/a-z")
    spoc = a["deliverables"]["5.3"]["spoc"]
    assert a["deliverables"]["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_knowledge_articles_reached_only_by_next_links(web: Heldback336Web, truth: dict) -> None:
    host = "www.bracknell-forest.gov.uk"
    base = "/my-account/help/article/"
    first, second, last = (f"http://{host}{base}{kb}" for kb in ("KB0031071", "KB0031072", "KB0031074"))
    assert _linking(web, host, second) == {first}
    assert "Next article in this topic" in _main(web, host, f"{base}KB0031071")
    assert "Next article in this topic" not in _main(web, host, urlsplit(last).path)
    assert "switched off" in _main(web, host, f"{base}KB0031071")


def test_request_timeline_and_welsh_twin(web: Heldback336Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    req = "/en/living/Safer-Vale/CCTV/What-happens-to-your-request.aspx"
    html = _html(web, host, req)
    assert html.count('<li class="timeline__stage">') == 5 and '<ol class="timeline">' in html
    assert "31 days" not in _main(web, host, "/en/living/Safer-Vale/CCTV.aspx")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert f"http://{host}/cy/byw/Bro-Fwy-Diogel/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/byw/Bro-Fwy-Diogel/Teledu-Cylch-Cyfyng.aspx")
    assert d["5.5"]["status"] == "partial" and _pages(a, "5.5") == {req}
    assert "Cardiff Council's control room" in _main(web, host, "/en/living/Safer-Vale/CCTV.aspx")


def test_questions_board_official_replies_and_signed_agreement(web: Heldback336Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    t1 = "/ask-crawley/threads/2291-who-watches-the-town-centre-cameras"
    html = _html(web, host, t1)
    assert html.count('<span class="badge">Council response</span>') == 2
    official = html.split('<article class="post post--official">', 1)[1]
    assert "15 in the town centre" in official
    assert "nobody watches them" in html.split('<article class="post post--official">', 1)[0]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{t1}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Sussex Police" in text and "Crawley Borough Council:" in text
    assert "only keep it a week" in _main(web, host, "/ask-crawley/threads/2304-how-long-is-footage-kept")


def test_printable_questions_leaflet_holds_the_facts(web: Heldback336Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    leaf = "/media/14820/CCTV-in-Fenland-your-questions-answered.pdf"
    assert (_render(web, f"http://{host}{leaf}").header("Content-Type") or "") == "application/pdf"
    main = _main(web, host, "/cctv")
    assert "30 days" not in main and "step 2" not in main and '<div class="doc-record">' in _html(web, host, "/cctv")
    assert "full (step 2) certification" in _text(web, host, leaf)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "not_met"


def test_corrected_answer_with_struck_out_retention(web: Heldback336Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    tq = "/business/andovertowncentre/traderquestions"
    html = _html(web, host, tq)
    assert "<del>Recordings are kept for 14 days.</del>" in html and "<ins>Since April 2025" in html
    assert '<main id="main">' not in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_fact_only_in_form_guidance_and_committee_papers_apart(web: Heldback336Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    street = "/report-it/street-problem"
    guidance = _html(web, host, street).split('<div class="form-guidance">', 1)[1].split("</div>", 1)[0]
    assert "122 public space cameras" in guidance
    site = web.sites[host]
    holders = [pg.path for pg in site.pages.values() if "122 public space cameras" in pg.body]
    assert holders == [street]
    assert "cds.sevenoaks.gov.uk" in site.hosts()
    assert "camera network" in _main(web, "cds.sevenoaks.gov.uk", "/mgAi.aspx?ID=31904")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{street}"]


def test_team_answers_step_1_and_extensionless_word_protocol(web: Heldback336Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    q5 = "/pages/cctv-five-questions.aspx"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{q5}"}
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, q5)


def test_footage_answers_per_audience(web: Heldback336Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    foot = "/community-safety/public-space-cameras/footage"
    links = {u for u in _links(web, host, foot) if "?for=" in u}
    assert links == {f"http://{host}{foot}?for={k}" for k in ("resident", "insurer", "police", "business")}
    assert "Hampshire and Isle of Wight Constabulary" in _main(web, host, f"{foot}?for=police")
    assert "Constabulary" not in _main(web, host, "/community-safety/public-space-cameras")
    a = _auth(truth, host)
    assert _pages(a, "5.5") == {f"{foot}?for=police"} and not a["deliverables"]["5.5"]["documents"]


def test_published_answers_register_with_lapsed_step_2(web: Heldback336Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    reg = "/your-council/ask-the-council/published-answers/"
    assert '<th scope="col">Reference</th>' in _html(web, host, reg)
    ans = f"{reg}q2025-031/"
    assert "taken the certification mark down" in _main(web, host, ans) and "<img" not in _main(web, host, ans)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _linking(web, host, f"http://{host}/about-us/cctv-code-of-practice/") == {f"http://{host}{reg}q2025-014/"}
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_parish_questions_hold_spoc_and_draft_protocol(web: Heldback336Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    join = "/streets-parking-transport/cctv/questions-from-town-and-parish-councils/"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert a["heldback"]["robots_forbid_search"]
    assert _pages(a, "5.3") == {join}
    assert "single point of contact" not in _main(web, host, "/streets-parking-transport/cctv/")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_control_room_move_questions_and_award_winning(web: Heldback336Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    move = "/community-safety/cctv/control-room-move-your-questions"
    assert "award-winning" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{move}"}
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")


def test_councils_that_publish_nothing_still_answer_camera_questions(web: Heldback336Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.bracknell-forest.gov.uk", "www.hants.gov.uk", "www.westdevon.gov.uk"}, min_decoys=4
    )
    assert "does not run public space CCTV" in _main(
        web, "www.hants.gov.uk", "/aboutthecouncil/ask-the-leader/november-2025"
    )
    assert not web.sites["www.hants.gov.uk"].az
    assert "Okehampton Town Council" in _main(web, "www.westdevon.gov.uk", "/ask-us")
