"""The three hundred and twenty-seventh held-back web's own structures (the generic checks live in
tests/test_heldback_sets.py). No audit, no scoring.

Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures are really
served: a step 2 claim only in an accessibility statement about an empty-alt mark; a SPOC and a signed agreement only
on a 'working with our partners' page; a step 2 claim only as a row of a data protection table; a Welsh twin and a
SPOC only in a privacy statement's table; a signed agreement linked only from a photo caption; a SPOC only in every
page's footer; a step 1 claim only in a transparency table row; a SPOC only in a closed consultation's key
information box; a step 2 claim only in a commercial price list; 'working towards' and councils' agreements that
are not claims or police agreements; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback327.truth import TRUTH_PATH
from fixtures.heldback327.web import Heldback327Web


@pytest.fixture(scope="module")
def web() -> Heldback327Web:
    return Heldback327Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback327Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 327)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 5, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_step_2_only_in_accessibility_statement(web: Heldback327Web, truth: dict) -> None:
    host = "www.sutton.gov.uk"
    assert '<img src="/images/surveillance-camera-code-mark.png" alt="">' in _html(
        web, host, "/community-safety/public-space-cctv"
    )
    assert "step 2" not in _main(web, host, "/community-safety/public-space-cctv").lower()
    assert "full step 2 certification" in _main(web, host, "/accessibility")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and {e["url"] for e in d["5.2"]["evidence"]} == {f"http://{host}/accessibility"}


def test_spoc_and_agreement_on_partners_page(web: Heldback327Web, truth: dict) -> None:
    host = "my.northtyneside.gov.uk"
    part = "/category/your-council/working-our-partners"
    assert "<dt>Northumbria Police</dt>" in _html(web, host, part)
    assert "single point of contact" not in _main(web, host, "/category/crime-and-safety/cctv-north-tyneside")
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{part}"} and "." not in doc["url"].rsplit("/", 1)[-1]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {part}


def test_step_2_in_data_protection_table_and_twin(web: Heldback327Web, truth: dict) -> None:
    dp = _html(web, "www.northlincs.gov.uk", "/your-council/information-and-governance/data-protection")
    assert "<caption>Our compliance at a glance</caption>" in dp and "step 2 full certification" in dp
    host = "www.neath-porttalbot.gov.uk"
    assert 'lang="cy"' in _html(web, host, "/27239")
    assert "Single point of contact for surveillance cameras</td>" in _html(web, host, "/27240")
    assert "single point" not in _main(web, host, "/27238").lower()
    assert _auth(truth, host)["deliverables"]["5.3"]["status"] == "met"


def test_agreement_only_from_photo_caption(web: Heldback327Web, truth: dict) -> None:
    host = "www.arun.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}/article/1409/cctv"}
    cap = _html(web, host, "/article/1409/cctv").split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert urlsplit(doc["url"]).path in cap and "Signed" not in cap
    assert "For Sussex Police: signed by" in _text(web, host, urlsplit(doc["url"]).path)


def test_spoc_only_in_footer_on_legacy_site(web: Heldback327Web, truth: dict) -> None:
    host = "www.nwleics.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.az and '<main id="main">' not in _html(web, host, "/")
    foot = _html(web, host, "/pages/taxi_cameras").rsplit('<p><font size="1">', 1)[1]
    assert "Surveillance camera single point of contact" in foot and "mailto:camera.spoc@" in foot
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "partial" and d["5.3"]["status"] == "met"


def test_step_1_in_transparency_row_and_spoc_in_consultation(web: Heldback327Web, truth: dict) -> None:
    tr = _html(web, "www.newcastle-staffs.gov.uk", "/your-council/transparency")
    assert "<td>Public space CCTV</td><td>Surveillance Camera Code: step 1" in tr
    assert _auth(truth, "www.newcastle-staffs.gov.uk")["deliverables"]["5.2"]["level"] == "step1"
    host = "www.broxtowe.gov.uk"
    cons = "/about-the-council/consultations/consultation-camera-surveillance-derby-road"
    assert '<div class="key-info">' in _html(web, host, cons) and "closed on 11 October 2024" in _main(web, host, cons)
    assert "shared services agreement" in _main(
        web, host, "/for-you/crime-safety-emergencies/cctv-surveillance-systems"
    )
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"


def test_step_2_in_price_list_and_word_agreement(web: Heldback327Web, truth: dict) -> None:
    host = "www.west-norfolk.gov.uk"
    price = "/downloads/file/7702/cctv_monitoring_services_price_list"
    assert "full step 2 certification" in _text(web, host, price)
    assert "step 2" not in _main(web, host, "/info/20079/community_safety/381/cctv").lower()
    (doc,) = _auth(truth, host)["deliverables"]["5.5"]["documents"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")


def test_near_misses_are_not_claims_or_police_agreements(web: Heldback327Web, truth: dict) -> None:
    assert "working towards third-party certification" in _main(
        web, "www.colchester.gov.uk", "/your-council/our-companies"
    )
    assert _auth(truth, "www.colchester.gov.uk")["deliverables"]["5.2"]["status"] == "not_met"
    dem = "surreyheath.moderngov.co.uk"
    assert "Runnymede Borough Council" in _text(web, dem, "/mgAi.aspx?ID=11880")
    assert _auth(truth, "www.surreyheath.gov.uk")["deliverables"]["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback327Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"new.devon.gov.uk", "www.eastcambs.gov.uk", "www.ne-derbyshire.gov.uk"})
