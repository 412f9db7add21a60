"""Figment: a local creative engine that turns a wish into a hallucinated object for game engines.

The public API for plugin authors lives in ``figment.stages`` (the Stage base class, kinds,
context and the input/output types), ``figment.spec`` (the object spec) and ``figment.errors``.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
