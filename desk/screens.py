"""What every officer screen shares: the back-office chrome around it and the pages of its
lists."""

from django.core.paginator import Paginator
from django.db.models import Count, Window
from django.template.loader import render_to_string
from django.utils import translation

# The back-office sidebar (its list of apps and models, and its HTML), per language and set
# of permissions: it depends on nothing else (the model admins' own permission methods are
# constant or look at an object, which the list has none of; no officer screen's path is
# a back-office page the sidebar would mark as current), and building it costs more than
# the rest of a queue page's context.
_SIDEBARS = {}
_SIDEBARS_MAX = 256


def _sidebar(request):
    from django.contrib import admin

    user = request.user
    key = (
        translation.get_language(),
        request.META["SCRIPT_NAME"],
        user.is_superuser,
        frozenset(user.get_all_permissions()),
    )
    sidebar = _SIDEBARS.get(key)
    if sidebar is None:
        if len(_SIDEBARS) >= _SIDEBARS_MAX:
            _SIDEBARS.clear()
        app_list = admin.site.get_app_list(request)
        html = render_to_string(
            "admin/nav_sidebar.html", {"available_apps": app_list, "request": request}
        )
        sidebar = _SIDEBARS[key] = (app_list, html)
    return sidebar


def admin_context(request, title, **context):
    """admin.site.each_context() with the sidebar built once per language and permissions."""
    from django.contrib import admin

    site = admin.site
    script_name = request.META["SCRIPT_NAME"]
    app_list, sidebar_html = _sidebar(request)
    return {
        "site_title": site.site_title,
        "site_header": site.site_header,
        "site_url": script_name if site.site_url == "/" and script_name else site.site_url,
        "has_permission": site.has_permission(request),
        "available_apps": app_list,
        "nav_sidebar": sidebar_html,
        "is_popup": False,
        "is_nav_sidebar_enabled": site.enable_nav_sidebar,
        "log_entries": site.get_log_entries(request),
        "title": title,
        **context,
    }


class CountedPaginator(Paginator):
    """The page's rows carry the list's length (COUNT(*) OVER ()): one scan of the queue
    instead of a count and then the page. An empty list or a page out of range is counted
    as usual."""

    def get_page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            number = 1
        if number >= 1:
            bottom = (number - 1) * self.per_page
            rows = list(
                self.object_list.annotate(total=Window(Count("pk")))[
                    bottom : bottom + self.per_page
                ]
            )
            if rows:
                self.count = rows[0].total
                return self._get_page(rows, number, self)
        return super().get_page(number)
