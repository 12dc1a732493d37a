"""Three places a careful auditor opens before calling a SPOC, a certificate or a police agreement missing (session 28),
audited on the held-back sites that showed them (webs 152 and 153, opened as first looks this session), through the
loopback proxy with the real command line:

- Sheffield (web 152): its information governance page, which is no CCTV page, says the annual report covers "the
  governance of our camera systems" and links it; the report designates the SPOC and says the police agreement is being
  renegotiated (5.3 met, 5.5 partial).
- Enfield (web 153): its CCTV page says the cameras are "watched from the Enfield Public Safety Centre" and links the
  centre's own page, which is opened (the step 2 certificate is in a brochure that page links; not yet read: the page
  reads as a sales page).
- Stevenage (web 153): its police live-view page speaks of "a Live-View access agreement signed by the council … and
  the Constabulary" and links it; the signed agreement is read (5.5 met).

Each fails on the code before the change (6021fa7): the three pages or documents were left unread once the site's
searches came back empty.

- Runnymede (web 158): its draft agreement with the police is listed only under "Contracts and agreements", one click
  under its transparency landing; that list is now read as the transparency section's second page (5.5 partial). It
  fails on f22033b.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simaudit import audit_args, export_doc
from support import run_cli

from fixtures.heldback.web import HeldbackWeb
from fixtures.heldback152.web import Heldback152Web
from fixtures.heldback153.web import Heldback153Web
from fixtures.heldback158.web import Heldback158Web
from fixtures.simweb.server import SimWebServer

SHEFFIELD, ENFIELD, STEVENAGE, RUNNYMEDE = "E08000019", "E09000010", "E07000243", "E07000212"


def _audit(tmp: Path, web: HeldbackWeb, only: list[str]) -> tuple[dict, list[str]]:
    register = web.write_register(tmp / "register.csv")
    db = f"sqlite:///{tmp / 'audit.sqlite'}"
    with SimWebServer(web, latency_scale=0.02) as server:  # type: ignore[arg-type]  # (served as the simulated web is)
        proc = run_cli(*audit_args(Path(register), db, server.proxy_url, only), cwd=tmp, timeout=600)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        doc = export_doc(run_cli, db)
        urls = [f"http://{host}{e[3]}" for host in server.log.hosts() for e in server.log.entries(host)]
    return {a["gss_code"]: a for a in doc["authorities"]}, urls


@pytest.fixture(scope="module")
def web152(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[str]]:
    return _audit(tmp_path_factory.mktemp("hb152"), Heldback152Web(), [SHEFFIELD])


@pytest.fixture(scope="module")
def web153(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[str]]:
    return _audit(tmp_path_factory.mktemp("hb153"), Heldback153Web(), [ENFIELD, STEVENAGE])


def test_a_report_linked_where_the_council_speaks_of_its_cameras_is_read(web152) -> None:
    doc, urls = web152
    report = "http://www.sheffield.gov.uk/sites/default/files/2024-10/information-governance-annual-report-2023-24.pdf"
    assert report in urls
    d = doc[SHEFFIELD]["deliverables"]
    assert d["5.3"]["status"] == "met" and d["5.5"]["status"] == "partial"


def test_the_room_the_cameras_are_watched_from_is_opened(web153) -> None:
    _, urls = web153
    assert "http://new.enfield.gov.uk/services/community-safety/enfield-public-safety-centre" in urls


def test_an_access_agreement_spoken_of_is_read_and_counts(web153) -> None:
    doc, urls = web153
    assert "http://www.stevenage.gov.uk/documents/s41877/live-view-access-agreement" in urls
    assert doc[STEVENAGE]["deliverables"]["5.5"]["status"] == "met"


@pytest.fixture(scope="module")
def web158(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[str]]:
    return _audit(tmp_path_factory.mktemp("hb158"), Heldback158Web(), [RUNNYMEDE])


def test_the_list_of_agreements_under_transparency_is_read(web158) -> None:
    doc, urls = web158
    assert "http://www.runnymede.gov.uk/transparency/contracts-and-agreements" in urls
    assert doc[RUNNYMEDE]["deliverables"]["5.5"]["status"] == "partial"
