from django import template

from infopoint.fragments import fragment

register = template.Library()


class PublicFragmentNode(template.Node):
    # Opaque to {% extends %}: a block inside a fragment would be shared by every template
    # that overrides it, so a child template cannot reach one.
    child_nodelists = ()

    def __init__(self, nodelist, name, vary_on, timeout):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.timeout = timeout

    def render(self, context):
        key = (self.name.resolve(context), *(repr(part.resolve(context)) for part in self.vary_on))
        timeout = None if self.timeout is None else int(self.timeout.resolve(context))
        return fragment(key, lambda: self.nodelist.render(context), timeout=timeout)


@register.tag
def publicfragment(parser, token):
    """Render the enclosed markup once per generation and language (infopoint/fragments.py).

    {% publicfragment "name" [vary_on ...] [timeout=seconds] %} … {% endpublicfragment %}
    """
    bits = token.split_contents()[1:]
    timeout = None
    if bits and bits[-1].startswith("timeout="):
        timeout = parser.compile_filter(bits.pop().removeprefix("timeout="))
    if not bits:
        raise template.TemplateSyntaxError("publicfragment needs a name.")
    nodelist = parser.parse(("endpublicfragment",))
    parser.delete_first_token()
    return PublicFragmentNode(
        nodelist,
        parser.compile_filter(bits[0]),
        [parser.compile_filter(bit) for bit in bits[1:]],
        timeout,
    )
