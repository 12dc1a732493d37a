"""The hundred-and-sixty-eighth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Its emphasis is third-party certification (5.2). Checks: the councils are fresh; the labelling rules hold with the
intended tallies; and the structures are really served: a stepless mark linking to a Word certificate without
extension that states step 2 and an expiry date already past; a lapsed step 2 only in a Shopsafe member pack PDF; a
step 1 sentence only on the last of eight pages of a paged code; a step 1 certificate only in a control-room
photograph's alt text; and the near-misses that are not certification: 'working towards' in English and Welsh on a
/cy twin, predecessor councils' certificates not carried over beside a self-assessment, a step 1 application only
proposed in committee papers beside a SAT that says it is not a certificate, another council's certified control
room only in committee papers (twice), an installer's NSI Gold and a monitoring company's room, BS 7958 and ISO 9001
only in news, 'award-winning' and 'in line with the Code', and a county's FOI answer saying it holds no certificate.
Also: SPOCs on a governance page, a standards page, a camera page and beside a shared service; a signed ISA linked
only from a privacy notice; a signed monitoring agreement in a related-files list; a signed police access protocol
linked from one page of the paged code; a draft unsigned Word ISA; mentions; a legacy site without search; robots.txt
forbidding the search; and councils that publish nothing but carry look-alikes.
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

from fixtures.heldback168.truth import TRUTH_PATH
from fixtures.heldback168.web import Heldback168Web

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def web() -> Heldback168Web:
    return Heldback168Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _d(truth: dict, host: str) -> dict:
    return _auth(truth, host)["deliverables"]


def test_fresh_councils(web: Heldback168Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 168)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally
    levels = Counter(
        a["deliverables"]["5.2"]["level"] for a in truth["authorities"] if a["deliverables"]["5.2"]["status"] == "met"
    )
    assert levels == Counter({"step2": 2, "step1": 2})


def test_stepless_mark_links_to_word_certificate_without_extension(web: Heldback168Web, truth: dict) -> None:
    host = "www.towerhamlets.gov.uk"
    pg = "/lgnl/community_and_living/community_safety__crime_preve/cctv/CCTV.aspx"
    cert = "/lgnl/documents/community_safety/cctv-certificate-of-compliance"
    html = _html(web, host, pg)
    assert (
        f'<a href="{cert}"><img src="/images/sccop-certification-mark.png" alt="Surveillance Camera Code of Practice certification mark">'
        in html
    )
    assert "step" not in _main(web, host, pg).lower()
    r = _render(web, f"http://{host}{cert}")
    assert r.header("Content-Type") == DOCX and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, cert)
    assert "Step 2" in text and "Expiry date: 13 November 2023" in text
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2018-11-14"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_lapsed_step_2_only_in_shopsafe_pack_and_draft_word_isa(web: Heldback168Web, truth: dict) -> None:
    host = "www.westsuffolk.gov.uk"
    cam = "/community/crime_and_safety/cctv.cfm"
    pack = "/business/shopsafe/upload/shopsafe-member-pack-2024.pdf"
    assert "step 2" not in _main(web, host, cam).lower() and "certif" not in _main(web, host, cam).lower()
    assert _linking(web, host, f"http://{host}{pack}") == {f"http://{host}/business/shopsafe/index.cfm"}
    text = _text(web, host, pack)
    assert "step 2 full certification" in text and "lapsed" in text
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2019-06" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and doc["force"] == "Suffolk"
    assert _render(web, doc["url"]).header("Content-Type") == DOCX
    assert "........................ Date: ............" in _text(web, host, urlsplit(doc["url"]).path)


def test_paged_code_with_step_1_on_its_last_page_and_signed_protocol(web: Heldback168Web, truth: dict) -> None:
    host = "www.norwich.gov.uk"
    code = "/info/20328/cctv/3992/cctv_code_of_practice"
    pages = [code] + [f"{code}/{i}" for i in range(2, 9)]
    for here, nxt in zip(pages, pages[1:]):
        assert _linking(web, host, f"http://{host}{nxt}") == {f"http://{host}{here}"}, nxt
    with_step = [pg for pg in pages if "step one" in _main(web, host, pg)]
    assert with_step == [f"{code}/8"]
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2021-02"
    assert _auth(truth, host)["oracle_fetches"] >= 10
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Norfolk"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{code}/6"}
    assert "Signed on behalf of Norfolk Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_1_only_in_a_photographs_alt_text(web: Heldback168Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    html = _html(web, host, "/community-safety/cctv")
    assert 'alt="Two Community Safety Team operators at the camera screens; behind them hangs the framed step 1' in html
    assert "<figcaption>Our control room at the Civic Centre</figcaption>" in html
    assert "step 1" not in _main(web, host, "/community-safety/cctv")
    d = _d(truth, host)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]


def test_working_towards_in_english_and_welsh(web: Heldback168Web, truth: dict) -> None:
    host = "www.monmouthshire.gov.uk"
    en, cy = "/community-safety/cctv/", "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng/"
    assert "We are working towards third-party certification" in _main(web, host, en)
    assert "Rydym yn gweithio tuag at ardystiad trydydd parti" in _main(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met"
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and d["5.3"]["status"] == "partial"


def test_predecessors_certificates_and_isa_only_from_privacy_notice(web: Heldback168Web, truth: dict) -> None:
    host = "www.buckinghamshire.gov.uk"
    acc = _main(web, host, "/community-and-safety/cctv/standards-and-accountability")
    assert "were not carried over" in acc and "self-assessment tool" in acc
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    (doc,) = d["5.5"]["documents"]
    pn = f"http://{host}/your-council/privacy/privacy-information-for-specific-services/cctv-and-privacy"
    assert d["5.5"]["status"] == "met" and doc["signed"] and _linking(web, host, doc["url"]) == {pn}
    assert d["5.3"]["status"] == "met"


def test_step_1_only_proposed_in_committee_papers_and_sat(web: Heldback168Web, truth: dict) -> None:
    host = "www.cambridge.gov.uk"
    dem = "democracy.cambridge.gov.uk"
    assert dem in web.sites[host].hosts()
    assert "should apply for step 1" in _main(web, dem, "/mgAi.aspx?ID=30518")
    assert "It is not a certificate." in _text(web, host, "/media/4413/cctv-self-assessment-tool.pdf")
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"
    assert not any(dem in u for u in d["5.1"]["pages"])


def test_other_councils_certified_rooms_only_in_committee_papers(web: Heldback168Web, truth: dict) -> None:
    for host, dem, item, words in (
        ("www.spelthorne.gov.uk", "democracy.spelthorne.gov.uk", "/mgAi.aspx?ID=9921", "certificate of compliance"),
        ("www.preston.gov.uk", "democracy.preston.gov.uk", "/mgAi.aspx?ID=7788", "step 2 certification"),
    ):
        assert words in _main(web, dem, item), host
        assert _d(truth, host)["5.2"]["status"] == "not_met", host
    d51 = _d(truth, "www.spelthorne.gov.uk")["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]


def test_installer_and_monitoring_company_approvals_are_not_the_councils(web: Heldback168Web, truth: dict) -> None:
    host = "www.tendringdc.gov.uk"
    up = _main(web, host, "/community/crime-community-safety/cctv/clacton-cctv-upgrade")
    assert "NSI Gold approved installer" in up and "already certified for its own clients" in up
    d = _d(truth, host)
    assert d["5.2"]["status"] == "not_met" and not d["5.1"]["criteria"]["standards"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_standards_only_in_news_and_award_near_misses(web: Heldback168Web, truth: dict) -> None:
    assert "BS 7958" in _main(web, "www.swale.gov.uk", "/news/control-centre-bs7958")
    assert "ISO 9001" in _text(web, "www.chesterfield.gov.uk", "/news/control-centre-standards")
    bury = _main(web, "www.bury.gov.uk", "/my-neighbourhood/safety-in-the-community/public-area-cctv")
    assert "award-winning" in bury and "in line with the Surveillance Camera Code of Practice" in bury
    for host in ("www.swale.gov.uk", "www.chesterfield.gov.uk", "www.bury.gov.uk"):
        assert _d(truth, host)["5.2"]["status"] == "not_met", host
    d51 = _d(truth, "www.chesterfield.gov.uk")["5.1"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert d51["pages"] == ["http://www.chesterfield.gov.uk/business/commercial-property/the-pavements-shopping-centre"]
    site = web.sites["www.chesterfield.gov.uk"]
    assert site.search is None and '<main id="main">' not in _html(web, "www.chesterfield.gov.uk", "/")


def test_signed_monitoring_agreement_in_related_files(web: Heldback168Web, truth: dict) -> None:
    host = "www.horsham.gov.uk"
    html = _html(web, host, "/community/cctv")
    aside = html.split('<aside class="related-files">', 1)[1].split("</aside>", 1)[0]
    d = _d(truth, host)
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).path in aside and doc["signed"] and doc["force"] == "Sussex"
    assert "For Sussex Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.hants.gov.uk", "www.spelthorne.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback168Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.hants.gov.uk", "www.swale.gov.uk", "www.preston.gov.uk"})
    foi = _main(
        web, "www.hants.gov.uk", "/aboutthecouncil/foi-disclosure-log/2025-0412-surveillance-camera-certification"
    )
    assert "We therefore hold no certificate" in foi
    ripa = _main(web, "www.hants.gov.uk", "/aboutthecouncil/surveillance-policy")
    assert "Senior Responsible Officer" in ripa and "single points of contact" in ripa
