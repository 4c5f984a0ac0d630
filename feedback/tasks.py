from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation

from feedback.models import Invitation


@task
def send_invitation(invitation_id: int) -> bool:
    """E-mail the signed feedback link, exactly once. The row stays locked while the mail
    is handed to the mail server; sent_at is committed only after it was accepted, so a
    failure leaves the invitation to be retried and a concurrent run waits, then skips."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update()
            .filter(pk=invitation_id, sent_at__isnull=True, answered_at__isnull=True)
            .exclude(email="")
            .first()
        )
        if invitation is None or invitation.is_expired:
            return False
        with translation.override(invitation.language):
            context = {
                "invitation": invitation,
                "link": settings.SITE_URL + invitation.get_link_url(),
                "code_url": settings.SITE_URL + invitation.get_absolute_url(),
            }
            subject = render_to_string("feedback/email/invitation_subject.txt", context)
            body = render_to_string("feedback/email/invitation.txt", context)
            html = render_to_string("feedback/email/invitation.html", context)
        message = EmailMultiAlternatives(
            subject=" ".join(subject.split()), body=body, to=[invitation.email]
        )
        message.attach_alternative(html, "text/html")
        message.send()
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["sent_at"])
    return True
