"""Geometry of the influence × interest matrix, drawn as SVG by a template."""

from collections import defaultdict
from dataclasses import dataclass

from stakeholders.models import StakeholderAssessment

MARGIN_LEFT = 70
MARGIN_TOP = 20
CELL = 80
SCALE = range(1, 6)
PLOT = CELL * len(SCALE)
# Low scores are 1 … HIGH-1; the quadrant border sits after them.
BORDER = CELL * (StakeholderAssessment.HIGH - 1)


@dataclass
class Point:
    number: int
    assessment: StakeholderAssessment
    x: float
    y: float


def _centre(score):
    return (score - 0.5) * CELL


def matrix(assessments):
    """Numbered points (interest on x, influence on y, upwards) and the quadrant boxes."""
    crowded = defaultdict(int)
    points = []
    for number, assessment in enumerate(assessments, start=1):
        key = (assessment.interest, assessment.influence)
        slot = crowded[key]
        crowded[key] += 1
        dx = (slot % 3 - 1) * 22
        dy = (slot // 3) * 22 - 11 * (slot >= 3)
        points.append(
            Point(
                number=number,
                assessment=assessment,
                x=MARGIN_LEFT + _centre(assessment.interest) + dx,
                y=MARGIN_TOP + PLOT - _centre(assessment.influence) + dy,
            )
        )
    left, top = MARGIN_LEFT, MARGIN_TOP
    high = PLOT - BORDER
    Q = StakeholderAssessment.Quadrant
    quadrants = [
        # (quadrant, x, y, width, height): influence grows upwards, interest to the right.
        (Q.KEEP_SATISFIED, left, top, BORDER, high),
        (Q.MANAGE_CLOSELY, left + BORDER, top, high, high),
        (Q.MONITOR, left, top + high, BORDER, BORDER),
        (Q.KEEP_INFORMED, left + BORDER, top + high, high, BORDER),
    ]
    return {
        "points": points,
        "quadrants": [
            {
                "key": quadrant.value,
                # A narrow box puts each word of its label on a line of its own.
                "lines": str(quadrant.label).capitalize().split()
                if width < PLOT / 2
                else [str(quadrant.label).capitalize()],
                "x": x,
                "y": y,
                "width": width,
                "height": height,
                "label_x": x + 6,
                "label_y": y + 14,
            }
            for quadrant, x, y, width, height in quadrants
        ],
        "ticks": [
            {
                "score": score,
                "x": MARGIN_LEFT + _centre(score),
                "y": MARGIN_TOP + PLOT - _centre(score),
            }
            for score in SCALE
        ],
        "left": MARGIN_LEFT,
        "top": MARGIN_TOP,
        "plot": PLOT,
        "right": MARGIN_LEFT + PLOT,
        "bottom": MARGIN_TOP + PLOT,
        "width": MARGIN_LEFT + PLOT + 20,
        "height": MARGIN_TOP + PLOT + 50,
        "x_label_x": MARGIN_LEFT + PLOT / 2,
        "x_label_y": MARGIN_TOP + PLOT + 42,
        "y_label_x": 18,
        "y_label_y": MARGIN_TOP + PLOT / 2,
        "tick_label_y": MARGIN_TOP + PLOT + 18,
        "tick_label_x": MARGIN_LEFT - 10,
    }
