"""spaCy components: thin wrappers that run one extraction stage on a Doc."""
