"""One test per wording pattern of docs/wording.md (sections 3-5 and the 2026-11 additions), with
variants: the SPOC, certification and police-agreement detectors, and the look-alikes each must
reject. Every passage is written for this file from the patterns (none is copied from a page).

Passages are read as `cctv-audit inspect` reads a .txt file: no address, no page around them.
"""

from __future__ import annotations

import pytest

from analysis.assess import assess
from analysis.page import PageAnalysis
from analysis.thirdparty import subject_council, third_party
from read_excerpt import read


def on(pa: PageAnalysis) -> set[str]:
    return {k for k, v in pa.signals.items() if v}


# --- 5.3: the single point of contact --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a dedicated page naming the person, with a mailbox
        "CCTV single point of contact\nThe council has appointed Omar Reid as its single point of contact for all "
        "surveillance cameras it operates. Email omar.reid@eastvale.gov.uk.",
        # a team in a policy's roles list
        "Surveillance camera policy\nThe Information Governance Team is the single point of contact for the "
        "council's surveillance camera systems and advises system operators. Telephone 01632 960 321.",
        # "single point of reference" in a code's key personnel
        "CCTV code of practice - key personnel\nThe Head of Neighbourhoods is the single point of reference for "
        "the CCTV system on behalf of the owners. Tel: 01632 960 654.",
        # an SRO for surveillance cameras with the CCTV route
        "Our cameras\nThe Senior Responsible Officer for the council's surveillance camera systems is the "
        "Assistant Director of Law. Contact the CCTV team at cctv@northvale.gov.uk.",
        # designated ... as its single point of contact
        "CCTV governance\nThe council has designated its Community Protection Manager as its single point of "
        "contact for every CCTV system. Write to cctv@southvale.gov.uk.",
        # Welsh, mutated after "ei"
        "Camerâu gwyliadwriaeth y Cyngor\nRheolwr Diogelwch Cymunedol yw ei bwynt cyswllt unigol ar gyfer pob "
        "system teledu cylch cyfyng. E-bost: tcc@cyngor-bro.gov.wales",
        # Welsh, SRO
        "Teledu cylch cyfyng\nCyfarwyddwr y Gyfraith yw Uwch Swyddog Cyfrifol y Cyngor ar gyfer camerâu "
        "gwyliadwriaeth. Ffoniwch 01970 555 222.",
        # bilingual
        "Surveillance cameras - single point of contact / Camerâu gwyliadwriaeth - pwynt cyswllt unigol\n"
        "The CCTV Manager is the council's single point of contact for surveillance cameras: cctv@bro.gov.wales\n"
        "Rheolwr TCC yw pwynt cyswllt unigol y Cyngor ar gyfer camerâu gwyliadwriaeth: cctv@bro.gov.wales",
    ],
)
def test_spoc_designations(text):
    assert "spoc" in on(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # guidance about SPOCs in general
        "Guidance\nEvery local authority should name a single point of contact for its surveillance cameras. "
        "The SPOC should keep a list of all systems.",
        # RIPA / communications data
        "RIPA policy\nThe council's Senior Responsible Officer for covert surveillance is the Monitoring Officer. "
        "Communications data requests go through the SPoC at the National Anti-Fraud Network.",
        # another service's single point of contact
        "Business support\nOur business team is your single point of contact for licences, rates and grants. "
        "Call 01632 960 808.",
        # a project's senior responsible owner
        "Cabinet report\nThe Director of Place is senior responsible owner for the CCTV replacement programme.",
        # not yet appointed
        "Surveillance camera update\nThe council has not yet appointed a single point of contact for its CCTV.",
        # a job advert
        "Job description: CCTV Supervisor\nSalary grade 6. Closing date 1 May.\nResponsible to: the CCTV "
        "Manager, the single point of contact for police footage requests.",
        # a DPO contact on a CCTV privacy notice is a contact, not a SPOC
        "CCTV privacy notice\nWe record images at our offices to keep staff safe. Questions about your data: "
        "dpo@westvale.gov.uk.",
        # committee minute naming an SRO in passing, no route (weak evidence, not a published contact)
        "Minutes\nRESOLVED that authority be delegated to the Deputy Chief Executive, as Senior Responsible "
        "Officer, to approve new CCTV cameras.",
    ],
)
def test_spoc_lookalikes(text):
    assert "spoc" not in on(read(text))


