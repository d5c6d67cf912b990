"""Reading files safely, and the project lock.

Every file the package reads goes through :func:`read_file`: regular files only (a FIFO,
device or socket is refused without blocking: the file is opened with ``O_NONBLOCK`` and
the opened descriptor is checked), never more than ``limit`` bytes (counted on what is
read, so a file that grows or lies about its size cannot exhaust memory). Paths named by
a package are resolved by :func:`member` first, which refuses ``..``, absolute paths and
symlinks. Writers (build, add, release) hold the lock of :func:`project_lock`
exclusively, readers (validate) shared, so a reader never sees half a build.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import sys
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from .errors import KdsError, PackageError

LOCK_NAME = ".kds.lock"
STAGE_PREFIX = ".kds-tmp-"
"""Name prefix of the folder a build stages its files in; one left behind means a killed build."""


def read_file(path: Path, limit: int, error: type[KdsError] = KdsError, *, pipes: bool = False) -> bytes:
    """The bytes of the regular file ``path``, refused with ``error`` (one line naming the
    file) when it is missing, not a regular file, unreadable or larger than ``limit``.
    With ``pipes``, a FIFO or character device given by the user (``kds add -``) is read
    too, still within ``limit``."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except IsADirectoryError:
        raise error(f"{path}: is a directory, expected a file") from None
    except (OSError, ValueError) as exc:
        raise error(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode) and not (pipes and stat.S_ISFIFO(mode)):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise error(f"{path}: is a directory, expected a file")
        raise error(f"{path}: not a regular file (a pipe, device or socket); refused")
    os.set_blocking(fd, True)
    block = os.fstat(fd).st_size + 1 if stat.S_ISREG(mode) else 1 << 20  # a regular file in one read
    with os.fdopen(fd, "rb", buffering=0) as fh:
        return read_stream(fh, limit, str(path), error, block)


def read_stream(fh: BinaryIO, limit: int, name: str, error: type[KdsError] = KdsError,
                block: int = 1 << 20) -> bytes:
    """At most ``limit`` bytes of an open stream, read ``block`` bytes at a time; ``error``
    when there are more."""
    chunks, size = [], 0
    try:
        while size <= limit and (chunk := fh.read(min(block, limit + 1 - size))):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise error(f"{name}: cannot read ({exc.strerror or exc})") from None
    if size > limit:
        raise error(f"{name}: larger than the limit of {limit} bytes; refused")
    return b"".join(chunks)


def read_input(name: str, limit: int, error: type[KdsError] = KdsError) -> bytes:
    """A file the user names on the command line, or standard input for ``-``."""
    if name == "-":
        return read_stream(sys.stdin.buffer, limit, "<stdin>", error)
    return read_file(Path(name), limit, error, pipes=True)


def member(root: Path, rel: Any) -> Path | None:
    """The file ``rel`` inside ``root``, or None when it would leave it: not a plain
    relative path, ``..``, a null byte, or a symlink on the way."""
    if not isinstance(rel, str) or not rel or "\0" in rel or rel.startswith(("/", "\\")) or ":" in rel:
        return None
    if ".." in Path(rel).parts:
        return None
    path = root / rel
    try:
        if not path.resolve().is_relative_to(root.resolve()):
            return None
        if any(p.is_symlink() for p in [path, *path.parents] if p.is_relative_to(root) and p != root):
            return None
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a symlink loop
        return None
    return path


class Locked(PackageError):
    """Another kds process holds the project lock."""


_HELD: dict[Path, list] = {}
"""Locks this process holds: root -> [file, mode, depth], so a command that calls another
(release runs build and validate) does not wait for itself."""


@contextlib.contextmanager
def project_lock(root: Path, exclusive: bool) -> Iterator[None]:
    """Hold ``root/.kds.lock``: exclusively for a writer, refused at once with :class:`Locked`
    when another process holds it; shared for a reader, waiting for a writer to finish. A
    reader of a tree it cannot write (an installed package) reads without the lock: no
    build can run there either."""
    key = Path(root).resolve()
    held = _HELD.get(key)
    if held is not None and (held[1] or not exclusive):
        held[2] += 1
        try:
            yield
        finally:
            held[2] -= 1
        return
    try:
        fh = open(key / LOCK_NAME, "a+b")
    except OSError as exc:
        if exclusive:
            raise PackageError(f"{key / LOCK_NAME}: cannot create the lock ({exc.strerror})") from None
        yield
        return
    with fh:
        try:
            fcntl.flock(fh, (fcntl.LOCK_EX | fcntl.LOCK_NB) if exclusive else fcntl.LOCK_SH)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise PackageError(f"{key / LOCK_NAME}: cannot lock ({exc.strerror})") from None
            raise Locked(f"{key}: another kds process (build, add or release) is writing this project; "
                         f"run again when it has finished ({LOCK_NAME} is locked)") from None
        _HELD[key] = [fh, exclusive, 1]
        try:
            yield
        finally:
            del _HELD[key]
