"""Attempts to break the web application: each must be refused, and refused before any harm."""

from __future__ import annotations

from sqlalchemy import func, select

from conftest import GSS, PASSWORD, csrf_from, sign_in


def _count(app, model) -> int:
    with app.extensions["cctv_db"].session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_host_outside_the_register_is_refused_before_any_connection(app) -> None:
    from crawler.storage.models import SelfCheck

    client = app.test_client()
    token = csrf_from(client.get("/check").get_data(as_text=True))
    for url in (
        "http://example.com/",
        "https://127.0.0.1.nip.io/",
        "http://10.0.0.1/",
        "http://127.0.0.1:1/admin",
        "javascript:alert(1)",
        "x" * 600,
    ):
        resp = client.post("/check", data={"url": url, "csrf_token": token})
        assert resp.status_code == 400, url
        assert "check-error" in resp.get_data(as_text=True)
    assert _count(app, SelfCheck) == 0
    assert app.extensions["cctv_jobs"]._pool is None, "no job may start for a refused host"


def test_forms_without_a_csrf_token_are_refused(app, audited) -> None:
    from crawler.storage.models import Dispute, Review, SelfCheck

    client = app.test_client()
    site = audited["site"].url
    assert client.post("/check", data={"url": site}).status_code == 400
    assert client.post("/login", data={"name": "rita", "password": PASSWORD}).status_code == 400
    assert client.post(f"/la/{GSS}/dispute", data={"url": site + "cctv", "note": "x"}).status_code == 400
    assert client.post("/check", data={"url": site, "csrf_token": "forged"}).status_code == 400
    sign_in(client)
    assert client.post(f"/review/{GSS}/5.1", data={"action": "confirm"}).status_code == 400
    assert client.post("/logout").status_code == 400
    assert _count(app, SelfCheck) == _count(app, Review) == _count(app, Dispute) == 0


def test_review_routes_refuse_strangers(app) -> None:
    from crawler.storage.models import Review

    client = app.test_client()
    for path in ("/review", f"/review/{GSS}/5.1", "/review?show=all"):
        resp = client.get(path)
        assert resp.status_code in (302, 401), path
        assert "/login" in resp.headers.get("Location", "/login")
    token = csrf_from(client.get("/check").get_data(as_text=True))
    resp = client.post(f"/review/{GSS}/5.1", data={"action": "confirm", "csrf_token": token})
    assert resp.status_code in (302, 401)
    assert client.post("/review/disputes/1", data={"resolution": "x", "csrf_token": token}).status_code in (302, 401)
    client.set_cookie("cctv_audit_session", "forged.session.value")
    assert client.get("/review").status_code in (302, 401)
    assert _count(app, Review) == 0


def test_a_wrong_password_is_refused_and_logged(app) -> None:
    from crawler.storage.models import AuditEvent, User

    client = app.test_client()
    resp = sign_in(client, password="not the password at all")
    assert resp.status_code == 401 and "not right" in resp.get_data(as_text=True)
    assert sign_in(client, name="nobody").status_code == 401
    assert client.get("/review").status_code in (302, 401)
    assert sign_in(client).status_code == 303
    assert client.get("/review").status_code == 200
    with app.extensions["cctv_db"].session() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
        stored = s.scalar(select(User.password_hash).where(User.name == "rita"))
    assert actions == ["sign_in_failed", "sign_in_failed", "sign_in"]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_sign_in_is_rate_limited(app) -> None:
    client = app.test_client()
    codes = [sign_in(client, password="wrong wrong wrong").status_code for _ in range(12)]
    assert codes[:10] == [401] * 10
    assert codes[-1] == 429


def test_self_checks_are_rate_limited_per_client(audited) -> None:
    from crawler.web.app import WebConfig, create_app

    app = create_app(WebConfig(db_url=audited["db"], register=audited["register"], secure_cookies=False))
    client = app.test_client()
    token = csrf_from(client.get("/check").get_data(as_text=True))
    codes = [
        client.post("/check", data={"url": "http://example.com/", "csrf_token": token}).status_code for _ in range(3)
    ]
    assert codes == [400, 400, 429]
    app.extensions["cctv_db"].dispose()


def test_no_open_redirect_after_sign_in(app) -> None:
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"):
        client = app.test_client()
        token = csrf_from(client.get("/login").get_data(as_text=True))
        resp = client.post("/login", data={"name": "rita", "password": PASSWORD, "csrf_token": token, "next": target})
        assert resp.status_code == 303
        assert resp.headers["Location"] == "/review", target


def test_session_cookie_flags_and_security_headers(audited) -> None:
    from crawler.web.app import WebConfig, create_app

    app = create_app(
        WebConfig(db_url=audited["db"], register=audited["register"], secure_cookies=True, secret_key="k" * 32)
    )
    client = app.test_client()
    resp = client.get("/login")
    cookie = resp.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=Lax" in cookie
    assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"]
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    app.extensions["cctv_db"].dispose()


def test_oversized_posts_are_refused(app) -> None:
    client = app.test_client()
    token = csrf_from(client.get("/check").get_data(as_text=True))
    resp = client.post("/check", data={"url": "a" * 200_000, "csrf_token": token})
    assert resp.status_code == 413


def test_dispute_refuses_other_sites_and_escapes_what_it_shows(app, audited) -> None:
    from crawler.storage.models import Dispute

    client = app.test_client()
    page = client.get(f"/la/{GSS}.html").get_data(as_text=True)
    token = csrf_from(page)
    bad = client.post(
        f"/la/{GSS}/dispute",
        data={"url": "http://example.com/cctv", "note": "x", "deliverable": "5.1", "csrf_token": token},
    )
    assert bad.status_code == 400 and _count(app, Dispute) == 0
    payload = '<script>alert("x")</script>'
    resp = client.post(
        f"/la/{GSS}/dispute",
        data={
            "url": audited["site"].url + "community-safety/cctv",
            "note": payload,
            "deliverable": "5.3",
            "csrf_token": token,
        },
    )
    assert resp.status_code == 303 and resp.headers["Location"].startswith("/disputes/")
    sign_in(client)
    queue = client.get("/review").get_data(as_text=True)
    assert payload not in queue and "&lt;script&gt;" in queue


def test_a_self_check_runs_in_its_own_process_once_per_council_per_ten_minutes(app, audited) -> None:
    import time

    from crawler.storage.models import SelfCheck

    client = app.test_client()
    token = csrf_from(client.get("/check").get_data(as_text=True))
    first = client.post("/check", data={"gss_code": GSS, "csrf_token": token})
    assert first.status_code == 303
    second = client.post("/check", data={"url": audited["site"].url, "csrf_token": token})
    assert second.status_code == 303 and second.headers["Location"].endswith("?recent=1")
    assert second.headers["Location"].split("?")[0] == first.headers["Location"]
    assert _count(app, SelfCheck) == 1
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        page = client.get(first.headers["Location"]).get_data(as_text=True)
        if 'data-state="done"' in page or 'data-state="failed"' in page:
            break
        time.sleep(1)
    assert 'data-state="done"' in page, page[-2000:]
    assert "Testborough Borough Council" in page and "not an official audit run" in page
    with app.extensions["cctv_db"].session() as s:
        row = s.scalar(select(SelfCheck))
        assert row.result["authority"]["deliverables"]["5.3"]["status"] == "met"
        assert row.finished_at is not None
