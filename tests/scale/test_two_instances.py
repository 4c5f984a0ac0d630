"""Two stateless instances share sessions, rate limits, the cache, the database and the
task queue. See conftest.py for how the cluster is started."""

import re
import subprocess
import sys
import time
import urllib.request
import uuid

from tests.scale.conftest import form_fields


def _login(browser, url):
    browser.get(f"{url}/admin/login/")
    status, headers, _body = browser.post(
        f"{url}/admin/login/",
        {"username": "scale", "password": "scale-password-123", "next": "/admin/"},
    )
    assert status == 302, status
    assert headers["Location"] == "/admin/"


def test_a_login_on_instance_a_is_valid_on_instance_b(cluster, browser):
    status, _headers, _body = browser.get(f"{cluster.b}/admin/")
    assert status == 302  # not logged in yet
    _login(browser, cluster.a)
    status, _headers, body = browser.get(f"{cluster.b}/admin/")
    assert status == 200
    assert "scale" in body


def test_a_rate_limit_counts_requests_on_both_instances(cluster, browser):
    if time.time() % 60 > 50:  # keep the five requests inside one minute window
        time.sleep(61 - time.time() % 60)
    answers = [
        browser.post(f"{url}/scale-probe/limited/", {})[0]
        for url in [cluster.a, cluster.b, cluster.a, cluster.b, cluster.a, cluster.b]
    ]
    assert answers == [200, 200, 200, 200, 200, 429]
    status, headers, _body = browser.post(f"{cluster.a}/scale-probe/limited/", {})
    assert status == 429
    assert int(headers["Retry-After"]) <= 60


def test_a_page_invalidated_on_a_is_fresh_on_b(cluster, browser):
    key = uuid.uuid4().hex
    first = browser.get(f"{cluster.a}/scale-probe/page/{key}/")[2]
    assert browser.get(f"{cluster.b}/scale-probe/page/{key}/")[2] == first  # shared cache
    browser.post(f"{cluster.a}/scale-probe/page/{key}/", {})
    fresh = browser.get(f"{cluster.b}/scale-probe/page/{key}/")[2]
    assert fresh != first
    assert browser.get(f"{cluster.a}/scale-probe/page/{key}/")[2] == fresh


def _anonymous_get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers.get("X-Public-Cache", ""), response.read().decode()


def test_a_change_published_on_a_refreshes_the_cached_public_page_on_b(cluster, browser):
    """The portal's own page cache: the home page shows the office in its footer."""
    _anonymous_get(f"{cluster.b}/")
    hit, page = _anonymous_get(f"{cluster.b}/")
    assert hit == "hit"  # B serves the home page from the cache
    assert "Офис на Ленинском" not in page
    _login(browser, cluster.a)
    status, _headers, form = browser.get(f"{cluster.a}/admin/desk/office/")
    office_url = re.search(r'href="(/admin/desk/office/\d+/change/)"', form).group(1)
    form = browser.get(f"{cluster.a}{office_url}")[2]
    fields = [
        (name, "Офис на Ленинском" if name == "name" else value)
        for name, value in form_fields(form, "office_form")
    ]
    status, _headers, body = browser.post(f"{cluster.a}{office_url}", fields)
    assert status == 302, re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', body, re.S)
    deadline = time.monotonic() + 5
    while "Офис на Ленинском" not in _anonymous_get(f"{cluster.b}/")[1]:
        assert time.monotonic() < deadline, "B still serves the old page after 5 s"
        time.sleep(0.2)


def test_a_question_asked_on_a_appears_in_the_back_office_of_b(cluster, browser):
    status, _headers, form = browser.get(f"{cluster.a}/ask/")
    assert status == 200
    office = re.search(r'name="office"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="office"', form)
    office_pk = next(group for group in office.groups() if group) if office else ""
    if not office_pk:
        office_pk = re.search(r'<option value="(\d+)"', form).group(1)
    status, _headers, body = browser.post(
        f"{cluster.a}/ask/",
        {"office": office_pk, "question": "Как открыть кафе?", "token": str(uuid.uuid4())},
    )
    assert status == 200, body[:2000]
    reference = re.search(r'class="desk-reference">([^<]+)<', body).group(1).strip()
    _login(browser, cluster.b)
    status, _headers, changelist = browser.get(f"{cluster.b}/admin/desk/case/?q={reference}")
    assert status == 200
    assert reference in changelist


def test_two_task_workers_send_each_email_exactly_once(cluster):
    count = 30
    cluster.manage(
        "shell",
        "-c",
        "from tests.scale.tasks import send_probe_mail\n"
        f"for number in range({count}): send_probe_mail.enqueue(number)",
    )
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--batch",
                "--no-startup-delay",
                "--interval",
                "0.1",
            ],
            cwd=cluster.env["PYTHONPATH"],
            env=cluster.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for worker in workers:
        _out, errors = worker.communicate(timeout=90)
        assert worker.returncode == 0, errors
    mail = "".join(path.read_text() for path in cluster.mail_dir.glob("*"))
    subjects = re.findall(r"^Subject: scale probe (\d+)$", mail, flags=re.MULTILINE)
    assert sorted(map(int, subjects)) == list(range(count))


def test_a_case_taken_in_on_a_shows_at_once_in_the_queue_on_b(cluster, browser):
    """A case taken in on one instance is on every worker of the other's queue at the next
    request: nothing an instance keeps may hide it."""
    _login(browser, cluster.a)
    for url in (cluster.a, cluster.b):
        answers = [browser.get(f"{url}/desk/queue/") for _ in range(8)]
        assert all(status == 200 for status, _h, _b in answers)
    status, _headers, page = browser.get(f"{cluster.a}/desk/intake/")
    assert status == 200
    fields = [
        (name, value)
        for name, value in form_fields(page, "intake-form")
        if name not in ("question", "channel")
    ]
    fields += [("question", "Как зарегистрировать кафе?"), ("channel", "walk_in")]
    status, headers, body = browser.post(f"{cluster.a}/desk/intake/", fields)
    assert status == 302, body[:2000]
    case_path = headers["Location"]
    browser.get(f"{cluster.a}{case_path}")  # shows the "saved" message: no message waits
    assert not browser.cookies.get("messages")
    # Every worker of B answers with the new case.
    answers = [browser.get(f"{cluster.b}/desk/queue/") for _ in range(8)]
    assert all(status == 200 and f'href="{case_path}"' in body for status, _h, body in answers)
