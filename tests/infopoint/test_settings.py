import pytest
from django.core.exceptions import ImproperlyConfigured

from infopoint import settings as project_settings


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("yes", True), ("off", False)])
def test_env_bool_reads_common_words(monkeypatch, raw, expected):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert project_settings.env_bool("SOME_FLAG", not expected) is expected


def test_env_bool_fails_loudly_on_a_typo(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "ture")
    with pytest.raises(ImproperlyConfigured, match="SOME_FLAG"):
        project_settings.env_bool("SOME_FLAG", False)


def test_env_int_fails_loudly_on_words(monkeypatch):
    monkeypatch.setenv("SOME_NUMBER", "eight")
    with pytest.raises(ImproperlyConfigured, match="SOME_NUMBER"):
        project_settings.env_int("SOME_NUMBER", 8)


def test_email_url_configures_smtp_with_tls():
    config = project_settings.mailer_settings("smtp://user:p%40ss@mail.example.org:587?tls=1")
    assert config["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert config["OPTIONS"]["host"] == "mail.example.org"
    assert config["OPTIONS"]["port"] == 587
    assert config["OPTIONS"]["password"] == "p@ss"
    assert config["OPTIONS"]["use_tls"] is True


def test_email_url_refuses_an_unknown_scheme():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        project_settings.mailer_settings("pigeon://coop")
