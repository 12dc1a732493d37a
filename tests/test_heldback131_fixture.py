"""The hundred-and-thirty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a record of processing activities table holding the
retention and an agreement mention; a step 2 claim only inside a linked certificate PDF beside live traffic camera
stills and a code signed by its approver only; a Welsh-first ASP.NET site whose bilingual policy PDF, Welsh then
English, holds the signed police protocol; an equality impact assessment that is not a DPIA; a Joomla site whose SPOC
mailbox is written only by a cloaking script, with a step 1 claim in a module and the signed agreement as a download
named only by Content-Disposition; incident figures only in an infographic's alt text and a policy PDF that robots.txt
forbids; a draft and a signed agreement side by side; joint data controllers on a legacy site without search; an
agreement mentioned only in Executive papers on a meetings host; a step two claim only in an auditor's quotation;
one-fact councils on a pier, a charging and a garages page; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

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

from fixtures.heldback131.truth import TRUTH_PATH
from fixtures.heldback131.web import Heldback131Web


@pytest.fixture(scope="module")
def web() -> Heldback131Web:
    return Heldback131Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback131Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 131)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_record_of_processing_activities_holds_retention_and_agreement_mention(
    web: Heldback131Web, truth: dict
) -> None:
    host = "www.lbbd.gov.uk"
    tr = "/council-and-democracy/transparency-and-information-requests"
    ropa = f"{tr}/record-of-processing-activities"
    html = _html(web, host, ropa)
    assert "<caption>Summary of the record of processing activities" in html
    row = html.split("<td>Public space CCTV</td>", 1)[1].split("</tr>", 1)[0]
    assert "information sharing agreement" in row and "30 days from recording" in row
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {e["url"] for e in d["5.5"]["evidence"]} == {f"http://{host}{ropa}"}
    assert d["5.1"]["criteria"]["retention"] and d["5.1"]["criteria"]["police_agreement"]
    assert "information sharing agreement" not in _main(web, host, "/community-safety/public-space-cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")
    assert "penalty charge notice" in _main(web, host, "/parking/camera-enforcement")


def test_step_2_only_in_certificate_pdf_beside_traffic_camera_stills(web: Heldback131Web, truth: dict) -> None:
    host = "www.plymouth.gov.uk"
    centre = "/parking-and-travel/cctv-and-traffic-control-centre"
    cert = "/sites/default/files/2019-07/SCC_certificate_Plymouth.pdf"
    main = _main(web, host, centre).lower()
    assert "step 2" not in main and "certification" not in main
    assert f"http://{host}{cert}" in _links(web, host, centre)
    assert _render(web, f"http://{host}{cert}").header("Content-Type") == "application/pdf"
    assert "full certification (step 2)" in _text(web, host, cert)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2019-06-14"
    traffic = _html(web, host, "/parking-and-travel/live-traffic-cameras")
    assert traffic.count('alt="Traffic camera: ') == 6
    code = _text(web, host, "/sites/default/files/2023-04/CCTV_code_of_practice_2023-24.pdf")
    assert "Signed: A. Trelawney (Approver)" in code and "information sharing agreement" in code
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_welsh_first_aspx_site_with_bilingual_policy_and_signed_protocol(web: Heldback131Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and 'id="__VIEWSTATE"' in home
    assert {f"http://{host}/cy", f"http://{host}/en"} <= set(_links(web, host, "/"))
    policy = "/en/Council/Documents---Council/Strategies-and-policies/Polisi-TCC-CCTV-Policy.pdf"
    text = _text(web, host, policy)
    welsh, english = "Cedwir recordiadau am 31 diwrnod", "Recordings are kept for 31 days"
    assert text.index(welsh) < text.index(english)
    assert "Signed on behalf of North Wales Police" in text and "Signed on behalf of Gwynedd Council" in text
    assert "TCC" in _main(web, host, "/cy/Trigolion/Diogelwch-cymunedol/TCC.aspx")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "North Wales"
    assert f"http://{host}/cy/Trigolion/Diogelwch-cymunedol/TCC.aspx" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "tcc@gwynedd.example.gov.uk"


def test_equality_impact_assessment_is_not_a_dpia(web: Heldback131Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    eqia = "/downloads/file/2214/equality_impact_assessment_cctv_in_parks"
    assert _no_extension(eqia)
    r = _render(web, f"http://{host}{eqia}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Equality Impact Assessment" in _text(web, host, eqia)
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["dpia"] and d["5.1"]["status"] == "met"
    assert d["5.5"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_joomla_cloaked_mailbox_module_claim_and_download(web: Heldback131Web, truth: dict) -> None:
    host = "www.bolsover.gov.uk"
    page = "/index.php/community-and-living/community-safety/cctv"
    html = _html(web, host, page)
    assert 'content="Joomla! - Open Source Content Management"' in html
    assert 'id="cloak5f9c2e"' in html and "mailto:" not in html
    assert "cctv@bolsover.example.gov.uk" not in html and "cctv@bolsover.example.gov.uk" not in _text(web, host, page)
    assert "Telephone 01246 593 118" in _text(web, host, page)
    module = html.split('<aside class="moduletable did-you-know">', 1)[1].split("</aside>", 1)[0]
    assert "step 1 (desktop) certification" in module
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] is None
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Derbyshire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert 'filename="CCTV-ISA-Derbyshire-Constabulary-signed.pdf"' in (r.header("Content-Disposition") or "")


def test_infographic_alt_text_and_policy_forbidden_by_robots(web: Heldback131Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    page = "/pages/cctv"
    html = _html(web, host, page)
    assert 'alt="CCTV in numbers, 2023 to 2024: operators now log around 300 incidents a month' in html
    assert "300 incidents" not in _main(web, host, page)
    policy = f"http://{host}/files/documents/cctv_policy_2024/CCTV_Policy_2024.pdf"
    assert policy in _links(web, host, page)
    robots = RobotFileParser()
    robots.parse(web.sites[host].robots_txt().splitlines())
    assert not robots.can_fetch("cctv-audit", policy) and robots.can_fetch("cctv-audit", f"http://{host}{page}")
    assert "single point of contact" in _text(web, host, urlsplit(policy).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and not d["5.1"]["criteria"]["responsible_officer"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"
    assert policy not in {e["url"] for x in d.values() for e in x["evidence"]}


def test_draft_and_signed_agreements_side_by_side(web: Heldback131Web, truth: dict) -> None:
    host = "www.newcastle-staffs.gov.uk"
    page = f"http://{host}/community-safety/cctv"
    d = _auth(truth, host)["deliverables"]
    docs = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and sorted((x["signed"], x["draft"]) for x in docs) == [
        (False, True),
        (True, False),
    ]
    for x in docs:
        assert _linking(web, host, x["url"]) == {page}
    draft = next(x for x in docs if x["draft"])
    assert (_render(web, draft["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(draft["url"]).path)
    assert d["5.2"]["status"] == "not_met" and "CCTV User Group" in _main(web, host, "/community-safety/cctv")
    assert d["5.3"]["status"] == "met"


def test_joint_controllers_on_a_legacy_site_without_search(web: Heldback131Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    site = web.sites[host]
    assert site.search is None and site.sitemap and site.az
    page = "/residents/community-and-safety/cctv"
    html = _html(web, host, page)
    assert '<main id="main">' not in html and "<table" in html
    assert "joint data controllers" in _text(web, host, page)
    assert f"http://{host}{page}" in _render(web, f"http://{host}/sitemap.xml").body.decode()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "not_met"


def test_agreement_mentioned_only_in_executive_papers(web: Heldback131Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    dem = "meetings.westoxon.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.5"]["evidence"]
    assert d["5.5"]["status"] == "partial" and urlsplit(ev["url"]).hostname == dem
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert "agreement" not in _main(web, host, "/crime-and-community-safety/town-centre-cameras")
    assert "Thames Valley Police" in _main(web, host, "/crime-and-community-safety/town-centre-cameras")


def test_step_two_claim_only_in_an_auditors_quotation(web: Heldback131Web, truth: dict) -> None:
    host = "www.eastsuffolk.gov.uk"
    html = _html(web, host, "/community/community-safety/cctv")
    quote = html.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    assert "full certification (step two)" in quote
    assert "certification" not in html.replace(quote, "").split('<main id="main">', 1)[1].lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-10"
    assert (
        "service agreement" in _main(web, host, "/community/community-safety/cctv") and d["5.5"]["status"] == "not_met"
    )


def test_one_fact_councils(web: Heldback131Web, truth: dict) -> None:
    for host, path in (
        ("www.sefton.gov.uk", "/tourism-and-the-coast/southport-pier"),
        ("www.westoxon.gov.uk", "/parking-roads-and-travel/electric-vehicle-charging"),
        ("www.midsuffolk.gov.uk", "/housing/garages-to-rent"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_look_alikes(web: Heldback131Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.worcestershire.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.scambs.gov.uk"}
    )
    assert "does not own or run public space CCTV" in _main(
        web, "www.worcestershire.gov.uk", "/community-and-living/cctv-in-worcestershire"
    )
    assert "not part of Broadland District Council" in _main(
        web, "www.southnorfolkandbroadland.gov.uk", "/housing/housing-associations"
    )
    assert "does not own or operate any public space CCTV" in _main(
        web, "www.scambs.gov.uk", "/your-council/your-questions-answered"
    )


def test_search_robots_and_sitemaps(web: Heldback131Web, truth: dict) -> None:
    forbid = {a["heldback"]["host"] for a in truth["authorities"] if a["heldback"]["robots_forbid_search"]}
    assert forbid == {"www.scambs.gov.uk"}
    assert {h for h, s in web.sites.items() if s.search is None} == {
        "www.southnorfolkandbroadland.gov.uk",
        "www.n-kesteven.gov.uk",
    }
    for host, s in web.sites.items():
        if s.sitemap:
            assert _render(web, f"http://{host}/sitemap.xml").status == 200, host
    assert len({s.chrome for s in web.sites.values()}) >= 9
