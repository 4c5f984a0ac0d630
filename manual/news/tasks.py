from django.tasks import task

from manual.news import services


@task()
def send_subscription_confirmation(subscriber_id: int, topic_ids: list[int]) -> bool:
    return services.subscription_confirmation_send(
        subscriber_id=subscriber_id, topic_ids=topic_ids
    )


@task()
def send_weekly_digest() -> int:
    return services.digest_send_all()
