"""The four hundred and thirtieth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (camera counts only on market towns' visitor pages and a
step 2 claim as a key-facts row; a stub camera page whose disclosure, SPOC and agreement mention sit only in an
annual letter to parish clerks; an out-of-date banner and a signed police protocol linked only by its file reference
from a project page; a step 2 claim and an agreement mention only in a privacy notice at .aspx addresses; a paged
code with Next links, a signed memorandum beside its superseded draft and a SPOC on the accountability part; a Word
agreement signed by the police alone; a SPOC only in a Word footage request form and a step 1 claim only in a
strategy PDF; cameras run by a traffic control team on a page never titled CCTV, with moderngov under a path prefix on
an eservices host; a register of camera systems with a SPOC and a signed real-time access agreement; one-fact councils
in a welcome pack PDF, a car park table's footnote and a museum privacy notice with its Welsh twin; robots.txt
forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback430.truth import TRUTH_PATH
from fixtures.heldback430.web import Heldback430Web


@pytest.fixture(scope="module")
def web() -> Heldback430Web:
    return Heldback430Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback430Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 430)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_cameras_only_on_visitor_pages_and_step_2_key_facts_row(web: Heldback430Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    cctv = "/community-safety/cctv"
    assert "11 district council cameras" in _main(web, host, "/visit/evesham")
    assert "11 district council cameras" not in _main(web, host, cctv)
    assert f"http://{host}{cctv}" in _links(web, host, "/visit/evesham")
    html = _html(web, host, cctv)
    assert '<th scope="row">Certification</th><td>Full (step 2) certification' in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and f"http://{host}/visit/evesham" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "Police and Crime Commissioner" in _main(web, host, "/news/round-the-clock-monitoring-to-continue")
    assert d["5.5"]["status"] == "not_met"


def test_disclosure_only_in_annual_letter_to_parish_clerks(web: Heldback430Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    letter = f"http://{host}/downloads/file/6120/annual_cctv_letter_2024.pdf"
    clerks = f"http://{host}/parishes/information-for-clerks"
    assert _linking(web, host, letter) == {clerks}
    assert clerks in _links(web, host, "/communitysafety/cctv")
    text = _text(web, host, urlsplit(letter).path)
    assert "single point of contact" in text and "Dear Clerk" in text
    assert "single point of contact" not in _main(web, host, "/communitysafety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {letter}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "not recruiting" in _main(web, host, "/volunteering/cctv-volunteers")


def test_banner_and_protocol_linked_only_by_file_reference(web: Heldback430Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    cctv = "/community/crime-community-safety/cctv"
    assert 'class="notice-banner"' in _html(web, host, cctv)
    streets = f"http://{host}/community/crime-community-safety/safer-streets-clacton"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _linking(web, host, doc["url"]) == {streets}
    assert f'<a href="{urlsplit(doc["url"]).path}">TDC/CS/CCTV/07</a>' in _html(web, host, urlsplit(streets).path)
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Essex Police" in text and "on behalf of Tendring District Council" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_and_agreement_mention_only_in_aspx_privacy_notice(web: Heldback430Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    svc = "/living-here/safer-communities/cctv-service.aspx"
    notice = "/your-council/your-chesterfield/data-protection-privacy-notice/parking-and-cctv/cctv-privacy-notice.aspx"
    assert "step 2" not in _main(web, host, svc) and "step 2" in _main(web, host, notice)
    assert "ISO 9001" in _main(web, host, svc)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-10"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {notice}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "owners remain responsible" in _main(web, host, "/business/cctv-monitoring-for-businesses.aspx")


def test_paged_code_signed_memorandum_beside_draft_and_spoc_on_last_part(web: Heldback430Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    for n in range(2, 7):
        assert f"http://{host}{code}/{n + 1}" in _links(web, host, f"{code}/{n}"), n
    d = _auth(truth, host)["deliverables"]
    signed = [doc for doc in d["5.5"]["documents"] if doc["signed"]]
    drafts = [doc for doc in d["5.5"]["documents"] if doc["draft"]]
    assert d["5.5"]["status"] == "met" and len(signed) == len(drafts) == 1
    for doc in signed + drafts:
        assert _linking(web, host, doc["url"]) == {f"http://{host}{code}/6"} and _no_extension(doc["url"])
    assert "DRAFT" in _text(web, host, "/media/7402/download?inline")
    assert "single point of contact" in _main(web, host, f"{code}/7")
    assert d["5.3"]["status"] == "met" and d["5.3"]["evidence"][0]["url"] == f"http://{host}{code}/7"


def test_word_agreement_signed_by_the_police_alone(web: Heldback430Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for Surrey Police: Borough Commander" in text
    assert "Signed for Spelthorne Borough Council: ....." in text
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "certificate of compliance" in _main(web, host, "/news/control-room-recognised")
    assert d["5.2"]["status"] == "not_met"


def test_spoc_only_in_word_form_and_step_1_only_in_strategy(web: Heldback430Web, truth: dict) -> None:
    host = "www.rbkc.gov.uk"
    cctv = "/community-and-local-life/community-safety/cctv-closed-circuit-television"
    assert "single point of contact" not in _main(web, host, cctv) and "step one" not in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    (spoc_url,) = {e["url"] for e in d["5.3"]["evidence"]}
    assert spoc_url.endswith(".docx") and spoc_url in _links(web, host, cctv)
    assert "single point of contact" in _text(web, host, urlsplit(spoc_url).path)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["evidence"][0]["url"].endswith("cctv-strategy-2021-2024.pdf")
    assert "acoustic cameras" in _main(web, host, "/community-and-local-life/community-safety/noise-cameras")


def test_page_never_titled_cctv_and_moderngov_under_a_prefix(web: Heldback430Web, truth: dict) -> None:
    host = "www.solihull.gov.uk"
    pg = "/parking-roads-travel/traffic-control-and-town-centre-cameras"
    assert "<h1>Traffic control and town centre cameras</h1>" in _html(web, host, pg)
    assert "cctv" not in _main(web, host, pg).lower()
    dem = "eservices.solihull.gov.uk"
    assert dem in web.sites[host].hosts()
    item = f"http://{dem}/mginternet/mgAi.aspx?ID=47580"
    assert _render(web, item).status == 200
    d = _auth(truth, host)["deliverables"]
    assert not any(dem in u for u in d["5.1"]["pages"]) and d["5.3"]["status"] == "partial"


def test_register_of_systems_with_spoc_and_signed_access_agreement(web: Heldback430Web, truth: dict) -> None:
    host = "www.wokingham.gov.uk"
    reg = "/community-and-safety/surveillance-cameras-we-operate"
    html = _html(web, host, reg)
    assert '<th scope="col">System</th><th scope="col">Where</th>' in html and "single point of contact" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-and-safety/woodley-precinct-cctv"}
    assert "For Wokingham Borough Council" in _text(web, host, urlsplit(doc["url"]).path)


def test_one_fact_councils(web: Heldback430Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.uttlesford.gov.uk", "cameras", "/wp-content/uploads/2024/03/welcome-to-uttlesford-pack.pdf"),
        ("www.nuneatonandbedworth.gov.uk", "cameras", "/info/21010/parking/420/car_park_locations_and_charges"),
        ("www.pembrokeshire.gov.uk", "purpose", "/privacy-promise/privacy-notice-pembrokeshire-museum-service"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"][0] == f"http://{host}{path}", host
    assert not web.sites["www.uttlesford.gov.uk"].az
    assert "* Car parks marked with an asterisk" in _main(
        web, "www.nuneatonandbedworth.gov.uk", "/info/21010/parking/420/car_park_locations_and_charges"
    )
    cy = "/cy/addewid-preifatrwydd/hysbysiad-preifatrwydd-gwasanaeth-amgueddfa"
    assert '<html lang="cy">' in _html(web, "www.pembrokeshire.gov.uk", cy)
    pem = _auth(truth, "www.pembrokeshire.gov.uk")["deliverables"]["5.1"]
    assert f"http://www.pembrokeshire.gov.uk{cy}" in pem["pages"]
    assert "Dyfed-Powys Police" in _main(web, "www.pembrokeshire.gov.uk", "/community-safety/town-centre-cctv")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback430Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hertfordshire.gov.uk", "www.maldon.gov.uk", "www.torridge.gov.uk"})
    maldon = web.sites["www.maldon.gov.uk"]
    assert maldon.search is None and not maldon.sitemap and not maldon.az
    assert '<main id="main">' not in _html(web, "www.maldon.gov.uk", "/")
    assert "CCTV, neighbourhood policing" in _main(web, "www.torridge.gov.uk", "/community-safety")
    assert _auth(truth, "www.torridge.gov.uk")["heldback"]["robots_forbid_search"]
