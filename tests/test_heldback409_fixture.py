"""The four hundred and ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live
in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

The set's emphasis is councils that run several camera systems at once and publish each differently. Checks: the
councils are real register rows of the brief's mix, none in the fifteen sets before it; the labelling rules hold with
the intended tallies; and the structures are really served (five systems as the columns of one table with the single
point of contact in a row spanning them, step 2 on one system's page and a signed Met agreement only from another's;
systems listed by owner with an ALMO's control centre, a self-assessment that says it is no certificate; policies
inherited from four former councils, one per system, and a Word request form; a county whose only disclosure is a
section of a waste strategies page; three systems with three contacts and Welsh twins at ?lang=cy addresses; a shared
two-council site where the other council's CCTV page is not this one's; facts over three ?chapter=N privacy
chapters; a neighbouring council's hub, its certificate and a blank certificate of agreement naming the police; a room
that watches six other bodies' cameras and a code without extension signed with the police; one privacy notice per
system with the SPOC on only one; a room that also watches police-owned cameras under a signed protocol; one fact on a
park page; and three councils that publish nothing but carry look-alikes).
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

from fixtures.heldback409.truth import TRUTH_PATH
from fixtures.heldback409.web import Heldback409Web


@pytest.fixture(scope="module")
def web() -> Heldback409Web:
    return Heldback409Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_real_councils_none_from_the_fifteen_sets_before(web: Heldback409Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 409)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_systems_as_columns_spoc_row_step_2_on_one_page_isa_from_another(web: Heldback409Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    sc = "/community-safety/surveillance-cameras"
    html = _html(web, host, sc)
    assert html.count('<th scope="col">') == 6 and '<td colspan="5">' in html
    spanning = html.split('<td colspan="5">', 1)[1].split("</td>", 1)[0]
    assert "single point of contact" in spanning and "mailto:" in spanning
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {_path(e["url"]) for e in d["5.3"]["evidence"]} == {sc}
    systems = [u for u in _links(web, host, sc) if urlsplit(u).path.startswith(f"{sc}/")]
    assert len(set(systems)) == 5
    with_step_2 = {_path(u) for u in set(systems) if "step 2" in _main(web, host, _path(u))}
    assert with_step_2 == {f"{sc}/public-space-cameras"} and "step 2" not in _main(web, host, sc)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{sc}/estate-cameras"}
    text = _text(web, host, _path(doc["url"]))
    assert "Signed for and on behalf of Enfield Council" in text
    assert "Signed for and on behalf of the Metropolitan Police Service" in text


def test_systems_by_owner_almo_room_and_self_assessment_not_certificate(web: Heldback409Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    who = _html(web, host, "/cameras-in-stockport")
    assert "<td>Tower block and concierge cameras</td><td>Stockport Homes</td>" in who
    assert "Stockport Homes control centre, on our behalf" in who and "Refuse collection vehicles" in who
    sat = "/media/2231/cctv-self-assessment-tool.pdf"
    assert "not a certificate of compliance" in _text(web, host, sat)
    assert f"http://{host}{sat}" in _links(web, host, "/how-cctv-is-used")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_policies_inherited_from_former_councils_and_word_form(web: Heldback409Web, truth: dict) -> None:
    host = "www.westmorlandandfurness.gov.uk"
    cctv = "/your-council/data-protection-and-privacy/cctv-and-surveillance"
    inh = _html(web, host, f"{cctv}/inherited-cctv-policies")
    assert len(re.findall(r'<td><a href="/sites/default/files/legacy/[a-z-]+-cctv-policy\.pdf">', inh)) == 4
    assert "Recycling centre ANPR cameras" in inh
    form = "/sites/default/files/2024-01/cctv-and-surveillance-request-form.docx"
    assert (_render(web, f"http://{host}{form}").header("Content-Type") or "").startswith("application/vnd.openxml")
    assert f"http://{host}{form}" in _links(web, host, cctv)
    assert "Schedule 2 form" in _main(web, host, cctv) and "single point of contact" not in _main(web, host, cctv)
    assert "belong to Cumbria Constabulary" in _main(web, host, "/community/town-centre-cameras")
    ripa = _main(web, host, "/your-council/data-protection-and-privacy/covert-surveillance")
    assert "Senior Responsible Officer for covert surveillance" in ripa and "Data Protection Officer" in ripa
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and all(d[k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5"))


def test_county_disclosure_only_in_a_waste_strategies_page(web: Heldback409Web, truth: dict) -> None:
    host = "www.hertfordshire.gov.uk"
    wa = "/services/recycling-waste-and-environment/recycling-and-waste/about-wasteaware/our-wasteaware-strategy.aspx"
    a = _auth(truth, host)
    assert a["deliverables"]["5.1"]["status"] == "met" and a["deliverables"]["5.1"]["pages"] == [f"http://{host}{wa}"]
    assert "<h1>Our WasteAware strategies</h1>" in _html(web, host, wa)
    assert "number plate recognition" in _main(web, host, wa) and "31 days" in _main(web, host, wa)
    assert "does not run town centre cameras" in _main(web, host, "/services/community-safety")
    assert a["heldback"]["robots_forbid_search"]


def test_three_systems_three_contacts_and_query_string_welsh_twins(web: Heldback409Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    assert f"http://{host}/cctv?lang=cy" in _links(web, host, "/cctv")
    assert '<html lang="cy">' in _html(web, host, "/cctv?lang=cy")
    faq = _main(web, host, "/cctvfaqs")
    phones = re.findall(r"01792 \d{3} \d{3}", faq)
    assert len(set(phones)) == 3
    assert faq.index("step 2") < faq.index("Estate cameras")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cctv?lang=cy" in d["5.1"]["pages"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2"
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_shared_site_other_councils_page_is_not_this_councils(web: Heldback409Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    lewes = "/community/community-safety/lewes-district-cctv"
    main = _main(web, host, lewes)
    assert "Lewes District Council's cameras only" in main and "28 days" in main
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/leisure/seafront/seafront-improvements"]


def test_facts_over_three_privacy_chapters_at_query_addresses(web: Heldback409Web, truth: dict) -> None:
    host = "www.southderbyshire.gov.uk"
    pn = "/about-us/data-privacy-and-cookies/privacy-notice"
    chapters = [u for u in _links(web, host, pn) if "?chapter=" in u]
    assert len(set(chapters)) == 8
    a = _auth(truth, host)
    pages = {_path(u) for e in a["deliverables"].values() for u in [x["url"] for x in e["evidence"]]}
    assert pages == {f"{pn}?chapter={n}" for n in (3, 5, 7)}
    for n in (3, 5, 7):
        assert _linking(web, host, f"http://{host}{pn}?chapter={n}") == {f"http://{host}{pn}"}
    ch3 = _main(web, host, f"{pn}?chapter=3")
    assert "single point of contact" in ch3 and "step 1" in ch3 and "redeployable" in ch3
    assert a["deliverables"]["5.2"]["level"] == "step1" and a["deliverables"]["5.3"]["status"] == "met"


def test_hub_run_by_another_council_blank_certificate_naming_police(web: Heldback409Web, truth: dict) -> None:
    host = "www.rossendale.gov.uk"
    assert web.sites[host].search is None
    page = _main(web, host, "/community-safety/cctv/")
    assert "step 2" in page and "Blackburn with Darwen" in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    text = _text(web, host, _path(doc["url"]))
    assert "Certificate of Agreement" in text and "Lancashire Constabulary" in text and "20__" in text
    assert d["5.1"]["criteria"]["other_systems"] and d["5.3"]["status"] == "partial"


def test_room_watching_other_bodies_and_code_signed_with_police(web: Heldback409Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    watch = _html(web, host, "/info/20135/community_safety/312/whose_cameras_we_watch")
    assert watch.count("<tr><td>") == 7 and "Queen Elizabeth Hospital" in watch
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, _path(doc["url"]))
    assert "Signed for and on behalf of Norfolk Constabulary" in text and "single point of contact" in text
    assert {e["url"] for e in d["5.3"]["evidence"]} == {doc["url"]}
    cctv = "/info/20135/community_safety/311/cctv"
    assert 'alt="Surveillance Camera Commissioner certification mark - full certification (step 2)' in _html(
        web, host, cctv
    )
    assert "step 2" not in _main(web, host, cctv) and d["5.2"]["mark_displayed"]


def test_one_privacy_notice_per_system_spoc_on_one_and_partner_certificate(web: Heldback409Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    pv = "/about-council/information-and-data/privacy"
    notices = [u for u in _links(web, host, pv) if urlsplit(u).path.startswith(f"{pv}/") and "privacy-notice" in u]
    assert len(set(notices)) == 4
    with_spoc = {_path(u) for u in set(notices) if "single point of contact" in _main(web, host, _path(u))}
    assert with_spoc == {f"{pv}/body-worn-camera-privacy-notice"}
    tc = _main(web, host, f"{pv}/camberley-town-centre-cctv-privacy-notice")
    assert "Runnymede's control room holds full step 2 certification" in tc
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"
    anpr = f"http://{host}{pv}/car-park-anpr-privacy-notice"
    assert anpr not in d["5.1"]["pages"]


def test_room_also_watches_police_cameras_signed_protocol(web: Heldback409Web, truth: dict) -> None:
    host = "www.chichester.gov.uk"
    main = _main(web, host, "/cctv")
    assert "Sussex Police's own cameras" in main and "Safer Parking Award" in main
    assert "Data Protection Act 1998" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Sussex"
    text = _text(web, host, _path(doc["url"]))
    assert "Signed for and on behalf of Chichester District Council" in text
    assert "Signed for and on behalf of Sussex Police" in text
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["spoc"]["email"].startswith("community@")


def test_one_fact_on_a_park_page(web: Heldback409Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [
        f"http://{host}/info/10043/parks_and_open_spaces/621/hollycroft_park"
    ]
    assert "28 high definition cameras" in _main(web, host, "/news/28-cameras-town-centre")


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hertfordshire.gov.uk", "www.west-norfolk.gov.uk", "www.hinckley-bosworth.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert _auth(truth, "www.ne-derbyshire.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback409Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.ambervalley.gov.uk", "www.arun.gov.uk", "www.ne-derbyshire.gov.uk"})
    for host, dem in (
        ("www.ambervalley.gov.uk", "democracy.ambervalley.gov.uk"),
        ("www.arun.gov.uk", "democracy.arun.gov.uk"),
    ):
        assert web.sites[host].democracy == dem
        assert any(urlsplit(u).hostname == dem for u in _linking_targets(web, host))
    assert "data controller" in _main(web, "www.ne-derbyshire.gov.uk", "/housing/estate-safety")
    assert '<main id="main">' not in _html(web, "www.ambervalley.gov.uk", "/")


def test_every_page_and_document_is_reachable_by_links(web: Heldback409Web) -> None:
    for host, site in web.sites.items():
        reached = _linking_targets(web, host)
        assert {site.url(p, h) for (h, p) in list(site.pages) + list(site.docs)} <= reached, host


def _linking_targets(web: Heldback409Web, host: str) -> set[str]:
    from fixtures.heldback.truth import link_graph

    return set(link_graph(web, web.sites[host]))
