"""Seeding the benchmark database (never the demo one) at a chosen scale, in SQL.

Small tables (offices, staff, the demo manual, partners, news) come from the apps' own demo
loaders and `bulk_create`; every large table is one `INSERT … SELECT … FROM generate_series`
(benchmarks/sql.py) with random offices, channels, statuses and times over twelve
months. Triggers are off during the load (`session_replication_role = replica`:
django-pghistory would double every write, and the bench database is disposable), so the
seeder keeps foreign keys, CheckConstraints and unique constraints itself.
"""

import html
import math
import secrets
import time
from importlib import import_module

from django.conf import settings
from django.db import connection, models

from benchmarks import targets
from benchmarks.sql import (
    _execute,
    _scalar,
    _stagger,
    ids_of,
    insert,
    link,
    orphaned_references,
    pick,
    quote,
)
from benchmarks.words import (
    ANSWERS,
    COMMENTS_GOOD,
    COMMENTS_IMPROVE,
    FIRST_NAMES,
    LAST_NAMES,
    NEWS_TITLES,
    NOTES,
    QUESTIONS,
    SECTORS,
)

FORTUNES = [
    "fortune: No such file or directory",
    "A computer scientist is someone who fixes things that aren't broken.",
    "After enough decimal places, nobody gives a damn.",
    "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
    "A computer program does what you tell it to do, not what you want it to do.",
    "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
    "Any program that runs right is obsolete.",
    "A list is only as strong as its weakest link. — Donald Knuth",
    "Feature: A bug with seniority.",
    "Computers make very fast, very accurate mistakes.",
    '<script>alert("This should not be displayed in a browser alert box.");</script>',
    "フレームワークのベンチマーク",
]

# The two scales, and one between them for a machine too busy for the region.
SCALES = {
    "small": {
        "offices": 2,
        "staff": 10,
        "entrepreneurs": 500,
        "cases": 2_000,
        "events_per_case": 4,
        "referrals": 300,
        "responses": 600,
        "articles": 0,  # the demo articles only
        "organisations": 0,  # the demo partners only
        "news": 50,
        "events": 10,
        "searches": 2_000,
    },
    "medium": {
        "offices": 4,
        "staff": 40,
        "entrepreneurs": 50_000,
        "cases": 125_000,
        "events_per_case": 4,
        "referrals": 37_500,
        "responses": 75_000,
        "articles": 200,
        "organisations": 60,
        "news": 1_000,
        "events": 250,
        "searches": 500_000,
    },
    "region": {
        "offices": 8,
        "staff": 80,
        "entrepreneurs": 200_000,
        "cases": 500_000,
        "events_per_case": 4,
        "referrals": 150_000,
        "responses": 300_000,
        "articles": 400,
        "organisations": 100,
        "news": 4_000,
        "events": 1_000,
        "searches": 2_000_000,
    },
}

SEEDED_APPS = {"auth", "desk", "feedback", "manual", "stakeholders"}
# Tables the migrations fill (roles, content types): kept when the seeder empties the rest.
KEEP_TABLES = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "auth_group",
    "auth_group_permissions",
}


def scale_counts(scale):
    return dict(SCALES[scale])


def seed_fortunes():
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_fortune (id integer PRIMARY KEY, message text)"
        )
        cursor.execute("TRUNCATE bench_fortune")
        with cursor.copy("COPY bench_fortune (id, message) FROM STDIN") as copy:
            for number, message in enumerate(FORTUNES, start=1):
                copy.write_row((number, message))
    return len(FORTUNES)


def escaped(text):
    return html.escape(text)


def empty_database():
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in KEEP_TABLES
    ]
    cache_table = settings.CACHES["default"].get("LOCATION")
    existing = set(connection.introspection.table_names())
    if settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache") and cache_table in existing:
        tables.append(cache_table)
    if tables:
        _execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")


