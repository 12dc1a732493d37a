"""The three hundred and thirty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from, all about old, moved and superseded content, are really served: an old
monitoring address that 301s; a superseded code with a blank certificate of agreement; old /beta/ addresses that
answer 308 and that robots.txt forbids; an expired protocol whose link answers 410; a stale copy at an old address
beside the current page (1998 Act, 10 pound fee, certificate 'valid until 2021' against a renewed and lapsed one); an
archive of the old website on its own host; an A to Z entry that 301s to an index with nothing on it; a certificate
link that answers 410 beside the claim; an old policy address that 301s to a document without extension; an old
code address that 302s to its replacement; a step 2 certificate and mark still shown years after they ran out, and
an annual reports list with removed years; an archived page marked out of date and noindex; a withdrawn page that
answers 410 while its body still carries the old text; a current page whose policy link opens a protocol past its
review date; a superseded agreement's address that 301s to the signed Word agreement; a code's internal link to the
old certificate slug (301) beside the re-signed certificate; 307 and 303 redirects from the A to Z; and councils that
publish nothing but carry look-alikes.
"""

from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

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

from fixtures.heldback335.truth import TRUTH_PATH
from fixtures.heldback335.web import Heldback335Web


@pytest.fixture(scope="module")
def web() -> Heldback335Web:
    return Heldback335Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _answer(web: Heldback335Web, url: str) -> tuple[int, str]:
    r = _render(web, url)
    return r.status, r.header("Location") or ""


