"""Writes of cases, by topic: intake, the status workflow, closing, edits, follow-ups.

Each service writes its own timeline entry (CaseEvent); pghistory keeps the row history.
Callers import from here (`from desk.services.cases import case_close`); the modules
import each other directly, so the referral services can use them while this package
is still being imported.
"""

from desk.services.cases.closing import REFERRAL_OPEN_STATUSES, OpenItems, case_close
from desk.services.cases.editing import EDITABLE_FIELDS, CaseConflict, case_update, changed_since
from desk.services.cases.follow_ups import follow_up_add, follow_up_done
from desk.services.cases.intake import (
    case_hand_out,
    case_intake,
    case_intake_with_new_entrepreneur,
    due_dates,
    entrepreneur_of_another_office,
    require_record_of_office,
)
from desk.services.cases.moving import case_move, case_move_problem
from desk.services.cases.timeline import case_add_note, case_event_add, constraint_errors
from desk.services.cases.workflow import case_change_status, case_mark_time

__all__ = [
    "EDITABLE_FIELDS",
    "REFERRAL_OPEN_STATUSES",
    "CaseConflict",
    "OpenItems",
    "case_add_note",
    "case_change_status",
    "case_close",
    "case_event_add",
    "case_hand_out",
    "case_intake",
    "case_intake_with_new_entrepreneur",
    "case_mark_time",
    "case_move",
    "case_move_problem",
    "case_update",
    "changed_since",
    "constraint_errors",
    "due_dates",
    "entrepreneur_of_another_office",
    "follow_up_add",
    "follow_up_done",
    "require_record_of_office",
]
