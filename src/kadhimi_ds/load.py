"""Load the published tables as polars DataFrames with the schema's dtypes, and the articles."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from .contract import LIST_COLUMNS, LIST_SEPARATOR, TABLES, polars_dtypes, project_root
from .errors import KdsError


def default_package() -> Path:
    """The package shipped with the installed distribution, else the source checkout."""
    bundled = Path(__file__).resolve().parent / "_package"
    return bundled if (bundled / "datapackage.json").is_file() else project_root()


def package_path() -> Path:
    """The directory holding the installed package: datapackage.json, data/, schemas/, seeds/."""
    return default_package()


def read_member(path: Path | str | None, rel: str) -> bytes:
    """The bytes of ``rel`` (for example ``data/claims.csv``) in a package directory or a
    release archive (.zip, its entries under one top folder or none)."""
    root = Path(path) if path is not None else default_package()
    if root.is_dir():
        file = root / rel
        if not file.is_file():
            raise KdsError(f"{file}: not found; run `kds build` or pass the package path")
        return file.read_bytes()
    if not root.is_file():
        raise KdsError(f"{root}: no such package directory or release archive")
    if not zipfile.is_zipfile(root):
        raise KdsError(f"{root}: is a file, not a package directory or a release archive (.zip)")
    with zipfile.ZipFile(root) as zf:
        names = [n for n in zf.namelist() if n == rel or n.split("/", 1)[-1] == rel]
        if not names:
            raise KdsError(f"{root}: the archive holds no {rel}")
        return zf.read(min(names, key=len))


def load(name: str | None = None, path: Path | str | None = None, version: str | None = None):
    """One table (``load("claims")``) or a dict of all of them (``load()``).

    Vocabulary columns are ``pl.Enum``, dates ``pl.Date``, counts ``pl.Int64``, list
    columns (actor aliases, a summary row's values and sources) ``pl.List(pl.String)``.
    ``path`` points at another copy of the package: a directory holding data/ or a
    release archive (.zip), read with the schemas it ships. ``version`` (``"0.1.0"``) loads a recorded release from the git
    checkout at ``path`` (default: this source checkout), with that release's schemas and
    its CSV cells as published (list columns not split).
    """
    import polars as pl

    if name is None:
        return {table: load(table, path, version) for table in TABLES}
    if name not in TABLES:
        raise KdsError(f"unknown table {name!r}; tables are: {', '.join(TABLES)}")
    if version is not None:
        from .commands.diff import open_package

        pkg = open_package(version, Path(path) if path is not None else project_root())
        data, schema = pkg.get(f"data/{name}.csv"), pkg.get(f"schemas/{name}.schema.json")
        if data is None or schema is None:
            raise KdsError(f"{version}: has no table {name}")
        return pl.read_csv(io.BytesIO(data), schema=polars_dtypes(name, schema=json.loads(schema)))
    try:
        df = pl.read_csv(read_member(path, f"data/{name}.csv"), schema=polars_dtypes(name, schema=own_schema(name, path)))
    except pl.exceptions.PolarsError as exc:
        where = Path(path) if path is not None else default_package()
        raise KdsError(f"{where / 'data' / (name + '.csv')}: does not fit the schema "
                       f"({str(exc).splitlines()[0]}); run `kds validate`") from None
    return df.with_columns(pl.col(c).str.split(LIST_SEPARATOR) for c in LIST_COLUMNS.get(name, ()))


def own_schema(name: str, path: Path | str | None) -> dict | None:
    """The table schema a package at ``path`` ships (an older release has its own), or None
    for the contract of this installation."""
    if path is None:
        return None
    try:
        return json.loads(read_member(path, f"schemas/{name}.schema.json"))
    except (KdsError, ValueError):
        return None


def text(source_id: str, path: Path | str | None = None) -> str:
    """The article ``source_id`` as published in seeds/: offsets of every table index it.

    >>> claim = load("claims").row(0, named=True)
    >>> text(claim["source_id"])[claim["start"]:claim["end"]] == claim["text"]
    True
    """
    import polars as pl

    sources = load("sources", path).filter(pl.col("source_id") == source_id)
    if sources.is_empty():
        raise KdsError(f"unknown source {source_id!r}; see load('sources')")
    return read_member(path, sources.item(0, "path")).decode("utf-8")
