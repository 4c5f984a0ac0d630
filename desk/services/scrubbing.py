"""Scrubbing one person's data out of every text column of the schema.

The anonymisation of an entrepreneur (`desk.services.retention`) erases their record; what
officers, partners, the outbox or the entrepreneur themselves wrote elsewhere is found here
by pattern: the name (in either order, and declined in the texts of their own cases), the
phone in any common formatting, the e-mail in any case, the INN and OGRN with or without
spaces. The columns are read from the model registry (every CharField, TextField,
JSONField and FileField of every installed model, the pghistory event tables included),
so a model added tomorrow is covered without a change here.

Each pattern is written in the common subset of Python's `re` and PostgreSQL's regular
expressions, with letter case spelled out as character classes (`[Зз]`): the database
finds and replaces the matches itself, whatever its collation, and Python walks the JSON
values with the very same pattern.
"""

import json
import re
from dataclasses import dataclass, field
from functools import reduce
from itertools import permutations
from operator import or_

from django.apps import apps
from django.contrib.postgres.functions import RandomUUID
from django.core.files.storage import default_storage
from django.db import models
from django.db.models import F, Func, Q, TextField, Value
from django.db.models.functions import Cast, Concat, Left

ANONYMISED = "anonymised"
# "-" and 12 random hex digits, appended to a scrubbed value of a unique column.
UNIQUE_SUFFIX_ROOM = 13

LETTERS = "A-Za-zА-Яа-яЁё"
NOT_AFTER_LETTER = f"(?<![{LETTERS}])"
NOT_BEFORE_LETTER = f"(?![{LETTERS}])"
NOT_AFTER_DIGIT = "(?<![0-9])"
NOT_BEFORE_DIGIT = "(?![0-9])"
# What people put between the digits of a number: +7 (4012) 55-51-23, 8.4012.555.123.
DIGIT_SEPARATORS = r"[\s().-]*"
# Endings a Russian name takes when declined: Зинаида → Зинаиде, Зинаидой; Иванов → Иванову.
NAME_ENDING = f"[{LETTERS}]{{0,3}}"
DECLINABLE_ENDINGS = "аяоеёьйиыуюэ"
# The shortest part of a name matched on its own (in the person's own texts only).
MIN_NAME_PART = 3

# Columns the scrub never rewrites, each with its reason; tests/desk/test_retention_reach.py
# keeps the same list and fails when anything else keeps a planted value.
KEPT_COLUMNS = {
    # Staff accounts are the employee's own data, processed under their employment; a
    # coincidence with an entrepreneur's name must not lock a colleague out.
    ("auth_user", "username"),
    ("auth_user", "first_name"),
    ("auth_user", "last_name"),
    ("auth_user", "email"),
    ("auth_user", "password"),
    # A newsletter subscription rests on its own consent and ends by unsubscribing; the
    # end of a desk consultation does not end it.
    ("manual_subscriber", "email"),
    ("manual_subscriberevent", "email"),
}


def _caseless(text: str) -> str:
    """`text` as a pattern matching it in any letter case (and ё for е)."""
    parts = []
    for char in text:
        variants = {char, char.lower(), char.upper()}
        if char.lower() in "её":
            variants |= {"е", "ё", "Е", "Ё"}
        variants = sorted(variant for variant in variants if len(variant) == 1)
        parts.append(f"[{''.join(variants)}]" if len(variants) > 1 else re.escape(char))
    return "".join(parts)


def _name_word(word: str) -> str:
    stem = word[:-1] if len(word) > 3 and word[-1].lower() in DECLINABLE_ENDINGS else word
    ending = NAME_ENDING if len(word) > 3 else ""
    return f"{NOT_AFTER_LETTER}{_caseless(stem)}{ending}{NOT_BEFORE_LETTER}"


def _name_words(name: str) -> list[str]:
    return [word for word in re.split(r"[\s,]+", name.strip()) if len(word) >= MIN_NAME_PART]


def full_name_pattern(name: str) -> str:
    """The whole name, its words in any order and each possibly declined; '' for a name of
    one word (a bare first name is too common to look for in other people's texts)."""
    words = _name_words(name)
    if len(words) < 2:
        return ""
    orders = permutations(words) if len(words) <= 3 else [words]
    return "|".join(r"[\s,]+".join(_name_word(word) for word in order) for order in orders)


def phone_pattern(phone: str) -> str:
    """A phone stored as +74012555123 in any formatting people write it in."""
    digits = re.sub(r"[^0-9]", "", phone)
    if len(digits) < 7:
        return ""
    if digits.startswith("7") and len(digits) == 11:
        prefix = rf"(?:(?:(?:\+\s*)?7|8){DIGIT_SEPARATORS}|\()?"
        digits = digits[1:]
    else:
        prefix = r"(?:(?:\+|00)\s*|\()?"
    return NOT_AFTER_DIGIT + prefix + DIGIT_SEPARATORS.join(digits) + NOT_BEFORE_DIGIT


def number_pattern(number: str) -> str:
    """A tax or registration number, with or without spaces or dashes between digits."""
    digits = re.sub(r"[^0-9]", "", number)
    if len(digits) < 10:
        return ""
    return NOT_AFTER_DIGIT + r"[\s-]*".join(digits) + NOT_BEFORE_DIGIT


