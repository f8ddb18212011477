"""The stream: overlay pages for OBS, a control API for stream decks, OSC and automations.

No Qt here: the app starts the server on its qasync loop, ``moderator serve`` on its own.
"""
