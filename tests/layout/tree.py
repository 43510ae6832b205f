"""Reading a Dash component tree in tests: every node, and all the text a reader sees."""

from __future__ import annotations


def walk(component):
    """Every component in the tree, depth first."""
    yield component
    children = getattr(component, "children", None)
    if children is None or isinstance(children, str | int | float):
        return
    for child in children if isinstance(children, list | tuple) else [children]:
        if hasattr(child, "to_plotly_json"):
            yield from walk(child)


def texts(components) -> str:
    """All text of one tree or a list of trees (children strings and titles), one string."""
    parts = []
    for root in components if isinstance(components, list) else [components]:
        for node in walk(root):
            children = getattr(node, "children", None)
            if isinstance(children, str | int | float):
                parts.append(str(children))
            elif isinstance(children, list | tuple):
                parts += [str(c) for c in children if isinstance(c, str | int | float)]
            title = getattr(node, "title", None)
            if isinstance(title, str):
                parts.append(title)
    return "\n".join(parts)
