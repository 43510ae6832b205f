"""Interface text of the trends panel (kk/ru/en), merged into the catalog."""

MESSAGES: dict[str, dict[str, str]] = {}
