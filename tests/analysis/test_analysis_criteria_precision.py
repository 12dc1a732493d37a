"""5.1 criteria that a cue word alone must not give: who runs the system from a sentence about its
standards, and a police agreement from a template or somebody else's account.

Found from the simulated web's criteria false positives (operator 42, police_agreement 25 of 339
sites). The passages are written for this test; the near misses must still give the criterion.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "The control room is accredited to BS 7958 and all operators hold an SIA public space surveillance licence.",
        "Our control room staff are trained and licensed by the Security Industry Authority.",
        "The monitoring centre has NSI Gold approval for its CCTV work.",
    ],
)
def test_a_sentence_about_standards_is_not_who_runs_the_system(analyse_html, sentence) -> None:
    pa = analyse_html("CCTV", f"<p>There are 40 CCTV cameras in the town centre.</p><p>{sentence}</p>")
    assert pa.signals["cctv_info"]
    assert pa.criteria["standards"]
    assert not pa.criteria["operator"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's cameras are monitored from our control room by SIA-licensed staff.",
        "The CCTV system is owned and operated by the council; the control room is accredited to BS 7958.",
    ],
)
def test_who_runs_it_still_counts_beside_its_standards(analyse_html, sentence) -> None:
    pa = analyse_html("CCTV", f"<p>{sentence}</p>")
    assert pa.criteria["operator"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "This service level agreement is made between [name of local authority] and [name of police force] for "
        "the release of CCTV images.",
        "This guidance note describes how a group of councils in another region drew up a service level "
        "agreement with their police force for CCTV.",
    ],
)
def test_a_template_or_somebody_elses_agreement_is_not_the_councils(analyse_html, sentence) -> None:
    pa = analyse_html("CCTV", f"<p>There are 40 CCTV cameras in the town centre.</p><p>{sentence}</p>")
    assert pa.signals["cctv_info"]
    assert not pa.criteria["police_agreement"], sentence
    assert not pa.signals["sla"]


def test_the_councils_own_agreement_still_counts(analyse_html) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>We release footage to Westshire Police under the information sharing agreement we signed in 2023.</p>",
    )
    assert pa.criteria["police_agreement"] and pa.signals["sla"]


def test_a_page_on_developing_an_agreement_is_not_an_agreement(analyse_html) -> None:
    pa = analyse_html(
        "Developing a CCTV service level agreement",
        "<p>A good agreement with the police sets out who may ask for footage and how fast it is supplied.</p>",
        path="/cctv/developing-an-sla",
    )
    assert not pa.sla or all(d["kind"] != "document" for d in pa.sla)
