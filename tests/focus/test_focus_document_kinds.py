"""OpenDocument and RTF downloads are counted as documents by the spider, by their type or their file name."""

from __future__ import annotations

from scrapy.http import Response

from spiders.audit import _kind


def test_odt_and_rtf_are_documents() -> None:
    odt = Response(
        "https://www.anytown.gov.uk/download/4410", headers={"Content-Type": "application/vnd.oasis.opendocument.text"}
    )
    rtf = Response(
        "https://www.anytown.gov.uk/files/hire-terms.RTF", headers={"Content-Type": "application/octet-stream"}
    )
    page = Response("https://www.anytown.gov.uk/cctv", headers={"Content-Type": "text/html; charset=utf-8"})
    assert (_kind(odt), _kind(rtf), _kind(page)) == ("document", "document", "page")
