"""The hundred and eighty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (retention and disclosure only in a standards table's
footnotes; an FOI disclosure log whose answers read like disclosure; a letter of agreement countersigned for the
police; a county that runs no scheme among care-home, wildlife and traffic cameras; ASP.NET /en and /cy twins with
town councils' SLA charges; a SPOC as a contacts-table row beside the DPO; a councils' SLA hub and an ISA mention;
a shared service with figures only in a quarterly report PDF and a SPOC in a callout; /node pages with Runnymede's
monitoring only in news and FOI; one-fact councils; numbered guide pages with step 1 only in an annual report to
residents; a signed MoU listed among non-camera partnership agreements; a legacy page without main; a signed Word
protocol at an extensionless address; robots.txt forbidding the search; councils that publish nothing).
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

from fixtures.heldback185.truth import TRUTH_PATH
from fixtures.heldback185.web import Heldback185Web


@pytest.fixture(scope="module")
def web() -> Heldback185Web:
    return Heldback185Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback185Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 185)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_retention_and_disclosure_only_in_table_footnotes(web: Heldback185Web, truth: dict) -> None:
    host = "new.enfield.gov.uk"
    pg = "/services/community-safety/closed-circuit-television-cctv"
    html = _html(web, host, pg)
    in_table = html.split('<table class="standards">', 1)[1].split("</table>", 1)[0]
    assert "31 days" not in in_table and "Overwritten automatically<sup>2</sup>" in in_table
    assert '<p class="footnote" id="fn2"><sup>2</sup> Recordings are kept for up to 31 days' in html
    assert '<p class="footnote" id="fn3">' in html and "crime reference number" not in in_table
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["retention"] and d["5.1"]["criteria"]["disclosure"]
    assert "award-winning" in _main(web, host, pg) and d["5.2"]["status"] == "not_met"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("epsc@")
    assert "governance.enfield.gov.uk" in web.sites[host].hosts()
    assert "Barnet" in _main(web, "governance.enfield.gov.uk", "/mgAi.aspx?ID=45684")


def test_disclosure_log_answers_are_not_disclosure(web: Heldback185Web, truth: dict) -> None:
    host = "www.sunderland.gov.uk"
    assert "http://www.sunderland.gov.uk/disclosure-log/foi-6326" in _links(web, host, "/disclosure-log")
    assert '<table class="disclosure-log">' in _html(web, host, "/disclosure-log")
    assert "3 fixed location public space cameras" in _main(web, host, "/disclosure-log/foi-6326")
    assert "CCTV control room" in _main(web, host, "/article/14010/Safety-at-sports-grounds")
    assert _auth(truth, host)["deliverables"]["5.1"]["status"] == "not_met"


def test_letter_of_agreement_countersigned_for_the_police(web: Heldback185Web, truth: dict) -> None:
    host = "www.warrington.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Cheshire" and doc["date"] == "2023-12-04"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Yours sincerely" in text and "Agreed and accepted on behalf of Cheshire Constabulary" in text
    assert "Service Level Agreement" not in text and "Information Sharing Agreement" not in text
    cctv = f"http://{host}/community-safety/town-centre-cctv"
    assert _linking(web, host, doc["url"]) == {cctv}
    resp = "/community-safety/town-centre-cctv/who-is-responsible-for-our-cameras"
    assert "single point of contact" not in _main(web, host, urlsplit(cctv).path)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {resp}
    assert "3,500 incidents" in _main(web, host, urlsplit(cctv).path)


def test_county_that_runs_no_scheme(web: Heldback185Web, truth: dict) -> None:
    host = "www.derbyshire.gov.uk"
    assert "does not run a public space camera system" in _main(
        web, host, "/community/community-safety/town-centre-cctv"
    )
    assert "trail cameras" in _main(web, host, "/leisure/countryside/shipley-country-park")
    assert "camera in a relative's room" in _main(web, host, "/social-health/care-homes/cameras-in-care-homes")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_aspnet_twins_and_town_council_slas(web: Heldback185Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    en = "/en/Resident/Community-Safety/CCTV.aspx"
    cy = "/cy/Trigolion/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.5"]["status"] == "not_met"
    assert "Wrexham" in _main(web, host, en) and "shared service agreement" in _main(web, host, en)
    charges = _main(web, host, "/en/Resident/Community-Safety/Town-and-Community-Council-CCTV-charges.aspx")
    assert "service level agreement" in charges and "Connah's Quay Town Council" in charges
    assert "Wrexham" in _main(web, host, "/en/Resident/Council-Apps/NewsPortlet.aspx?id=2556")
    assert "Wrexham" in _main(web, "committeemeetings.flintshire.gov.uk", "/mgAi.aspx?ID=19100")


def test_spoc_as_contacts_table_row_beside_the_dpo(web: Heldback185Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    ps = "/community/safety-and-emergencies/cctv/cctv-privacy-statement"
    html = _html(web, host, ps)
    assert "<td>Data Protection Officer</td>" in html
    assert "<td>Single point of contact for surveillance camera systems (Community Safety Manager)</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {ps}
    assert "single point of contact" not in _main(web, host, "/community/cctv").lower()
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "West Sussex County Council" in _main(web, host, ps)


def test_hub_under_councils_sla_and_lookalikes(web: Heldback185Web, truth: dict) -> None:
    host = "www.preston.gov.uk"
    main = _main(web, host, "/community-safety/city-centre-cctv")
    assert "service level agreement" in main and "information sharing agreement" in main
    assert "certificate of compliance" in _main(web, host, "/news/lancashire-cctv-hub-recognised")
    assert "CCTV" in _main(web, host, "/housing/hmo-licence-conditions")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_shared_service_figures_only_in_quarterly_report_and_callout_spoc(web: Heldback185Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    pg = "/community-safety/cctv-in-cambridge"
    hawk = "/media/5531/hawk-eye-quarter-2-2025.pdf"
    assert "1,906" not in _main(web, host, pg) and "1,906" in _text(web, host, hawk)
    assert '<div class="callout callout--info"><h2 class="callout__title">Who is accountable</h2>' in _html(
        web, host, pg
    )
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{hawk}" in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    assert "shared service agreement" in _main(web, host, pg) and d["5.5"]["status"] == "not_met"
    assert "Cambridgeshire County Council" in _main(web, host, "/parking/bus-gates-and-bus-lanes")


def test_node_site_with_monitoring_only_in_news_and_foi(web: Heldback185Web, truth: dict) -> None:
    host = "www.spelthorne.gov.uk"
    assert "Runnymede" in _main(web, host, "/node/3301") and "Runnymede" in _main(web, host, "/node/3402")
    assert web.sites[host].sitemap and "/node/2871" in _html(web, host, "/a-z")


def test_one_fact_councils(web: Heldback185Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.teignbridge.gov.uk", "signage", "/leisure-and-tourism/dawlish-warren/visitor-centre"),
        ("www.gosport.gov.uk", "cameras", "/parks/stanley-park"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "1,417" in _main(web, "www.gosport.gov.uk", "/council/e-petitions/reinstate-live-cctv-monitoring")
    assert "Teignmouth Town Council" in _main(
        web, "www.teignbridge.gov.uk", "/business/shared-prosperity-fund-projects"
    )


def test_numbered_guide_and_step_1_only_in_annual_report_to_residents(web: Heldback185Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    guide = "/info/20010/your_environment/203/community_safety"
    links = _links(web, host, guide)
    assert all(f"http://{host}{guide}/{i}" in links for i in range(2, 9))
    ar = "/info/20002/about_the_council/1450/annual_report_to_residents_2023-24"
    for page in (f"{guide}/7", f"{guide}/8"):
        assert "step one" not in _main(web, host, page).lower() and "certification" not in _main(web, host, page)
    assert "<img" not in _main(web, host, ar)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2023-03"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]) == {ar}
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {f"{guide}/8"}


def test_signed_mou_among_non_camera_partnership_agreements(web: Heldback185Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    pa = "/council-and-democracy/transparency/partnership-agreements"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pa}"}
    assert "Joint waste strategy" in _main(web, host, pa)
    assert "ninth day of April 2019" in _text(web, host, urlsplit(doc["url"]).path) and doc["date"] == "2019-04-09"
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(
        web, host, "/community-and-safety/cctv"
    )
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2019-05"


def test_legacy_page_without_main_and_stale_act(web: Heldback185Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    html = _html(web, host, "/article/309/Town-centres-Closed-Circuit-Television-CCTV-")
    assert "<main" not in html and "Data Protection Act 1998" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "not_met"


def test_signed_word_protocol_at_extensionless_address(web: Heldback185Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and doc["signed"] and doc["force"] == "Lancashire"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "CCTV-operating-protocol-2022.docx" in (r.header("Content-Disposition") or "")
    assert "Signed on behalf of Lancashire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    report = "/media/2714/annual-cctv-report-2024-25.pdf"
    assert "5,104" in _text(web, host, report) and "5,104" not in _main(
        web, host, "/more/community-safety/cctv-in-west-lancashire.aspx"
    )
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback185Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.sunderland.gov.uk", "www.derbyshire.gov.uk", "www.spelthorne.gov.uk"})
