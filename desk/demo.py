"""Demo offices of the Kaliningrad information point (example data)."""

from datetime import time

from django.db import transaction

from desk.models import Office, OpeningHours

OFFICES = [
    {
        "slug": "central",
        "name": "Инфопункт для предпринимателей — центральный офис",
        "name_en": "Infopoint for entrepreneurs — central office",
        "address": "Калининград, площадь Победы, 1, каб. 112",
        "address_en": "Kaliningrad, Pobedy Square 1, room 112",
        "phone": "+7 4012 92-31-00",
        "email": "infopoint@klgd.example",
        "map_url": "https://yandex.ru/maps/?text=Калининград%2C%20площадь%20Победы%2C%201",
        "order": 0,
        "hours": [(day, time(9), time(18)) for day in range(4)] + [(4, time(9), time(16, 45))],
    },
    {
        "slug": "leningradsky",
        "name": "Инфопункт — Ленинградский район",
        "name_en": "Infopoint — Leningradsky district",
        "address": "Калининград, ул. Генерала Павлова, 2, каб. 5",
        "address_en": "Kaliningrad, Generala Pavlova St 2, room 5",
        "phone": "+7 4012 92-31-50",
        "email": "infopoint-len@klgd.example",
        "map_url": "",
        "order": 1,
        "hours": [(day, time(10), time(17)) for day in (1, 3)],
    },
]


@transaction.atomic
def load_offices():
    offices = []
    for data in OFFICES:
        data = dict(data)
        hours = data.pop("hours")
        office, _created = Office.objects.update_or_create(slug=data["slug"], defaults=data)
        for weekday, opens, closes in hours:
            OpeningHours.objects.update_or_create(
                office=office, weekday=weekday, opens=opens, defaults={"closes": closes}
            )
        offices.append(office)
    return offices
