from tests.url_expectations import PUBLIC, Expect

EXPECTATIONS = {
    "manual:index": Expect(PUBLIC),
    "manual:news": Expect(PUBLIC),
}
