"""The ``massmob`` command line (``main``: detect, analyze; ``compare``: pair, align,
compare, demo)."""

from .main import main

__all__ = ["main"]
