"""Interface text of the sources panel (kk/ru/en), merged into the catalog."""

MESSAGES: dict[str, dict[str, str]] = {}
