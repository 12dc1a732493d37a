"""The 343rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen. Emphasis: housing and estates.

Checks: the councils are fresh register rows of the brief's mix of types; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (camera locations only on per-ward query pages;
an estate safety page where the control centre also answers lift alarms; a step 2 claim only as a sub-page's title
and heading behind a neutral link; a SPOC only as a row of a contacts directory letter page; a SPOC as a row of a
Building Safety Act roles table on tower block pages; a signed agreement listed beside a public identification
policy; a one-fact row of a block inspection checklist; a step 1 claim only in a guidance PDF's letterhead line; a
step 2 claim only as the last row of a figures table on a partnership page; a SPOC only on a council-homes
anti-social behaviour page; a signed protocol whose sign-off sheet comes first; a two-council page that sends
Eastbourne to the police; Welsh twins at ?lang=cy; two contacts that are not a SPOC; a one-fact demolition FAQ; a
data processing agreement with the police as processor; another body's certification; a SPOC only in an option of an
enquiry form's drop-down; a draft agreement; a privacy notice under GDPR Article 13 headings; a CMIS and several
moderngov hosts; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback343.truth import TRUTH_PATH
from fixtures.heldback343.web import Heldback343Web


@pytest.fixture(scope="module")
def web() -> Heldback343Web:
    return Heldback343Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _paths(urls: list[str]) -> set[str]:
    return {urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls}


def test_fresh_councils(web: Heldback343Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 343)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally


def test_camera_locations_only_on_ward_query_pages_and_estate_control_centre(web: Heldback343Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    loc = "/community-safety/crime-prevention/cctv/camera-locations/"
    assert "<table" not in _html(web, host, loc)
    wards = [u for u in _links(web, host, loc) if "?ward=" in u]
    assert len(wards) == 6
    for u in wards:
        q = urlsplit(u)
        assert "<table>" in _html(web, host, f"{q.path}?{q.query}"), u
    est = "/housing/council-tenants/estate-safety/"
    assert "lift alarms" in _main(web, host, est)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert _paths([e["url"] for e in d["5.3"]["evidence"]]) == {est}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}{loc}?ward=falconbrook" in d["5.1"]["pages"]
    ballot = _main(web, host, "/housing/council-tenants/estate-ballots/")
    assert "TMO" in ballot and "cameras" in ballot


def test_step_2_only_in_a_sub_page_title_and_spoc_in_contacts_directory(web: Heldback343Web, truth: dict) -> None:
    host = "www.doncaster.gov.uk"
    cctv = "/services/crime-anti-social-behaviour-nuisance/cctv"
    cert = f"{cctv}/certified-to-the-surveillance-camera-code-step-2"
    html = _html(web, host, cert)
    assert "<h1>Certified to the Surveillance Camera Code: step 2</h1>" in html
    body = _main(web, host, cert).replace("Certified to the Surveillance Camera Code: step 2", "", 1)
    assert "step" not in body.lower()
    assert f'<a href="{cert}">Our certification</a>' in _html(web, host, cctv)
    assert "step 2" not in _main(web, host, cctv).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03"
    assert not d["5.2"]["mark_displayed"] and "<img" not in _main(web, host, cert)
    dc = "/contact-us/directory/c"
    assert "single point of contact" in _main(web, host, dc) and "single point of contact" not in _main(web, host, cctv)
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {dc}
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    dec = "http://doncaster.moderngov.co.uk/ieDecisionDetails.aspx?ID=2257"
    assert _render(web, dec).status == 200 and dec not in d["5.1"]["pages"]
    assert "loudspeakers" in _main(web, host, cctv)


def test_building_safety_pages_spoc_row_and_signed_agreement_beside_policy(web: Heldback343Web, truth: dict) -> None:
    host = "www.thurrock.gov.uk"
    hr = "/housing/high-rise-blocks"
    blocks = [u for u in _links(web, host, hr) if urlsplit(u).path.startswith(f"{hr}/") and "engagement" not in u]
    assert len(blocks) == 3
    for u in blocks:
        main = _main(web, host, urlsplit(u).path)
        assert "bin chute rooms" in main and "Surveillance cameras: single point of contact" in main, u
    assert "Principal Accountable Person</td>" in _html(web, host, f"{hr}/kestrel-house")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")
    (doc,) = d["5.5"]["documents"]
    pid = f"http://{host}/closed-circuit-television-cctv/public-identification-policy"
    assert doc["signed"] and doc["force"] == "Essex" and _linking(web, host, doc["url"]) == {pid}
    assert "Signed for and on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "working towards" in _main(web, host, "/closed-circuit-television-cctv/use-of-cctv").lower()
    assert d["5.2"]["status"] == "not_met"
    assert "900 CCTV cameras" in _main(web, host, "/foi-responses/cctv-cameras")
    assert not any("foi-responses" in u for u in d["5.1"]["pages"])


def test_one_fact_rows_block_checklist_and_demolition_faq(web: Heldback343Web, truth: dict) -> None:
    cp = "www.castlepoint.gov.uk"
    bi = "/housing/your-home/block-inspections"
    assert "<td>Communal cameras</td>" in _html(web, cp, bi)
    nd = "www.ne-derbyshire.gov.uk"
    mq = "/housing/regeneration/stonebroom-bungalows/moving-home-questions"
    assert "<h3>What happens to my bungalow after I leave?</h3>" in _html(web, nd, mq)
    for host, crit, path in ((cp, "retention", bi), (nd, "cameras", mq)):
        a = _auth(truth, host)
        d51 = a["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert all(a["deliverables"][k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5")), host
    assert "31 days" in _main(web, cp, "/licensing/premises-licence-conditions")


def test_step_1_claim_only_in_the_letterhead_of_a_guidance_pdf(web: Heldback343Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    cctv = "/community/community-safety/cctv"
    ft = f"{cctv}/requesting-footage"
    gd = "/media/18341/cctv-footage-requests-guidance-for-insurers-and-solicitors.pdf"
    assert _linking(web, host, f"http://{host}{gd}") == {f"http://{host}{ft}"}
    text = _text(web, host, gd)
    assert text.index("desktop certification (step 1)") < text.index("Who may ask")
    for page in (cctv, ft):
        assert "step 1" not in _main(web, host, page).lower() and "certif" not in _main(web, host, page).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-04"
    assert _paths([e["url"] for e in d["5.2"]["evidence"]]) == {gd}
    assert d["5.5"]["status"] == "not_met" and "live" in _main(web, host, cctv)
    assert "eastsuffolk.cmis.uk.com" in web.sites[host].hosts()
    assert d["5.3"]["status"] == "partial" and "East Suffolk Services Ltd" in d["5.3"]["spoc"]["role"]


def test_step_2_in_partnership_figures_spoc_on_housing_asb_page_sign_off_first(
    web: Heldback343Web, truth: dict
) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    cctv = "/info/200011/community_safety/1244/cctv"
    csp = "/info/200011/community_safety/1250/community_safety_partnership"
    asb = "/housing/council-tenants/anti-social-behaviour-in-council-homes"
    assert "<td>Step 2 (full), awarded October 2021</td></tr></tbody></table>" in _html(web, host, csp)
    assert "step 2" not in _main(web, host, cctv).lower()
    assert "single point of contact" in _main(web, host, asb) and "single point of contact" not in _main(
        web, host, cctv
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-10"
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {asb}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{csp}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Signed on behalf of Leicestershire Police") < text.index("Purpose")
    assert d["5.1"]["criteria"]["statistics"]


def test_welsh_twins_at_lang_query_and_two_contacts(web: Heldback343Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    assert f"http://{host}/cctv?lang=cy" in _links(web, host, "/cctv")
    assert '<html lang="cy">' in _html(web, host, "/cctv?lang=cy")
    faq = _main(web, host, "/CCTVFAQs")
    assert "Partnership CCTV Officer" in faq and "Neighbourhood Support Unit, 01792" in faq
    assert "single point of contact" not in faq
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cctv?lang=cy" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "South Wales Police" in _text(web, host, "/media/1943/cctv-policy.pdf")
    assert "facial recognition" in _main(web, host, "/cctv")


def test_police_as_processor_under_a_signed_word_agreement(web: Heldback343Web, truth: dict) -> None:
    host = "www.arun.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and doc["url"].endswith(".docx")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "(the processor)" in text and "Signed for and on behalf of Sussex Police" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/public-facing-cctv"}
    assert "housing blocks" in _main(web, host, "/about-the-council/policies/surveillance-camera-policy")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_another_bodys_certification_is_not_the_boroughs(web: Heldback343Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    main = _main(web, host, "/community-safety/town-centre-cctv")
    assert "holds its own certification" in main and "agreement between the two councils" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["dpia"] and d["5.1"]["criteria"]["police_agreement"]


def test_spoc_only_in_an_enquiry_form_option_and_draft_agreement(web: Heldback343Web, truth: dict) -> None:
    host = "www.broxtowe.gov.uk"
    sv = "/for-you/crime-safety-emergencies/surveillance-camera-systems/"
    ask = f"{sv}ask-about-our-cameras/"
    html = _html(web, host, ask)
    options = re.findall(r"<option>(.*?)</option>", html)
    assert len(options) == 4 and "single point of contact for surveillance cameras" in options[-1]
    assert '<form action="' in html and 'method="post"' in html
    outside = re.sub(r"<select.*?</select>", "", html, flags=re.S)
    assert "single point of contact" not in outside
    inv = "/housing/independent-living-schemes/camera-inventory"
    assert "single point of contact" not in _html(web, host, inv) and "single point of contact" not in _main(
        web, host, sv
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths([e["url"] for e in d["5.3"]["evidence"]]) == {ask}
    assert not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "DRAFT" in text and "20__" in text


def test_privacy_notice_under_article_13_headings(web: Heldback343Web, truth: dict) -> None:
    host = "www.southderbyshire.gov.uk"
    pn = "/privacy/cctv-privacy-notice"
    heads = re.findall(r"<h2>(Article 13[^<]*)</h2>", _html(web, host, pn))
    assert len(heads) == 6 and heads[0].startswith("Article 13(1)(a)")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pn}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("safer.communities@")
    assert "dpo@" not in (d["5.3"]["spoc"]["email"] or "")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback343Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.lewes-eastbourne.gov.uk", "www.eastcambs.gov.uk"})
    eb = _main(web, "www.lewes-eastbourne.gov.uk", "/community-safety")
    assert '<h2 id="in-eastbourne">' in _html(web, "www.lewes-eastbourne.gov.uk", "/community-safety")
    assert "owned and watched by Sussex Police" in eb
    assert '<main id="main">' not in _html(web, "www.eastcambs.gov.uk", "/")
    assert "City of Ely Council" in _main_legacy(web, "www.eastcambs.gov.uk", "/community/cctv-ely-and-soham")
    assert "Parkwell is the controller" in _main(
        web, "www.essex.gov.uk", "/country-parks/thorndon-country-park/car-park-anpr-notice"
    )
    assert not web.sites["www.essex.gov.uk"].az


def _main_legacy(web: Heldback343Web, host: str, path: str) -> str:
    return _text(web, host, path)
