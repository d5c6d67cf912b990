"""The name 0.1.0 documented for corpus extraction, kept so that existing Dask and Spark jobs
run unchanged: the code lives in :mod:`kadhimi_ds.commands.corpus`."""
from .commands.corpus import extract_record

__all__ = ["extract_record"]
