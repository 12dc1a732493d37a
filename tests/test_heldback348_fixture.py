"""The three hundred and forty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from, most of them about the words councils choose, are really served
(a disclosure on a control-room page that never writes 'CCTV' while the A to Z's 'CCTV' leads to tenants' doorbell
advice; pages titled 'CCTV' about taxi cameras, drain surveys and licence conditions at councils that publish nothing;
English titles that never say CCTV beside a Welsh twin titled 'Teledu cylch cyfyng'; camera pages titled 'Recorded
images', 'Installing cameras' and 'Release of evidence'; a one-fact partnership page that says 'street cameras' and
'monitoring suite'; a mention with no criterion in a privacy notice's scope; the council's own 'City safety cameras'
beside the speed cameras' 'Safety cameras'; a 'mobile safety camera' as the only fact; a step 2 claim on a
compliments page; a step 1 claim in a table caption; a step 2 claim only in a Word customer charter linked from a
commercial monitoring page; SPOCs on a corporate contact page, under a privacy statement heading and on a page about
asking for a temporary camera; signed agreements behind the link text 'How the town centre cameras are watched', as
a 'protocol for the exchange of images' and as a three-party ISA; a draft Word ISA; another council's certificate
stated on the council's own page; a legacy site without <main>; robots.txt forbidding the search).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback348.truth import TRUTH_PATH
from fixtures.heldback348.web import Heldback348Web


@pytest.fixture(scope="module")
def web() -> Heldback348Web:
    return Heldback348Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _h1(web: Heldback348Web, host: str, path: str) -> str:
    m = re.search(r"<h1>(.*?)</h1>", _html(web, host, path))
    assert m, (host, path)
    return m.group(1)


def _paths(urls: Iterable[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_councils_are_fresh_and_of_the_briefs_types(web: Heldback348Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 348)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_control_room_page_never_writes_cctv_and_the_a_to_z_cctv_is_doorbells(web: Heldback348Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    room = "/community-safety/the-control-room"
    assert "cctv" not in _main(web, host, room).lower()
    assert "public space surveillance" in _main(web, host, room)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and _paths(d["5.1"]["pages"]) == {room}
    tenants = f"http://{host}/council-tenants/cctv"
    assert f"http://{host}/a-z" in _linking(web, host, tenants)
    assert _h1(web, host, "/council-tenants/cctv") == "CCTV"
    assert "video doorbell" in _main(web, host, "/council-tenants/cctv")
    assert tenants not in evidence_urls(_auth(truth, host))
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("controlroom@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    dem = "democracy.havering.gov.uk"
    assert "Mercury House" in _text(web, dem, "/mgAi.aspx?ID=31774")


def test_councils_that_publish_nothing_have_pages_titled_cctv_about_something_else(
    web: Heldback348Web, truth: dict
) -> None:
    assert_publish_nothing(web, truth, {"www.bury.gov.uk", "new.devon.gov.uk", "www.maldon.gov.uk"})
    for host, path, words in (
        ("www.bury.gov.uk", "/business/licensing/taxi-licensing/cctv", "hackney carriage"),
        ("new.devon.gov.uk", "/roads-and-transport/drainage/cctv", "crawler"),
        ("www.maldon.gov.uk", "/licensing/premises-licences/cctv", "premises licences"),
    ):
        assert _h1(web, host, path) == "CCTV", host
        assert words in _main(web, host, path), host
    for host, path in (
        ("www.bury.gov.uk", "/business/licensing/taxi-licensing/cctv"),
        ("new.devon.gov.uk", "/roads-and-transport/drainage/cctv"),
    ):
        assert f"http://{host}/a-z" in _linking(web, host, f"http://{host}{path}"), host
    assert "camera" not in _main(
        web, "www.bury.gov.uk", "/my-neighbourhood/safety-in-the-community/emergency-response-and-resilience"
    )
    assert "Response" in _main(
        web,
        "new.devon.gov.uk",
        "/accesstoinformation/archives/information_request/closed-circuit-television-cctv-signs",
    )
    maldon = "www.maldon.gov.uk"
    assert not _auth(truth, maldon)["heldback"]["a_z"] and _render(web, f"http://{maldon}/a-z").status == 404
    assert _linking(web, maldon, f"http://{maldon}/licensing/premises-licences/cctv") == {
        f"http://{maldon}/licensing/premises-licences"
    }


def test_step_2_only_on_a_compliments_page_and_spoc_only_on_the_contact_page(web: Heldback348Web, truth: dict) -> None:
    host = "www.bcpcouncil.gov.uk"
    cctv = "/community-safety/cctv"
    assert "step 2" not in _main(web, host, cctv).lower() and "single point of contact" not in _main(web, host, cctv)
    assert _html(web, host, f"{cctv}/compliments").count("<blockquote>") == 3
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert _paths(e["url"] for e in d["5.2"]["evidence"]) == {f"{cctv}/compliments"}
    assert "Specialist contacts" in _main(web, host, "/contact-us")
    assert f"http://{host}/contact-us" in _links(web, host, cctv)
    assert d["5.3"]["status"] == "met" and _paths(e["url"] for e in d["5.3"]["evidence"]) == {"/contact-us"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_english_titles_never_say_cctv_and_the_welsh_twin_does(web: Heldback348Web, truth: dict) -> None:
    from fixtures.heldback348.sites_a import CDF_FOOTAGE, CDF_POLICY, CDF_TWIN

    host = "www.cardiff.gov.uk"
    for path in (CDF_FOOTAGE, CDF_POLICY):
        assert "CCTV" not in _h1(web, host, path) and "CCTV" in _main(web, host, path)
    assert _h1(web, host, CDF_TWIN) == "Teledu cylch cyfyng"
    assert '<html lang="cy">' in _html(web, host, CDF_TWIN)
    assert f"http://{host}{CDF_TWIN}" in _links(web, host, CDF_FOOTAGE)
    assert f"http://{host}{CDF_FOOTAGE}" in _links(web, host, CDF_TWIN)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{CDF_TWIN}" in d["5.1"]["pages"] and d["5.2"]["status"] == "not_met"
    assert "BS 7958" in _main(web, host, CDF_POLICY)
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]


def test_recorded_images_titles_hide_the_topic(web: Heldback348Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    base = "/my-council/freedom-of-information/recorded-images"
    d = _auth(truth, host)["deliverables"]
    for sub in ("", "/installing-cameras", "/your-rights-to-recorded-images", "/release-of-evidence"):
        assert "CCTV" not in _h1(web, host, base + sub), sub
    assert _paths(d["5.1"]["pages"]) == {
        f"{base}/installing-cameras",
        f"{base}/your-rights-to-recorded-images",
        f"{base}/release-of-evidence",
    }
    assert "Data Protection Act 1998" in _main(web, host, f"{base}/your-rights-to-recorded-images")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_one_fact_and_mention_councils(web: Heldback348Web, truth: dict) -> None:
    sh = "www.sholland.gov.uk"
    safer = "/article/5514/Safer-South-Holland"
    assert '<main id="main">' not in _html(web, sh, safer)
    text = _text(web, sh, safer)
    assert "Keeping an eye on our towns" in text and "cctv" not in text.lower()
    for host, crits, path in (
        (sh, ["operator"], safer),
        ("www.wyreforestdc.gov.uk", ["other_systems"], "/community-safety/tackling-anti-social-behaviour"),
        ("www.harlow.gov.uk", [], "/privacy-notice/community-safety-services"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == crits, host
        assert _paths(d51["pages"]) == {path}, host
    assert "17 cameras in Spalding" in _text(web, "democracy.sholland.gov.uk", "/mgAi.aspx?ID=6534")
    wf = "www.wyreforestdc.gov.uk"
    assert "mobile safety camera" in _main(web, wf, "/community-safety/tackling-anti-social-behaviour")
    assert "Speed" in _main(web, wf, "/roads-and-transport/safety-cameras")
    assert _auth(truth, wf)["heldback"]["robots_forbid_search"]
    harlow = _auth(truth, "www.harlow.gov.uk")
    assert not harlow["heldback"]["a_z"] and _render(web, "http://www.harlow.gov.uk/a-z").status == 404
    assert "27 high-definition cameras" in _main(web, "www.harlow.gov.uk", "/news/market-street-covered")


def test_signed_sla_behind_vague_link_text_and_spoc_in_privacy_statement(web: Heldback348Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    html = _html(web, host, "/community/cctv")
    assert (
        '<a href="/media/2232/town-centre-camera-monitoring.pdf">How the town centre cameras are watched (PDF)</a>'
        in html
    )
    sla = _text(web, host, "/media/2232/town-centre-camera-monitoring.pdf")
    assert (
        "Signed for and on behalf of Horsham District Council" in sla
        and "Signed for and on behalf of Sussex Police" in sla
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Sussex"
    ps = "/community/cctv/cctv-privacy-statement"
    assert "<h2>Who looks after our cameras</h2>" in _html(web, host, ps)
    assert d["5.3"]["status"] == "met" and _paths(e["url"] for e in d["5.3"]["evidence"]) == {ps}


def test_another_councils_certificate_on_the_councils_own_page(web: Heldback348Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    main = _main(web, host, "/community-safety/cctv-cameras")
    assert "holds full certification" in main and "awarded to Runnymede Borough Council" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and not d["5.1"]["criteria"]["code_compliance"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_spoc_on_a_temporary_camera_page_and_a_three_party_isa(web: Heldback348Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    temp = "/community-safety/cctv/ask-for-a-temporary-camera"
    assert "contact" not in _h1(web, host, temp).lower() and "single point of contact" in _main(web, host, temp)
    d = _auth(truth, host)["deliverables"]
    assert _paths(e["url"] for e in d["5.3"]["evidence"]) == {temp}
    isa = _text(web, host, "/media/4472/cctv-information-sharing-agreement.pdf")
    assert isa.count("Signed for") == 3 and "Signed for Cambridgeshire Constabulary" in isa
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["force"] == "Cambridgeshire"
    assert "1,734" not in _main(web, host, "/community-safety/cctv") and d["5.1"]["criteria"]["statistics"]
    assert "/media/4471/cctv-shared-service-annual-report-2023-24.pdf" in _paths(d["5.1"]["pages"])


def test_city_safety_cameras_step_1_caption_and_draft_word_isa(web: Heldback348Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    cam = "/community-and-safety/city-safety-cameras"
    html = _html(web, host, cam)
    assert re.search(r"<caption>[^<]*step one \(desktop\) certification[^<]*</caption>", html)
    assert _h1(web, host, "/roads-and-transport/road-safety/safety-cameras") == "Safety cameras"
    assert "speed cameras" in _main(web, host, "/roads-and-transport/road-safety/safety-cameras")
    a = _auth(truth, host)
    assert f"http://{host}/roads-and-transport/road-safety/safety-cameras" not in evidence_urls(a)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_2_only_in_a_charter_linked_from_the_business_page(web: Heldback348Web, truth: dict) -> None:
    host = "www.chesterfield.gov.uk"
    cc = "/living-here/safer-communities/control-centre.aspx"
    assert '<main id="main">' not in _html(web, host, cc) and _h1(web, host, cc) == "Control centre"
    charter = f"http://{host}/media/1190/control-centre-customer-charter.docx"
    assert _linking(web, host, charter) == {f"http://{host}/business/camera-monitoring-for-businesses.aspx"}
    assert "step 2" in _text(web, host, "/media/1190/control-centre-customer-charter.docx")
    assert "step 2" not in _text(web, host, cc) and "ISO 9001" in _text(web, host, cc)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018-11"
    assert _paths(e["url"] for e in d["5.2"]["evidence"]) == {"/media/1190/control-centre-customer-charter.docx"}
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"]
        and doc["force"] == "Derbyshire"
        and doc["title"].startswith("Protocol for the exchange of images")
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
