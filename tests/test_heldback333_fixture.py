"""The 333rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the shared-service and partnership structures the set is built from are really served (a partners strip whose
alt text names the monitoring council, with an inter-authority agreement between councils; a police remote access
protocol beside a table of partners' cameras; a three-party memorandum with the police and the Commissioner beside
a table of connected town council cameras; a step 1 claim only in commercial monitoring terms in Word; a joint
control room's certificate, served without extension, whose scope names both councils; a camera page reachable only
from a shared services table, with the partner's monitoring fee in a charges table and 'fully compliant' only in
minutes; an SRO for surveillance cameras in a 'Who we work with' list; a short /node page pointing to the
monitoring council's site, whose certificate is only in Cabinet papers; a numbered policy with the SPOC in a
roles table; a hosted partnership newsletter that is not the council's disclosure; a signed police ISA linked only
from a footage page under transparency, with step 2 only in an annual review; a consultation page as the only
camera fact; and councils that publish nothing but carry look-alikes)."""

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

from fixtures.heldback333.truth import TRUTH_PATH
from fixtures.heldback333.web import Heldback333Web


@pytest.fixture(scope="module")
def web() -> Heldback333Web:
    return Heldback333Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback333Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 333)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_partner_logo_alt_text_and_councils_agreement_not_police(web: Heldback333Web, truth: dict) -> None:
    host = "www.westminster.gov.uk"
    mob = "/leisure-libraries-and-community/community-safety/mobile-cctv"
    html = _html(web, host, mob)
    assert 'class="partner-strip"' in html
    assert 'alt="Hammersmith and Fulham Council - runs the control centre that monitors our mobile cameras"' in html
    assert "https://www.lbhf.gov.uk/crime/cctv" in _links(web, host, mob)
    iaa = "/sites/default/files/2024-05/inter-authority-agreement-cctv-monitoring.pdf"
    assert _linking(web, host, f"http://{host}{iaa}") == {
        f"http://{host}/about-council/transparency/agreements-with-other-councils"
    }
    text = _text(web, host, iaa)
    assert "Signed for the London Borough of Hammersmith and Fulham" in text and "Police" not in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "information sharing agreement between the council and the Met" in _main(web, host, f"{mob}/privacy")
    assert f"http://{host}/housing/anti-social-behaviour/estate-cctv" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("mobilecctv@")


def test_partners_table_and_signed_remote_access_protocol(web: Heldback333Web, truth: dict) -> None:
    host = "www.gateshead.gov.uk"
    art = "/article/2838/CCTV-surveillance"
    html = _html(web, host, art)
    assert "<caption>Other organisations' cameras monitored from our control room</caption>" in html
    assert "Nexus (Tyne and Wear Metro)" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Northumbria"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{art}"}
    assert "Signed for Northumbria Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "mailto:" not in _main(web, host, art)


def test_connected_town_cameras_spoc_page_and_three_party_memorandum(web: Heldback333Web, truth: dict) -> None:
    host = "www.dorsetcouncil.gov.uk"
    cc = "/community-and-safety/cctv-control-centre"
    towns = _main(web, host, f"{cc}/connected-town-council-cameras")
    assert "Lyme Regis Town Council" in towns and "connection agreement" in towns
    d = _auth(truth, host)["deliverables"]
    assert not any("connected-town-council-cameras" in u for u in d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Dorset Police" in text and "Police and Crime Commissioner" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cc}/surveillance-camera-governance"}
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        f"{cc}/surveillance-camera-governance"
    }
    assert "single point of contact" not in _main(web, host, cc)


