"""moderator: the moderator's cockpit for a live-streamed panel event.

Folders, read like the product:

- ``domain``: the event, run sheet, people, questions, the show clock and their rules
  (plain Python, never Qt, never the database);
- ``persistence``: the event file (SQLite) and its schema, migrations and change feed;
- ``importers`` / ``exporters``: pure functions from text to domain objects and back;
- ``ui``: the Qt widgets, thin adapters over the domain;
- ``cli``: the command line, headless.
"""

__version__ = "0.1.0"
