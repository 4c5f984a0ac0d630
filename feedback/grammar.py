"""The Russian forms of this app's models for the back-office's sentences
(infopoint.grammar)."""

from infopoint.grammar import Forms

FORMS = {
    "feedback.tag": Forms("метка", "метку", "метки", "метки", "меток", "f"),
    "feedback.invitation": Forms(
        "приглашение к отзыву",
        "приглашение к отзыву",
        "приглашения к отзыву",
        "приглашения к отзыву",
        "приглашений к отзыву",
        "n",
    ),
    "feedback.response": Forms(
        "отзыв о консультации",
        "отзыв о консультации",
        "отзыва о консультации",
        "отзывы о консультациях",
        "отзывов о консультациях",
        "m",
    ),
    "feedback.articlevote": Forms(
        "оценка статьи", "оценку статьи", "оценки статьи", "оценки статей", "оценок статей", "f"
    ),
    "feedback.sitefeedback": Forms(
        "отзыв о сайте",
        "отзыв о сайте",
        "отзыва о сайте",
        "отзывы о сайте",
        "отзывов о сайте",
        "m",
    ),
    "feedback.improvementaction": Forms(
        "мера по улучшению",
        "меру по улучшению",
        "меры по улучшению",
        "меры по улучшению",
        "мер по улучшению",
        "f",
    ),
}