def email_pattern(email: str) -> str:
    return _caseless(email.strip()) if "@" in email else ""


def alternatives(patterns) -> str:
    """One pattern matching any of `patterns` (longest first), or '' for none."""
    unique = sorted({pattern for pattern in patterns if pattern}, key=len, reverse=True)
    return "|".join(f"(?:{pattern})" for pattern in unique)


def person_patterns(
    *, names=(), phones=(), emails=(), numbers=(), own_words=()
) -> tuple[str, str]:
    """(strict, own): `strict` finds the person in anyone's text; `own` adds each word of
    their names and `own_words` (business name), for the texts of their own cases only."""
    strict = [full_name_pattern(name) for name in names]
    strict += [phone_pattern(phone) for phone in phones]
    strict += [email_pattern(email) for email in emails]
    strict += [number_pattern(number) for number in numbers]
    own = [_name_word(word) for name in names for word in _name_words(name)]
    own += [
        _caseless(word.strip()).replace(r"\ ", r"\s+")
        for word in own_words
        if len(word.strip()) >= MIN_NAME_PART
    ]
    return alternatives(strict), alternatives(strict + own)


@dataclass
class ScrubReport:
    """Rows rewritten per table; never the values themselves."""

    tables: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, rows: int):
        if rows:
            self.tables[table] = self.tables.get(table, 0) + rows

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def scrubbed_models():
    """Every concrete table of the installed apps, event tables included."""
    for model in apps.get_models(include_auto_created=True):
        options = model._meta
        if options.managed and not options.proxy and not options.swapped:
            yield model


COLUMN_KINDS = {
    "text": models.CharField | models.TextField,
    "json": models.JSONField,
    "file": models.FileField,
}


def _columns(model, kind):
    table = model._meta.db_table
    for column in model._meta.concrete_fields:
        if (table, column.column) in KEPT_COLUMNS or getattr(column, "generated", False):
            continue
        if isinstance(column, COLUMN_KINDS[kind]):
            yield column


def _replacement(column, pattern):
    if isinstance(column, models.EmailField) and column.blank:
        # An address field that held the person's address is emptied, not filled with a word.
        return models.Case(
            models.When(Q(**{f"{column.attname}__regex": pattern}), then=Value("")),
            default=F(column.attname),
            output_field=TextField(),
        )
    replaced = Func(
        F(column.attname),
        Value(pattern),
        Value(ANONYMISED),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )
    if column.unique:
        # Two rows may differ only by the person ("reply:Zinaida@…", "reply:zinaida@…"):
        # a random tag keeps the scrubbed values apart, so the job never stops on a
        # duplicate key (not the row's id: a primary key may be the very value scrubbed).
        suffix = Concat(
            Value("-"), Left(Cast(RandomUUID(), TextField()), 12), output_field=TextField()
        )
        if column.max_length:
            room = column.max_length - UNIQUE_SUFFIX_ROOM
            replaced = Left(replaced, room) if room > 0 else Value(ANONYMISED[: column.max_length])
        distinct = Concat(replaced, suffix, output_field=TextField())
        if column.max_length:
            distinct = Left(distinct, column.max_length)
        return models.Case(
            models.When(Q(**{f"{column.attname}__regex": pattern}), then=distinct),
            default=F(column.attname),
            output_field=TextField(),
        )
    return Left(replaced, column.max_length) if column.max_length else replaced


def _scrub_json(value, regex):
    if isinstance(value, str):
        return regex.sub(ANONYMISED, value)
    if isinstance(value, list):
        return [_scrub_json(item, regex) for item in value]
    if isinstance(value, dict):
        return {
            regex.sub(ANONYMISED, key): _scrub_json(item, regex) for key, item in value.items()
        }
    return value


def _renamed_file(name, regex):
    new_name = regex.sub(ANONYMISED, name)
    if default_storage.exists(name):
        with default_storage.open(name) as content:
            new_name = default_storage.save(new_name, content)
        default_storage.delete(name)
    return new_name


def scrub_model(model, pattern: str, *, scope: Q | None = None) -> int:
    """Replace `pattern` in every text column of `model` (within `scope`); rows changed."""
    if not pattern:
        return 0
    rows = model._base_manager.all() if scope is None else model._base_manager.filter(scope)
    changed = set()
    texts = list(_columns(model, "text"))
    if texts:
        matching = rows.filter(
            reduce(or_, (Q(**{f"{column.attname}__regex": pattern}) for column in texts))
        )
        pks = list(matching.values_list("pk", flat=True))
        if pks:
            model._base_manager.filter(pk__in=pks).update(
                **{column.attname: _replacement(column, pattern) for column in texts}
            )
            changed.update(pks)
    regex = re.compile(pattern)
    for column in _columns(model, "json"):
        as_text = rows.annotate(_as_text=Cast(column.attname, TextField()))
        for pk, value in as_text.filter(_as_text__regex=pattern).values_list("pk", column.attname):
            model._base_manager.filter(pk=pk).update(**{column.attname: _scrub_json(value, regex)})
            changed.add(pk)
    for column in _columns(model, "file"):
        matching = rows.filter(**{f"{column.attname}__regex": pattern})
        for pk, name in matching.values_list("pk", column.attname):
            model._base_manager.filter(pk=pk).update(
                **{column.attname: _renamed_file(name, regex)}
            )
            changed.add(pk)
    return len(changed)


