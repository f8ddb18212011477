"""Modules bound by name now and executed when first read.

The cockpit's first paint needs the domain's view of the event, not the ~40 operation
classes a key press builds (``moderator.app.operations``: 15 ms of dataclass creation at
start-up). A module bound with :func:`lazy_module` is executed on its first attribute
access, with the standard library's :class:`importlib.util.LazyLoader`; the app reads one
of its attributes right after the first paint, so the first key press does not wait for it.

Write the import twice, so that type checkers see the real module::

    if TYPE_CHECKING:
        from moderator.app import operations as ops
    else:
        ops = lazy_module("moderator.app.operations")
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, executed on first attribute access (at once if it already is)."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module


def is_loaded(name: str) -> bool:
    """Whether module ``name`` has been executed (a lazy module not yet read is not)."""
    module = sys.modules.get(name)
    # A lazy module is of a ModuleType subclass until its first read turns it into a plain one.
    return module is not None and type(module) is ModuleType
