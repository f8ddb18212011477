"""The Qt part: thin widgets and models over the domain. Nothing here decides a rule."""

import PySide6.QtCore  # noqa: F401 - installs PySide's import hook, made cheap here at once

from moderator.ui.pyside_hook import quicken_pyside_import_hook

quicken_pyside_import_hook()
