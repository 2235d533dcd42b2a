"""Pure functions that turn article text into record values. Nothing here imports spaCy."""
