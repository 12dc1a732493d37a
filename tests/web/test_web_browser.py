"""The web application in a real browser: Debian's chromium driven by Selenium (chromium-driver).

Runs whenever /usr/bin/chromium and /usr/bin/chromedriver exist (.ci/run installs both). The
server is `cctv-audit serve` itself, on loopback, on the database of a real audit of a
hand-written council site.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import GSS, PASSWORD

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and DRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(audited: dict) -> Iterator[str]:
    port = _free_port()
    log = open(audited["tmp"] / "serve.log", "w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crawler",
            "serve",
            "--db",
            audited["db"],
            "--register",
            audited["register"],
            "--port",
            str(port),
            "--no-secure-cookies",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=audited["tmp"],
        start_new_session=True,  # its own process group: the self-check workers it spawns go with it
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail((audited["tmp"] / "serve.log").read_text())
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    with contextlib.suppress(ProcessLookupError):  # no process of the group is left: nothing to end
        os.killpg(proc.pid, signal.SIGTERM)
    log.close()


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """One chromium for the module (starting one takes seconds); ``browser`` wipes it per test."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        f"--user-data-dir={tmp_path_factory.mktemp('profile')}",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def browser(chromium) -> Iterator:
    """The module's chromium as a fresh one: a blank page and no cookies (each test's server has
    its own port, so its origin's storage is new; cookies are per host, so they are cleared)."""
    chromium.get("about:blank")
    chromium.execute_cdp_cmd("Network.clearBrowserCookies", {})
    assert chromium.get_cookies() == []
    yield chromium


def _wait_for(driver, predicate, timeout: float = 120.0) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout, poll_frequency=0.5).until(lambda d: predicate(d))


def test_a_council_checks_itself_from_the_form_to_the_scorecard(server: str, browser, audited: dict) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/check")
    browser.find_element(By.ID, "check-url").send_keys(audited["site"].url)
    started = time.monotonic()
    browser.find_element(By.ID, "start-check").click()
    _wait_for(browser, lambda d: d.find_element(By.ID, "check-state").get_attribute("data-state") in ("done", "failed"))
    assert browser.find_element(By.ID, "check-state").get_attribute("data-state") == "done"
    assert time.monotonic() - started < 90, "a self-check should take about a minute at most"
    assert browser.find_element(By.ID, "scorecard").text == "Verdicts"
    assert "What to publish next" in browser.page_source and "Testborough Borough Council" in browser.page_source


def test_a_reviewer_overrides_and_the_report_shows_it(server: str, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(server + "/review")
    assert "/login" in browser.current_url
    browser.find_element(By.ID, "login-name").send_keys("rita")
    browser.find_element(By.ID, "login-password").send_keys(PASSWORD)
    browser.find_element(By.ID, "sign-in").click()
    _wait_for(browser, lambda d: d.current_url.endswith("/review"), 30)
    browser.find_element(By.CSS_SELECTOR, f'a[href="/review/{GSS}/5.2"]').click()
    Select(browser.find_element(By.ID, "to-status")).select_by_value("met")
    browser.find_element(By.ID, "reason").send_keys("The compliance mark sits beside the CCTV text")
    browser.find_element(By.ID, "evidence-url").send_keys("http://127.0.0.1/community-safety/cctv")
    browser.find_element(By.ID, "override").click()
    _wait_for(browser, lambda d: d.current_url.endswith("/review"), 30)
    browser.get(server + f"/la/{GSS}.html")
    reviewed = browser.find_element(By.ID, "reviewed-d5_2").text
    assert "The compliance mark sits beside the CCTV text" in reviewed


def test_a_council_reply_reaches_the_review_queue(server: str, browser, audited: dict) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + f"/la/{GSS}.html")
    browser.find_element(By.ID, "dispute-url").send_keys(audited["site"].url + "community-safety/cctv")
    browser.find_element(By.ID, "dispute-note").send_keys("Our SPOC is named on this page")
    browser.find_element(By.CSS_SELECTOR, "form[action$='/dispute'] button").click()
    _wait_for(browser, lambda d: "/disputes/" in d.current_url, 30)
    _wait_for(
        browser,
        lambda d: "waiting for a reviewer" in d.find_element(By.ID, "dispute-state").text or (d.refresh() and False),
        60,
    )
    browser.get(server + "/login")
    browser.find_element(By.ID, "login-name").send_keys("rita")
    browser.find_element(By.ID, "login-password").send_keys(PASSWORD)
    browser.find_element(By.ID, "sign-in").click()
    _wait_for(browser, lambda d: d.current_url.endswith("/review"), 30)
    item = browser.find_element(By.CSS_SELECTOR, "li.app-dispute").text
    assert "Our SPOC is named on this page" in item and GSS in item
