"""The review desk driven as a person uses it: a real (headless) Chromium through login, review, edit, accept by
keyboard, undo, merge and export, and proof that a hostile page's script never runs.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and Selenium; skipped, with the
reason, where they are missing. ``SITREP_SCREENSHOTS=docs`` also saves the main pages' screenshots there.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the review desk needs the web extra: pip install 'sitrep[web]'")
webdriver = pytest.importorskip("selenium.webdriver", reason="Selenium is not installed: pip install selenium")

import uvicorn  # noqa: E402
from selenium.common.exceptions import (  # noqa: E402
    NoSuchElementException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

import sitrep  # noqa: E402
from hostile_pages import CORPUS, HOSTILE, HOSTILE_TEXT  # noqa: E402
from sitrep.server import create_app  # noqa: E402
from sitrep.server.auth import add_user  # noqa: E402
from sitrep.store import Store  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="no browser: install Debian's chromium and chromium-driver "
                                       "(apt-get install -y chromium chromium-driver)")
SHOTS = os.environ.get("SITREP_SCREENSHOTS")
NAVIGATING = (NoSuchElementException, StaleElementReferenceException, WebDriverException)
"""What reading a page raises while the browser is still leaving it for the next one (a form posted, a redirect).
Chrome sometimes reports an element of the page being left not as stale but as an 'unknown error: Node with given
id does not belong to the document'; a wait retries on it as on a stale element, and still fails at its timeout."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    folder = tmp_path_factory.mktemp("e2e")
    (folder / "in").mkdir()
    (folder / "in" / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    (folder / "in" / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    db = folder / "desk.duckdb"
    sitrep.ingest([str(CORPUS), str(folder / "in")], db=str(db))
    with Store(db) as store:
        key = add_user(store, "ana", "reviewer")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", key
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(argument)
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def press(driver: object, key: str) -> None:
    """A key pressed on the page, as a person would (not typed into a field)."""
    webdriver.ActionChains(driver).send_keys(key).perform()


def shot(driver: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(SHOTS) / f"review-{name}.png"))  # type: ignore[attr-defined]


def test_a_reviewer_logs_in_reviews_edits_accepts_undoes_merges_and_exports(site: tuple[str, str],
                                                                              browser: object) -> None:
    url, key = site
    d = browser  # type: ignore[assignment]
    d.get(url + "/")  # type: ignore[attr-defined]
    assert "/login" in d.current_url  # type: ignore[attr-defined]
    shot(d, "login")
    d.find_element(By.ID, "name").send_keys("ana")  # type: ignore[attr-defined]
    d.find_element(By.ID, "key").send_keys(key)  # type: ignore[attr-defined]
    d.find_element(By.ID, "login").click()  # type: ignore[attr-defined]
    WebDriverWait(d, 20, ignored_exceptions=NAVIGATING).until(
        lambda b: b.find_element(By.TAG_NAME, "h1").text.startswith("Review queue"))
    shot(d, "queue")

    # Keyboard: j moves down the queue, Enter opens the record.
    d.get(url + "/?kind=event")  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "#queue tr.item.current")  # type: ignore[attr-defined]
    press(d, "j")
    press(d, Keys.ENTER)
    WebDriverWait(d, 20).until(lambda b: "/records/event/" in b.current_url)
    record_url = d.current_url  # type: ignore[attr-defined]
    assert d.find_elements(By.CSS_SELECTOR, "#text mark")  # type: ignore[attr-defined]

    # Edit a field with a reason; the page shows the new value and the log row.
    Select(d.find_element(By.ID, "field")).select_by_value("actor1")  # type: ignore[attr-defined]
    value = d.find_element(By.ID, "value")  # type: ignore[attr-defined]
    value.clear()
    value.send_keys("Edited Front")
    d.find_element(By.ID, "why").send_keys("named in the second sentence")  # type: ignore[attr-defined]
    d.find_element(By.ID, "save").click()  # type: ignore[attr-defined]
    # The form posts and the browser follows the redirect: wait for the new page rather than read the old one.
    WebDriverWait(d, 20, ignored_exceptions=NAVIGATING).until(
        lambda b: b.find_element(By.CSS_SELECTOR, 'tr[data-field="actor1"] td.value').text == "Edited Front")
    WebDriverWait(d, 20, ignored_exceptions=NAVIGATING).until(
        lambda b: "named in the second sentence" in b.find_element(By.ID, "history").text)
    shot(d, "record")

    # Accept with the keyboard: the desk moves on to the next record; this one is accepted.
    press(d, "a")
    WebDriverWait(d, 20).until(lambda b: b.current_url != record_url)
    d.get(record_url)  # type: ignore[attr-defined]
    assert d.find_element(By.ID, "state").text == "accepted"  # type: ignore[attr-defined]

    # Undo the acceptance: back to edited, and the undone row is struck through.
    d.find_element(By.CSS_SELECTOR, "#history button.undo").click()  # type: ignore[attr-defined]
    # The click posts a form and the browser follows the redirect: wait for the new page, not the old one.
    WebDriverWait(d, 20, ignored_exceptions=NAVIGATING).until(lambda b: b.find_element(By.ID, "state").text == "edited")
    assert d.find_elements(By.CSS_SELECTOR, "#history tr.undone")  # type: ignore[attr-defined]

    # Merge two incidents from the incidents page.
    d.get(url + "/incidents")  # type: ignore[attr-defined]
    shot(d, "incidents")
    links = [a.text for a in d.find_elements(By.CSS_SELECTOR, "#incidents td:nth-child(2) a")]  # type: ignore[attr-defined]
    d.get(f"{url}/incidents/{links[0]}")  # type: ignore[attr-defined]
    before = len(d.find_elements(By.CSS_SELECTOR, "#sources tbody tr"))  # type: ignore[attr-defined]
    d.find_element(By.ID, "merge-ids").send_keys(links[1])  # type: ignore[attr-defined]
    d.find_element(By.ID, "merge").click()  # type: ignore[attr-defined]
    WebDriverWait(d, 20, ignored_exceptions=NAVIGATING).until(
        lambda b: len(b.find_elements(By.CSS_SELECTOR, "#sources tbody tr")) > before)

    # Export the log: the CSV holds the edit, the accept, the undo and the merge.
    d.get(url + "/log")  # type: ignore[attr-defined]
    shot(d, "log")
    exported = d.execute_async_script(  # type: ignore[attr-defined]
        "const done = arguments[0]; fetch('/log.csv').then(r => r.text()).then(done);")
    for action in (",edit,", ",accept,", ",undo,", ",merge,"):
        assert action in exported


