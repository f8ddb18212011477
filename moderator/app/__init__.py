"""The application: the one service every client runs its operations through, and the
presenters that turn what it holds into what a window shows. No Qt here."""
