"""A council's own account of progress towards certification: said, shown, never counted as met.

The development set's labellers mark as certification a committee minute saying the borough was
applying for a third-party scheme, and a CCTV documents page saying the service completes the
self-assessment tool. The strategy measures a completed step, so such a page is the page's
certification signal and a weak ``certification_progress`` finding, while 5.2 stays not met. The
passages are written for this test.
"""

from __future__ import annotations

import pytest

from analysis.assess import verdicts

OWN_CCTV = (
    "<p>The council's 96 public space cameras cover the town centres and are monitored from our control "
    "room. Recordings are kept for 31 days.</p>"
)


@pytest.mark.parametrize(
    "para, stage",
    [
        (
            "<p>The service is currently applying for third-party certification against the Surveillance "
            "Camera Code of Practice.</p>",
            "applying",
        ),
        (
            "<p>Having completed the desktop step, we are now working towards step 2 full certification.</p>",
            "applying",
        ),
        (
            "<p>Every year we complete the Surveillance Camera Commissioner's self-assessment tool for the town "
            "centre system and publish it below.</p>",
            "self_assessment",
        ),
        ("<ul><li>Code of practice (PDF)</li><li>Self-assessment tool 2024 (PDF)</li></ul>", "self_assessment"),
        (
            "<p>Rydym wrthi'n gwneud cais am ardystiad trydydd parti yn erbyn y Cod Ymarfer Camerâu "
            "Gwyliadwriaeth.</p>",
            "applying",
        ),
    ],
)
def test_progress_on_the_councils_own_cctv_page_is_its_certification_signal(analyse_html, para, stage) -> None:
    pa = analyse_html("CCTV", OWN_CCTV + para)
    assert pa.signals["cctv_info"] and pa.signals["certification"]
    progress = [f for f in pa.findings if f.type == "certification_progress"]
    assert [f.data["stage"] for f in progress] == [stage]
    assert progress[0].data["strength"] == "weak"
    assert pa.certification is None
    assert verdicts([pa], "ok")["5.2"]["status"] == "not_met"


@pytest.mark.parametrize(
    "title, para, path",
    [
        # an intention, a refusal and advice to every operator are not progress
        ("CCTV", "<p>We will apply for third party certification once the new cameras are in.</p>", "/cctv"),
        (
            "CCTV",
            "<p>The council has not applied for certification under the Surveillance Camera Code.</p>",
            "/cctv",
        ),
        (
            "CCTV",
            "<p>Organisations can continue to use the self-assessment tool to check their own compliance with "
            "the Code.</p>",
            "/cctv",
        ),
        # a heading that names the tool is not a completed one
        ("CCTV", "<h2>Self-assessment tool</h2><p>Cameras are checked every month.</p>", "/cctv"),
        # self-assessment of something else
        ("CCTV", "<p>Staff complete an annual self-assessment of their display screen equipment.</p>", "/cctv"),
    ],
)
def test_what_is_not_progress(analyse_html, title, para, path) -> None:
    pa = analyse_html(title, OWN_CCTV + para, path=path)
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]
    assert not [f for f in pa.findings if f.type == "certification_progress"]


def test_a_certificate_is_still_a_certificate_not_progress(analyse_html) -> None:
    pa = analyse_html(
        "CCTV",
        OWN_CCTV + "<p>In March 2022 the council was awarded step 2 full certification against the Surveillance "
        "Camera Code of Practice, and we complete the self-assessment tool every year.</p>",
    )
    assert pa.certification and pa.certification["level"] == "step2"
    assert not [f for f in pa.findings if f.type == "certification_progress"]
    assert verdicts([pa], "ok")["5.2"]["status"] == "met"


def test_a_page_that_is_not_the_councils_cctv_information_says_nothing_of_progress(analyse_html) -> None:
    pa = analyse_html(
        "Council tax",
        "<p>You can apply for a single person discount online. The council is working towards full "
        "certification of its customer service centre.</p>",
        path="/council-tax",
    )
    assert not pa.signals["certification"]
