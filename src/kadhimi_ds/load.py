"""Load the published tables as polars DataFrames with the schema's dtypes."""
from __future__ import annotations

import io
import json
from pathlib import Path

from .contract import TABLES, polars_dtypes, project_root
from .errors import KdsError


def default_package() -> Path:
    """The package shipped with the installed distribution, else the source checkout."""
    bundled = Path(__file__).resolve().parent / "_package"
    return bundled if (bundled / "datapackage.json").is_file() else project_root()


def load(name: str | None = None, path: Path | str | None = None, version: str | None = None):
    """One table (``load("claims")``) or a dict of all of them (``load()``).

    Vocabulary columns are ``pl.Enum``, dates ``pl.Date``, counts ``pl.Int64``.
    ``path`` points at another copy of the package (a directory holding data/).
    ``version`` (``"0.1.0"``) loads a recorded release from the git checkout at ``path``
    (default: this source checkout), with that release's schemas.
    """
    import polars as pl

    if name is not None and name not in TABLES:
        raise KdsError(f"unknown table {name!r}; tables are: {', '.join(TABLES)}")
    tables = TABLES if name is None else (name,)
    if version is not None:
        from .commands.diff import open_package

        pkg = open_package(version, Path(path) if path is not None else project_root())
        frames = {}
        for table in tables:
            data, schema = pkg.get(f"data/{table}.csv"), pkg.get(f"schemas/{table}.schema.json")
            if data is None or schema is None:
                raise KdsError(f"{version}: has no table {table}")
            frames[table] = pl.read_csv(io.BytesIO(data), schema=polars_dtypes(table, schema=json.loads(schema)))
    else:
        root = Path(path) if path is not None else default_package()
        frames = {}
        for table in tables:
            csv = root / "data" / f"{table}.csv"
            if not csv.is_file():
                raise KdsError(f"{csv}: not found; run `kds build` or pass the package path")
            frames[table] = pl.read_csv(csv, schema=polars_dtypes(table))
    return frames if name is None else frames[name]
