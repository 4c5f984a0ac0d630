from django.tasks import task

from manual import news_services


@task()
def send_subscription_confirmation(subscriber_id: int, topic_ids: list[int]) -> bool:
    return news_services.subscription_confirmation_send(
        subscriber_id=subscriber_id, topic_ids=topic_ids
    )


@task()
def send_weekly_digest() -> int:
    return news_services.digest_send_all()
