"""The 385th held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
every council's platform hosts are declared, answer, carry their own robots.txt (or none) and are reached from the
council's main pages; and the structures the set is built from are really served: footage rules only in a forms
platform's help article beside a code whose police certificate is blank; camera facts only on an open data
dataset's information tab; a code with the SPOC and a signed police agreement only as a closed consultation's
supporting documents; figures only in email bulletins on a bulletin archive; FAQ, documents and "Who's listening"
widgets on an engagement platform with an extensionless DPIA; a CCTV article only on an answers host reached through
the A to Z's tag letter; a report and a signed agreement only as page-by-page publications in a reader; one fact on
an account portal's report-it start page; camera numbers only in a map viewer's layer page; a signed agreement only
behind a forms platform's start page; one fact only in an open data catalogue's dataset description on a legacy
site; one fact on a visiting page beside a job board advert and committee papers; and three councils that publish
nothing but carry look-alikes on their platforms.
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

from fixtures.heldback385.common import PlatformSite
from fixtures.heldback385.truth import TRUTH_PATH
from fixtures.heldback385.web import EXTRA_HOSTS, Heldback385Web
from fixtures.simweb.served import html_text


@pytest.fixture(scope="module")
def web() -> Heldback385Web:
    return Heldback385Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _content(web: Heldback385Web, host: str, path: str) -> str:
    """The visible text of a platform page's content area (no platform header, trail or footer)."""
    body = _html(web, host, path).split('id="content"', 1)[1].split("<footer", 1)[0]
    return html_text(("<div " + body).encode("utf-8"), "text/html; charset=utf-8")


def _site(web: Heldback385Web, host: str) -> PlatformSite:
    site = web.sites[host]
    assert isinstance(site, PlatformSite), host
    return site


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _evidence_hosts(auth: dict) -> set[str]:
    return {urlsplit(e["url"]).hostname or "" for d in auth["deliverables"].values() for e in d["evidence"]}


def test_councils_are_fresh_register_rows(web: Heldback385Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 385)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 9, "partial": 3, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_platform_hosts_declared_served_and_reached_from_the_main_site(web: Heldback385Web, truth: dict) -> None:
    assert web.extra_hosts() == {h: EXTRA_HOSTS[h] for h in sorted(EXTRA_HOSTS)}
    for a in truth["authorities"]:
        host = a["heldback"]["host"]
        assert tuple(a["heldback"]["extra_hosts"]) == EXTRA_HOSTS[host]
        site = _site(web, host)
        for extra in EXTRA_HOSTS[host]:
            assert extra.endswith("." + host.removeprefix("www.")), extra
            assert web.site_for_host(extra) is site
            home = _render(web, f"http://{extra}/")
            assert home.status == 200 and b'class="platform' in home.body, extra
            assert f'href="http://{host}/"'.encode() in home.body, extra
            robots = _render(web, f"http://{extra}/robots.txt")
            declared = site.platforms[extra].robots
            assert robots.status == (404 if declared is None else 200), extra
            if declared is not None:
                assert robots.body.decode() == declared and "Disallow:" in declared
            # some page of the main host links into the platform
            main_links = {u for (h, pth) in site.pages if h == host for u in _links(web, host, pth)}
            assert any(urlsplit(u).hostname == extra for u in main_links), extra
    # the search box and sitemap are the main host's only
    for host in ("consult.shropshire.gov.uk", "data.barnsley.gov.uk"):
        assert _render(web, f"http://{host}/search?q=cctv").status == 404
        assert _render(web, f"http://{host}/sitemap.xml").status == 404
    # evidence sits on a platform host for most of the councils that publish anything
    on_platforms = [a for a in truth["authorities"] if _evidence_hosts(a) - {a["heldback"]["host"]}]
    assert len(on_platforms) == 11


def test_footage_rules_only_in_a_forms_help_article_and_a_blank_police_certificate(
    web: Heldback385Web, truth: dict
) -> None:
    host, forms = "www.royalgreenwich.gov.uk", "forms.royalgreenwich.gov.uk"
    page = "/info/200202/community_safety/1123/cctv_and_body_cameras"
    main = _main(web, host, page)
    assert "31 days" not in main and "subject access" not in main.lower()
    start = f"http://{forms}/cctv-footage-request"
    assert {u for u in _linking(web, host, start) if urlsplit(u).hostname == host} == {f"http://{host}{page}"}
    assert f"http://{forms}/service/cctv_footage_request" in _links(web, forms, "/cctv-footage-request")
    assert "Disallow: /service/" in _render(web, f"http://{forms}/robots.txt").body.decode()
    help_text = _content(web, forms, "/help/cctv-footage-requests")
    assert "wiped automatically after 31 days" in help_text and "Schedule 2" in help_text
    d = _auth(truth, host)["deliverables"]
    assert {urlsplit(u).hostname for u in d["5.1"]["pages"]} == {host, forms}
    code = "/downloads/file/2291/cctv_code_of_practice"
    r = _render(web, f"http://{host}{code}")
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, code)
    assert "Signed for the Metropolitan Police Service: ....." in text and "Superintendent" not in text
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"] and _no_extension(doc["url"])
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.controlroom@")


