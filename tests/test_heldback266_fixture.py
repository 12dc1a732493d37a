"""The two hundred and sixty-sixth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh real register rows; the labelling rules hold with the intended tallies; and the
structures the set is built from are really served (Sitecore document links told apart by ?la=en&hash= query strings,
with a step 2 claim only inside the self-assessment PDF; a release-of-evidence procedure whose retention is only in a
draft letter template, beside a staff form without extension; a privacy notice that alone links the policy; Welsh twins
at percent-encoded Welsh slugs, an English-only document marked '(Saesneg yn unig)' and a code whose Welsh half comes
first and whose SPOC is in both halves; a signed protocol linked only from the sibling Lifeline page; a car park fact
beside a CCTV pointer to the partner council's host; a related-files block; an overview titled 'CCTV Code of Practice'
under an out-of-date banner; a paged guide whose parts share one title; a signed protocol at a %20 .PDF address under
budgets and transparency and a step 2 claim only in a Word statement; a signed agreement buried among quarterly
reports; a code as ten same-titled numbered pages; a shared site whose camera page applies to the other council; a
legacy site without <main>; and councils that publish nothing but carry look-alikes).
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

from fixtures.heldback266.truth import TRUTH_PATH
from fixtures.heldback266.web import Heldback266Web


@pytest.fixture(scope="module")
def web() -> Heldback266Web:
    return Heldback266Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_real_councils(web: Heldback266Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 266)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_sitecore_query_string_documents_and_step_2_only_in_self_assessment(web: Heldback266Web, truth: dict) -> None:
    host = "www.islington.gov.uk"
    pg = "/policing-safety/crime/cctv"
    docs = [u for u in _links(web, host, pg) if "/-/media/" in u]
    assert len(docs) == 4 and all("?la=en&hash=" in u and urlsplit(u).path.endswith(".pdf") for u in docs)
    for u in docs:
        assert _render(web, u).header("Content-Type") == "application/pdf"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert d["5.2"]["level"] == "step2" and "?la=en&hash=" in ev["url"] and ev["url"] in docs
    assert "step 2" in _text(web, host, _path(ev["url"])) and "step 2" not in _main(web, host, pg).lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_release_procedure_with_letter_template_and_staff_form(web: Heldback266Web, truth: dict) -> None:
    host = "www.newcastle.gov.uk"
    pg = "/local-government/access-information-and-data/cctv-procedure-release-evidence"
    main = _main(web, host, pg)
    assert "Data Protection Act 1998" in main and "31 days" not in main
    letter = "/sites/default/files/cctv/draft-acknowledgement-letter.docx"
    text = _text(web, host, letter)
    assert "[insert name]" in text and "kept for 31 days" in text
    form = f"http://{host}/sites/default/files/cctv/request-form-staff"
    assert _no_extension(form) and form in _links(web, host, pg)
    r = _render(web, form)
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxml") and "filename=" in (
        r.header("Content-Disposition") or ""
    )
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["retention"] and f"http://{host}{letter}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_policy_linked_only_from_the_privacy_notice(web: Heldback266Web, truth: dict) -> None:
    host = "www.southampton.gov.uk"
    cctv = f"http://{host}/people-places/community-safety/cctv/"
    policy = f"http://{host}/media/4k2hd1ou/cctv-policy-2024.pdf"
    assert _linking(web, host, policy) == {f"{cctv}cctv-privacy/"}
    assert '<aside class="callout"><h2>Who is responsible</h2>' in _html(web, host, urlsplit(cctv).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["evidence"][0]["url"] == cctv
    assert "Balfour Beatty" in _main(web, host, urlsplit(cctv).path) and d["5.5"]["status"] == "not_met"


def test_welsh_twins_at_percent_encoded_slugs_and_half_welsh_code(web: Heldback266Web, truth: dict) -> None:
    host = "www.merthyr.gov.uk"
    en = "/resident/community-safety/cctv"
    cy = "/cy/preswylwyr/diogelwch-cymunedol/camer%C3%A2u-teledu-cylch-cyfyng"
    assert f"http://{host}{cy}" in _links(web, host, en) and f"http://{host}{en}" in _links(web, host, cy)
    welsh = _html(web, host, cy)
    assert '<html lang="cy">' in welsh and "<h1>Camerâu teledu cylch cyfyng</h1>" in welsh
    assert "(Saesneg yn unig)" in welsh and "Heddlu De Cymru" in welsh
    code = _text(web, host, "/media/cctv/cod-ymarfer-teledu-cylch-cyfyng-cctv-code-of-practice-2024.pdf")
    assert code.index("Swyddog Cyswllt Unigol") < code.index("English version follows") < code.index("Part 2: English")
    assert code.index("Part 2: English") < code.index("Single Point of Contact (SPOC)")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and urlsplit(d["5.3"]["evidence"][0]["url"]).path.endswith(".pdf")
    assert d["5.5"]["status"] == "partial" and d["5.2"]["status"] == "not_met"


def test_signed_protocol_only_on_the_sibling_lifeline_page(web: Heldback266Web, truth: dict) -> None:
    host = "www.redditchbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "West Mercia"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-and-living/community-safety/lifeline/"}
    assert "Signed for and on behalf of West Mercia Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "Wyre Forest" in _main(web, host, "/community-and-living/community-safety/cctv/")


def test_car_park_fact_and_pointer_to_the_partner_host(web: Heldback266Web, truth: dict) -> None:
    host = "www.bromsgrove.gov.uk"
    links = _links(web, host, "/community/community-safety/")
    assert any(urlsplit(u).hostname == "www.redditchbc.gov.uk" for u in links)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == [f"http://{host}/parking/car-parks/town-centre-multi-storey/"]


def test_related_files_block_and_no_contact(web: Heldback266Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    pg = "/community/safety-and-emergencies/cctv"
    html = _html(web, host, pg)
    assert '<div class="related-files"><h2>Related files</h2>' in html
    for path in (pg, f"{pg}/cctv-privacy-statement"):
        assert "mailto:" not in _main(web, host, path) and not re.search(r"\d{5} \d{6}", _main(web, host, path))
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "partial"


def test_overview_titled_code_of_practice_under_out_of_date_banner(web: Heldback266Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    html = _html(web, host, "/community/crime-community-safety/cctv")
    assert "<h1>CCTV Code of Practice</h1>" in html and '<div class="messages warning">' in html
    a = _auth(truth, host)
    assert "Colchester Amphora" in _main(web, "tdcdemocracy.tendringdc.gov.uk", "/mgIssueHistoryHome.aspx?IId=35765")
    assert not any("tdcdemocracy" in u for d in a["deliverables"].values() for u in [e["url"] for e in d["evidence"]])
    assert a["deliverables"]["5.3"]["spoc"]["phone"] and a["deliverables"]["5.5"]["status"] == "not_met"


def test_paged_guide_with_one_title_fact_on_part_7(web: Heldback266Web, truth: dict) -> None:
    host = "www.watford.gov.uk"
    guide = "/info/20010/your_environment/203/community_safety"
    parts = [guide] + [f"{guide}/{n}" for n in range(2, 8)]
    assert all("<h1>Community safety</h1>" in _html(web, host, u) for u in parts)
    assert [u for u in parts if "CCTV" in _main(web, host, u)] == [f"{guide}/7"]
    assert "282 cameras" in _main(web, "watford.moderngov.co.uk", "/mgAi.aspx?ID=16441")
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{guide}/7"]


def test_percent_encoded_pdf_under_budgets_and_step_2_only_in_word(web: Heldback266Web, truth: dict) -> None:
    host = "www.canterbury.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert "%20" in doc["url"] and doc["url"].endswith(".PDF") and doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/budgets-and-transparency/ask-see-cctv-footage-we-hold"}
    assert _render(web, doc["url"]).header("Content-Type") == "application/pdf"
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".docx") and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-06"
    assert "step 2" not in _main(web, host, "/community-safety/cctv").lower()


def test_signed_agreement_buried_among_quarterly_reports(web: Heldback266Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    docs = [u for u in _links(web, host, "/cctv") if u.endswith(".pdf")]
    assert len(docs) == 13 and docs[6].endswith("cctv-partnership-agreement-2022.pdf")
    assert all("hawk-eye-report" in u for i, u in enumerate(docs) if i != 6)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == docs[6] and doc["signed"] and doc["force"] == "Cambridgeshire"
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def test_code_as_ten_same_titled_numbered_pages(web: Heldback266Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    parts = [code] + [f"{code}/{n}" for n in range(2, 11)]
    assert all("<h1>CCTV code of practice</h1>" in _html(web, host, u) for u in parts)
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {f"{code}/6"} and d["5.2"]["level"] == "step1"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{code}/7"}
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {f"{code}/9"} and not d["5.5"]["documents"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback266Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.lincolnshire.gov.uk", "www.lewes-eastbourne.gov.uk", "www.tamworth.gov.uk"}
    )
    assert "This page applies to Eastbourne only." in _main(
        web, "www.lewes-eastbourne.gov.uk", "/community/community-safety/cctv"
    )
    assert '<main id="main">' not in _html(web, "www.tamworth.gov.uk", "/")
    assert _auth(truth, "www.lincolnshire.gov.uk")["heldback"]["robots_forbid_search"]
