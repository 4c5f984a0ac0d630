"""INN, OGRN/OGRNIP and phone validation."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.demo_cases import demo_inn
from desk.validators import (
    INN10_WEIGHTS,
    inn_is_valid,
    normalise_phone,
    ogrn_is_valid,
    validate_inn,
    validate_ogrn,
    validate_ogrn_or_ogrnip,
    validate_ogrnip,
)
from tests.fuzz import examples


@pytest.mark.parametrize("inn", ["7707083893", "500100732259"])
def test_it_accepts_real_inns(inn):
    validate_inn(inn)


@pytest.mark.parametrize(
    ("inn", "code"),
    [
        ("7707083894", "inn_checksum"),
        ("500100732258", "inn_checksum"),
        ("500100732249", "inn_checksum"),
        ("77070838", "inn_length"),
        ("77070838931", "inn_length"),
        ("77070a3893", "inn_not_digits"),
        ("٧٧٠٧٠٨٣٨٩٣", "inn_not_digits"),
    ],
)
def test_it_refuses_wrong_inns_with_a_code(inn, code):
    with pytest.raises(ValidationError) as error:
        validate_inn(inn)
    assert error.value.code == code


def test_it_accepts_a_real_ogrn_and_ogrnip():
    validate_ogrn("1027700132195")
    validate_ogrnip("304500116000157")
    validate_ogrn_or_ogrnip("1027700132195")
    validate_ogrn_or_ogrnip("304500116000157")


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("1027700132196", "ogrn_checksum"),
        ("304500116000158", "ogrn_checksum"),
        ("10277001321", "ogrn_length"),
        ("10277001321x5", "ogrn_not_digits"),
    ],
)
def test_it_refuses_wrong_registration_numbers(value, code):
    with pytest.raises(ValidationError) as error:
        validate_ogrn_or_ogrnip(value)
    assert error.value.code == code


def test_an_ogrnip_is_not_accepted_as_an_ogrn():
    with pytest.raises(ValidationError) as error:
        validate_ogrn("304500116000157")
    assert error.value.code == "ogrn_length"


@settings(max_examples=examples("public"), deadline=None)
@given(st.text(max_size=20))
def test_random_text_never_crashes_the_validators(value):
    for validator in (validate_inn, validate_ogrn, validate_ogrnip, validate_ogrn_or_ogrnip):
        try:
            validator(value)
        except ValidationError as error:
            assert error.code


@settings(max_examples=examples("public"), deadline=None)
@given(st.lists(st.integers(0, 9), min_size=9, max_size=9))
def test_a_ten_digit_inn_with_its_computed_check_digit_passes(digits):
    check = sum(d * w for d, w in zip(digits, INN10_WEIGHTS, strict=True)) % 11 % 10
    inn = "".join(map(str, digits)) + str(check)
    validate_inn(inn)
    wrong = inn[:9] + str((check + 1) % 10)
    assert not inn_is_valid(wrong)


@settings(max_examples=examples("public"), deadline=None)
@given(st.randoms(use_true_random=False))
def test_generated_twelve_digit_inns_pass(rng):
    validate_inn(demo_inn(rng))


@settings(max_examples=examples("public"), deadline=None)
@given(st.integers(10**11, 10**12 - 1), st.integers(10**13, 10**14 - 1))
def test_ogrn_and_ogrnip_with_computed_check_digits_pass(ogrn_body, ogrnip_body):
    assert ogrn_is_valid(f"{ogrn_body}{ogrn_body % 11 % 10}")
    assert ogrn_is_valid(f"{ogrnip_body}{ogrnip_body % 13 % 10}")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("8 4012 92-31-00", "+74012923100"),
        ("(4012) 923100", "+74012923100"),
        ("+7 911 123-45-67", "+79111234567"),
        ("89111234567", "+79111234567"),
        ("+31 50 367 8911", "+31503678911"),
        ("", ""),
    ],
)
def test_it_stores_phones_in_international_format(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12", "abc", "9" * 40, "+7"])
def test_it_refuses_what_is_not_a_phone(typed):
    with pytest.raises(ValidationError) as error:
        normalise_phone(typed)
    assert error.value.code == "phone_invalid"