def test_camera_facts_only_on_an_open_data_information_tab(web: Heldback385Web, truth: dict) -> None:
    host, data = "www.barnsley.gov.uk", "data.barnsley.gov.uk"
    page = "/services/information-and-privacy/cctv"
    info = "/explore/dataset/public-space-cctv-cameras/information"
    main = _main(web, host, page)
    assert "43" not in main and "31 days" not in main and "Doncaster" not in main
    text = _content(web, data, info)
    assert "There are 43 cameras in Barnsley town centre" in text and "kept for 31 days" in text
    assert '<ul class="tabs">' in _html(web, data, info)
    assert f"http://{data}{info}" in _links(web, host, page)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["operator"] and f"http://{data}{info}" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_code_and_signed_agreement_only_as_consultation_supporting_documents(web: Heldback385Web, truth: dict) -> None:
    host, hub = "www.shropshire.gov.uk", "consult.shropshire.gov.uk"
    cons = f"http://{hub}/communities/cctv-and-out-of-hours-changes"
    code = f"{cons}/supporting_documents/CCTV_code_of_practice_2023.pdf"
    isa = f"{cons}/supporting_documents/Information_sharing_agreement_West_Mercia_Police.pdf"
    assert code in _links(web, host, "/community/community-safety/cctv-in-shrewsbury")
    assert _linking(web, host, isa) == {cons}
    assert "Closed" in _content(web, hub, "/communities/cctv-and-out-of-hours-changes")
    assert not any(h == host and "code" in pth.lower() for h, pth in web.sites[host].docs)
    code_text = _text(web, hub, urlsplit(code).path)
    assert "single point of contact for all surveillance camera systems" in code_text
    isa_text = _text(web, hub, urlsplit(isa).path)
    assert "Signed on behalf of Shropshire Council" in isa_text and "Signed on behalf of West Mercia Police" in isa_text
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {e["url"] for e in d["5.3"]["evidence"]} == {code}
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "met" and doc["signed"] and doc["url"] == isa and doc["force"] == "West Mercia"


