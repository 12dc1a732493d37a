"""The two hundred and thirty-fourth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: an expired step 2 claim only in a complaints table's
caption; a SPOC in a definition list beside SIRO, DPO and RIPA SRO; a draft police agreement only in Cabinet papers
on a committee host; a privacy notice five levels down at trailing-slash addresses; a signed protocol linked only
from a talking-cameras page; a signed agreement only among a partnership's non-camera agreements; a stale footage
page; an ISA mention as a council's one fact; a SPOC at the head of a register of camera systems; a mark beside a
step 2 FAQ answer; a councils' shared-service agreement and no police one; a five-card landing with a planned
certification, an SRO and a signed live-access agreement; a Welsh twin; a step 1 claim only in an annual report on
page 3 of a Next-only library; a code without extension; Joomla index.php addresses with a jump list; another body's
BS 7958 and ISO 27001; one-fact councils (a shared-services row, a shopping parades page); and councils that publish
nothing but carry look-alikes.
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

from fixtures.heldback234.truth import TRUTH_PATH
from fixtures.heldback234.web import Heldback234Web


@pytest.fixture(scope="module")
def web() -> Heldback234Web:
    return Heldback234Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def _crits(truth: dict, host: str) -> list[str]:
    return [k for k, v in _d(truth, host)["5.1"]["criteria"].items() if v]


def test_fresh_councils(web: Heldback234Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 234)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_expired_step_2_only_in_a_complaints_table_caption(web: Heldback234Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    comp = "/policing-safety/crime/cctv/complaints-and-certification"
    html = _html(web, host, comp)
    caption = html.split("<caption>", 1)[1].split("</caption>", 1)[0]
    assert "step 2 certification" in caption and "expired April 2021" in caption
    assert "certif" not in html.replace(caption, "").split('<main id="main">', 1)[1].lower()
    assert "certif" not in _main(web, host, "/policing-safety/crime/cctv").lower()
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016-04" and not d["5.2"]["mark_displayed"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {comp}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_spoc_in_a_definition_list_and_draft_agreement_only_in_cabinet_papers(web: Heldback234Web, truth: dict) -> None:
    host, dem = "www.oldham.gov.uk", "committees.oldham.gov.uk"
    roles = "/info/200500/data_protection_and_privacy/1930/information_governance_roles"
    html = _html(web, host, roles)
    for term in ("Senior Information Risk Owner (SIRO)", "Data Protection Officer", "RIPA Senior Responsible Officer"):
        assert f"<dt>{term}</dt>" in html
    assert "<dt>Surveillance camera single point of contact (SPOC)</dt><dd>Head of Emergency Planning" in html
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {roles}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=30871"}
    assert "DRAFT - not for signature" in _text(web, dem, urlsplit(doc["url"]).path)
    assert not d["5.1"]["criteria"]["police_agreement"] and not any(dem in u for u in d["5.1"]["pages"])
    assert "third-party certification" in _main(
        web, host, "/info/200440/emergencies_and_resilience/2215/public_space_cctv"
    )
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]


def test_deep_privacy_notice_and_protocol_linked_only_from_talking_cameras(web: Heldback234Web, truth: dict) -> None:
    host = "www.eastriding.gov.uk"
    pn = (
        "/council/governance-and-spending/how-we-use-your-information/find-privacy-information/privacy-notice-for-cctv/"
    )
    assert pn.count("/") == 6 and _render(web, f"http://{host}{pn}").status == 200
    d = _d(truth, host)
    assert f"http://{host}{pn}" in d["5.1"]["pages"]
    talk = f"http://{host}/living/community-safety/cctv-in-town-centres/talking-cameras-in-bridlington/"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["date"] == "2024-03-12" and doc["force"] == "Humberside"
    assert _linking(web, host, doc["url"]) == {talk}
    assert "Signed on behalf of Humberside Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "loudspeakers" in _main(web, host, urlsplit(talk).path)
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(
        web, host, "/council/plans-and-policies/corporate-cctv-policy/"
    )
    assert web.sites[host].sitemap and not web.sites[host].az


def test_signed_agreement_only_among_partnership_agreements_and_stale_footage_page(
    web: Heldback234Web, truth: dict
) -> None:
    host = "www.stalbans.gov.uk"
    agreements = (
        f"http://{host}/community-and-living/community-safety/community-safety-partnership/partnership-agreements"
    )
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and _linking(web, host, doc["url"]) == {agreements}
    assert len([u for u in _links(web, host, urlsplit(agreements).path) if u.endswith(".pdf")]) == 3
    assert agreements not in _links(web, host, "/community-and-living/community-safety/cctv")
    foot = _main(web, host, "/community-and-living/community-safety/cctv/requesting-footage")
    assert "Data Protection Act 1998" in foot and "£10" in foot and "40 days" in foot
    assert "5,012 incidents" in _text(web, host, "/sites/default/files/documents/community-cctv-annual-report-2024.pdf")
    assert "5,012" not in _main(web, host, "/community-and-living/community-safety/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_agreement_mention_is_the_one_fact(web: Heldback234Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    assert _crits(truth, host) == ["police_agreement"]
    d = _d(truth, host)
    assert d["5.1"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    share = "/info/20010/your_environment/203/community_safety/4/how_partners_share_information"
    assert "information sharing agreement with Hertfordshire Constabulary" in _main(web, host, share)
    assert "282 cameras" in _text(web, "watford.moderngov.co.uk", "/mgAi.aspx?ID=16441")
    assert not any("moderngov" in u for u in d["5.1"]["pages"])


def test_register_of_camera_systems_mark_beside_faq_and_councils_agreement(web: Heldback234Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in html
    assert "<h3>Are the cameras independently checked?</h3>" in html
    assert "partnership agreement between the two councils" in _main(web, host, "/community-safety/cctv")
    reg = _html(web, host, "/community-safety/cctv/surveillance-cameras-we-operate")
    assert reg.index("single point of contact") < reg.index("<table>") and "Refuse collection vehicles" in reg
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-11"
    assert (
        d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    )


def test_card_landing_planned_certification_sro_and_signed_live_access(web: Heldback234Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    landing = _html(web, host, "/community-and-safety/cctv")
    assert landing.count('<li class="card">') == 5
    std = _main(web, host, "/community-and-safety/cctv/our-standards")
    assert "We intend to apply for third-party certification" in std and "Senior Responsible Officer" in std
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Devon & Cornwall"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-and-safety/cctv/working-with-the-police"}


def test_welsh_twin_and_protocol_mention(web: Heldback234Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    cy = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/"
    assert '<html lang="cy">' in _html(web, host, cy)
    assert f"http://{host}{cy}" in _links(web, host, "/community-safety/cctv/")
    assert f"http://{host}/community-safety/cctv/" in _links(web, host, cy)
    d = _d(truth, host)
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and not d["5.3"]["spoc"]["email"]


def test_step_1_only_in_report_on_page_3_of_a_next_only_library(web: Heldback234Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    d = _d(truth, host)
    (ev,) = d["5.2"]["evidence"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2017"
    assert _linking(web, host, ev["url"]) == {f"http://{host}/council-documents?page=3"}
    pager = _html(web, host, "/council-documents?page=2").split('<nav class="pager">', 1)[1].split("</nav>", 1)[0]
    assert "Next" in pager and "Previous" in pager and ">3<" not in pager
    code = _render(web, f"http://{host}/downloads/file/1187/cctv_code_of_practice")
    assert code.header("Content-Type") == "application/pdf" and "filename=" in (
        code.header("Content-Disposition") or ""
    )
    assert "step" not in _main(web, host, "/community-safety/cctv-and-the-control-room").lower()
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial"


def test_joomla_addresses_jump_list_and_another_bodys_standards(web: Heldback234Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    faq = _html(web, host, "/index.php/community-safety/cctv-faqs")
    assert '<a href="#q1">' in faq and '<h2 id="q5">' in faq
    assert "BS 7958" in _main(web, host, "/index.php/community-safety/cctv")
    assert "fully compliant" in _text(web, "democracy.tamworth.gov.uk", "/mgAi.aspx?ID=12997")
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met" and d["5.1"]["criteria"]["standards"]
    assert all(urlsplit(u).path.startswith("/index.php/") for u in d["5.1"]["pages"])


def test_one_fact_councils(web: Heldback234Web, truth: dict) -> None:
    for host, crit, path, depth in (
        ("www.wyreforestdc.gov.uk", "operator", "/council/about-the-council/partnerships/shared-services", 5),
        ("www.harlow.gov.uk", "cameras", "/business/commercial-property/neighbourhood-shopping-centres", 4),
    ):
        d51 = _d(truth, host)["5.1"]
        assert d51["status"] == "partial" and _crits(truth, host) == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"] and _auth(truth, host)["oracle_fetches"] == depth, host
    assert "<td>CCTV monitoring</td>" in _html(
        web, "www.wyreforestdc.gov.uk", "/council/about-the-council/partnerships/shared-services"
    )
    assert "<main" not in _html(web, "www.wyreforestdc.gov.uk", "/")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback234Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.spelthorne.gov.uk", "www.teignbridge.gov.uk"})
    assert "certificate of compliance" in _main(web, "www.spelthorne.gov.uk", "/node/2144")
    assert "does not operate any public space CCTV" in _main(
        web, "www.suffolk.gov.uk", "/council-and-democracy/foi-disclosure-log/2024-cctv"
    )
    assert "Disallow: /search" in web.sites["www.suffolk.gov.uk"].robots_txt()
