"""The hundredth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in sets 85 to 99; the labelling rules hold with the intended
tallies; and the structures the set is built from are really there (a disclosure split over a parent page and three
child pages linked only from its in-page contents list; a sitemap index; a camera count only in a photograph's
caption; a step 2 claim only on an awards page; camera figures in a table inside a PDF annual report; a SPOC only
in a CCTV privacy notice; a SPOC only on a FAQ page shared by several services; a Welsh-language PDF policy beside
the English page; an at-a-glance facts table with a step 2 claim; an A to Z served one letter per page; a brand-name
camera page; a step 1 claim in a figure caption beside the mark; a page titled 'Town centre cameras' that never
writes CCTV; a signed schedule of a partnership agreement; a signed memorandum of understanding; a police agreement
only mentioned in a PDF; a council SLA that is no police agreement; a paged news list; a draft Word agreement;
one-fact councils on an event, park and taxi rank page; a website shared by two councils; robots.txt forbidding the
search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names
from fixtures.heldback100.truth import TRUTH_PATH
from fixtures.heldback100.web import Heldback100Web


@pytest.fixture(scope="module")
def web() -> Heldback100Web:
    return Heldback100Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_sets_85_to_99(web: Heldback100Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    names = set(set_names())
    others = [k for k in range(85, 100) if f"heldback{k}" in names]
    assert not mine & codes_of_sets(others), "no council of sets 85-99 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 3, "not_met": 9}), tally


def test_parent_and_three_children_linked_only_by_contents_list_and_sitemap_index(
    web: Heldback100Web, truth: dict
) -> None:
    host = "www.kingston.gov.uk"
    top = f"http://{host}/safety-crime-and-emergencies/cctv"
    kids = [f"{top}-how-the-cameras-are-run", f"{top}-asking-for-footage", f"{top}-oversight-and-partners"]
    assert 'aria-label="On this topic"' in _html(web, host, urlsplit(top).path)
    for kid in kids:
        assert _linking(web, host, kid) == {top}, kid
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {urlsplit(kids[2]).path}
    assert set(kids) <= set(d["5.1"]["pages"])
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of the Royal Borough" in text and "on behalf of the Metropolitan Police Service" in text
    index = _render(web, f"http://{host}/sitemap.xml").body.decode()
    assert "<sitemapindex" in index and "/sitemaps/pages-2.xml" in index
    child = _render(web, f"http://{host}/sitemaps/pages-2.xml")
    assert child.status == 200 and b"<urlset" in child.body
    assert f"Sitemap: http://{host}/sitemap.xml" in web.sites[host].robots_txt()


def test_count_in_caption_and_certification_only_on_awards_page(web: Heldback100Web, truth: dict) -> None:
    host = "www.sthelens.gov.uk"
    html = _html(web, host, "/article/3168/CCTV-and-security")
    assert "<figcaption>Operators in the new CCTV suite can call up any of the borough's 120 cameras" in html
    main = _main(web, host, "/article/3168/CCTV-and-security").lower()
    assert "certification" not in main and "step 2" not in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2017-02-27"
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/article/2210/Awards-and-accreditations"}
    assert "Green Flag Award" in _main(web, host, "/article/2210/Awards-and-accreditations")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_annual_report_table_and_spoc_only_in_privacy_notice(web: Heldback100Web, truth: dict) -> None:
    host = "www.northyorks.gov.uk"
    report = "/sites/default/files/2024-07/Harrogate-CCTV-annual-report-2023-24.pdf"
    assert _render(web, f"http://{host}{report}").header("Content-Type") == "application/pdf"
    assert "Measure | 2022-23 | 2023-24" in _text(web, host, report)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{report}" in d["5.1"]["pages"] and d["5.1"]["criteria"]["statistics"]
    notice = "/your-council/transparency-and-data-protection/privacy-notices/cctv-privacy-notice"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {notice}
    hub = "/environment-and-neighbourhoods/cctv-public-spaces-north-yorkshire"
    assert "single point of contact" not in _main(web, host, hub)
    assert "Ryedale Cameras in Action" in _main(web, host, f"{hub}/cctv-public-spaces-ryedale-area")


def test_welsh_pdf_beside_english_page_and_spoc_on_shared_faq(web: Heldback100Web, truth: dict) -> None:
    host = "www.pembrokeshire.gov.uk"
    page = "/data-protection/cctv-at-council-sites"
    links = set(_links(web, host, page))
    en, cy = (f"http://{host}/objview.asp?object_id=884{n}&language={lang}" for n, lang in ((1, "ENG"), (2, "CYM")))
    assert {en, cy} <= links
    assert "teledu cylch cyfyng" in _text(web, host, urlsplit(cy).path + "?" + urlsplit(cy).query)
    d = _auth(truth, host)["deliverables"]
    assert cy in d["5.1"]["pages"]
    faq = _main(web, host, "/frequently-asked-questions")
    assert "council tax" in faq and "blue badge" in faq and "single point of contact" in faq
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {"/frequently-asked-questions"}
    assert "single point of contact" not in _main(web, host, page)


def test_at_a_glance_table_memorandum_and_letter_a_to_z(web: Heldback100Web, truth: dict) -> None:
    host = "www.nuneatonandbedworth.gov.uk"
    page = "/info/20006/community_safety/301/cctv"
    html = _html(web, host, page)
    assert '<table class="at-a-glance">' in html and '<th scope="row">Certification</th>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Warwickshire" and "memorandum" in doc["title"].lower()
    assert _linking(web, host, f"http://{host}{page}") >= {f"http://{host}/a-z/c"}
    assert f"http://{host}/a-z/c" in _links(web, host, "/a-z")
    assert f"http://{host}{page}" not in _links(web, host, "/a-z")
    assert "Services starting with C" in _html(web, host, "/a-z/c")


def test_brand_name_page_and_step_1_caption_beside_mark(web: Heldback100Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    html = _html(web, host, "/rivers-watch")
    assert "<h1>Rivers Watch</h1>" in html
    assert (
        'alt="Surveillance Camera Code of Practice certification mark"><figcaption>Rivers Watch completed step one'
        in html
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2022-06" and d["5.2"]["mark_displayed"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {"/media/2873/cctv-policy-2024-2028.pdf"}
    assert "information sharing agreement" not in _main(web, host, "/rivers-watch")


def test_town_centre_cameras_never_says_cctv_and_signed_schedule(web: Heldback100Web, truth: dict) -> None:
    host = "www.midsussex.gov.uk"
    page = "/community/town-centre-cameras"
    assert "cctv" not in _main(web, host, page).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and f"http://{host}{page}" in d["5.1"]["pages"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and "Schedule 2" in doc["title"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Mid Sussex District Council" in text and "Signed on behalf of Sussex Police" in text
    assert d["5.3"]["status"] == "not_met"


def test_council_sla_mention_in_code_and_paged_news(web: Heldback100Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    main = _main(web, host, "/council/use-cctv")
    assert "service level agreement between the two councils" in main and "Kent Police" not in main
    assert "information sharing agreement" in _text(web, host, "/media/1187/cctv-code-of-practice.pdf")
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}/news?page=2" in _links(web, host, "/news")
    assert f"http://{host}/news/cameras-help-police" in _links(web, host, "/news?page=2")
    assert f"http://{host}/news/cameras-help-police" not in d["5.1"]["pages"]


def test_draft_word_agreement_and_retention_only_in_dpia(web: Heldback100Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and doc["force"] == "Thames Valley"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert "31 days" not in _main(web, host, "/community-safety/cctv")
    dpia = "/wp-content/uploads/2024/02/CCTV-data-protection-impact-assessment.pdf"
    assert "31 days" in _text(web, host, dpia) and f"http://{host}{dpia}" in d["5.1"]["pages"]


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.sthelens.gov.uk", "www.easthants.gov.uk", "www.threerivers.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(web: Heldback100Web, truth: dict) -> None:
    for host, crit, path in (
        ("www.easthants.gov.uk", "retention", "/whats-on/petersfield-heath-family-fun-day"),
        ("www.maldon.gov.uk", "cameras", "/info/200132/parks/1044/promenade_park"),
        ("www.molevalley.gov.uk", "cameras", "/licensing/taxis-and-private-hire/taxi-ranks"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert '<main id="main">' not in _html(web, "www.maldon.gov.uk", "/")
    assert web.sites["www.maldon.gov.uk"].search is None
    taxis = "http://www.molevalley.gov.uk/licensing/taxis-and-private-hire"
    assert f"{taxis}/cameras-in-vehicles" in _links(web, "www.molevalley.gov.uk", urlsplit(taxis).path)


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback100Web, truth: dict) -> None:
    hosts = {"www.warwickshire.gov.uk", "www.lewes-eastbourne.gov.uk", "www.southnorfolkandbroadland.gov.uk"}
    assert_publish_nothing(web, truth, hosts)
    lewes = _main(web, "www.lewes-eastbourne.gov.uk", "/community-safety/eastbourne-town-centre-cctv")
    assert "Eastbourne Borough Council runs" in lewes
    assert "Lewes and Eastbourne Councils" in _html(web, "www.lewes-eastbourne.gov.uk", "/")
