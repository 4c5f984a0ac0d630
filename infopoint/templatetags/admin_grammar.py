"""The admin's sentences that name a model, in the model's right grammatical form."""

from django import template

from infopoint import grammar

register = template.Library()


@register.filter
def counted(number, opts):
    return grammar.counted(number, opts)


@register.filter
def add_label(opts):
    return grammar.add_label(opts)
