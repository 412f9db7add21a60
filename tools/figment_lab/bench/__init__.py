"""Benchmarks: commands that print numbers, each beside a baseline measured in the same run.

``figment bench conjure`` (:mod:`.conjure`), ``daemon``, ``load``, ``lm`` and ``objects``; the
sound plugin adds ``figment bench sound``.
"""
