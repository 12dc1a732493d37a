"""Lessons of the eighth held-back web, each a general rule with passages written for these tests:
a council's own news item announcing its certificate is its statement of the award (5.2, weak);
the news item still gives no 5.1 criteria."""

from __future__ import annotations

import pytest

from analysis.assess import assess
from analysis.page import analyse
from analysis.text import Document

NEWS = Document(
    url="https://www.northwold.gov.uk/news/2019/town-cameras-certified",
    kind="html",
    title="Town cameras certified against national code",
    text="\n".join(
        [
            "Town cameras certified against national code",
            "Published 14 June 2019",
            "Northwold District Council's public space CCTV has been awarded full certification (step 2) against the "
            "Surveillance Camera Code of Practice following an audit by an independent certification body.",
            "The 64 cameras are watched from the Riverside control room and recordings are kept for 31 days.",
            "Councillor Ann Reed said the award showed residents the cameras are run properly.",
        ]
    ),
)

CCTV_PAGE = Document(
    url="https://www.northwold.gov.uk/community-safety/cctv",
    kind="html",
    title="CCTV",
    text="\n".join(
        [
            "CCTV",
            "Northwold District Council runs 64 cameras in the town centre to prevent crime.",
        ]
    ),
)


def test_own_news_of_a_certificate_meets_52_with_weak_evidence() -> None:
    news = analyse(NEWS)
    assert news.decoy  # still a news item
    result = assess([analyse(CCTV_PAGE), news], "ok")
    d52 = result["5.2"]
    assert d52["status"] == "met" and d52["level"] == "step2"
    assert d52["evidence"][0]["url"] == NEWS.url
    assert d52["confidence"] != "high"
    assert any("news" in w for w in d52["evidence_strength"]["weak"])


def test_the_news_item_gives_no_51_criteria() -> None:
    result = assess([analyse(CCTV_PAGE), analyse(NEWS)], "ok")
    d51 = result["5.1"]
    assert not (d51.get("criteria") or {}).get("retention")


def test_a_news_item_about_another_bodys_certificate_is_not_the_councils() -> None:
    other = Document(
        url="https://www.northwold.gov.uk/news/2021/college-cameras",
        kind="html",
        title="College cameras praised",
        text="Northwold College's campus cameras have been certified against the Surveillance Camera Code, the "
        "college said. The council congratulated the college.",
    )
    result = assess([analyse(CCTV_PAGE), analyse(other)], "ok")
    d52 = result["5.2"]
    assert d52["status"] == "not_met"


def _signals(text: str, url: str = "https://www.northwold.gov.uk/community-safety/cctv") -> dict:
    return analyse(Document(url=url, kind="html", title="CCTV", text=text)).signals


def test_an_instrument_agreed_with_the_force_under_a_name_of_its_own_is_mentioned() -> None:
    base = "CCTV\nNorthwold District Council runs 64 cameras in the town centre. "
    assert _signals(
        base + "How Fenshire Constabulary may view our recordings is set out in a protocol schedule "
        "agreed with the force last year."
    )["sla"]
    assert _signals(base + "We will renew the data processing arrangement with Fenshire Constabulary in 2026.")["sla"]
    assert _signals(base + "A camera charter signed with Fenshire Constabulary sets out who may ask for footage.")[
        "sla"
    ]


def test_the_same_words_without_the_police_are_not_an_agreement() -> None:
    base = "CCTV\nNorthwold District Council runs 64 cameras in the town centre. "
    assert not _signals(base + "A maintenance schedule agreed with our contractor keeps the cameras working.")["sla"]
    assert not _signals(base + "The data processing arrangement with our cloud supplier covers the recordings.")["sla"]


@pytest.mark.parametrize(
    "title,text",
    [
        (
            "Case study: drawing up a CCTV protocol with the police",
            "This case study tells how three councils in the north wrote a protocol with their force for public space "
            "CCTV. A sound protocol says who may ask for footage, how fast it is supplied and how releases are logged.",
        ),
        (
            "Model information sharing agreement",
            "This agreement is made between [name of council] and [name of police force] for the release of CCTV "
            "recordings. Recordings are kept for 31 days unless needed as evidence.",
        ),
    ],
)
def test_guidance_and_templates_about_agreements_are_not_the_councils_information(title: str, text: str) -> None:
    doc = Document(
        url="https://www.northwold.gov.uk/community-safety/cctv-guidance", kind="html", title=title, text=text
    )
    pa = analyse(doc)
    assert not any(f.type == "cctv_info" for f in pa.findings) and not pa.criteria


def test_a_councils_own_guidance_on_requesting_footage_is_still_information() -> None:
    doc = Document(
        url="https://www.northwold.gov.uk/community-safety/cctv/requesting-footage",
        kind="html",
        title="Guidance on requesting CCTV footage",
        text="Northwold District Council keeps recordings from its town centre cameras for 31 days. To ask for footage "
        "of yourself, email cctv@example.gov.uk with the date, time and place.",
    )
    pa = analyse(doc)
    assert any(f.type == "cctv_info" for f in pa.findings)


def test_a_news_release_filed_outside_a_news_section_is_still_news() -> None:
    # a CMS that files every page under /article/N/: the headline and the release's voice say it is news
    doc = Document(
        url="https://www.northwold.gov.uk/article/5120/CCTV-upgrade-complete-in-Market-Street",
        kind="html",
        title="CCTV upgrade complete in Market Street",
        text="CCTV upgrade complete in Market Street\nThe new cameras in Market Street are watched from the control "
        "room and recordings are kept for 28 days.\nThe cabinet member for communities said the cameras will help "
        "the police catch offenders.\nThe work was paid for by a government grant.",
    )
    pa = analyse(doc)
    assert pa.decoy == "news item" and not pa.criteria


def test_a_cctv_service_page_is_not_news() -> None:
    doc = Document(
        url="https://www.northwold.gov.uk/article/4100/CCTV",
        kind="html",
        title="CCTV",
        text="CCTV\nNorthwold District Council runs 64 cameras in the town centre. Recordings are kept for 28 days. "
        "To ask for footage of yourself, email cctv@example.gov.uk.",
    )
    pa = analyse(doc)
    assert not pa.decoy and pa.criteria.get("retention")


def test_the_councils_news_of_a_neighbours_certificate_is_not_its_own() -> None:
    from analysis.context import AuthorityContext

    ctx = AuthorityContext(name="Eastmoor Borough Council", website="https://www.eastmoor.gov.uk/", police_force=None)
    news = Document(
        url="https://www.eastmoor.gov.uk/news/2022/county-cameras-certified",
        kind="html",
        title="Neighbouring cameras certified",
        text="Westdale District Council has been awarded full certification against the Surveillance Camera Code of "
        "Practice after an audit of its control room.\nOur own cameras are run under the same code.",
    )
    ours = Document(
        url="https://www.eastmoor.gov.uk/news/2022/our-cameras-certified",
        kind="html",
        title="Our cameras certified",
        text="Eastmoor Borough Council has been awarded full certification against the Surveillance Camera Code of "
        "Practice after an audit of its control room.",
    )
    assert assess([analyse(news, ctx)], "ok")["5.2"]["status"] == "not_met"
    assert assess([analyse(ours, ctx)], "ok")["5.2"]["status"] == "met"
