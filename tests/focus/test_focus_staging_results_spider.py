"""A site search whose results link to a staging copy of the site (held-back web 239's Sefton, 5.1 not_met at freeze40):
the engine indexed cms-staging.<council>, so every result, menu and page alike, points there. The audit never leaves the
site it audits, so it once dropped every result and called the council's CCTV information unpublished. A person opens the
same page on the council's own site; the audit now reads each result's path on the audited host (crawler.engine.netsafety
SiteBounds.on_own_host, spiders.indexes) and never asks the staging host for anything. Fails with freeze40's spider.
"""

from __future__ import annotations

import pytest

from minisite import SEARCH_WORDS, audit_through_proxy, nav_page

SITE = "http://www.stagetown.gov.uk"
STAGING = "http://cms-staging.stagetown.gov.uk"


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("staging")
    nav = [(f"{SITE}/", "Home"), (f"{SITE}/bins", "Bins"), (f"{SITE}/your-council", "Your council")]
    staged_nav = [(f"{STAGING}/", "Home"), (f"{STAGING}/bins", "Bins"), (f"{STAGING}/your-council", "Your council")]
    cctv = "/your-council/open-data/stagetown-cctv"
    pages = {
        f"{SITE}/": nav_page("Stagetown Borough Council", "<p>Welcome.</p>", nav, search=f"{SITE}/search"),
        f"{SITE}/bins": nav_page("Bins", "<p>Collection days.</p>", nav),
        f"{SITE}/your-council": nav_page("Your council", "<p>Councillors, budgets and elections.</p>", nav),
        f"{SITE}{cctv}": nav_page(
            "Stagetown CCTV",
            "<p>Stagetown Borough Council runs 140 public space cameras, watched from the council's monitoring centre"
            " around the clock to prevent and detect crime. Recordings are kept for 31 days. You can ask for footage of"
            " yourself with a subject access request.</p>",
            nav,
        ),
        f"{SITE}/search?q=CCTV": nav_page(
            "Search results",
            f'<p>1 result for CCTV</p><ul><li><a href="{STAGING}{cctv}">Stagetown CCTV</a></li></ul>',
            staged_nav,
        ),
        f"{SITE}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{STAGING}{cctv}": nav_page("Staging copy", "<p>Not for the public.</p>", []),
    }
    for term in SEARCH_WORDS[1:]:
        pages[f"{SITE}/search?q={term}"] = nav_page("Search results", "<p>No results found.</p>", staged_nav)
    return audit_through_proxy(pages, tmp, [("E99000093", "Stagetown Borough Council", f"{SITE}/", "Anyshire")])


def test_a_staging_hosts_result_is_read_on_the_site(audited) -> None:
    doc, paths = audited
    assert f"{SITE}/your-council/open-data/stagetown-cctv" in paths, paths
    assert not [p for p in paths if p.startswith(STAGING)], paths
    assert doc["E99000093"]["deliverables"]["5.1"]["status"] in ("met", "partial"), doc["E99000093"]["deliverables"][
        "5.1"
    ]
