"""The 257th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Emphasis: shared services and partnerships, where whose information, certificate, SPOC and agreement it is must be
told apart. Checks: the councils are fresh; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served (a partnership code whose six-partner certificate only the council and the
Met have signed, served without extension; a step 2 claim only in a table footnote on a care alarm centre's page;
a control centre shared with traffic control and a contractor beside retailers' own police agreement; a neighbour
council's signed police ISA served on a council's site that is not a party to it; the old joint code of two
councils and the police kept while a new ISA is drafted, on a legacy .aspx site; the council's step 1 certificate
listed among partners' awards; a signed police ISA third on a partnership documents page beside a councils' and a
retail agreement; a three-party partnership agreement signed by all; a hub code signed by every partner but the
council; an alliance page where all but one sentence is the partner council's, its SPOC included; a single fact
as a row of a shared-services table; police-owned town cameras beside a corporate SRO; and three councils that
publish nothing but carry look-alikes).
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
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback257.truth import TRUTH_PATH
from fixtures.heldback257.web import Heldback257Web


@pytest.fixture(scope="module")
def web() -> Heldback257Web:
    return Heldback257Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback257Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 257)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 6, "not_met": 5}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_partnership_code_signed_by_two_of_six_partners(web: Heldback257Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed copy not yet returned") == 4 and "Signed for and on behalf of the Metropolitan" in text
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    pcn = _main(web, host, "/info/200265/parking/1401/moving_traffic_enforcement_cameras")
    assert "penalty charge notice" in pcn
    assert not any("parking" in u for u in d["5.1"]["pages"])


def test_care_alarm_centre_page_and_footnote_claim(web: Heldback257Web, truth: dict) -> None:
    host = "www.sunderland.gov.uk"
    centre = "/article/14210/Sunderland-City-Alarm-and-Emergency-Centre"
    assert _linking(web, host, f"http://{host}{centre}") >= {f"http://{host}/care-and-support"}
    html = _html(web, host, centre)
    assert '<p class="footnote">* The public space cameras listed above were awarded step 2' in html
    assert "step 2" not in html.split('<p class="footnote">', 1)[0]
    assert "Tyne and Wear Fire and Rescue Service" in _main(web, host, centre)
    a = _auth(truth, host)
    d = a["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("surveillancecameras@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert a["heldback"]["robots_forbid_search"]


def test_shared_centre_and_retailers_own_police_agreement(web: Heldback257Web, truth: dict) -> None:
    host = "www.plymouth.gov.uk"
    assert "South West Highways" in _main(web, host, "/crime-and-community-safety/cctv")
    parc = _main(web, host, "/business-crime/plymouth-against-retail-crime")
    assert "PARC's own information sharing agreement with Devon and Cornwall Police" in parc
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert {urlsplit(e["url"]).path for e in d["5.5"]["evidence"]} == {
        "/sites/default/files/2024-05/CCTV_Code_of_Practice_2024.pdf"
    }
    assert "protocol agreed between the Council and Devon and Cornwall Police" in _text(
        web, host, "/sites/default/files/2024-05/CCTV_Code_of_Practice_2024.pdf"
    )


def test_neighbours_signed_police_isa_is_not_ours(web: Heldback257Web, truth: dict) -> None:
    host = "www.gravesham.gov.uk"
    isa = "/media/docs/swale-borough-council-kent-police-cctv-isa.pdf"
    tc = f"http://{host}/residents/community-safety/surveillance-cameras/town-centre-cctv"
    assert _linking(web, host, f"http://{host}{isa}") == {tc}
    text = _text(web, host, isa)
    assert "Signed for Swale Borough Council" in text and "Signed for Kent Police" in text
    assert "Gravesham" not in text
    assert "Gravesham Borough Council is not a party to it." in _main(web, host, urlsplit(tc).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and not d["5.1"]["criteria"]["police_agreement"]
    assert d["5.3"]["status"] == "met"
    papers = _main(web, "democracy.gravesham.gov.uk", "/mgAi.aspx?ID=35193")
    assert "apply for third-party accreditation" in papers and d["5.2"]["status"] == "not_met"


def test_legacy_joint_code_kept_while_isa_drafted(web: Heldback257Web, truth: dict) -> None:
    host = "www.fareham.gov.uk"
    html = _html(web, host, "/safety/cctv/codeofpractice.aspx")
    assert '<main id="main">' not in html and "now being drafted" in html
    assert "Gosport Borough Council and Hampshire Police: joint code" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert all(urlsplit(u).path.endswith(".aspx") for u in d["5.1"]["pages"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_own_step_1_among_partners_awards(web: Heldback257Web, truth: dict) -> None:
    host = "www.charnwood.gov.uk"
    html = _html(web, host, "/pages/cctv_awards_and_recognition")
    assert html.count("<tr><td>") == 4 and html.count("step 1") == 1
    assert "Crime Out of Loughborough (COOL)</td><td>Safer Business Action award" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-10"
    assert d["5.5"]["status"] == "not_met" and "Leicestershire Constabulary" in _main(web, host, "/pages/cctv")


def test_police_isa_third_among_partnership_documents(web: Heldback257Web, truth: dict) -> None:
    host = "www.warwickdc.gov.uk"
    docs = "/info/20109/crime_and_law_enforcement/112/cctv/3"
    pdfs = [u for u in _links(web, host, docs) if u.endswith(".pdf")]
    assert len(pdfs) == 3
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["url"] == pdfs[2] and doc["signed"] and doc["force"] == "Warwickshire"
    assert "Kenilworth Town Council" in _text(web, host, urlsplit(pdfs[0]).path)
    assert 'alt="SCC certification mark"' in _html(web, host, "/info/20109/crime_and_law_enforcement/112/cctv")
    assert d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"] and d["5.3"]["status"] == "met"


def test_three_party_partnership_agreement_signed_by_all(web: Heldback257Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert text.count("Signed for ") == 3 and "Atherstone Town Council" in text
    assert d["5.5"]["status"] == "met" and doc["date"] == "2023-05-09"
    pg = "/info/20196/community_safety/1144/cctv_-_closed_circuit_television"
    assert "Warwickshire Police's own" in _main(web, host, pg)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["role"] == "Director of Housing"


def test_hub_code_signed_by_all_but_the_council(web: Heldback257Web, truth: dict) -> None:
    host = "www.pendle.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert not doc["signed"] and doc["draft"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Pendle Borough Council: Signature ....." in " ".join(text.split())
    assert text.count("Signed for and on behalf of") == 5 and "Lancashire Constabulary: Superintendent" in text
    pg = "/info/20094/data_protection_and_freedom_of_information/174/cctv"
    assert "Colne Town Council runs its own system" in _main(web, host, pg)


def test_alliance_page_mostly_the_partners(web: Heldback257Web, truth: dict) -> None:
    host = "www.highpeak.gov.uk"
    main = _main(web, host, "/alliance/community-safety/cctv")
    assert "Staffordshire Moorlands' single point of contact for surveillance cameras" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "not_met" and d["5.1"]["status"] == "partial"
    assert [k for k, v in d["5.1"]["criteria"].items() if v] == ["cameras"]
    assert "democracy.highpeak.gov.uk" in web.sites[host].hosts()


def test_one_fact_in_a_shared_services_table(web: Heldback257Web, truth: dict) -> None:
    host = "www.fylde.gov.uk"
    shared = f"http://{host}/council/shared-services-and-partnerships/"
    assert shared in _links(web, host, "/a-z")
    html = _html(web, host, "/council/shared-services-and-partnerships/")
    assert "<td>Wyre Council, from its control room in Poulton-le-Fylde</td>" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"] == [shared] and d["5.2"]["status"] == "not_met"
    assert "step 2 certificate" in _main(web, host, "/news/control-room-that-watches-our-cameras-keeps-certificate/")


def test_police_owned_town_cameras_beside_corporate_sro(web: Heldback257Web, truth: dict) -> None:
    host = "www.carmarthenshire.gov.wales"
    pg = "/home/council-democracy/data-protection/cctv-and-surveillance-cameras/"
    assert "belong to Dyfed-Powys Police" in _main(web, host, pg)
    assert "http://www.sirgar.llyw.cymru/cartref/" in _links(web, host, pg)
    assert web.site_for_host("www.sirgar.llyw.cymru") is None
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback257Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.worcestershire.gov.uk", "www.havant.gov.uk", "www.winchester.gov.uk"})
    assert "does not operate any public space CCTV" in _main(web, "www.worcestershire.gov.uk", "/foi/public-space-cctv")
    site = web.sites["www.winchester.gov.uk"]
    assert site.search is None and not site.az
    assert "Review of CCTV" in _html(web, "havant.moderngov.co.uk", "/mgAi.aspx?ID=8329")
