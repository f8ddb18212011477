"""PySide6's import hook asks of every imported module whether it uses PySide; the app
answers it without reading each module's source (moderator.ui.pyside_hook)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
import moderator.ui  # installs the quick answer
import moderator.ui.app  # the cockpit's modules, standard library and ours
feature = sys.modules["shibokensupport.feature"]
quick = feature._mod_uses_pyside
from moderator.ui.pyside_hook import quicken_pyside_import_hook
assert quicken_pyside_import_hook()  # a second call keeps the one in place
assert feature._mod_uses_pyside is quick
upstream = quick.upstream  # PySide's own check, which the quick one replaced
checked = differ = 0
for name, module in list(sys.modules.items()):
    if module is None or name == "__main__":
        continue
    checked += 1
    if quick(module) != upstream(module):
        differ += 1
        print("differs:", name)
print(upstream.__name__ == "_mod_uses_pyside", checked, differ)
"""


def test_the_quick_check_is_in_place_and_answers_as_pyside_does() -> None:
    """Under the locked PySide6 the app's check replaces upstream's, and for every module
    the cockpit loads (standard library, Qt's own, ours) it gives upstream's answer."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    installed, checked, differ = result.stdout.strip().splitlines()[-1].split()
    assert installed == "True"
    assert int(checked) > 100
    assert int(differ) == 0, result.stdout
