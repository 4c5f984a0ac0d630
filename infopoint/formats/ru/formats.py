# Russian dates as a native writes them: the month in the genitive, lower case
# («7 декабря 2026 г.», «7 декабря»); Django's own MONTH_DAY_FORMAT puts it in the nominative.
DATE_FORMAT = "j E Y г."
DATETIME_FORMAT = "j E Y г., G:i"
MONTH_DAY_FORMAT = "j E"
