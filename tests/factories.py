"""Factories for every model, in one place (apps below the top import nothing from here)."""

from datetime import time

import factory
from django.contrib.auth import get_user_model

from desk.models import Office, OpeningHours


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Мария"
    last_name = "Иванова"
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct-horse-battery")


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Инфопункт {n}")
    name_en = factory.Sequence(lambda n: f"Infopoint {n}")
    slug = factory.Sequence(lambda n: f"office-{n}")
    address = "Калининград, площадь Победы, 1"
    address_en = "Kaliningrad, Pobedy Square 1"
    phone = "+7 4012 92-31-00"
    email = "infopoint@example.org"


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OpeningHours

    office = factory.SubFactory(OfficeFactory)
    weekday = 0
    opens = time(9)
    closes = time(18)


# --- stakeholders -------------------------------------------------------------------

# --- manual -------------------------------------------------------------------------

# --- desk (cases, entrepreneurs, referrals) ------------------------------------------

# --- feedback -----------------------------------------------------------------------
