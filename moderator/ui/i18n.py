"""Loading the UI language: German or English, from the settings or the system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from moderator.paths import resources_dir

SUPPORTED = ("de", "en")


def pick_language(preferred: str) -> str:
    """The language to use: the user's choice, else the system's if we have it, else English."""
    if preferred in SUPPORTED:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


class Translations:
    """Installs and swaps the app's and Qt's own translators."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> str:
        """Switch the UI to ``language``; returns the language actually in use."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        # English texts are the source; its catalogue holds only the plural forms
        # ("%n slot(s)" -> "1 slot", "2 slots").
        own = QTranslator(self._app)
        if own.load(str(resources_dir() / "translations" / f"moderator_{language}.qm")):
            self._app.installTranslator(own)
            self._installed.append(own)
        if language == "en":
            self._app.setProperty("moderator_language", "en")
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            return language
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        QLocale.setDefault(QLocale(language))
        self._app.setProperty("moderator_language", language)
        return language