# --- 5.2: certification ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our CCTV\nIn 2017 the scheme was awarded full certification against the Surveillance Camera Code of "
        "Practice following an audit by the NSI.",
        "CCTV standards\nThe control room holds the Surveillance Camera Commissioner's certificate of compliance.",
        "CCTV standards\nOur town centre system is Surveillance Camera Code of Practice certified.",
        "CCTV annual review\nThe service kept its certification against the Surveillance Camera Code of Practice "
        "and retained its step 2 award after the surveillance visit.",
        "CCTV\nWe achieved step one desktop certification against the Surveillance Camera Code in 2016.",
        # the mark's label run into the next line of a saved page
        "CCTV annual report\nThe reviews for each year are below.\nSurveillance Camera Code of Practice - Full "
        "Certification The council publishes its camera locations every year as well.",
        # Welsh, with and without mutation
        "Teledu cylch cyfyng\nMae gan y gwasanaeth Dystysgrif Cydymffurfiaeth gan y Comisiynydd Camerâu "
        "Gwyliadwriaeth.",
        "Teledu cylch cyfyng\nMae'r Cyngor wedi ennill ardystiad llawn yn erbyn Cod Ymarfer Camerâu Gwyliadwriaeth.",
        # the press's names for step 2
        "Town control room wins camera code award\nBy Jo Marsh\nLakeside District Council has earned a stage-two "
        "award against the Home Office Surveillance Camera Code of Practice, its CCTV manager told us.",
    ],
)
def test_certification_claims(text):
    assert "certification" in on(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "CCTV strategy\nOur aim is to gain step 2 certification against the Surveillance Camera Code by 2026.",
        "Committee minute\nOnce the new code is adopted, third-party certification will be sought through the "
        "Surveillance Camera Commissioner.",
        "Our control room\nThe control room is BS 7958 certified by the NSI and we follow the Surveillance Camera "
        "Code of Practice.",
        "Parking\nOur enforcement cameras are certified as an approved device by the Vehicle Certification Agency; "
        "we also have regard to the Surveillance Camera Code of Practice.",
        "DPIA checklist\nIs the system certified against the Surveillance Camera Code of Practice? Yes / No",
        "Guidance\nSuccessful organisations receive a certificate and may display the certification mark. There "
        "are two steps: step 1 desktop and step 2 full certification.",
        "Annual report of the Commissioner\n60 organisations have been awarded the certification mark since the "
        "scheme opened.",
        "Surveillance Camera Code\nThe third-party certification scheme has closed and certificates are no "
        "longer issued.",
        # "working towards" with no step held and no application made (real-text rounds 36 and 37)
        "CCTV\nWe are working towards step 1 certification against the Surveillance Camera Code of Practice.",
        "Surveillance camera compliance\nThe council completed the self-assessment tool for its town centre system in "
        "2023 and published it with an action plan.\n\nWe are working towards third-party certification once these "
        "actions are complete.",
    ],
)
def test_certification_lookalikes(text):
    assert "certification" not in on(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "CCTV strategy\nHaving completed step 1, we are working towards third-party certification against the Surveillance "
        "Camera Code.",
        "CCTV review\nThe service is in the process of applying for certification against the Surveillance "
        "Camera Code of Practice.",
    ],
)
def test_certification_in_progress_is_the_signal_without_a_certificate(text):
    pa = read(text)
    assert "certification" in on(pa) and pa.certification is None


