"""The two hundred and first held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a search that opens on a News tab with the camera page
only under its Services tab, the page itself four clicks down behind a card hub's 'View all' page; a search with a
section facet and five results a page that puts the camera page on page 2; a search with a 'Show 10 more results'
link; a search that answers nothing without the form's hidden collection field; a title-only search; a search that
is switched off; a SPOC named by role title in a privacy notice five levels down with a web form; a SPOC named as a
person with a direct line only in a policy PDF five clicks down, which also holds a signed ISA; a SPOC known only as a
team mailbox in a contact panel; another council's officer as SPOC; a SPOC in an <address> block; a SPOC by role
title without any contact (partial); a step 1 claim only in a page's change history; a certification claim with no
step; a step 2 claim in a mark's alt text and a sentence on a legacy site without <main>; a step 2 claim only in an
annual review PDF; a signed MoU and a signed ISA served without extension, one six clicks down through a document
directory; a consultation draft agreement as a web page with dotted signature lines; councils' and a company's
monitoring arrangements that are not police agreements; one-fact councils five and four clicks down; and councils that
publish nothing but carry look-alikes (one bilingual).
"""

from __future__ import annotations

import json
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

from fixtures.heldback201.truth import TRUTH_PATH
from fixtures.heldback201.web import Heldback201Web


@pytest.fixture(scope="module")
def web() -> Heldback201Web:
    return Heldback201Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback201Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 201)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    from collections import Counter

    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 5, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_news_tab_search_and_view_all_hub(web: Heldback201Web, truth: dict) -> None:
    host = "www.hackney.gov.uk"
    cctv = f"http://{host}/cctv"
    first = _links(web, host, "/search?query=cctv")
    assert cctv not in first and f"http://{host}/news/new-cameras-for-estates" in first
    assert f"http://{host}/search?query=cctv&tab=services" in first
    assert cctv in _links(web, host, "/search?query=cctv&tab=services")
    hub = "/community-safety-and-enforcement"
    assert cctv not in _links(web, host, hub) and "View all community safety topics" in _main(web, host, hub)
    outside = {u for u in _linking(web, host, cctv) if not u.startswith(f"{cctv}/")}
    assert outside == {f"http://{host}{hub}/all-topics"}
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] is None and not d["5.2"]["mark_displayed"]
    assert "step" not in _main(web, host, "/cctv").lower()
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_facet_search_pages_and_spoc_by_role_title(web: Heldback201Web, truth: dict) -> None:
    host = "www.calderdale.gov.uk"
    cctv = f"http://{host}/communities/crime-prevention/cctv"
    page1 = _links(web, host, "/search?q=cctv")
    assert cctv not in page1 and f"http://{host}/search?q=cctv&section=&page=2" in page1
    assert f"http://{host}/search?q=cctv&section=communities" in page1
    assert cctv in _links(web, host, "/search?q=cctv&section=&page=2")
    pn = "/council/data/protection-foi/privacy-notices-council-services/public-spaces-cctv-privacy-notice"
    main = _main(web, host, pn)
    assert "The Community Protection Manager is the council's single point of contact" in main
    assert "@" not in main and "<form" in _html(web, host, "/contact/community-protection-enquiry")
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["role"] == "Community Protection Manager"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pn}
    assert d["5.1"]["criteria"]["self_assessment"] and d["5.2"]["status"] == "not_met"


