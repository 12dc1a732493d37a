"""The two hundred and fifty-fifth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the CMS faults and shapes the set is built from are really served: a SPOC only inside a native dialog and a
signed agreement at a UUID download handler served as application/x-pdf (with an octet-stream copy of a notice); a
code and a step 2 certificate only among the hidden items of a Show more list; an A to Z address answered by a 200
'page not found' whose Did you mean list links the real page; a hashbang menu and robots forbidding every query
string; 301s whose Location carries a #fragment onto a long page, with a Welsh twin; .pdf addresses answering HTML
preview pages with the file at ?download=true; quick links on an upper-case host; an A to Z entry leaving the site and
news paged by ?page=; an agreement linked only by a thumbnail image; an X-Robots-Tag header and a broken PDF link
beside a working Word copy; an onclick accordion with display:none panels; cards carrying their address only in
data-href; aria-hidden tab panels; a link labelled Word that serves a PDF; a fact in a description list; and
councils that publish nothing but carry look-alikes.
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

from fixtures.heldback255.truth import TRUTH_PATH
from fixtures.heldback255.web import Heldback255Web


@pytest.fixture(scope="module")
def web() -> Heldback255Web:
    return Heldback255Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _between(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def test_fresh_councils(web: Heldback255Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 255)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 4, "not_met": 11}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_spoc_in_dialog_and_agreement_at_uuid_handler_as_x_pdf(web: Heldback255Web, truth: dict) -> None:
    host = "www.merton.gov.uk"
    pg = "/communities-and-neighbourhoods/crime-prevention-and-community-safety/cctv-and-retail-radio-link"
    dlg = _between(_html(web, host, pg), '<dialog id="cctv-contact"', "</dialog>")
    assert "single point of contact for surveillance cameras" in dlg
    assert "single point of contact" not in _html(web, host, pg).replace(dlg, "")
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {pg}
    (doc,) = d["5.5"]["documents"]
    path = urlsplit(doc["url"]).path
    assert path.startswith("/api/assets/") and path.endswith("/download") and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/x-pdf" and r.body.startswith(b"%PDF")
    assert 'filename="Merton-MPS-CCTV-information-sharing-agreement-2024.pdf"' in (
        r.header("Content-Disposition") or ""
    )
    assert "Metropolitan Police Service" in _text(web, host, path) and doc["signed"]
    copy = _render(web, f"http://{host}/media/7712/download")
    assert copy.header("Content-Type") == "application/octet-stream" and copy.body.startswith(b"%PDF")
    assert all("/media/7712" not in e["url"] for k in d for e in d[k]["evidence"])


def test_code_and_certificate_only_in_hidden_show_more_items(web: Heldback255Web, truth: dict) -> None:
    host = "my.northtyneside.gov.uk"
    docs = "/page/15210/community-safety-documents"
    html = _html(web, host, docs)
    assert '<button type="button" class="doc-list__more" aria-expanded="false">Show more documents</button>' in html
    hidden = [li for li in html.split('<li class="doc-list__item"')[1:] if li.startswith(" hidden>")]
    shown = [li for li in html.split('<li class="doc-list__item"')[1:] if li.startswith(">")]
    assert len(shown) == 6 and len(hidden) == 6
    assert any("step 2" in li and "SCC%20certificate" in li for li in hidden)
    assert any("CCTV%20policy" in li for li in hidden) and not any("CCTV" in li for li in shown)
    d = _auth(truth, host)["deliverables"]
    cert = next(e["url"] for e in d["5.2"]["evidence"] if e["url"].endswith(".pdf"))
    assert _linking(web, host, cert) == {f"http://{host}{docs}"}
    assert d["5.2"]["level"] == "step2" and not d["5.2"]["mark_displayed"]
    code = f"http://{host}/sites/default/files/web-page-related-files/CCTV%20policy%202023.pdf"
    assert _linking(web, host, code) == {f"http://{host}{docs}"} and code in d["5.1"]["pages"]


def test_a_to_z_address_is_a_200_not_found_page_with_suggestions(web: Heldback255Web, truth: dict) -> None:
    host = "www.redcar-cleveland.gov.uk"
    real = f"http://{host}/community-safety/cctv-and-public-space-cameras"
    assert f"http://{host}/cctv" in _links(web, host, "/a-z") and real not in _links(web, host, "/a-z")
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 200 and "Page not found" in r.body.decode() and "Did you mean" in r.body.decode()
    assert real in _links(web, host, "/cctv")
    assert _render(web, f"http://{host}/no-such-page-here").status == 200
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.3"]["spoc"]["phone"] and d["5.5"]["status"] == "not_met"


def test_hashbang_menu_and_robots_forbid_every_query(web: Heldback255Web, truth: dict) -> None:
    host = "www.suffolk.gov.uk"
    robots = web.sites[host].robots_txt()
    assert "Disallow: /*?" in robots and "Crawl-delay: 10" in robots
    assert '<a href="/#!/roads-and-transport"' in _html(web, host, "/")
    assert f"http://{host}/news?page=2" in _links(web, host, "/news")
    assert "camera" in _main(web, host, "/roads-and-transport/bus-lane-enforcement").lower()


def test_fragment_redirects_onto_long_page_and_welsh_twin(web: Heldback255Web, truth: dict) -> None:
    host = "www.swansea.gov.uk"
    r = _render(web, f"http://{host}/cctv")
    assert r.status == 301 and r.header("Location") == f"http://{host}/communitysafety#cctv"
    cy = _render(web, f"http://{host}/cy/teledu-cylch-cyfyng")
    assert cy.status == 301 and (cy.header("Location") or "").endswith("/cy/diogelwchcymunedol#teledu-cylch-cyfyng")
    assert f"http://{host}/cctv" in _links(web, host, "/a-z")
    html = _html(web, host, "/communitysafety")
    assert '<h2 id="cctv">CCTV</h2>' in html and '<h2 id="asb">' in html
    d = _auth(truth, host)["deliverables"]
    assert f"http://{host}/cy/diogelwchcymunedol" in d["5.1"]["pages"]
    assert '<html lang="cy">' in _html(web, host, "/cy/diogelwchcymunedol")
    assert d["5.3"]["status"] == "partial" and d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_pdf_addresses_answer_html_preview_pages(web: Heldback255Web, truth: dict) -> None:
    host = "www.malvernhills.gov.uk"
    for path in ("/media/2231/cctv-code-of-practice.pdf", "/media/2240/certificate-of-compliance.pdf"):
        page = _render(web, f"http://{host}{path}")
        assert page.status == 200 and (page.header("Content-Type") or "").startswith("text/html")
        assert f"http://{host}{path}?download=true" in _links(web, host, path)
        f = _render(web, f"http://{host}{path}?download=true")
        assert f.header("Content-Type") == "application/pdf" and f.body.startswith(b"%PDF")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2018-10"
    assert d["5.3"]["status"] == "not_met" and d["5.5"]["status"] == "not_met"
    assert "service agreement between the two councils" in _main(
        web, host, "/community-and-safety/community-safety/cctv"
    )


def test_upper_case_host_quick_links_and_off_site_a_to_z(web: Heldback255Web) -> None:
    assert "http://WWW.BURNLEY.GOV.UK/residents/community-safety" in _links(web, "www.burnley.gov.uk", "/")
    host = "www.braintree.gov.uk"
    assert "https://www.essex.police.uk/advice/crime-prevention/cctv/" in _links(web, host, "/a-z")
    assert f"http://{host}/news?page=3" in _links(web, host, "/news?page=2")


def test_agreement_linked_only_by_thumbnail(web: Heldback255Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    pg = "/communities/community-safety/cctv/cctv-in-chelmsford/"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    anchor = _between(_html(web, host, pg), f'<a class="doc-thumb" href="{urlsplit(doc["url"]).path}">', "</a>")
    assert anchor.startswith("<img ") and 'alt="First page of the CCTV information sharing agreement' in anchor
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and doc["signed"]


def test_x_robots_tag_and_broken_pdf_beside_word_copy(web: Heldback255Web, truth: dict) -> None:
    host = "www.ribblevalley.gov.uk"
    r = _render(web, f"http://{host}/community-safety/cctv")
    assert r.status == 200 and r.header("X-Robots-Tag") == "noindex, nofollow"
    links = _links(web, host, "/community-safety/cctv")
    pdf = f"http://{host}/downloads/file/1402/cctv-code-of-practice.pdf"
    word = f"http://{host}/downloads/file/1403/cctv-code-of-practice.docx"
    assert pdf in links and word in links and _render(web, pdf).status == 404
    assert (_render(web, word).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    d = _auth(truth, host)["deliverables"]
    assert {e["url"] for e in d["5.3"]["evidence"]} == {word}
    (doc,) = d["5.5"]["documents"]
    assert doc["draft"] and not doc["signed"] and "20__" in _text(web, host, urlsplit(word).path)


def test_onclick_accordion_hides_step_2_and_spoc(web: Heldback255Web, truth: dict) -> None:
    host = "www.runnymede.gov.uk"
    html = _html(web, host, "/community-safety/safer-runnymede/cctv-in-runnymede")
    panels = html.split('<div class="acc-body"')[1:]
    assert len(panels) == 6 and all('style="display:none"' in pnl.split(">", 1)[0] for pnl in panels)
    assert 'onclick="toggleItem(' in html
    assert any("full certification (step 2)" in pnl for pnl in panels)
    assert any("single point of contact" in pnl for pnl in panels)
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_data_href_cards_and_a_to_z_only_anchor(web: Heldback255Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    parks = "/Leisure-and-culture/Parks-and-open-spaces"
    mint = f"{parks}/Mint-Walk"
    assert f'data-href="{mint}"' in _html(web, host, parks)
    assert f"http://{host}{mint}" not in _links(web, host, parks)
    assert _linking(web, host, f"http://{host}{mint}") == {f"http://{host}/a-z"}
    assert _auth(truth, host)["deliverables"]["5.1"]["pages"] == [f"http://{host}{mint}"]


def test_aria_hidden_tabs_and_extensionless_handler(web: Heldback255Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    html = _html(web, host, "/communitysafety/cctv")
    panel = _between(html, 'id="cctv-p1" class="tab-panel" aria-hidden="true">', "</div>")
    assert "Recordings are kept for 30 days" in panel
    r = _render(web, f"http://{host}/downloads/file/2210/cctv-policy")
    assert r.header("Content-Type") == "application/pdf" and "CCTV-policy.pdf" in (
        r.header("Content-Disposition") or ""
    )
    assert _auth(truth, host)["deliverables"]["5.3"]["spoc"]["email"] == "cctv@testvalley.example.gov.uk"


def test_link_labelled_word_serves_pdf(web: Heldback255Web, truth: dict) -> None:
    host = "www.southkesteven.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert _no_extension(doc["url"]) and doc["signed"]
    assert "Memorandum of understanding with Lincolnshire Police (Word, 45KB)" in _html(
        web, host, "/community-and-living/community-safety/cctv"
    )
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and ".pdf" in (r.header("Content-Disposition") or "")
    assert d["5.1"]["criteria"]["statistics"]


def test_one_fact_councils(web: Heldback255Web, truth: dict) -> None:
    html = _html(web, "www.rother.gov.uk", "/parks-and-open-spaces/egerton-park")
    assert "<dt>Security</dt><dd>Council cameras record the play area" in html
    for host in ("www.rother.gov.uk", "www.tandridge.gov.uk"):
        d51 = _auth(truth, host)["deliverables"]["5.1"]
        assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback255Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.burnley.gov.uk", "www.braintree.gov.uk"})
