"""SQL building blocks of the bench seeder: INSERT … SELECT with columns from `_meta`.

A NOT NULL column the seeder gives no expression gets the field's own constant default or a
constant of its type (`_fill`), so a field another app adds later does not break the seeder.
Literal `%` in expressions is written `%%` (every statement is sent with parameters).
"""

import math
import uuid

from django.db import connection, models
from django.utils import timezone


def quote(name):
    return connection.ops.quote_name(name)


def _execute(sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _scalar(sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


CHAR_TYPES = {
    "CharField",
    "TextField",
    "SlugField",
    "EmailField",
    "URLField",
    "FileField",
    "ImageField",
    "FilePathField",
}
INTEGER_TYPES = {
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
    "FloatField",
    "DecimalField",
}


def _fill(field, params):
    """SQL for a NOT NULL column without an expression: the field's constant default, else a
    constant of its type (unique text gets the row number `g` of the SELECT)."""
    key = f"fill_{len(params)}"
    if field.has_default():
        default = field.default
        if default is uuid.uuid4:
            return "gen_random_uuid()"
        if default is timezone.now:
            return "now()"
        value = default() if callable(default) else default
        params[key] = field.get_db_prep_save(value, connection)
        return f"CAST(%({key})s AS {field.db_type(connection)})"
    if field.many_to_one or field.one_to_one:
        target = field.target_field.model._meta.db_table
        return f"(SELECT min({quote(field.target_field.column)}) FROM {target})"  # noqa: S608
    kind = field.get_internal_type()
    if kind in CHAR_TYPES:
        if field.unique:
            return f"left('seed-' || g::text, {field.max_length or 100})"
        return "''"
    if kind == "BooleanField":
        return "false"
    if kind in INTEGER_TYPES:
        return "0"
    constants = {
        "DateTimeField": "now()",
        "DateField": "current_date",
        "TimeField": "'00:00'::time",
        "DurationField": "interval '0'",
        "JSONField": "'{}'::jsonb",
        "ArrayField": "'{}'",
        "UUIDField": "gen_random_uuid()",
        "BinaryField": "''::bytea",
        "GenericIPAddressField": "'0.0.0.0'::inet",
    }
    if kind in constants:
        return constants[kind]
    raise RuntimeError(f"The bench seeder cannot fill {field.model.__name__}.{field.name}.")


def _columns(model, exprs, params):
    """(column list, expression list) for every concrete column of `model`."""
    columns, values = [], []
    given = dict(exprs)
    for field in model._meta.concrete_fields:
        if field.column in given:
            columns.append(field.column)
            values.append(given.pop(field.column))
        elif (
            (field.primary_key and field.get_internal_type().endswith("AutoField"))
            or getattr(field, "db_default", models.NOT_PROVIDED) is not models.NOT_PROVIDED
            or field.null
        ):
            continue
        else:
            columns.append(field.column)
            values.append(_fill(field, params))
    if given:
        raise RuntimeError(f"{model.__name__} has no columns {sorted(given)}.")
    return columns, values


def insert(model, source, exprs, params=None):
    """INSERT INTO the model's table SELECT exprs FROM source; returns the row count."""
    params = dict(params or {})
    columns, values = _columns(model, exprs, params)
    sql = (
        f"INSERT INTO {model._meta.db_table} ({', '.join(map(quote, columns))}) "  # noqa: S608
        f"SELECT {', '.join(values)} FROM {source}"
    )
    return _execute(sql, params)


def link(m2m_field, source, left, right, params=None):
    """Rows of an automatic many-to-many table: left and right are SQL for the two ids."""
    through = m2m_field.remote_field.through
    own = through._meta.get_field(m2m_field.m2m_field_name()).column
    other = through._meta.get_field(m2m_field.m2m_reverse_field_name()).column
    return insert(through, source, {own: left, other: right}, params)


def pick(name):
    """A random element of the text[] parameter `name`."""
    return f"(%({name})s::text[])[1 + floor(random() * cardinality(%({name})s::text[]))::int]"


def ids_of(model, **filters):
    return list(model.objects.filter(**filters).order_by("pk").values_list("pk", flat=True))


def _stagger(modulus):
    """A multiplier coprime with `modulus`, so g ↦ (g × k) mod modulus visits distinct rows."""
    for prime in (7919, 7907, 7901, 7883):
        if math.gcd(prime, modulus) == 1:
            return prime
    return 1


def orphaned_references(app_labels):
    """["table.column", …] of foreign keys whose value names no row: the load ran with
    triggers (and so foreign-key checks) off, so the seeder proves its own integrity."""
    from django.apps import apps

    found = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label not in app_labels or not model._meta.managed:
            continue
        for field in model._meta.concrete_fields:
            if not (field.many_to_one or field.one_to_one) or not field.db_constraint:
                continue
            target = field.target_field
            sql = (
                f"SELECT EXISTS (SELECT 1 FROM {model._meta.db_table} t "  # noqa: S608
                f"WHERE t.{quote(field.column)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                f"{target.model._meta.db_table} r "
                f"WHERE r.{quote(target.column)} = t.{quote(field.column)}))"
            )
            if _scalar(sql):
                found.append(f"{model._meta.db_table}.{field.column}")
    return found
