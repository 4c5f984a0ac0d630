# British day-month-year, as the rest of the English pages write it («7 December 2026»).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
