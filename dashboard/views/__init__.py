"""Views: one pure builder per panel, ``(state, package) -> a frozen dataclass`` of frames,
figures and words in the reader's language. Layout renders them; callbacks call them.

No Dash, no Flask: the map, its table twin, the permalink and every export are renderings
of the same view, so they never disagree.
"""
