"""The served pages are the report's pages: each renders from the database, reviews included."""

from __future__ import annotations

from conftest import GSS


def test_every_report_page_is_served(app) -> None:
    client = app.test_client()
    for page in ("index", "authorities", "missing", "forces", "trend", "method", "map"):
        resp = client.get(f"/{page}.html")
        assert resp.status_code == 200, page
        assert "Find a council" in resp.get_data(as_text=True), "served pages carry the app's navigation"
    method = client.get("/method.html").get_data(as_text=True)
    assert 'id="agreement-none"' in method
    la = client.get(f"/la/{GSS}.html").get_data(as_text=True)
    assert "Dispute this finding" in la and "Testborough Borough Council" in la
    assert client.get("/findings.csv").headers["Content-Type"].startswith("text/csv")
    assert client.get("/nothing.html").status_code == 404
    assert client.get("/static/app.css").status_code == 200
