"""The 402nd held-back web's own structures (the generic checks, truth rebuilds, wiring and serving, live in
tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the detectors are
frozen.

The set's emphasis is camera material told through councils' newsrooms and social media. Checks: the councils are
fresh register rows of the brief's mix; the labelling rules hold with the intended tallies; and the structures the
set is built from are really served: 'Latest news' cards on a service page holding the only figures (Lewisham) or the
only retention and police-viewing facts (Test Valley); a newsroom filtered by topic and paged (Lewisham), tagged and
paged from zero on a host of its own (Bath and North East Somerset), paged by WordPress /page/N/ (Thanet), by a
'Load more' offset (Great Yarmouth), by year (Suffolk, Sevenoaks) and by year and month (West Lancashire); social
media posts reproduced as text; share buttons; a residents' e-newsletter archive (Suffolk) and magazines as PDF
(Chelmsford, Sevenoaks, Tandridge) and as web pages (Test Valley); campaign microsites (Chelmsford, Bassetlaw);
partners' releases republished (a BID, a supplier, a parish council, the police); councillors' own ward posts (West
Devon); a press office page holding the one fact (Worthing); a step 1 claim only in the council's own press release
(Sevenoaks); a step 2 claim in a figure caption under the mark (Coventry) and in an annual report web page (West
Lancashire); signed agreements without extension (Lewisham), from a law-enforcement request page (Thanet) and as a
Word appendix (West Lancashire); SPOCs in a privacy notice, on a sub-page, on the CCTV page and in an HTML code of
practice; bilingual twins (Vale of Glamorgan); a legacy layout without <main> (Tandridge); and councils that publish
nothing but carry look-alikes.
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
    linking as _linking,
    render as _render,
    served_html as _html,
    served_links as _links,
    served_main as _main,
    served_text as _text,
    status_tally,
)

from fixtures.heldback402.truth import TRUTH_PATH
from fixtures.heldback402.web import Heldback402Web


@pytest.fixture(scope="module")
def web() -> Heldback402Web:
    return Heldback402Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _no_extension(url: str) -> bool:
    return "." not in urlsplit(url).path.rsplit("/", 1)[-1]


def _cards(html: str) -> str:
    return html.split('<section class="latest-news"', 1)[1].split("</section>", 1)[0]


def _without_cards(html: str) -> str:
    head, _, rest = html.partition('<section class="latest-news"')
    return head + rest.partition("</section>")[2]


def test_fresh_councils(web: Heldback402Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 402)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 5, "not_met": 7}), tally


def test_news_cards_hold_the_only_figures_and_topic_filtered_newsroom(web: Heldback402Web, truth: dict) -> None:
    host = "lewisham.gov.uk"
    pg = "/crime-safety-and-the-law/cctv-cameras-in-the-borough"
    html = _html(web, host, pg)
    assert "1,130 incidents" in _cards(html) and "412 evidence packages" in _cards(html)
    assert "incidents" not in _without_cards(html) and "arrests" not in _without_cards(html)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and not d["5.1"]["criteria"]["statistics"]
    assert not any("/news" in u for u in d["5.1"]["pages"])
    # the newsroom: landing -> topic filter -> page 2 -> the agreement release with the council's own post
    assert f"http://{host}/news?topic=community-safety" in _links(web, host, "/news")
    page2 = f"http://{host}/news?topic=community-safety&page=2"
    assert page2 in _links(web, host, "/news?topic=community-safety")
    renew = f"http://{host}/news/2025/council-and-met-renew-cctv-agreement"
    assert renew in _links(web, host, "/news?topic=community-safety&page=2")
    assert 'class="social-embed twitter-tweet"' in _html(web, host, urlsplit(renew).path)
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Metropolitan Police" and _no_extension(doc["url"])
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    text = _text(web, host, urlsplit(doc["url"]).path)
    assert (
        "Signed on behalf of the London Borough of Lewisham" in text and "Signed on behalf of the Metropolitan" in text
    )
    assert _linking(web, host, doc["url"]) == {f"http://{host}{pg}"}
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv.control@")


def test_step_2_in_a_figure_caption_spoc_in_privacy_notice_and_partner_news(web: Heldback402Web, truth: dict) -> None:
    host = "www.coventry.gov.uk"
    cc = "/crime-and-community-safety/coventry-control-centre"
    html = _html(web, host, cc)
    fig = html.split("<figure", 1)[1].split("</figure>", 1)[0]
    assert 'alt="Surveillance Camera Code compliant"' in fig and "full certification" in fig.split("<figcaption>")[1]
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["mark_displayed"]
    assert d["5.2"]["awarded"] == "2021-07"
    assert d["5.3"]["status"] == "met"
    assert {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {f"{cc}/public-space-cctv-privacy-notice"}
    partner = "/news/article/4688/partner_news_city_centre_radio_link"
    assert "ISO 9001" in _main(web, host, partner) and "Business Improvement District" in _main(web, host, partner)
    dem = "edemocracy.coventry.gov.uk"
    item = f"http://{dem}/mgAi.aspx?ID=36419"
    assert item in _links(web, host, "/news/article/4402/response_to_caludon_castle_park_petition")
    assert not any(urlsplit(u).hostname == dem for u in d["5.1"]["pages"])
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_newsroom_on_its_own_host_paged_from_zero(web: Heldback402Web, truth: dict) -> None:
    host, nr = "www.bathnes.gov.uk", "newsroom.bathnes.gov.uk"
    assert nr in web.sites[host].hosts() and web.site_for_host(nr) is web.sites[host]
    assert f"http://{nr}/" in _links(web, host, "/news")
    assert f"http://{nr}/tags/community-safety?page=1" in _links(web, nr, "/tags/community-safety")
    upgrade = _main(web, nr, "/news/guildhall-control-room-upgrade-complete")
    assert "31 days" in upgrade and "611 arrests" in upgrade
    a = _auth(truth, host)
    assert all(urlsplit(e["url"]).hostname == host for d in a["deliverables"].values() for e in d["evidence"])
    assert not a["deliverables"]["5.1"]["criteria"]["statistics"]
    assert a["deliverables"]["5.3"]["spoc"]["phone"] and not a["deliverables"]["5.3"]["spoc"]["email"]


def test_councils_that_publish_nothing_still_carry_news_and_look_alikes(web: Heldback402Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.suffolk.gov.uk", "www.westdevon.gov.uk", "www.great-yarmouth.gov.uk"})
    # Suffolk: an e-newsletter archive whose issues are reached only from its index, and a year filter
    sf = "www.suffolk.gov.uk"
    nl = "/council-and-democracy/suffolk-sorted"
    issue = f"http://{sf}{nl}/issue-43"
    assert _linking(web, sf, issue) == {f"http://{sf}{nl}"}
    assert "twitter-tweet" in _html(web, sf, f"{nl}/issue-43") and "Doorbell cameras" in _main(
        web, sf, f"{nl}/issue-43"
    )
    assert f"http://{sf}/council-and-democracy/council-news?year=2024" in _links(
        web, sf, "/council-and-democracy/council-news"
    )
    # West Devon: councillors' own posts about a town council's cameras; robots.txt forbids the search
    wd = "www.westdevon.gov.uk"
    assert "Okehampton Town Council owns them" in _main(web, wd, "/your-council/councillors/ward-updates")
    assert _auth(truth, wd)["heldback"]["robots_forbid_search"]
    # Great Yarmouth: camera news behind a 'Load more' chain of offsets
    gy = "www.great-yarmouth.gov.uk"
    assert f"http://{gy}/news?offset=4" in _links(web, gy, "/news")
    assert f"http://{gy}/news?offset=8" in _links(web, gy, "/news?offset=4")
    assert "Load more" in _html(web, gy, "/news") and "Previous" not in _html(web, gy, "/news?offset=4")
    fifteen = f"http://{gy}/article/12355/Fifteen-new-cameras-live-in-Great-Yarmouth-and-Gorleston"
    assert fifteen in _links(web, gy, "/news?offset=4") and fifteen not in _links(web, gy, "/news")
    assert "Community Safety (Great Yarmouth) Ltd" in _main(web, gy, urlsplit(fifteen).path)


def test_bilingual_twins_spoc_sub_page_and_monitoring_councils_certificate_in_news(
    web: Heldback402Web, truth: dict
) -> None:
    host = "valeofglamorgan.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    d = _auth(truth, host)["deliverables"]
    cy = f"http://{host}/cy/byw/Bro-Fwy-Diogel/Teledu-Cylch-Cyfyng.aspx"
    assert cy in d["5.1"]["pages"] and 'lang="cy"' in _html(web, host, urlsplit(cy).path)
    grp = "/en/living/Safer-Vale/CCTV/CCTV-Operational-Group.aspx"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {grp}
    news = "/en/our_council/press_and_communications/latest_news/2024/11-November/Cardiff-control-room-recognised.aspx"
    assert "full certification" in _main(web, host, news) and "Cardiff Council" in _main(web, host, news)
    assert d["5.2"]["status"] == "not_met"
    fly = (
        "/en/our_council/press_and_communications/latest_news/2025/03-March/Deployable-cameras-tackle-fly-tipping.aspx"
    )
    assert "facebook.com/sharer" in _html(web, host, fly) and 'data-network="Facebook"' in _html(web, host, fly)


def test_campaign_microsite_magazine_figures_and_supplier_case_study(web: Heldback402Web, truth: dict) -> None:
    host = "www.chelmsford.gov.uk"
    assert f"http://{host}/safer-nights" in _links(web, host, "/")
    assert "#SaferChelmsfordNights" in _main(web, host, "/safer-nights")
    mag = "/media/5120/city-life-winter-2024.pdf"
    assert "1,870" in _text(web, host, mag)
    d = _auth(truth, host)["deliverables"]
    assert not d["5.1"]["criteria"]["statistics"] and f"http://{host}{mag}" not in d["5.1"]["pages"]
    assert (
        "NSI Gold" in _main(web, host, "/news/2020/partner-news-city-cctv-upgrade") and d["5.2"]["status"] == "not_met"
    )
    assert "Maldon District Council" in _main(web, host, "/communities/community-safety/cctv/cctv-in-chelmsford")
    assert d["5.5"]["status"] == "not_met"


def test_signed_agreement_from_the_law_enforcement_page_and_wordpress_pager(web: Heldback402Web, truth: dict) -> None:
    host = "thanet.gov.uk"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Kent"
    assert _linking(web, host, doc["url"]) == {f"http://{host}/info-pages/cctv-request-law-enforcement/"}
    assert "Signed for Kent Police" in _text(web, host, urlsplit(doc["url"]).path)
    cat = "/news/category/community-safety/"
    assert f"http://{host}{cat}page/2/" in _links(web, host, cat)
    assert "This release was issued by Kent Police." in _main(
        web, host, "/news/kent-police-appeal-margate-high-street-disorder/"
    )
    assert d["5.3"]["status"] == "partial" and d["5.3"]["spoc"]["email"].startswith("cctv@")


def test_step_1_only_in_own_press_release_on_page_2_of_a_year(web: Heldback402Web, truth: dict) -> None:
    host = "www.sevenoaks.gov.uk"
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step1" and not d["5.2"]["mark_displayed"]
    (ev,) = d["5.2"]["evidence"]
    assert _linking(web, host, ev["url"]) == {f"http://{host}/news/archive?year=2019&page=2"}
    assert "step one (desktop) certification" in _main(web, host, urlsplit(ev["url"]).path)
    cctv = "/community-and-living/community-safety/cctv"
    assert "certification" not in _main(web, host, cctv).lower()
    assert not d["5.1"]["criteria"]["code_compliance"] and ev["url"] not in d["5.1"]["pages"]
    assert d["5.3"]["status"] == "met" and "single point of contact" in _main(web, host, cctv)
    assert "£50,000" in _text(web, host, "/media/3311/in-shape-autumn-2024.pdf")


def test_press_office_page_holds_the_one_fact(web: Heldback402Web, truth: dict) -> None:
    host = "www.adur-worthing.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["disclosure"]
    assert d51["pages"] == [f"http://{host}/news/media-enquiries"]
    rel = "/news/releases/town-centre-and-seafront-cameras-to-be-replaced"
    assert "16 camera units" in _main(web, host, rel) and f"http://{host}{rel}" not in d51["pages"]


def test_legacy_camera_table_and_parish_scheme_in_partner_news(web: Heldback402Web, truth: dict) -> None:
    host = "www.tandridge.gov.uk"
    html = _html(web, host, "/Your-council/Crime-and-safety/CCTV")
    assert '<main id="main">' not in html and html.split("<tbody>")[1].split("</tbody>")[0].count("<tr>") == 8
    oxted = "/Your-council/News/Community-news/Cameras-switched-on-in-Oxted-town-centre"
    assert "supplied by Oxted Parish Council" in _text(web, host, oxted)
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["status"] == "met" and d["5.3"]["status"] == "not_met"
    assert all(f"http://{host}{oxted}" != u for u in d["5.1"]["pages"])


def test_annual_report_page_with_step_2_and_signed_word_protocol(web: Heldback402Web, truth: dict) -> None:
    host = "www.westlancs.gov.uk"
    cctv = "/more/community-safety/cctv-in-west-lancashire.aspx"
    rep = f"http://{host}/more/community-safety/cctv-annual-report-2024-25.aspx"
    assert _linking(web, host, rep) == {f"http://{host}{cctv}"}
    assert '<aside class="related-information">' in _html(web, host, cctv)
    d = _auth(truth, host)["deliverables"]
    assert (
        d["5.2"]["level"] == "step2"
        and not d["5.2"]["mark_displayed"]
        and "<img" not in _main(web, host, urlsplit(rep).path)
    )
    (doc,) = d["5.5"]["documents"]
    assert doc["url"].endswith(".docx") and doc["signed"] and doc["force"] == "Lancashire"
    assert (_render(web, doc["url"]).header("Content-Type") or "").startswith("application/vnd.openxmlformats")
    assert "Signed for Lancashire Constabulary" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.1"]["criteria"]["statistics"] and d["5.1"]["criteria"]["annual_review"]
    dec = "/news/news-archive/news-2024/december-news-2024.aspx"
    assert f"http://{host}{dec}" in _links(web, host, "/news/news-archive/news-2024.aspx")


def test_spoc_in_html_code_of_practice_and_campaign_refuge_points(web: Heldback402Web, truth: dict) -> None:
    host = "www.bassetlaw.gov.uk"
    d = _auth(truth, host)["deliverables"]
    code = "/about-us/cctv-code-of-practice/"
    assert d["5.3"]["status"] == "met" and {urlsplit(e["url"]).path for e in d["5.3"]["evidence"]} == {code}
    assert "<h2>Key personnel</h2>" in _html(web, host, code)
    ref = f"http://{host}/safer-worksop/refuge-points/"
    assert _linking(web, host, ref) == {f"http://{host}/safer-worksop/"}
    assert "#SaferWorksop" in _main(web, host, "/safer-worksop/")
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_one_fact_beside_news_cards_that_hold_more(web: Heldback402Web, truth: dict) -> None:
    host = "www.testvalley.gov.uk"
    html = _html(web, host, "/business/andover-town-centre")
    assert "31 days" in _cards(html) and "31 days" not in _without_cards(html)
    assert "Sixteen digital cameras" in _without_cards(html)
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_social_posts_reproduced_as_text_across_the_set(web: Heldback402Web) -> None:
    found = set()
    for host, site in web.sites.items():
        for (h, path), page in site.pages.items():
            if re.search(r'class="social-embed [a-z-]+" data-network="(X|Facebook)"', page.body):
                body = _html(web, h, path)
                assert "social-embed" in body
                found.add(host)
    assert len(found) >= 9, found
