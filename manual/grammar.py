"""The Russian forms of this app's models for the back-office's sentences
(infopoint.grammar)."""

from infopoint.grammar import Forms

FORMS = {
    "manual.topic": Forms("тема", "тему", "темы", "темы", "тем", "f"),
    "manual.article": Forms("статья", "статью", "статьи", "статьи", "статей", "f"),
    "manual.articlerevision": Forms(
        "редакция статьи",
        "редакцию статьи",
        "редакции статьи",
        "редакции статей",
        "редакций статей",
        "f",
    ),
    "manual.document": Forms("документ", "документ", "документа", "документы", "документов", "m"),
    "manual.synonym": Forms("синоним", "синоним", "синонима", "синонимы", "синонимов", "m"),
    "manual.searchquery": Forms(
        "поисковый запрос",
        "поисковый запрос",
        "поисковых запроса",
        "поисковые запросы",
        "поисковых запросов",
        "m",
    ),
    "manual.newsitem": Forms("новость", "новость", "новости", "новости", "новостей", "f"),
    "manual.event": Forms(
        "мероприятие", "мероприятие", "мероприятия", "мероприятия", "мероприятий", "n"
    ),
}
