"""The register loader: the shipped register, and every kind of bad line reported with its number."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.errors import RegisterError
from crawler.register import load_register, parse_register, select

HEADER = "gss_code,name,nation,type,region,website,police_force\n"


def test_shipped_register_loads_all_339_authorities() -> None:
    las = load_register()
    assert len(las) == 339
    assert {a.nation for a in las} == {"England", "Wales"}
    assert sum(a.nation == "Wales" for a in las) == 22
    hartlepool = next(a for a in las if a.gss_code == "E06000001")
    assert hartlepool.police_force == "Cleveland"
    assert hartlepool.website == "https://www.hartlepool.gov.uk/"
    # the one name with a comma survives the CSV quoting
    assert any("," in a.name for a in las)


def test_optional_columns_may_be_missing() -> None:
    las = parse_register("gss_code,name,website\nX1,Test Council,http://127.0.0.1:8101/\n")
    assert las[0].nation is None and las[0].police_force is None
    assert las[0].website == "http://127.0.0.1:8101/"


@pytest.mark.parametrize(
    "rows, expected",
    [
        ("E1,A,England,,,ftp://a.gov.uk/,X\n", "line 2: website must be an absolute http(s) URL"),
        ("E1,A,England,,,www.a.gov.uk,X\n", "line 2: website must be an absolute http(s) URL"),
        (
            "E1,A,England,,,https://a.gov.uk/,X\nE1,B,England,,,https://b.gov.uk/,X\n",
            "line 3: duplicate gss_code E1 (first on line 2)",
        ),
        ("E1,A,Scotland,,,https://a.gov.uk/,X\n", "line 2: unknown nation 'Scotland'"),
        ("E1,,England,,,https://a.gov.uk/,X\n", "line 2: empty name"),
        ("E1,A,England,,,https://a.gov.uk/,X,extra\n", "line 2: more fields than the header has"),
    ],
)
def test_bad_rows_are_named_by_line(rows: str, expected: str) -> None:
    with pytest.raises(RegisterError) as err:
        parse_register(HEADER + rows, source="bad.csv")
    message = str(err.value)
    assert expected in message
    assert "\n" not in message


def test_every_problem_is_reported_at_once() -> None:
    text = (
        HEADER + "E1,A,England,,,https://a.gov.uk/,X\nE2,B,Mars,,,https://b.gov.uk/,X\nE3,C,England,,,gopher://c/,X\n"
    )
    with pytest.raises(RegisterError) as err:
        parse_register(text, source="bad.csv")
    assert "2 bad line(s)" in str(err.value)
    assert "line 3" in str(err.value) and "line 4" in str(err.value)


def test_missing_required_column() -> None:
    with pytest.raises(RegisterError, match="missing required column\\(s\\): website"):
        parse_register("gss_code,name\nE1,A\n")


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="not found"):
        load_register(tmp_path / "nope.csv")
    p = tmp_path / "latin1.csv"
    p.write_bytes(HEADER.encode() + "E1,Ynys M\xf4n,Wales,,,https://a.gov.uk/,X\n".encode("latin-1"))
    with pytest.raises(RegisterError, match="line 2: not UTF-8"):
        load_register(p)


def test_select_only_codes() -> None:
    las = load_register()
    picked = select(las, ["W06000001", "E06000001"])
    assert [a.gss_code for a in picked] == ["W06000001", "E06000001"]
    with pytest.raises(RegisterError, match="not in the register: ZZZ"):
        select(las, ["ZZZ"])
