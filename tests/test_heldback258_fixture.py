"""The two hundred and fifty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the terse structures the set is built from are really served: a scheme card of row headers whose SPOC row holds a
mailbox, whose police row only mentions an agreement and whose certification row is a dash, beside a twin card for
enforcement cameras; downloads listed only by file name, one of them a step 2 certificate, beside a BID agreement;
number tiles with a step 2 tile and a tile that is the only link to a signed agreement, and look-alike parking tiles;
fragment answers with a step 1 claim, a SPOC and the link to a signed agreement; role fragments with the SPOC beside a
RIPA SRO and a DPO, and a logo strip whose Kent Police logo is the only link to the signed agreement; a tick list with
the self-assessment ticked and certification crossed; a legacy page of bullet fragments and a sign-wording page; a
monitoring council's step 2 fragment and a draft Word agreement known by its file name; a privacy notice whose SPOC is
an address block beside the DPO's; a three-column bilingual facts table with a Welsh twin; a links page with one own
fragment; one fact in a park's facilities line; and councils that publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback258.truth import TRUTH_PATH
from fixtures.heldback258.web import Heldback258Web


@pytest.fixture(scope="module")
def web() -> Heldback258Web:
    return Heldback258Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback258Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 258)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_scheme_card_rows_and_enforcement_twin(web: Heldback258Web, truth: dict) -> None:
    host = "www.ealing.gov.uk"
    pg = "/info/201149/crime_prevention/719/public_safety_cctv"
    html = _html(web, host, pg)
    assert '<th scope="row">SPOC (surveillance cameras)</th>' in html
    assert '<th scope="row">Third-party certification</th><td>&mdash;</td>' in html
    assert '<th scope="row">Police agreement</th>' in html
    twin = _html(web, host, "/info/201159/parking/1190/traffic_enforcement_cameras")
    assert '<th scope="row">SPOC (surveillance cameras)</th><td>&mdash;</td>' in twin
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pg}
    assert d["5.3"]["spoc"]["email"] == "cctv.spoc@ealing.example.gov.uk"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.2"]["status"] == "not_met"
    assert not any("parking" in u for u in d["5.1"]["pages"])


def test_file_name_downloads_with_step_2_certificate(web: Heldback258Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    pg = "/crime-and-anti-social-behaviour/public-space-cctv"
    html = _html(web, host, pg)
    block = html.split('<ul class="file-list">', 1)[1].split("</ul>", 1)[0]
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', block)
    assert len(links) == 5 and all(text == href.rsplit("/", 1)[-1] for href, text in links)
    cert = "/media/2232/scc-certificate-2021.pdf"
    assert "Full certification (step 2)" in _text(web, host, cert)
    assert "step" not in _main(web, host, pg).lower()
    news = "/news/article/3914/city-cctv-cameras-receive-national-recognition"
    assert "step" not in _main(web, host, news).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {cert}
    assert "Coventry Business Improvement District" in _text(
        web, host, "/media/2234/bid-radio-and-cctv-agreement-2023.pdf"
    )
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_number_tiles_with_step_2_and_a_tile_linking_the_signed_agreement(web: Heldback258Web, truth: dict) -> None:
    host = "www.medway.gov.uk"
    pg = "/community-safety/medway-control-centre"
    html = _html(web, host, pg)
    assert '<ul class="tiles">' in html and '<span class="tile__num">Step 2</span>' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert f'<a class="tile__link" href="{urlsplit(doc["url"]).path}">' in html
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020"
    assert '<ul class="tiles">' in _html(web, host, "/parking-and-travel/camera-enforcement")
    assert not any("parking" in u for u in d["5.1"]["pages"])
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_fragment_answers_step_1_spoc_and_signed_agreement(web: Heldback258Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    pg = "/communities-safety/cctv-public-spaces"
    html = _html(web, host, pg)
    assert '<span class="q">Certified?</span> <span class="ans">Step 1 (desktop), 2019.</span>' in html
    assert '<span class="q">Doorbell or dashcam footage?</span>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {pg}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}


def test_role_fragments_and_agreement_only_behind_a_logo(web: Heldback258Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    pg = "/community-safety/cctv"
    main = _main(web, host, pg)
    assert "RIPA senior responsible officer" in main and "Data protection officer" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    path = urlsplit(doc["url"]).path
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    html = _html(web, host, pg)
    anchor = html.split(f'<a href="{path}">', 1)[1].split("</a>", 1)[0]
    assert anchor.startswith("<img ") and "signed" in anchor and "Kent Police" not in main
    assert "Signed for Kent Police" in _text(web, host, path)
    tmbc = "/__data/assets/pdf_file/0020/413/joint-control-room-agreement-tmbc.pdf"
    assert f'<a href="{tmbc}"><img ' in html and all(
        doc["url"] != f"http://{host}{tmbc}" for doc in d["5.5"]["documents"]
    )
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_tick_list_self_assessment_is_not_certification(web: Heldback258Web, truth: dict) -> None:
    host = "www.northdevon.gov.uk"
    html = _html(web, host, "/community-safety-and-emergencies/cctv")
    assert '<li class="no"><span aria-hidden="true">&#10007;</span> Third-party certification</li>' in html
    assert '<li class="yes"><span aria-hidden="true">&#10003;</span> Surveillance Camera Code self-assessment' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "democracy.northdevon.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_legacy_fragments_and_sign_wording(web: Heldback258Web, truth: dict) -> None:
    host = "www.harborough.gov.uk"
    pg = "/info/20061/community_safety/238/cctv_cameras"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html and "mailto:" not in html
    sign = "/info/20061/community_safety/239/cctv_signs"
    assert "<li>CCTV in operation</li>" in _html(web, host, sign)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{sign}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"


def test_monitoring_councils_certificate_and_draft_word_agreement_by_file_name(
    web: Heldback258Web, truth: dict
) -> None:
    host = "www.rushmoor.gov.uk"
    pg = "/community-parks-and-leisure/community-safety/cctv"
    main = _main(web, host, pg)
    assert "Safer Runnymede, step 2" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    name = doc["url"].rsplit("/", 1)[-1]
    assert f">{name}</a>" in _html(web, host, pg) and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "not for signature" in _text(web, host, urlsplit(doc["url"]).path)


def test_spoc_in_address_block_beside_the_dpo(web: Heldback258Web, truth: dict) -> None:
    host = "www.waverley.gov.uk"
    pg = "/info/200364/freedom_of_information_and_data_protection/2142/privacy_notice_for_cctv"
    html = _html(web, host, pg)
    assert "<address>Surveillance camera single point of contact<br>" in html
    assert "<address>Data protection officer<br>" in html
    a = _auth(truth, host)
    assert a["deliverables"]["5.3"]["status"] == "met" and _paths(a["deliverables"]["5.3"]) == {pg}
    assert a["heldback"]["robots_forbid_search"]


def test_bilingual_three_column_table_and_twin(web: Heldback258Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    pg = "/my-council/customer-services/cctv-and-after-hours-customer-service"
    html = _html(web, host, pg)
    assert "<caption>Ffeithiau / Facts</caption>" in html and "<td>Cytundeb gyda'r heddlu</td>" in html
    d = _auth(truth, host)["deliverables"]
    twin = f"http://{host}/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-y-tu-allan-i-oriau"
    assert twin in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(twin).path)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_one_fragment_councils(web: Heldback258Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.eastherts.gov.uk", "retention", "/community-safety/cctv"),
        ("www.hyndburnbc.gov.uk", "cameras", "/parks-and-open-spaces/oak-hill-park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "http://www.hertfordshirecctv.co.uk/" in _html(web, "www.eastherts.gov.uk", "/community-safety/cctv")
    assert "CCTV (recorded 24 hours)" in _main(web, "www.hyndburnbc.gov.uk", "/parks-and-open-spaces/oak-hill-park")
    assert web.sites["www.hyndburnbc.gov.uk"].search is None


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback258Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.westsussex.gov.uk", "www.north-norfolk.gov.uk", "www.folkestone-hythe.gov.uk"}
    )
    assert "Cromer Town Council" in _main(web, "www.north-norfolk.gov.uk", "/planning/pf-24-0917")
    assert "Sussex Safer Roads Partnership." in _main(
        web, "www.westsussex.gov.uk", "/roads-and-travel/road-safety/speed-cameras"
    )
