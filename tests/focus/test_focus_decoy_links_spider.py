"""A link whose own words say plainly it leads elsewhere ("Home CCTV and doorbell cameras", a town
council's cameras) is not followed, even beside the council's CCTV (the simulated web's Eastleigh
opened its doorbell advice among its few community-safety pages). Hand-written site, served
through a loopback proxy."""

from __future__ import annotations

import json

import pytest

from analysis.links import Link, assess_link, decoy_link
from minisite import RecordingSite
from support import run_cli

TOWN = "http://www.decoyford.gov.uk"


def html(title: str, main: str) -> tuple[str, bytes]:
    nav = f'<nav><ul><li><a href="{TOWN}/">Home</a></li><li><a href="{TOWN}/community-safety">Community safety</a></li></ul></nav>'
    return "text/html; charset=utf-8", (
        f"<html><head><title>{title}</title></head><body>{nav}<main><h1>{title}</h1>{main}</main></body></html>"
    ).encode()


def decoyford() -> dict[str, tuple[str, bytes]]:
    cs = f"{TOWN}/community-safety"
    return {
        f"{TOWN}/": html("Decoyford District Council", f'<p><a href="{cs}">Community safety</a></p>'),
        cs: html(
            "Community safety",
            "<ul>"
            f'<li><a href="{cs}/home-cctv-and-doorbell-cameras">Home CCTV and doorbell cameras</a></li>'
            f'<li><a href="{cs}/town-council-cameras">Town council cameras</a></li>'
            f'<li><a href="{cs}/public-space-cctv">Public space CCTV</a></li>'
            f'<li><a href="{cs}/community-safety-partnership">Community Safety Partnership</a></li>'
            "</ul>",
        ),
        f"{cs}/home-cctv-and-doorbell-cameras": html("Home CCTV", "<p>If you fit a doorbell camera at home…</p>"),
        f"{cs}/town-council-cameras": html("Town council cameras", "<p>Decoyford Town Council runs two cameras.</p>"),
        f"{cs}/public-space-cctv": html(
            "Public space CCTV",
            "<p>Decoyford District Council runs 40 public space CCTV cameras to deter crime. Recordings are kept "
            "for 31 days and released to the police on request. To ask for footage of yourself, make a subject "
            "access request.</p>",
        ),
        f"{cs}/community-safety-partnership": html(
            "Community Safety Partnership",
            "<p>The council and Westshire Police have a service level agreement for the council's CCTV system.</p>",
        ),
        f"{TOWN}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
    }


def test_which_links_say_plainly_they_lead_elsewhere() -> None:
    def decoy(text: str, leaf: str) -> bool:
        return decoy_link(assess_link(Link(url=f"{TOWN}/community-safety/{leaf}", text=text, context="")))

    assert decoy("Home CCTV and doorbell cameras", "home-cctv-and-doorbell-cameras")
    assert decoy("Town council cameras", "town-council-cameras")
    assert not decoy("Community Safety Partnership", "community-safety-partnership")
    assert not decoy("Public space CCTV", "public-space-cctv")
    assert not decoy("CCTV FOI responses", "cctv-foi-responses"), "an FOI answer is still recorded apart"


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("decoylinks")
    proxy = RecordingSite(decoyford(), delay=0.01)
    with proxy:
        register = tmp / "register.csv"
        register.write_text(
            f"gss_code,name,nation,website,police_force\nE99000094,Decoyford District Council,England,{TOWN}/,Thames Valley\n"
        )
        db = f"sqlite:///{tmp / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--proxy", proxy.url, "--quiet", cwd=tmp)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp)
        assert exported.returncode == 0, exported.stderr
    doc = {a["gss_code"]: a for a in json.loads(exported.stdout)["authorities"]}
    return doc["E99000094"], proxy.paths()


def test_the_doorbell_advice_is_not_opened_and_the_partnership_page_is(audited) -> None:
    la, paths = audited
    assert f"{TOWN}/community-safety/home-cctv-and-doorbell-cameras" not in paths
    assert f"{TOWN}/community-safety/town-council-cameras" not in paths
    assert f"{TOWN}/community-safety/public-space-cctv" in paths
    assert la["deliverables"]["5.1"]["status"] in ("met", "partial")
    assert la["deliverables"]["5.5"]["status"] == "partial"
