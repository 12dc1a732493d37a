"""The seventy-ninth held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are real register rows, none is in the other sets of 63 to 80 on disk; the type counts; the
labelling rules hold with the intended tallies; and the structures the set is built from are really there (a
bilingual Welsh site with a /cy twin; a CCTV section whose sub-pages never repeat the council's name and a code of
practice with an unsigned draft Certificate of Agreement; a step 2 sentence beside a mark with empty alt text and a
control-room telephone as the only contact; a camera page that never writes 'CCTV', a SPOC only inside a PDF and a
signed agreement only in a data sharing register, served without extension; a CCTV page five clicks deep on a site
without search, sitemap or A to Z, with a step 1 sentence and no mark; a signed agreement only in committee papers on
a democracy host, reached through agenda item and documents; a step 2 claim only in a mark's alt text and a signed
SLA filed under partnerships; a privacy notice holding the whole statement beside a third party's certification
claim; hosted guidance about agreements; a job advert and news that read like a CCTV page; robots.txt forbidding the
search; and councils that publish nothing but carry look-alikes).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from heldback_served import (
    assert_labelling_rules,
    assert_publish_nothing,
    auth_by_host as _auth,
    codes_of_sets,
    linking as _linking,
    register_rows_of,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from benchmarks.heldback_sets import set_names, set_number
from fixtures.heldback79.sites_b import ELM_CHAIN
from fixtures.heldback79.truth import TRUTH_PATH
from fixtures.heldback79.web import Heldback79Web


@pytest.fixture(scope="module")
def web() -> Heldback79Web:
    return Heldback79Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_real_councils_none_from_the_neighbouring_sets(web: Heldback79Web, truth: dict) -> None:
    mine, register = register_rows_of(web, truth, 15)
    on_disk = {set_number(n) for n in set_names()}
    others = [k for k in range(63, 81) if k != 79 and k in on_disk]
    assert not mine & codes_of_sets(others), "no council of the other sets 63-80 may be reused"
    types = Counter(register[g]["type"] for g in mine)
    assert types == Counter(
        {
            "London borough": 1,
            "Metropolitan district": 1,
            "Unitary authority": 1,
            "County": 1,
            "Welsh unitary authority": 1,
            "Non-metropolitan district": 10,
        }
    )


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 4, "not_met": 7}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_bilingual_welsh_site(web: Heldback79Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    assert f"http://{host}/cy" in _links(web, host, "/")
    twin = "/cy/diogelwch-cymunedol/teledu-cylch-cyfyng"
    html = _html(web, host, twin)
    assert '<html lang="cy">' in html and "teledu cylch cyfyng" in html
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{twin}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert f"http://{host}/media/2874/cctv-policy-2024.pdf" in _links(web, host, "/community-safety/cctv")
    assert "single point of contact" not in _text(web, host, "/media/2874/cctv-policy-2024.pdf").lower()


def test_sub_pages_never_repeat_the_name_and_draft_certificate(web: Heldback79Web, truth: dict) -> None:
    host = "www.barnet.gov.uk"
    sec = "/community/community-safety/cctv"
    subs = [u for u in _links(web, host, sec) if urlsplit(u).path.startswith(sec + "/")]
    assert len(subs) == 4
    for u in subs:
        text = re.sub(r"\S+@\S+", "", _main(web, host, urlsplit(u).path))  # the mailbox's domain is no name
        assert "barnet" not in text.lower(), u
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert "Certificate of Agreement" in text and "20__" in text
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"]


def test_empty_alt_mark_with_step_2_sentence_and_control_room_phone(web: Heldback79Web, truth: dict) -> None:
    host = "www.dudley.gov.uk"
    pg = "/council-community/community-advice/cctv-use-in-the-dudley-borough"
    assert '<img src="/images/sc-code-mark.png" alt="">' in _html(web, host, pg)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]
    assert "mailto:" not in _html(web, host, pg).split('<main id="main">', 1)[1].split("</main>", 1)[0]


def test_page_without_cctv_spoc_in_pdf_and_agreement_in_data_sharing_register(web: Heldback79Web, truth: dict) -> None:
    host = "www.wiltshire.gov.uk"
    pg = "/community-safety/public-space-cameras"
    assert "cctv" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}{pg}" in d["5.1"]["pages"]
    assert "single point of contact" not in _main(web, host, pg).lower()
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {
        "/media/8841/surveillance-camera-policy-2024.pdf"
    }
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Wiltshire"
    assert _linking(web, host, doc["url"]) == {
        f"http://{host}/council-and-democracy/data-protection/data-sharing-register"
    }
    r = _render(web, doc["url"])
    assert r.status == 200 and r.header("Content-Type") == "application/pdf"
    assert "filename=" in (r.header("Content-Disposition") or "") and "." not in urlsplit(doc["url"]).path


def test_cctv_page_five_clicks_deep_without_search(web: Heldback79Web, truth: dict) -> None:
    host = "www.elmbridge.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    chain = ["/", *ELM_CHAIN]
    for parent, child in zip(chain, chain[1:]):
        assert f"http://{host}{child}" in _links(web, host, parent), child
    assert _linking(web, host, f"http://{host}{chain[-1]}") == {f"http://{host}{chain[-2]}"}
    a = _auth(truth, host)
    assert a["oracle_fetches"] == 6 and a["deliverables"]["5.1"]["pages"] == [f"http://{host}{chain[-1]}"]
    d = a["deliverables"]
    assert "<img" not in _main(web, host, chain[-1]) and "<img" not in _html(web, host, chain[-1])
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_signed_agreement_only_in_committee_papers(web: Heldback79Web, truth: dict) -> None:
    host = "www.northwarks.gov.uk"
    dem = "democracy.northwarks.gov.uk"
    assert dem in web.sites[host].hosts()
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and urlsplit(doc["url"]).hostname == dem
    assert _linking(web, host, doc["url"]) == {f"http://{dem}/mgAi.aspx?ID=9132"}
    assert f"http://{dem}/mgAi.aspx?ID=9132" in _links(web, dem, "/ieListDocuments.aspx?MId=2211")
    assert not d["5.1"]["criteria"]["police_agreement"]
    assert not any("democracy" in u for u in d["5.1"]["pages"])
    code = "/downloads/file/7731/atherstone-cctv-code-of-practice"
    assert _render(web, f"http://{host}{code}").header("Content-Type") == "application/pdf"
    spoc = d["5.3"]["spoc"]
    assert d["5.3"]["status"] == "partial" and spoc["phone"] and not spoc["email"]


def test_step_2_only_in_alt_text_and_sla_under_partnerships(web: Heldback79Web, truth: dict) -> None:
    host = "www.dartford.gov.uk"
    pg = "/community-and-living/community-safety/cctv"
    assert 'alt="Surveillance Camera Commissioner third party certification - step 2' in _html(web, host, pg)
    assert "step 2" not in _main(web, host, pg).lower()
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/council-and-democracy/partnerships/kent-police"}
    assert "." not in urlsplit(doc["url"]).path
    assert all(d[k]["status"] == "met" for k in d)


def test_privacy_notice_is_the_statement_and_third_party_claim(web: Heldback79Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.1"]["criteria"]["dpia"]
    assert d["5.1"]["pages"] == [f"http://{host}/privacy/service-privacy-notices/eastbourne-town-centre-cameras"]
    text = _text(web, host, "/media/5521/sussex-pcc-safer-streets-summary.pdf")
    assert "certificate of compliance" in text and "Police and Crime Commissioner" in text
    assert d["5.2"]["status"] == "not_met" and d["5.3"]["status"] == "not_met"


def test_hosted_guidance_is_not_an_agreement(web: Heldback79Web, truth: dict) -> None:
    host = "www.warwickshire.gov.uk"
    assert _auth(truth, host)["deliverables"]["5.5"]["status"] == "not_met"
    text = _text(web, host, "/media/6120/guide-to-local-cctv-agreements.pdf")
    assert "service level agreement" in text and "not itself an agreement" in text


def test_job_advert_and_news_that_read_like_information(web: Heldback79Web, truth: dict) -> None:
    nh = "www.north-herts.gov.uk"
    advert = _main(web, nh, "/jobs/cctv-control-room-operator")
    assert "Recordings are kept for 28 days" in advert and "800 cameras" in advert
    d = _auth(truth, nh)["deliverables"]["5.1"]
    assert not d["criteria"]["retention"] and not any("/jobs/" in u for u in d["pages"])
    ged = "www.gedling.gov.uk"
    news = _html(web, ged, "/resident/latestnews/rolleston-drive-cctv.php")
    assert "control room" in news and '<main id="main">' not in news
    d = _auth(truth, ged)["deliverables"]["5.1"]
    assert not any("latestnews" in u for u in d["pages"])


def test_robots_forbid_search(truth: dict) -> None:
    for host in ("www.folkestone-hythe.gov.uk", "www.arun.gov.uk"):
        assert _auth(truth, host)["heldback"]["robots_forbid_search"], host


def test_one_fact_councils(truth: dict) -> None:
    for host, crit in (
        ("www.gedling.gov.uk", "retention"),
        ("www.arun.gov.uk", "operator"),
        ("www.north-herts.gov.uk", "cameras"),
    ):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == [crit], host


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback79Web, truth: dict) -> None:
    assert_publish_nothing(
        web,
        truth,
        {"www.warwickshire.gov.uk", "www.folkestone-hythe.gov.uk", "www.north-norfolk.gov.uk"},
    )
