"""The public site's desk pages: ask a question, check its status, book a consultation."""

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from desk.models import Office
from desk.public_forms import AskForm, BookingForm, StatusForm
from desk.selectors import public_offices
from desk.services import public as public_services
from desk.slots import free_slots, slots_by_day
from infopoint.ratelimit import ratelimit


def _language():
    return "en" if get_language() == "en" else "ru"


@ratelimit(group="desk-ask", rate="20/h")
@require_http_methods(["GET", "POST"])
def ask(request):
    offices = Office.objects.filter(is_public=True)
    form = AskForm(request.POST or None, offices=offices)
    if request.method == "POST":
        if form.is_spam:
            return render(request, "desk/ask_received.html", {"case": None})
        if form.is_valid():
            data = form.cleaned_data
            try:
                case = public_services.question_submit(
                    office=data["office"],
                    question=data["question"],
                    topic=data["topic"],
                    idempotency_key=data["token"],
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    consent=data["consent"],
                    language=_language(),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return render(request, "desk/ask_received.html", {"case": case})
    return render(request, "desk/ask.html", {"form": form}, status=400 if form.errors else 200)


# Every lookup counts, so guessing references costs the guesser its quota.
@ratelimit(group="desk-status", rate="30/h")
@require_http_methods(["GET", "POST"])
def status(request):
    form = StatusForm(request.POST or None)
    case = None
    not_found = False
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        case = public_services.case_for_status_lookup(
            reference=data["reference"], **data["contact"]
        )
        not_found = case is None
    context = {"form": form, "case": case, "not_found": not_found}
    return render(request, "desk/status.html", context, status=400 if form.errors else 200)


@require_http_methods(["GET"])
def book_offices(request):
    offices = Office.objects.filter(is_public=True)
    return render(request, "desk/book_offices.html", {"offices": offices})


@ratelimit(group="desk-book", rate="10/h")
@require_http_methods(["GET", "POST"])
def book(request, slug):
    office = get_object_or_404(public_offices(), slug=slug)
    form = BookingForm(request.POST or None, slots=free_slots(office=office))
    status = 200
    if request.method == "POST":
        if form.is_spam:
            return render(request, "desk/book_received.html", {"case": None})
        # A resubmitted booking: its slot is no longer free, yet the answer is the receipt.
        existing = public_services.case_for_submission(request.POST.get("token"))
        if existing is not None:
            return render(request, "desk/book_received.html", {"case": existing})
        status = 400
        if form.is_valid():
            try:
                case = _book(form.cleaned_data, office)
            except ValidationError as error:
                form.add_error(None, error)
                status = 409  # the slot was taken between the form and the click
            else:
                return render(request, "desk/book_received.html", {"case": case})
    days = slots_by_day(form.slots.values(), chosen=form["slot"].value())
    context = {"office": office, "form": form, "days": days}
    return render(request, "desk/book.html", context, status=status)


def _book(data, office):
    return public_services.booking_create(
        office=office,
        starts_at=data["slot"],
        question=data["question"],
        topic=data["topic"],
        idempotency_key=data["token"],
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        consent=data["consent"],
        language=_language(),
    )
