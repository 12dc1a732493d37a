"""The two hundred and eleventh held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a step 2 certificate PDF reached only by a link reading
its certificate number and expired by its own dates; a step 1 claim only in a policy PDF's review section; a lapsed
step 2 claim only in a notice explaining why the mark was taken down; step 2 only in the alt text of a mark on the
footage request page; a monitoring hub's certificate PDF in a sidebar; a maintenance contractor's certificate; a
supplier's case study and an audit in news; a town council's and a hub's certification in news; a SPOC in a legacy
table cell, in a numbered footnote, on a documentation page and on the camera page; a signed ISA linked by its
reference code from a data sharing register (Word, no extension); a signed protocol without extension; a signed
monitoring agreement linked only from a data-controller change notice; a draft Word ISA; 'working towards' and
'award-winning'; a Welsh twin; one-fact councils (an archives search room, a venue's facilities list on a shared
site); and councils that publish nothing but carry look-alikes.
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
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback211.truth import TRUTH_PATH
from fixtures.heldback211.web import Heldback211Web


@pytest.fixture(scope="module")
def web() -> Heldback211Web:
    return Heldback211Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils_of_the_brief_mix(web: Heldback211Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 211)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 6, "not_met": 6}), tally


def test_certificate_pdf_linked_by_its_number_and_expired(web: Heldback211Web, truth: dict) -> None:
    host = "www.camden.gov.uk"
    pg = "/web/guest/cctv"
    cert = f"http://{host}/documents/20142/0/SCC-S2-0419.pdf"
    assert _linking(web, host, cert) == {f"http://{host}{pg}"}
    assert ">SCC-S2-0419</a>" in _html(web, host, pg)
    assert "certif" not in _main(web, host, pg).lower()
    text = _text(web, host, urlsplit(cert).path)
    assert "Full certification (step 2)" in text and "Valid until: 13 November 2024" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2019-11-14" and [e["url"] for e in d["5.2"]["evidence"]] == [cert]
    assert "tenant management organisation" in _main(web, host, "/web/guest/tenant-management-organisations")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_legacy_sidebar_spoc_and_isa_by_reference_code(web: Heldback211Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    pg = "/communitysafety/cctv-operations-in-tameside"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html
    cell = html.split('<td valign="top" width="30%">', 1)[1].split("</td>", 1)[0]
    assert '<aside class="sidebar">' in cell and "Single point of contact for surveillance cameras" in cell
    reg = f"http://{host}/informationgovernance/datasharing"
    isa = f"http://{host}/informationgovernance/datasharing/TMBC-GMP-ISA-07"
    assert _linking(web, host, isa) == {reg} and _no_extension(isa)
    assert ">TMBC-GMP-ISA-07 v2.3</a>" in _html(web, host, urlsplit(reg).path)
    r = _render(web, isa)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed on behalf of Greater Manchester Police" in _text(web, host, urlsplit(isa).path)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester" and d["5.3"]["status"] == "met"
    case = _text(web, host, "/business/tenders/control-room-upgrade-case-study.pdf")
    assert "NSI Gold" in case and "in line with the Surveillance Camera Code" in case
    assert "audit" in _html(web, host, "/pressreleases/story.asp?story=4225")
    assert d["5.2"]["status"] == "not_met" and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_step_1_only_in_policy_review_section_and_welsh_twin(web: Heldback211Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    for pg in ("/cctv", "/CCTVFAQs", "/teledu-cylch-cyfyng"):
        assert "step" not in _main(web, host, pg).lower(), pg
    text = _text(web, host, "/media/3321/CCTV-policy-2022.pdf")
    assert "desktop (step 1) certification" in text and "did not go on to step 2" in text
    assert '<html lang="cy">' in _html(web, host, "/teledu-cylch-cyfyng")
    assert f"http://{host}/cctv" in _linking(web, host, f"http://{host}/teledu-cylch-cyfyng")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-04" and not d["5.2"]["mark_displayed"]
    assert f"http://{host}/teledu-cylch-cyfyng" in d["5.1"]["pages"]


def test_lapsed_step_2_only_in_a_notice_about_the_removed_mark(web: Heldback211Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    html = _html(web, host, "/cctv")
    box = html.split('<div class="notice" role="note">', 1)[1].split("</div>", 1)[0]
    assert "full (step 2) certification" in box and "taken the mark down" in box and "ran out in March 2023" in box
    assert "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018-03" and not d["5.2"]["mark_displayed"]


def test_step_2_only_in_a_mark_on_the_footage_request_page(web: Heldback211Web, truth: dict) -> None:
    host = "www.eaststaffsbc.gov.uk"
    req = _html(web, host, "/CCTV/request-footage")
    assert 'alt="Surveillance Camera Code of Practice: full certification (step 2) awarded 2021"' in req
    assert "step 2" not in _main(web, host, "/CCTV/request-footage").lower()
    main = _main(web, host, "/CCTV")
    assert "step" not in main.lower() and "BS 7958" in main and "Data Protection Act 1998" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021"


def test_hub_certificate_in_sidebar_is_not_the_councils(web: Heldback211Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    cert = f"http://{host}/media/4410/pershore-monitoring-suite-certificate.pdf"
    aside = _html(web, host, "/community-safety/cctv").split('<aside class="sidebar">', 1)[1].split("</aside>", 1)[0]
    assert urlsplit(cert).path in aside
    assert "Awarded to: Wychavon District Council" in _text(web, host, urlsplit(cert).path)
    assert "service level agreement between the two councils" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "democracy.worcester.gov.uk" in web.sites[host].hosts()
    assert not any("democracy" in u for u in d["5.1"]["pages"])


def test_spoc_only_in_a_footnote_and_contractors_certificate(web: Heldback211Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    faq = "/environment/surveillance-camera-faqs"
    html = _html(web, host, faq)
    body, notes = html.split('<ol class="footnotes">', 1)
    assert "single point of contact" not in body and "single point of contact" in notes
    assert "NSI Gold" in _text(web, host, "/wp-content/uploads/2023/05/contractor-accreditation-certificate.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {f"http://{host}{faq}"}
    assert d["5.2"]["status"] == "not_met" and web.sites[host].search is None


def test_signed_agreement_only_from_a_data_controller_change_notice(web: Heldback211Web, truth: dict) -> None:
    host = "www.arun.gov.uk"
    agr = f"http://{host}/download/8842/cctv-monitoring-agreement-sussex-police-signed.pdf"
    assert _linking(web, host, agr) == {f"http://{host}/data-protection/cctv-data-controller-change"}
    text = _text(web, host, urlsplit(agr).path)
    assert "Signed for Arun District Council" in text and "Signed for Sussex Police" in text
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Sussex"
    assert d["5.3"]["status"] == "met"
    assert _render(web, "http://democracy.arun.gov.uk/mgAi.aspx?ID=8514").status == 200


def test_draft_word_isa_and_certification_near_misses(web: Heldback211Web, truth: dict) -> None:
    host = "www.gedling.gov.uk"
    main = _main(web, host, "/community-safety/cctv/")
    assert "working towards third-party certification" in main and "award-winning" in main
    isa = "/wp-content/uploads/2025/01/ISA-Nottinghamshire-Police-CCTV-DRAFT.docx"
    assert "DRAFT v0.3" in _text(web, host, isa)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert d["5.2"]["status"] == "not_met"


def test_signed_protocol_without_extension_and_bs_7958_near_miss(web: Heldback211Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    prot = f"http://{host}/sites/default/files/2024-06/cctv-release-protocol-kent-police"
    assert _no_extension(prot) and _linking(web, host, prot) == {
        f"http://{host}/your-community/cctv/cctv-documentation"
    }
    r = _render(web, prot)
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "BS 7958" in _main(web, host, "/your-community/cctv/monitoring-for-businesses")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "met"


def test_one_fact_councils(web: Heldback211Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.lancashire.gov.uk",
            "cameras",
            "/libraries-and-archives/lancashire-archives/visiting-the-search-room/",
        ),
        ("www.lewes-eastbourne.gov.uk", "cameras", "/leisure-and-culture/venues/eastbourne-town-hall"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "<dt>Security</dt>" in _html(web, "www.lewes-eastbourne.gov.uk", path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback211Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.northumberland.gov.uk", "www.southhams.gov.uk", "www.eastcambs.gov.uk"})
    assert "step 2 certification" in _main(
        web, "www.northumberland.gov.uk", "/News/2023/alnwick-town-cameras-recognised"
    )
    assert "full certification" in _main(web, "www.southhams.gov.uk", "/news/dartmouth-cameras-live")
    assert _auth(truth, "www.southhams.gov.uk")["heldback"]["robots_forbid_search"]