# --- 5.5: agreements with the police ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CCTV footage\nWe give CCTV recordings to Westshire Police under an information sharing agreement "
        "between the council and the force.",
        "CCTV monitoring\nThe council has a service level agreement with Westshire Police for monitoring its "
        "cameras overnight.",
        "CCTV\nRequests from officers are handled under the protocol for the release of images agreed with "
        "Westshire Constabulary.",
        "CCTV privacy notice\nWho we share with: Westshire Police, under a data sharing agreement covering CCTV "
        "images.",
        "Cabinet report\nThe memorandum of understanding with Westshire Police on the CCTV control room runs "
        "until 2027.",
        # Welsh: mutations after "dan" and "y"
        "Teledu cylch cyfyng\nRydym yn rhannu lluniau TCC gyda Heddlu Dyfed-Powys dan gytundeb rhannu gwybodaeth.",
        "Teledu cylch cyfyng\nMae cytundeb lefel gwasanaeth rhwng y Cyngor a Heddlu De Cymru ar gyfer monitro'r "
        "camerâu.",
        "TCC\nMae'r memorandwm cyd-ddealltwriaeth rhwng y Cyngor a Heddlu Gwent yn cynnwys rhannu lluniau.",
    ],
)
def test_police_agreement_mentions(text):
    pa = read(text)
    assert "sla" in on(pa)
    assert assess([pa], "ok")["5.5"]["status"] == "partial"


@pytest.mark.parametrize(
    "text",
    [
        # the framework and guidance
        "Framework service level agreement\nA tool for police forces and local authorities drawing up their own "
        "SLAs for CCTV. It is not itself an SLA.",
        # agreements with councils, towns and parishes
        "CCTV monitoring\nThe service level agreement with Eastvale District Council for running our CCTV control "
        "room, which also serves Westshire Police, runs to 2027.",
        "CCTV for towns\nTown councils may buy CCTV monitoring from us under a service level agreement.",
        # an information sharing agreement about something else
        "Anti-social behaviour case reviews\nThe council, Westshire Police and housing providers share "
        "information about victims under an information sharing agreement.",
        # not yet, or none
        "CCTV\nAn information sharing agreement with Westshire Police about CCTV footage is still to be signed.",
        "CCTV\nThere is no written agreement with the police about our cameras.",
        # waste and leisure agreements
        "Waste\nOur service level agreement with the waste contractor covers the cameras on refuse lorries.",
    ],
)
def test_police_agreement_lookalikes(text):
    assert "sla" not in on(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "CCTV code of practice\nThis code has been agreed by the council and Westshire Police and is reviewed "
        "every year.",
        "Code of practice for the Eastvale CCTV scheme in partnership with Westshire Police\nThe council owns "
        "the system and is its data controller.",
    ],
)
def test_a_code_written_with_the_police_is_a_hint_not_an_agreement(text):
    """DOMAIN.md: the agreement documents are SLAs, ISAs, ISPs, MoUs, release protocols and the
    Certificate of Agreement a force signs inside a joint code. A code the police endorse is the
    council's rules for its cameras; it is kept as weak evidence (partial 5.5, and the crawler
    still reads the code's front matter), never as the police-agreement signal or criterion."""
    pa = read(text)
    assert "sla" not in on(pa) and pa.signals["cctv_info"]
    mention = next(f for f in pa.findings if f.type == "sla_mention")
    assert mention.data["hint"] is True and mention.data["strength"] == "weak"
    assert not pa.criteria["police_agreement"]
    assert assess([pa], "ok")["5.5"]["status"] == "partial"


def test_a_certificate_of_agreement_the_police_sign_is_an_agreement_document():
    pa = read(
        "CCTV code of practice\nCertificate of Agreement\nThe signatories agree to follow this code.\n"
        "Signed on behalf of Eastvale Borough Council: ............ Date: 20__\n"
        "Signed on behalf of Westshire Police: ............ Date: 20__"
    )
    doc = next(f for f in pa.findings if f.type == "sla")
    assert pa.signals["sla"] and doc.data["signed"] is False


# --- whose words: third parties, news ----------------------------------------------------------


def test_a_council_news_item_states_its_certificate_but_is_not_information():
    pa = read(
        "News\nPublished: 2 June 2019\nCCTV team earns certificate\nThe council's CCTV control room has been "
        "awarded a certificate of compliance by the Surveillance Camera Commissioner.\nCouncillor Amy Fox said: "
        '"Residents can trust how our cameras are run."'
    )
    assert on(pa) == {"cctv_info", "certification"}  # the council's own news of its own control room
    # still a news item (never 5.1 information); its certificate is the council's own statement of the
    # award, recorded as weak evidence for 5.2 (held-back web 8's lesson; analysis.page._news_certification)
    assert pa.decoy == "news item" and pa.certification is not None
    assert all(
        f.data.get("own_news") and f.data.get("strength") == "weak" for f in pa.findings if f.type == "certification"
    )


