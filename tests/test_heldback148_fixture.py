"""The hundred-and-forty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh real register rows; the labelling rules hold with the intended tallies; and the
structures the set is built from are really served (a step-by-step footage navigator whose steps are not certification;
estate camera facts and an ISA mention only in a tenancy handbook PDF served without extension; a step 2 claim only in a
figcaption; a SPOC only on sign artwork; a signed Word agreement beside a non-camera ISA; a SPOC for all systems on a
data protection page beside a Cabinet member's CCTV portfolio; a Welsh-first site whose signed protocol is only in
Welsh; camera places only as drop-down options and retention only in form hint text; an agreement executed under the
common seal and filed only in the register of sealed documents; one fact on a Wi-Fi page and in a CIL table; a 12
guiding principles table with the certificate PDF; a SPOC written only as an abbreviation; a step 2 claim only in the
alt text of a mark inside a picture element; a service standards page holding the SPOC and a signed MoU; councils that
publish nothing but carry look-alikes; robots, sitemaps, missing A to Z and search, democracy hosts)."""

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

from fixtures.heldback148.truth import TRUTH_PATH
from fixtures.heldback148.web import Heldback148Web


@pytest.fixture(scope="module")
def web() -> Heldback148Web:
    return Heldback148Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(evidence: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in evidence
    }


def test_real_fresh_councils(web: Heldback148Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 148)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 3, "not_met": 8}), tally


def test_step_navigator_is_not_certification_and_handbook_holds_estate_facts(web: Heldback148Web, truth: dict) -> None:
    host = "www.hounslow.gov.uk"
    req = "/info/20060/crime_and_community_safety/1191/request_cctv_footage"
    step2 = _html(web, host, f"{req}/2")
    assert '<nav class="step-by-step"' in step2 and "Step 2 of 4" in step2
    assert {f"http://{host}{req}/{i}" for i in range(1, 5)} <= set(_links(web, host, f"{req}/2"))
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    hb = "/downloads/file/3088/tenancy_handbook"
    r = _render(web, f"http://{host}{hb}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _no_extension(hb) and _linking(web, host, f"http://{host}{hb}") == {
        f"http://{host}/info/20111/council_housing/1502/your_tenancy_handbook"
    }
    cctv = _main(web, host, "/info/20060/crime_and_community_safety/1190/cctv_in_hounslow")
    assert "Metropolitan Police" not in cctv and "600" not in cctv and "600 cameras" in _text(web, host, hb)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]["evidence"]) == {hb}
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.1"]["criteria"]["signage"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvhub@")


def test_figcaption_claim_sign_artwork_spoc_and_word_agreement(web: Heldback148Web, truth: dict) -> None:
    host = "www.wolverhampton.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    caption = html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert "step 2" in caption and html.count("step 2") == 1 and 'class="stat-cards"' in html
    assert "Single Point of Contact" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020-10"
    sign = "/sites/default/files/2024-06/cctv-sign-artwork-a3.pdf"
    assert "Single Point of Contact" in _text(web, host, sign) and _paths(d["5.3"]["evidence"]) == {sign}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands" and doc["url"].endswith(".docx")
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    swp = f"http://{host}/community-safety/safer-wolverhampton-partnership"
    assert _linking(web, host, doc["url"]) == {swp}
    isa = f"http://{host}/sites/default/files/2022-04/swp-information-sharing-agreement.pdf"
    assert isa in _links(web, host, "/community-safety/safer-wolverhampton-partnership")
    assert "West Midlands Police" in _text(web, host, urlsplit(isa).path) and isa != doc["url"]


def test_spoc_on_data_protection_page_and_cabinet_portfolio_near_miss(web: Heldback148Web, truth: dict) -> None:
    host = "www.northumberland.gov.uk"
    site = web.sites[host]
    assert not site.az and all(
        urlsplit(e["url"]).path.endswith(".aspx")
        for d in _auth(truth, host)["deliverables"].values()
        for e in d["evidence"]
    )
    cab = "/Your-Council/Councillors/Cabinet/Cabinet-member-for-community-services.aspx"
    assert "including CCTV" in _main(web, host, cab) and "mailto:" in _html(web, host, cab)
    d = _auth(truth, host)["deliverables"]
    sysp = "/Your-Council/Data-protection/Surveillance-camera-systems.aspx"
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {sysp}
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert f"http://{host}{cab}" not in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    towns = _main(web, host, "/Community/Safety/Town-and-parish-council-CCTV.aspx")
    assert (
        "Alnwick Town Council" in towns
        and f"http://{host}/Community/Safety/Town-and-parish-council-CCTV.aspx" not in (d["5.1"]["pages"])
    )


