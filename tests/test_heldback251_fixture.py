"""The two hundred and fifty-first held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (police agreements filed away from the camera page: a
signed agreement inside a closed details widget on the community safety partnership page beside two look-alikes; a
signed MoU only in the publication scheme's class 5 list; a signed three-party deed of variation only as a Cabinet
annex beside private Part 2 annexes that are not linked; a signed agreement published as an HTML guide whose last part
is a signature table; a Word agreement signed by the council only; a draft protocol only in a closed consultation
beside a signed protocol with the Port of Dover Police; look-alike agreements of other bodies: the partnership's
umbrella protocol, a football club's, a BID's, a business crime partnership's, a town council's hosted as a grant
condition, the Police and Crime Commissioner's with another council in papers the county hosts, councils'
monitoring and collaboration agreements; a step 2 claim only in a definition list; a step 2 claim only in a Word
annual report served without extension; a step 1 claim only in an annual report PDF; SPOCs on a governance
sub-page, in the last part of a policy guide and in both languages of a bilingual page; one-fact councils; and
councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
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

from fixtures.heldback251.truth import TRUTH_PATH
from fixtures.heldback251.web import Heldback251Web


@pytest.fixture(scope="module")
def web() -> Heldback251Web:
    return Heldback251Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def test_fresh_councils(web: Heldback251Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 251)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == {"met": 10, "partial": 2, "not_met": 3}, tally
    assert tally["5.2"] == {"met": 3, "not_met": 12}, tally
    assert tally["5.3"] == {"met": 4, "partial": 5, "not_met": 6}, tally
    assert tally["5.5"] == {"met": 4, "partial": 5, "not_met": 6}, tally


def test_signed_agreement_only_in_csp_details_widget_beside_look_alikes(web: Heldback251Web, truth: dict) -> None:
    host = "www.haringey.gov.uk"
    csp = f"http://{host}/community-safety-and-engagement/safer-haringey-partnership"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["force"] == "Metropolitan Police"
    assert _linking(web, host, doc["url"]) == {csp}
    html = _html(web, host, urlsplit(csp).path)
    assert "<details><summary>Protocols and agreements</summary>" in html
    assert "stadium-event-day-camera-protocol.pdf" in html and "information-sharing-protocol.pdf" in html
    assert "Tottenham Hotspur" in _text(web, host, "/sites/default/files/2023-08/stadium-event-day-camera-protocol.pdf")
    assert urlsplit(doc["url"]).path not in _html(web, host, "/community-safety-and-engagement/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")


def test_step_2_only_in_a_definition_list_and_spoc_on_governance_page(web: Heldback251Web, truth: dict) -> None:
    host = "www.leeds.gov.uk"
    html = _html(web, host, "/saferleeds/leedswatch-security-service")
    assert "<dt>Certification</dt><dd>Surveillance Camera Commissioner third-party certification, step 2" in html
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2020-11" and not d["5.2"]["mark_displayed"]
    gov = "/saferleeds/leedswatch-security-service/governance-and-contacts"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {gov}
    assert "West Yorkshire Combined Authority" in _main(web, host, gov)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_umbrella_protocol_is_not_a_camera_agreement(web: Heldback251Web, truth: dict) -> None:
    host = "www.hull.gov.uk"
    url = "/downloads/file/1744/general-information-sharing-protocol-hull-and-east-riding"
    r = _render(web, f"http://{host}{url}")
    assert r.header("Content-Type") == "application/pdf" and _no_extension(url)
    assert "does not cover any particular dataset" in _text(web, host, url)
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert urlsplit(d["5.3"]["evidence"][0]["url"]).path == "/information-governance/data-protection/cctv-requests"


def test_policy_guide_spoc_in_last_part_and_hosted_panel_agreement(web: Heldback251Web, truth: dict) -> None:
    host = "www.gloucestershire.gov.uk"
    root = "/council-and-democracy/access-to-information-and-data-protection/cctv-and-surveillance-camera-policy"
    html = _html(web, host, root)
    assert '<nav class="guide-contents"' in html and f'href="{root}/roles"' in html
    assert "single point of contact" not in _main(web, host, root)
    a = _auth(truth, host)
    assert {urlsplit(e["url"]).path for e in a["deliverables"]["5.3"]["evidence"]} == {f"{root}/roles"}
    dem = "glostext.gloucestershire.gov.uk"
    fa = f"http://{dem}/documents/s88102/Appendix-B-CCTV-funding-agreement.pdf"
    assert _linking(web, host, fa) == {f"http://{dem}/mgAi.aspx?ID=77610"}
    assert "County Council is not a party" in _text(web, dem, urlsplit(fa).path)
    assert a["deliverables"]["5.5"]["status"] == "not_met" and not a["heldback"]["a_z"]


def test_bilingual_twins_with_spoc_in_both(web: Heldback251Web, truth: dict) -> None:
    host = "www.flintshire.gov.uk"
    cy = "/cy/Preswylydd/Diogelwch-Cymunedol/Teledu-Cylch-Cyfyng.aspx"
    assert 'lang="cy"' in _html(web, host, cy) and "Un Pwynt Cyswllt" in _main(web, host, cy)
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{cy}" in d["5.1"]["pages"] and d["5.3"]["status"] == "met"
    assert "Wrexham County Borough Council" in _text(
        web, "committeemeetings.flintshire.gov.uk", "/documents/s61203/CCTV-collaboration-agreement-summary.pdf"
    )
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_signed_mou_only_in_publication_scheme_class(web: Heldback251Web, truth: dict) -> None:
    host = "exeter.gov.uk"
    ps = "/council-and-democracy/freedom-of-information/publication-scheme"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{ps}/our-policies-and-procedures"}
    assert f'href="{ps}/our-policies-and-procedures"' in _html(web, host, ps)
    assert "Signed for and on behalf of Devon and Cornwall Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert "working towards" in _main(web, host, "/community-and-safety/cctv-and-the-control-centre")
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "met"


def test_word_agreement_signed_by_the_council_only(web: Heldback251Web, truth: dict) -> None:
    host = "www.harlow.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"]
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Name: J. Pardoe" in text and "Signed for and on behalf of Essex Police" in text
    assert _linking(web, host, doc["url"]) == {f"http://{host}/community-safety/community-safety-strategy"}


def test_deed_of_variation_only_as_cabinet_annex_beside_private_annexes(web: Heldback251Web, truth: dict) -> None:
    host = "www.tmbc.gov.uk"
    dem = "democracy.tmbc.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert urlsplit(doc["url"]).hostname == dem and doc["force"] == "Kent"
    item = f"http://{dem}/mgAi.aspx?ID=25945"
    assert _linking(web, host, doc["url"]) == {item}
    main = _main(web, dem, "/mgAi.aspx?ID=25945")
    assert main.count("Part 2, private: not for publication") == 2
    assert "Kent Police" in _text(web, dem, urlsplit(doc["url"]).path)
    rep = "/downloads/file/2731/cctv-annual-report-2023-24"
    assert d["5.2"]["level"] == "step1" and {urlsplit(e["url"]).path for e in d["5.2"]["evidence"]} == {rep}
    assert "step 1" not in _main(web, host, "/council/use-cctv")


def test_word_report_without_extension_draft_consultation_and_port_police(web: Heldback251Web, truth: dict) -> None:
    host = "www.dover.gov.uk"
    rep = "/Community/Emergency-Planning-CCTV/CCTV/Reports/cctv-annual-report-2023-24"
    r = _render(web, f"http://{host}{rep}")
    assert _no_extension(rep) and "filename=" in (r.header("Content-Disposition") or "")
    assert (r.header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2021-06"
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and _linking(web, host, doc["url"]) == {
        f"http://{host}/Consultations/Closed/CCTV-code-review-2024.aspx"
    }
    port = "/Community/Emergency-Planning-CCTV/Port-traffic/eastern-docks-camera-protocol.pdf"
    assert "Signed for and on behalf of the Port of Dover Police" in _text(web, host, port)
    assert d["5.5"]["status"] == "partial"


def test_agreement_as_html_guide_with_signature_table(web: Heldback251Web, truth: dict) -> None:
    host = "www.gloucester.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    path = urlsplit(doc["url"]).path
    assert path.endswith("/cctv-information-sharing-agreement/signatures")
    assert '<th scope="col">Signed for and on behalf of</th>' in _html(web, host, path)
    assert "cctv-information-sharing-agreement" not in _html(web, host, "/community-and-safety/cctv")
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_hosted_agreements_of_other_bodies(web: Heldback251Web, truth: dict) -> None:
    for host, path, words in (
        (
            "www.teignbridge.gov.uk",
            "/media/5512/teignmouth-town-council-camera-data-sharing-agreement.pdf",
            "not a party",
        ),
        (
            "www.spelthorne.gov.uk",
            "/sites/default/files/2024-01/staines-bid-business-crime-information-sharing-agreement.pdf",
            "not a party",
        ),
        ("www.erewash.gov.uk", "/business/town-centres/erewash-business-crime-partnership-isa.pdf", "not a party"),
        ("www.hart.gov.uk", "/wp-content/uploads/2021/04/hart-runnymede-cctv-monitoring-agreement.pdf", "Runnymede"),
    ):
        assert words in _text(web, host, path), host
        assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met", host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit, path in (
        ("www.teignbridge.gov.uk", "cameras", "/council-and-democracy/visiting-forde-house"),
        ("www.hart.gov.uk", "retention", "/parking/car-parks/victoria-road-fleet"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host
        assert d51["pages"] == [f"http://{host}{path}"], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback251Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.spelthorne.gov.uk", "www.gosport.gov.uk", "www.erewash.gov.uk"})
    assert "Fareham Borough Council" in _text(
        web, "democracy.gosport.gov.uk", "/documents/s9921/Fareham-and-Gosport-CCTV-partnership-agreement.pdf"
    )
