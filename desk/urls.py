from django.urls import path

from desk import case_views, public_views, referral_views, views

app_name = "desk"

urlpatterns = [
    path("ask/", public_views.ask, name="ask"),
    path("status/", public_views.status, name="status"),
    path("book/", public_views.book_offices, name="book_offices"),
    path("book/<slug:slug>/", public_views.book, name="book"),
    path("referral/<str:token>/", referral_views.referral_answer, name="referral_answer"),
    path("offices/", views.offices, name="offices"),
    path("offices/<slug:slug>/", views.office, name="office"),
    # Officer screens (back-office look, staff only).
    path("desk/intake/", views.intake, name="intake"),
    path("desk/lookup/", views.entrepreneur_lookup, name="entrepreneur_lookup"),
    path("desk/queue/", views.my_queue, name="my_queue"),
    path("desk/office-queue/", views.office_queue, name="office_queue"),
    path("desk/cases/<int:pk>/", case_views.case, name="case"),
    path("desk/cases/<int:pk>/edit/", case_views.case_edit, name="case_edit"),
    path("desk/cases/<int:pk>/edit/form/", case_views.case_edit_form, name="case_edit_form"),
    path("desk/cases/<int:pk>/status/", case_views.case_status, name="case_status"),
    path("desk/cases/<int:pk>/note/", case_views.case_note, name="case_note"),
    path(
        "desk/cases/<int:pk>/feedback-slip/",
        case_views.case_feedback_slip,
        name="case_feedback_slip",
    ),
    path("desk/cases/<int:pk>/hand-out/", case_views.case_hand_out, name="case_hand_out"),
    path(
        "desk/cases/<int:pk>/hand-out/search/",
        case_views.case_handout_search,
        name="case_handout_search",
    ),
    path("desk/cases/<int:pk>/follow-up/", case_views.case_follow_up, name="case_follow_up"),
    path("desk/cases/<int:pk>/time/", case_views.case_time, name="case_time"),
    path("desk/follow-ups/<int:pk>/done/", case_views.follow_up_done, name="follow_up_done"),
    path("desk/entrepreneurs/<int:pk>/", views.entrepreneur, name="entrepreneur"),
    # Referrals, bookings and the entrepreneur's data rights (referral_views).
    path("desk/cases/<int:pk>/referrals/", referral_views.referral_new, name="referral_new"),
    path(
        "desk/referrals/<int:pk>/withdraw/",
        referral_views.referral_withdraw,
        name="referral_withdraw",
    ),
    path(
        "desk/cases/<int:pk>/booking/confirm/",
        referral_views.booking_confirm,
        name="booking_confirm",
    ),
    path("desk/cases/<int:pk>/booking/move/", referral_views.booking_move, name="booking_move"),
    path(
        "desk/entrepreneurs/<int:pk>/export/",
        referral_views.entrepreneur_export_view,
        name="entrepreneur_export",
    ),
    path(
        "desk/entrepreneurs/<int:pk>/consent/withdraw/",
        referral_views.consent_withdraw_view,
        name="consent_withdraw",
    ),
]
