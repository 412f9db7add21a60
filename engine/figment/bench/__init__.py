"""Benchmarks: commands that print numbers, each beside a baseline measured in the same run."""