def test_welsh_first_site_and_welsh_only_signed_protocol(web: Heldback148Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and home.index("Croeso") < home.index("Welcome")
    assert home.index('href="/cy"') < home.index('href="/en"')
    cy = "/cy/fy-nghyngor/gwasanaethau-cwsmeriaid/teledu-cylch-cyfyng-a-gwasanaeth-y-tu-allan-i-oriau"
    en = "/en/my-council/customer-services/cctv-and-after-hours-customer-service"
    assert f"http://{host}{en}" in _links(web, host, cy) and f"http://{host}{cy}" in _links(web, host, en)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cy}", f"http://{host}{en}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Llofnodwyd ar ran Heddlu De Cymru" in text and "Signed" not in text
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and cy in _paths(d["5.2"]["evidence"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_camera_places_only_as_options_and_retention_only_in_hint(web: Heldback148Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    form = _html(web, host, "/forms/request_cctv_footage")
    assert '<option value="4">Ashby de la Zouch - Market Street</option>' in form
    hint = form.split('id="when-hint">', 1)[1].split("</div>", 1)[0]
    assert "31 days" in hint and form.count("31 days") == 1
    page = _main(web, host, "/pages/cctv")
    assert "Market Street" not in page and "31 days" not in page
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and d["5.1"]["criteria"]["retention"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "not_met"


def test_agreement_under_common_seal_only_in_register_of_sealed_documents(web: Heldback148Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    dem = "meetings.westoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    reg = f"http://{host}/council-and-democracy/open-data-and-transparency/register-of-sealed-documents"
    assert doc["signed"] and doc["force"] == "Thames Valley" and _linking(web, host, doc["url"]) == {reg}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Common Seal" in text and "Signed for and on behalf of West Oxfordshire" not in text
    assert f"http://{dem}/mgAi.aspx?ID=3974" in _links(web, host, "/community-and-living/community-safety/cctv")
    assert not any(dem in u for u in d["5.1"]["pages"]) and d["5.3"]["status"] == "not_met"
    assert "mailto:" not in _main(web, host, "/community-and-living/community-safety/cctv")


def test_twelve_principles_table_certificate_pdf_and_spoc_row(web: Heldback148Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    site = web.sites[host]
    assert site.sitemap and not site.az
    code = "/community-safety/cctv/surveillance-camera-code/"
    html = _html(web, host, code)
    assert html.count("<tr>") == 13 and "step 2" not in html.lower()
    d = _auth(truth, host)["deliverables"]
    cert = "/wp-content/uploads/2022/03/SODC-CCTV-certificate-of-compliance.pdf"
    assert _linking(web, host, f"http://{host}{cert}") == {f"http://{host}{code}"}
    assert d["5.2"]["level"] == "step2" and _paths(d["5.2"]["evidence"]) == {cert}
    assert _paths(d["5.3"]["evidence"]) == {code} and _paths(d["5.5"]["evidence"]) == {code}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_written_only_as_abbreviation_and_policy_without_extension(web: Heldback148Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    pg = "/services/community-safety/cctv"
    assert '<abbr title="single point of contact">SPOC</abbr>' in _html(web, host, pg)
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    policy = f"http://{host}/downloads/file/1871/cctv-policy-2024-2028"
    r = _render(web, policy)
    assert _no_extension(policy) and (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "") and policy in d["5.1"]["pages"]
    assert "moderngov.threerivers.gov.uk" in web.sites[host].hosts()


def test_step_2_only_in_alt_text_of_mark_inside_picture(web: Heldback148Web, truth: dict) -> None:
    host = "www.broxbourne.gov.uk"
    pg = "/resident-community-and-living/closed-circuit-television-cctv"
    html = _html(web, host, pg)
    assert '<picture><source srcset="/images/sccc-certification-mark.webp"' in html
    assert "step 2" not in _main(web, host, pg) and 'alt="Surveillance Camera Commissioner certification mark' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2018"
    assert "<ol>" in html and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_service_standards_page_holds_spoc_and_signed_mou(web: Heldback148Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    std = "/info/20092/community_safety/345/cctv_service_standards"
    assert '<th scope="col">Our commitment</th>' in _html(web, host, std)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk" and _linking(web, host, doc["url"]) == {f"http://{host}{std}"}
    assert _paths(d["5.3"]["evidence"]) == {std} and "single point of contact" not in _main(
        web, host, "/info/20092/community_safety/344/cctv"
    )


def test_one_fact_councils(web: Heldback148Web, truth: dict) -> None:
    for host, path in (
        ("www.n-kesteven.gov.uk", "/residents/town-centres/sleaford-free-wifi.php"),
        ("www.babergh.gov.uk", "/planning/community-infrastructure-levy/cil-expenditure"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(
        web, "www.n-kesteven.gov.uk", "/residents/town-centres/sleaford-free-wifi.php"
    )
    assert "Boston" in _html(web, "www.n-kesteven.gov.uk", "/news.php?id=3312")
    assert "<td>Sudbury and Hadleigh town centre CCTV</td>" in _html(
        web, "www.babergh.gov.uk", "/planning/community-infrastructure-levy/cil-expenditure"
    )


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback148Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.lancashire.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.blaby.gov.uk"}
    )
    assert "<option>Town centre CCTV</option>" in _html(web, "www.lancashire.gov.uk", "/council/who-does-what")
    assert "council.lancashire.gov.uk" in web.sites["www.lancashire.gov.uk"].hosts()
    broadland = web.sites["www.southnorfolkandbroadland.gov.uk"]
    assert broadland.search is None and not broadland.az
    assert "CCTV" in _text(
        web, broadland.host, "/sites/default/files/2025-01/broadland-statement-of-licensing-policy-2025-2030.pdf"
    )
    assert '<main id="main">' not in _html(web, "www.blaby.gov.uk", "/planning/local-plan/delivery-dpd-policies.cfm")


def test_robots_sitemaps_and_a_to_z(truth: dict) -> None:
    for host in ("www.lancashire.gov.uk", "www.threerivers.gov.uk", "www.blaby.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    for host in ("www.hounslow.gov.uk", "www.lancashire.gov.uk", "www.southoxon.gov.uk", "www.west-norfolk.gov.uk"):
        assert _auth(truth, host)["heldback"]["sitemap"], host
    no_az = {a["heldback"]["host"] for a in truth["authorities"] if not a["heldback"]["a_z"]}
    assert no_az == {
        "www.northumberland.gov.uk",
        "www.southnorfolkandbroadland.gov.uk",
        "www.southoxon.gov.uk",
        "www.blaby.gov.uk",
    }
    dem = {a["heldback"]["democracy_host"] for a in truth["authorities"]} - {None}
    assert dem == {"council.lancashire.gov.uk", "meetings.westoxon.gov.uk", "moderngov.threerivers.gov.uk"}
