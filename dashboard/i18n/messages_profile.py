"""Interface text of the profile feature (kk/ru/en), merged into the catalog."""

MESSAGES: dict[str, dict[str, str]] = {}
