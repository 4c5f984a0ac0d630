"""Where a form sends the visitor back to: the `next` field, if it is a path on this site.

`redirect()` would read "foo" as a view name and fail with a 500, and an address such as
"//evil.example/" or "https://evil.example/" would send the visitor off-site; both fall
back to the page the view names.
"""

from django.utils.http import url_has_allowed_host_and_scheme


def local_next_url(request, *, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if (
        target.startswith("/")
        and not target.startswith(("//", "/\\"))
        and "\x00" not in target
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    return fallback
