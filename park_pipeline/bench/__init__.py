"""Benchmark: generated pages through the real CLI, with the ratios the scale targets use."""
