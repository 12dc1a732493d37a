"""The hundred-and-eighty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: tabs served at their own ?tab= addresses; accordion
answers served as bare fragments; annual review PDF twins told apart only by ?lang=; a one-fact card in a lettered
service directory that links nowhere; a police-run room whose signed agreement and SPOC are reached only through a
list of privacy notices; a partner council's page quoting the host body's SPOC and standards beside its own phone; a
host council's SPOC whose remit covers a neighbour's cameras; a signed Word agreement without extension behind vague
link text; CSS radio-button tabs with a signed agreement between two councils; a step 2 claim as the only camera
sentence; a former host's certification quoted by its partner; a legacy site without <main> that publishes nothing;
a code split over article pages with an HTML certificate of agreement signed by the constabulary; and councils that
publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback186.truth import TRUTH_PATH
from fixtures.heldback186.web import Heldback186Web


@pytest.fixture(scope="module")
def web() -> Heldback186Web:
    return Heldback186Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback186Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 186)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_query_string_tabs_and_stepless_certificate(web: Heldback186Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    base = f"http://{host}/community-safety/public-space-cctv"
    data, reqs = f"{base}?tab=your-data", f"{base}?tab=requests"
    assert _linking(web, host, data) == {base, data, reqs} == _linking(web, host, reqs)
    assert "31 days" not in _main(web, host, "/community-safety/public-space-cctv")
    assert "31 days" in _main(web, host, "/community-safety/public-space-cctv?tab=your-data")
    d = _auth(truth, host)["deliverables"]
    assert {data, reqs} <= set(d["5.1"]["pages"])
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["mark_displayed"]
    assert "step" not in _main(web, host, "/community-safety/public-space-cctv").lower()
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(
        web, host, "/community-safety/public-space-cctv"
    )
    assert d["5.3"]["status"] == "partial" and {e["url"] for e in d["5.3"]["evidence"]} == {reqs}


def test_accordion_answers_only_at_fragment_addresses(web: Heldback186Web, truth: dict) -> None:
    host = "www.herefordshire.gov.uk"
    pg = "/info/200135/community_safety/1072/cctv"
    assert "28 days" not in _main(web, host, pg) and 'data-faq-load="1"' in _html(web, host, pg)
    frag = _html(web, host, f"{pg}/answer/1")
    assert "<html" not in frag and "<h1>" not in frag and "28 days" in frag
    assert _linking(web, host, f"http://{host}{pg}/answer/5") == {f"http://{host}{pg}"}
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pg}/answer/1" in d["5.1"]["pages"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]


def test_pdf_twins_told_apart_by_lang_query(web: Heldback186Web, truth: dict) -> None:
    host = "www.caerphilly.gov.uk"
    doc = "/web-documents/resident/emergencies-and-crime-prevention/cctv/document"
    for lang in ("en-gb", "cy-gb"):
        r = _render(web, f"http://{host}{doc}?lang={lang}")
        assert r.status == 200 and r.header("Content-Type") == "application/pdf", lang
    assert "412 arrests" in _text(web, host, f"{doc}?lang=en-gb")
    assert "412 arrests" not in _text(web, host, f"{doc}?lang=cy-gb")
    assert _render(web, f"http://{host}{doc}").status == 404
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{doc}?lang=en-gb" in d["5.1"]["pages"] and d["5.1"]["criteria"]["statistics"]
    assert f"http://{host}/cy/gwasanaethau/argyfyngau-ac-atal-troseddu/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_on_a_directory_card_that_links_nowhere(web: Heldback186Web, truth: dict) -> None:
    host = "www.erewash.gov.uk"
    html = _html(web, host, "/services-a-z")
    assert '<h3 class="service-card__name">CCTV</h3>' in html and 'id="letter-C"' in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/services-a-z"]
    assert "police stations" in _main(web, host, "/volunteering/camera-viewing-volunteer")


def test_police_run_room_reached_only_through_privacy_notices(web: Heldback186Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    other = f"http://{host}/council-information/access-information/privacy-notices/other-privacy-notices"
    notice = f"{other}/public-space-cctv-privacy-notice"
    assert _linking(web, host, notice) == {other}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Sussex"
    assert _linking(web, host, doc["url"]) == {notice}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Crawley Borough Council" in text and "on behalf of Sussex Police" in text
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {notice}
    assert "watched by Sussex Police" in _main(web, host, urlsplit(notice).path)
    assert not d["5.1"]["criteria"]["other_systems"]
    assert "Number plate recognition" in _main(
        web, host, urlsplit(f"{other}/parking-anpr-and-car-park-cctv-privacy-notice").path
    )


def test_partner_page_quotes_the_host_bodys_spoc_and_standards(web: Heldback186Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    assert _linking(web, host, f"http://{host}/cctv") == {f"http://{host}/council/shared-services"}
    main = _main(web, host, "/cctv")
    assert "single point of contact for partner councils" in main and "cctv.partners@wmca.example.org.uk" in main
    assert "BS 7958" in main and "shared service agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] is None and d["5.3"]["spoc"]["phone"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert "fully compliant" in _main(web, "democracy.tamworth.gov.uk", "/mgAi.aspx?ID=12997")
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_host_councils_spoc_covers_the_neighbours_cameras(web: Heldback186Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    pol = "/community-safety/cctv/cctv-and-surveillance-policy"
    html = _html(web, host, pol)
    assert '<a href="#section-8">' in html and '<h2 id="section-8">' in html
    assert "Worcester City Council" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{pol}"}
    assert "Worcester City Council" in d["5.3"]["evidence"][0]["quote"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_word_agreement_without_extension_behind_vague_link(web: Heldback186Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert ".docx" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/CCTV"}
    assert '">how we share footage with the police</a>' in _html(web, host, "/CCTV")
    assert "£10 fee" in _main(web, host, "/CCTV")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_radio_tabs_and_an_agreement_between_councils(web: Heldback186Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert html.count('type="radio" name="cctv"') == 4 and "hidden" not in html
    thanet = "/media/5131/cctv-monitoring-agreement-canterbury-thanet.pdf"
    assert "Signed for Thanet District Council" in _text(web, host, thanet)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any(thanet in e["url"] for k in d for e in d[k]["evidence"])
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert d["5.3"]["status"] == "met"


def test_step_2_claim_is_the_only_camera_sentence(web: Heldback186Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["code_compliance"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    assert "Quedgeley" in _main(web, "democracy.cheltenham.gov.uk", "/mgAi.aspx?ID=13519")


def test_former_hosts_certification_is_not_the_partners(web: Heldback186Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    c = "/home/other-services/community-protection/tier-2-primary-areas/safer-maidstone/tier-3-primary-areas/cctv"
    assert "Medway Council's control centre in Strood, which holds full certification" in _main(web, host, c)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["status"] == "met"
    assert d["5.3"]["status"] == "partial"


def test_html_certificate_of_agreement_and_spoc_in_appendix(web: Heldback186Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    cert = "/article/458/Certificate-of-agreement"
    assert (_render(web, f"http://{host}{cert}").header("Content-Type") or "").startswith("text/html")
    assert "Hampshire and Isle of Wight Constabulary" in _main(web, host, cert)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"http://{host}{cert}" and doc["signed"] and doc["force"] == "Hampshire"
    people = _html(web, host, "/article/457/Appendix-A-key-personnel")
    assert '<th scope="col">Responsibility</th>' in people
    assert d["5.3"]["status"] == "met"
    assert "service level agreement with the district council" in _main(
        web, host, "/article/459/Cameras-for-town-and-parish-councils"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback186Web, truth: dict) -> None:
    hosts = {"www.bexley.gov.uk", "www.oxfordshire.gov.uk", "www.gloucester.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    assert '<main id="main">' not in _html(web, "www.gloucester.gov.uk", "/")
    assert web.sites["www.gloucester.gov.uk"].search is None
    assert "hybrid" in _text(web, "democracy.bexley.gov.uk", "/documents/s91204/Public%20space%20CCTV%20report.pdf")
