"""The feedback app's models, one module per topic. Each module's models are imported here."""

from feedback.models.capture import ArticleVote, Invitation, Response, SiteFeedback, Tag
from feedback.models.loop import ImprovementAction

__all__ = ["ArticleVote", "ImprovementAction", "Invitation", "Response", "SiteFeedback", "Tag"]