def seed(*, scale):
    started = time.monotonic()
    counts = scale_counts(scale)
    result = {"counts": {"fortunes": seed_fortunes()}, "timings": {}}
    timings = result["timings"]

    def step(name):
        timings[name] = round(time.monotonic() - step.last, 1)
        step.last = time.monotonic()

    step.last = started
    _execute("SET session_replication_role = replica")
    _execute("SET synchronous_commit = off")
    try:
        empty_database()
        step("empty")
        world = seed_people(counts)
        step("people")
        world.update(seed_content(counts, world))
        step("content")
        seed_entrepreneurs(counts, world)
        step("entrepreneurs")
        seed_cases(counts, world)
        step("cases")
        seed_timeline(counts, world)
        step("timeline")
        seed_referrals(counts, world)
        step("referrals")
        seed_feedback(counts, world)
        step("feedback")
        seed_searches(counts, world)
        step("searches")
    finally:
        _execute("SET session_replication_role = origin")
    _execute("ANALYZE")
    step("analyze")
    orphans = orphaned_references(SEEDED_APPS)
    if orphans:
        raise RuntimeError(f"The seed left references to missing rows: {', '.join(orphans)}.")
    step("check")
    result["counts"].update(table_counts())
    result.update(targets.logins(world))
    result["pages"] = targets.pages(world, result)
    result["seed_seconds"] = round(time.monotonic() - started, 1)
    return result


def prepare():
    """What a seeded database needs after every migrate, reseeded or reused: the tables
    the apps derive from the seeded rows (refreshed as the apps' own tasks would), then
    VACUUM and fresh planner statistics, as autovacuum leaves a database in service: the
    visibility map set, so index-only scans read no table pages (after a bulk load
    PostgreSQL has vacuumed nothing yet). Returns the seconds of each step."""
    timings = {}
    for name, refresh in DERIVED:
        started = time.monotonic()
        refresh()
        timings[name] = round(time.monotonic() - started, 1)
    started = time.monotonic()
    _execute("VACUUM (ANALYZE)")
    timings["vacuum_analyze"] = round(time.monotonic() - started, 1)
    return timings


# (name, callable) pairs: each rebuilds a table an app derives from the seeded rows.
DERIVED = []
DERIVED.append(
    ("dashboard_months", lambda: import_module("monitoring.tasks").refresh_dashboard_months.call())
)
DERIVED.append(
    ("manual_vocabulary", lambda: import_module("manual.tasks").refresh_search_vocabulary.call())
)


