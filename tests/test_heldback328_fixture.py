"""The 328th held-back set: fresh councils, the labelling rules with the intended tallies, and the misbehaviour
each site was built with really served (redirects, soft 404s, query-string pages, 429 with Retry-After, robots)."""

from __future__ import annotations

import json
import time

from heldback_served import (
    assert_fresh_councils,
    assert_labelling_rules,
    assert_publish_nothing,
    render,
    served_text,
    status_tally,
)

from fixtures.heldback328.truth import TRUTH_PATH
from fixtures.heldback328.web import Heldback328Web

WEB = Heldback328Web()
TRUTH = json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def test_fresh_councils_and_rules() -> None:
    assert_fresh_councils(WEB, TRUTH, 328)
    assert_labelling_rules(TRUTH, welsh=1, types=6)
    t = status_tally(TRUTH)
    assert t["5.1"] == {"met": 10, "partial": 2, "not_met": 3}
    assert t["5.2"] == {"met": 4, "not_met": 11}
    assert t["5.3"] == {"met": 4, "partial": 6, "not_met": 5}
    assert t["5.5"] == {"met": 3, "partial": 5, "not_met": 7}
    assert_publish_nothing(
        WEB, TRUTH, {"tewkesbury.gov.uk", "www.southnorfolkandbroadland.gov.uk", "www.sstaffs.gov.uk"}, min_decoys=4
    )


def test_redirects_between_hosts_and_paths() -> None:
    r = render(
        WEB, "http://www.towerhamlets.gov.uk/lgnl/community_and_living/community_safety__crime_preve/cctv/CCTV.aspx"
    )
    assert r.status == 301 and r.header("Location").endswith("/community-safety/public-space-surveillance")
    r = render(WEB, "http://iow.gov.uk/residents/community-safety")
    assert r.status == 301 and r.header("Location") == "http://www.iow.gov.uk/residents/community-safety"
    assert render(WEB, "http://www.iow.gov.uk/cctv").status == 302
    assert render(WEB, "http://www.scambs.gov.uk/cctv").status == 301
    assert render(WEB, "http://www.scambs.gov.uk/community-safety/cctv").status == 302
    assert render(WEB, "http://bolsover.gov.uk/services/town-centres").status == 301


def test_soft_404s_and_query_pages() -> None:
    for host in ("www.sstaffs.gov.uk", "tewkesbury.gov.uk", "www.scambs.gov.uk"):
        r = render(WEB, f"http://{host}/cctv-guessed")
        assert r.status == 200 and b"Page not found" in r.body
    assert render(WEB, "http://www.wolverhampton.gov.uk/documents/library").status == 200
    assert "Signed for West Midlands Police" in served_text(
        WEB, "www.wolverhampton.gov.uk", "/documents/library?id=4472"
    )
    assert "single point of contact" in served_text(WEB, "www.staffordbc.gov.uk", "/community-safety/cctv?tab=contact")
    assert "31 days" in served_text(WEB, "www.chichester.gov.uk", "/article?articleid=24550")
    assert "31 days" not in served_text(WEB, "www.chichester.gov.uk", "/article")


def test_rate_limits_slow_pages_and_robots() -> None:
    site = WEB.sites["www.rugby.gov.uk"]
    got = [site.render("/", time_scale=0.0) for _ in range(20)]
    limited = [r for r in got if r.status == 429]
    assert limited and limited[0].header("Retry-After") == "10"
    assert site.render("/").status == 200  # direct renders (the oracle) are never limited
    time.sleep(1.1)
    assert site.render("/", time_scale=0.0).status == 200
    assert (
        render(
            WEB, "http://www.towerhamlets.gov.uk/community-and-living/community-safety/public-space-surveillance"
        ).delay_s
        > 5
    )
    assert render(WEB, "http://www.rugby.gov.uk/").delay_s >= 0.9
    assert "Disallow: /search" in WEB.sites["www.kent.gov.uk"].robots_txt()
    assert "Crawl-delay: 2" in WEB.sites["www.kent.gov.uk"].robots_txt()
    assert "Disallow: /print/" in WEB.sites["www.chichester.gov.uk"].robots_txt()
