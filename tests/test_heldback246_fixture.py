"""The two hundred and forty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

The set's emphasis is cameras that moved between operators (a contractor to the council's room, a housing group's
room back in-house, a police room to a company, a company in liquidation to in-house recording, a neighbour's room,
town councils) and what each page says about who holds the agreement, the certificate and the contact now.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures are really
served (a before / now handover table with the old contractor's mailbox beside the new one; a signed Word ISA without
extension linked only from a privacy notice's partners section; a current signed ISA beside a superseded protocol of a
housing provider; a code as numbered HTML chapters whose last chapter is the signed police protocol that leaves a
neighbour's cameras out; clients of a monitoring room keeping their own certificates while the owner's step 2 is only
in its code PDF; a SPOC only inside a councils' monitoring agreement summary that also disowns the provider's
certificate and police arrangements; a step 2 claim only in a certificate PDF in a Drupal attachments table beside a
draft Word ISA; an article reachable only from page 2 of a category blog; a step 1 certificate and SPOC that stayed
with the owner when monitoring moved; mobile cameras handed to town councils; one-fact councils in facilities
tables; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback246.truth import TRUTH_PATH
from fixtures.heldback246.web import Heldback246Web


@pytest.fixture(scope="module")
def web() -> Heldback246Web:
    return Heldback246Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback246Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 246)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_handover_table_keeps_the_old_mailbox_beside_the_new(web: Heldback246Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    pss = "/streets-roads-transport/public-space-surveillance-pss-cctv-lambeth"
    html = _html(web, host, f"{pss}/control-room-move-2024")
    assert '<table class="handover">' in html
    assert '<th scope="col">Until 31 March 2024</th><th scope="col">From 1 April 2024</th>' in html
    assert "estates.cctv@guardline-monitoring.example.co.uk" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"] == "pss.controlroom@lambeth.example.gov.uk"
    assert "guardline" not in json.dumps(d).lower()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "cctv" not in _main(web, host, pss).lower().replace("pss cctv", "")


def test_signed_word_isa_only_from_the_privacy_notice(web: Heldback246Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and _no_extension(doc["url"])
    pn = "/about-your-council/data-protection/privacy-notices/Service-Level-Privacy-Notices/CCTV-service-privacy-notice.aspx"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pn}"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert 'filename="CCTV-ISA-Trafford-GMP-2023.docx"' in (r.header("Content-Disposition") or "")
    assert "Partners working with Trafford Council" in _main(web, host, pn)
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/residents/community/community-safety/cctv/CCTV-camera-locations.aspx"
    }
    assert "community alarm calls" in _main(web, host, "/residents/community/community-safety/cctv/CCTV.aspx")


def test_current_signed_isa_beside_a_superseded_housing_provider_protocol(web: Heldback246Web, truth: dict) -> None:
    host = "www.hartlepool.gov.uk"
    docs = "/info/20043/community_safety/725/cctv_documents"
    links = [u for u in _links(web, host, docs) if "/downloads/file/" in u]
    assert len(links) == 2 and "Superseded in 2017" in _main(web, host, docs)
    old = next(u for u in links if "superseded" in u)
    assert "Signed for Thirteen Group" in _text(web, host, urlsplit(old).path)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"] != old and doc["date"] == "2017-08-21"
    assert "For and on behalf of Cleveland Police" in _text(web, host, urlsplit(doc["url"]).path)
    main = _main(web, host, "/info/20043/community_safety/723/cctv_in_hartlepool")
    assert "working towards third-party certification" in main and d["5.2"]["status"] == "not_met"


def test_code_as_html_chapters_with_signed_protocol_last(web: Heldback246Web, truth: dict) -> None:
    host = "www.newport.gov.uk"
    code = "/en/Community-Safety/CCTV/Code-of-practice"
    assert f"http://{host}{code}/5" in _links(web, host, f"{code}/4")
    assert 'class="chapter-pager"' in _html(web, host, f"{code}/3")
    ch5 = _main(web, host, f"{code}/5")
    assert "Signed for Gwent Police" in ch5 and "are not part of this protocol" in ch5
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == f"http://{host}{code}/5" and doc["signed"]
    assert '<html lang="cy">' in _html(web, host, "/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx")
    assert f"http://{host}/cy/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_monitoring_room_clients_keep_their_own_certificates(web: Heldback246Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    page = "/info/20116/community_safety/312/west_norfolk_cctv"
    assert "step 2" not in _main(web, host, page).lower()
    assert "its own certificate" in _main(
        web, host, "/info/20116/community_safety/313/monitoring_for_other_organisations"
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-02"
    assert not d["5.2"]["mark_displayed"] and d["5.2"]["evidence"][0]["url"].endswith(".pdf")
    assert "awarded full (step 2) certification" in _text(web, host, urlsplit(d["5.2"]["evidence"][0]["url"]).path)


def test_spoc_only_in_councils_agreement_summary(web: Heldback246Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    page = "/community-safety/town-centre-cctv"
    main = _main(web, host, page)
    assert "single point of contact" not in main and "cctv.requests@stoke.example.gov.uk" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (ev,) = d["5.3"]["evidence"]
    text = _text(web, host, urlsplit(ev["url"]).path)
    assert "holds its own certification" in text and "Staffordshire Police" in text
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    dem = "moderngov.newcastle-staffs.gov.uk"
    assert dem in web.sites[host].hosts() and "neighbouring authority" in _main(
        web, dem, "/ieDecisionDetails.aspx?ID=8821"
    )
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_step_2_only_in_certificate_in_attachments_table_and_draft_isa(web: Heldback246Web, truth: dict) -> None:
    host = "www.brentwood.gov.uk"
    html = _html(web, host, "/cctv")
    assert '<table class="field-attachments">' in html and "step 2" not in _main(web, host, "/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018-06-12"
    (ev,) = d["5.2"]["evidence"]
    assert "Valid until: 11 June 2023" in _text(web, host, urlsplit(ev["url"]).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Ingatestone and Fryerning Parish Council" in _main(web, host, "/cctv")


def test_article_only_on_page_two_of_a_category_blog(web: Heldback246Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    art = f"http://{host}/index.php/residents/community-safety/412-cctv-in-our-towns"
    assert _linking(web, host, art) == {f"http://{host}/index.php/residents/community-safety?start=5"}
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 5 and art in a["deliverables"]["5.1"]["pages"]
    assert "liquidation" in _main(web, host, urlsplit(art).path)
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_certificate_and_spoc_stay_with_the_owner(web: Heldback246Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "Surrey Police stopped monitoring" in main and "did not pass to the police" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_one_fact_councils(web: Heldback246Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.southnorfolkandbroadland.gov.uk", "retention", "/broadland/leisure/broadland-country-park"),
        ("www.fdean.gov.uk", "other_systems", "/environment/fly-tipping"),
        ("www.blaby.gov.uk", "cameras", "/leisure/parks-and-countryside/fosse-meadows"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    for host, path in (
        ("www.southnorfolkandbroadland.gov.uk", "/broadland/leisure/broadland-country-park"),
        ("www.blaby.gov.uk", "/leisure/parks-and-countryside/fosse-meadows"),
    ):
        assert '<table class="facilities">' in _html(web, host, path), host
    handed = _main(web, "www.fdean.gov.uk", "/community/community-safety/mobile-cameras")
    assert "now own them" in handed and "Lydney Town Council" in handed


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.nottinghamshire.gov.uk", "www.sstaffs.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback246Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.nottinghamshire.gov.uk", "www.scambs.gov.uk", "www.sstaffs.gov.uk"})
    assert "Sherwood Lodge" in _main(web, "www.nottinghamshire.gov.uk", "/community-safety/town-centre-cctv")
