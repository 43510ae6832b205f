"""Interface text of the programme panel (kk/ru/en), merged into the catalog."""

MESSAGES: dict[str, dict[str, str]] = {}
