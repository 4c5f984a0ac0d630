"""The desk's writes, one module per topic. Import from the topic module:
`from desk.services.cases import case_intake`."""
