"""Other bodies writing about their own cameras under their own names (fourth held-back text set).

A bus company's "all our buses are fitted with CCTV", a station operator's, a police force's, an NHS
trust's or a community council's own page: not the principal council's information. A council page
naming such a body as a partner stays the council's. Passages written for this test.
"""

from __future__ import annotations

import pytest

from read_excerpt import read


@pytest.mark.parametrize(
    "text",
    [
        "CCTV on board\n\nAll our buses are fitted with CCTV cameras inside and facing the road, to protect "
        "passengers and drivers. Recordings are overwritten after ten days.",
        "Cameras at our stations\n\nValley Lines Railway has CCTV at every staffed station and on its trains, and "
        "gives footage to British Transport Police when a crime is reported.",
        "How we use cameras\n\nWestshire Police uses surveillance cameras to prevent and detect crime across the "
        "force area, and we assess them against the surveillance camera code.",
        "Cameras at the recycling points\n\nHolmbury Community Council operates two cameras at the lay-by where "
        "fly-tipping keeps happening, and publishes its impact assessment below.",
        "Camerâu'r Stryd Fawr\n\nMae Cyngor Tref Aberwen yn talu am dri chamera ar y Stryd Fawr. Dim ond y Clerc sy'n "
        "gallu copïo recordiad.",
    ],
)
def test_another_body_writing_of_its_own_cameras_is_not_the_councils(text) -> None:
    pa = read(text)
    assert pa.decoy is not None, text
    assert not pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "text",
    [
        "CCTV\n\nOur control room monitors the council's 80 public space cameras and also watches cameras at the bus "
        "station for Valley Lines Railway. Footage is shared with Westshire Police.",
        "CCTV in Holmbury\n\nThe borough council's control room monitors all the town centre cameras, including two "
        "that Holmbury Town Council pays for. Recordings are kept for 31 days.",
    ],
)
def test_a_council_page_naming_another_body_as_a_partner_stays_the_councils(text) -> None:
    pa = read(text)
    assert pa.decoy is None, text
    assert pa.signals["cctv_info"]
