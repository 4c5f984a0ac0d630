"""Audit rows record the acting user and URL, but never a signed link's token."""

import pytest

from infopoint.middleware import redact_signed_path


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/referral/eyJhbGciOi.abc:def/", "/referral/[redacted]/"),
        ("/en/referral/eyJhbGciOi.abc:def/", "/en/referral/[redacted]/"),
        ("/feedback/link/token123/", "/feedback/link/[redacted]/"),
        ("/news/subscribe/confirm/tok/", "/news/subscribe/confirm/[redacted]/"),
        ("/en/news/unsubscribe/tok/", "/en/news/unsubscribe/[redacted]/"),
        ("/desk/cases/12/", "/desk/cases/12/"),
        ("/en/manual/ip-registration/", "/en/manual/ip-registration/"),
    ],
)
def test_signed_link_tokens_are_redacted_and_other_paths_kept(path, expected):
    assert redact_signed_path(path) == expected


def test_the_history_middleware_is_the_redacting_one():
    from django.conf import settings

    assert "infopoint.middleware.HistoryContextMiddleware" in settings.MIDDLEWARE
    assert "pghistory.middleware.HistoryMiddleware" not in settings.MIDDLEWARE
