# British day-month-year, as the rest of the English pages write it («7 December 2026»).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
# Short forms in lists: "5 Dec 2026", never the US "12/05/2026" a European reads as 12 May.
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
