"""The two hundred and seventy-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
the structures the set is built from are really served (a SPOC only in a 'you said, we did' table, only in a Word
access request form, only in a camera table's caption, and on a footage-requests page filed under Council and
democracy; a code of practice with a blank certificate of agreement; signed agreements as a PDF without extension,
a PDF linked from an evidence sub-page and a Word protocol; a step 2 claim only in a small-print review note, a step 2 item
in a 'governed by' list and a step 2 sentence beside a stepless mark; agreements only mentioned in a privacy notice
and on a page; an online form's introduction holding retention and access; a legacy site with a /cy twin and its
search forbidden; a card index; one fact on a library extended-hours page and on a council-owned shopping centre
page); and, the emphasis of this set, that the look-alikes on the same sites are served but never labelled as
evidence: news, FOI answers, job adverts, parish and town council cameras, housing and leisure partners' cameras,
enforcement cameras, hosted guidance and templates, another council's monitoring, committee papers.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_main as _main,
    served_text as _text,
    status_tally,
)
from collections import Counter

from fixtures.heldback271.truth import TRUTH_PATH
from fixtures.heldback271.web import Heldback271Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback271Web:
    return Heldback271Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(auth: dict) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in evidence_urls(auth)}


def test_fresh_councils_of_the_brief_mix(web: Heldback271Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 271)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_no_look_alike_is_ever_evidence(web: Heldback271Web, truth: dict) -> None:
    """News, FOI answers, job adverts, partner bodies' pages and committee papers are served on the sites but never
    labelled as evidence of anything."""
    for auth in truth["authorities"]:
        site = web.sites[auth["heldback"]["host"]]
        for url in evidence_urls(auth):
            parts = urlsplit(url)
            assert parts.hostname == site.host, url
            for part in ("/news", "/foi", "/jobs", "/Jobs", "/en/News", "/en/Jobs"):
                assert not parts.path.startswith(part), url
            if (parts.hostname, parts.path) in {(h, q) for (h, q) in site.pages}:
                assert 'class="provided-by"' not in _html(web, site.host, parts.path), url
    # every site carries at least one hosted partner page, news story or FOI answer about cameras
    for site in web.sites.values():
        decoys = [
            pg
            for pg in site.pages.values()
            if ('class="provided-by"' in pg.body or pg.path.startswith(("/news", "/foi", "/en/News")))
            and any(w in pg.body.lower() for w in ("cctv", "camera"))
        ]
        assert decoys, site.host


def test_spoc_only_in_you_said_we_did_table_and_code_with_blank_certificate(web: Heldback271Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    cctv = "/community/community-safety/cctv"
    review = f"{cctv}/review-you-said-we-did"
    d = _auth(truth, host)["deliverables"]
    assert "single point of contact" not in _main(web, host, cctv)
    html = _html(web, host, review)
    assert '<th scope="col">You said</th><th scope="col">We did</th>' in html and "single point of contact" in html
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {review}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    code = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of Agreement" in code and "20__" in code and "Metropolitan Police Service" in code
    # Barnet Homes' own single point of contact and the job advert's are look-alikes
    assert "single point of contact for estate CCTV" in _main(web, host, "/housing/council-tenants/estate-cctv")
    assert "single point of contact" in _main(web, host, "/jobs/cctv-control-room-operator")
    assert "7,200 incidents" in _main(web, host, "/news/two-years-expanded-cctv-network")
    assert not d["5.1"]["criteria"]["statistics"]


def test_spoc_and_signed_isa_on_requests_page_under_council_and_democracy(web: Heldback271Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    cctv = "/services/crime-anti-social-behaviour-nuisance/cctv"
    req = "/services/the-council-democracy/cctv-requests"
    site = web.sites[host]
    assert site.pages[(host, req)].parent == "/council-and-democracy"
    assert f"http://{host}{cctv}" in _linking(web, host, f"http://{host}{req}")
    assert "Single Point of Contact" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and "." not in urlsplit(doc["url"]).path.rsplit("/")[-1]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{req}"}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {req}
    # St Leger Homes' contact, the FOI count and the officer decision are not the council's disclosure
    assert "St Leger's single point of contact" in _main(web, host, "/housing/estate-cameras")
    assert "147 public space cameras" in _main(
        web, host, "/services/the-council-democracy/foi-disclosure-log/foi-23-1184"
    )
    assert not any("moderngov" in u for u in evidence_urls(_auth(truth, host)))


def test_step_2_only_in_small_print_review_note(web: Heldback271Web, truth: dict) -> None:
    host = "www.nottinghamcity.gov.uk"
    cctv = "/information-for-residents/community/community-protection/cctv"
    html = _html(web, host, cctv)
    note = html.split("<small>", 1)[1].split("</small>", 1)[0]
    assert "step 2" in note and "step 2" not in html.replace(note, "") and "<img" not in html
    assert "step 2" not in html.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03"
    assert not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    # the bus lane cameras' VCA certification and the ALMO's signed police ISA are look-alikes
    assert "Vehicle Certification Agency" in _main(web, host, "/travel/bus-lane-enforcement")
    assert "information sharing agreement" in _main(web, host, "/housing/estate-cctv")
    assert "/travel/bus-lane-enforcement" not in _paths(_auth(truth, host))


def test_one_fact_councils(web: Heldback271Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.eastsussex.gov.uk", "retention", "/libraries/extended-access-hours"),
        ("www.testvalley.gov.uk", "cameras", "/business/commercial-property/the-chantry-centre"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "212 cameras" in _main(web, "www.eastsussex.gov.uk", "/foi/foi-5531")
    assert "does not run any CCTV" in _main(web, "www.eastsussex.gov.uk", "/roads-and-transport/highways-faqs")
    tmpl = _text(web, "www.testvalley.gov.uk", "/assets/community-safety/cctv-sla-template.pdf")
    assert "not itself an agreement" in tmpl
    assert _auth(truth, "www.testvalley.gov.uk")["deliverables"]["5.5"]["status"] == "not_met"


def test_spoc_only_in_word_access_form_on_legacy_bilingual_site(web: Heldback271Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    site = web.sites[host]
    cctv = "/en/Community-Wellbeing/Community-Safety/CCTV/CCTV.aspx"
    html = _html(web, host, cctv)
    assert '<main id="main">' not in html and "single point of contact" not in html.lower()
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"] and not site.az
    d = a["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert d["5.3"]["status"] == "met" and _render(web, ev["url"]).header("Content-Type") == DOCX
    cy = f"http://{host}/cy/Lles-Cymunedol/Diogelwch-Cymunedol/TCC/TCC.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gwent" and doc["date"] == "2023-07-11"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/en/Community-Wellbeing/Community-Safety/CCTV/Releasing-footage-for-evidence.aspx"
    }


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback271Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.adur-worthing.gov.uk", "www.burnley.gov.uk", "www.braintree.gov.uk"})
    assert "Sussex Police watch and record" in _main(web, "www.adur-worthing.gov.uk", "/foi/aw-foi-2025-311")
    assert "Pennine CCTV hub" in _main(web, "www.burnley.gov.uk", "/foi/foi-2024-219")
    assert "Witham Town Council" in _main(web, "www.braintree.gov.uk", "/news/witham-cctv-expansion")
    assert "Fewer than ten" in _main(web, "www.braintree.gov.uk", "/foi/bdc-foi-4410")


def test_working_towards_and_shopping_centre_partnership_are_not_certification_or_police(
    web: Heldback271Web, truth: dict
) -> None:
    host = "www.lichfielddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "working towards third-party certification" in _text(
        web, host, "/downloads/file/2203/cctv-annual-report-2024-25.pdf"
    )
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "partnership agreement" in _main(web, host, "/community-safety/three-spires-partnership")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_facts_on_an_online_form_introduction(web: Heldback271Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    form = "/forms/request-cctv-footage"
    html = _html(web, host, form)
    assert "<form " in html and "31 days" in html
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"]
    crit = a["deliverables"]["5.1"]["criteria"]
    assert crit["retention"] and crit["subject_access"] and f"http://{host}{form}" in a["deliverables"]["5.1"]["pages"]
    assert "retention" not in {k for k, (pth, _) in web.sites[host].labels["5.1"]["crits"].items() if pth == "/CCTV"}
    assert "Places Leisure" in _main(web, host, "/leisure/basingstoke-sports-centre")


def test_agreement_only_mentioned_in_privacy_notice_and_card_index(web: Heldback271Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert '<div class="card-grid">' in _html(web, host, "/info/120/safer-communities/cctv-and-safety")
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {"/info/183/privacy/1150/cctv-privacy-notice"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "agreement" not in _main(web, host, "/info/120/safer-communities/162/closed-circuit-television-cctv")
    assert a["heldback"]["democracy_host"] == "modgov.cherwell.gov.uk"
    assert not any("modgov" in u for u in evidence_urls(a))


def test_step_2_in_governed_by_list_and_signed_word_protocol(web: Heldback271Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    main = "/communities/community-safety/cctv/cctv-in-chelmsford"
    html = _html(web, host, main)
    assert (
        "<li>the Biometrics and Surveillance Camera Commissioner, whose certification scheme awarded our system step 2"
        in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _render(web, doc["url"]).header("Content-Type") == DOCX
    assert "agreement with Maldon District Council" in _main(web, host, main)
    assert _linking(web, host, f"http://{host}{main}") >= {f"http://{host}/communities/community-safety/cctv"}


def test_step_2_sentence_beside_stepless_mark_and_memorandum_mention(web: Heldback271Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    sr = "/community-safety/safer-runnymede"
    html = _html(web, host, sr)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in html and "step 2" in _main(web, host, sr)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "31 days" in _main(web, host, "/foi/rbc-foi-2024-077")
    assert not d["5.1"]["criteria"]["retention"]


def test_spoc_only_in_the_camera_tables_caption(web: Heldback271Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    html = _html(web, host, "/Your-council/Crime-and-safety/CCTV")
    caption = html.split("<caption>", 1)[1].split("</caption>", 1)[0]
    assert "single point of contact" in caption and "single point of contact" not in html.replace(caption, "")
    assert "<address>" not in html and "Mint Walk" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv@tandridge.example.gov.uk"
    assert "Oxted Parish Council" in _main(web, host, "/news/oxted-town-centre-cctv-live")
