"""The three hundred and fifty-second held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh (none in the fifteen sets before) and of the brief's types; the labelling rules hold
with the intended tallies; and the structures the set is built from are really served (a table of who owns which
cameras with tenant management organisations, TfL and parking beside the council; a step 2 sentence with its date and
a police protocol only in the code PDF; a partners page telling the council's companies' and a charity's cameras from
the council's own and naming the SPOC, with a signed Word memorandum linked only from the privacy notice; a county that
signposts districts and lists its companies; a bilingual site with a signed agreement in Welsh and English and a SPOC
for secondary systems in the privacy notice; monitoring ended and new cameras only in news, a closed consultation and a
housing company being wound up; step 2 only in a 'standards we hold' table; an ALMO managing estate cameras as the
council's processor while a trust's hosted policy and a jointly owned company's vehicle cameras are not the council's;
a council car park's signs beside a shopping mall's own cameras; a grant from the Police and Crime Commissioner that is
no police agreement; one fact in a hidden tab on a council-owned shopping centre page beside a leisure company's hosted
notice; a lead authority of a shared service whose signed agreement is reached only from its management board
minutes; a leisure company whose own SPOC is not the council's; a legacy site with committee papers under /localgov on
its own host; a landlord brand whose CCTV policy holds the council's SPOC; robots.txt forbidding the search; councils
that publish nothing).
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
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback352.truth import TRUTH_PATH
from fixtures.heldback352.web import Heldback352Web


@pytest.fixture(scope="module")
def web() -> Heldback352Web:
    return Heldback352Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_briefs_types(web: Heldback352Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 352)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_owner_table_puts_other_bodies_beside_the_council(web: Heldback352Web, truth: dict) -> None:
    host = "www.southwark.gov.uk"
    hub = "/community-safety-and-enforcement/cctv"
    html = _html(web, host, hub)
    assert '<th scope="col">Owned and run by</th>' in html
    assert "The tenant management organisation" in html and "Transport for London" in html
    tmo = f"http://{host}/housing/tenant-management-organisations"
    assert tmo in _links(web, host, hub)
    a = _auth(truth, host)
    assert tmo not in evidence_urls(a)
    d = a["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Metropolitan Police Service" in _main(web, host, f"{hub}/requesting-footage")
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_dated_step_2_sentence_and_protocol_only_in_code(web: Heldback352Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    art = "/article/3168/CCTV-and-security"
    main = _main(web, host, art)
    assert "27 February 2017" in main and "full certification" in main and "protocol" not in main
    assert "<img" not in _html(web, host, art)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-02-27" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.5"]["evidence"]
    assert ev["url"].endswith(".pdf") and "written protocol" in _text(web, host, urlsplit(ev["url"]).path)
    assert "Merseytravel" in main and not any("bus" in u for u in evidence_urls(_auth(truth, host)))


def test_partners_page_tells_company_cameras_apart_and_memorandum_from_notice(web: Heldback352Web, truth: dict) -> None:
    host = "www.northyorks.gov.uk"
    land = "/environment-and-neighbourhoods/cctv-public-spaces-north-yorkshire"
    partners = f"{land}/cameras-run-by-our-companies-and-partners"
    html = _html(web, host, partners)
    assert html.count('class="card card--partner"') == 5
    for body in ("Brimhams Active", "Everyone Active", "Yorwaste", "Ryedale Cameras in Action"):
        assert body in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {partners}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Yorkshire" and doc["url"].endswith(".docx")
    pn = f"http://{host}/your-council/transparency-freedom-information-and-data-protection/privacy-notices/cctv-privacy-notice"
    assert _linking(web, host, doc["url"]) == {pn}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert (
        "Signed for and on behalf of North Yorkshire Council" in text and "on behalf of North Yorkshire Police" in text
    )


def test_county_signposts_districts_and_lists_companies(web: Heldback352Web, truth: dict) -> None:
    host = "www.warwickshire.gov.uk"
    assert "Warwickshire Property and Development Group Ltd" in _main(web, host, "/about-the-council/our-companies")
    assert "https://www.warwickdc.gov.uk/cctv" in _links(web, host, "/community-safety")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_bilingual_agreement_and_spoc_for_secondary_systems(web: Heldback352Web, truth: dict) -> None:
    host = "www.conwy.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    a = _auth(truth, host)
    d = a["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "North Wales"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Llofnodwyd ar ran Heddlu Gogledd Cymru" in text and "Signed on behalf of North Wales Police" in text
    cy = f"http://{host}/cy/Preswylydd/Troseddu-ac-argyfyngau/Troseddu/TCC"
    assert cy in _linking(web, host, doc["url"]) and cy in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, urlsplit(cy).path)
    pn = "/en/Council/Access-to-Information/Privacy-Notices/CCTV-Public-Space-Privacy-Notice"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pn}
    assert "Venue Cymru" in _main(web, host, pn)


def test_nothing_but_news_closed_consultation_and_housing_company(web: Heldback352Web, truth: dict) -> None:
    host = "www.hastings.gov.uk"
    assert "closed" in _main(web, host, "/consultations/closed/bottle-alley-cctv")
    assert "Twenty static cameras" in _main(web, host, "/news/2025/cameras-installed-in-bottle-alley")
    assert "wind the company up" in _main(web, host, "/housing/hastings-housing-company")
    assert not evidence_urls(_auth(truth, host))


def test_step_2_only_in_standards_table(web: Heldback352Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    main = "/more/community-safety/cctv-in-west-lancashire.aspx"
    reps = "/more/community-safety/cctv-in-west-lancashire/cctv-annual-reports.aspx"
    assert "step 2" not in _main(web, host, main).lower() and "<img" not in _html(web, host, main)
    assert "<td>Step 2 (full certification, five years)</td>" in _html(web, host, reps)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-05"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {reps}
    assert d["5.5"]["status"] == "not_met" and "contracted security company" in _main(web, host, main)


def test_almo_as_processor_counts_trust_and_ubico_do_not(web: Heldback352Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    part7 = "/info/81/how_we_use_your_data/1374/housing_privacy_data/7"
    assert "as its processor" in _main(web, host, part7)
    a = _auth(truth, host)
    assert f"http://{host}{part7}" in a["deliverables"]["5.1"]["pages"]
    tpol = f"http://{host}/downloads/file/5521/the_cheltenham_trust_cctv_policy"
    r = _render(web, tpol)
    assert _no_extension(tpol) and "filename=" in (r.header("Content-Disposition") or "")
    assert "data controller" in _text(web, host, urlsplit(tpol).path)
    for other in (
        tpol,
        f"http://{host}/bins-and-recycling/ubico",
        f"http://{host}/info/30/leisure_and_culture/300/the_cheltenham_trust",
    ):
        assert other not in evidence_urls(a)
    assert '<aside class="related">' in _html(web, host, "/info/20/community_safety/215/public_realm_cctv")


def test_council_car_park_signs_beside_the_malls_cameras_and_pcc_grant(web: Heldback352Web, truth: dict) -> None:
    host = "www.eastleigh.gov.uk"
    d = _auth(truth, host)["deliverables"]
    swan = "/parking/car-parks/swan-centre-car-park"
    assert urlsplit(next(e["url"] for e in d["5.1"]["evidence"] if "Signs" in e["quote"])).path == swan
    assert "centre management office" in _main(web, host, swan)
    assert "Police and Crime Commissioner" in _main(web, host, "/our-community/community-safety/cctv")
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert "Park Mark" in _main(web, host, "/parking/car-parks")


def test_one_fact_in_hidden_tab_beside_leisure_company_notice(web: Heldback352Web, truth: dict) -> None:
    host = "www.chorley.gov.uk"
    html = _html(web, host, "/business/market-walk")
    assert 'role="tabpanel" id="tabpanel-2" aria-labelledby="tab-2" hidden>' in html
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}/business/market-walk"]
    assert "data controller" in _main(web, host, "/leisure/chorley-leisure-limited/cctv-privacy-notice")
    assert "CCTV" in _main(web, "democracy.chorley.gov.uk", "/mgAi.aspx?ID=104455")


def test_lead_authority_agreement_only_from_board_minutes(web: Heldback352Web, truth: dict) -> None:
    host = "www.huntingdonshire.gov.uk"
    gov = "/streets-parking/cctv/how-the-shared-service-is-run"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{gov}/management-board-minutes-9-november-2022"}
    assert "paying clients" in _main(web, host, "/streets-parking/cctv")
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {gov}
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".pdf") and "step 2" not in _main(web, host, "/streets-parking/cctv/hawk-eye-reports")


def test_leisure_company_spoc_is_not_the_councils(web: Heldback352Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    assert "single point of contact for CCTV at its centres" in _main(web, host, "/leisure/leisuresk")
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert f"http://{host}/leisure/leisuresk" not in evidence_urls(a)
    assert "won awards" in _main(web, host, "/community/community-safety/cctv") and d["5.2"]["status"] == "not_met"


def test_legacy_site_with_papers_under_localgov(web: Heldback352Web, truth: dict) -> None:
    host = "www.fenland.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    item = f"http://{host}/localgov/mgAi.aspx?ID=10426"
    assert _render(web, item).status == 200
    a = _auth(truth, host)
    assert item not in evidence_urls(a) and a["deliverables"]["5.1"]["status"] == "partial"


def test_landlord_brand_policy_holds_the_spoc(web: Heldback352Web, truth: dict) -> None:
    host = "crawley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert ev["url"].endswith("crawley-homes-cctv-policy.pdf")
    assert "single point of contact" not in _main(web, host, "/community/community-safety/public-space-cctv")
    assert _linking(web, host, ev["url"]) == {f"http://{host}/housing/crawley-homes/policies"}
    assert f"http://{host}/business/manor-royal" not in evidence_urls(_auth(truth, host))


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.warwickshire.gov.uk", "www.southkesteven.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback352Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.warwickshire.gov.uk", "www.hastings.gov.uk", "www.westdevon.gov.uk"})
