"""kadhimi-ds: provenance-first tables on the 7 November 2021 drone attack on the
residence of Iraq's prime minister Mustafa al-Kadhimi.

>>> import kadhimi_ds
>>> claims = kadhimi_ds.load("claims")
>>> article = kadhimi_ds.text(claims["source_id"][0])
"""
from .load import load, package_path, text

__all__ = ["load", "package_path", "text"]
