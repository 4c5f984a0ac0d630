"""The Russian forms of this app's models for the back-office's sentences
(infopoint.grammar)."""

from infopoint.grammar import Forms

FORMS = {
    "stakeholders.organisation": Forms(
        "организация", "организацию", "организации", "организации", "организаций", "f"
    ),
    "stakeholders.contactperson": Forms(
        "контактное лицо",
        "контактное лицо",
        "контактных лица",
        "контактные лица",
        "контактных лиц",
        "n",
    ),
    "stakeholders.communication": Forms(
        "запись журнала взаимодействия",
        "запись журнала взаимодействия",
        "записи журнала взаимодействия",
        "записи журнала взаимодействия",
        "записей журнала взаимодействия",
        "f",
    ),
    "stakeholders.stakeholderassessment": Forms(
        "оценка заинтересованной стороны",
        "оценку заинтересованной стороны",
        "оценки заинтересованной стороны",
        "оценки заинтересованных сторон",
        "оценок заинтересованных сторон",
        "f",
    ),
}
