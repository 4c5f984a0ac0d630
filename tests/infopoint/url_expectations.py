from tests.url_expectations import (
    HEADS,
    OK,
    PERSONAS,
    POST_ONLY,
    PUBLIC,
    STAFF,
    Expect,
)

EXPECTATIONS = {
    "home": Expect(PUBLIC),
    "healthz": Expect(PUBLIC),
    "javascript-catalog": Expect(PUBLIC),
    # The version for the visually impaired: sets its cookie and goes back.
    "accessibility": Expect(dict.fromkeys(PERSONAS, 302), post=dict.fromkeys(PERSONAS, 405)),
    # The admin's own views; model views are checked against the role table separately.
    "admin:index": Expect(STAFF),
    # Logged-in staff are sent on to the back-office home.
    "admin:login": Expect(
        {**dict.fromkeys(PERSONAS, 302), "anonymous": 200},
        post=dict.fromkeys(PERSONAS, 200),  # an empty login is a form error, for anyone
    ),
    "admin:logout": Expect(skip="POST only; covered by test_auth"),
    "admin:password_change": Expect(STAFF),
    "admin:password_change_done": Expect(STAFF),
    "admin:jsi18n": Expect(STAFF),
    "admin:autocomplete": Expect(skip="needs query parameters of a model admin"),
    "admin:view_on_site": Expect(skip="redirects to an object's public page"),
    "admin:app_list": Expect(skip="per app: covered by the model admin checks"),
    # Two-factor authentication (tests/infopoint/test_2fa.py): without an authenticator
    # app the verify page sends the user to set one up.
    "two_factor_setup": Expect(STAFF),
    "two_factor_verify": Expect(dict.fromkeys(PERSONAS, 302), post=dict.fromkeys(PERSONAS, 302)),
    # The administrator's reset of a user's app: a POST from the user's admin page.
    "two_factor_reset": Expect(
        POST_ONLY,
        kwargs=lambda w: {"user_id": w.head.pk},
        post={"anonymous": 302, "officer": 403, "editor": 403, "head": 403, "admin": OK},
    ),
    # Monitoring dashboards (tests/monitoring/test_dashboard_views.py): heads and admins;
    # officers find their own figures on the back-office home instead.
    "dashboards:index": Expect(HEADS),
    "dashboards:export": Expect(HEADS, kwargs=lambda w: {"table": "channels", "fmt": "csv"}),
}
