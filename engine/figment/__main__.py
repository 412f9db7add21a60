"""``python -m figment`` is the ``figment`` command."""

from .cli import main

main()