def test_named_officer_and_signed_isa_only_in_a_deep_policy_pdf(web: Heldback201Web, truth: dict) -> None:
    host = "www.northlincs.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    ig = "/your-council/about-your-council/information-and-performance/information-governance/"
    assert _linking(web, host, f"http://{host}{ig}cctv/") == {f"http://{host}{ig}"}
    assert "single point of contact" not in _main(web, host, f"{ig}cctv/")
    policy = "/media/4471/cctv-policy-2024.pdf"
    text = _text(web, host, policy)
    assert "Karen Brannigan" in text and "Signed on behalf of Humberside Police" in text
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 7
    d = a["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["name"] == "Karen Brannigan"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Humberside" and urlsplit(doc["url"]).path == policy


def test_switched_off_search(web: Heldback201Web) -> None:
    host = "new.devon.gov.uk"
    main = _main(web, host, "/search?s=cctv")
    assert "switched off" in main and "results" not in _html(web, host, "/search?s=cctv")


def test_show_more_search_and_consultation_draft(web: Heldback201Web, truth: dict) -> None:
    host = "www.stalbans.gov.uk"
    cctv = f"http://{host}/community-and-living/community-safety/cctv"
    first = _links(web, host, "/search?q=cctv")
    assert cctv not in first and f"http://{host}/search?q=cctv&count=20" in first
    assert cctv in _links(web, host, "/search?q=cctv&count=20")
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and not urlsplit(doc["url"]).path.endswith((".pdf", ".docx"))
    assert "Signed for Hertfordshire Constabulary: ......" in _main(web, host, urlsplit(doc["url"]).path)
    assert d["5.1"]["criteria"]["standards"] and d["5.2"]["status"] == "not_met"
    assert "Data Protection Act 1998" in _main(web, host, "/community-and-living/community-safety/cctv")


def test_step_1_only_in_change_history_and_company_monitoring(web: Heldback201Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    assert not web.sites[host].az
    cctv = "/community/crime-community-safety/cctv"
    assert "step 1" not in _main(web, host, cctv)
    history = _html(web, host, f"{cctv}/changes-to-this-page")
    assert "<table>" in history and "step 1 (desktop) certification" in history
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step1" and {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {
        f"{cctv}/changes-to-this-page"
    }
    assert "Colchester Amphora Trading Limited" in _main(web, "tdcdemocracy.tendringdc.gov.uk", "/mgAi.aspx?ID=7731")
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "partial"


def test_spoc_as_team_mailbox_and_councils_agreement(web: Heldback201Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    pg = "/council/how-council-works/policies-plans-strategies/use-cctv"
    html = _html(web, host, pg)
    assert '<aside class="contact-panel">' in html and 'href="mailto:csu.cctv@tmbc.example.gov.uk"' in html
    assert "Tunbridge Wells" in _text(web, host, "/media/2014/cctv-code-of-practice-2024.pdf")
    d = _d(truth, host)
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"] == "csu.cctv@tmbc.example.gov.uk"
    assert d["5.5"]["status"] == "not_met" and _auth(truth, host)["oracle_fetches"] == 7


def test_role_without_contact_and_signed_mou_without_extension(web: Heldback201Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    cctv = "/community/safety-and-emergencies/cctv"
    assert "mailto:" not in _html(web, host, cctv).split('<main id="main">')[1].split("</main>")[0]
    d = _d(truth, host)
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and not spoc["email"] and not spoc["phone"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert _linking(web, host, doc["url"]) == {f"http://{host}{cctv}/working-with-sussex-police"}


def test_search_needs_hidden_collection_and_other_councils_spoc(web: Heldback201Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    assert '<input type="hidden" name="collection" value="cambridge-web">' in _html(web, host, "/")
    cctv = f"http://{host}/community-safety/cctv"
    assert cctv not in _links(web, host, "/search?query=cctv")
    assert "No collection was chosen" in _main(web, host, "/search?query=cctv")
    assert cctv in _links(web, host, "/search?query=cctv&collection=cambridge-web")
    assert "Huntingdonshire District Council officer" in _main(web, host, "/community-safety/cctv")
    assert _d(truth, host)["5.3"]["status"] == "met"


def test_legacy_mark_alt_and_sentence(web: Heldback201Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    pg = "/more/community-safety/cctv-in-west-lancashire.aspx"
    html = _html(web, host, pg)
    assert '<main id="main">' not in html and 'alt="Surveillance Camera Commissioner certification mark' in html
    d = _d(truth, host)
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.2"]["awarded"] == "2017-03"
    assert "5633 incidents" in _text(web, host, "/media/1201/annual-cctv-report-2017-18.pdf")


def test_title_only_search_and_one_fact_councils(web: Heldback201Web, truth: dict) -> None:
    host = "www.basildon.gov.uk"
    fel = f"http://{host}/business/commercial-property/shops-to-let/felmores-pitsea"
    hits = _links(web, host, "/search?q=cctv")
    assert fel not in hits and f"http://{host}/licensing/taxi-cctv" in hits
    for h, crit, url, fetches in (
        (host, "cameras", fel, 5),
        (
            "www.teignbridge.gov.uk",
            "retention",
            "http://www.teignbridge.gov.uk/leisure/parks-beaches-and-countryside/countryside-sites/dawlish-warren/visitor-centre",
            6,
        ),
    ):
        a = _auth(truth, h)
        d51 = a["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], h
        assert d51["pages"] == [url] and a["oracle_fetches"] == fetches, h


def test_guide_part_address_block_and_isa_through_a_directory(web: Heldback201Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    part7 = "/info/20010/your_environment/203/community_safety/7"
    html = _html(web, host, part7)
    assert "<address>CCTV Manager - surveillance camera single point of contact" in html
    assert "step 2" not in _main(web, host, part7)
    d = _d(truth, host)
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/downloads/file/2298/cctv-annual-review-2023"}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hertfordshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/directory_record/7731/cctv_information_sharing_agreement"
    }
    assert _auth(truth, host)["oracle_fetches"] == 9


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback201Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.ceredigion.gov.uk", "www.harlow.gov.uk"})
    assert "Dyfed-Powys Police" in _main(web, "www.ceredigion.gov.uk", "/resident/community-safety/")
    assert 'lang="cy"' in _html(web, "www.ceredigion.gov.uk", "/cy/preswylydd/diogelwch-cymunedol/")
    assert "27 high-definition CCTV cameras" in _main(web, "www.harlow.gov.uk", "/news/market-street-cameras")
    assert _linking(web, "www.harlow.gov.uk", "http://www.harlow.gov.uk/news/market-street-cameras") == {
        "http://www.harlow.gov.uk/news?page=3"
    }
