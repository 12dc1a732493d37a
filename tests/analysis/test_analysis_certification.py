"""5.2: the SC Code certification mark or statement, its step and award date."""

from __future__ import annotations

import pytest

OWN = "<p>Anytown Borough Council operates 64 public space CCTV cameras from its control room.</p>"


@pytest.mark.parametrize(
    "img",
    [
        '<img src="/images/logo.png" alt="Surveillance Camera Commissioner certification mark">',
        '<img src="/sites/default/files/sc-code-certification-mark.png" alt="">',
        '<img src="/media/2231/surveillance-camera-code-compliant.jpg">',
        '<figure><img src="/img/badge.png" alt=""><figcaption>Surveillance Camera Code of Practice – certified compliant</figcaption></figure>',
        '<img src="/img/x.png" title="SC Code compliance mark" alt="logo">',
    ],
)
def test_mark_is_recognised_by_alt_filename_caption_or_title(analyse_html, img):
    pa = analyse_html("CCTV", OWN + img)
    assert pa.signals["certification"]
    assert pa.certification["mark_displayed"] is True


def test_images_that_are_not_the_mark(analyse_html):
    imgs = (
        '<img src="/img/code-cover.png" alt="Surveillance Camera Code of Practice document cover">'
        '<img src="/img/nsi-gold.png" alt="NSI Gold certification">'
        '<img src="/img/bs7958.jpg" alt="BS 7958 certified control room">'
    )
    pa = analyse_html("CCTV", OWN + imgs)
    assert not pa.signals["certification"] and pa.certification is None


@pytest.mark.parametrize(
    "sentence,level,awarded",
    [
        (
            "In May 2019 the council was awarded full certification against the Surveillance Camera Code of Practice.",
            "step2",
            "2019-05",
        ),
        (
            "On 14 March 2018 our public space system achieved step 2 third party certification from the Surveillance "
            "Camera Commissioner.",
            "step2",
            "2018-03-14",
        ),
        ("The council received step 1 desktop certification against the SC Code in 2017.", "step1", "2017"),
        (
            "We achieved desktop certification (step one) in 2016 and, following an on-site audit by the NSI, were awarded "
            "full step two certification against the Surveillance Camera Code of Practice in September 2018.",
            "step2",
            "2018-09",
        ),
        (
            "The council holds a certificate of compliance with the Surveillance Camera Code of Practice, valid until 2024.",
            None,
            None,
        ),
        (
            "The council held step 2 certification from June 2019 until the Commissioner's scheme closed in November 2025.",
            "step2",
            "2019-06",
        ),
        (
            "Our system has been certified by IQ Verify as compliant with the Surveillance Camera Code of Practice "
            "(certificate dated 02/07/2020).",
            None,
            "2020-07-02",
        ),
    ],
)
def test_certification_statements(analyse_html, sentence, level, awarded):
    pa = analyse_html("CCTV", OWN + f"<p>{sentence}</p>")
    assert pa.signals["certification"], sentence
    assert pa.certification == {"level": level, "awarded": awarded, "mark_displayed": False}
    quote = next(f.quote for f in pa.findings if f.type == "certification")
    assert quote in sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The control room is certified to BS 7958 and holds NSI Gold accreditation.",
        "The Commissioner's third party certification scheme allows organisations to demonstrate that they comply with "
        "the Surveillance Camera Code of Practice.",
        "The council has not yet applied for certification against the Surveillance Camera Code.",
        "All operators have completed accredited training and hold SIA licences.",
    ],
)
def test_not_a_certification_claim(analyse_html, sentence):
    pa = analyse_html("CCTV", OWN + f"<p>{sentence}</p>")
    assert not pa.signals["certification"], sentence


def test_bs7958_counts_as_the_standards_criterion(analyse_html):
    pa = analyse_html("CCTV", OWN + "<p>The control room is certified to BS 7958 by the NSI.</p>")
    assert pa.criteria["standards"] and not pa.signals["certification"]


def test_welsh_certification_statement(analyse_html):
    main = (
        "<p>Mae'r Cyngor yn gweithredu system teledu cylch cyfyng.</p>"
        "<p>Mae'r Cyngor wedi cael ardystiad llawn yn erbyn Cod Ymarfer Camerâu Gwyliadwriaeth ym mis Mai 2019.</p>"
    )
    pa = analyse_html("Teledu cylch cyfyng", main, "/cy/teledu-cylch-cyfyng", lang="cy")
    assert pa.signals["certification"] and pa.certification["level"] == "step2"
    assert pa.certification["awarded"] == "2019-05"


def test_mark_and_statement_together(analyse_html):
    main = (
        OWN + '<img src="/img/sc-code-certification-mark.png" alt="Surveillance Camera Code compliant">'
        "<p>We were awarded step 2 certification against the Surveillance Camera Code of Practice in 2021.</p>"
    )
    pa = analyse_html("CCTV", main)
    assert pa.certification == {"level": "step2", "awarded": "2021", "mark_displayed": True}
    types = [f.data.get("mark", False) for f in pa.findings if f.type == "certification"]
    assert sorted(types) == [False, True]


@pytest.mark.parametrize(
    "img,level",
    [
        ('<img src="/img/scc.png" alt="Surveillance Camera Commissioner certified - Step 2">', "step2"),
        ('<img src="/img/badge.png" alt="SC Code certification mark: desktop certification">', "step1"),
        ('<img src="/media/sc-code-certification-mark-step1.png" alt="">', "step1"),
    ],
)
def test_mark_states_its_step(analyse_html, img, level):
    pa = analyse_html("CCTV", OWN + img)
    assert pa.certification["mark_displayed"] and pa.certification["level"] == level


