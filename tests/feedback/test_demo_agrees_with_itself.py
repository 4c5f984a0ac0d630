"""The demo's "You said, we did" promises only what the demo's offices and manual do."""

import re

from desk.demo import OFFICES
from feedback.demo import ACTIONS
from manual.demo_content import ARTICLES

CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b|\b(\d{1,2}) (am|pm)\b")


def _hours():
    times = set()
    for office in OFFICES:
        for _weekday, opens, closes in office["hours"]:
            times |= {(opens.hour, opens.minute), (closes.hour, closes.minute)}
    return times


def _clock_times(text):
    for hour, minute, twelve, half in CLOCK.findall(text):
        if hour:
            yield int(hour), int(minute)
        else:
            yield int(twelve) % 12 + (12 if half == "pm" else 0), 0


def test_every_opening_time_the_actions_promise_is_an_offices_opening_time():
    hours = _hours()
    for action in ACTIONS:
        if action["status"] != "done":
            continue
        for text in (action["we_did"], action["we_did_en"]):
            for moment in _clock_times(text):
                assert moment in hours, f"{action['title']}: {moment} is no office's time"


def test_no_action_promises_sample_forms_the_manual_does_not_have():
    manual = " ".join(str(article) for article in ARTICLES).lower()
    for action in ACTIONS:
        we_did = f"{action.get('we_did', '')} {action.get('we_did_en', '')}".lower()
        promised = "образц" in we_did or "sample" in we_did
        if action["status"] == "done" and promised:
            assert "образец заполнения" in manual or "образцы заполнения" in manual
