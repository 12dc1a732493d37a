"""The two hundred and forty-seventh held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served, with the evidence in rows rather than sentences (a matrix table with row
headers holding the whole disclosure, the SPOC and a police agreement mention, beside a moving traffic camera table; a
jump-list FAQ of short lists with a signed agreement linked from one answer; a document register whose step 2 claim is
only a row's title, beside a council-to-council agreement row; a bilingual two-column table; a one-fact regeneration
table row beside licensing and FOI tables; a RAG action tracker holding a step 1 claim and an agreement mention, with
the SPOC in a label list; hidden accordion panels linking a signed partnership agreement; a privacy notice of per-system
label lists with step 2 as one value and a monitoring deal with another council; a downloads list and a Word fact
sheet served without extension whose pipe rows hold the SPOC; one fact in a hidden panel of an offices page; a topic
table; a documents table with review dates holding a signed protocol and figures only in a KPI table row; robots.txt
forbidding the search; and councils that publish nothing but carry look-alike tables).
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

from fixtures.heldback247.truth import TRUTH_PATH
from fixtures.heldback247.web import Heldback247Web


@pytest.fixture(scope="module")
def web() -> Heldback247Web:
    return Heldback247Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(items: list[dict]) -> set[str]:
    return {urlsplit(e["url"]).path for e in items}


def test_fresh_councils(web: Heldback247Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 247)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_matrix_table_with_spoc_and_agreement_rows(web: Heldback247Web, truth: dict) -> None:
    host = "www.wandsworth.gov.uk"
    pg = "/community-safety/crime-prevention/cctv-and-the-joint-control-centre"
    html = _html(web, host, pg)
    assert '<table class="matrix">' in html
    for row in ("Single point of contact", "Police agreement", "Recordings kept"):
        assert f'<th scope="row">{row}</th>' in html, row
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {pg}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Bus lane" in _main(web, host, "/parking/moving-traffic-enforcement")
    assert "CCTV cameras by ward" in _main(web, host, "/freedom-of-information/disclosure-log")


def test_jump_list_faq_links_signed_agreement(web: Heldback247Web, truth: dict) -> None:
    host = "www.tameside.gov.uk"
    pg = "/communitysafety/cctv-operations-in-tameside"
    html = _html(web, host, pg)
    assert '<nav id="questions"' in html and '<a href="#shared">' in html
    shared = html.split('<section id="shared">', 1)[1].split("</section>", 1)[0]
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).path in shared and doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert "Signed for Greater Manchester Police" in _text(web, host, urlsplit(doc["url"]).path)
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    assert "democracy.tameside.gov.uk" in web.sites[host].hosts()


def test_register_row_title_is_the_only_step_2_claim(web: Heldback247Web, truth: dict) -> None:
    host = "www.middlesbrough.gov.uk"
    docs = "/community-safety/cctv/cctv-documents"
    html = _html(web, host, docs)
    assert '<div class="register">' in html
    assert "full (step 2) certification against the Surveillance Camera Code of Practice</a></td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-03"
    assert not d["5.2"]["mark_displayed"] and _paths(d["5.2"]["evidence"]) == {docs}
    assert "Redcar and Cleveland Borough Council (environmental enforcement)" in _main(web, host, docs)
    assert d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_bilingual_two_column_table(web: Heldback247Web, truth: dict) -> None:
    host = "www.wrexham.gov.uk"
    pg = "/service/cctv-teledu-cylch-cyfyng"
    html = _html(web, host, pg)
    assert '<table class="dwyieithog">' in html and '<td lang="cy">Cadw recordiadau' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["pages"] == [f"http://{host}{pg}"]
    assert d["5.5"]["status"] == "partial" and d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "partial"


def test_one_fact_in_table_row_and_hidden_panel(web: Heldback247Web, truth: dict) -> None:
    for host, crit, path, needle in (
        (
            "www.welhat.gov.uk",
            "cameras",
            "/info/20014/regeneration/288/hatfield_town_centre_renewal",
            "<td>Six new council cameras on The Common</td>",
        ),
        (
            "tewkesbury.gov.uk",
            "retention",
            "/contact-us/visiting-the-public-services-centre",
            'id="visit-3" hidden><p>Recordings from the building',
        ),
    ):
        assert needle in _html(web, host, path), host
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    assert "CCTV covering entrances" in _main(
        web, "www.welhat.gov.uk", "/info/20030/licensing/412/premises_licence_register"
    )


def test_action_tracker_step_1_and_spoc_label(web: Heldback247Web, truth: dict) -> None:
    host = "www.southoxon.gov.uk"
    pg = "/community/community-safety/cctv"
    html = _html(web, host, pg)
    assert '<span class="rag rag-green">Complete</span>' in html
    assert "<td>Step 1 desktop certification awarded, June 2021</td>" in html
    assert '<span class="field-label">Single point of contact for surveillance cameras:</span>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-06" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_hidden_panel_links_signed_partnership_agreement(web: Heldback247Web, truth: dict) -> None:
    host = "www.westoxon.gov.uk"
    pg = "/communities-and-leisure/community-safety/cctv"
    html = _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    panel = html.split('id="cctv-5" hidden>', 1)[1].split("</div>", 1)[0]
    assert urlsplit(doc["url"]).path in panel
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert doc["signed"] and doc["force"] == "Thames Valley"
    assert "Signed on behalf of Thames Valley Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert not any("meetings." in u for u in d["5.1"]["pages"])


def test_label_lists_privacy_notice_and_council_monitoring_deal(web: Heldback247Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    pn = "/privacy-policy/surveillance-privacy-notice"
    html = _html(web, host, pn)
    assert '<span class="field-label">Certification:</span>' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020"
    assert "Tendring District Council" in _main(web, host, "/business/monitoring-for-other-councils")
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"


def test_downloads_list_and_word_fact_sheet_without_extension(web: Heldback247Web, truth: dict) -> None:
    host = "www.n-kesteven.gov.uk"
    sheet = "/downloads/file/3391/cctv-fact-sheet"
    assert _no_extension(sheet)
    r = _render(web, f"http://{host}{sheet}")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "cctv-fact-sheet.docx" in (r.header("Content-Disposition") or "")
    assert "Single point of contact (surveillance cameras) | Community Safety Manager" in _text(web, host, sheet)
    assert '<main id="main">' not in _html(web, host, "/") and web.sites[host].search is None
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {sheet}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_topic_table_and_council_partnership(web: Heldback247Web, truth: dict) -> None:
    host = "www.sholland.gov.uk"
    main = _main(web, host, "/article/2140/CCTV")
    assert "partnership agreement between the two councils" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_documents_table_signed_protocol_and_kpi_row(web: Heldback247Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    pg = "/community_safety/cctv"
    html = _html(web, host, pg)
    assert '<th scope="col">Next review</th>' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Leicestershire" and doc["date"] == "2024-10-15"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    kpi = "/your_council/performance/quarterly_indicators"
    assert "<td>CCTV incidents monitored (monthly average)</td>" in _html(web, host, kpi)
    assert d["5.1"]["criteria"]["statistics"] and f"http://{host}{kpi}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.stroud.gov.uk", "www.nwleics.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback247Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.warwickshire.gov.uk", "www.stroud.gov.uk", "www.midsuffolk.gov.uk"})
    assert "CCTV" in _main(web, "www.stroud.gov.uk", "/licensing/public-register")
    assert "CCTV" in _main(web, "www.warwickshire.gov.uk", "/your-council/internal-audit-plan-2025-26")
