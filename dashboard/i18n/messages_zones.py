"""Interface text of the zones feature (kk/ru/en), merged into the catalog."""

MESSAGES: dict[str, dict[str, str]] = {}
