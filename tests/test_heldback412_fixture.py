"""The four hundred and twelfth held-back web's own structures (the generic checks, truth rebuilds, wiring and
serving, live in tests/test_heldback_sets.py). No audit, no scoring: the set is measured once, by the lead, after the
detectors are frozen.

Checks: the councils are fresh register rows of the brief's mix; the labelling rules hold with the intended tallies;
and the structures the set is built from are really served (an open-data record whose contact point is the SPOC, with
CSV and GeoJSON downloads; a transparency register of camera systems with a signed police memorandum linked from a
cell; a camera count only in a map layer's 'about' page behind a noscript list; a step 2 claim in a publication
scheme class; a step 2 claim in an open-data record's description; a step 1 claim in a policy PDF's document
control table; an extensionless policy reachable only through a publication scheme; a surveillance privacy policy
table with a signed ISA linked from a cell; an ArcGIS-style layer query as the only fact, beside a partner council's
row; a fact only in a spending page's notes; a shared two-council page with an owner column and agreements for both;
a shared service agreement with a combined authority that is not a police agreement; a draft protocol PDF; a
bilingual site; and councils that publish nothing but carry look-alikes)."""

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

from fixtures.heldback412.truth import TRUTH_PATH
from fixtures.heldback412.web import Heldback412Web


@pytest.fixture(scope="module")
def web() -> Heldback412Web:
    return Heldback412Web()


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads(TRUTH_PATH.read_text(encoding="utf-8"))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fresh_councils(web: Heldback412Web, truth: dict) -> None:
    assert_fresh_councils(web, truth, 412)


def test_truth_shape_and_labelling_rules(truth: dict) -> None:
    assert_labelling_rules(truth, welsh=1, types=6)
    tally = status_tally(truth)
    assert tally["5.1"] == Counter({"met": 10, "partial": 2, "not_met": 3}), tally
    assert tally["5.2"] == Counter({"met": 3, "not_met": 12}), tally
    assert tally["5.3"] == Counter({"met": 4, "partial": 5, "not_met": 6}), tally
    assert tally["5.5"] == Counter({"met": 3, "partial": 4, "not_met": 8}), tally


def test_open_data_record_with_spoc_as_contact_point(web: Heldback412Web, truth: dict) -> None:
    host = "www.havering.gov.uk"
    rec = f"http://{host}/open-data/datasets/public-space-cctv-camera-locations"
    assert _linking(web, host, rec) >= {f"http://{host}/community-safety/cctv"}
    html = _html(web, host, urlsplit(rec).path)
    assert '<th scope="row">Contact point</th>' in html and "single point of contact" in html
    assert "single point of contact" not in _main(web, host, "/community-safety/cctv")
    links = _links(web, host, urlsplit(rec).path)
    csv_url = next(u for u in links if u.endswith(".csv"))
    geo_url = next(u for u in links if u.endswith(".geojson"))
    assert (_render(web, csv_url).header("Content-Type") or "").startswith("text/csv")
    geo = json.loads(_render(web, geo_url).body)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    d = _auth(truth, host)["deliverables"]
    assert d["5.3"]["status"] == "met" and [e["url"] for e in d["5.3"]["evidence"]] == [rec]
    assert csv_url in d["5.1"]["pages"]
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]


def test_systems_register_with_signed_memorandum_in_a_cell(web: Heldback412Web, truth: dict) -> None:
    host = "www.birmingham.gov.uk"
    reg = "/info/20013/transparency/3041/surveillance_camera_systems_register"
    html = _html(web, host, reg)
    assert '<th scope="col">Agreements</th>' in html
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "West Midlands"
    assert _linking(web, host, doc["url"]) == {f"http://{host}{reg}"}
    assert "." not in urlsplit(doc["url"]).path.rsplit("/", 1)[-1]
    r = _render(web, doc["url"])
    assert r.header("Content-Type") == "application/pdf" and "filename=" in (r.header("Content-Disposition") or "")
    assert "Signed on behalf of West Midlands Police" in _text(web, host, urlsplit(doc["url"]).path)
    assert d["5.3"]["status"] == "partial" and "Disallow: /search" in web.sites[host].robots_txt()