class PersonFinder:
    """Which texts may mention any of several people, in one pass over each text whatever
    their number: the words, digit runs and addresses of a text are looked up in sets.

    It finds a superset of what their strict patterns match (two neighbouring words that
    are words of one person's name, a digit run holding their phone or INN, an address
    holding theirs); the database then replaces with that person's pattern in those rows
    only, instead of running long patterns over every row of every table.
    """

    WORD = re.compile(r"[a-zа-яё]+")
    DIGIT_RUN = re.compile(r"[0-9][0-9\s().+-]*")

    def __init__(self, people):
        self.stems = {}  # stem of a name word → indexes of the people with that word
        self.words = {}  # a name word of three letters (never declined) → indexes
        self.numbers = {}  # digits of a phone, INN or OGRN → indexes of the people
        self.addresses = {}  # a folded e-mail address → indexes of the people
        for index, person in enumerate(people):
            for name in person.get("names", ()):
                for word in map(_folded, _name_words(name)):
                    if len(word) > MIN_NAME_PART:
                        stem = word[:-1] if word[-1] in DECLINABLE_ENDINGS else word
                        self.stems.setdefault(stem, set()).add(index)
                    else:
                        self.words.setdefault(word, set()).add(index)
            for phone in person.get("phones", ()):
                digits = re.sub(r"[^0-9]", "", phone)
                # The national number is in every way of writing a Russian one.
                digits = digits[1:] if len(digits) == 11 and digits[0] == "7" else digits
                self.numbers.setdefault(digits, set()).add(index)
            for number in person.get("numbers", ()):
                self.numbers.setdefault(re.sub(r"[^0-9]", "", number), set()).add(index)
            for email in person.get("emails", ()):
                self.addresses.setdefault(_folded(email.strip()), set()).add(index)
        self.numbers.pop("", None)
        self.addresses.pop("", None)
        self.stem_lengths = sorted({len(stem) for stem in self.stems})
        self.number_lengths = sorted({len(number) for number in self.numbers})
        # Where the @ sits in each address, and its length: a text is looked at around its @.
        self.address_shapes = sorted({(a.index("@"), len(a)) for a in self.addresses if "@" in a})

    def _people_of(self, word):
        people = set(self.words.get(word, ()))
        for length in self.stem_lengths:
            if length > len(word):
                break
            if len(word) - length <= 3:
                people |= self.stems.get(word[:length], set())
        return people

    def _by_address(self, text, found):
        at = text.find("@")
        while at != -1:
            for before, length in self.address_shapes:
                if at >= before:
                    found |= self.addresses.get(text[at - before : at - before + length], set())
            at = text.find("@", at + 1)

    def _by_number(self, text, found):
        for run in self.DIGIT_RUN.findall(text):
            digits = re.sub(r"[^0-9]", "", run)
            for length in self.number_lengths:
                for start in range(len(digits) - length + 1):
                    found |= self.numbers.get(digits[start : start + length], set())

    def _by_name(self, text, found):
        previous = set()
        for word in self.WORD.findall(text):
            people = self._people_of(word)
            found |= previous & people
            previous = people

    def mentioned(self, text: str) -> set[int]:
        """The indexes of the people `text` may mention."""
        folded = _folded(text)
        found = set()
        if self.address_shapes and "@" in folded:
            self._by_address(folded, found)
        if self.numbers:
            self._by_number(folded, found)
        if self.stems or self.words:
            self._by_name(folded, found)
        return found


def _folded(text):
    return text.lower().replace("ё", "е")


def _row_text(values):
    return "\n".join(
        value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        for value in values
        if value
    )


def candidate_rows(model, finder: PersonFinder) -> dict[int, list]:
    """Per person (their index), the primary keys of the rows of `model` whose texts may
    mention them."""
    columns = [column.attname for kind in COLUMN_KINDS for column in _columns(model, kind)]
    candidates = {}
    if columns:
        rows = model._base_manager.order_by().values_list("pk", *columns)
        for pk, *values in rows.iterator(chunk_size=2000):
            for person in finder.mentioned(_row_text(values)):
                candidates.setdefault(person, []).append(pk)
    return candidates


def scrub_everywhere(people: list[tuple[dict, str]], *, report: ScrubReport, skip=()):
    """Replace each person's pattern (`people`: (person, pattern) pairs) in every text
    column of every table but those of `skip`, in the rows that may mention them. One
    pattern at a time: PostgreSQL's regular expressions grow slow past a few people's."""
    finder = PersonFinder([person for person, _ in people])
    for model in scrubbed_models():
        if model in skip:
            continue
        for person, pks in candidate_rows(model, finder).items():
            rows = scrub_model(model, people[person][1], scope=Q(pk__in=pks))
            report.add(model._meta.db_table, rows)
