"""The 351st held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended
tallies; and the structures the set is built from are really served (an engagement hub on its own subdomain, with
its own chrome, whose document library alone holds a signed police agreement behind an extensionless download; a
closed consultation reached only through a finder's ?status=closed filter; an archived budget consultation on an
archive subdomain for a service switched off in 2016; a county that only signposts other councils' camera
consultations; a drop-in event page, a 'what you told us' table and Welsh twins; a Local Plan portal whose only
camera claim is a resident's comment; a budget consultation that ended live monitoring beside the standing page;
one fact in the privacy notice for consultation events; one fact in a budget simulator's slider label; tier-path
pages with another council's certificate and a protocol mention in a policy PDF; a legacy site without search
holding figures and a SPOC; a code of practice as HTML articles with a step 1 claim, a key personnel table and a
signed certificate of agreement; a step 2 claim only in a 'you said, we did' table; a signed police agreement
linked only from the law enforcement request form, with the step 2 claim in a consultation document; a SPOC only
in a policy PDF and a draft unsigned Word memorandum only in committee papers; and councils that publish nothing
but carry look-alikes).
"""

from __future__ import annotations

import json
import re
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

from fixtures.heldback351.truth import TRUTH_PATH
from fixtures.heldback351.web import Heldback351Web


@pytest.fixture(scope="module")
def web() -> Heldback351Web:
    return Heldback351Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _criteria(truth: dict, host: str) -> set[str]:
    return {k for k, v in _auth(truth, host)["deliverables"]["5.1"]["criteria"].items() if v}


def _evidence(truth: dict, host: str, key: str) -> set[str]:
    return {e["url"] for e in _auth(truth, host)["deliverables"][key]["evidence"]}


def test_fresh_councils_of_the_brief_mix(web: Heldback351Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 351)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_engagement_hub_holds_the_signed_met_agreement(web: Heldback351Web, truth: dict) -> None:
    host, hub = "www.merton.gov.uk", "haveyoursay.merton.gov.uk"
    assert hub in web.sites[host].hosts()
    proj = f"http://{hub}/cctv-strategy"
    page = "/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link"
    assert proj in _links(web, host, page)
    hub_html = _html(web, hub, "/cctv-strategy")
    assert 'class="engagement-hub"' in hub_html and "<main" not in hub_html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and urlsplit(doc["url"]).hostname == hub
    assert _no_extension(doc["url"]) and _linking(web, host, doc["url"]) == {proj}
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf of the Metropolitan Police Service" in _text(web, hub, urlsplit(doc["url"]).path)
    assert "agreement" not in _main(web, host, page).lower()
    assert d["5.3"]["status"] == "partial" and d["5.2"]["status"] == "not_met"
    assert "&pound;150" in _html(web, host, page) and "<table>" in _html(web, host, page)


def test_closed_consultation_only_behind_the_finder_filter(web: Heldback351Web, truth: dict) -> None:
    host = "www.rochdale.gov.uk"
    rec = f"http://{host}/directory-record/1433/deployable-cctv-cameras-rochdale-north"
    assert _linking(web, host, rec) == {f"http://{host}/consultations?status=closed"}
    assert rec not in _links(web, host, "/consultations")
    assert f"http://{host}/consultations?status=closed" in _links(web, host, "/consultations")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    other = [e for e in d51["evidence"] if e["url"] == rec]
    assert d51["criteria"]["other_systems"] and other and "deployable" in other[0]["quote"]
    assert "deployable" not in _main(web, host, "/information-data-governance/request-cctv-footage").lower()
    assert '<dl class="record-fields">' in _html(web, host, "/directory-record/960/cctv-surveillance-privacy-notice")


