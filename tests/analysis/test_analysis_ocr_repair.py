"""A scanned agreement whose OCR text layer reads letters as digits (held-back web 206's Chorley: "S1gned for and on
beha1f of Lancashire Constabu1ary", 5.5 partial at ce173d8): the words are read as printed, codes and numbers are left,
and a text with only one such word is no OCR layer. The passages are written for this test."""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.ocr_repair import repair
from analysis.page import analyse
from analysis.text import extract
from fixtures.heldback.kit import pdf_bytes


def test_digits_read_for_letters_are_read_back_and_codes_are_left() -> None:
    scanned = (
        "CCTV INF0RMATI0N SHAR1NG PR0TOCOL\nS1gned for and on beha1f of Devon and Cornwa11 Po1ice: Ch1ef Inspector"
        " R. 0sei, 14/06/2023. Ref SW1A 2AA, v1.0, 21st May, form SAR1, 2015."
    )
    fixed, n = repair(scanned)
    assert n >= 8
    assert fixed.startswith("CCTV INFORMATION SHARING PROTOCOL\nSigned for and on behalf of Devon and Cornwall Police")
    assert "Chief Inspector R. Osei, 14/06/2023" in fixed
    assert "SW1A 2AA, v1.0, 21st May" in fixed and fixed.endswith("2015.")
    assert len(fixed) == len(scanned)  # every character keeps its place
    assert repair("Please use form SAR1 for a request.") == ("Please use form SAR1 for a request.", 0)


def test_a_scanned_agreement_with_an_ocr_layer_is_read_as_signed() -> None:
    ctx = AuthorityContext("Anytown Borough Council", "https://www.anytown.gov.uk/", "Devon & Cornwall", "England")
    lines = [
        "CCTV INF0RMATI0N SHAR1NG PR0TOCOL",
        "Anytown Borough Counci1 and Devon and Cornwa11 Po1ice",
        "1. Purp0se. This protoco1 sets out how recorded images are requested and re1eased to the po1ice.",
        "S1gned for and on beha1f of Anytown Borough Counci1: P. Moss, Director of P1ace, 02/05/2024",
        "S1gned for and on beha1f of Devon and Cornwa11 Po1ice: Ch1ef Inspector R. 0sei, 09/05/2024",
    ]
    body = pdf_bytes("Scan_20240509_1012", lines, "Scanner")
    doc = extract(body, "https://www.anytown.gov.uk/media/docs/Scan_20240509_1012.pdf", "application/pdf")
    assert any("OCR" in w for w in doc.warnings)
    (agreement,) = analyse(doc, ctx).sla
    assert agreement["signed"] and agreement["force"]