# Wording from the third reading (docs/wording.md section 11): how annual reports, committee papers and
# Welsh pages word a certificate, and the targets and look-alikes that must not count. Passages written
# for the project.
@pytest.mark.parametrize(
    "sentence",
    [
        # a renewal after the audit: "re-accredited", "re-certified"
        "Our town centre cameras were re-accredited against the Surveillance Camera Code of Practice in 2021 "
        "after the on-site audit.",
        # a certificate's term rather than its award
        "An SSAIB auditor visited the control room in 2019; our Surveillance Camera Code certificate runs until 2024.",
        # a committee's passive: the certificate "had been issued"
        "The step 2 certificate under the Surveillance Camera Commissioner's scheme was issued to the council in "
        "March 2018.",
        # the noun: "the award of full certification"
        "Members welcomed the award of full certification against the Surveillance Camera Code of Practice.",
        # "has … accreditation" with the scheme named
        "The CCTV partnership has Surveillance Camera Commissioner accreditation for both of its control rooms.",
        # a participle with no auxiliary, and "acquired"
        "The control room, accredited by the Surveillance Camera Commissioner since 2018, is staffed day and night.",
        "Our CCTV operation acquired step 2 accreditation under the Surveillance Camera Code of Practice in 2020.",
    ],
)
def test_certificate_worded_as_annual_reports_and_committees_word_it(analyse_html, sentence):
    pa = analyse_html("CCTV", OWN + f"<p>{sentence}</p>")
    assert pa.signals["certification"], sentence


def test_welsh_past_tense_award(analyse_html):
    main = (
        "<p>Mae'r Cyngor yn gweithredu camerâu teledu cylch cyfyng yng nghanol y dref.</p>"
        "<p>Dyfarnwyd tystysgrif cydymffurfio i'r Cyngor gan y Comisiynydd Camerâu Gwyliadwriaeth ym mis Mawrth "
        "2019.</p>"
    )
    pa = analyse_html("Teledu cylch cyfyng", main, "/cy/teledu-cylch-cyfyng", lang="cy")
    assert pa.signals["certification"] and pa.certification["awarded"] == "2019-03"


def test_scheme_named_in_the_section_heading_not_the_sentence(analyse_html):
    main = (
        OWN + "<h2>Surveillance Camera Code of Practice</h2>"
        "<p>We keep to the twelve guiding principles for every camera system the council runs.</p>"
        "<p>Our cameras are reviewed every year by the community safety team.</p>"
        "<p>We hold a certificate of compliance, valid until June 2024.</p>"
    )
    pa = analyse_html("CCTV", main)
    assert pa.signals["certification"]
    # the same sentence under a heading about something else names no scheme: a certificate of what?
    other = main.replace("Surveillance Camera Code of Practice</h2>", "Our control room</h2>")
    assert not analyse_html("CCTV", other).signals["certification"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a strategy's target, after a label or as an aim
        "Priority 3: achieve third party certification against the Surveillance Camera Code of Practice by 2027.",
        "To gain step 2 certification against the Surveillance Camera Code of Practice within two years.",
        "Following the desktop review the council was recommended for certification against the Surveillance "
        "Camera Code; the audit is still to come.",
        "The auditor recommended the council for certification against the Surveillance Camera Code of Practice "
        "and the checks are still going on.",
        # accredited by somebody else, to something else
        "The control room is accredited by the NSI to BS 7958.",
        # an installer's certificate of another standard
        "Every installation carries a certificate of compliance with BS EN 62676 and the Surveillance Camera Code "
        "principles we design to.",
        # "has … accreditation" that is a standard, and "has no" certificate
        "The control room has NSI Gold accreditation to BS 7958.",
        "The council has no certification under the Surveillance Camera Commissioner's scheme.",
        # the scheme's own news: "has launched a … certification scheme"
        "In 2015 the Surveillance Camera Commissioner has launched a third party certification scheme for "
        "councils and police forces.",
    ],
)
def test_targets_applications_and_other_certificates_are_not_claims(analyse_html, sentence):
    pa = analyse_html("CCTV", OWN + f"<p>{sentence}</p>")
    assert not pa.signals["certification"], sentence


@pytest.mark.parametrize(
    "sentence,claims",
    [
        (
            "Last spring our control room was presented with the Surveillance Camera Commissioner's step 2 certificate.",
            True,
        ),
        ("The CCTV team has been given a stage two award under the Surveillance Camera Code of Practice.", True),
        # given something else about the scheme
        ("The council has been given guidance on the Surveillance Camera Commissioner's certification scheme.", False),
    ],
)
def test_given_or_presented_with_the_award(analyse_html, sentence, claims):
    pa = analyse_html("CCTV", OWN + f"<p>{sentence}</p>")
    assert pa.signals["certification"] is claims, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "We completed step 1 in 2022 and are working towards step 2 certification against the Surveillance Camera Code.",
        "The council has applied for third party certification against the Surveillance Camera Code of Practice.",
        "Each year we complete the Surveillance Camera Commissioner's self-assessment tool and publish the result.",
    ],
)
def test_progress_towards_a_certificate_is_said_but_is_no_certificate(analyse_html, sentence):
    """Applied, working towards, self-assessed: the page's certification signal (what it is about),
    a weak progress finding, and no certificate for 5.2 (tests/analysis/test_analysis_certification_progress.py)."""
    pa = analyse_html("CCTV", OWN + f"<p>{sentence}</p>")
    assert pa.signals["certification"] and pa.certification is None, sentence
    assert [f.type for f in pa.findings if f.deliverable == "5.2"] == ["certification_progress"]