def test_archived_budget_consultation_for_a_withdrawn_service(web: Heldback351Web, truth: dict) -> None:
    host, arc = "www.westberks.gov.uk", "info.westberks.gov.uk"
    art = f"http://{arc}/article/31632"
    assert _linking(web, host, art) == {f"http://{arc}/consultations-archive"}
    text = _text(web, arc, "/article/31632")
    assert "Forty cameras" in text and "suspended on 1 April 2016" in text and "ARCHIVED" in text
    assert "stopped paying for public space CCTV on 1 April 2016" in _main(web, host, "/community-safety")
    assert not _auth(truth, host)["oracle_fetches"]


def test_county_signposts_other_councils_consultations(web: Heldback351Web, truth: dict) -> None:
    host = "www.nottinghamshire.gov.uk"
    main = _main(web, host, "/council/have-your-say")
    assert "Bassetlaw District Council: new CCTV cameras in Worksop" in main
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_welsh_twins_drop_in_event_and_what_you_told_us(web: Heldback351Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    en, cy = "/en/Residents/Community-safety/CCTV.aspx", "/cy/Trigolion/Diogelwch-cymunedol/Teledu-cylch-cyfyng.aspx"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    ev = "/en/Council/Events/Pwllheli-CCTV-drop-in.aspx"
    ysd = f"http://{host}/en/Council/Have-your-say/Pwllheli-CCTV-what-you-told-us.aspx"
    assert f"http://{host}/en/Documents/Pwllheli-CCTV-proposed-locations.pdf" in _links(web, host, ev)
    assert ysd in _links(web, host, ev)
    assert '<th scope="col">You said</th><th scope="col">We did</th>' in _html(web, host, urlsplit(ysd).path)
    d = _auth(truth, host)["deliverables"]
    assert {f"http://{host}{cy}", ysd} <= set(d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]


def test_local_plan_portal_resident_comment_is_not_a_disclosure(web: Heldback351Web, truth: dict) -> None:
    host, portal = "www.wealden.gov.uk", "consult.wealden.gov.uk"
    com = f"http://{portal}/comments?chapter=9"
    assert _linking(web, host, com) == {f"http://{portal}/draft-local-plan/chapter-9"}
    html = _html(web, portal, "/comments?chapter=9")
    assert "the district council owns them" in html and 'class="engagement-hub"' in html
    assert "Data Protection Act 1998" in _main(web, host, "/privacy")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback351Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.westberks.gov.uk", "www.nottinghamshire.gov.uk", "www.wealden.gov.uk"}, min_decoys=4
    )


