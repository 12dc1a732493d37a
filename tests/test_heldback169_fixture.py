"""The hundred-and-sixty-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh real register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (a two-line camera landing with the counts and
retention only in a 'Did you know?' callout on a housing page; a CCTV page under Information and privacy whose counts
and police monitoring sit on the town centre team's page, which alone links a signed agreement without extension whose
contact schedule designates the SPOC; one fact on an emergency control centre page while the camera pages are on
another domain; a county's facts split between a service privacy notice and a Visiting County Hall page, with only a
DPO; a bilingual page about the police's cameras; one fact in a council tax explainer; a step 2 claim only in a photo
caption and a SPOC only in the corporate complaints procedure, with a draft protocol; one fact in a shop unit's
particulars on a legacy site; a stepless mark with the step 2 claim only in an annual report without extension; an FAQ
of jump links beside a shared-service page; a step 1 claim and a signed agreement only inside hidden accordion answers;
a SPOC only in a policy's definitions; a SPOC only in the reproduced wording of a street sign and a signed protocol
linked only from the footage page's police section; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback169.truth import TRUTH_PATH
from fixtures.heldback169.web import Heldback169Web


@pytest.fixture(scope="module")
def web() -> Heldback169Web:
    return Heldback169Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils_of_the_brief_mix(web: Heldback169Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 169)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_callout_on_housing_page_holds_counts_and_retention(web: Heldback169Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    landing = _main(web, host, "/community-safety/public-space-surveillance")
    assert "1,980" not in landing and "28 days" not in landing and len(landing.split()) < 90
    estate = _html(web, host, "/housing/estate-services")
    box = estate.split('<div class="callout callout--info" role="note">', 1)[1].split("</div>", 1)[0]
    assert "Did you know?" in box and "1,980 cameras" in box and "28 days" in box
    d = _auth(truth, host)["deliverables"]
    assert {k for k, v in d["5.1"]["criteria"].items() if v and k in ("cameras", "retention")} == {
        "cameras",
        "retention",
    }
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Cameras read the number plates" in _main(web, host, "/parking/school-streets")


def test_agreement_linked_only_from_town_centre_page_holds_the_spoc(web: Heldback169Web, truth: dict) -> None:
    host = "www.barnsley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Yorkshire" and _no_extension(doc["url"])
    night = f"http://{host}/services/business-and-town-centre/town-centre/safe-night-out/"
    assert _linking(web, host, doc["url"]) == {night}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, _path(doc["url"]))
    assert "single point of contact for surveillance camera systems" in text
    assert "Signed for and on behalf of South Yorkshire Police" in text
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {urlsplit(doc["url"]).path}
    cctv = _main(web, host, "/services/information-and-privacy/cctv/")
    assert "Can I get a copy of CCTV footage?" in cctv and "43" not in cctv and "single point" not in cctv
    assert "43 cameras" in _main(web, host, urlsplit(night).path)


def test_one_fact_on_control_centre_page_and_camera_pages_on_another_domain(web: Heldback169Web, truth: dict) -> None:
    host = "www.n-somerset.gov.uk"
    links = _links(web, host, "/my-services/community-safety")
    assert any(urlsplit(u).hostname == "saferstrongerns.co.uk" for u in links)
    assert web.site_for_host("saferstrongerns.co.uk") is None
    main = _main(web, host, "/my-services/community-safety/emergency-control-centre")
    assert "Carelink" in main and "28 days" in main
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["retention"]


def test_county_facts_split_between_privacy_notice_and_visiting_page(web: Heldback169Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    spn = "/council/transparency/access-to-information/service-and-project-specific-privacy-notices/"
    pn = spn + "closed-circuit-television-cctv/"
    visit = "/council/buildings-and-offices/visiting-county-hall/"
    assert f"http://{host}{pn}" in _links(web, host, spn)
    assert "dpo@lancashire.example.gov.uk" in _html(web, host, pn) and "30 days" not in _main(web, host, pn)
    assert "Signs at each entrance" in _main(web, host, visit)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in d["5.1"]["pages"]} == {pn, visit}
    assert d["5.3"]["status"] == "not_met"


def test_step_2_only_in_caption_spoc_only_in_complaints_procedure_and_draft(web: Heldback169Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    html = _html(web, host, "/community-and-safety/cctv")
    cap = re.search(r"<figcaption>(.*?)</figcaption>", html)
    assert cap and "step 2" in cap.group(1)
    assert 'alt="Operators at work in the control centre"' in html
    assert "step 2" not in html.replace(cap.group(0), "")
    comp = "/council-and-democracy/complaints-and-feedback/complaints-procedure"
    assert "Single Point of Contact" in _main(web, host, comp)
    assert "Single Point of Contact" not in _main(web, host, "/community-and-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-07" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {comp}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, _path(doc["url"]))


def test_legacy_shop_unit_particulars_one_fact(web: Heldback169Web, truth: dict) -> None:
    host = "www.erewash.gov.uk"
    unit = "/property/shop-units-to-let/queen-elizabeth-way-kirk-hallam"
    html = _html(web, host, unit)
    assert '<main id="main">' not in html and "<caption>Particulars</caption>" in html
    assert web.sites[host].search is None and 'role="search"' not in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{unit}"]


def test_stepless_mark_and_step_2_only_in_annual_report_without_extension(web: Heldback169Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, pg)
    assert 'alt="Surveillance Camera Code compliant"' in html and "step 2" not in html
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"]) and "(step 2)" in _text(web, host, _path(ev["url"]))
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2016-11"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_jump_link_faq_and_shared_service_without_police_agreement(web: Heldback169Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    faq = _html(web, host, "/cctv-faqs")
    assert '<a href="#how-long">' in faq and '<h2 id="how-long">' in faq
    assert "shared service agreement" in _main(web, host, "/cctv").lower()
    a = _auth(truth, host)
    assert a["deliverables"]["5.5"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]
    assert "www.tamworth.gov.uk" in web.sites and "democracy.tamworth.gov.uk" in web.sites[host].hosts()


def test_step_1_and_signed_agreement_only_in_hidden_answers(web: Heldback169Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    pg = "/info/20010/your_environment/203/community_safety/8"
    html = _html(web, host, pg)
    panels = re.findall(r'<div class="faq-item__a" id="answer-\d" hidden>(.*?)</div>', html)
    assert any("step 1 (desktop)" in x for x in panels)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and _no_extension(doc["url"])
    assert any(urlsplit(doc["url"]).path in x for x in panels)
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020"


def test_spoc_only_in_policy_definitions(web: Heldback169Web, truth: dict) -> None:
    host = "www.wychavon.gov.uk"
    pol = _html(web, host, "/community-safety/cctv/cctv-and-surveillance-policy")
    roles = pol.split("<h3>8 Roles and responsibilities</h3>", 1)[1].split("<h3>", 1)[0]
    defs = pol.split("<h3>14 Definitions</h3>", 1)[1]
    assert "single point of contact" not in roles.lower() and "single point of contact" in defs
    assert "Worcester City Council" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_only_in_sign_wording_and_protocol_only_from_footage_page(web: Heldback169Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    art = "/article/309/Town-centres-Closed-Circuit-Television-CCTV-"
    html = _html(web, host, art)
    sign = html.split('<div class="sign-example"', 1)[1].split("</div>", 1)[0]
    assert "Single Point of Contact" in sign and html.count("Single Point of Contact") == 1
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/4410/Request-CCTV-footage"}
    assert "Signed for Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Data Protection Act 1998" in _main(web, host, art)
    form = _render(web, f"http://{host}/media/7721/CCTV-footage-request-form.docx")
    assert (form.header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_one_fact_in_council_tax_explainer(web: Heldback169Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    pg = "/article/2044/Where-your-council-tax-goes"
    assert f"http://{host}{pg}" in _links(web, host, "/council-tax")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["pages"] == [f"http://{host}{pg}"] and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_bilingual_page_about_police_cameras(web: Heldback169Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    en = "/home/council-services/community-safety/town-centre-cctv/"
    cy = "/cartref/gwasanaethau-cyngor/diogelwch-cymunedol/teledu-cylch-cyfyng/"
    assert f"http://{host}{cy}" in _links(web, host, en)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "belong to Dyfed-Powys Police" in _main(web, host, en)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback169Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.carmarthenshire.gov.wales", "crawley.gov.uk", "www.teignbridge.gov.uk"}, min_decoys=5
    )
    assert "Three re-deployable CCTV cameras" in _main(
        web, "www.teignbridge.gov.uk", "/business/funding/uk-shared-prosperity-fund"
    )
