from desk.selectors import public_office


def footer_office(request):
    """The footer's office on every page: a callable, so a template reads it only where it
    shows it (a cached fragment of base.html, rendered once per generation)."""
    return {"footer_office": public_office}
