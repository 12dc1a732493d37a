"""The 358th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

The set's emphasis is two versions of the same information that say different things, where a crawler may meet only
one of them. Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures are
really served: a live page without the step 2 sentence beside its cached 'download as PDF' copy that keeps it; a short
summary page and a longer, older full version (linked only from the summary) holding the SPOC; figures only in a
dashboard's accessible text version; the key terms of a police agreement that is itself unpublished; English and Welsh
twins with a short (2024) and a full (2021) privacy notice that name different processors; an AMP copy, linked only
from news, without the documents and contact blocks that carry the signed protocol; one fact on a park page whose
Nepali version leaves it out; a step 2 claim only in an easy read version; an agreement whose accessible web version
omits the signatures its extensionless PDF carries; an annual review summary that only mentions the agreement its full
report appends signed; a page naming the SPOC beside an older one-page quick guide naming a former contact; an English
leaflet with the step 2 claim among older translated leaflets without it; a policy summary with the policy only in
Cabinet papers; robots.txt forbidding the search; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback358.truth import TRUTH_PATH
from fixtures.heldback358.web import Heldback358Web


@pytest.fixture(scope="module")
def web() -> Heldback358Web:
    return Heldback358Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback358Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 358)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_live_page_dropped_step_2_cached_pdf_copy_keeps_it(web: Heldback358Web, truth: dict) -> None:
    host = "www.richmond.gov.uk"
    page = "/services/community_safety/crime_prevention/cctv"
    export = f"http://{host}/pdf-export?asset=11874"
    assert "step 2" not in _main(web, host, page).lower()
    assert "certification scheme" in _main(web, host, page) and export in _links(web, host, page)
    r = _render(web, export)
    assert r.header("Content-Type") == "application/pdf"
    text = _text(web, host, _path(export))
    assert "14 June 2023" in text and "step 2 certification" in text
    d52 = _auth(truth, host)["deliverables"]["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2" and d52["awarded"] == "2022-03"
    assert not d52["mark_displayed"] and [e["url"] for e in d52["evidence"]] == [export]


def test_summary_page_and_full_version_holding_the_spoc(web: Heldback358Web, truth: dict) -> None:
    host = "www.solihull.gov.uk"
    summ = f"http://{host}/crime-and-safety/public-space-cctv"
    full = f"{summ}/full-information"
    assert _linking(web, host, full) == {summ}
    assert summ in _links(web, host, "/a-z") and full not in _links(web, host, "/a-z")
    assert "single point of contact" not in _main(web, host, _path(summ))
    assert "Regional control centre".lower() in _main(web, host, _path(summ)).lower()
    full_main = _main(web, host, _path(full))
    assert "single point of contact" in full_main and "Urban Traffic Control Centre" in full_main
    assert "Last reviewed: 14 March 2022" in full_main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [full]
    assert {summ, full} <= set(d["5.1"]["pages"])


def test_figures_only_in_dashboard_text_version_and_unpublished_agreement(web: Heldback358Web, truth: dict) -> None:
    host = "www.n-somerset.gov.uk"
    dash = "/community-safety/cctv/dashboard"
    html = _html(web, host, dash)
    assert "<iframe" in html and "4,562" not in html
    assert f"http://{host}{dash}/text-version" in _links(web, host, dash)
    assert "4,562 incidents" in _main(web, host, f"{dash}/text-version")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{dash}/text-version" in d["5.1"]["pages"]
    police = "/community-safety/cctv/working-with-the-police"
    assert "The agreement itself is not published" in _main(web, host, police)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "met"


def test_welsh_twins_and_privacy_notice_layers_that_disagree(web: Heldback358Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    en = "/en/living/Safer-Vale/CCTV.aspx"
    cy = "/cy/byw/Bro-Mwy-Diogel/TCC.aspx"
    short = "/en/our_council/privacy/CCTV-privacy-notice.aspx"
    full = "/en/our_council/privacy/CCTV-privacy-notice-full.aspx"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    assert "Cardiff Council" in _main(web, host, short) and "Bridgend" not in _main(web, host, short)
    assert "Bridgend" in _main(web, host, full) and "Cardiff" not in _main(web, host, full)
    assert _linking(web, host, f"http://{host}{full}") == {f"http://{host}{short}"}
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["retention"]
    assert d["5.5"]["status"] == "partial" and f"http://{host}{full}" in [e["url"] for e in d["5.5"]["evidence"]]


def test_amp_copy_without_documents_and_contact(web: Heldback358Web, truth: dict) -> None:
    host = "www.southribble.gov.uk"
    canon = f"http://{host}/community/community-safety/cctv"
    amp = f"{canon}/amp"
    amp_html = _html(web, host, _path(amp))
    assert amp_html.startswith("<!DOCTYPE html><html amp") and f'<link rel="canonical" href="{canon}">' in amp_html
    assert _linking(web, host, amp) == {f"http://{host}/news/more-cameras-for-leyland"}
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire"
    assert doc["url"] in _links(web, host, _path(canon)) and doc["url"] not in _links(web, host, _path(amp))
    assert "communitysafety@" in _html(web, host, _path(canon)) and "communitysafety@" not in amp_html
    assert _linking(web, host, doc["url"]) == {canon}
    assert "Signed for and on behalf of Lancashire Constabulary" in _text(web, host, _path(doc["url"]))
    sla = _text(web, host, "/wp-content/uploads/2020/06/Shared-services-CCTV-monitoring-summary.pdf")
    assert "service level agreement between the two councils" in sla


def test_one_fact_on_park_page_left_out_of_nepali_version(web: Heldback358Web, truth: dict) -> None:
    host = "www.folkestone-hythe.gov.uk"
    park = "/parks-and-open-spaces/cheriton-recreation-ground"
    assert "CCTV" in _main(web, host, park)
    ne = _html(web, host, f"{park}/nepali")
    assert '<html lang="ne">' in ne and "CCTV" not in _main(web, host, f"{park}/nepali")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{park}"]
    assert "Swale Borough Council" in _main(web, host, "/council-and-democracy/town-and-parish-councils")


def test_step_2_only_in_easy_read_version(web: Heldback358Web, truth: dict) -> None:
    host = "www.worcester.gov.uk"
    page, easy = "/community-safety/cctv", "/community-safety/cctv/easy-read"
    assert "certification" not in _main(web, host, page) and "step 2" in _main(web, host, easy)
    assert '<img src="/images/easy-tick.png" alt="A green tick on a certificate">' in _html(web, host, easy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021"
    assert [e["url"] for e in d["5.2"]["evidence"]] == [f"http://{host}{easy}"]
    assert "service level agreement" in _main(web, host, page) and d["5.5"]["status"] == "not_met"


def test_accessible_version_omits_signatures_of_extensionless_pdf(web: Heldback358Web, truth: dict) -> None:
    host = "www.lincoln.gov.uk"
    webv = "/safety-emergencies/cctv/information-sharing-agreement"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lincolnshire" and "." not in _path(doc["url"]).rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed for and on behalf" not in _main(web, host, webv)
    assert "does not reproduce the signature page" in _main(web, host, webv)
    pdf = _text(web, host, _path(doc["url"]))
    assert "Signed for and on behalf of City of Lincoln Council" in pdf
    assert "Signed for and on behalf of Lincolnshire Police" in pdf
    assert [e["url"] for e in d["5.5"]["evidence"]] == [doc["url"]]


def test_review_summary_mentions_agreement_full_report_appends_it_signed(web: Heldback358Web, truth: dict) -> None:
    host = "www.newark-sherwooddc.gov.uk"
    summ = "/your-district/public-protection/crime-prevention/cctv/annual-review-2024-25"
    report = f"http://{host}/media/5512/cctv-annual-review-2024-25-full-report.pdf"
    assert "Nottinghamshire Police" in _main(web, host, summ) and "Signed for" not in _main(web, host, summ)
    assert _linking(web, host, report) == {f"http://{host}{summ}"}
    text = _text(web, host, _path(report))
    assert "Appendix C" in text and "Signed for and on behalf of Nottinghamshire Police" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "met" and d["5.5"]["documents"][0]["date"] == "2024-10-29"
    assert d["5.3"]["status"] == "met"
    old = _text(web, host, "/media/2207/cctv-shared-service-agreement-2016.pdf")
    assert "Ashfield District Council" in old and "Police" not in old


def test_page_names_spoc_older_quick_guide_names_former_contact(web: Heldback358Web, truth: dict) -> None:
    host = "www.ashford.gov.uk"
    page = "/your-community/cctv/cctv-in-ashford-and-tenterden"
    guide = _text(web, host, "/media/4410/cctv-quick-guide.pdf")
    assert "CCTV Manager on 01233 330 615" in guide and "single point of contact" not in guide
    assert "2021" in guide and "74 cameras" in guide and "92 public space cameras" in _main(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "cctvspoc@ashford.example.gov.uk"
    assert [urlsplit(e["url"]).path for e in d["5.3"]["evidence"]] == [page]
    code = _render(web, f"http://{host}/media/3920/cctv-code-of-practice.docx")
    assert (code.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_english_leaflet_with_step_2_among_older_translations(web: Heldback358Web, truth: dict) -> None:
    host = "www.boston.gov.uk"
    langs = "/article/21204/CCTV-information-in-other-languages"
    leaflet = f"http://{host}/media/9130/CCTV-information-leaflet-English-2024.pdf"
    docs = [u for u in _links(web, host, langs) if u.endswith(".docx")]
    assert len(docs) == 6
    for u in docs:
        r = _render(web, u)
        assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
        text = _text(web, host, _path(u))
        assert "2016" in text and "step 2" not in text.lower() and "68" in text
    assert 'lang="pl"' in _html(web, host, langs) and leaflet in _links(web, host, langs)
    assert "step 2 (full) certification" in _text(web, host, _path(leaflet))
    assert '<main id="main">' not in _html(web, host, "/article/21203/CCTV")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2018-11" and not d["5.2"]["mark_displayed"]
    assert [e["url"] for e in d["5.2"]["evidence"]] == [leaflet]


def test_policy_summary_with_policy_only_in_cabinet_papers(web: Heldback358Web, truth: dict) -> None:
    host = "www.middevon.gov.uk"
    dem = "democracy.middevon.gov.uk"
    assert dem in web.sites[host].hosts()
    summ = "/residents/community-safety/surveillance-cameras"
    assert f"http://{dem}/mgAi.aspx?ID=7712" in _links(web, host, summ)
    policy = "/documents/s19921/Surveillance%20Camera%20Policy%202021.pdf"
    assert "retained for 31 days" in _text(web, dem, policy)
    assert "31 days" not in _main(web, host, summ)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{summ}"]


def test_committee_papers_and_accessible_copies_only(web: Heldback358Web, truth: dict) -> None:
    host, dem = "www.eastherts.gov.uk", "democracy.eastherts.gov.uk"
    assert "5,120" in _text(web, dem, "/documents/s61220/CCTV%20Operations%20Report.pdf")
    assert "5,120" in _main(web, dem, "/mgConvert2PDF.aspx?ID=61220")
    assert not any(a["deliverables"][k]["evidence"] for a in [_auth(truth, host)] for k in a["deliverables"])


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.folkestone-hythe.gov.uk", "www.elmbridge.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback358Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.lancashire.gov.uk", "www.eastherts.gov.uk", "www.elmbridge.gov.uk"})
    assert "district councils" in _main(web, "www.lancashire.gov.uk", "/community-safety/cctv-in-your-area")
    walton = "/news/2024/walton-thames-safer-streets-improvements-update"
    assert "24 hours a day" in _main(web, "www.elmbridge.gov.uk", walton)
