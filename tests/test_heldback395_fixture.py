"""The 395th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen. Emphasis: the councils' own cameras on vehicles and at depots, and the look-alikes that share the words.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (a vehicle camera notice reached only through a QR-sticker
landing page; a SPOC on a governance page naming the fleet's cameras; a SPOC inside a glossary; a SPOC in a callout on
a depot page; a SPOC in a bilingual code PDF; a step 2 sentence with no mark; step 2 in a standards table marked
lapsed; step 1 only inside a Word policy served without extension; a signed ISA PDF; a signed protocol PDF linked from
the CCTV page; an agreement published as a web page with a signature table; a draft protocol on a consultation page;
agreement mentions in a policy PDF and on a page saying the cameras are now the police's; a privacy notice as a table
of systems with the waste fleet's dash cams; a two-councils site whose camera page keeps one council's facts in a
hidden tab panel; a two-councils site with the contractor's vehicles beside the council's own; one-fact councils on a
recycling centre rules page and in a bin FAQ on a legacy site; and councils that publish nothing but carry the
contractor's cameras, taxi CCTV, enforcement cameras, parish cameras, an FOI answer and hosted statements).
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

from fixtures.heldback395.truth import TRUTH_PATH
from fixtures.heldback395.web import Heldback395Web


@pytest.fixture(scope="module")
def web() -> Heldback395Web:
    return Heldback395Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(entries: list[dict]) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "") for e in entries
    }


def test_fresh_councils(web: Heldback395Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 395)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_vehicle_camera_notice_only_behind_a_qr_landing_page(web: Heldback395Web, truth: dict) -> None:
    host = "www.milton-keynes.gov.uk"
    qr = f"http://{host}/vehiclecameras"
    assert _linking(web, host, qr) == {f"http://{host}/highways-and-transport/our-fleet-and-depots"}
    assert "360-degree view" in _main(web, host, "/vehiclecameras")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["other_systems"] and qr in d["5.1"]["pages"]
    assert "Thames Valley Police" in _main(web, host, "/community-safety/cctv")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("fleet.")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_spoc_on_governance_page_step_2_sentence_and_signed_isa(web: Heldback395Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    d = _auth(truth, host)["deliverables"]
    gov = "/council-and-democracy/surveillance-camera-governance"
    assert "street sweepers" in _main(web, host, gov)
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {gov}
    sp = "/saferleeds/leedswatch-security-service/standards-and-partners"
    assert "<img" not in _main(web, host, sp)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert (
        doc["signed"] and doc["force"] == "West Yorkshire" and _linking(web, host, doc["url"]) == {f"http://{host}{sp}"}
    )
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "on behalf of Leeds City Council" in text and "on behalf of West Yorkshire Police" in text
    assert "bus lane" in _main(web, host, "/parking/bus-lane-enforcement").lower()
    assert not any(urlsplit(u).hostname == "democracy.leeds.gov.uk" for u in d["5.1"]["pages"])


def test_policy_pdf_mention_and_the_contractors_lorries(web: Heldback395Web, truth: dict) -> None:
    host = "www.croydon.gov.uk"
    d = _auth(truth, host)["deliverables"]
    pol = "/sites/default/files/2024-05/cctv-operations-policy.pdf"
    assert "information sharing agreement" in _text(web, host, pol)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"] and _paths(d["5.5"]["evidence"]) == {pol}
    lorries = "/bins-and-recycling/cameras-on-collection-lorries"
    assert "Veolia" in _main(web, host, lorries)
    assert f"http://{host}{lorries}" not in d["5.1"]["pages"]
    assert f"http://{host}/parking-roads-and-travel/camera-enforcement-car" not in d["5.1"]["pages"]


def test_one_fact_on_recycling_centre_rules_and_in_a_legacy_bin_faq(web: Heldback395Web, truth: dict) -> None:
    for host, path in (
        (
            "www.derbyshire.gov.uk",
            "/environment/rubbish-waste/household-waste-recycling-centres/using-recycling-centres.aspx",
        ),
        ("www.bolsover.gov.uk", "/bins-and-recycling/collection-problems"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["other_systems"], host
        assert d51["pages"] == [f"http://{host}{path}"], host
    bol = web.sites["www.bolsover.gov.uk"]
    assert bol.search is None and not bol.az and '<main id="main">' not in _html(web, "www.bolsover.gov.uk", "/")
    dem = "democracy.derbyshire.gov.uk"
    assert "number plate recognition" in _text(web, dem, "/ieIssueDetails.aspx?IId=4410")


def test_bilingual_code_pdf_holds_the_spoc(web: Heldback395Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    code = "/Documents/Cod-Ymarfer-TCC-CCTV-Code-of-Practice.pdf"
    text = _text(web, host, code)
    assert "pwynt cyswllt unigol" in text and "single point of contact for surveillance cameras" in text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {code}
    assert f"http://{host}/cy/Trigolion/Diogelwch-cymunedol/TCC.aspx" in d["5.1"]["pages"]
    assert 'lang="cy"' in _html(web, host, "/cy/Trigolion/Diogelwch-cymunedol/TCC.aspx")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_privacy_notice_table_with_fleet_dash_cams_and_signed_protocol(web: Heldback395Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    html = _html(web, host, "/privacy-policy/surveillance-privacy-notice")
    assert '<th scope="col">How long we keep it</th>' in html and "<td>Waste and recycling fleet</td>" in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/cctv"}
    assert "Signed on behalf of Essex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_two_councils_site_with_step_1_only_in_a_word_policy(web: Heldback395Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    pg = "/bins-and-recycling/cameras-on-collection-vehicles"
    html = _html(web, host, pg)
    assert "<h2>South Norfolk</h2>" in html and "<h2>Broadland</h2>" in html
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-06" and _no_extension(ev["url"])
    r = _render(web, ev["url"])
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "filename=" in (r.header("Content-Disposition") or "")
    assert "step 1" not in _main(web, host, pg)
    assert all("Veolia" not in e["quote"] for e in d["5.1"]["evidence"])


def test_spoc_inside_a_glossary_and_draft_protocol_on_a_consultation_page(web: Heldback395Web, truth: dict) -> None:
    host = "www.staffsmoorlands.gov.uk"
    html = _html(web, host, "/article/2315/CCTV")
    assert '<dl class="glossary"><dt>Data controller</dt>' in html and "<dt>Single point of contact (SPOC)</dt>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/2316/CCTV-data-sharing-protocol-consultation"}


def test_lapsed_step_2_in_a_table_and_agreement_as_a_web_page(web: Heldback395Web, truth: dict) -> None:
    host = "www.swale.gov.uk"
    std = "/community-safety-and-emergencies/cctv/standards"
    html = _html(web, host, std)
    assert "<table>" in html and "lapsed when the scheme closed" in html and "<img" not in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-04"
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    r = _render(web, doc["url"])
    assert (r.header("Content-Type") or "").startswith("text/html")
    assert '<th scope="col">Signed for and on behalf of</th>' in r.body.decode("utf-8")


def test_hidden_tab_panel_and_an_agreement_with_another_council(web: Heldback395Web, truth: dict) -> None:
    host = "www.midsuffolk.gov.uk"
    html = _html(web, host, "/community/cctv")
    assert '<div role="tabpanel" id="mid-suffolk" aria-labelledby="tab-mid-suffolk" hidden>' in html
    assert '<div role="tabpanel" id="babergh" aria-labelledby="tab-babergh">' in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and all("Babergh" not in e["quote"] for e in d["5.1"]["evidence"])
    assert "service agreement between the two councils" in html
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"


def test_spoc_in_a_callout_on_the_depot_page(web: Heldback395Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    dep = "/services/waste-and-recycling/batchworth-depot-and-our-vehicles"
    assert '<div class="callout callout--info">' in _html(web, host, dep)
    assert "single point of contact" not in _main(web, host, "/services/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]["evidence"]) == {dep}
    assert "moderngov.threerivers.gov.uk" in web.sites[host].hosts()
    assert not any("moderngov" in u for u in d["5.1"]["pages"])


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback395Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.scambs.gov.uk", "www.sstaffs.gov.uk", "www.southoxon.gov.uk"})
    text = _text(web, "www.southoxon.gov.uk", "/wp-content/uploads/2024/03/Biffa-vehicle-CCTV-statement.pdf")
    assert "Biffa is the data controller" in text
    assert "does not operate public space CCTV" in _main(
        web, "www.scambs.gov.uk", "/about-the-council/freedom-of-information/disclosure-log-cctv-and-vehicle-cameras"
    )
    assert _auth(truth, "www.sstaffs.gov.uk")["heldback"]["robots_forbid_search"]
