import pghistory
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


@pghistory.track(
    model_name="OfficeHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class Office(models.Model):
    """An information point: a desk where officers receive entrepreneurs."""

    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    address = models.CharField(_("address"), max_length=300)
    address_en = models.CharField(_("address in English"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    is_public = models.BooleanField(
        _("shown on the public site"),
        default=True,
        help_text=_("The first public office by order appears in the site footer."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="offices",
        blank=True,
        verbose_name=_("staff"),
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("desk:office", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name

    @property
    def display_address(self):
        return self.address_en if get_language() == "en" and self.address_en else self.address


@pghistory.track(
    model_name="OpeningHoursHistory",
    obj_field=pghistory.ObjForeignKey(related_name="history", related_query_name="history"),
)
class OpeningHours(models.Model):
    """One opening period of an office on one weekday (0 = Monday)."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    office = models.ForeignKey(
        Office, on_delete=models.CASCADE, related_name="opening_hours", verbose_name=_("office")
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(weekday__gte=0, weekday__lte=6), name="openinghours_weekday_valid"
            ),
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")), name="openinghours_closes_after_opens"
            ),
            models.UniqueConstraint(
                fields=["office", "weekday", "opens"], name="openinghours_unique_period"
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"
