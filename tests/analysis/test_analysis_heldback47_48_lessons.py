"""Patterns the forty-seventh and forty-eighth held-back webs showed. These two webs were written at the start of
session 14, merged unopened and measured once with the detectors frozen at 0400ceb (their first look is the
session's held-back figure); what they taught was learnt afterwards. The passages are written for this test.

- a county's "short guide to drawing up" an agreement with the police for its partners, which says it "is not an
  agreement": neither the county's agreement nor its CCTV information;
- recordings "from cameras at [two named offices]" in a visitors' privacy notice;
- the council's own CCTV page that names the town councils' cameras elsewhere in passing is still its own;
- "CCTV in the town is monitored by the council's Community Safety Team" in a community safety strategy;
- an internal audit's "Recommendation: appoint a single point of contact" designates nobody.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_a_guide_to_drawing_up_an_agreement_is_neither_agreement_nor_information(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = analyse_html(
        "Partnership resources",
        "<p>For district and borough partners: a short guide to drawing up a service level agreement with the police"
        " for public space cameras. Use it as a checklist; it is not an agreement and binds nobody.</p>"
        "<ul><li>what each party provides</li><li>how requests for recordings are logged</li></ul>",
        path="/community-safety/partnership-resources",
    )
    assert page.signals["sla"] is False and page.signals["cctv_info"] is False and not page.sla


def test_one_fact_and_own_voice_statements(analyse_html: Callable[..., PageAnalysis]) -> None:
    visitors = analyse_html(
        "Privacy notice: visitors to our offices",
        "<h2>Signing in</h2><p>We keep the visitor book at reception for a year.</p><h2>Cameras at our buildings</h2>"
        "<p>Recordings from cameras at Penrallt House and the Marine Terrace offices are kept for 21 days, then erased.</p>",
        path="/privacy/visitors-to-our-offices",
    )
    assert visitors.signals["cctv_info"] is True and "retention" in _crit(visitors)
    own = analyse_html(
        "Westby town centre CCTV",
        "<p>In May 2023 we completed step 1, desktop certification, against the Surveillance Camera Code of Practice.</p>"
        "<p>There are 40 fixed cameras in Westby town centre, recording 24 hours a day, to deter crime and disorder.</p>"
        "<p>In the county's other towns, cameras are run by the town or parish council.</p>"
        "<p>Our senior responsible officer for surveillance cameras is the Head of Regulatory Services.</p>",
        path="/community/westby-town-centre-cctv",
    )
    assert own.decoy is None and own.signals["cctv_info"] is True and own.signals["certification"] is True
    strategy = analyse_html(
        "Community safety strategy 2024 to 2027",
        "<p>Our strategy has three priorities, among them making the town centre feel safer at night.</p>"
        "<p>CCTV in the town is monitored by the council's Community Safety Team, which passes what it sees to the"
        " police.</p>",
        path="/community-safety/strategy",
    )
    assert strategy.signals["cctv_info"] is True


def test_a_recommendation_to_appoint_a_spoc_designates_nobody(analyse_text: Callable[..., PageAnalysis]) -> None:
    audit = analyse_text(
        "Internal audit: surveillance cameras\nAssurance: limited. There is no complete register of camera systems.\n"
        "Recommendation: appoint a single point of contact for surveillance cameras and adopt a policy.\n",
        path="/documents/s1234/internal-audit-cctv.pdf",
    )
    assert audit.signals["spoc"] is False and not any(f.type == "spoc" for f in audit.findings)
