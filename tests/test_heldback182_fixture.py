"""The hundred-and-eighty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. Its emphasis is third-party certification and its
look-alikes: a lapsed step 2 claim only in a notice explaining why the mark was taken down; a joint step 2
certificate naming both shared-service councils, served without extension and linked only from the privacy notice;
a step 2 certificate served without extension and reachable only from the A to Z; the council's own step 1 claim
beside the partner-run room's BS 7958; the monitoring partner council's step 2 mark (alt text) shown on the
council's page; the partner council's certification in page text; the monitoring council's certificate inside its
report PDF served without extension; a Cabinet fee approval for certification only in committee papers; an SSAIB
installer, BS 7958, lay visitors, an award-winning team and a self-assessment as near-misses. Besides: a signed Met
ISA linked only from a civil claims sub-page; a signed police funding agreement without extension reached through a
folded question; a signed Word protocol; a consultation draft PDF; SPOCs in a folded question, an address card, an
operational group paragraph and a responsibility section; a Welsh twin and a scrutiny report on the main host; a
legacy site without search; robots.txt forbidding the search; one-fact councils on a venue page and a business radio
page; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback182.truth import TRUTH_PATH
from fixtures.heldback182.web import Heldback182Web


@pytest.fixture(scope="module")
def web() -> Heldback182Web:
    return Heldback182Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_fresh_councils(web: Heldback182Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 182)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_lapsed_step_2_only_in_mark_removal_notice_and_police_agreement_via_folded_question(
    web: Heldback182Web, truth: dict
) -> None:
    host = "www.darlington.gov.uk"
    html = _html(web, host, "/your-council/cctv")
    notice = html.split('<div class="notice" role="status">', 1)[1].split("</div>", 1)[0]
    assert "full step 2 certification" in notice and "21 November 2025" in notice
    main = html.split('<main id="main">', 1)[1].split("</main>", 1)[0]
    assert "<img" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Durham" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}/your-council/cctv"}
    faq = html.split("Do the police pay towards the cameras?", 1)[1]
    assert faq.split("</details>", 1)[0].count(_path(doc["url"])) == 1
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Chief Constable of Durham Constabulary" in _text(web, host, _path(doc["url"]))
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.dutymanager@")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_joint_certificate_without_extension_linked_only_from_privacy_notice(web: Heldback182Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    pn = "/council/corporate/your-access-to-information/data-protection-and-information-management/privacy-notices/cctv"
    cert = f"http://{host}/downloads/file/4410/cctv-certificate"
    assert _no_extension(cert) and _linking(web, host, cert) == {f"http://{host}{pn}"}
    text = _text(web, host, _path(cert))
    assert "Bromsgrove District Council and Redditch Borough Council" in text and "Step 2" in text
    assert "certification" not in _main(web, host, "/council/community-safety/cctv").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-05"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}{pn}", cert}
    assert "Data Protection Officer" in _main(web, host, pn) and d["5.3"]["status"] == "not_met"
    assert "Wyre Forest" in _main(web, host, "/council/community-safety/cctv") and d["5.5"]["status"] == "not_met"


def test_certificate_reachable_only_from_the_a_to_z_and_signed_word_protocol(web: Heldback182Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    cert = f"http://{host}/downloads/file/6120/surveillance-camera-certificate"
    assert _no_extension(cert) and _linking(web, host, cert) == {f"http://{host}/a-z"}
    assert "step 2 full certification" in _text(web, host, _path(cert))
    main = _main(web, host, "/community-safety/cctv")
    assert "certif" not in main.lower() and "lay visitors" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and [e["url"] for e in d["5.2"]["evidence"]] == [cert]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_own_step_1_claim_beside_partner_run_room(web: Heldback182Web, truth: dict) -> None:
    host = "www.ashfield.gov.uk"
    main = _main(web, host, "/community-safety/cctv")
    assert "run by Newark and Sherwood District Council and meets BS 7958" in main
    assert "partnership shared service agreement" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["police_agreement"]
    dem = "democracy.ashfield.gov.uk"
    assert dem in web.sites[host].hosts()
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_partner_councils_mark_and_certification_are_not_the_councils(web: Heldback182Web, truth: dict) -> None:
    nk = "www.n-kesteven.gov.uk"
    html = _html(web, nk, "/community-and-living/community-safety/cctv-in-sleaford-and-north-hykeham")
    assert (
        'alt="City of Lincoln Council CCTV control room: Surveillance Camera Code of Practice certified, step 2"'
        in html
    )
    assert "<figcaption>" in html
    d = _auth(truth, nk)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and not d["5.2"]["mark_displayed"]
    vale = "valeofglamorgan.gov.uk"
    main = _main(web, vale, "/en/living/Safer-Vale/CCTV.aspx")
    assert "Cardiff Council's control room has been awarded" in main
    d = _auth(truth, vale)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert f"http://{vale}/cy/byw/Bro-Mwy-Diogel/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert not any("reports" in u for u in d["5.1"]["pages"])
    assert "77 cameras" in _main(
        web,
        vale,
        "/en/our_council/Council-Structure/minutes,_agendas_and_reports/reports/Scrutiny-HSC/2017/17-11-08/CCTV-Provision.aspx",
    )
    sh = "www.sholland.gov.uk"
    rep = "/downloads/file/3370/boston-control-room-report-to-partners-2024-25"
    assert _no_extension(rep) and "retained its step 2 certification" in _text(web, sh, rep)
    assert _auth(truth, sh)["deliverables"]["5.2"]["status"] == "not_met"
    site = web.sites[sh]
    assert site.search is None and '<main id="main">' not in _html(web, sh, "/article/4127/CCTV")


def test_fee_approval_only_in_cabinet_papers_and_spoc_in_folded_question(web: Heldback182Web, truth: dict) -> None:
    host = "www.wakefield.gov.uk"
    dem = "democracy.wakefield.gov.uk"
    assert "the fee of £3,950" in _main(web, dem, "/mgAi.aspx?ID=61877")
    assert "certif" not in _main(web, host, "/community-safety-and-crime/cctv-and-public-space-cameras").lower()
    html = _html(web, host, "/community-safety-and-crime/cctv-and-public-space-cameras")
    folded = html.split("<summary>Who oversees all of the council's cameras?</summary>", 1)[1].split("</details>", 1)[0]
    assert "single point of contact for surveillance cameras" in folded
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, _path(doc["url"]))
    assert d["5.1"]["criteria"]["self_assessment"]


def test_met_isa_only_from_civil_claims_page_and_near_misses(web: Heldback182Web, truth: dict) -> None:
    host = "www.lambeth.gov.uk"
    pss = "/streets-roads-transport/public-space-surveillance-pss-cctv-lambeth"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pss}/civil-claims-third-party-requests"}
    assert "BS 7958" in _main(web, host, pss) and d["5.2"]["status"] == "not_met"
    assert "award-winning" in _main(web, host, "/news/control-room-helps-solve-brixton-arson")
    assert "tenant management organisations" in _main(web, host, f"{pss}/housing-estates")


def test_spoc_in_address_card_and_policy_without_extension(web: Heldback182Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    html = _html(web, host, "/services/community-safety/cctv")
    card = html.split('<section class="contact-card">', 1)[1].split("</section>", 1)[0]
    assert "<address>" in card and "single point of contact" in card.lower() and "mailto:cctv@" in card
    assert "SSAIB-registered contractor" in _main(web, host, "/services/community-safety/cctv")
    pol = "/downloads/file/2877/cctv-policy-2024-2028"
    assert _no_extension(pol) and "does not hold third party certification" in _text(web, host, pol)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}/sitemap.xml" in web.sites[host].robots_txt()


def test_one_fact_councils(web: Heldback182Web, truth: dict) -> None:
    for host, path in (
        ("www.molevalley.gov.uk", "/leisure-and-culture/dorking-halls/plan-your-visit"),
        ("www.ambervalley.gov.uk", "/business/town-centre-radio-scheme"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "51 public space cameras" in _main(web, "www.molevalley.gov.uk", "/news/have-your-say-on-cctv")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback182Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lincolnshire.gov.uk", "www.stroud.gov.uk", "www.easthants.gov.uk"})
    links = _links(web, "www.lincolnshire.gov.uk", "/community-and-living/community-safety")
    assert "https://www.n-kesteven.gov.uk/" in links
    assert "Park Mark" in _main(web, "www.easthants.gov.uk", "/parking/car-parks")
    assert _auth(truth, "www.easthants.gov.uk")["heldback"]["robots_forbid_search"]
