"""Patterns webs 178-179 and real-text rounds 42-43 showed (webs 178-179 and round 43 measured once at session 31's
freeze, round 42 a first look after it; all opened this session). The passages are written for this test (an invented
council, Anytown, and invented bodies and places), not taken from the sets.

- "Signs at the entrances … tell you that CCTV recording is in operation" on a council office's visiting page is the
  council's one fact (web 178's Waverley); signs on your own gate or a shop's door are not.
- A council's CCTV privacy notice filed three levels down its privacy notices (privacy -> service notices -> a
  directorate's notices) is looked for while the police agreement is unfound: that is where the agreement is named
  (web 179's Leeds).
- Welsh "yn dal i gael ei drafod, ac nad oedd wedi ei lofnodi eto", and talks "opened" or "stalled" with no terms agreed,
  are no agreement; a paper's report of stalled talks claims none (round 43).
- A force's liaison officer who is "the single point of contact for control room managers", and the FOI question "Does
  the council have a single point of contact …?", designate no SPOC (round 43).
- "would consider seeking third-party accreditation" is no claim of certification (round 43).
- A parish council that "will own and run the system" under a district's grant, a GP practice's notice and a shopping
  centre's cameras "throughout its malls" are not the council's (round 43).
- A Welsh FOI answer about the cameras ("Mae'r camerâu'n recordio'n lleol", "Cedwir lluniau am 31 diwrnod") is the
  council's information; a Welsh request "yn aros am ymateb" is not (rounds 43 and 42).
- A force's own press release about a council's cameras is not the council's news (round 43).
- "[Post], the council's designated SPOC for surveillance cameras" designates that post, even after "every council camera
  system" (round 42).
- An FOI answer "[X] Council and [the force] have a service level agreement for the public space CCTV system" is the
  council's information and its agreement; an application for step 2 answered under the question is its claim (round 42).
- "The university is the owner and data controller" makes a campus code of practice another body's (round 42); a
  householder planning decision about cameras on a house is a planning decision (round 42).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.searchplan import SearchPlan
from analysis.text import extract

S = "https://www.anytown.gov.uk"


def _inspect(text: str, ctx: AuthorityContext | None = None) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"), ctx)


def test_signs_telling_you_recording_is_in_operation_at_the_offices_are_the_councils_fact(
    ctx: AuthorityContext,
) -> None:
    office = (
        "Visiting Riverside House\nRiverside House, Anytown AN1 2BB. The front desk is open Monday to Thursday, 9am to 4pm."
        "\nSigns at the doors and in the visitor car park tell you that CCTV recording is in operation.\nThere are two"
        " visitor bays by the entrance."
    )
    pa = _inspect(office, ctx)
    assert pa.signals["cctv_info"] and pa.criteria["signage"]
    home = (
        "Cameras at home\nIf you fit a doorbell camera, signs on your gate tell you that CCTV is in operation at your"
        " property, but you must still respect your neighbours' privacy."
    )
    assert not _inspect(home, ctx).signals["cctv_info"]


def test_a_cctv_privacy_notice_three_levels_down_is_looked_for_the_police_agreement() -> None:
    plan = SearchPlan()
    plan.search_form(S + "/search?q=CCTV", "refused_by_robots")
    plan.sitemap("unavailable")
    title = "| Anytown City Council"
    trail = (
        ("/privacy", "Privacy", "/"),
        ("/privacy/service-notices", "Service privacy notices", "/privacy"),
        ("/privacy/service-notices/neighbourhoods", "Neighbourhoods privacy notices", "/privacy/service-notices"),
    )
    for i, (path, anchor, parent) in enumerate(trail):
        plan.offer(S + path, anchor, 0.3, i + 1, f"{anchor} {title}", from_url=S + parent)
        if i < 2:
            plan.page_read(S + path)
    plan.update(
        {
            "5.1": {"status": "met", "pages": [S + "/community-safety/cctv"]},
            "5.2": {"status": "met"},
            "5.3": {"status": "partial"},
            "5.5": {"status": "not_met"},
        }
    )
    opened = []
    while (a := plan.next_action()) is not None and len(opened) < 6:
        opened.append(a.url)
        if a.url:
            plan.page_read(a.url)
    assert S + "/privacy/service-notices/neighbourhoods" in opened


def test_talks_still_under_way_opened_or_stalled_are_no_agreement() -> None:
    welsh = (
        "Pwyllgor Craffu Cymunedau – 2 Ebrill 2025\n\n4. Teledu cylch cyfyng\n\nMae gan y Cyngor 30 o gamerâu yn y trefi."
        " Dywedwyd bod protocol drafft rhwng y Cyngor a Heddlu Dyfed-Powys ynghylch rhannu lluniau yn dal i gael ei drafod,"
        " ac nad oedd wedi ei lofnodi eto."
    )
    pa = _inspect(welsh)
    assert pa.signals["cctv_info"] and not pa.signals["sla"]
    opened = (
        "Community Safety Committee – 4 June 2025\n\n7. CCTV\n\nThe CCTV manager said the council's control room watched"
        " 90 cameras for the borough. Talks had opened with the Constabulary about a partnership agreement and a share of"
        " the running costs, but no terms had yet been agreed.\n\nRESOLVED: That the report be noted."
    )
    pa = _inspect(opened)
    assert pa.signals["cctv_info"] and not pa.signals["sla"]
    paper = (
        "Camera deal on hold\n\nTalks between Anytown Borough Council and Anyshire Police over a fresh memorandum of"
        " understanding for the town's CCTV have stalled, a meeting heard on Monday.\n\nThe council wants the force to"
        " share the cost of staffing the control room."
    )
    assert not _inspect(paper).signals["sla"]


def test_a_forces_liaison_for_control_rooms_and_an_foi_question_designate_no_spoc() -> None:
    force = (
        "Council control rooms\n\nAnyshire Police works with six council CCTV control rooms.\n\nOur CCTV single point of"
        " contact\nIn each district a CCTV liaison officer is the single point of contact for control room managers and"
        " arranges camera cover for planned operations.\n\nControl room managers can email liaison@example.org.uk."
    )
    assert not _inspect(force).signals["spoc"]
    asked = (
        "Request 5521\n\n1) How many cameras does the council operate?\n2) Does the council have a single point of contact"
        " for its cameras?\n\nResponse\n\n1) 28 cameras in the town centre.\n2) Questions about the cameras go to the"
        " community safety team: safety@example.gov.uk."
    )
    assert not _inspect(asked).signals["spoc"]


def test_would_consider_seeking_accreditation_is_no_claim() -> None:
    minutes = (
        "Cabinet – 3 March 2026\n\n9. Surveillance camera policy\n\nThe Head of Service introduced a draft policy covering"
        " the town centre cameras and the cameras at the depot. She said each team would keep a compliance file for its"
        " cameras and that, once the policy had been adopted and the files completed, the council would consider seeking"
        " third-party accreditation against the Surveillance Camera Code.\n\nRESOLVED: That the policy be adopted."
    )
    pa = _inspect(minutes)
    assert pa.signals["cctv_info"] and not pa.signals["certification"]


def test_a_parish_owning_a_granted_system_a_surgery_and_a_shopping_centre_are_not_the_council() -> None:
    grant = (
        "Safer villages fund\n\nThe district's safer villages fund pays up to £4,000 towards projects that cut crime.\n\n"
        "Cameras for villages\nParish councils can bid for help with cameras on playing fields or in village car parks."
        " The parish council will own and run the system and must complete an impact assessment and put up signs."
    )
    assert not _inspect(grant).signals["cctv_info"]
    surgery = (
        "Cameras at the surgery\n\nLarkfield Medical Practice has cameras in the waiting room, reception and car park.\n\n"
        "Recordings are kept for 14 days. To see images of yourself, ask at reception for a request form."
    )
    assert not _inspect(surgery).signals["cctv_info"]
    centre = (
        "CCTV privacy notice\n\nThe Millgate Centre uses CCTV throughout its malls and service yards, and its security"
        " officers wear body cameras.\n\nFootage is kept for 30 days. To ask for footage of yourself, email"
        " privacy@example.co.uk."
    )
    assert not _inspect(centre).signals["cctv_info"]


def test_a_welsh_foi_answer_about_the_cameras_is_the_councils_and_a_waiting_request_is_not() -> None:
    answered = (
        "Cais Rhyddid Gwybodaeth: 4471\n\nCais\nA oes gan y Cyngor gamerâu teledu cylch cyfyng yng nghanol y dref?\n\nYmateb\nMae'r camerâu'n"
        " recordio ddydd a nos ond nid ydynt yn cael eu monitro'n fyw. Cedwir lluniau am 28 diwrnod."
    )
    assert _inspect(answered).signals["cctv_info"]
    waiting = (
        "Cais Rhyddid Gwybodaeth\n\nDyddiad derbyn: 2 Chwefror 2026\nStatws: Yn aros am ymateb\n\nHoffwn gael y"
        " wybodaeth ganlynol: faint o gamerâu sydd gan y Cyngor yn y dref, a phwy sy'n eu monitro.\n\nBydd y Cyngor yn"
        " ymateb o fewn 20 diwrnod gwaith."
    )
    assert not _inspect(waiting).signals["cctv_info"]


def test_a_forces_press_release_is_not_the_councils_news() -> None:
    release = (
        "News: Force and council agree camera rules\n\nAnyshire Police and Anytown Borough Council have signed a protocol"
        " covering the council's town centre CCTV.\n\nInspector Ravi Shah said: \"The agreement makes it quicker to get"
        ' footage to our officers."\n\nTo report a crime call 101, or Crimestoppers anonymously on 0800 555 111.'
    )
    pa = _inspect(release)
    assert not pa.signals["cctv_info"] and pa.signals["sla"]
    own = release.replace("Inspector Ravi Shah said", "Councillor Mary Lee, cabinet member for safety, said")
    assert _inspect(own).signals["cctv_info"]


def test_the_spoc_named_in_apposition_is_designated() -> None:
    page = (
        "CCTV in our car parks\n\nWe have 80 cameras across our six multi-storey car parks.\n\nWho is responsible\n"
        "Oversight of every council camera system rests with the Parking and Security Manager, the council's designated"
        " SPOC for surveillance cameras, who approves new cameras. Write to carparkcameras@example.gov.uk."
    )
    pa = _inspect(page)
    assert pa.signals["spoc"] and pa.spoc and pa.spoc["role"] == "Parking and Security Manager"


def test_foi_answers_stating_the_agreement_and_the_application_are_the_councils() -> None:
    agreement = (
        "Freedom of Information response – 25/118\n\nRequest\nPlease say whether the council has an agreement with the"
        " police about its CCTV.\n\nResponse\nYes. Anytown Borough Council and Anyshire Police have a data sharing"
        " agreement for the town centre CCTV system, signed by both in May 2024. A copy is attached."
    )
    pa = _inspect(agreement)
    assert pa.signals["cctv_info"] and pa.signals["sla"]
    sheet = (
        "FOI 26/0077 – CCTV\n\n1. Is the council's CCTV certified against any standard?\nIn March 2023 the council"
        " submitted an application to a certification body for step 2 certification under the Surveillance Camera Code.\n\n"
        "2. How many public space cameras does the council have?\n64 fixed cameras."
    )
    pa = _inspect(sheet)
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_universitys_code_and_a_householder_decision_are_not_the_councils() -> None:
    campus = (
        "CCTV Code of Practice – Campus\n\n1. Scope\nThis code covers 300 cameras on the campus, its halls and car parks.\n\n"
        "2. Ownership\nThe university is the owner and data controller.\n\n3. Retention\nRecordings are kept for 31 days."
    )
    assert not _inspect(campus).signals["cctv_info"]
    householder = (
        "Planning Committee – 25/0412/HOUS, 3 Elm Way\n\nRetention of three CCTV cameras on the side wall of the house.\n\n"
        "A neighbour objected that a camera overlooked her garden. The officer said privacy was a data protection matter.\n\n"
        "RESOLVED that planning permission be granted."
    )
    assert not _inspect(householder).signals["cctv_info"]
