"""The hundred-and-ninety-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served, with the weight on agreements with the police: a Met
agreement signed only through an electronic signing certificate; a ten-council agreement whose signatory schedule
has this council's row signed (and another council's awaited); a police agreement listed among client councils'
monitoring SLAs; a Sussex-wide police protocol that excludes cameras; a police protocol mentioned only in scrutiny
minutes on a democracy host; the monitoring council's own police protocol; an SLA that ended and is being
renegotiated; a business crime company's signed police agreement hosted by the council; a police agreement mentioned
on a page selling monitoring; a signed agreement linked from the police officers' section of a footage page; a version
table with a superseded signed agreement and a draft without extension; a consultation draft SLA without extension;
a protocol signed by the police only, in scrutiny papers; step 2 only in a sales specification, step 1 as a standards
table row beside BS 7958, step 2 beside a mark; SPOCs on a code page, a shared site, a complaints paragraph and a
camera page; one-fact councils; councils that publish nothing but carry look-alikes.
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

from fixtures.heldback195.truth import TRUTH_PATH
from fixtures.heldback195.web import Heldback195Web


@pytest.fixture(scope="module")
def web() -> Heldback195Web:
    return Heldback195Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils_of_the_brief_mix(web: Heldback195Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 195)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally


def test_met_agreement_signed_through_an_electronic_signing_certificate(web: Heldback195Web, truth: dict) -> None:
    host = "www.lbbd.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv/working-with-the-police"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Electronic signature certificate" in text and "Signed for and on behalf" not in text
    assert "Metropolitan Police Service. Signed 12 March 2024" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")


def test_ten_council_agreement_with_this_councils_row_signed(web: Heldback195Web, truth: dict) -> None:
    host = "www.wigan.gov.uk"
    page = "/Resident/Crime-Emergencies/Closed-Circuit-Television.aspx"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["force"] == "Greater Manchester"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Trafford Council - signature awaited" in text and "Wigan Council - signed by" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}{page}"}
    assert "<caption>Recorded activities by year</caption>" in _html(web, host, page)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_police_agreement_among_client_councils_slas_and_step_2_in_a_specification(
    web: Heldback195Web, truth: dict
) -> None:
    host = "www.medway.gov.uk"
    partners = "/article/4203/Partner-councils-and-agreements"
    d = _d(truth, host)
    links = _links(web, host, partners)
    slas = [u for u in links if u.endswith("-CCTV-monitoring-SLA.pdf")]
    assert len(slas) == 2 and "Kent Police" not in " ".join(_text(web, host, urlsplit(u).path) for u in slas)
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] in links and doc["url"] not in slas and doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    spec = "/documents/s4390/Medway-CCTV-hub-service-specification.pdf"
    assert "full step 2 certification" in _text(web, host, spec)
    assert "step 2" not in _main(web, host, "/article/4201/Medway-CCTV-control-centre").lower()
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-11" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/article/4202/CCTV-code-of-practice"}


def test_sussex_protocol_excludes_cameras(web: Heldback195Web, truth: dict) -> None:
    host = "www.westsussex.gov.uk"
    text = _text(web, host, "/media/8820/sussex-information-sharing-protocol.pdf")
    assert "Signed for Sussex Police" in text and "does not cover surveillance camera recordings" in text
    assert _d(truth, host)["5.5"]["status"] == "not_met"


def test_police_protocol_only_in_scrutiny_minutes_and_welsh_twin(web: Heldback195Web, truth: dict) -> None:
    host = "www.neath-porttalbot.gov.uk"
    dem = "democracy.neath-porttalbot.gov.uk"
    cctv = "/community/community-safety/cctv"
    d = _d(truth, host)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert [urlsplit(e["url"]).hostname for e in d["5.5"]["evidence"]] == [dem]
    assert "protocol" not in _main(web, host, cctv).lower() and not d["5.1"]["criteria"]["police_agreement"]
    twin = f"http://{host}/cy/cymuned/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert twin in _links(web, host, cctv) and twin in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, urlsplit(twin).path)


def test_the_monitoring_councils_protocol_is_not_this_councils(web: Heldback195Web, truth: dict) -> None:
    host = "www.surreyheath.gov.uk"
    d = _d(truth, host)
    main = _main(web, host, "/residents/community-safety/cctv")
    assert "under its own protocol with the force" in main and d["5.5"]["status"] == "not_met"
    pn = f"http://{host}/about-council/information-and-data/privacy/shbc-cctv-privacy-notice"
    assert pn in d["5.1"]["pages"] and d["5.1"]["criteria"]["retention"]
    assert "certification" in _main(web, host, "/news/2025/improved-cctv-service-proposed")
    assert d["5.2"]["status"] == "not_met"


def test_shared_site_ended_sla_and_joint_spoc(web: Heldback195Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    d = _d(truth, host)
    main = _main(web, host, "/community/community-safety/cctv-in-eastbourne")
    assert "which ended on 31 March 2025" in main and "negotiating a replacement" in main
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "does not own public space CCTV" in _main(web, host, "/community/community-safety/cctv-in-lewes-district")
    assert not any("lewes-district" in u for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "met" and "for both councils" in d["5.3"]["evidence"][0]["quote"]


def test_business_crime_companys_signed_agreement_is_not_the_councils(web: Heldback195Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    d = _d(truth, host)
    text = _text(web, host, "/sites/default/files/pabcis-information-sharing-agreement.pdf")
    assert "Signed for Staffordshire Police" in text and "Stafford Borough Council" not in text
    assert d["5.5"]["status"] == "not_met"
    assert d["5.1"]["status"] == "partial" and d["5.1"]["pages"] == [f"http://{host}/victoria-park"]


def test_step_1_table_row_and_agreement_mentioned_on_a_selling_page(web: Heldback195Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    d = _d(truth, host)
    html = _html(web, host, "/CCTV/our-standards")
    assert "<td>BS 7958</td>" in html and "<td>Step 1 (desktop) certificate awarded</td>" in html
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021"
    assert "for a yearly fee" in _main(web, host, "/CCTV/monitoring-for-businesses")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Data Protection Act 1998" in _main(web, host, "/CCTV")


def test_signed_agreement_in_the_police_officers_section_and_step_2_beside_a_mark(
    web: Heldback195Web, truth: dict
) -> None:
    host = "www.gedling.gov.uk"
    req = f"http://{host}/resident/community-safety/cctv/requesting-footage/"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {req}
    html = _html(web, host, urlsplit(req).path)
    assert html.index("<h2>Police officers</h2>") < html.index(urlsplit(doc["url"]).path)
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(
        web, host, "/resident/community-safety/cctv/"
    )
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "met"


def test_superseded_signed_agreement_and_draft_replacement(web: Heldback195Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    d = _d(truth, host)
    old, new = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and old["signed"] and new["draft"] and _no_extension(new["url"])
    r = _render(web, new["url"])
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "Superseded: ended 31 March 2024" in _main(web, host, "/pages/cctv_footage")
    assert "until 31 March 2024" in _text(web, host, urlsplit(old["url"]).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]
    assert d["5.3"]["status"] == "met"


def test_consultation_draft_sla_after_the_bid_company(web: Heldback195Web, truth: dict) -> None:
    host = "www.rugby.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and _no_extension(doc["url"])
    assert "NOT YET SIGNED" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Rugby First Limited" in _main(web, host, "/w/public-space-cctv")
    assert d["5.1"]["criteria"]["police_agreement"] and d["5.3"]["status"] == "partial"


def test_protocol_signed_by_police_only_in_scrutiny_papers(web: Heldback195Web, truth: dict) -> None:
    host = "www.hinckley-bosworth.gov.uk"
    dem = "moderngov.hinckley-bosworth.gov.uk"
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and not doc["signed"]
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=7732"}
    text = _text(web, dem, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Leicestershire Police: Chief Inspector" in text
    assert "Signed on behalf of Hinckley and Bosworth Borough Council: ______" in text
    assert d["5.1"]["status"] == "partial" and not any(dem in u for u in d["5.1"]["pages"])
    assert not _auth(truth, host)["heldback"]["a_z"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback195Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.westsussex.gov.uk", "www.arun.gov.uk", "www.eastcambs.gov.uk"})
    assert "Transferred to City of Ely Council" in _text(web, "www.eastcambs.gov.uk", "/transparency/asset-disposals")
    assert _auth(truth, "www.arun.gov.uk")["heldback"]["robots_forbid_search"]
    assert '<main id="main">' not in _html(web, "www.arun.gov.uk", "/")
