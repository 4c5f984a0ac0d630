from tests import factories
from tests.url_expectations import HEADS, PUBLIC, Expect

EXPECTATIONS = {
    "stakeholders:directory": Expect(PUBLIC),
    "stakeholders:organisation": Expect(PUBLIC, kwargs=lambda w: {"slug": w.organisation.slug}),
    "admin:stakeholders_organisation_matrix": Expect(HEADS),
}


def build(world):
    world.organisation = factories.OrganisationFactory(slug="tpp-kaliningrad")
    factories.StakeholderAssessmentFactory(organisation=world.organisation)
