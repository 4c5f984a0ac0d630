from tests.url_expectations import PUBLIC, Expect

EXPECTATIONS = {
    "stakeholders:directory": Expect(PUBLIC),
}
