"""Fixtures of the workbench's browser tests (docs/serve.md, "Tests in a real browser").

The swift build has already made .build/debug/rotaplan (ROTAPLAN_BIN overrides it); these
fixtures build nothing. `server` starts `rotaplan serve --port 0 --data TMP` and reads the
sign-in link from its stdout; `clerk` is headless Debian chromium driven through Debian's
chromedriver (both paths set explicitly, so Selenium Manager never looks on the network),
1280x900, with every page it visits screenshot at 1280 and at 390 px (a phone) under
.build/browser-artifacts/. Every page is checked for JS console errors and for requests to
any host other than 127.0.0.1.
"""
import json
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin, urlparse

import pytest

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager: never the network

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("ROTAPLAN_BIN", ROOT / ".build/debug/rotaplan"))
ARTIFACTS = Path(os.environ.get("ROTAPLAN_BROWSER_ARTIFACTS", ROOT / ".build/browser-artifacts"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
WIDE, PHONE = (1280, 900), (390, 844)
LINK = re.compile(r"(http://127\.0\.0\.1:\d+)/\?token=([A-Za-z0-9_\-]+)")


@pytest.fixture(scope="session")
def artifacts():
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def server(artifacts):
    assert BIN.exists(), f"{BIN} is missing: run swift build first"
    data = Path(tempfile.mkdtemp(prefix="rotaplan-browser-"))
    log = open(artifacts / "server.log", "wb")
    proc = subprocess.Popen([str(BIN), "serve", "--port", "0", "--data", str(data / "data")],
                            stdout=subprocess.PIPE, stderr=log)
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    line = proc.stdout.readline().decode() if ready else ""
    match = LINK.search(line)
    if not match:
        proc.kill()
        pytest.fail(f"rotaplan serve printed no sign-in link: {line!r}")
    yield SimpleNamespace(base=match.group(1), link=match.group(0), data=data / "data", proc=proc)
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()
    shutil.rmtree(data, ignore_errors=True)


class Clerk:
    """The browser, as the clerk uses it, with the checks every page gets."""

    def __init__(self, driver, server, artifacts):
        self.driver, self.server, self.artifacts = driver, server, artifacts
        self.requests = []      # every URL the browser asked for
        self.overflow = []      # pages wider than the phone
        self.shots = 0

    # -- navigation and elements
    def get(self, path):
        self.driver.get(urljoin(self.server.base, path))

    def path(self):
        return urlparse(self.driver.current_url).path

    def one(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def wait(self, predicate, timeout=30, message=""):
        return WebDriverWait(self.driver, timeout, poll_frequency=0.2).until(lambda d: predicate(), message)

    def wait_css(self, css, timeout=30):
        return self.wait(lambda: self.all(css), timeout, f"no {css} on {self.driver.current_url}")[0]

    def wait_path(self, pattern, timeout=30):
        self.wait(lambda: re.fullmatch(pattern, self.path()), timeout,
                  f"expected a page {pattern}, still on {self.driver.current_url}")
        return self.path()

    # -- downloads with the session cookie
    def fetch(self, url):
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        req = urllib.request.Request(urljoin(self.driver.current_url, url), headers={"Cookie": cookies})
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()

    def fetch_json(self, url):
        status, _, body = self.fetch(url)
        assert status == 200, f"{url}: {status}"
        return json.loads(body)

    # -- the checks of every page
    def no_dialog(self):
        try:
            text = self.driver.switch_to.alert.text
        except NoAlertPresentException:
            return
        pytest.fail(f"a JavaScript dialog was raised on {self.driver.current_url}: {text!r}")

    def clean(self, allow_status=()):
        """No console error (an expected HTTP status of the page itself may be allowed), no
        request to a host other than 127.0.0.1."""
        errors = []
        for e in self.driver.get_log("browser"):
            if e["level"] != "SEVERE":
                continue
            if any(f"status of {s}" in e["message"] for s in allow_status):
                continue
            errors.append(e["message"])
        assert not errors, f"console errors on {self.driver.current_url}: {errors}"
        outside = []
        for entry in self.driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg.get("method") != "Network.requestWillBeSent":
                continue
            url = msg["params"]["request"]["url"]
            self.requests.append(url)
            u = urlparse(url)
            if u.scheme in ("data", "blob", "about"):
                continue
            if u.hostname != "127.0.0.1":
                outside.append(url)
        assert not outside, f"requests to other hosts from {self.driver.current_url}: {outside}"

    def drain(self):
        """Forgets the logs so far (what a failed step left must not fail the next)."""
        self.driver.get_log("browser")
        self.driver.get_log("performance")

    def shot(self, name, allow_status=()):
        """Screenshots at 1280 and at 390 px, then the checks."""
        self.shots += 1
        stem = f"{self.shots:02d}-{name}"
        self.driver.save_screenshot(str(self.artifacts / f"{stem}-1280.png"))
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 2, "mobile": True})
        try:
            wide = self.driver.execute_script("return document.documentElement.scrollWidth")
            if wide > PHONE[0] + 1:
                self.overflow.append(f"{stem}: {wide} px")
            self.driver.save_screenshot(str(self.artifacts / f"{stem}-390.png"))
        finally:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.no_dialog()
        self.clean(allow_status)


@pytest.fixture(autouse=True)
def fresh_logs(request):
    if "clerk" in request.fixturenames:
        request.getfixturevalue("clerk").drain()


@pytest.fixture(scope="session")
def clerk(server, artifacts):
    options = Options()
    options.binary_location = CHROMIUM
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              f"--window-size={WIDE[0]},{WIDE[1]}", "--lang=zh-CN", "--hide-scrollbars",
              "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--disable-default-apps",
              "--disable-extensions", "--no-pings", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]:
        options.add_argument(a)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    options.set_capability("unhandledPromptBehavior", "ignore")  # a dialog stays for no_dialog to see
    service = Service(executable_path=CHROMEDRIVER, log_output=str(artifacts / "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    c = Clerk(driver, server, artifacts)
    yield c
    (artifacts / "requests.txt").write_text("\n".join(c.requests) + "\n")
    driver.quit()
