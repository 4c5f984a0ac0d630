"""The monitoring dashboards: periods, SQL figures, SVG charts, exports and the PDF report.

They live in the top package because they join every app (cases, feedback, the manual,
partners); no app imports them.
"""
