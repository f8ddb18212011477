"""``python -m moderator``: the same as the ``moderator`` command."""

import sys

from moderator.cli import main

sys.exit(main())
