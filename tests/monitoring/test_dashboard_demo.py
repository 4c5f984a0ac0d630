"""The dashboard and the transparency page on the demo installation's data: every figure
renders and the main charts have something to show. (One test: loading the demo is the
slow part.)"""

from django.urls import reverse

from infopoint import demo


def test_the_dashboard_and_the_transparency_page_show_the_demo_data(client, db):
    users = demo.load()
    client.force_login(users["head"])

    response = client.get(reverse("dashboards:index"), {"period": "year"})

    assert response.status_code == 200
    board = response.context["board"]
    assert board.summary.total.current > 0
    assert sum(board.channels.current) == board.summary.total.current
    assert "No data for this period." not in str(board.charts["channels"].svg)
    print(
        "DEMO",
        board.summary,
        board.satisfaction.responses,
        board.satisfaction.nps,
        [p.name for p in board.partners],
        board.manual.searches,
    )

    client.logout()
    public = client.get("/en/transparency/")
    assert public.status_code == 200
    assert len(public.context["offices"]) >= 1
