"""``python -m helpers run --corpus PATH --out DIR``: see :mod:`helpers.run`."""

import sys

from .run import main

sys.exit(main())
