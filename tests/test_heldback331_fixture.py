"""The 331st held-back web's own structures: fresh councils, labelling rules with the intended tallies, and the
tables, definition lists and accordions the evidence sits in, checked on served pages and documents."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    linking as _linking,
    served_html as _html,
    served_text as _text,
    status_tally,
)

from fixtures.heldback331.truth import TRUTH_PATH
from fixtures.heldback331.web import Heldback331Web


@pytest.fixture(scope="module")
def web() -> Heldback331Web:
    return Heldback331Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils(web: Heldback331Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 331)


def test_labelling_rules_and_tallies(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_raci_matrix_and_definition_list(web: Heldback331Web) -> None:
    html = _html(web, "www.croydon.gov.uk", "/community-and-safety/safety/public-space-cameras")
    assert '<th scope="col">Accountable</th>' in html and '<th scope="row">Camera siting and reviews</th>' in html
    assert "<dt>Recording</dt>" in html


def test_accordion_and_comparison_table(web: Heldback331Web) -> None:
    html = _html(web, "www.dudley.gov.uk", "/residents/community-safety/cctv")
    assert '<details class="acc"><summary>How long is footage kept?</summary>' in html
    assert "<td>Third party certification step 2 held since 2023</td>" in html


def test_town_table_and_spoc_in_dl(web: Heldback331Web) -> None:
    html = _html(web, "www.wiltshire.gov.uk", "/article/4120/Public-space-CCTV")
    assert "<td>Salisbury City Council</td>" in html and "<dt>Single point of contact</dt>" in html


def test_signature_table_page(web: Heldback331Web, truth: dict) -> None:
    host = "www.blaenau-gwent.gov.uk"
    html = _html(web, host, "/en/resident/community-safety/cctv/police-agreement")
    assert "<caption>Signatories</caption>" in html and "<td>Gwent Police</td>" in html
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "met"


def test_schedule_of_agreements_and_documents_table(web: Heldback331Web) -> None:
    html = _html(web, "www.nuneatonandbedworth.gov.uk", "/community/cctv")
    assert "<caption>Schedule of agreements</caption>" in html
    text = _text(web, "www.nuneatonandbedworth.gov.uk", "/downloads/cctv-isa-warwickshire-police-2024.pdf")
    assert "Signed for Warwickshire Police" in text
    host = "www.tendringdc.gov.uk"
    doc = f"http://{host}/downloads/file/4410/cctv-police-agreement"
    assert _linking(web, host, doc) == {f"http://{host}/community/crime-community-safety/cctv"}
    assert "For Essex Police" in _text(web, host, "/downloads/file/4410/cctv-police-agreement")


def test_row_headed_spoc_matrix(web: Heldback331Web) -> None:
    html = _html(web, "www.midsussex.gov.uk", "/community/cctv-in-mid-sussex")
    assert '<th scope="row">Single point of contact for surveillance cameras</th>' in html


def test_publish_nothing(web: Heldback331Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.warwickshire.gov.uk", "www.sholland.gov.uk", "www.uttlesford.gov.uk"})
