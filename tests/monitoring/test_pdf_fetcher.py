"""The PDF reports never reach beyond the project's own static files."""

import pytest

from monitoring.outputs.pdf import BASE_URL, StaticOnlyFetcher


def test_the_fetcher_serves_a_static_file():
    response = StaticOnlyFetcher()(f"{BASE_URL}static/monitoring/dashboards.css")

    assert b".dash-kpi" in response.read()
    assert response.content_type == "text/css"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/static/monitoring/dashboards.css",
        "http://report.invalid/static/monitoring/dashboards.css",
        "file:///etc/passwd",
        f"{BASE_URL}static/../../../../etc/passwd",
        f"{BASE_URL}static/%2e%2e/%2e%2e/settings.py",
        f"{BASE_URL}media/upload.png",
        f"{BASE_URL}static/infopoint/no-such-file.css",
    ],
)
def test_the_fetcher_refuses_everything_else(url):
    with pytest.raises(ValueError):
        StaticOnlyFetcher().fetch(url)
