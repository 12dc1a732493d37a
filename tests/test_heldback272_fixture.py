"""The 272nd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the shared-service structures the set is built from are really served: a code of practice that is one long HTML
page holding the SPOC clause and a signed certificate of agreement; one page for a control room two councils share,
each council's facts under its own heading, with a step 2 certificate for one council's system only; a joint code
with one certificate schedule per council, the host's signed and the partner's blank; twin shared-services pages
for two councils on one site, the partner's carrying a SPOC; a joint page whose councils' facts are folded in
<details> widgets; a three-party agreement signed by the council and the police but not by the partner council; a
control room inside a police station whose signed accommodation licence excludes images; a step 2 claim only in the
text of a link to a certificate image; a partnership member whose police agreement is only mentioned in joint
committee minutes; a disclosure made only of per-system privacy notices; a council tax table's one fact; robots.txt
forbidding the search; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback272.truth import TRUTH_PATH
from fixtures.heldback272.web import Heldback272Web


@pytest.fixture(scope="module")
def web() -> Heldback272Web:
    return Heldback272Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback272Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 272)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_code_of_practice_as_one_html_page_with_spoc_and_signed_certificate(web: Heldback272Web, truth: dict) -> None:
    host = "www.redbridge.gov.uk"
    code = "/crime-and-public-safety/cctv/cctv-code-of-practice/"
    r = _render(web, f"http://{host}{code}")
    assert r.status == 200 and "html" in (r.header("Content-Type") or "")
    main = _main(web, host, code)
    assert "Certificate of agreement" in main and "single point of contact" in main
    assert "Signed for the Metropolitan Police Service" in main and "Signed for the London Borough of Redbridge" in main
    assert f"http://{host}{code}" in _links(web, host, "/crime-and-public-safety/cctv/")
    assert not any(d.kind == "pdf" for d in web.sites[host].docs.values())
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {code}


def test_one_page_for_a_shared_room_told_apart_by_council(web: Heldback272Web, truth: dict) -> None:
    host = "www.peterborough.gov.uk"
    pg = "/residents/community-safety/cctv"
    html = _html(web, host, pg)
    assert (
        "<h2>Peterborough City Council's cameras</h2>" in html and "<h2>Fenland District Council's cameras</h2>" in html
    )
    main = _main(web, host, pg)
    assert "kept for 28 days" in main and "not covered by the Peterborough certificate" in main
    assert "http://www.fenland.gov.uk/cctv" in _links(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    retention = web.sites[host].labels["5.1"]["crits"]["retention"][1]
    assert "Peterborough cameras are kept for 31 days" in retention and retention in main
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_joint_code_with_a_certificate_schedule_per_council(web: Heldback272Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    code = "/wp-content/uploads/2023/09/shared-cctv-code-of-practice.pdf"
    text = _text(web, host, code)
    a_part, b_part = text.split("Schedule B: Cambridge City Council")
    assert "Schedule A: Huntingdonshire District Council" in a_part and "12 September 2023" in a_part
    assert "20__" in b_part and "20__" not in a_part
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Cambridgeshire" and doc["url"] == f"http://{host}{code}"
    hawk = _html(web, host, "/streets-parking/cctv/hawk-eye-reports")
    assert '<th scope="col">Huntingdonshire</th><th scope="col">Cambridge City</th>' in hawk
    assert d["5.1"]["criteria"]["statistics"] and d["5.3"]["status"] == "partial"
    dem = "democracy.huntingdonshire.gov.uk"
    assert dem in web.sites[host].hosts()
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])


def test_twin_shared_services_pages_with_the_partners_spoc(web: Heldback272Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    ch, sr = "/shared-services/cctv-chorley", "/shared-services/cctv-south-ribble"
    assert _main(web, host, ch).startswith("CCTV: ChorleyThis page is about Chorley Council's cameras.")
    assert "This page is about South Ribble Borough Council's cameras." in _main(web, host, sr)
    assert "single point of contact" in _main(web, host, sr) and "single point of contact" not in _main(web, host, ch)
    assert "service level agreement between the two councils" in _main(web, host, ch)
    d = _auth(truth, host)["deliverables"]
    assert not any(urlsplit(u).path == sr for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "not_met"


def test_joint_page_folded_per_council_and_robots_forbid_search(web: Heldback272Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert "<details><summary>Malvern Hills District Council</summary>" in html
    assert "<details><summary>Wychavon District Council</summary>" in html
    wychavon = html.split("<summary>Wychavon District Council</summary>", 1)[1].split("</details>", 1)[0]
    assert "single point of contact" in wychavon and html.count("single point of contact") == 1
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "Community Safety Team"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert "Malvern Hills District Council and Wychavon District Council" in _main(
        web, host, "/privacy-policy/cctv-and-body-worn-cameras"
    )


def test_three_party_agreement_unsigned_by_the_partner_and_step_1_only_in_pdf(web: Heldback272Web, truth: dict) -> None:
    host = "www.guildford.gov.uk"
    isa = "/media/4411/isa-surrey-police-guildford-waverley.pdf"
    text = _text(web, host, isa)
    assert "Signed for Waverley Borough Council: awaiting signature" in text
    assert "Signed for Surrey Police" in text and "Signed for Guildford Borough Council" in text
    assert "step 1" not in _main(web, host, "/community/cctv").lower()
    assert "step 1 (desktop)" in _text(web, host, "/media/4410/cctv-code-of-practice-2024.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-02"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Surrey"
    assert d["5.3"]["status"] == "met"


def test_signed_accommodation_licence_is_not_a_camera_agreement(web: Heldback272Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    lic = "/sites/default/files/2024-03/control-room-accommodation-licence.pdf"
    text = _text(web, host, lic)
    assert "Signed for the Police and Crime Commissioner for Lincolnshire" in text and "accommodation only" in text
    assert f"http://{host}{lic}" in _links(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "award-winning" in _main(web, host, "/community-safety/cctv") and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]


def test_step_2_only_in_the_text_of_a_link_to_the_certificate_image(web: Heldback272Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    pg = "/community-safety/cctv"
    img = f"http://{host}/images/ribble-valley-cctv-certificate-2021.png"
    assert img in _links(web, host, pg) and "<img" not in _html(web, host, pg)
    assert _render(web, img).header("Content-Type") == "image/png"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "Longridge Town Council" in _main(web, host, pg)


def test_police_agreement_only_mentioned_in_joint_committee_minutes(web: Heldback272Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    dem = "democracy.hertsmere.gov.uk"
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    (ev,) = d["5.5"]["evidence"]
    assert ev["url"] == f"http://{dem}/mgAi.aspx?ID=70413"
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.1"]["status"] == "partial" and [k for k, v in d["5.1"]["criteria"].items() if v] == ["retention"]
    assert d["5.1"]["pages"] == [f"http://{host}/privacy/service-privacy-notices/visiting-the-civic-offices"]
    assert f"http://{dem}/mgCommitteeDetails.aspx?ID=523" in _links(web, host, "/your-council/partnerships")
    assert "Hertsmere: 3,982 incidents" in _text(web, dem, "/documents/s41877/annual-operations-report-2023-24.pdf")


def test_disclosure_made_only_of_per_system_privacy_notices(web: Heldback272Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    links = _links(web, host, "/privacy/service-notices")
    assert len([u for u in links if urlsplit(u).path.startswith("/privacy/")]) >= 8
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met"
    assert all(urlsplit(u).path.startswith("/privacy/") for u in d["5.1"]["pages"])
    assert "Community Safety (Great Yarmouth) Ltd" in _main(web, host, "/privacy/cctv-public-space")
    assert "dpo@" in _html(web, host, "/privacy/cctv-public-space") and d["5.3"]["status"] == "not_met"


def test_redeployable_table_and_robots_forbid_search(web: Heldback272Web, truth: dict) -> None:
    host = "www.rotherham.gov.uk"
    robots = RobotFileParser()
    robots.parse(web.sites[host].robots_txt().splitlines())
    assert not robots.can_fetch("cctv-audit", f"http://{host}/site/scripts/search_results.php?searchQuery=cctv")
    html = _html(web, host, "/community-safety-and-crime/cctv-and-ward-cameras/where-our-cameras-are")
    assert "<caption>Re-deployable camera deployments by ward</caption>" in html
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "partial"


def test_one_fact_in_a_council_tax_table(web: Heldback272Web, truth: dict) -> None:
    host = "www.cannockchasedc.gov.uk"
    html = _html(web, host, "/council-tax/where-your-money-goes")
    assert "<td>Running the district's 98 public space CCTV cameras</td>" in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/council-tax/where-your-money-goes"]


def test_legacy_site_with_a_partnership_document_without_extension(web: Heldback272Web) -> None:
    host = "www.rother.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/")
    doc = "/downloads/id/4412/hrcsp-strategic-assessment-2024"
    assert _no_extension(doc) and _linking(web, host, f"http://{host}{doc}") == {
        f"http://{host}/community/community-safety"
    }
    r = _render(web, f"http://{host}{doc}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "does not own a public space camera system" in _text(web, host, doc)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback272Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.gloucestershire.gov.uk", "www.powys.gov.uk", "www.rother.gov.uk"})
    host = "www.powys.gov.uk"
    twin = "/cy/newyddion/camerau-heddlu-mewn-17-tref"
    assert f"http://{host}{twin}" in _links(web, host, "/news/police-cameras-in-17-towns")
    assert '<html lang="cy">' in _html(web, host, twin)
