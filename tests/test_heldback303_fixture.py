"""The 303rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: contact points and the SPOC. Checks: the councils are fresh (none in the fifteen sets before); the labelling
rules hold with the intended tallies; and the structures the set is built from are really served: a SPOC mailbox
only behind a CDN's e-mail protection, beside a parking enforcement contact box; a contact route that is only a topic
in a general enquiry form's drop-down; a control room reachable only by post, named in a privacy notice, with the
data protection team's mailbox beside it; a SPOC named in a policy's responsibilities with no route of its own, the
DPO's mailbox in the next line; a partnership co-ordinator's mailbox on a bilingual site; a SPOC named only in the
signature of a letter to residents; a SPOC mailbox written out with [at] and [dot]; a SPOC reached by asking for it
through the switchboard; a control room phone with a volunteering mailbox on a sibling page; a shared community
safety inbox beside shopping centres' numbers; a telephone menu option as the only mention; step 2 claims in a
standards list, a privacy notice and a closed details widget; signed agreements from an annual review section, a FAQ
answer and a documents page; a draft Word protocol; a signed agreement with another council, not the police; and
councils that publish nothing but carry other services' single points of contact.
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

from fixtures.heldback303.common import cf_decode
from fixtures.heldback303.truth import TRUTH_PATH
from fixtures.heldback303.web import Heldback303Web


@pytest.fixture(scope="module")
def web() -> Heldback303Web:
    return Heldback303Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback303Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 303)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 7, "not_met": 4}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_mailbox_only_behind_email_protection_beside_a_parking_box(web: Heldback303Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    pg = "/community/community-safety/cctv"
    html = _html(web, host, pg)
    d = _d(truth, host)
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "met" and spoc["email"] == "cctv.spoc@barnet.example.gov.uk"
    (enc,) = re.findall(r'data-cfemail="([0-9a-f]+)"', html)
    assert cf_decode(enc) == spoc["email"] and spoc["email"] not in html
    assert "[email protected]" in _main(web, host, pg).replace("\xa0", " ")
    assert f"http://{host}/cdn-cgi/l/email-protection" in {u.split("#")[0] for u in _links(web, host, pg)}
    assert 'class="contact-box"><h2>Parking and traffic enforcement</h2>' in html
    assert "mailto:parking.enforcement@barnet.example.gov.uk" in html
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_contact_only_a_topic_in_the_general_enquiry_form(web: Heldback303Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    pg = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    html = _html(web, host, pg)
    main = _main(web, host, pg)
    assert "mailto:" not in html.split('<main id="main">')[1] and not re.search(r"\b0\d{3,4} ?\d{6}\b", main)
    assert f"http://{host}/Contact-us.aspx" in _links(web, host, pg)
    form = _html(web, host, "/Contact-us.aspx")
    assert '<select id="ft" name="topic">' in form and ">CCTV and Central Watch</option>" in form
    d = _d(truth, host)
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert (
        "Signed for and on behalf of Wigan Council" in text
        and "Signed for and on behalf of Greater Manchester Police" in text
    )
    assert "<caption>Central Watch activity by calendar year</caption>" in html


def test_control_room_only_by_post_in_a_deep_privacy_notice(web: Heldback303Web, truth: dict) -> None:
    host = "www.rbwm.gov.uk"
    d = _d(truth, host)
    (ev,) = d["5.3"]["evidence"]
    path = urlsplit(ev["url"]).path
    assert path.count("/") == 6 and "privacy-notices-enforcement-and-partnerships" in path
    html = _html(web, host, path)
    assert re.findall(r'href="mailto:([^"]+)"', html) == ["data.protection@rbwm.example.gov.uk"]
    assert "tel:" not in html and not re.search(r"\b01\d{3} ?\d{6}\b", _main(web, host, path))
    assert "Control Room, Town Hall, St Ives Road, Maidenhead SL6 1RF" in _main(web, host, path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] is None and d["5.3"]["spoc"]["phone"] is None
    cctv = _main(web, host, "/community-and-living/community-safety/cctv-and-control-room")
    assert "Thames Valley Police contributes towards the cost" in cctv and d["5.5"]["status"] == "not_met"


def test_spoc_named_in_policy_responsibilities_without_a_route(web: Heldback303Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    pg = "/council-and-democracy/your-privacy/data-protection/surveillance-camera-data-governance-policy"
    items = re.findall(r"<li>(.*?)</li>", _html(web, host, pg).split('<main id="main">')[1])
    spoc = next(i for i in items if i.startswith("Single Point of Contact (SPOC)"))
    dpo = next(i for i in items if i.startswith("Data Protection Officer"))
    assert "mailto:" not in spoc and "@" not in spoc and "mailto:dataprotection@surreycc" in dpo
    d = _d(truth, host)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "Head of Facilities Management"
    assert not web.sites[host].az and d["5.5"]["status"] == "not_met"
    assert "Surrey Police" in _main(web, host, "/roads-and-transport/road-safety/safety-cameras")


def test_bilingual_partnership_coordinator_and_papers(web: Heldback303Web, truth: dict) -> None:
    host = "www.denbighshire.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    d = _d(truth, host)
    cy = f"http://{host}/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert cy in d["5.1"]["pages"] and '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "CCTV Co-ordinator"
    assert "single point of contact" not in _main(web, host, "/en/community-safety/cctv").lower()
    dem = "moderngov.denbighshire.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "service level agreement with Cheshire West and Chester Council" in _main(web, dem, "/mgAi.aspx?ID=14513")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_spoc_only_in_a_letter_step_2_in_standards_list_and_draft_word(web: Heldback303Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    pg = "/residents/community-safety/cctv"
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _d(truth, host)
    (ev,) = d["5.3"]["evidence"]
    assert ev["url"].endswith(".pdf") and _linking(web, host, ev["url"]) == {f"http://{host}{pg}"}
    assert "Single Point of Contact for surveillance cameras" in _text(web, host, urlsplit(ev["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] == "01732 227354"
    std = _html(web, host, f"{pg}/standards-we-work-to")
    assert "<li>Our control room was awarded full (step 2) certification" in std and "<img" not in std
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-05" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats") and doc["draft"]
    assert "..../..../20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_spoc_mailbox_written_against_harvesting_and_councils_agreement(web: Heldback303Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    pg = "/community-and-living/safer-communities/town-centre-cctv"
    main = _main(web, host, pg)
    assert "cctv.spoc [at] melton [dot] example [dot] gov [dot] uk" in main and "cctv.spoc@" not in _html(web, host, pg)
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@melton.example.gov.uk"
    doc = next(u for u in _links(web, host, pg) if u.endswith(".pdf"))
    text = _text(web, host, urlsplit(doc).path)
    assert "Signed for Harborough District Council" in text and "Signed for Melton Borough Council" in text
    assert "Signed for Leicestershire Police" not in text and d["5.5"]["status"] == "not_met"


def test_control_room_phone_volunteering_contact_and_step_2_in_privacy_notice(web: Heldback303Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    d = _d(truth, host)
    assert d["5.3"]["spoc"]["phone"] == "01253 887612" and "mailto:" not in _html(web, host, "/cctv/cctv-wyre")
    assert "volunteering@wyre.example.gov.uk" in _main(web, host, "/cctv/volunteer-in-the-control-room")
    assert "step 2" in _main(web, host, "/cctv/cctv-privacy-notice") and "step 2" not in _main(
        web, host, "/cctv/cctv-wyre"
    )
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018"
    assert "service level agreement between the two councils" in _main(web, host, "/cctv/cctv-wyre")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_shared_inbox_shopping_centres_numbers_and_isa_from_faq(web: Heldback303Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    d = _d(truth, host)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("community.safety@")
    faq = _main(web, host, "/cctv-faqs")
    assert "Festival Place management suite: 01256 300411" in faq
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}/cctv-faqs"}
    assert "Hampshire and Isle of Wight Constabulary" in _text(web, host, urlsplit(doc["url"]).path)


def test_spoc_through_the_switchboard_step_2_in_closed_details(web: Heldback303Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    html = _html(web, host, "/cctv")
    assert "mailto:" not in html and "ask for the CCTV Single Point of Contact" in _main(web, host, "/cctv")
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] == "01354 654321" and not d["5.3"]["spoc"]["email"]
    faq = _html(web, host, "/cctv/cctv-faqs")
    assert "<details><summary>Is the system independently checked?</summary>" in faq and "<details open" not in faq
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-03"
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/cctv/cctv-documents"}


def test_one_fact_and_telephone_menu_councils(web: Heldback303Web, truth: dict) -> None:
    w = _auth(truth, "www.adur-worthing.gov.uk")
    assert [k for k, v in w["deliverables"]["5.1"]["criteria"].items() if v] == ["cameras"]
    assert w["deliverables"]["5.3"]["status"] == "not_met"
    assert "<h1>Adur &amp; Worthing Councils</h1>" in _html(web, "www.adur-worthing.gov.uk", "/")
    t = _auth(truth, "www.testvalley.gov.uk")["deliverables"]
    assert [k for k, v in t["5.1"]["criteria"].items() if v] == ["complaints"]
    assert "<li>4 CCTV and community safety</li>" in _html(web, "www.testvalley.gov.uk", "/contact-us")
    assert t["5.3"]["status"] == "partial" and t["5.3"]["spoc"]["phone"] == "01264 368000"
    assert "dpo@testvalley.example.gov.uk" in _main(web, "www.testvalley.gov.uk", "/aboutyourcouncil/data-protection")


def test_councils_that_publish_nothing_carry_other_services_spocs(web: Heldback303Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"crawley.gov.uk", "www.derbyshiredales.gov.uk", "www.westdevon.gov.uk"}, min_decoys=5
    )
    for host, path in (
        ("crawley.gov.uk", "/community/armed-forces-covenant"),
        ("www.derbyshiredales.gov.uk", "/your-council/homes-for-ukraine"),
        ("www.westdevon.gov.uk", "/housing/duty-to-refer"),
    ):
        assert "single point of contact" in _text(web, host, path).lower(), host
    assert '<main id="main">' not in _html(web, "www.derbyshiredales.gov.uk", "/")
    assert _auth(truth, "www.westdevon.gov.uk")["heldback"]["robots_forbid_search"]
