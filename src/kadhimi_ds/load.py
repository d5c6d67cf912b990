"""Load the published tables as polars DataFrames with the schema's dtypes."""
from __future__ import annotations

from pathlib import Path

from .contract import TABLES, polars_dtypes, project_root
from .errors import KdsError


def default_package() -> Path:
    """The package shipped with the installed distribution, else the source checkout."""
    bundled = Path(__file__).resolve().parent / "_package"
    return bundled if (bundled / "datapackage.json").is_file() else project_root()


def load(name: str | None = None, path: Path | str | None = None):
    """One table (``load("claims")``) or a dict of all of them (``load()``).

    Vocabulary columns are ``pl.Enum``, dates ``pl.Date``, counts ``pl.Int64``.
    ``path`` points at another copy of the package (a directory holding data/).
    """
    import polars as pl

    root = Path(path) if path is not None else default_package()
    if name is None:
        return {table: load(table, root) for table in TABLES}
    if name not in TABLES:
        raise KdsError(f"unknown table {name!r}; tables are: {', '.join(TABLES)}")
    csv = root / "data" / f"{name}.csv"
    if not csv.is_file():
        raise KdsError(f"{csv}: not found; run `kds build` or pass the package path")
    return pl.read_csv(csv, schema=polars_dtypes(name))
