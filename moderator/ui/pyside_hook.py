"""PySide6's import hook, answered without reading every imported module's source.

NOTE: importing PySide6 replaces ``builtins.__import__``. After each import it asks
``shibokensupport.feature._mod_uses_pyside(module)`` whether the module may use PySide's
``from __feature__ import snake_case`` switches, and answers with ``inspect.getsource``:
it reads and decodes the whole source of every module named in an import statement from
then on, standard library included (PYSIDE-2029; the start-up cost is reported in
napari/napari#8584). For the cockpit that is about 130 modules and 15 ms of its start,
for a question whose answer is fixed: the standard library never uses PySide, and our
modules never select a feature.

:func:`quicken_pyside_import_hook` puts a cheaper check in its place that gives the same
answer: ``False`` for the standard library, otherwise whether the module's file contains
``PySide6`` (upstream's own test, on bytes). Anything else (no file, a file not ending in
``.py``, an unreadable one) goes to upstream's function. If a PySide release no longer has
the hook, nothing is changed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

#: The attribute on our check that holds upstream's (and tells ours apart).
_UPSTREAM = "upstream"


def quicken_pyside_import_hook() -> bool:
    """Install the cheaper check once PySide6 is imported; whether it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None:
        return False
    if getattr(upstream, _UPSTREAM, None) is not None:
        return True
    stdlib = os.path.dirname(os.__file__) + os.sep
    site = os.sep + "site-packages" + os.sep

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        if path.startswith(stdlib) and site not in path:
            return False
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(uses_pyside, _UPSTREAM, upstream)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