def test_count_only_in_map_layer_and_step_2_in_publication_scheme(web: Heldback412Web, truth: dict) -> None:
    host = "www.bedford.gov.uk"
    viewer = "/maps/my-bedford-borough"
    layer = f"http://{host}/maps/layers/public-space-cctv"
    assert "<noscript>" in _html(web, host, viewer) and layer in _links(web, host, viewer)
    assert "116" not in _main(web, host, "/environmental-issues/community-safety/cctv")
    d = _auth(truth, host)["deliverables"]
    assert d["5.1"]["criteria"]["cameras"] and layer in d["5.1"]["pages"]
    scheme = "/council-and-democracy/publication-scheme"
    assert '<dl class="scheme-classes">' in _html(web, host, scheme)
    assert d["5.2"]["status"] == "met" and d["5.2"]["level"] == "step2" and d["5.2"]["awarded"] == "2019-11"
    assert not d["5.2"]["mark_displayed"] and [urlsplit(e["url"]).path for e in d["5.2"]["evidence"]] == [scheme]


def test_step_2_in_dataset_description_and_draft_protocol(web: Heldback412Web, truth: dict) -> None:
    host = "www.welhat.gov.uk"
    rec = "/access-information/open-data/cctv-camera-locations"
    assert "step 2" in _main(web, host, rec) and 'class="dataset__summary"' in _html(web, host, rec)
    assert "step 2" not in _main(web, host, "/access-information/cctv-cameras-footage")
    d = _auth(truth, host)["deliverables"]
    assert d["5.2"]["status"] == "met" and d["5.2"]["awarded"] == "2020-03"
    (doc,) = d["5.5"]["documents"]
    assert d["5.5"]["status"] == "partial" and doc["draft"] and not doc["signed"]
    assert "20__" in _text(web, host, urlsplit(doc["url"]).path)


def test_step_1_in_document_control_of_a_legacy_site(web: Heldback412Web, truth: dict) -> None:
    host = "www.oadby-wigston.gov.uk"
    site = web.sites[host]
    assert site.search is None and not site.sitemap and not site.az
    assert '<main id="main">' not in _html(web, host, "/pages/cctv_footage")
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.2"]["evidence"]
    assert ev["url"].endswith(".pdf") and "Document control" in _text(web, host, urlsplit(ev["url"]).path)
    assert d["5.2"]["level"] == "step1" and d["5.2"]["awarded"] == "2019-08-14"
    assert d["5.3"]["status"] == "not_met"


def test_policy_only_through_publication_scheme(web: Heldback412Web, truth: dict) -> None:
    host = "www.threerivers.gov.uk"
    scheme = f"http://{host}/council-and-democracy/freedom-of-information/publication-scheme"
    d = _auth(truth, host)["deliverables"]
    (ev,) = d["5.3"]["evidence"]
    assert "." not in urlsplit(ev["url"]).path.rsplit("/", 1)[-1]
    assert _linking(web, host, ev["url"]) == {scheme}
    assert not any("cctv" in path.lower() for (h, path) in web.sites[host].pages if h == host)
    assert "single point of contact" in _text(web, host, urlsplit(ev["url"]).path)
    assert d["5.5"]["status"] == "partial" and not d["5.5"]["documents"]
    assert "moderngov.threerivers.gov.uk" in web.sites[host].hosts()


def test_privacy_policy_table_links_the_signed_isa(web: Heldback412Web, truth: dict) -> None:
    host = "www.colchester.gov.uk"
    pol = f"http://{host}/privacy-policy/surveillance-privacy-policy"
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Essex" and _linking(web, host, doc["url"]) == {pol}
    assert "<td>Essex Police (see the <a" in _html(web, host, urlsplit(pol).path)
    assert d["5.3"]["status"] == "met" and d["5.2"]["status"] == "not_met"
    assert "award" in _main(web, host, "/centurion/cctv")