def test_step_1_only_in_commercial_terms_and_robots_forbid_search(web: Heldback333Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert a["heldback"]["robots_forbid_search"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert _linking(web, host, ev["url"]) == {f"http://{host}/CCTV/monitoring-for-businesses"}
    assert "step" not in _main(web, host, "/CCTV").lower()
    assert d["5.5"]["status"] == "not_met"


def test_joint_room_certificate_without_extension_names_both_councils(web: Heldback333Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-09" and _no_extension(ev["url"])
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(ev["url"]).path)
    assert "Tunbridge Wells Borough Council and Tonbridge and Malling Borough Council" in text
    assert "step 2" not in _main(web, host, "/council/use-cctv").lower()
    assert "Tunbridge Wells" in _text(web, host, "/downloads/file/1883/joint-cctv-code-of-practice")
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert "http://democracy.tmbc.gov.uk/mgAi.aspx?ID=25945" not in d["5.1"]["pages"]


def test_camera_page_only_from_shared_services_table(web: Heldback333Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    lc = f"http://{host}/council/shared-services/lifeline-and-cctv"
    assert _linking(web, host, lc) - {f"http://{host}/a-z", f"http://{host}/search"} == {
        f"http://{host}/council/shared-services"
    }
    assert "Wyre Forest District Council" in _main(web, host, "/council/fees-and-charges")
    assert "fully compliant" in _main(web, "moderngovwebpublic.bromsgrove.gov.uk", "/mgAi.aspx?ID=21138")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "Redditch Borough Council and Bromsgrove District Council" in _main(
        web, host, "/council/privacy-notices/cctv"
    )


def test_sro_in_who_we_work_with_and_protocol_mention(web: Heldback333Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    page = "/community-and-living/community-safety/cctv"
    main = _main(web, host, page)
    assert "28 days" in main and "14 days" in main and "£10" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_node_page_points_to_partner_and_partner_certificate_only_in_papers(web: Heldback333Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    assert "https://www.runnymede.gov.uk/community-safety/safer-runnymede" in _links(web, host, "/node/2104")
    d = _auth(truth, host)["deliverables"]
    d51 = d["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}/node/2104"]
    assert "certificate of compliance" in _main(web, "democracy.spelthorne.gov.uk", "/mgAi.aspx?ID=9912")
    assert d["5.2"]["status"] == "not_met"


def test_numbered_policy_spoc_in_roles_table_and_isa_mention(web: Heldback333Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    pol = "/community-safety/cctv/cctv-and-surveillance-policy"
    html = _html(web, host, pol)
    assert "<ol class='toc'>" in html and '<h2 id="s8">8 Roles and responsibilities</h2>' in html
    assert '<th scope="col">Role</th><th scope="col">Held by</th><th scope="col">Contact</th>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    assert "service level agreement between the two councils" in _main(web, host, "/community-safety/cctv")


def test_hosted_partnership_newsletter_is_not_the_disclosure(web: Heldback333Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    news = f"http://{host}/media/5188/safer-exeter-newsletter-may-2023.pdf"
    assert "Community Safety Partnership" in _text(web, host, urlsplit(news).path)
    d = _auth(truth, host)["deliverables"]
    assert news not in d["5.1"]["pages"] and not d["5.1"]["criteria"]["statistics"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_police_isa_only_from_footage_page_and_step_2_only_in_review(web: Heldback333Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    foot = f"http://{host}/budgets-and-transparency/ask-see-cctv-footage-we-hold"
    assert doc["signed"] and doc["force"] == "Kent" and _linking(web, host, doc["url"]) == {foot}
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()
    assert "Thanet District Council" in _main(web, host, "/community-safety/cctv")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-03"
    assert urlsplit(d["5.2"]["evidence"][0]["url"]).path.endswith("CCTV-annual-review-2024-25.pdf")


def test_consultation_page_is_the_only_camera_fact(truth: dict) -> None:
    host = "www.molevalley.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/crime-safety-emergencies/cctv-review"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback333Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.oxfordshire.gov.uk", "www.ceredigion.gov.uk", "eastdevon.gov.uk"})
    assert {"http://www.ceredigion.gov.uk/en", "http://www.ceredigion.gov.uk/cy"} <= set(
        _links(web, "www.ceredigion.gov.uk", "/")
    )
    assert "Oxfordshire County Council is not a party" in _text(
        web, "www.oxfordshire.gov.uk", "/sites/default/files/file/community-safety/CCTVhubpartnershipagreement.pdf"
    )
    site = web.sites["eastdevon.gov.uk"]
    assert site.search is None and '<main id="main">' not in _html(web, "eastdevon.gov.uk", "/")
