"""The hundred and thirty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving,
live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors
are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures are really served (searches that cover news only or landing pages only, robots.txt forbidding the
search, sites without search, camera facts on park and regeneration pages several clicks deep, a SPOC on a governance
page, in a privacy notice, in a team list; a signed Met agreement filed on a housing page; a signed South Wales Police
agreement as an appendix to terms of reference; a signed protocol as a Word file without extension; a draft agreement; a
step 2 claim on a page selling monitoring to businesses; a step 1 sentence without a mark; bilingual twins; and councils
that publish nothing but carry look-alikes).
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

from fixtures.heldback138.truth import TRUTH_PATH
from fixtures.heldback138.web import Heldback138Web


@pytest.fixture(scope="module")
def web() -> Heldback138Web:
    return Heldback138Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _search(web: Heldback138Web, host: str, q: str) -> str:
    site = web.sites[host]
    assert site.search is not None
    return _html(web, host, f"{site.search[0]}?{site.search[1]}={q}")


def test_fresh_councils(web: Heldback138Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 138)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_one_fact_on_park_page_behind_news_only_search(web: Heldback138Web, truth: dict) -> None:
    host = "www.lancaster.gov.uk"
    park = "/sport-and-leisure/parks/morecambe-parks/happy-mount-park"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}{park}"]
    assert park not in _search(web, host, "cameras") and "/news/" in _search(web, host, "cameras")
    assert _auth(truth, host)["oracle_fetches"] == 5


def test_one_fact_on_regeneration_page_behind_landing_only_search(web: Heldback138Web, truth: dict) -> None:
    host = "www.cherwell.gov.uk"
    pg = "/business/regeneration-and-growth/banbury/banbury-town-centre/public-realm-improvements"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{pg}"]
    assert "public-realm-improvements" not in _search(web, host, "cameras")
    assert "Regeneration and growth" in _search(web, host, "banbury")
    assert _auth(truth, host)["oracle_fetches"] == 6


def test_privacy_notice_six_deep_holds_spoc_behind_landing_search(web: Heldback138Web, truth: dict) -> None:
    host = "www.trafford.gov.uk"
    notice = "/about-your-council/data-protection/privacy-notices/Service-Level-Privacy-Notices/CCTV-service-privacy-notice.aspx"
    assert "CCTV-service-privacy-notice" not in _search(web, host, "cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {notice}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_regeneration_page_without_search_and_democracy_papers(web: Heldback138Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and not site.sitemap
    a = _auth(truth, host)
    safe = f"http://{host}/info/29/business_and_regeneration/1121/public_realm_and_safety"
    assert safe in a["deliverables"]["5.1"]["pages"] and a["oracle_fetches"] == 8
    assert not any("democracy" in u for u in a["deliverables"]["5.1"]["pages"])
    assert "CCTV" in _main(web, "democracy.cheltenham.gov.uk", "/mgAi.aspx?ID=8921")


def test_signed_met_agreement_on_housing_page_and_step_2_beside_mark(web: Heldback138Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/housing/council-tenants/safety-on-your-estate/estate-cameras"
    }
    assert 'alt="Surveillance Camera Commissioner third party certification mark"' in _html(
        web, host, "/policing-safety/crime/cctv"
    )
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.3"]["spoc"]["email"].startswith("surveillance.spoc@")


def test_signed_isa_as_terms_of_reference_appendix_and_welsh_twin(web: Heldback138Web, truth: dict) -> None:
    host = "valeofglamorgan.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "South Wales"
    assert "Appendix B" in _text(web, host, urlsplit(doc["url"]).path)
    assert f"http://{host}/cy/byw/Bro-Mwy-Diogel/Teledu-Cylch-Cyfyng.aspx" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/byw/Bro-Mwy-Diogel/Teledu-Cylch-Cyfyng.aspx")
    assert d["5.3"]["status"] == "partial"


def test_step_2_on_business_page_and_word_protocol_without_extension(web: Heldback138Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {"/CCTV/keeping-your-business-safe"}
    assert "step 2" not in _main(web, host, "/CCTV").lower()
    (doc,) = d["5.5"]["documents"]
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    assert "10 pound fee" in _main(web, host, "/CCTV")


def test_step_1_sentence_and_figures_only_in_report(web: Heldback138Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _main(web, host, "/Community/Emergency-Planning-CCTV/CCTV/Reports-and-documents.aspx")
    assert "3,655" not in _main(web, host, "/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx")
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_robots_forbid_search_spoc_in_team_list_and_draft(web: Heldback138Web, truth: dict) -> None:
    for host in ("www.hart.gov.uk", "new.devon.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host
    host = "www.hart.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert "<dl>" in _html(web, host, "/environment-and-community/community-safety/community-safety-team")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and d["5.5"]["status"] == "partial"
    assert d["5.3"]["status"] == "met"


def test_sites_without_search(web: Heldback138Web, truth: dict) -> None:
    for host in ("www.woking.gov.uk", "www.fenland.gov.uk", "www.cheltenham.gov.uk"):
        assert web.sites[host].search is None, host
    fen = web.sites["www.fenland.gov.uk"]
    assert not any("cctv" in u for u, _ in fen.az_entries)
    assert _auth(truth, "www.fenland.gov.uk")["oracle_fetches"] == 5
    assert "has ended" in _main(web, "www.woking.gov.uk", "/community-and-safety/safer-woking/town-centre-cctv")
    assert _auth(truth, "www.woking.gov.uk")["deliverables"]["5.3"]["status"] == "not_met"


def test_spoc_five_clicks_deep_and_no_a_to_z(web: Heldback138Web, truth: dict) -> None:
    host = "www.northlincs.gov.uk"
    assert not web.sites[host].az and not web.sites[host].sitemap
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6 and a["deliverables"]["5.3"]["status"] == "met"
    assert a["deliverables"]["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback138Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "eastdevon.gov.uk", "www.wealden.gov.uk"})
    assert "does not own or run any public space cameras" in _main(
        web, "www.wealden.gov.uk", "/community/community-safety"
    )
