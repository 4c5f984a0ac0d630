"""Validators of Russian tax and registration numbers.

The check digits follow the Federal Tax Service's published algorithms:
- INN (идентификационный номер налогоплательщика), order of the Ministry of Taxes
  No. БГ-3-09/178 of 1999-03-03 (annex): weighted sums modulo 11, then modulo 10.
  Organisations have 10 digits and one check digit, individuals 12 digits and two.
- OGRN (основной государственный регистрационный номер) of legal entities: 13 digits, the
  last is (the first 12 as a number mod 11) mod 10; OGRNIP of sole proprietors: 15 digits,
  the last is (the first 14 as a number mod 13) mod 10 (Government decree No. 438 of
  2002-06-19 and FNS order No. ММВ-7-6/25@ of 2011-01-26).
"""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check_digit(digits, weights):
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10


def inn_is_valid(value: str) -> bool:
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return False
    if len(value) == 10:
        return _check_digit(value[:9], INN10_WEIGHTS) == int(value[9])
    if len(value) == 12:
        return _check_digit(value[:10], INN12_WEIGHTS_11) == int(value[10]) and _check_digit(
            value[:11], INN12_WEIGHTS_12
        ) == int(value[11])
    return False


def ogrn_is_valid(value: str) -> bool:
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return False
    if len(value) == 13:
        return int(value[:12]) % 11 % 10 == int(value[12])
    if len(value) == 15:
        return int(value[:14]) % 13 % 10 == int(value[14])
    return False


def validate_inn(value):
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        raise ValidationError(_("An INN consists of digits only."), code="inn_not_digits")
    if len(value) not in (10, 12):
        raise ValidationError(
            _("An INN has 10 digits (organisation) or 12 digits (person)."), code="inn_length"
        )
    if not inn_is_valid(value):
        raise ValidationError(
            _("This INN's check digit is wrong: please check for a typo."), code="inn_checksum"
        )


def _validate_registration_number(value, length, label_error):
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        raise ValidationError(
            _("A registration number consists of digits only."), code="ogrn_not_digits"
        )
    if len(value) != length:
        raise ValidationError(label_error, code="ogrn_length")
    if not ogrn_is_valid(value):
        raise ValidationError(
            _("This registration number's check digit is wrong: please check for a typo."),
            code="ogrn_checksum",
        )


def validate_ogrn(value):
    """The OGRN of a legal entity: 13 digits."""
    _validate_registration_number(value, 13, _("An OGRN has 13 digits."))


def validate_ogrnip(value):
    """The OGRNIP of a sole proprietor: 15 digits."""
    _validate_registration_number(value, 15, _("An OGRNIP has 15 digits."))


def validate_ogrn_or_ogrnip(value):
    """Either number, told apart by its length."""
    if isinstance(value, str) and len(value) == 15:
        validate_ogrnip(value)
    elif isinstance(value, str) and len(value) == 13:
        validate_ogrn(value)
    else:
        _validate_registration_number(value, 13, _("An OGRN has 13 digits, an OGRNIP 15 digits."))


def normalise_phone(value: str, region: str = "RU") -> str:
    """A phone number in E.164 ("+74012923100"); Russian numbers may be typed locally
    ("8 4012 92-31-00", "(4012) 923100"). Empty stays empty."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise ValidationError(
            _("This does not look like a phone number: please type it with the area code."),
            code="phone_invalid",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