def test_budget_consultation_that_ended_monitoring_beside_standing_page(web: Heldback351Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    bud = f"http://{host}/council-and-democracy/consultations/closed/budget-proposals-2017-18"
    assert bud in _links(web, host, "/community-safety/cctv")
    assert bud in _links(web, host, "/council-and-democracy/consultations/closed")
    assert "Live monitoring ended on 31 March 2017" in _main(web, host, "/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert bud in d["5.1"]["pages"] and d["5.5"]["status"] == "not_met"


def test_one_fact_councils(web: Heldback351Web, truth: dict) -> None:
    for host, path, crit in (
        ("www.teignbridge.gov.uk", "/consultations/consultation-events-privacy-notice", "cameras"),
        ("www.woking.gov.uk", "/council-and-democracy/budget-and-spending/budget-simulator", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and _criteria(truth, host) == {crit}, host
        assert d51["pages"] == [f"http://{host}{path}"], host
    sim = _html(web, "www.woking.gov.uk", "/council-and-democracy/budget-and-spending/budget-simulator")
    label = re.search(r'<label for="cctv">([^<]*)</label>', sim)
    assert label and "watched live 24 hours a day" in label.group(1) and 'type="range"' in sim
    tb = "www.teignbridge.gov.uk"
    assert f"http://{tb}/consultations/consultation-events-privacy-notice" in _links(
        web, tb, "/consultations/newton-abbot-market-quarter"
    )


def test_tier_paths_another_councils_certificate_and_protocol_mention(web: Heldback351Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    pg = "/home/other-services/community-protection/tier-2-primary-areas/safer-maidstone/tier-3-primary-areas/cctv"
    pol = "/__data/assets/pdf_file/0017/412289/CCTV-Operational-Policy-2024.pdf"
    assert f"http://{host}{pol}" in _links(web, host, pg)
    text = _text(web, host, pol)
    assert "that certificate belongs to Medway Council" in text and "protocol agreed" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_legacy_site_without_search_holds_figures_and_spoc(web: Heldback351Web, truth: dict) -> None:
    host = "www.derbyshiredales.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    assert "<form" not in _html(web, host, "/your-community/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and d["5.3"]["status"] == "met"
    assert _evidence(truth, host, "5.3") == {f"http://{host}/your-community/community-safety/cctv"}


def test_code_as_html_articles_with_step_1_spoc_and_signed_certificate(web: Heldback351Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-10" and not d["5.2"]["mark_displayed"]
    assert _evidence(truth, host, "5.2") == {f"http://{host}/article/455/Introduction-and-objectives"}
    assert _evidence(truth, host, "5.3") == {f"http://{host}/article/459/Appendix-A-Key-personnel"}
    assert '<th scope="col">Role</th>' in _html(web, host, "/article/459/Appendix-A-Key-personnel")
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"] and doc["force"] == "Hampshire" and doc["url"].endswith("/article/460/Certificate-of-agreement")
    )
    assert _render(web, doc["url"]).header("Content-Type").startswith("text/html")
    form = f"http://{host}/downloads/file/1287/cctv-subject-access-request-form"
    assert _no_extension(form) and _render(web, form).header("Content-Type") == "application/pdf"
    assert "service level agreement" in _main(web, host, "/article/2295/CCTV-for-town-and-parish-councils")


def test_step_2_only_in_a_you_said_we_did_table(web: Heldback351Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    ys = "/cctv/cctv-upgrade-what-businesses-told-us"
    cell = re.search(r"<td>([^<]*step 2[^<]*)</td>", _html(web, host, ys))
    assert cell and "March 2020" in cell.group(1)
    assert "step 2" not in _main(web, host, "/cctv/cctv-wyre").lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and _evidence(truth, host, "5.2") == {f"http://{host}{ys}"}
    assert "service level agreement" in _main(web, host, "/cctv/cctv-wyre") and d["5.5"]["status"] == "partial"
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_agreement_only_behind_the_law_enforcement_form(web: Heldback351Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info-pages/cctv-request-law-enforcement/"}
    assert _evidence(truth, host, "5.3") == {f"http://{host}/privacy-notices/cctv-privacy-notice/"}
    cdoc = f"http://{host}/wp-content/uploads/2023/10/Overnight-CCTV-monitoring-consultation-document.pdf"
    assert _evidence(truth, host, "5.2") == {cdoc}
    assert _linking(web, host, cdoc) == {f"http://{host}/consultations/changes-to-overnight-cctv-monitoring/"}
    assert "step 2" not in _main(web, host, "/info-pages/cctv/").lower()


def test_spoc_only_in_policy_pdf_and_draft_memorandum_in_committee_papers(web: Heldback351Web, truth: dict) -> None:
    host, dem = "www.epsom-ewell.gov.uk", "democracy.epsom-ewell.gov.uk"
    pg = "/community-and-safety/cctv-and-video-surveillance"
    assert "single point of contact" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).path for u in _evidence(truth, host, "5.3")} == {
        "/sites/default/files/documents/council/policies/Video-Surveillance-System-Policy.pdf"
    }
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, dem, urlsplit(doc["url"]).path)
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=11328"}
    assert not d["5.1"]["criteria"]["police_agreement"] and d["5.2"]["status"] == "not_met"
    rm = f"http://{host}{pg}/removing-cameras-in-ewell-and-stoneleigh"
    assert rm in _links(web, host, pg) and rm in d["5.1"]["pages"]
