from tests import factories
from tests.feedback.articles import published_article
from tests.url_expectations import POST_ONLY, PUBLIC, PUBLIC_POST, Expect

EVERYONE_REDIRECTED = dict.fromkeys(PUBLIC, 302)


def build(world):
    world.invitation = factories.InvitationFactory(office_id=world.office.pk)
    world.feedback_article = published_article()
    factories.ImprovementActionFactory(done=True)


EXPECTATIONS = {
    "feedback:enter": Expect(PUBLIC),
    "feedback:site": Expect(PUBLIC),
    "feedback:respond": Expect(PUBLIC, kwargs=lambda w: {"code": w.invitation.code}),
    "feedback:qr": Expect(PUBLIC, kwargs=lambda w: {"code": w.invitation.code}),
    "feedback:link": Expect(
        EVERYONE_REDIRECTED, kwargs=lambda w: {"token": w.invitation.signed_token()}
    ),
    "feedback:article_vote": Expect(
        POST_ONLY, post=PUBLIC_POST, kwargs=lambda w: {"article_id": w.feedback_article.pk}
    ),
    "feedback:you_said_we_did": Expect(PUBLIC),
}
