"""The hundred-and-45th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served. This set leans on cameras run by someone else and pages
where several bodies speak: a control room viewing a BID's and a shopping centre's cameras, with the BID's own notice
and signed police agreement hosted beside the council's signed Word agreement; a partnership page of four voices
whose contacts table holds the council's SPOC; a control centre watching other owners' cameras, a step 1 claim only in
a figcaption and a table of agreements of which one is a signed police agreement; a Welsh-first site whose step 2
claim is only in a bilingual policy PDF and whose signed protocol is a Word file without extension; a privacy notice
in which two councils speak and an agreement summary naming both councils' SPOCs; a step 2 sentence beside another
owner's monitoring table, a signed police SLA beside an unsigned customer template; a mark's alt text and Word files
without extension; a host council's control room publishing its neighbour's signed agreement; a principle-by-
principle statement on ASP.NET addresses; a signed agreement with a force that is not the register's; one-fact
councils (a shared services row, a seafront page of a shared site); and councils that publish nothing.
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

from fixtures.heldback145.truth import TRUTH_PATH
from fixtures.heldback145.web import Heldback145Web


@pytest.fixture(scope="module")
def web() -> Heldback145Web:
    return Heldback145Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {urlsplit(e["url"]).path for e in d["evidence"]}


def test_fresh_councils(web: Heldback145Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 145)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally


def test_bid_notice_and_bid_agreement_beside_the_councils_signed_word_isa(web: Heldback145Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    d = _auth(truth, host)["deliverables"]
    notice = "/crime/cctv/partner-notice-hammersmith-bid"
    assert "written and published by Hammersmith BID" in _main(web, host, notice)
    bid_doc = f"http://{host}/sites/default/files/2023-09/hammersmith-bid-broadway-camera-link-agreement.pdf"
    assert bid_doc in _links(web, host, notice)
    assert "is not a party to this agreement" in _text(web, host, urlsplit(bid_doc).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"].endswith(".docx") and doc["url"] != bid_doc
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert bid_doc not in evidence_urls(_auth(truth, host))
    assert "14 days" in _main(web, host, notice) and d["5.1"]["criteria"]["retention"]
    assert f"http://{host}{notice}" not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/crime/cctv/how-we-run-the-system"}
    assert "NSI Gold" in _main(web, host, "/news/2022/camera-upgrade-reaches-white-city")
    assert not d["5.1"]["criteria"]["standards"] and d["5.2"]["status"] == "not_met"


def test_partnership_page_of_four_voices_with_spoc_in_contacts_table(web: Heldback145Web, truth: dict) -> None:
    host = "www.bradford.gov.uk"
    part = "/crime-and-community-safety/city-centre-safety-partnership/"
    html = _html(web, host, part)
    assert html.count('<blockquote class="quote">') == 3 and "West Yorkshire Police" in html
    assert '<th scope="col">Partner</th><th scope="col">Role</th><th scope="col">Contact</th>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {part}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    caz = f"http://{host}/transport-and-travel/clean-air-zone/how-the-zone-is-enforced/"
    assert caz not in d["5.1"]["pages"] and "number plate" in _main(web, host, urlsplit(caz).path)
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_control_centre_for_other_owners_figcaption_step_1_and_agreements_table(
    web: Heldback145Web, truth: dict
) -> None:
    host = "www.nottinghamcity.gov.uk"
    cctv = "/information-for-residents/community/community-protection/cctv"
    html = _html(web, host, cctv)
    assert "<figcaption>" in html and "step 1 (desktop)" in html.split("<figcaption>", 1)[1].split("</figcaption>")[0]
    assert "step 1" not in html.split("<figcaption>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018" and not d["5.2"]["mark_displayed"]
    partners = _main(web, host, f"{cctv}/control-centre-partners")
    assert "Nottingham Express Transit" in partners and "National Highways" in partners
    agreements = _html(web, host, f"{cctv}/agreements").split("<table>", 1)[1].split("</table>", 1)[0]
    assert agreements.count("<tr>") == 4 and agreements.count("<a href=") == 1
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/agreements"}
    assert d["5.3"]["status"] == "not_met"
    assert not any("committee." in u for u in d["5.1"]["pages"])


def test_welsh_first_site_step_2_only_in_bilingual_pdf_and_word_protocol_without_extension(
    web: Heldback145Web, truth: dict
) -> None:
    host = "www.swansea.gov.uk"
    home = _html(web, host, "/")
    assert '<html lang="cy">' in home and home.index('href="/cy"') < home.index('href="/en"')
    assert home.index("Croeso") < home.index("Welcome")
    d = _auth(truth, host)["deliverables"]
    pol = "/media/3312/cctv-policy-polisi-teledu-cylch-cyfyng.pdf"
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-05" and _paths(d["5.2"]) == {pol}
    for page in (
        "/en/community-safety/cctv",
        "/en/community-safety/cctv/faqs",
        "/cy/byw-yn-abertawe/teledu-cylch-cyfyng",
    ):
        assert "step 2" not in _main(web, host, page) and "cam 2" not in _main(web, host, page)
    text = _text(web, host, pol)
    assert text.index("Cwblhaodd") < text.index("completed step 2")
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert _no_extension(doc["url"]) and "filename=" in (r.header("Content-Disposition") or "")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert f"http://{host}/cy/byw-yn-abertawe/teledu-cylch-cyfyng" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] == "01632 960431"


def test_two_councils_speak_and_only_the_councils_own_spoc_counts(web: Heldback145Web, truth: dict) -> None:
    host = "www.breckland.gov.uk"
    agr = "/council/partnerships/cctv-monitoring-agreement"
    main = _main(web, host, agr)
    assert main.count("single point of contact") == 2 and "not an agreement with the police" in main
    assert "completed step 2 certification in 2018" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctv.spoc@breckland.example.gov.uk"
    assert not d["5.3"]["spoc"]["phone"]
    assert "King's Lynn and West Norfolk watches our public space cameras" in _main(web, host, "/privacy/cctv")


def test_step_2_sentence_other_owners_table_and_signed_sla_beside_a_template(web: Heldback145Web, truth: dict) -> None:
    host = "www.west-lindsey.gov.uk"
    cctv = "/communities-safety/cctv-public-spaces"
    assert "<img" not in _main(web, host, cctv) and "full step 2 certification" in _main(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11" and not d["5.2"]["mark_displayed"]
    assert "Caistor Town Council" in _main(web, host, f"{cctv}/monitoring-cameras-for-others")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"].endswith(".pdf")
    tpl = f"http://{host}/sites/default/files/2024-05/cctv-monitoring-contract-template.docx"
    assert tpl in _links(web, host, f"{cctv}/monitoring-cameras-for-others") and tpl not in evidence_urls(
        _auth(truth, host)
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_mark_alt_text_and_word_files_without_extension(web: Heldback145Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    docs = "/your-community/cctv/cctv-documentation"
    assert 'alt="Surveillance Camera Code of Practice certification mark: Ashford Monitoring Centre, step 2' in _html(
        web, host, docs
    )
    assert "step 2" not in _main(web, host, docs)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2020-03"
    perf = f"http://{host}/downloads/file/3310/cctv-performance-report-2024-25"
    assert _no_extension(perf) and perf in d["5.1"]["pages"]
    assert (_render(web, perf).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"
    assert "Designer Outlet" in _main(web, host, "/your-community/cctv/cctv-in-ashford-and-tenterden")


def test_host_council_publishes_its_neighbours_signed_agreement(web: Heldback145Web, truth: dict) -> None:
    host = "www.tunbridgewells.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az
    tm = "/community-safety/cctv/tonbridge-and-malling-documents"
    isa = f"http://{host}/__data/assets/pdf_file/0022/412348/TMBC-Kent-Police-CCTV-Information-Sharing-Agreement.pdf"
    assert isa in _links(web, host, tm) and "Signed for Kent Police" in _text(web, host, urlsplit(isa).path)
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and isa not in evidence_urls(_auth(truth, host))
    )
    assert "Tonbridge and Malling Borough Council" in _main(web, host, "/community-safety/cctv")
    assert "democracy.tunbridgewells.gov.uk" in site.hosts()


def test_principle_by_principle_statement_on_aspnet_addresses(web: Heldback145Web, truth: dict) -> None:
    host = "www.staffordbc.gov.uk"
    stmt = "/Your-Council/Policies/Surveillance-Camera-Compliance-Statement.aspx"
    html = _html(web, host, stmt)
    assert html.count("<li>") >= 12 and "<ol>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {stmt} and _paths(d["5.5"]) == {stmt}
    assert all(urlsplit(u).path.endswith(".aspx") for u in d["5.1"]["pages"] if "/documents/" not in u)
    assert "own data sharing agreement with Staffordshire Police" in _main(
        web, host, "/Community-and-Living/PABCIS.aspx"
    )
    assert "highest standard" in _main(web, host, "/Community-and-Living/Victoria-Park-Cameras.aspx")
    assert d["5.2"]["status"] == "not_met"


def test_signed_agreement_with_another_force_and_another_councils_evaluation(web: Heldback145Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    met = "/downloads/file/1187/cctv-protocol-metropolitan-police-bexley"
    assert _no_extension(met) and "Signed for the Metropolitan Police Service" in _text(web, host, met)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert _paths(d["5.5"]) == {"/by-category/community-and-living2/csp/cctv/working-with-the-police"}
    dover = f"http://{host}/downloads/file/904/dover-district-council-cctv-scheme-evaluation"
    assert "62 cameras" in _text(web, host, urlsplit(dover).path) and dover not in evidence_urls(_auth(truth, host))
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctvmanager@")


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.broxtowe.gov.uk", "operator", "/about-the-council/shared-services"),
        ("www.lewes-eastbourne.gov.uk", "retention", "/leisure-and-tourism/eastbourne-seafront"),
    ):
        a = _auth(truth, host)
        d51 = a["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
        assert all(a["deliverables"][k]["status"] == "not_met" for k in ("5.2", "5.3", "5.5")), host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback145Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.eastsussex.gov.uk", "www.folkestone-hythe.gov.uk", "www.adur-worthing.gov.uk"}
    )
    assert "belong to Worthing Borough Council" in _main(
        web, "www.adur-worthing.gov.uk", "/community-safety/worthing-cctv"
    )
    fh = "www.folkestone-hythe.gov.uk"
    assert '<main id="main">' not in _html(web, fh, "/") and web.sites[fh].search is None
    assert "Folkestone Town Council" in _html(web, fh, "/community/community-safety.php")
    assert "212 cameras" in _main(
        web,
        "www.eastsussex.gov.uk",
        "/your-council/freedom-of-information/disclosure-log/foi-4412-cameras-at-council-buildings",
    )


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.bradford.gov.uk", "www.eastsussex.gov.uk", "www.adur-worthing.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    assert not _auth(truth, "www.lbhf.gov.uk")["heldback"]["robots_forbid_search"]
