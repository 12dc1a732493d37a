"""An FOI request, and an FOI answer in the council's own words: what each says, and what counts.

The development set's labellers mark an FOI request alone as saying nothing of the council's own
cameras, and an answer that states the council's own facts ("the council runs a network of 36
cameras") as about them. The answer is reactive, not publication, so it stays a decoy that no 5.1
verdict counts. The passages are written for this test.
"""

from __future__ import annotations

from analysis.assess import verdicts
from read_excerpt import read


def test_a_request_letter_alone_is_an_foi_page_that_says_nothing_of_the_councils_cameras() -> None:
    pa = read(
        "CCTV cameras out of use\n\nDear Northby Borough Council,\n\nUnder the Freedom of Information Act 2000 "
        "please send me:\n1. How many public space CCTV cameras the council had in 2024.\n2. How many were broken "
        "for more than a month.\n\nYours faithfully,\nA. Resident"
    )
    assert pa.decoy == "FOI response"
    assert not pa.signals["cctv_info"]


def test_an_answer_in_the_councils_own_words_is_about_its_cameras_but_is_not_counted() -> None:
    pa = read(
        "CCTV cameras\n\nRequest\nI am writing to obtain the number of CCTV cameras in your district and the hours "
        "they are watched.\n\nResponse\nThe council runs a public space CCTV network of 42 cameras with two "
        "neighbouring councils. They are monitored 24 hours a day, and our camera locations are published on our "
        "website."
    )
    assert pa.decoy == "FOI response"
    assert pa.signals["cctv_info"]
    assert [f.type for f in pa.findings] == ["foi_response"]
    assert verdicts([pa], "ok")["5.1"]["status"] == "not_met"
