"""kadhimi-ds: provenance-first tables on the 7 November 2021 drone attack on the
residence of Iraq's prime minister Mustafa al-Kadhimi.

>>> import kadhimi_ds
>>> claims = kadhimi_ds.load("claims")
"""
from .load import load

__all__ = ["load"]
