"""Interface text of the flows feature (kk/ru/en), merged into the catalog."""

MESSAGES: dict[str, dict[str, str]] = {}
