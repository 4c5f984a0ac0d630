"""Every translation catalogue (the project's and each app's) is complete, and its
compiled .mo file is current: `make messages` regenerates both."""

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
    ]
    for path in (BASE / root).glob("*/LC_MESSAGES/django.po")
)


def test_there_is_a_russian_and_an_english_catalogue_for_each_part():
    assert len(CATALOGUES) == 10


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(BASE)))
def test_catalogue_has_no_untranslated_or_fuzzy_entries(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated: {untranslated[:20]}"
    assert not fuzzy, f"fuzzy: {fuzzy[:20]}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(BASE)))
def test_compiled_catalogue_matches_the_source(po_path):
    compiled = {
        entry.msgid: entry.msgstr for entry in polib.mofile(str(po_path.with_suffix(".mo")))
    }
    source = {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(po_path)).translated_entries()
        if not entry.msgid_plural
    }
    assert {
        k: v for k, v in compiled.items() if k in source or k == ""
    } | source == compiled | source
    assert all(compiled.get(msgid) == msgstr for msgid, msgstr in source.items())
