"""The clerk's way through the workbench, in a real browser (headless Debian chromium).

Open the printed link → new workspace → upload the bundled Zhengdong CSVs (one teacher
named like an attack, one bad cell first: the problems table, then fix and retry) → the
year page → start a plan and watch its progress → the plan page → pin a teacher who moves
(必须留任) → re-plan near → what changed → edit by hand → the check → save → download
report.html, plan.xlsx and a notice. The steps share one server and one browser and run in
file order; each one needs the one before it.
"""
import csv
import io
import re
from pathlib import Path

import pytest
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.support.ui import Select

from conftest import ROOT

XSS = "<img src=x onerror=alert(1)>"
YEAR = "2025"


def waiting(part):
    """Only while a part's pages have not landed on `serve`: remove as they land."""
    return pytest.mark.xfail(strict=False, reason=f"waiting for {part}")


def roster_folder():
    for name in ("zhengdong", "luohe"):
        d = ROOT / "instances/csv" / name
        if (d / "teachers.csv").exists():
            return d
    raise AssertionError("no bundled CSV instance under instances/csv/")


def write_roster(folder, out, broken):
    """The bundled CSVs into `out`, the last teacher renamed to XSS; `broken` also puts a
    word where 本校任教年限 (a number) belongs in that row."""
    out.mkdir(parents=True, exist_ok=True)
    for f in folder.glob("*.csv"):
        (out / f.name).write_bytes(f.read_bytes())
    text = (folder / "teachers.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]

    def column(*names):
        return next(header.index(n) for n in names if n in header)
    rows[-1][column("姓名", "name")] = XSS
    if broken:
        rows[-1][column("本校任教年限", "本校年限", "在本校年限", "yearsAtSchool")] = "很多年"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (out / "teachers.csv").write_text(buf.getvalue(), encoding="utf-8-sig")
    return sorted(out.glob("*.csv")), len(rows)  # the broken row is line len(rows)


@pytest.fixture(scope="module")
def flow():
    class Flow:
        pass
    return Flow()


def no_injected_markup(clerk):
    assert not clerk.all('img[src="x"]'), f"the teacher's name became markup on {clerk.driver.current_url}"
    clerk.no_dialog()


def moves(solution):
    return {e["teacher"]: e["to"] for e in solution.get("exchanges", [])}


def solution_link(clerk):
    return next(a.get_attribute("href") for a in clerk.all("#downloads a")
                if a.get_attribute("href").endswith("solution.json"))


def wait_job_done(clerk, flow, name):
    """From a job page: its progress until the page goes on to the plan (on `done`); then
    the job page again, done, with its link to that plan."""
    job = clerk.wait_path(r"/w/\d+/jobs/\d+")
    states = set()

    def ended():
        if re.fullmatch(r"/w/\d+/plans/\d+", clerk.path()):
            return True
        try:
            state = clerk.one("#progress").get_attribute("data-state")
        except (NoSuchElementException, StaleElementReferenceException):
            return False
        states.add(state)
        return state in ("failed", "cancelled")
    clerk.wait(ended, 600, "the job did not end within 10 minutes")
    assert re.fullmatch(r"/w/\d+/plans/\d+", clerk.path()), f"the job ended {states}: {clerk.one('#progress').text}"
    plan = clerk.path()
    clerk.get(job)
    assert clerk.wait_css("#progress").get_attribute("data-state") == "done"
    assert clerk.one("a#job-result").get_attribute("href").endswith(plan)
    clerk.shot(f"{name}-job-done")
    clerk.get(plan)
    return plan


def test_01_link_signs_in_and_a_workspace_is_made(clerk, flow):
    clerk.driver.get(clerk.server.link)
    assert clerk.path() == "/", "the token is taken out of the address bar"
    assert "token=" not in clerk.driver.current_url
    clerk.shot("home")
    form = clerk.one("form#new-workspace")
    form.find_element("css selector", "input[name=name]").send_keys("郑东新区教育集团")
    form.find_element("css selector", "button").click()
    flow.ws = clerk.wait_path(r"/w/\d+")
    clerk.shot("workspace")
    assert "郑东新区教育集团" in clerk.one("h1").text


def test_02_import_shows_problems_then_the_fixed_files_import(clerk, flow, tmp_path):
    clerk.get(flow.ws)
    clerk.one('#workspace-actions a[href$="/import"]').click()
    clerk.wait_css("form#import-form")
    clerk.shot("import")
    files, bad_line = write_roster(roster_folder(), tmp_path / "broken", broken=True)
    clerk.one("input#files").send_keys("\n".join(str(f) for f in files))
    year = clerk.one("input[name=year]")
    year.clear()
    year.send_keys(YEAR)
    clerk.one("#import-submit").click()
    clerk.wait_css("table#import-problems tr.problem", 60)
    problems = clerk.one("table#import-problems").text
    assert "teachers.csv" in problems and str(bad_line) in problems, f"no problem at teachers.csv row {bad_line}: {problems}"
    no_injected_markup(clerk)
    clerk.shot("import-problems", allow_status=(422, 400))

    clerk.get(flow.ws + "/import")
    clerk.wait_css("form#import-form")
    files, _ = write_roster(roster_folder(), tmp_path / "fixed", broken=False)
    clerk.one("input#files").send_keys("\n".join(str(f) for f in files))
    year = clerk.one("input[name=year]")
    year.clear()
    year.send_keys(YEAR)
    clerk.one("#import-submit").click()
    flow.year = clerk.wait_path(rf"{flow.ws}/years/{YEAR}", 60)
    no_injected_markup(clerk)
    clerk.shot("year")
    for css in ("#plan-form button#plan-start", "#policy-link", "#compare-link", "#horizon-link"):
        assert clerk.all(css), f"the year page has no {css}"


def test_03_plan_with_live_progress(clerk, flow):
    clerk.get(flow.year)
    clerk.one("#plan-form button#plan-start").click()
    flow.plan = wait_job_done(clerk, flow, "plan")
    clerk.wait_css("#plan-status")
    assert clerk.one("#plan-status").text.strip()
    assert clerk.all("#teachers tr[data-teacher]"), "the plan page lists no teacher"
    names = [td.text for td in clerk.all("#teachers tr[data-teacher] td")]
    assert XSS in names or any(XSS in n for n in names), "the teacher named like markup shows as text"
    no_injected_markup(clerk)
    clerk.shot("plan")
    flow.solution = clerk.fetch_json(solution_link(clerk))
    assert moves(flow.solution), "the first plan moves no teacher"


def test_04_pin_a_teacher_who_moves_and_replan_near(clerk, flow):
    clerk.get(flow.plan)
    moved = moves(flow.solution)
    rows = [r for r in clerk.all("#teachers tr[data-teacher]") if r.get_attribute("data-teacher") in moved]
    assert rows, "no row of a teacher who moves"
    row = rows[0]
    flow.pinned = row.get_attribute("data-teacher")
    row.find_element("css selector", "button.pin-button").click()
    dialog = clerk.wait_css("dialog#pin-dialog[open]")
    Select(dialog.find_element("css selector", "select[name=rule]")).select_by_value("must-stay")
    clerk.shot("pin-dialog")
    dialog.find_element("css selector", "#pin-save").click()
    clerk.wait(lambda: not clerk.all("dialog#pin-dialog[open]"), 30, "the pin dialog stays open")
    clerk.get(flow.year)
    pins = [li.text for li in clerk.all("#pins li")]
    assert any(flow.pinned in p for p in pins) or len(pins) == 1, f"the pin is not on the year page: {pins}"
    clerk.shot("year-pinned")

    clerk.get(flow.plan)
    clerk.wait_css("#replan").click()
    flow.near = wait_job_done(clerk, flow, "replan")
    assert flow.near != flow.plan, "re-planning made a new plan version"
    changes = clerk.wait_css("#changes")
    assert changes.text.strip(), "the near plan says what changed"
    clerk.shot("plan-near")
    near = clerk.fetch_json(solution_link(clerk))
    assert flow.pinned not in moves(near), f"{flow.pinned} is pinned to stay but moves"
    flow.solution = near


def test_05_edit_by_hand_is_checked_then_saved(clerk, flow):
    clerk.get(flow.near)
    clerk.wait_css("#edit-link").click()
    clerk.wait_css("tr[data-teacher] select.destination")
    before = moves(flow.solution)
    checked = clerk.one("#check-result").text
    chosen = None
    for row in clerk.all("tr[data-teacher]"):
        teacher = row.get_attribute("data-teacher")
        selects = row.find_elements("css selector", "select.destination")
        if teacher == flow.pinned or not selects or len(Select(selects[0]).options) < 2:
            continue
        s = Select(selects[0])
        current = s.first_selected_option.get_attribute("value")
        other = next(o.get_attribute("value") for o in s.options if o.get_attribute("value") != current)
        s.select_by_value(other)
        chosen = (teacher, current, other)
        break
    assert chosen, "no teacher whose destination can be changed"
    flow.edited = chosen[0]
    clerk.wait(lambda: clerk.one("#check-result").text != checked, 30, "the edit is not checked")
    assert clerk.one("#check-result #distance").text.strip(), "the check says how far from the optimum"
    clerk.shot("edit-checked")
    violations = [li.text for li in clerk.all("#check-result #violations li")]
    assert all(len(v.strip()) > 10 for v in violations), f"every violation is a sentence: {violations}"
    if clerk.one("#check-result").get_attribute("data-holds") != "true":
        assert violations, "an edit that does not hold names its violations"
        clerk.one("#save-anyway").click()
    clerk.one("#edit-save").click()
    flow.edit = clerk.wait_path(r"/w/\d+/plans/\d+")
    assert flow.edit not in (flow.plan, flow.near)
    clerk.wait_css("#plan-status")
    clerk.shot("plan-edited")
    after = moves(clerk.fetch_json(solution_link(clerk)))
    assert after.get(flow.edited) != before.get(flow.edited), f"the saved plan keeps {flow.edited} where it was"


def test_06_downloads_come_back_whole(clerk, flow):
    clerk.get(flow.edit)
    links = [a.get_attribute("href") for a in clerk.all("#downloads a")]
    report = next(h for h in links if h.endswith("report.html"))
    notice = next(h for h in links if "/notices/" in h)
    workbook = next(h for h in links if h.endswith("plan.xlsx"))
    for url, start in ((report, b"<!doctype html"), (notice, b"<!doctype html")):
        status, headers, body = clerk.fetch(url)
        assert status == 200 and body.lstrip()[:14].lower() == start, f"{url}: {status} {body[:80]!r}"
        assert len(body) > 1000, f"{url}: only {len(body)} bytes"
    status, headers, body = clerk.fetch(workbook)
    assert status == 200 and body[:2] == b"PK", f"{workbook} is not a workbook"
    clerk.get(report)
    clerk.shot("report")
    clerk.get(notice)
    clerk.shot("notice")


def test_07_english_switch(clerk, flow):
    clerk.get(flow.edit)
    clerk.one("#lang-switch").click()
    clerk.wait(lambda: clerk.driver.find_element("css selector", "html").get_attribute("lang") == "en", 10)
    assert re.fullmatch(r"/w/\d+/plans/\d+", clerk.path())
    clerk.shot("plan-english")
    clerk.one("#lang-switch").click()


def test_98_without_the_session_a_page_asks_to_sign_in(clerk, flow):
    clerk.driver.delete_all_cookies()
    clerk.get(flow.ws)
    assert clerk.wait_css("#error").get_attribute("data-status") == "401"
    clerk.shot("signed-out", allow_status=(401,))
    clerk.driver.get(clerk.server.link)
    clerk.get(flow.ws)
    assert clerk.path() == flow.ws and not clerk.all("#error"), "the printed link signs in again"


def test_99_every_page_fits_a_phone(clerk):
    assert clerk.shots > 0
    assert not clerk.overflow, f"pages wider than {390} px (tables scroll inside .wrap): {clerk.overflow}"
