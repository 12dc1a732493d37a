"""A candidate lost to a burst of server errors that outlasts Scrapy's own retries is asked once
more when the site has nothing else to do, before anything is concluded (the simulated web's Mid
Devon: its data sharing agreements page answered 500, 502, 504 in a row and the agreement was
called not met). Hand-written site, served through a loopback proxy."""

from __future__ import annotations

import json

import pytest

from minisite import RecordingSite
from support import run_cli

TOWN = "http://www.burstford.gov.uk"
AGREEMENTS = f"{TOWN}/data-protection/data-sharing-agreements"


def html(title: str, main: str) -> tuple[str, bytes]:
    return "text/html; charset=utf-8", (
        f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>"
    ).encode()


def burstford() -> dict[str, tuple[str, bytes]]:
    return {
        f"{TOWN}/": html(
            "Burstford Borough Council",
            f'<ul><li><a href="{TOWN}/community-safety/cctv">CCTV</a></li>'
            f'<li><a href="{TOWN}/data-protection">Data protection</a></li></ul>',
        ),
        f"{TOWN}/community-safety/cctv": html(
            "CCTV",
            "<p>Burstford Borough Council runs 30 public space CCTV cameras to deter crime. Recordings are kept for "
            "31 days. To ask for footage of yourself, make a subject access request.</p>",
        ),
        f"{TOWN}/data-protection": html(
            "Data protection", f'<ul><li><a href="{AGREEMENTS}">Data sharing agreements</a></li></ul>'
        ),
        AGREEMENTS: html(
            "Data sharing agreements",
            "<p>The council has a data sharing agreement with Westshire Police for footage from its CCTV cameras.</p>",
        ),
        f"{TOWN}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
    }


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("secondtry")
    proxy = RecordingSite(burstford(), delay=0.01)
    # one answer more than Scrapy's own retries take (RETRY_TIMES 2: three tries in a row)
    proxy.failures[AGREEMENTS] = [(500, {}), (502, {}), (504, {})]
    with proxy:
        register = tmp / "register.csv"
        register.write_text(
            f"gss_code,name,nation,website,police_force\nE99000095,Burstford Borough Council,England,{TOWN}/,Westshire\n"
        )
        db = f"sqlite:///{tmp / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--proxy", proxy.url, "--quiet", cwd=tmp)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp)
        assert exported.returncode == 0, exported.stderr
    doc = {a["gss_code"]: a for a in json.loads(exported.stdout)["authorities"]}
    return doc["E99000095"], proxy.paths()


def test_the_page_lost_to_a_burst_is_asked_once_more_and_read(audited) -> None:
    la, paths = audited
    assert paths.count(AGREEMENTS) == 4, "three tries in the burst, then one more once the site was otherwise done"
    assert la["deliverables"]["5.5"]["status"] == "partial"
