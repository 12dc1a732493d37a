"""Reading lessons of false not_met re-read at session 59 in the run of webs 166-409 at freeze62 (= 78a7a85), on pages the
audit had fetched. The pages are written for this test (invented councils, towns and people) and read with their
council as the context.

- A certificate told as what followed the audit: "An independent certification body audited the scheme, and full
  certification against the Surveillance Camera Code of Practice followed on [a date]" (web 280's St Helens).
- A closed consultation whose background tells the room's award: "In 2016 the control room became one of the first in
  Wales to be awarded full step 2 certification …" (web 362's Caerphilly). The page stays a past proposal for 5.1; its
  statement of the award is the council's own, weak, as a news item's is.
- One camera fact of the council's own on another service's page: "[X] Borough Council cameras now cover the promenade"
  (web 409's Eastbourne, a seafront improvements page); "Where one of our cameras covers a car park used for meets, its
  recordings are kept for 31 days" (web 404's Havant, an anti-social behaviour page). Each is a mention (5.1 partial).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from read_excerpt import read_page

CTX = AuthorityContext("Westby Borough Council", "http://www.westby.gov.uk/", "Westmarch", "England")


def test_full_certification_that_followed_the_audit() -> None:
    pa = read_page(
        "/article/2210/Westby-CCTV",
        "Westby CCTV",
        "<p>The council's 90 public space cameras help keep the town centre and car parks safe. They are monitored from"
        " the council's CCTV suite around the clock.</p><p>An independent certification body audited the scheme, and full"
        " certification against the Surveillance Camera Code of Practice followed on 14 March 2018, for five years.</p>",
        CTX,
    )
    assert pa.signals["certification"], pa.findings


def test_a_plan_that_followed_is_no_certificate() -> None:
    # (guard: a date that followed something else certifies nothing)
    pa = read_page(
        "/article/2211/Westby-CCTV-review",
        "Westby CCTV review",
        "<p>The council's 90 public space cameras are monitored from the council's CCTV suite.</p><p>A review of the"
        " cameras against the Surveillance Camera Code of Practice followed on 14 March 2018, and an action plan came"
        " after it.</p>",
        CTX,
    )
    assert not pa.signals["certification"], pa.findings


def test_a_closed_consultation_telling_the_rooms_award() -> None:
    ctx = AuthorityContext("Dyfnant County Borough Council", "http://www.dyfnant.gov.uk/", "Gwent", "Wales")
    pa = read_page(
        "/involved/consultations/public-space-camera-consultation",
        "Public space camera consultation (closed)",
        "<p>This consultation closed on 30 September 2019. Thank you to everyone who took part.</p><p>2019 marked twenty"
        " years of council-run public space cameras, which now cover towns across the county borough.</p><p>In 2017 the"
        " control room became one of the first in Wales to be awarded full step 2 certification against the Surveillance"
        " Camera Commissioner's code of practice.</p><p>We asked residents where cameras were most needed.</p>",
        ctx,
    )
    assert pa.decoy == "closed consultation or past proposal", pa.decoy
    certs = [f for f in pa.findings if f.type == "certification"]
    assert certs and certs[0].data["strength"] == "weak", pa.findings


def test_the_councils_cameras_now_cover_a_place() -> None:
    pa = read_page(
        "/leisure/seafront/seafront-improvements",
        "Seafront improvements",
        "<p>Work to make the seafront brighter finished in April.</p><p>Between the pier and the bandstand, Westby Borough"
        " Council cameras now cover the promenade, alongside new lighting.</p><p>New benches were funded by the levy.</p>",
        CTX,
    )
    assert pa.signals["cctv_info"], pa.findings


def test_one_of_our_cameras_over_a_car_park_with_its_recordings() -> None:
    pa = read_page(
        "/community/anti-social-behaviour/car-meets",
        "Car meets and nuisance vehicles",
        "<p>Tell us where cars gather and when.</p><p>Where one of our cameras covers a car park used for meets, its"
        " recordings are kept for 31 days before being overwritten, so please report incidents quickly.</p>",
        CTX,
    )
    assert pa.signals["cctv_info"], pa.findings


def test_our_cameras_over_a_bus_lane_are_no_mention() -> None:
    # (guard: an enforcement camera's place is not in the list, and a sentence without recordings is not read)
    pa = read_page(
        "/parking/bus-lanes",
        "Bus lane enforcement",
        "<p>Our cameras cover the bus lane on Station Road from 7am to 7pm. A penalty charge notice is sent to the keeper"
        " of a vehicle that enters it.</p><p>Our camera watches the car park barrier at the depot.</p>",
        CTX,
    )
    assert not pa.signals["cctv_info"], pa.findings
