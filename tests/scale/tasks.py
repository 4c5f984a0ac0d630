from django.core.mail import send_mail
from django.tasks import task


@task
def send_probe_mail(number: int):
    send_mail(f"scale probe {number}", f"Probe message {number}.", None, ["probe@example.org"])
