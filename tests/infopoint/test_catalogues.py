"""Every translation catalogue (the project's and each app's) is complete, and its
compiled .mo file is current: `make messages` regenerates both."""

import ast
from pathlib import Path

import polib
import pytest

BASE = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(
    path
    for root in [
        "locale",
        "desk/locale",
        "manual/locale",
        "feedback/locale",
        "stakeholders/locale",
        "monitoring/locale",
    ]
    for path in (BASE / root).glob("*/LC_MESSAGES/django.po")
)


def test_there_is_a_russian_and_an_english_catalogue_for_each_part():
    assert len(CATALOGUES) == 12


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(BASE)))
def test_catalogue_has_no_untranslated_or_fuzzy_entries(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated: {untranslated[:20]}"
    assert not fuzzy, f"fuzzy: {fuzzy[:20]}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(BASE)))
def test_compiled_catalogue_matches_the_source(po_path):
    def entries(catalogue):
        found = {}
        for entry in catalogue:
            if not entry.msgid or "fuzzy" in entry.flags or getattr(entry, "obsolete", False):
                continue
            if entry.msgid_plural:
                forms = tuple(entry.msgstr_plural[key] for key in sorted(entry.msgstr_plural))
                found[(entry.msgid, entry.msgid_plural)] = forms
            elif entry.msgstr:
                found[entry.msgid] = entry.msgstr
        return found

    compiled = entries(polib.mofile(str(po_path.with_suffix(".mo"))))
    source = entries(polib.pofile(str(po_path)))
    assert compiled == source, "run `manage.py catalogues --compile-only`"


def _calls_gettext_inside_an_f_string(tree):
    names = {"_", "gettext", "gettext_lazy", "ngettext", "pgettext", "npgettext"}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Name)
                    and inner.func.id in names
                ):
                    yield inner.lineno


def test_no_string_is_translated_inside_an_f_string():
    """xgettext (0.21) does not read inside f-strings: a string translated only there
    never reaches the catalogue, and the Russian page shows it in English."""
    found = []
    for app in ["infopoint", "desk", "manual", "feedback", "stakeholders", "monitoring"]:
        for path in sorted((BASE / app).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            found += [
                f"{path.relative_to(BASE)}:{line}"
                for line in _calls_gettext_inside_an_f_string(tree)
            ]
    assert found == []