@pytest.mark.parametrize(
    "text,claimed",
    [
        (
            "Riverside council's camera room gets national certificate\nBy Kim Lowe\nRiverside council's CCTV "
            "control room has gained a certificate of compliance with the Surveillance Camera Code of Practice, "
            "its manager told us.",
            {"certification"},
        ),
        (
            "We are proud to have been selected to provide certification against the Surveillance Camera Code "
            "of Practice. Local authorities interested in certification should contact our team.",
            set(),
        ),
        (
            "Council signs CCTV deal with police\nBy Kim Lowe\nRiverside Borough Council has signed a memorandum "
            "of understanding with Westshire Police about its CCTV control room, a spokesperson told us.",
            {"sla"},
        ),
    ],
)
def test_press_and_bodies_writing_about_councils(text, claimed):
    pa = read(text)
    assert pa.decoy and pa.decoy.startswith("third-party")
    assert on(pa) == claimed


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "How Anyshire District Council earned the mark. Anyshire District Council was audited.",
            "Anyshire District Council",
        ),
        ("Riverside council's control room passed; the manager of Riverside council spoke.", "Riverside Council"),
        ("The council has a scheme. Our council runs cameras.", None),
        ("Eastvale Borough Council and Westvale Borough Council both run CCTV.", None),
    ],
)
def test_the_council_an_account_is_about(text, name):
    assert subject_council(text) == name


def test_a_reporters_words_mark_third_party_text():
    assert third_party("file:///x.txt", "", "Westvale's cameras were upgraded, the manager told us.")
    # a byline alone is no longer enough: a council's own news site carries bylines too (session 8's real-text
    # probe); a byline with the page's picture caption is a newspaper's
    assert third_party("file:///x.txt", "", "Council camera room\nby Sam Reed\nThe room was upgraded.") is None
    assert third_party(
        "file:///x.txt", "", "Council camera room\nby Sam Reed\nImage caption, the control room\nThe room was upgraded."
    )
    assert third_party("file:///x.txt", "", "We operate 60 CCTV cameras and keep footage for 31 days.") is None


def test_an_installers_sales_line_marks_third_party_text():
    # an electrician's blog retelling a council's award ends by selling its own work
    blog = (
        "Northvale Borough Council's control room has been re-accredited against the Surveillance Camera Code of "
        "Practice.\nContact us today for a free quote on a home CCTV system."
    )
    assert third_party("file:///x.txt", "", blog)
    assert third_party("file:///x.txt", "", "Cameras for shops and homes. Free no-obligation site survey.")
    # a council asking residents to contact it about a camera is not selling anything
    own = "If you think a camera is needed in your street, contact us with the location and the problem."
    assert third_party("file:///x.txt", "", own) is None


def test_an_aggregators_frame_and_a_quoted_officer_mark_a_retold_press_release():
    retold = (
        "Posted: 12 January 2017\nValeside County Borough Council's public space CCTV scheme has been awarded Step 2 "
        "Full Accreditation by the Surveillance Camera Commissioner. Superintendent Jo Smith said the police were "
        "pleased the council had been recognised."
    )
    assert third_party("file:///x.txt", "", retold)
    # one quoted officer on the council's own CCTV page is not enough to make it somebody else's account
    own = (
        "We operate 80 cameras in the town centre. Inspector Sam Lee of Northshire Police said the cameras help "
        "officers every weekend."
    )
    assert third_party("file:///x.txt", "", own) is None


# --- the council's own words without its name --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police access to CCTV\nRecorded CCTV images held by the council are given to officers on request.",
        "Compliance\nWe completed the Surveillance Camera Commissioner's self-assessment tool for our town "
        "centre CCTV in 2024.",
        "Teledu cylch cyfyng\nRydym yn gweithredu camerâu teledu cylch cyfyng yng nghanol y dref.",
        "Our CCTV partnership\nThe control room is run in partnership with Westshire Police, whose officers see "
        "live pictures at the station.",
    ],
)
def test_own_cctv_statements_without_the_councils_name(text):
    assert read(text).signals["cctv_info"]
