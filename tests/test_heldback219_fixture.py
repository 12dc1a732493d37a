"""The two hundred and nineteenth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows; the labelling rules hold with the intended tallies; and the structures
the set is built from are really served (a CCTV page linked only from a hidden mega-menu panel and the A to Z, with a
job-share named SPOC; an A to Z of letter tabs whose hidden S panel alone links the camera pages, the C panel only a
cross-reference, a SPOC beside the police's own SPOC and a RIPA SRO, a step 2 sentence and a signed SLA; a policy
linked only from a hidden accordion panel whose SPOC role has no contact route beside a DPO mailbox; a
language-chooser homepage with CCTV filed under roads at .aspx addresses and a bilingual SPOC; camera documents only
on page 2 of an open data list, served without extension, with a step 2 sentence, a mark and a signed agreement, the
only mailbox a DPO's; a policy article linked only from an e-petition's response, with a self-assessment and no
certification; a camera page filed under Business with step 1 only in a certificate PDF; a team SPOC reached only
through an enquiry form and a council-to-council monitoring agreement; a CCTV article reached only through a
homepage popular-search link on page 3 of dated search results, a SPOC row in a key-personnel table and a signed
certificate of acceptance; CCTV inside an emergency planning section with a control-room phone and a draft Word ISA;
one-fact councils on a park page and a seafront page; and three councils that publish nothing but carry look-alikes).
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

from fixtures.heldback219.truth import TRUTH_PATH
from fixtures.heldback219.web import Heldback219Web


@pytest.fixture(scope="module")
def web() -> Heldback219Web:
    return Heldback219Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _paths(d: dict) -> set[str]:
    return {
        urlsplit(e["url"]).path + (f"?{urlsplit(e['url']).query}" if urlsplit(e["url"]).query else "")
        for e in d["evidence"]
    }


def test_fresh_councils(web: Heldback219Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 219)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 5, "partial": 4, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_mega_menu_only_route_and_job_share_spoc(web: Heldback219Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    cctv = "/community-safety-and-engagement/cctv"
    home = _html(web, host, "/")
    panel = home.split('<div class="mega__panel" id="mega-2" hidden>', 1)[1].split("</div></li>", 1)[0]
    assert f'href="{cctv}"' in panel
    assert f'href="{cctv}"' not in _html(web, host, "/community-safety-and-engagement").split('<main id="main">', 1)[1]
    assert f"http://{host}{cctv}" in _links(web, host, "/a-z")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and " and " in d["5.3"]["spoc"]["name"]
    assert d["5.3"]["spoc"]["email"] == "cctv.spoc@haringey.example.gov.uk"
    assert "job share" in _main(web, host, cctv)
    assert "Senior Responsible Officer for RIPA" in _main(web, host, "/council/ripa-policy")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_az_letter_tabs_police_spoc_and_signed_sla(web: Heldback219Web, truth: dict) -> None:
    host = "my.northtyneside.gov.uk"
    cat = f"http://{host}/category/1180/surveillance-cameras"
    az = _html(web, host, "/a-z")
    s_panel = az.split('<div role="tabpanel" id="az-S" hidden>', 1)[1].split("</div>", 1)[0]
    c_panel = az.split('<div role="tabpanel" id="az-C" hidden>', 1)[1].split("</div>", 1)[0]
    assert 'href="/category/1180/surveillance-cameras"' in s_panel
    assert "<li>CCTV - see Surveillance cameras</li>" in c_panel
    own = {
        f"http://{host}/article/{n}"
        for n in ("63012/cctv-policy", "63013/monitoring-for-partners", "10432/cctv-privacy-notice")
    }
    assert _linking(web, host, cat) - own == {
        f"http://{host}/a-z"
    }  # the category's own articles link back by breadcrumb
    pol = _main(web, host, "/article/63012/cctv-policy")
    assert "Northumbria Police has its own CCTV single point of contact" in pol and "Head of Law" in pol
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["email"].startswith("cctv@")
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    assert "<img" not in _html(web, host, "/article/63012/cctv-policy")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Northumbria"
    assert "Signed for and on behalf of Northumbria Police" in _text(web, host, urlsplit(doc["url"]).path)


def test_policy_only_in_hidden_accordion_spoc_without_route(web: Heldback219Web, truth: dict) -> None:
    host = "www.surreycc.gov.uk"
    priv = "/council-and-democracy/your-privacy"
    pol = f"{priv}/data-protection/surveillance-camera-data-governance-policy"
    page = _html(web, host, priv)
    hidden = page.split('<div class="accordion__panel" id="priv-2" hidden>', 1)[1].split("</div>", 1)[0]
    assert f'href="{pol}"' in hidden
    assert _linking(web, host, f"http://{host}{pol}") == {f"http://{host}{priv}"}
    d = _auth(truth, host)["deliverables"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and not spoc["email"] and not spoc["phone"]
    assert "mailto:dataprotection@" in _html(web, host, pol)
    assert d["5.1"]["status"] == "met" and d["5.5"]["status"] == "not_met"


def test_language_chooser_cctv_under_roads_bilingual_spoc(web: Heldback219Web, truth: dict) -> None:
    host = "www.gwynedd.llyw.cymru"
    en = "/en/Residents/Parking-roads-and-travel/CCTV.aspx"
    cy = "/cy/Trigolion/Parcio-ffyrdd-a-theithio/Teledu-cylch-cyfyng.aspx"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    assert _linking(web, host, f"http://{host}{en}") >= {f"http://{host}/en/Residents/Parking-roads-and-travel.aspx"}
    assert 'lang="cy"' in _html(web, host, cy) and "pwynt cyswllt unigol" in _main(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {en, cy}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_open_data_page_two_documents_without_extension(web: Heldback219Web, truth: dict) -> None:
    host = "www.cheltenham.gov.uk"
    od = "/info/16/open_data"
    page = f"http://{host}{od}/1182/cctv_policy_codes_of_practice_and_self_assessments"
    assert _linking(web, host, page) == {f"http://{host}{od}?page=2"}
    assert f"http://{host}{od}?page=2" in _links(web, host, od)
    assert 'alt="Surveillance Camera Code of Practice certification mark"' in _html(web, host, urlsplit(page).path)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Gloucestershire" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Data Protection Officer" in _text(web, host, "/downloads/file/2309/cctv_subject_access_request_form")
    assert d["5.3"]["status"] == "not_met"


def test_policy_only_from_petition_response_self_assessment_only(web: Heldback219Web, truth: dict) -> None:
    host = "www.gosport.gov.uk"
    art = f"http://{host}/article/1666/CCTV-Policy"
    pet = f"http://{host}/council-and-democracy/petitions/reinstate-live-cctv-monitoring"
    assert _linking(web, host, art) == {pet}
    assert "self-assessment" in _main(web, host, "/article/1666/CCTV-Policy")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "not_met" and d["5.1"]["criteria"]["self_assessment"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"]


def test_page_under_business_step_1_only_in_certificate(web: Heldback219Web, truth: dict) -> None:
    host = "www.mansfield.gov.uk"
    pg = "/business/cctv-control-room"
    assert _linking(web, host, f"http://{host}{pg}") == {f"http://{host}/business"}
    main = _main(web, host, pg)
    assert "step" not in main.lower() and "£10 fee" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2020-09-14"
    assert _paths(d["5.2"]) == {"/media/2231/cctv-certificate-of-compliance.pdf"}
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_team_spoc_reached_by_form_and_council_agreement(web: Heldback219Web, truth: dict) -> None:
    host = "www.hart.gov.uk"
    pg = "/community-safety/cctv-cameras"
    assert "mailto:" not in _main(web, host, pg) and 'href="/contact/cctv-enquiry"' in _html(web, host, pg)
    assert '<form action="/contact/cctv-enquiry/submit" method="post">' in _html(web, host, "/contact/cctv-enquiry")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and not d["5.3"]["spoc"]["email"] and not d["5.3"]["spoc"]["phone"]
    assert "agreement between Hart and Runnymede" in _main(web, host, pg) and d["5.5"]["status"] == "not_met"
    assert "democracy.hart.gov.uk" in web.sites[host].hosts()


def test_article_only_on_third_page_of_dated_search_results(web: Heldback219Web, truth: dict) -> None:
    host = "www.newforest.gov.uk"
    art = f"http://{host}/article/1764/CCTV"
    assert f"http://{host}/search?query=cctv" in _links(web, host, "/")
    assert _linking(web, host, art) == {f"http://{host}/search?query=cctv&page=3"}
    assert art not in _links(web, host, "/search?query=cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and _paths(d["5.3"]) == {"/article/456/Key-personnel"}
    assert '<th scope="col">Role</th>' in _html(web, host, "/article/456/Key-personnel")
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Hampshire"
    assert "service level agreement" in _main(web, host, "/article/2210/CCTV-for-town-and-parish-councils")


def test_emergency_planning_section_phone_and_draft_word_isa(web: Heldback219Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]
    assert "279" in _text(web, host, "/Documents/Community/CCTV-Annual-Report-2022-23.pdf")
    assert _linking(web, host, f"http://{host}/Community/Emergency-Planning-CCTV/CCTV/CCTV.aspx") >= {
        f"http://{host}/Community/Emergency-Planning-CCTV.aspx"
    }


def test_one_fact_councils(truth: dict) -> None:
    for host, path in (
        ("www.gloucester.gov.uk", "/leisure-and-culture-gloucester/parks-and-green-spaces/gloucester-park"),
        ("www.hastings.gov.uk", "/seafront/bottle-alley"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_robots_forbid_search(truth: dict) -> None:
    assert _auth(truth, "www.southglos.gov.uk")["heldback"]["robots_forbid_search"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback219Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.southglos.gov.uk", "crawley.gov.uk", "www.erewash.gov.uk"})
    assert '<main id="main">' not in _html(web, "www.erewash.gov.uk", "/")
    assert "Parish Council" in _main(web, "www.southglos.gov.uk", "/news/downend-high-street-cameras")
