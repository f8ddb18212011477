"""The domain: the event and its rules, in plain Python (no Qt, no database)."""