def test_layer_query_json_is_the_only_fact(web: Heldback412Web, truth: dict) -> None:
    host = "www.southnorfolkandbroadland.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    (url,) = d51["pages"]
    assert urlsplit(url).query == "f=json" and _linking(web, host, url) == {f"http://{host}/maps/car-parks"}
    data = json.loads(_render(web, url).body)
    owners = {f["attributes"]["AUTHORITY"] for f in data["features"]}
    assert owners == {"South Norfolk", "Broadland"}
    assert [k for k, v in d51["criteria"].items() if v] == ["cameras"]


def test_fact_only_in_spending_notes(web: Heldback412Web, truth: dict) -> None:
    host = "www.wyreforestdc.gov.uk"
    d51 = _auth(truth, host)["deliverables"]["5.1"]
    assert d51["status"] == "partial" and [k for k, v in d51["criteria"].items() if v] == ["operator"]
    assert _path(d51["pages"][0]) == "/council/transparency/payments-over-500"
    assert "<h2>Notes on regular payments</h2>" in _html(web, host, "/council/transparency/payments-over-500")


def test_shared_site_owner_column_and_agreements_for_two_councils(web: Heldback412Web, truth: dict) -> None:
    host = "www.lewes-eastbourne.gov.uk"
    cctv = "/community/community-safety/cctv"
    assert '<th scope="col">Owner</th>' in _html(web, host, cctv) and "Seaford Town Council" in _main(web, host, cctv)
    agr = "/community/community-safety/cctv/agreements"
    main = _main(web, host, agr)
    assert "Eastbourne Borough Council" in main and "Lewes District Council" in main
    d = _auth(truth, host)["deliverables"]
    (doc,) = d["5.5"]["documents"]
    assert doc["signed"] and doc["force"] == "Sussex" and "ldc" in doc["url"]
    assert d["5.2"]["status"] == "not_met" and "working towards" in _main(web, host, cctv)
    kml = next(u for u in _links(web, host, cctv) if u.endswith(".kml"))
    assert b"<Placemark>" in _render(web, kml).body


def test_combined_authority_agreement_is_not_a_police_agreement(web: Heldback412Web, truth: dict) -> None:
    host = "www.tamworth.gov.uk"
    main = _main(web, host, "/cctv")
    assert "shared service agreement" in main and "BS 7958" in main and "ISO 27001" in main
    d = _auth(truth, host)["deliverables"]
    assert d["5.5"]["status"] == "not_met" and d["5.2"]["status"] == "not_met"
    assert d["5.1"]["criteria"]["standards"] and d["5.3"]["status"] == "partial"


def test_bilingual_site_with_welsh_twin(web: Heldback412Web, truth: dict) -> None:
    host = "www.bridgend.gov.uk"
    assert {f"http://{host}/en", f"http://{host}/cy"} <= set(_links(web, host, "/"))
    d = _auth(truth, host)["deliverables"]
    assert any("/cy/" in u for u in d["5.1"]["pages"]) and d["5.1"]["criteria"]["statistics"]
    assert d["5.3"]["spoc"]["phone"] and not d["5.3"]["spoc"]["email"]


def test_councils_that_publish_nothing_still_carry_decoys(web: Heldback412Web, truth: dict) -> None:
    assert_publish_nothing(web, truth, {"www.kent.gov.uk", "www.scambs.gov.uk", "www.easthants.gov.uk"})
    kent = web.sites["www.kent.gov.uk"]
    geo = next(
        u
        for u in _links(web, kent.host, "/about-the-council/information-and-data/open-data/traffic-monitoring-cameras")
        if u.endswith(".geojson")
    )
    assert "Traffic monitoring" in _render(web, geo).body.decode()
    assert "Sawston Parish Council" in _main(web, "www.scambs.gov.uk", "/communities/community-chest-grants-awarded")
