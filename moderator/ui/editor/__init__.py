"""The run-sheet editor: organisers prepare slots, times and people before the show.

``window.py`` is the editor window; ``sheet_session.py`` stores each edit and keeps the
undo stack; ``slots_model.py`` and ``people_panel.py`` are the thin Qt models and panels
over the run sheet; ``paste_dialog.py`` reads an agenda pasted from the event page.
"""

from moderator.ui.editor.window import RunSheetEditor

__all__ = ["RunSheetEditor"]
