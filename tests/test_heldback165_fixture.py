"""The hundred-and-sixty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. Agreements with the police in several forms: a release
protocol signed with the Met as Appendix D of a Word code served without extension; a signed data sharing agreement
linked only from a privacy notice; a signed WASPI protocol on a bilingual Welsh site; a memorandum of understanding
whose signatures are only in a separate Word schedule. Beside them the near-misses: an agreement only mentioned (twice),
a draft with blank signature blocks inside a policy PDF, an expired three-party SLA filed only in a documents library,
talks under way beside a monitoring contractor's contract, agreements between councils, a closed BID's funding
agreement, a county-wide information sharing framework, a police force's own ISA library and a safeguarding ISA. Also:
a paginated Jadu article, a step 2 sentence beside a Purple Flag near-miss, a mark beside a step 2 sentence and the
NSI audit, step 1 only in a review PDF, an external audit that is not certification, SPOCs on a sub-page, a governance
page, in a policy PDF and on a Welsh council's page, one-fact councils on a Shopwatch and a cemetery page (the second
on a legacy site without search, sitemap or A to Z), stale 1998 Act and fee, robots.txt forbidding the search, and
councils that publish nothing but carry look-alikes.
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
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback.truth import link_graph
from fixtures.heldback165.truth import TRUTH_PATH
from fixtures.heldback165.web import Heldback165Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback165Web:
    return Heldback165Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils_of_the_brief_mix(web: Heldback165Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 165)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 6, "not_met": 5}, tally
    assert tally["5.5"] == {"met": 4, "partial": 4, "not_met": 7}, tally


def test_release_protocol_as_appendix_of_a_word_code_without_extension(web: Heldback165Web, truth: dict) -> None:
    host = "www.bromley.gov.uk"
    art = "/crime-prevention-community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, _path(doc["url"]))
    assert "Appendix D. Protocol for the release of recorded material to the Metropolitan Police Service" in text
    assert "Signed for and on behalf of the London Borough of Bromley" in text
    assert "Signed for and on behalf of the Metropolitan Police Service" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/downloads/download/512/cctv-code-of-practice"}
    # the article runs over four numbered pages; pages 2 to 4 are reached only through the page-number strip
    cat_links = set(_links(web, host, "/crime-prevention-community-safety"))
    assert f"http://{host}{art}/1" in cat_links and f"http://{host}{art}/3" not in cat_links
    assert _linking(web, host, f"http://{host}{art}/3") == {f"http://{host}{art}/{i}" for i in (1, 2, 4)}
    assert "Page 3 of 4" in _main(web, host, f"{art}/3")
    assert "not an agreement with the police" in _main(web, host, f"{art}/4")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.controlroom@")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_agreement_linked_only_from_a_privacy_notice(web: Heldback165Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    pn = f"http://{host}/council/data/protection-foi/privacy-notices-council-services/public-spaces-cctv-privacy-notice"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["date"] == "2024-05-22"
    assert _linking(web, host, doc["url"]) == {pn}
    text = _text(web, host, _path(doc["url"]))
    assert "Signed for and on behalf of Calderdale Metropolitan Borough Council" in text
    assert "Signed for and on behalf of the Chief Constable of West Yorkshire Police" in text
    cctv = "/communities/crime-prevention/cctv"
    main = _main(web, host, cctv)
    assert "step 2 certification" in main and "Purple Flag is a town centre award, not a camera certificate" in main
    assert "<img" not in _html(web, host, cctv).split("<main", 1)[1]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "APCOA" in _main(web, host, _path(pn)) and "SUEZ" in _main(web, host, _path(pn))
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "met" and spoc["email"] and spoc["phone"]
    assert {_path(e["url"]) for e in d["5.3"]["evidence"]} == {f"{cctv}/who-looks-after-our-cameras"}


def test_mark_beside_step_2_sentence_and_agreement_only_mentioned(web: Heldback165Web, truth: dict) -> None:
    host = "www.westnorthants.gov.uk"
    cctv = "/local-communities/cctv"
    html = _html(web, host, cctv)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    main = _main(web, host, cctv)
    assert "(step two)" in main and "BS 7958" in main and "agreement between the two councils" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-07"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {_path(e["url"]) for e in d["5.5"]["evidence"]} == {f"{cctv}/request-cctv-footage"}
    assert "information sharing agreement" in _main(web, host, f"{cctv}/request-cctv-footage")
    site = web.sites[host]
    assert not any("Signed for and on behalf" in " ".join(doc.lines) for doc in site.docs.values())
    assert "24 hours a day" in _main(web, host, "/jobs/cctv-operator")


def test_police_force_isa_library_and_safeguarding_isa_are_not_camera_agreements(
    web: Heldback165Web, truth: dict
) -> None:
    host = "www.oxfordshire.gov.uk"
    page = "/council/information-governance/information-sharing"
    links = _links(web, host, page)
    assert any(urlsplit(u).hostname == "www.thamesvalley.police.uk" for u in links)
    assert not any("thamesvalley" in u for u in link_graph(web, web.sites[host]))
    assert "multi-agency safeguarding hub" in _main(web, host, page)
    a = _auth(truth, host)
    assert a["deliverables"]["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]
    assert a["heldback"]["democracy_host"] == "mycouncil.oxfordshire.gov.uk"


def test_waspi_protocol_on_a_bilingual_welsh_site(web: Heldback165Web, truth: dict) -> None:
    host = "www.anglesey.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    en = "/en/council/data-protection/cctv-at-council-sites"
    cy = "/cy/cyngor/diogelu-data/teledu-cylch-cyfyng-ar-safleoedd-y-cyngor"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "North Wales"
    text = _text(web, host, _path(doc["url"]))
    assert "Wales Accord on the Sharing of Personal Information (WASPI)" in text
    assert "Signed for and on behalf of North Wales Police" in text
    assert "Signed for and on behalf of Isle of Anglesey County Council" in text
    asb = _main(web, host, "/en/residents/community-safety/anti-social-behaviour")
    assert "WASPI" in asb and "not cameras" in asb
    assert "ended in 2015" in _main(web, host, en)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv@anglesey.example.gov.uk"


def test_talks_under_way_and_monitoring_contract_are_not_agreements(web: Heldback165Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    gov = "/community-safety/cctv/governance-and-contacts/"
    main = _main(web, host, gov)
    assert "has been signed yet" in main and "Talks with the force began in 2025" in main
    assert "not with the police" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1"
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".pdf") and "step one" not in _main(web, host, "/community-safety/cctv/").lower()
    assert all(_path(u).endswith("/") for u in d["5.1"]["pages"] if not u.endswith(".pdf"))
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_draft_agreement_with_blank_signatures_inside_the_policy(web: Heldback165Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Hertfordshire"
    text = _text(web, host, _path(doc["url"]))
    assert "Appendix C. Data sharing agreement with Hertfordshire Constabulary (draft for signature)" in text
    assert "Signature: ......" in text and "/ 20...." in text and "(signed)" not in text
    assert "Single point of contact (SPOC) for surveillance camera systems" in text
    assert "single point of contact" not in _main(web, host, "/services/community-safety/cctv").lower()
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {doc["url"]}
    dem = "moderngov.threerivers.gov.uk"
    assert "Hertfordshire CCTV Partnership" in _main(web, dem, "/mgAi.aspx?ID=8391")


def test_expired_sla_filed_only_in_the_documents_library(web: Heldback165Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    docs = f"http://{host}/community-safety/cctv/cctv-documents/"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {docs}
    text = _text(web, host, _path(doc["url"]))
    assert "31 March 2019" in text and text.count("Signed for and on behalf of") == 3
    assert "has expired" in _main(web, host, _path(docs))
    assert "<details><summary>" in _html(web, host, "/community-safety/cctv/")
    a = _auth(truth, host)
    assert not a["heldback"]["a_z"] and a["heldback"]["sitemap"]
    assert d["5.1"]["criteria"]["statistics"] and not d["5.1"]["criteria"]["annual_review"]


def test_memorandum_signed_only_in_a_separate_word_schedule(web: Heldback165Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    cctv = "/community/community-safety/town-centre-cctv/"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Sussex"
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    mou = f"http://{host}/media/6112/mou-town-centre-cctv-monitoring.pdf"
    assert {doc["url"], mou} <= set(_links(web, host, cctv))
    assert "Signed for and on behalf" not in _text(web, host, _path(mou))
    assert "Schedule 3" in _text(web, host, _path(mou))
    sched = _text(web, host, _path(doc["url"]))
    assert "Signed for and on behalf of Sussex Police" in sched and "Signed for and on behalf of Mid Sussex" in sched
    rights = _main(web, host, f"{cctv}footage-and-your-rights/")
    assert "Data Protection Act 1998" in rights and "£10 fee" in rights


def test_memorandum_only_mentioned_in_a_privacy_notice(web: Heldback165Web, truth: dict) -> None:
    host = "www.sstaffs.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not web.sites[host].docs
    assert "memorandum of understanding" in _main(web, host, "/community-safety/mobile-cctv/mobile-cctv-privacy-notice")
    assert "Codsall Parish Council" in _main(web, host, "/news/codsall-parish-cameras")


def test_councils_agreements_and_an_audit_are_not_police_agreements_or_certification(
    web: Heldback165Web, truth: dict
) -> None:
    host = "www.bromsgrove.gov.uk"
    main = _main(web, host, "/residents/community-safety/cctv/")
    assert "Redditch Borough Council" in main and "service level agreement between the councils" in main
    assert "fully compliant" in main and "not third-party certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]
    ripa = _main(web, host, "/council/corporate/your-access-to-information/ripa/")
    assert "Senior Responsible Officer for RIPA" in ripa


def test_one_fact_councils(web: Heldback165Web, truth: dict) -> None:
    for host, path in (
        ("www.n-kesteven.gov.uk", "/business/business-crime/shopwatch"),
        ("www.ne-derbyshire.gov.uk", "/residents/bereavement/cemeteries/dronfield-cemetery.html"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "funding agreement" in _main(web, "www.n-kesteven.gov.uk", "/news/cameras-stay-on-after-bid")
    site = web.sites["www.ne-derbyshire.gov.uk"]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, site.host, "/")
    assert _auth(truth, site.host)["oracle_fetches"] == 5


def test_framework_served_without_extension_is_not_a_camera_agreement(web: Heldback165Web, truth: dict) -> None:
    host = "www.fdean.gov.uk"
    url = f"http://{host}/downloads/file/3318/gloucestershire-information-sharing-partnership-agreement"
    r = _render(web, url)
    assert r.header("Content-Type") == "application/pdf" and _no_extension(url)
    text = _text(web, host, _path(url))
    assert "Gloucestershire Constabulary" in text and "does not itself authorise any particular sharing" in text
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback165Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.fdean.gov.uk", "www.stroud.gov.uk"})
    assert "enforcement cameras" in _main(
        web, "www.oxfordshire.gov.uk", "/council/information-governance/foi-disclosure-log/cctv-cameras-2024"
    )


def test_robots_forbid_search(truth: dict) -> None:
    hosts = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]}
    assert hosts == {"www.bromley.gov.uk", "www.oxfordshire.gov.uk", "www.nwleics.gov.uk", "www.stroud.gov.uk"}
