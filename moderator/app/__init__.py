"""The application service: the one road for every change to an open event (no Qt)."""
