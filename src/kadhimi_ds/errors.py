"""Errors raised by the library; the CLI turns them into one-line messages."""


class KdsError(Exception):
    """Bad input that the user must fix: the message names the file, row or span."""


class SeedError(KdsError):
    """A curated file under seeds/ is missing, unreadable or inconsistent."""


class AnchorError(SeedError):
    """An annotation anchor is missing, ambiguous or falls outside the body."""


class NotAPackage(KdsError):
    """The path given is not a package at all (a usage error, exit 2)."""


class PackageError(KdsError):
    """The package or project cannot be read or written as it is (exit 1)."""