def seed_people(counts):
    """Offices (the demo ones first), staff spread evenly over them, the bench officer
    (the first staff member of the first office) and a department head of every office."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from desk import demo as desk_demo
    from desk.models import Office, OpeningHours, ServiceStandard
    from infopoint import roles

    User = get_user_model()
    roles.sync_roles()
    offices = desk_demo.load_offices()[: counts["offices"]]
    template = offices[0]
    extra = [
        Office(
            name=f"Инфопункт — офис {number}",
            name_en=f"Infopoint — office {number}",
            slug=f"bench-office-{number}",
            address=f"Калининградская область, ул. Тестовая, {number}",
            address_en=f"Kaliningrad region, Testovaya St {number}",
            order=number,
        )
        for number in range(len(offices) + 1, counts["offices"] + 1)
    ]
    offices += Office.objects.bulk_create(extra)
    hours = [
        OpeningHours(
            office=office, weekday=period.weekday, opens=period.opens, closes=period.closes
        )
        for office in offices[len(desk_demo.OFFICES) :]
        for period in template.opening_hours.all()
    ]
    OpeningHours.objects.bulk_create(hours)
    ServiceStandard.objects.bulk_create(
        [ServiceStandard(office=office) for office in offices], ignore_conflicts=True
    )

    password = make_password(secrets.token_urlsafe(16))
    per_office = max(1, counts["staff"] // len(offices))
    staff = User.objects.bulk_create(
        [
            User(
                username="bench-officer" if number == 0 else f"bench-staff-{number:03d}",
                first_name=FIRST_NAMES[number % len(FIRST_NAMES)],
                last_name=LAST_NAMES[number % len(LAST_NAMES)],
                email=f"staff{number}@infopoint.example",
                is_staff=True,
                password=password,
            )
            for number in range(per_office * len(offices))
        ]
    )
    head = User.objects.create(
        username="bench-head",
        first_name="Елена",
        last_name="Волкова",
        email="head@infopoint.example",
        is_staff=True,
        password=password,
    )
    officer_group = Group.objects.get(name=roles.OFFICER)
    head_group = Group.objects.get(name=roles.HEAD)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=user.pk, group_id=officer_group.pk) for user in staff]
        + [User.groups.through(user_id=head.pk, group_id=head_group.pk)]
    )
    # Staff member n works at office n mod O: officer_ids[o + O*j] is office o's j-th officer.
    Office.staff.through.objects.bulk_create(
        [
            Office.staff.through(office_id=offices[number % len(offices)].pk, user_id=user.pk)
            for number, user in enumerate(staff)
        ]
        + [Office.staff.through(office_id=office.pk, user_id=head.pk) for office in offices]
    )
    return {
        "offices": offices,
        "office_ids": [office.pk for office in offices],
        "officer_ids": [user.pk for user in staff],
        "per_office": per_office,
        "officer": staff[0],
        # The intake POSTs open their cases as a colleague in the same office, so the
        # measured officer's queue does not grow with every run.
        "colleague": staff[len(offices)] if len(staff) > len(offices) else staff[0],
        "head": head,
        "users": {"head": head, "officer": staff[0], "editor": head},
    }


def seed_content(counts, world):
    """Partners, the manual (demo articles cloned in SQL) and news, published."""
    from manual import demo as manual_demo
    from manual.models import Article, Topic
    from manual.news import demo as news_demo
    from stakeholders import demo as stakeholders_demo
    from stakeholders.models import Organisation

    stakeholders_demo.load(offices=world["offices"], users=world["users"])
    clone_organisations(counts["organisations"])
    manual_demo.load(offices=world["offices"], users=world["users"])
    news_demo.load(offices=world["offices"], users=world["users"])
    clone_articles(counts["articles"])
    seed_news(counts)
    public = Article.objects.public()
    return {
        "topic_ids": ids_of(Topic),
        "article_ids": list(public.order_by("pk").values_list("pk", flat=True)),
        "organisation_ids": ids_of(Organisation, is_public=True),
    }


def clone_organisations(total):
    from stakeholders.models import Organisation

    existing = Organisation.objects.count()
    if total <= existing:
        return
    params = {"extra": total - existing, "existing": existing}
    insert(
        Organisation,
        "generate_series(1, %(extra)s) g JOIN stakeholders_organisation o "
        "ON o.id = (SELECT min(id) FROM stakeholders_organisation) + (g - 1) %% %(existing)s",
        {
            **{
                field.column: f"o.{quote(field.column)}"
                for field in Organisation._meta.concrete_fields
                if not field.primary_key
            },
            "slug": "o.slug || '-' || g",
            "name": "o.name || ' (' || g || ')'",
            "name_en": "CASE WHEN o.name_en = '' THEN '' ELSE o.name_en || ' (' || g || ')' END",
        },
        params,
    )


def clone_articles(total):
    """Copies of the demo articles (revisions, steps, topics, partners) up to `total`, each
    copy's published revisions indexed by the manual's own search-vector code."""
    from manual import search as manual_search
    from manual.models import Article, ArticleRevision, ArticleStep

    originals = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    if not originals or total <= len(originals):
        return
    copies = math.ceil(total / len(originals)) - 1
    _execute("DROP TABLE IF EXISTS bench_article_map")
    _execute(
        """
        CREATE TEMP TABLE bench_article_map AS
        SELECT a.id AS old_id, k AS copy, nextval(pg_get_serial_sequence('manual_article', 'id'))
               AS new_id, row_number() OVER (ORDER BY k, a.id) AS g
        FROM manual_article a CROSS JOIN generate_series(1, %(copies)s) k
        ORDER BY k, a.id LIMIT %(limit)s
        """,
        {"copies": copies, "limit": total - len(originals)},
    )
    article_columns = {
        field.column: f"a.{quote(field.column)}"
        for field in Article._meta.concrete_fields
        if not field.primary_key
    }
    insert(
        Article,
        "bench_article_map m JOIN manual_article a ON a.id = m.old_id",
        {
            **article_columns,
            "id": "m.new_id",
            "slug": "left(a.slug, 100) || '-' || m.copy",
            "title": "a.title || ' — ' || m.copy",
            "published_ru_id": "NULL",
            "published_en_id": "NULL",
        },
    )
    _execute("DROP TABLE IF EXISTS bench_revision_map")
    _execute(
        """
        CREATE TEMP TABLE bench_revision_map AS
        SELECT r.id AS old_id, m.new_id AS article_id, m.copy,
               nextval(pg_get_serial_sequence('manual_articlerevision', 'id')) AS new_id,
               row_number() OVER (ORDER BY r.id, m.copy) AS g
        FROM manual_articlerevision r JOIN bench_article_map m ON m.old_id = r.article_id
        """
    )
    revision_columns = {
        field.column: f"r.{quote(field.column)}"
        for field in ArticleRevision._meta.concrete_fields
        if not field.primary_key
    }
    insert(
        ArticleRevision,
        "bench_revision_map m JOIN manual_articlerevision r ON r.id = m.old_id "
        "LEFT JOIN bench_revision_map b ON b.old_id = r.based_on_ru_revision_id "
        "AND b.article_id = m.article_id",
        {
            **revision_columns,
            "id": "m.new_id",
            "article_id": "m.article_id",
            "title": "r.title || ' — ' || m.copy",
            "based_on_ru_revision_id": "b.new_id",
            "search_vector": "NULL",
        },
    )
    step_columns = {
        field.column: f"s.{quote(field.column)}"
        for field in ArticleStep._meta.concrete_fields
        if not field.primary_key
    }
    insert(
        ArticleStep,
        "bench_revision_map m JOIN manual_articlestep s ON s.revision_id = m.old_id",
        {**step_columns, "revision_id": "m.new_id"},
    )
    _execute(
        """
        UPDATE manual_article a SET
          published_ru_id = (SELECT rm.new_id FROM bench_revision_map rm
                             WHERE rm.old_id = o.published_ru_id AND rm.article_id = a.id),
          published_en_id = (SELECT rm.new_id FROM bench_revision_map rm
                             WHERE rm.old_id = o.published_en_id AND rm.article_id = a.id)
        FROM bench_article_map m JOIN manual_article o ON o.id = m.old_id
        WHERE a.id = m.new_id
        """
    )
    for m2m in ("topics", "partners"):
        field = Article._meta.get_field(m2m)
        through = field.remote_field.through
        own = through._meta.get_field(field.m2m_field_name()).column
        other = through._meta.get_field(field.m2m_reverse_field_name()).column
        link(
            field,
            f"bench_article_map m JOIN {through._meta.db_table} t ON t.{own} = m.old_id",
            "m.new_id",
            f"t.{other}",
        )
    published = ArticleRevision.objects.filter(
        models.Q(pk__in=Article.objects.values("published_ru"))
        | models.Q(pk__in=Article.objects.values("published_en")),
        search_vector__isnull=True,
    )
    for revision in published.prefetch_related("steps"):
        manual_search.update_search_vector(revision)


def seed_news(counts):
    from manual.models import Event, NewsItem, Topic

    params = {"titles": NEWS_TITLES, "n": counts["news"], "e": counts["events"]}
    insert(
        NewsItem,
        "generate_series(1, %(n)s) g",
        {
            "title": f"{pick('titles')} || ' № ' || g",
            "title_en": "'News item ' || g",
            "slug": "'bench-news-' || g",
            "summary": "'Кратко о главном для предпринимателей региона.'",
            "summary_en": "'The essentials for the region''s entrepreneurs.'",
            "body": "repeat('Текст новости для предпринимателей. ', 20)",
            "body_en": "repeat('News text for entrepreneurs. ', 20)",
            "status": "CASE WHEN g %% 10 = 0 THEN 'draft' ELSE 'published' END",
            "published_at": "CASE WHEN g %% 10 = 0 THEN NULL "
            "ELSE now() - random() * interval '365 days' END",
            "created_at": "now() - interval '366 days'",
            "updated_at": "now()",
        },
        params,
    )
    insert(
        Event,
        "(SELECT g, now() + (random() - 0.7) * interval '365 days' AS starts "
        "FROM generate_series(1, %(e)s) g) s",
        {
            "title": "'Семинар для предпринимателей № ' || g",
            "title_en": "'Seminar for entrepreneurs no. ' || g",
            "slug": "'bench-event-' || g",
            "summary": "'Практический семинар с экспертами.'",
            "body": "repeat('Программа семинара. ', 20)",
            "status": "'published'",
            "published_at": "least(now(), starts - interval '30 days')",
            "starts_at": "starts",
            "ends_at": "starts + interval '2 hours'",
            "location": "'Калининград, площадь Победы, 1'",
            "created_at": "now() - interval '366 days'",
            "updated_at": "now()",
        },
        params,
    )
    topics = ids_of(Topic)
    if topics:
        for model, prefix in ((NewsItem, "bench-news-"), (Event, "bench-event-")):
            table = model._meta.db_table
            link(
                model._meta.get_field("topics"),
                f"{table} p WHERE p.slug LIKE %(prefix)s",
                "p.id",
                "(%(topics)s::bigint[])[1 + p.id %% cardinality(%(topics)s::bigint[])]",
                {"prefix": f"{prefix}%", "topics": topics},
            )


def seed_entrepreneurs(counts, world):
    from desk.models import Consent, Entrepreneur

    params = {
        "n": counts["entrepreneurs"],
        "first": FIRST_NAMES,
        "last": LAST_NAMES,
        "sectors": SECTORS,
        "forms": ["planning", "sole_proprietor", "llc", "self_employed", "other"],
    }
    insert(
        Entrepreneur,
        "(SELECT g, now() - random() * interval '365 days' AS created FROM "
        "generate_series(1, %(n)s) g) s",
        {
            "name": f"{pick('last')} || ' ' || {pick('first')}",
            "business_name": "CASE WHEN g %% 3 = 0 THEN 'ООО «Ромашка-' || g || '»' ELSE '' END",
            "legal_form": pick("forms"),
            "inn": "CASE WHEN g %% 4 = 0 THEN '' ELSE '39' || lpad(g::text, 10, '0') END",
            "ogrn": "''",
            "phone": "'+7911' || lpad(g::text, 7, '0')",
            "email": "CASE WHEN g %% 5 = 0 THEN '' ELSE 'entrepreneur' || g || '@example.org' END",
            "language": "CASE WHEN g %% 20 = 0 THEN 'en' ELSE 'ru' END",
            "sector": pick("sectors"),
            "created_at": "created",
            "last_activity_at": "created",
        },
        params,
    )
    first = _scalar("SELECT min(id) FROM desk_entrepreneur")
    last = _scalar("SELECT max(id) FROM desk_entrepreneur")
    if last - first + 1 != counts["entrepreneurs"]:
        raise RuntimeError("The entrepreneurs' ids are not contiguous; re-run the seed.")
    world["entrepreneur_first"] = first
    # Entrepreneur n belongs to office n mod O, so a case picks one of its own office: the
    # office keeps the record (a case stands on a record of its own office, desk's 0016).
    _execute(
        "UPDATE desk_entrepreneur SET office_id = "
        "(%(offices)s::bigint[])[1 + (id - %(first)s) %% %(count)s]",
        {"offices": world["office_ids"], "first": first, "count": len(world["office_ids"])},
    )
    link(
        Entrepreneur._meta.get_field("offices"),
        "desk_entrepreneur e",
        "e.id",
        "(%(offices)s::bigint[])[1 + (e.id - %(first)s) %% %(count)s]",
        {"offices": world["office_ids"], "first": first, "count": len(world["office_ids"])},
    )
    insert(
        Consent,
        "desk_entrepreneur e",
        {
            "entrepreneur_id": "e.id",
            "given_at": "e.created_at",
            "channel": "'walk_in'",
            "text_version": "'2026-01'",
        },
    )


def seed_cases(counts, world):
    from desk.models import Case, FollowUp
    from desk.models.cases import REFERENCE_SEQUENCE

    offices = len(world["office_ids"])
    prefix = getattr(settings, "DESK_REFERENCE_PREFIX", "KGD")
    params = {
        "n": counts["cases"],
        "offices": world["office_ids"],
        "office_count": offices,
        "per_office": world["per_office"],
        "officers": world["officer_ids"],
        "ent_first": world["entrepreneur_first"],
        "ent_per_office": max(1, counts["entrepreneurs"] // offices),
        "channels": ["walk_in", "walk_in", "walk_in", "phone", "phone", "email", "web"],
        "questions": QUESTIONS,
        "answers": ANSWERS,
        "statuses": ["new", "in_progress", "waiting_entrepreneur", "waiting_partner"],
        "prefix": prefix,
        "tz": settings.TIME_ZONE,
    }
    # Recent cases are in every state; older ones are mostly closed, a few stay open.
    source = """
        (SELECT *,
           CASE WHEN status IN ('resolved', 'closed')
                THEN least(now(), opened + interval '1 hour' + random() * interval '6 days')
           END AS resolved
         FROM (SELECT *,
           CASE WHEN opened > now() - interval '21 days' AND r_status < 0.6
                  THEN (%(statuses)s::text[])[1 + floor(r_status / 0.15)::int]
                WHEN opened > now() - interval '21 days' AND r_status < 0.8 THEN 'resolved'
                WHEN r_status < 0.02 THEN 'in_progress'
                WHEN r_status < 0.05 THEN 'waiting_partner'
                WHEN r_status < 0.10 THEN 'resolved'
                ELSE 'closed' END AS status
           FROM (SELECT g, floor(random() * %(office_count)s)::int AS oi,
                        floor(random() * %(per_office)s)::int AS si,
                        now() - random() * interval '365 days' AS opened,
                        random() AS r_status, random() AS r_entrepreneur
                 FROM generate_series(1, %(n)s) g) raw) stated) s
    """
    local_opened = "(opened AT TIME ZONE %(tz)s)"
    insert(
        Case,
        source,
        {
            "reference": f"%(prefix)s || '-' || extract(year FROM {local_opened})::int || '-' "
            "|| lpad(g::text, 6, '0')",
            "office_id": "(%(offices)s::bigint[])[1 + oi]",
            "channel": pick("channels"),
            "entrepreneur_id": "CASE WHEN r_entrepreneur < 0.2 THEN NULL ELSE %(ent_first)s + oi "
            "+ %(office_count)s * floor(random() * %(ent_per_office)s)::int END",
            "question": pick("questions"),
            "answer": f"CASE WHEN status = 'new' THEN '' ELSE {pick('answers')} END",
            "officer_id": "(%(officers)s::bigint[])[1 + oi + %(office_count)s * si]",
            "status": "status",
            "opened_at": "opened",
            "first_answer_at": "CASE WHEN status = 'new' THEN NULL "
            "ELSE opened + random() * interval '1 day' END",
            "resolved_at": "resolved",
            "closed_at": "CASE WHEN status = 'closed' THEN resolved + interval '1 day' END",
            "first_answer_due": f"{local_opened}::date + 1",
            "resolution_due": f"{local_opened}::date + 7",
            "arrived_at": "CASE WHEN g %% 2 = 0 THEN opened END",
            "started_at": "CASE WHEN g %% 2 = 0 THEN opened + interval '5 minutes' END",
            "ended_at": "CASE WHEN g %% 2 = 0 THEN opened + interval '30 minutes' END",
            "no_manual_answer": "g %% 20 = 0",
            "version": "1",
            "updated_at": "opened",
        },
        params,
    )
    # Intake numbers come from the sequence: start it after the seeded references.
    if _scalar("SELECT to_regclass(%s) IS NOT NULL", [REFERENCE_SEQUENCE]):
        _execute("SELECT setval(%s, %s)", [REFERENCE_SEQUENCE, counts["cases"] + 1])
    topics, articles = world["topic_ids"], world["article_ids"]
    if topics:
        link(
            Case._meta.get_field("topics"),
            "desk_case c",
            "c.id",
            "(%(topics)s::bigint[])[1 + c.id %% cardinality(%(topics)s::bigint[])]",
            {"topics": topics},
        )
    if articles:
        link(
            Case._meta.get_field("handouts"),
            "desk_case c WHERE c.id %% 3 = 0",
            "c.id",
            "(%(articles)s::bigint[])[1 + (c.id / 3) %% cardinality(%(articles)s::bigint[])]",
            {"articles": articles},
        )
    insert(
        FollowUp,
        "desk_case c WHERE c.status NOT IN ('resolved', 'closed') AND c.id %% 4 = 0",
        {
            "case_id": "c.id",
            "due_date": "current_date + ((c.id %% 7) - 3)::int",
            "assigned_to_id": "c.officer_id",
            "text": "'Перезвонить предпринимателю'",
            "created_by_id": "c.officer_id",
            "created_at": "c.opened_at",
        },
    )


def seed_timeline(counts, world):
    from desk.models import CaseEvent

    insert(
        CaseEvent,
        "desk_case c CROSS JOIN generate_series(1, %(per_case)s) g",
        {
            "case_id": "c.id",
            "kind": "CASE WHEN g = 1 THEN 'intake' "
            "WHEN g = 3 AND c.status <> 'new' THEN 'status_change' "
            "WHEN g = 4 AND c.status NOT IN ('new', 'in_progress') THEN 'status_change' "
            "ELSE 'note' END",
            "author_id": "c.officer_id",
            "text": f"CASE WHEN g = 1 THEN '' ELSE {pick('notes')} END",
            "from_status": "CASE WHEN g = 3 AND c.status <> 'new' THEN 'new' "
            "WHEN g = 4 AND c.status NOT IN ('new', 'in_progress') THEN 'in_progress' "
            "ELSE '' END",
            "to_status": "CASE WHEN g = 3 AND c.status <> 'new' THEN 'in_progress' "
            "WHEN g = 4 AND c.status NOT IN ('new', 'in_progress') THEN c.status "
            "ELSE '' END",
            "created_at": "least(now(), c.opened_at + (g - 1) * interval '2 hours')",
        },
        {"per_case": counts["events_per_case"], "notes": NOTES},
    )


def seed_referrals(counts, world):
    from desk.models import Referral

    cases = counts["cases"]
    organisations = world["organisation_ids"]
    if not organisations or not counts["referrals"]:
        return
    params = {
        "n": min(counts["referrals"], cases),
        "cases": cases,
        "step": _stagger(cases),
        "organisations": organisations,
        "statuses": ["sent", "accepted", "resolved", "resolved", "declined", "no_answer"],
    }
    insert(
        Referral,
        "(SELECT g, (%(statuses)s::text[])[1 + floor(random() * 6)::int] AS status "
        "FROM generate_series(1, %(n)s) g) s "
        "JOIN desk_case c ON c.id = (SELECT min(id) FROM desk_case) "
        "+ (g::bigint * %(step)s) %% %(cases)s",
        {
            "case_id": "c.id",
            "organisation_id": "(%(organisations)s::bigint[])"
            "[1 + g %% cardinality(%(organisations)s::bigint[])]",
            "reason": "'Консультация по мерам поддержки'",
            "shared_data": "'Вопрос: ' || c.question",
            "status": "s.status",
            "sent_at": "c.opened_at + interval '1 hour'",
            "due_at": "(c.opened_at + interval '5 days')::date",
            "answered_at": "CASE WHEN s.status IN ('accepted', 'resolved', 'declined') "
            "THEN c.opened_at + interval '1 hour' + random() * interval '5 days' END",
            "partner_note": "CASE WHEN s.status = 'resolved' THEN 'Проконсультировали' "
            "ELSE '' END",
            "created_by_id": "c.officer_id",
        },
        params,
    )


CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def _code_sql(number):
    """The short code of invitation `number`: its base-31 digits in the code alphabet."""
    digits = [
        f"substr('{CODE_ALPHABET}', 1 + (({number}) / {31**power}::bigint %% 31)::int, 1)"
        for power in range(8)
    ]
    return " || ".join(digits)


def seed_feedback(counts, world):
    from feedback.models import ArticleVote, Invitation, Response

    params = {"n": counts["responses"], "good": COMMENTS_GOOD, "improve": COMMENTS_IMPROVE}
    insert(
        Invitation,
        "(SELECT c.*, row_number() OVER (ORDER BY c.id) AS g FROM desk_case c "
        "WHERE c.status = 'closed' ORDER BY c.id LIMIT %(n)s) c",
        {
            "reference": "c.reference",
            "office_id": "c.office_id",
            "email": "''",
            "language": "'ru'",
            "code": _code_sql("g + 1000000"),
            "created_at": "c.closed_at",
            "expires_at": "c.closed_at + interval '30 days'",
            "sent_at": "c.closed_at",
            "answered_at": "c.closed_at + interval '1 day'",
        },
        params,
    )
    insert(
        Response,
        "(SELECT i.*, i.id AS g, random() AS mood FROM feedback_invitation i) i",
        {
            "invitation_id": "i.id",
            "csat": "greatest(1, 5 - floor(mood * mood * 5)::int)",
            "nps": "greatest(0, 10 - floor(mood * mood * 11)::int)",
            "what_was_good": pick("good"),
            "what_to_improve": pick("improve"),
            "anonymous": "i.id %% 10 = 0",
            "language": "i.language",
            "created_at": "i.answered_at",
        },
        params,
    )
    articles = world["article_ids"]
    if articles:
        insert(
            ArticleVote,
            "generate_series(1, %(votes)s) g",
            {
                "article_id": "(%(articles)s::bigint[])"
                "[1 + g %% cardinality(%(articles)s::bigint[])]",
                "helpful": "random() < 0.8",
                "comment": "''",
                "language": "'ru'",
                "client_key": "md5(g::text)",
                "voted_on": "current_date - (g %% 365)",
                "created_at": "now() - (g %% 365) * interval '1 day'",
            },
            {"votes": max(1, counts["responses"] // 10), "articles": articles},
        )


def seed_searches(counts, world):
    from manual.models import SearchQuery

    queries = targets.search_queries()
    params = {
        "n": counts["searches"],
        "texts": [query.lower() for query, _language in queries],
        "languages": [language for _query, language in queries],
        "count": len(queries),
    }
    # The first queries of the list are the common ones: random()^3 favours them.
    insert(
        SearchQuery,
        "(SELECT g, 1 + floor(random() ^ 3 * %(count)s)::int AS q "
        "FROM generate_series(1, %(n)s) g) s",
        {
            "query": "(%(texts)s::text[])[q]",
            "language": "(%(languages)s::text[])[q]",
            "result_count": "CASE WHEN q > %(count)s - 14 THEN 0 ELSE 1 + g %% 9 END",
            "created_at": "now() - random() * interval '365 days'",
        },
        params,
    )


def table_counts():
    from desk.models import Case, CaseEvent, Entrepreneur, Office, Referral
    from feedback.models import Response
    from manual.models import Article, Event, NewsItem, SearchQuery
    from stakeholders.models import Organisation

    models_to_count = {
        "offices": Office,
        "entrepreneurs": Entrepreneur,
        "cases": Case,
        "timeline": CaseEvent,
        "referrals": Referral,
        "feedback_answers": Response,
        "articles": Article,
        "organisations": Organisation,
        "news": NewsItem,
        "events": Event,
        "searches": SearchQuery,
    }
    counts = {name: model.objects.count() for name, model in models_to_count.items()}
    counts["staff"] = _scalar("SELECT count(*) FROM auth_user WHERE is_staff")
    return counts