def test_figures_only_in_email_bulletins(web: Heldback385Web, truth: dict) -> None:
    host, upd = "www.huntingdonshire.gov.uk", "updates.huntingdonshire.gov.uk"
    main = _main(web, host, "/streets-parking-transport/cctv")
    assert "arrests" not in main and "2,214" not in main
    assert "187 arrests" in _content(web, upd, "/bulletins/3c41a7e")
    assert "Disallow: /accounts/" in _render(web, f"http://{upd}/robots.txt").body.decode()
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["statistics"]
    assert [urlsplit(u).hostname for u in d["5.1"]["pages"]].count(upd) == 1
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2022-03"
    assert "step 2" not in main.lower()
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_engagement_platform_widgets_and_extensionless_dpia(web: Heldback385Web, truth: dict) -> None:
    host, hys = "www.hastings.gov.uk", "haveyoursay.hastings.gov.uk"
    main = _main(web, host, "/community-safety/public-space-cctv")
    assert "overwritten" not in main and "subject access" not in main
    html = _html(web, hys, "/bottle-alley-cctv")
    assert '<section class="faq">' in html and '<aside class="widgets">' in html and "Who's listening" in html
    dpia = f"http://{hys}/download_file/view/2141/1197"
    r = _render(web, dpia)
    assert _no_extension(dpia) and r.header("Content-Type") == "application/pdf"
    assert "Bottle_Alley_CCTV_DPIA.pdf" in (r.header("Content-Disposition") or "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["dpia"] and dpia in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["name"] == "Marianne Cole"
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "Disallow: /register" in _render(web, f"http://{hys}/robots.txt").body.decode()


def test_article_only_on_an_answers_host_through_the_a_to_z(web: Heldback385Web, truth: dict) -> None:
    host, ans = "thanet.gov.uk", "answers.thanet.gov.uk"
    site = _site(web, host)
    assert site.search is None
    assert not any(h == host and "cctv" in pth.lower() and "privacy" not in pth for h, pth in site.pages)
    tag = f"http://{ans}/tags/c"
    assert tag in _links(web, host, "/a-z")
    art = f"http://{ans}/info-pages/cctv"
    into = _linking(web, host, art)
    assert tag in into and all(urlsplit(u).hostname == ans for u in into)
    assert "NPPV level 2" in _content(web, ans, "/info-pages/cctv")
    assert "data protection law does not apply" in _content(web, ans, "/info-pages/cctv/?question=5594-2")
    a = _auth(truth, host)
    assert art in a["deliverables"]["5.1"]["pages"] and not a["heldback"]["search"]
    assert 'name="s"' in _html(web, ans, "/") and "Disallow: /?s=" in (site.platforms[ans].robots or "")


def test_report_and_signed_agreement_as_reader_pages(web: Heldback385Web, truth: dict) -> None:
    host, rd = "www.fenland.gov.uk", "read.fenland.gov.uk"
    rep, isa = "/publication/cctv-annual-report-2023-24", "/publication/cctv-information-sharing-agreement"
    assert "step 2" not in _main(web, host, "/cctv").lower()
    assert "Page 4 of 5" in _content(web, rd, f"{rep}?page=4")
    assert "renewed in November 2021" in _content(web, rd, f"{rep}?page=4")
    assert "Signed for Cambridgeshire Constabulary" in _content(web, rd, f"{isa}?page=4")
    assert "Signed for" not in _content(web, rd, isa)
    assert not any(h == rd for h, _ in web.sites[host].docs), "the reader serves no PDFs"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2021-11" and not d["5.2"]["mark_displayed"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["url"] == f"http://{rd}{isa}"
    assert f"http://{rd}{isa}?page=4" in {e["url"] for e in d["5.5"]["evidence"]}


def test_one_fact_on_a_portal_report_it_page(web: Heldback385Web, truth: dict) -> None:
    host, my = "www.melton.gov.uk", "my.melton.gov.uk"
    a = _auth(truth, host)
    d51 = a["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{my}/service/report-a-cctv-fault"]
    assert a["heldback"]["robots_forbid_search"]
    assert "Harborough District Council's CCTV hub" in _content(web, my, "/service/report-a-cctv-fault")
    assert "ten new cameras" in _content(web, "democracy.melton.gov.uk", "/mgAi.aspx?ID=9405")


def test_camera_numbers_only_in_a_map_layer_page(web: Heldback385Web, truth: dict) -> None:
    host, maps = "crawley.gov.uk", "maps.crawley.gov.uk"
    main = _main(web, host, "/community-and-safety/crime-and-safety/public-space-cctv")
    assert "50 " not in main and "15 in the town centre" not in main
    assert "the 50 public space cameras" in _content(web, maps, "/layers/public-space-cctv")
    d = _auth(truth, host)["deliverables"]
    assert f"http://{maps}/layers/public-space-cctv" in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "not_met"


def test_signed_agreement_only_behind_a_forms_start_page(web: Heldback385Web, truth: dict) -> None:
    host, forms = "www.chelmsford.gov.uk", "forms.chelmsford.gov.uk"
    isa = f"http://{forms}/assets/documents/cctv-information-sharing-agreement-essex-police.pdf"
    assert _linking(web, host, isa) == {f"http://{forms}/cctv-police-requests"}
    assert "Disallow: /form/" in _render(web, f"http://{forms}/robots.txt").body.decode()
    assert 'alt="Surveillance Camera Commissioner certification mark"' in _html(
        web, host, "/communities/community-safety/cctv/cctv-in-chelmsford"
    )
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and doc["url"] == isa
    assert d["5.2"]["mark_displayed"] and d["5.2"]["level"] == "step2"
    assert not any("citylife" in u for u in d["5.1"]["pages"])
    assert "Twelve infra-red cameras" in _content(
        web, "citylife.chelmsford.gov.uk", "/posts/cctv-installation-begins-in-bunny-walks"
    )


def test_one_fact_in_an_open_data_description_on_a_legacy_site(web: Heldback385Web, truth: dict) -> None:
    host, data = "www.braintree.gov.uk", "data.braintree.gov.uk"
    assert '<main id="main">' not in _html(web, host, "/") and web.sites[host].search is None
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{data}/dataset/cctv-columns"]
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]
    assert f"http://{data}/dataset" in _links(web, host, "/transparency")


def test_one_fact_beside_a_job_board_advert_and_committee_papers(web: Heldback385Web, truth: dict) -> None:
    host = "www.great-yarmouth.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and d51["pages"] == [f"http://{host}/article/2301/Visiting-our-offices"]
    assert "24 hours a day" in _content(web, "jobs.great-yarmouth.gov.uk", "/vacancy/GYB-0419")
    assert "31 days" in _content(web, "democracy.great-yarmouth.gov.uk", "/mgAi.aspx?ID=3318")
    assert not d51["criteria"]["retention"]


def test_councils_that_publish_nothing_still_carry_decoys_on_their_platforms(web: Heldback385Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.essex.gov.uk", "www.anglesey.gov.uk", "www.westdevon.gov.uk"})
    assert "penalty charge notice" in _content(web, "consultations.essex.gov.uk", "/highways/school-streets-cameras")
    assert "doorbell camera" in _content(web, "libraries.essex.gov.uk", "/events/doorbell-cameras-talk")
    assert "CCTV is recording" in _content(web, "jobs.anglesey.gov.uk", "/vacancy/2314")
    assert {"http://www.anglesey.gov.uk/en", "http://www.anglesey.gov.uk/cy"} <= set(
        _links(web, "www.anglesey.gov.uk", "/")
    )
    assert "gamerâu teledu cylch cyfyng" in _main(
        web, "www.anglesey.gov.uk", "/cy/cyngor-a-democratiaeth/cynghorau-tref-a-chymuned"
    )
    assert "CCTV for Tavistock" in _content(web, "consult.westdevon.gov.uk", "/community-safety/tavistock-pspo")
