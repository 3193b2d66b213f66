"""``python -m eventscribe.cli``: the same as the ``eventscribe`` command."""

import sys

from eventscribe.cli import main

sys.exit(main())
