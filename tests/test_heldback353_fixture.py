"""The 353rd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served: a whole disclosure spread over environmental enforcement
pages joined by an in-page 'Cameras we use' navigation; redeployable camera deployment notices as pages and a signed
police protocol linked only from the deployments page; a four-part guide with a contents list and a step 2 claim
only inside an extensionless code; a draft Word agreement; a bilingual camera page inside street cleaning and
enforcement beside another council's certification; a privacy notice among eight with a signed extensionless Word
agreement and a commissioner's grant agreement beside it; a fly-tipping report page whose out-of-hours note is the
only fact; camera facts only in an appendix of an enforcement policy; a three-party memorandum signed by two
councils and the police; a privacy notice directory with the SPOC on the body worn video notice; a fact in a row of
a recycling banks table; an ask-for-a-camera page; a step 1 claim as one bullet among standards; and councils whose
only camera material is enforcement, news and other bodies' cameras.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    evidence_urls,
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback353.truth import TRUTH_PATH
from fixtures.heldback353.web import Heldback353Web


@pytest.fixture(scope="module")
def web() -> Heldback353Web:
    return Heldback353Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _path(url: str) -> str:
    return urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "")


def test_fresh_councils_of_the_brief_mix(web: Heldback353Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 353)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_disclosure_spread_over_environmental_enforcement_pages(web: Heldback353Web, truth: dict) -> None:
    host = "www.royalgreenwich.gov.uk"
    env = "/info/200307/environmental_enforcement"
    cams = [
        f"{env}/2210/smart_cameras_at_fly-tipping_hotspots",
        f"{env}/2211/our_borough_camera_network",
        f"{env}/2212/body_cameras_worn_by_our_officers",
    ]
    for c in [env, *cams]:
        assert 'aria-label="Cameras we use"' in _html(web, host, c), c
        assert set(f"http://{host}{x}" for x in cams) <= set(_links(web, host, c)), c
    cs = "/info/200202/community_safety"
    assert not set(_links(web, host, cs)) & {f"http://{host}{c}" for c in cams}
    d = _auth(truth, host)["deliverables"]
    pages = {_path(u) for u in d["5.1"]["pages"]}
    assert pages <= set(cams) | {f"{cs}/198/view_cctv_or_body_camera_footage"}
    assert all(p.startswith(env) for p in pages - {f"{cs}/198/view_cctv_or_body_camera_footage"})
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctvrequests@")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "approved devices" in _main(web, host, "/info/200278/parking/1780/school_streets_cameras")
    assert "Senior Responsible Officer" in _main(web, host, f"{cs}/311/covert_surveillance")


def test_deployment_notices_and_protocol_only_from_deployments(web: Heldback353Web, truth: dict) -> None:
    host = "www.salford.gov.uk"
    dep = "/crime-and-anti-social-behaviour/cctv/redeployable-cameras"
    notices = {u for u in _links(web, host, dep) if "/redeployable-cameras/rc-" in u}
    assert len(notices) == 3
    for n in notices:
        assert '<th scope="row">Review</th>' in _html(web, host, urlsplit(n).path)
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Greater Manchester"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{dep}"}
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Signed for and on behalf of Salford City Council" in text and "Greater Manchester Police" in text
    assert "BS 7958" in _main(web, host, "/crime-and-anti-social-behaviour/cctv") and d["5.2"]["status"] == "not_met"
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.3"]["spoc"]["email"]
    dem = "sccdemocracy.salford.gov.uk"
    assert "CCTV Policy" in _main(web, dem, "/mgAi.aspx?ID=21504")
    assert not any(urlsplit(u).hostname == dem for u in evidence_urls(_auth(truth, host)))


def test_four_part_guide_step_2_only_in_extensionless_code_and_draft_word(web: Heldback353Web, truth: dict) -> None:
    host = "www.york.gov.uk"
    parts = [f"/york-city-centre/cctv-york/{i}" for i in range(1, 5)]
    contents = set(_links(web, host, "/york-city-centre/cctv"))
    assert {f"http://{host}{p}" for p in parts} <= contents
    for p in parts:
        assert 'aria-label="Contents"' in _html(web, host, p)
        assert "step 2" not in _main(web, host, p).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-05-14"
    (ev,) = d["5.2"]["evidence"]
    assert _no_extension(ev["url"])
    r = _render(web, ev["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.generalrequest@")


def test_bilingual_page_in_street_cleaning_beside_another_councils_certification(
    web: Heldback353Web, truth: dict
) -> None:
    host = "www.blaenau-gwent.gov.uk"
    sce = "/en/resident/street-cleaning-enforcement"
    cam = f"{sce}/cctv-and-deployable-cameras"
    assert f"http://{host}{cam}" in _links(web, host, sce)
    assert f"http://{host}{sce}/flytipping-and-waste-enforcement" in _links(web, host, sce)
    cy = "/cy/preswylydd/glanhau-strydoedd-gorfodi/teledu-cylch-cyfyng-a-chamerau-symudol"
    assert f"http://{host}{cy}" in _links(web, host, cam) and f"http://{host}{cam}" in _links(web, host, cy)
    assert '<html lang="cy">' in _html(web, host, cy)
    main = _main(web, host, cam)
    assert "Caerphilly County Borough Council's control room holds full certification" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met"
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert "114 actioned requests" in _text(web, host, "/media/8812/cctv-annual-monitoring-report-2023-24.pdf")
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_privacy_notice_with_extensionless_word_isa_and_grant_agreement(web: Heldback353Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    notices = "/about-us/data-protection/departmental-privacy-notices/"
    pn = f"{notices}cctv-privacy-notice/"
    listed = [u for u in _links(web, host, notices) if u.startswith(f"http://{host}{notices}") and u.endswith("/")]
    assert len([u for u in listed if u != f"http://{host}{notices}"]) == 8
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Nottinghamshire" and _no_extension(doc["url"])
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pn}"}
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    grant = "/media/4502/safer-streets-round-3-grant-agreement.pdf"
    assert "Police and Crime Commissioner" in _text(web, host, grant)
    assert f"http://{host}{grant}" not in evidence_urls(_auth(truth, host))
    assert d["5.3"]["status"] == "not_met" and _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_one_fact_in_out_of_hours_note_with_control_room_phone(web: Heldback353Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    ft = "/info/20036/street_cleaning/214/report_fly-tipping"
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert d51["pages"] == [f"http://{host}{ft}"]
    assert "<h2>Out of hours</h2>" in _html(web, host, ft)
    assert a["deliverables"]["5.3"]["spoc"]["phone"] == "01732 904 611"
    assert "Argyle Road" in _main(web, host, "/info/20040/jobs/561/cctv_operator")
    assert "West Kent CCTV" in _main(web, "cds.sevenoaks.gov.uk", "/mgAi.aspx?ID=17581")


def test_facts_only_in_enforcement_policy_appendix(web: Heldback353Web, truth: dict) -> None:
    host = "www.basingstoke.gov.uk"
    pol = "/_resources/assets/attachment/full/0/48113.pdf"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["pages"][0] == f"http://{host}/community-safety/public-space-cameras"
    assert set(d["5.1"]["pages"][1:]) == {f"http://{host}{pol}"}
    assert "Appendix C: Use of overt surveillance cameras" in _text(web, host, pol)
    assert _linking(web, host, f"http://{host}{pol}") == {
        f"http://{host}/environment/environmental-enforcement",
        f"http://{host}/community-safety/public-space-cameras",
    }
    main = _main(web, host, "/community-safety/public-space-cameras")
    assert "working towards" in main and d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.5"]["status"] == "not_met" and "standard disclosure form" in _text(web, host, pol)


def test_three_party_memorandum_dpo_only_and_owner_in_minutes(web: Heldback353Web, truth: dict) -> None:
    host = "www.melton.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert len(re.findall(r"For [A-Z][a-z]+ [A-Za-z ]+: .*?signed", text)) >= 3
    assert "Harborough District Council" in text and doc["force"] == "Leicestershire"
    assert "dpo@melton.example.gov.uk" in _main(web, host, "/community-and-safety/town-centre-cameras")
    assert d["5.3"]["status"] == "not_met"
    assert "senior responsible owner" in _main(web, "democracy.melton.gov.uk", "/mgAi.aspx?ID=9405")
    assert _auth(truth, host)["heldback"]["robots_forbid_search"]


def test_privacy_directory_with_spoc_on_body_worn_video_notice(web: Heldback353Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    bwv = f"http://{host}/privacy/body-worn-video-cameras"
    tc = f"http://{host}/privacy/cctv-town-centre-and-seafront"
    assert _linking(web, host, bwv) == {f"http://{host}/privacy"}
    assert _linking(web, host, tc) == {f"http://{host}/privacy"}
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {bwv} and d["5.3"]["status"] == "met"
    assert {e["url"] for e in d["5.2"]["evidence"]} == {tc} and d["5.2"]["level"] == "step1"
    assert "King's Lynn and West Norfolk" in _main(web, host, "/privacy/body-worn-video-cameras")


def test_fact_in_a_recycling_banks_table_row(web: Heldback353Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    banks = "/bins-and-recycling/recycling-banks"
    assert "<td>The bring bank area is within view of the council's car park CCTV cameras.</td>" in _html(
        web, host, banks
    )
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}{banks}"]
    assert "Surrey Police" in _main(web, host, "/news/oxted-town-centre-cameras-live")


def test_councils_agreement_and_ask_for_a_camera(web: Heldback353Web, truth: dict) -> None:
    host = "www.hertsmere.gov.uk"
    main = _main(web, host, "/Community/Community-Safety/CCTV.aspx")
    assert "agreement between the four councils" in main and "Police" not in main.split("agreement")[1][:40]
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.3"]["status"] == "met"
    assert d["5.1"]["criteria"]["dpia"]
    assert "data protection impact assessment" in _main(
        web, host, "/Community/Community-Safety/CCTV/Ask-for-a-mobile-camera.aspx"
    )


def test_step_1_bullet_among_standards_and_body_cameras_on_dog_page(web: Heldback353Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    html = _html(web, host, "/communities/community-safety/cctv/cctv-in-chelmsford/")
    items = re.findall(r"<li>(.*?)</li>", html)
    assert any("BS 7958" in i for i in items) and any("step 1 (desktop) certification" in i for i in items)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018"
    dogs = f"http://{host}/environment-and-public-health/dogs/report-dog-fouling/"
    assert dogs in d["5.1"]["pages"] and "body-worn cameras" in _main(web, host, urlsplit(dogs).path)
    assert web.sites[host].search == ("/search/", "s")
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_enforcement_only_councils_publish_nothing(web: Heldback353Web, truth: dict) -> None:
    assert_publish_nothing(
        web, truth, {"www.derbyshire.gov.uk", "www.testvalley.gov.uk", "www.braintree.gov.uk"}, min_decoys=5
    )
    tv = "www.testvalley.gov.uk"
    covert = [p.path for p in web.sites[tv].pages.values() if "covert camera" in p.body.lower()]
    assert covert and all(p.startswith("/news/") for p in covert)
    assert "dashcam" in _main(web, "www.braintree.gov.uk", "/environment-and-pollution/fly-tipping")
    assert "CCTV at known fly-tipping hotspots" in _main(
        web, "www.braintree.gov.uk", "/news/fly-tipping-falls-for-second-year"
    )
    assert "Condition 14" in _main(
        web, "www.derbyshire.gov.uk", "/environment/planning/minerals-and-waste/conditions-hope-valley-quarry.aspx"
    )
