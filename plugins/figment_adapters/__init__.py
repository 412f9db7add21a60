"""The adapters Figment ships, trained by ``figment train`` on the PIP-One dataset.

Each folder holds ``manifest.json``, ``adapter.npz`` and ``MODEL_CARD.md``. The runtime finds
them through the ``figment.adapters`` entry point; adapters of your own go in
``$FIGMENT_HOME/adapters/<name>/`` or in a package of your own with the same entry point.
"""