def test_fresh_councils_of_the_briefs_mix(web: Heldback335Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 335)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_old_monitoring_address_301_and_superseded_blank_certificate(web: Heldback335Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    cctv = f"http://{host}/community/community-safety/cctv"
    old = f"{cctv}/monitoring-from-enfield"
    assert _answer(web, old) == (301, cctv)
    assert _linking(web, host, old) == {f"http://{host}/news/2019-barnet-cameras-watched-from-enfield"}
    code14 = "/documents/s/cctv-code-of-practice-v1-8-2014.pdf"
    text14 = _text(web, host, code14)
    assert "Certificate of Agreement" in text14 and "200_" in text14 and "Data Protection Act 1998" in text14
    assert "superseded" in _main(web, host, "/community/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["url"].endswith(code14)
    assert "Metropolitan Police" in _text(web, host, "/documents/s/cctv-code-of-practice-2025.pdf")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv.spoc@")
    assert old not in evidence_urls(_auth(truth, host))


def test_beta_addresses_answer_308_and_robots_forbid_them(web: Heldback335Web, truth: dict) -> None:
    host = "www.kirklees.gov.uk"
    beta = f"http://{host}/beta/transport-roads-and-parking/closed-circuit-television.aspx"
    assert _answer(web, beta) == (308, "/transport-roads-and-parking/cctv")
    assert beta in _links(web, host, "/news/2022-bus-station-cameras-upgraded")
    robots = RobotFileParser()
    robots.parse(web.sites[host].robots_txt().splitlines())
    assert not robots.can_fetch("cctv-audit", beta)
    pol = "/transport-roads-and-parking/cctv/working-with-the-police"
    old = f"http://{host}/downloads/file/2871/cctv-release-protocol-2016.pdf"
    assert old in _links(web, host, pol) and _render(web, old).status == 410
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Yorkshire"
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed on behalf of Kirklees Council" in text and "Signed on behalf of West Yorkshire Police" in text


def test_stale_copy_beside_the_current_page_disagrees(web: Heldback335Web, truth: dict) -> None:
    host = "www.peterborough.gov.uk"
    stale, current = "/council/council-data/cctv/", "/residents/community-safety/cctv"
    old = _main(web, host, stale)
    new = _main(web, host, current)
    assert "Data Protection Act 1998" in old and "£10" in old and "valid until October 2021" in old
    assert "1998" not in new and "£" not in new and "lapsed" in new and "November 2021" in new
    assert _linking(web, host, f"http://{host}{stale}") >= {f"http://{host}/council/council-data"}
    a = _auth(truth, host)
    assert f"http://{host}{stale}" not in evidence_urls(a)
    d52 = a["deliverables"]["5.2"]
    assert (
        d52["status"] == "met" and d52["level"] == "step2" and d52["awarded"] == "2021-11" and not d52["mark_displayed"]
    )
    assert a["deliverables"]["5.5"]["status"] == "not_met"


def test_archived_old_website_on_its_own_host(web: Heldback335Web, truth: dict) -> None:
    host, old = "www.wrexham.gov.uk", "old.wrexham.gov.uk"
    assert old in web.sites[host].hosts() and web.site_for_host(old) is web.sites[host]
    assert f"http://{old}/" in _links(web, host, "/services/community-safety/cctv")
    faq = _html(web, old, "/english/faq/cctv.htm")
    assert "92 cameras" in faq and "Archived website" in faq and "<main" not in faq
    a = _auth(truth, host)
    assert not any(urlsplit(u).hostname == old for u in evidence_urls(a))
    assert f"http://{host}/cy/gwasanaethau/diogelwch-cymunedol/teledu-cylch-cyfyng" in a["deliverables"]["5.1"]["pages"]
    assert a["deliverables"]["5.5"]["status"] == "partial" and not a["deliverables"]["5.5"]["documents"]


def test_a_to_z_entry_301s_to_an_index_with_nothing_on_it(web: Heldback335Web) -> None:
    host = "www.gloucestershire.gov.uk"
    index = "/council-and-democracy/access-to-information-and-data-protection"
    old = f"http://{host}{index}/closed-circuit-television-cctv-and-surveillance"
    assert old in _links(web, host, "/a-z")
    assert _answer(web, old) == (301, f"http://{host}{index}")
    main = _main(web, host, index).lower()
    assert main.count("cctv") == 1 and "foi response: public space cctv" in main  # only the FOI answer's link


def test_certificate_link_410_and_old_policy_301_to_extensionless_document(web: Heldback335Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    od = "/info/16/open_data/1182/cctv_policy_codes_of_practice_and_self_assessments"
    cert = f"http://{host}/downloads/file/3120/surveillance_camera_code_certificate_of_compliance"
    assert cert in _links(web, host, od) and _render(web, cert).status == 410
    assert "awarded 12 March 2019, expired 11 March 2024" in _main(web, host, od)
    new = "/downloads/file/4410/cctv_policy_2024"
    assert _answer(web, f"http://{host}/downloads/file/2201/cctv_policy_2016") == (301, new)
    r = _render(web, f"http://{host}{new}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03-12" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.1"]["criteria"]["self_assessment"]


def test_old_code_address_302s_to_the_replacement_policy(web: Heldback335Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    old = f"http://{host}/wp-content/uploads/2016/05/CCTV-Code-of-Practice.pdf"
    policy = "/wp-content/uploads/2023/12/Surveillance-and-Image-Recording-Policy.pdf"
    assert old in _links(web, host, "/info-pages/cctv-privacy-notice/")
    assert _answer(web, old) == (302, f"http://{host}{policy}")
    text = _text(web, host, policy)
    assert "replaces the CCTV Code of Practice (2016)" in text and "step" not in text.lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and d["5.2"]["awarded"] == "2017"


def test_expired_certificate_still_shown_and_reports_archive_with_gaps(web: Heldback335Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    cctv = "/more/community-safety/cctv-in-west-lancashire.aspx"
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(web, host, cctv)
    assert "14 June 2016" in _main(web, host, cctv) and "lapsed" not in _main(web, host, cctv)
    reports = _links(web, host, "/more/community-safety/cctv-annual-report.aspx")
    pdfs = [u for u in reports if u.endswith(".pdf")]
    answers = Counter(_render(web, u).status for u in pdfs)
    assert answers[200] == 2 and answers[404] == 8
    assert "4,212 incidents" in _text(web, host, "/media/3391/annual-cctv-report-2022-23.pdf")
    assert _answer(web, f"http://{host}/more/community-safety/cctv.aspx") == (301, cctv)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2016-06-14" and d["5.2"]["mark_displayed"]


def test_archived_page_marked_out_of_date_does_not_count(web: Heldback335Web, truth: dict) -> None:
    host = "www.hastings.gov.uk"
    arch = "/my-community/community-safety/cctv-service-2016"
    assert web.sites[host].search is None
    r = _render(web, f"http://{host}{arch}")
    assert r.status == 200 and "noindex" in (r.header("X-Robots-Tag") or "")
    assert "no longer accurate" in _main(web, host, arch) and "31 days" in _main(web, host, arch)
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/my-community/community-safety"]


def test_withdrawn_page_answers_410_with_the_old_text(web: Heldback335Web) -> None:
    host = "www.eastleigh.gov.uk"
    cctv = f"http://{host}/our-community/community-safety/cctv"
    r = _render(web, cctv)
    body = r.body.decode("utf-8")
    assert r.status == 410 and "51 public realm cameras" in body and "31 days" in body
    assert cctv in _links(web, host, "/a-z") and cctv in _links(web, host, "/our-community/community-safety")


def test_policy_link_opens_a_protocol_past_its_review_date(web: Heldback335Web, truth: dict) -> None:
    host = "www.maidstone.gov.uk"
    cctv = "/home/other-services/community-protection/tier-2-primary-areas/safer-maidstone/tier-3-primary-areas/cctv"
    prot = f"http://{host}/__data/assets/pdf_file/0011/38234/CCTV-Operational-Protocol-2013-2017.pdf"
    assert prot in _links(web, host, cctv)
    text = _text(web, host, urlsplit(prot).path)
    assert "Review date: March 2017" in text and "Town Hall" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "single point of contact" in _main(web, host, cctv)


def test_superseded_agreement_address_301s_to_signed_word_agreement(web: Heldback335Web, truth: dict) -> None:
    host = "www.wyre.gov.uk"
    new = "/downloads/file/5521/cctv-isa-2025"
    old = f"http://{host}/downloads/file/1987/cctv-isa-2018"
    assert old in _links(web, host, "/cctv/sharing-footage-with-the-police")
    assert _answer(web, old) == (301, new)
    r = _render(web, f"http://{host}{new}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats") and _no_extension(new)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Lancashire" and doc["url"] == f"http://{host}{new}"
    assert "Fylde Council" in _main(web, host, "/cctv/monitoring-for-other-councils")
    assert d["5.2"]["status"] == "not_met"


def test_code_links_old_certificate_slug_beside_re_signed_certificate(web: Heldback335Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    cert = f"http://{host}/article/454/Certificate-of-Agreement"
    old = f"{cert}-2016"
    assert old in _links(web, host, "/article/455/Introduction-and-Objectives")
    assert _answer(web, old) == (301, "/article/454/Certificate-of-Agreement")
    assert cert in _links(web, host, "/article/1764/CCTV")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == cert and doc["signed"] and doc["date"] == "2022-10-14"
    assert '<th scope="col">Role</th>' in _html(web, host, "/article/466/Appendix-A-Key-Personnel")
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_a_to_z_redirects_307_and_303(web: Heldback335Web, truth: dict) -> None:
    epsom = "www.epsom-ewell.gov.uk"
    old = f"http://{epsom}/residents/community-safety/cctv"
    assert old in _links(web, epsom, "/a-z")
    assert _answer(web, old) == (307, f"http://{epsom}/residents/community-safety")
    a = _auth(truth, epsom)
    assert not any("democracy" in u for u in evidence_urls(a)) and a["heldback"]["robots_forbid_search"]
    dales = "www.derbyshiredales.gov.uk"
    assert f"http://{dales}/cctv" in _links(web, dales, "/a-z")
    assert _answer(web, f"http://{dales}/cctv") == (303, f"http://{dales}/your-council/news/archive-2018")
    assert '<main id="main">' not in _html(web, dales, "/")


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback335Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.gloucestershire.gov.uk", "www.eastleigh.gov.uk", "www.derbyshiredales.gov.uk"}
    )
