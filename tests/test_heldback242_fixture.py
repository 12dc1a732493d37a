"""The two hundred and forty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after
the detectors are frozen.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures the set is
built from are really served (a signed CCTV agreement only in a partnership's document list beside a case-review
agreement with the same force; a step 2 row in an accreditations table; a policy as an HTML page under 'About this
website' naming the SPOC; Welsh-first twins with bilingual headings, a Welsh step 1 sentence and a signed bilingual
memorandum with the Welsh text first; CCTV on page 2 of a paged guide with three agreements of which only the police
one is signed, a Word file without extension; a 'Link required' placeholder and a SPOC only in a consultation
notification PDF; another council's control centre, code off-site and certification; a published self-assessment
tool beside an on-page SPOC; a privacy notice with a drafting note; a hub code with a blank certificate of agreement;
one-fact councils on a radio link page and a monument page of a shared website; councils that publish nothing).
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

from fixtures.heldback242.truth import TRUTH_PATH
from fixtures.heldback242.web import Heldback242Web


@pytest.fixture(scope="module")
def web() -> Heldback242Web:
    return Heldback242Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback242Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 242)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_cctv_agreement_only_in_partnership_documents_beside_a_case_review_agreement(
    web: Heldback242Web, truth: dict
) -> None:
    host = "lewisham.gov.uk"
    slp = f"http://{host}/myservices/community-safety/safer-lewisham-partnership"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {slp}
    asb = f"http://{host}/sites/default/files/2023-11/slp-isa-community-trigger.pdf"
    assert asb in _links(web, host, urlsplit(slp).path)
    assert "Signed on behalf of the Metropolitan Police Service" in _text(web, host, urlsplit(asb).path)
    assert all(e["url"] != asb for k in d for e in d[k]["evidence"])
    assert "information sharing" not in _main(web, host, "/myservices/community-safety/cctv").lower()
    assert '<th scope="col">Ward</th>' in _html(web, host, "/myservices/community-safety/cctv/camera-locations")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.")


def test_step_2_row_in_an_accreditations_table_and_facts_in_a_privacy_notice(web: Heldback242Web, truth: dict) -> None:
    host = "www.knowsley.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    html = _html(web, host, pg)
    assert (
        "<td>Step 2 full certification against the Surveillance Camera Code of Practice, awarded June 2021</td>" in html
    )
    assert "<td>BS 7958" in html and "NSI Gold" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "31 days" not in _main(web, host, pg)
    notice = "/privacy-notices/security-service-privacy-notice"
    assert "31 days" in _main(web, host, notice) and d["5.1"]["criteria"]["retention"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_policy_as_html_page_under_about_this_website(web: Heldback242Web, truth: dict) -> None:
    host = "www.brighton-hove.gov.uk"
    pol = "/about-website/brighton-hove-city-council-surveillance-camera-policy"
    home = _html(web, host, "/")
    services = home.split('<ul class="services">', 1)[1].split("</ul>", 1)[0]
    assert "/about-website" not in services and '<a href="/about-website">About this website</a>' in home
    main = _main(web, host, pol)
    assert "5. Roles and responsibilities" in main and "single point of contact for surveillance cameras" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pol}
    assert d["5.5"]["status"] == "partial" and "being updated" in d["5.5"]["evidence"][0]["quote"]
    assert d["5.1"]["pages"] == [f"http://{host}{pol}"]


def test_welsh_first_twins_bilingual_headings_and_memorandum(web: Heldback242Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    cy = "/cy/Preswylwyr/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng-TCC.aspx"
    en = "/en/Resident/Community-Safety/CCTV.aspx"
    assert '<html lang="cy">' in _html(web, host, cy) and '<html lang="en">' in _html(web, host, en)
    assert '<h2><span lang="cy">Cadw recordiadau</span> / <span lang="en">Keeping recordings</span></h2>' in _html(
        web, host, en
    )
    assert "cwblhaodd y system gam un" in _main(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [cy, en]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.index("Llofnodwyd ar ran Heddlu Gogledd Cymru") < text.index("Signed on behalf of North Wales Police")
    assert doc["signed"] and doc["force"] == "North Wales"


def test_paged_guide_three_agreements_and_step_2_only_in_the_code(web: Heldback242Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    g = "/safety-emergencies/public-safety-emergencies"
    assert f"http://{host}{g}/2" in _links(web, host, g)
    assert "step 2" not in _main(web, host, f"{g}/2").lower()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and _linking(web, host, doc["url"]) == {f"http://{host}{g}/3"}
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    others = [u for u in _links(web, host, f"{g}/3") if "/downloads/file/" in u and u != doc["url"]]
    assert len(others) == 2 and not any("Police" in _text(web, host, urlsplit(u).path) for u in others)
    assert d["5.2"]["status"] == "met" and urlsplit(d["5.2"]["evidence"][0]["url"]).path.endswith(".pdf")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_link_required_placeholder_and_spoc_only_in_a_notification_pdf(web: Heldback242Web, truth: dict) -> None:
    host = "www.rushcliffe.gov.uk"
    pg = "/environmental-health/community-safety/cctv-surveillance-systems/"
    main = _main(web, host, pg)
    assert "policy document Link required." in main and "single point of contact" not in main
    assert "information processing agreement with Newark and Sherwood" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and all(
        e["url"].endswith("notification-document.pdf") for e in d["5.3"]["evidence"]
    )
    assert d["5.5"]["status"] == "not_met"


def test_partner_control_centre_code_off_site_and_partner_certification(web: Heldback242Web, truth: dict) -> None:
    host = "www.rushmoor.gov.uk"
    pg = "/community-parks-and-leisure/community-safety/cctv/"
    links = _links(web, host, pg)
    assert any(urlsplit(u).hostname == "www.runnymede.gov.uk" for u in links)
    assert "Safer Runnymede control centre holds full certification" in _main(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["policy"]


def test_published_self_assessment_is_not_certification_and_spoc_callout(web: Heldback242Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    pg = "/residents/community-safety/cctv"
    html = _html(web, host, pg)
    assert '<div class="callout"><h2>Single point of contact</h2>' in html
    sat = next(u for u in _links(web, host, pg) if u.endswith(".docx"))
    assert "Principle 3" in _text(web, host, urlsplit(sat).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"] and d["5.3"]["status"] == "met"
    assert "democracy.tunbridgewells.gov.uk" in web.sites[host].hosts()


def test_privacy_notice_only_with_a_drafting_note(web: Heldback242Web, truth: dict) -> None:
    host = "www.waverley.gov.uk"
    pn = "/info/200364/freedom_of_information_and_data_protection/2142/privacy_notice_for_cctv"
    assert "(Add body worn cameras to this paragraph once they have been bought.)" in _main(web, host, pn)
    a = _auth(truth, host)
    assert {urlsplit(u).path for u in a["deliverables"]["5.1"]["pages"]} == {pn}
    assert a["deliverables"]["5.3"]["status"] == "not_met" and a["heldback"]["robots_forbid_search"]


def test_hub_code_with_blank_certificate_of_agreement(web: Heldback242Web, truth: dict) -> None:
    host = "www.hyndburnbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "[insert address]" in text and "20__" in text and "Blackburn with Darwen" in text


def test_one_fact_councils(truth: dict) -> None:
    for host, path in (
        ("www.rochford.gov.uk", "/business/rayleigh-town-centre-radio-link"),
        ("www.adur-worthing.gov.uk", "/heritage/shoreham-fort"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_shared_website_partner_page_is_not_the_councils(web: Heldback242Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    assert "Worthing Borough Council owns 16 cameras" in _main(web, host, "/community-safety/cctv-in-worthing")
    assert not any("worthing" in u.rsplit("/", 1)[-1] for u in _auth(truth, host)["deliverables"]["5.1"]["pages"])


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback242Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.cambridgeshire.gov.uk", "www.north-norfolk.gov.uk", "www.folkestone-hythe.gov.uk"}
    )
    assert "Swale Borough Council" in _main(web, "www.folkestone-hythe.gov.uk", "/community-safety/cctv-in-folkestone")
    assert "modgov.north-norfolk.gov.uk" in web.sites["www.north-norfolk.gov.uk"].hosts()
