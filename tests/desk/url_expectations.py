from tests.url_expectations import PUBLIC, Expect

EXPECTATIONS = {
    "desk:ask": Expect(PUBLIC),
    "desk:offices": Expect(PUBLIC),
    "desk:office": Expect(PUBLIC, kwargs=lambda w: {"slug": w.office.slug}),
}
