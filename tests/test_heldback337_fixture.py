"""The 337th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
no evidence is taken from a page written in a partner's voice (partnership, police, commissioner, BID, parish); and
the structures the set is built from are really served (key facts in a definition list with the police agreement
mentioned only in a privacy notice; two numbered guides with the SPOC in a chapter and a signed SLA linked only from
another chapter; a force's own CCTV policy hosted among partners' documents; facts in a service privacy notice with
the SPOC and camera systems only in a Word schedule; bilingual twins with step 2 only in a bilingual alt text; one
fact on a PSPO page of a two-council site; a hub code with blank signature lines for the council and the
Constabulary beside a signed partnership protocol that excludes images; step 2 only in an annual report PDF with a
signed Word agreement without extension beside it; a SPOC in a contact-card aside and a signed protocol listed among
partnership documents; a legacy site whose partnership report is only in committee papers; one fact on an ASB page
and in an ASB strategy; a sites table; .aspx pages with the SPOC on a child page; councils that publish nothing).
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

from fixtures.heldback337.truth import TRUTH_PATH
from fixtures.heldback337.web import Heldback337Web


@pytest.fixture(scope="module")
def web() -> Heldback337Web:
    return Heldback337Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _ctype(web: Heldback337Web, url: str) -> str:
    return _render(web, url).header("Content-Type") or ""


def test_fresh_councils(web: Heldback337Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 337)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_no_evidence_from_a_partners_voice(web: Heldback337Web, truth: dict) -> None:
    voiced = 0
    for a in truth["authorities"]:
        site = web.sites[a["heldback"]["host"]]
        voiced += sum('class="partner-voice"' in p.body for p in site.pages.values())
        for url in evidence_urls(a):
            r = _render(web, url)
            if "html" in (r.header("Content-Type") or ""):
                assert b'class="partner-voice"' not in r.body, url
    assert voiced >= 20


def test_key_facts_list_and_agreement_only_in_privacy_notice(web: Heldback337Web, truth: dict) -> None:
    host = "www.lbhf.gov.uk"
    html = _html(web, host, "/crime/cctv")
    assert '<dl class="key-facts">' in html and "<dt>How many cameras</dt>" in html
    assert "agreement" not in _main(web, host, "/crime/cctv")
    d = _auth(truth, host)["deliverables"]
    pn = "/crime/community-safety-unit/community-safety-privacy-notice"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {pn}
    assert "information sharing agreement" in _main(web, host, pn)
    ward = "/crime/your-neighbourhood/ward-panel-priorities"
    assert "Metropolitan Police" in _main(web, host, ward) and f"http://{host}{ward}" not in evidence_urls(
        _auth(truth, host)
    )


def test_guides_spoc_in_a_chapter_and_sla_only_from_another(web: Heldback337Web, truth: dict) -> None:
    host = "www.stockport.gov.uk"
    staffing = "/how-cctv-is-used/cctv-staffing"
    links = _links(web, host, staffing)
    assert f"http://{host}/how-cctv-is-used/how-it-works" in links and f"http://{host}/how-cctv-is-used/signs" in links
    assert "Next: Signs" in _main(web, host, staffing)
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {staffing}
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/requesting-footage/police-requests"}
    gmp = "/documents/gmp-guide-giving-cctv-to-police.pdf"
    assert "not an agreement" in _text(web, host, gmp)
    assert not d["5.2"]["evidence"] and d["5.1"]["criteria"]["self_assessment"]


def test_force_policy_hosted_and_nothing_of_its_own(web: Heldback337Web, truth: dict) -> None:
    host = "www.northumberland.gov.uk"
    text = _text(web, host, "/media/2214/northumbria-police-public-space-cctv-policy.pdf")
    assert "Surveillance Camera Code of Practice" in text and "Chief Constable" in text
    a = _auth(truth, host)
    assert a["heldback"]["robots_forbid_search"] and not evidence_urls(a)


def test_privacy_notice_facts_and_spoc_only_in_a_word_schedule(web: Heldback337Web, truth: dict) -> None:
    host = "www.lancashire.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert _ctype(web, ev["url"]).startswith("application/vnd.openxmlformats") and _no_extension(ev["url"])
    assert "filename=" in (_render(web, ev["url"]).header("Content-Disposition") or "")
    pn = "/council/transparency/access-to-information/service-and-project-specific-privacy-notices/closed-circuit-television-cctv"
    main = _main(web, host, pn)
    assert "Data Protection Officer" in main and "single point of contact" not in main
    assert d["5.1"]["status"] == "met" and not _auth(truth, host)["heldback"]["a_z"]


def test_bilingual_twins_and_step_2_only_in_bilingual_alt(web: Heldback337Web, truth: dict) -> None:
    host = "www.torfaen.gov.uk"
    en = "/en/community-wellbeing/community-safety/cctv"
    cy = "/cy/lles-cymunedol/diogelwch-cymunedol/teledu-cylch-cyfyng"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    for path in (en, cy):
        assert 'alt="Marc ardystio Cod Ymarfer Camerâu Gwyliadwriaeth / Surveillance Camera' in _html(web, host, path)
        assert "step 2" not in _main(web, host, path)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "service level agreement" in _main(web, host, en) and d["5.5"]["status"] == "partial"


def test_one_fact_on_pspo_page_and_in_asb_pages(web: Heldback337Web, truth: dict) -> None:
    for host, crit, path in (
        (
            "www.adur-worthing.gov.uk",
            "cameras",
            "/safer-communities/public-spaces-protection-orders/worthing-town-centre",
        ),
        ("www.braintree.gov.uk", "other_systems", "/community-safety/anti-social-behaviour"),
        ("www.great-yarmouth.gov.uk", "cameras", "/strategies/anti-social-behaviour"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    shoreham = "/safer-communities/public-spaces-protection-orders/shoreham-town-centre"
    assert "Adur District Council" in _main(web, "www.adur-worthing.gov.uk", shoreham)


def test_hub_code_blank_certificate_and_protocol_excluding_images(web: Heldback337Web, truth: dict) -> None:
    host = "www.burnley.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    code = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Lancashire Constabulary" in code and "20__" in code
    isp = "/downloads/file/3902/community-safety-partnership-information-sharing-protocol"
    text = _text(web, host, isp)
    assert "Signed for Lancashire Constabulary" in text and "It does not cover CCTV images" in text
    assert f"http://{host}{isp}" not in evidence_urls(_auth(truth, host))
    assert "full certification" in _main(web, host, "/news/2019/pennine-hub-certified")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_step_2_only_in_report_pdf_and_word_agreement_beside_it(web: Heldback337Web, truth: dict) -> None:
    host = "www.lichfielddc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-09" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    assert _ctype(web, ev["url"]) == "application/pdf"
    site = web.sites[host]
    assert not any("step 2" in p.body for p in site.pages.values())
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Staffordshire" and _no_extension(doc["url"])
    assert _ctype(web, doc["url"]).startswith("application/vnd.openxmlformats")
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv-annual-report"}
    sa = "/wp-content/uploads/2025/02/safer-lichfield-strategic-assessment-summary.pdf"
    assert "picked up on camera" in _text(web, host, sa) and f"http://{host}{sa}" not in d["5.1"]["pages"]


def test_contact_card_spoc_and_protocol_among_partnership_documents(web: Heldback337Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    page = "/communities/community-safety/cctv/cctv-in-chelmsford"
    card = _html(web, host, page).split('<aside class="contact-card">', 1)[1].split("</aside>", 1)[0]
    assert "Single point of contact for surveillance cameras" in card and "mailto:" in card
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    partnership = f"http://{host}/communities/community-safety/safer-chelmsford-partnership"
    assert doc["signed"] and _linking(web, host, doc["url"]) == {partnership}
    sa = "/media/5512/safer-chelmsford-strategic-assessment-summary-2025.pdf"
    assert "1,204 incidents" in _text(web, host, sa) and not d["5.1"]["criteria"]["statistics"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2018-03-14"


def test_legacy_site_partnership_report_only_in_committee_papers(web: Heldback337Web, truth: dict) -> None:
    host = "www.rother.gov.uk"
    site = web.sites[host]
    assert site.search is None and '<main id="main">' not in _html(web, host, "/")
    item = "http://rother.moderngov.co.uk/mgAi.aspx?ID=5698"
    assert "Devonshire Square" in _text(web, "rother.moderngov.co.uk", "/mgAi.aspx?ID=5698")
    assert _linking(web, host, item) >= {f"http://{host}/community-safety/safer-rother-partnership"}


def test_sites_table_and_parish_scheme(web: Heldback337Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    html = _html(web, host, "/Your-council/Crime-and-safety/CCTV")
    grid = html.split("<table><caption>Council sites with cameras</caption>", 1)[1].split("</table>", 1)[0]
    assert grid.count("<tr>") == 9 and "number plate camera" in grid
    oxted = "/Your-council/Crime-and-safety/Oxted-town-centre-cameras"
    assert "Oxted Parish Council" in _text(web, host, oxted)
    assert f"http://{host}{oxted}" not in evidence_urls(_auth(truth, host))


def test_aspx_pages_spoc_on_child_page_and_sla_mention(web: Heldback337Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert all(urlsplit(u).path.endswith((".aspx", ".pdf")) for u in d["5.1"]["pages"])
    (ev,) = d["5.3"]["evidence"]
    assert urlsplit(ev["url"]).path == "/Community/Community-Safety/CCTV/Request-a-CCTV-viewing.aspx"
    assert "single point of contact" not in _main(web, host, "/Community/Community-Safety/CCTV.aspx")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback337Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.northumberland.gov.uk", "www.melton.gov.uk", "www.rother.gov.uk"})
    strat = "/sites/default/files/2025-07/safer-melton-partnership-strategy-2025-2029.pdf"
    assert "Additional CCTV in the town centre" in _text(web, "www.melton.gov.uk", strat)