def test_a_hostile_pages_script_never_runs(site: tuple[str, str], browser: object) -> None:
    url, key = site
    d = browser  # type: ignore[assignment]
    d.get(url + "/login")  # type: ignore[attr-defined]
    if d.find_elements(By.ID, "name"):  # type: ignore[attr-defined]
        d.find_element(By.ID, "name").send_keys("ana")  # type: ignore[attr-defined]
        d.find_element(By.ID, "key").send_keys(key)  # type: ignore[attr-defined]
        d.find_element(By.ID, "login").click()  # type: ignore[attr-defined]
        WebDriverWait(d, 20).until(lambda b: "/login" not in b.current_url)  # the session cookie is set
    d.get(url + "/?kind=event&show=all")  # type: ignore[attr-defined]
    hrefs = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "#queue a")]  # type: ignore[attr-defined]
    hostile = None
    for href in hrefs:
        d.get(href)  # type: ignore[attr-defined]
        if "onerror" in d.find_element(By.ID, "text").text:  # type: ignore[attr-defined]
            hostile = href
            break
    assert hostile, "the hostile page's event should be in the queue"
    assert "<script>" not in d.page_source.split('id="text"')[1].split("</div>")[0]  # type: ignore[attr-defined]
    assert d.execute_script("return window.pwned === undefined")  # type: ignore[attr-defined]
    for page in ("/", "/incidents", "/log"):
        d.get(url + page)  # type: ignore[attr-defined]
        assert d.execute_script("return window.pwned === undefined"), page  # type: ignore[attr-defined]
