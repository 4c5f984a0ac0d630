"""Sessions logged in through Django's ModelBackend now name infopoint.backends.ModelBackend
(the same backend with permissions kept between requests): without this, every signed-in
user would be signed out by the upgrade. Database sessions only; a session in Redis keeps
the old name and asks its user to sign in once."""

from django.conf import settings
from django.db import migrations

OLD = "django.contrib.auth.backends.ModelBackend"
NEW = "infopoint.backends.ModelBackend"


def rename_backend(apps, schema_editor):
    if settings.SESSION_ENGINE != "django.contrib.sessions.backends.db":
        return
    from django.contrib.auth import BACKEND_SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    Session = apps.get_model("sessions", "Session")
    store = SessionStore()
    for session in Session.objects.filter(session_data__isnull=False).iterator(chunk_size=500):
        data = store.decode(session.session_data)
        if data.get(BACKEND_SESSION_KEY) == OLD:
            data[BACKEND_SESSION_KEY] = NEW
            session.session_data = store.encode(data)
            session.save(update_fields=["session_data"])


class Migration(migrations.Migration):
    dependencies = [
        ("infopoint", "0005_change_counters"),
        ("sessions", "0001_initial"),
    ]

    operations = [migrations.RunPython(rename_backend, migrations.RunPython.noop)]
