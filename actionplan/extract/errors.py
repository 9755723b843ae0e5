"""Errors readers raise for inputs they cannot use; str() is the short reason."""


class ReaderError(Exception):
    """Base of every reader's "this file cannot be read" error."""
