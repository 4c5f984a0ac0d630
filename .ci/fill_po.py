"""Fill msgstr entries of a .po catalogue from a JSON object {msgid: msgstr}.

    .venv/bin/python .ci/fill_po.py desk/locale/ru/LC_MESSAGES/django.po /tmp/ru.json

A plural entry takes a list of forms (Russian has three: one, few, many). Entries not in
the JSON are left as they are; the script prints how many remain untranslated.
"""

import json
import sys

import polib


def main(po_path, json_path):
    with open(json_path, encoding="utf-8") as source:
        translations = json.load(source)
    catalogue = polib.pofile(po_path)
    for entry in catalogue:
        if entry.msgid not in translations:
            continue
        value = translations[entry.msgid]
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(value))
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = None
    catalogue.save()
    left = [entry.msgid for entry in catalogue.untranslated_entries()]
    left += [entry.msgid for entry in catalogue.fuzzy_entries()]
    print(f"{po_path}: {len(left)} left untranslated or fuzzy")
    for msgid in left:
        print("  ", repr(msgid))


if __name__ == "__main__":
    main(*sys.argv[1:3])
