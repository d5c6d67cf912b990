"""Seed texts as polars columns, so that span checks run at columnar speed.

Spans count code points; polars slices bytes in O(1) but code points only by scanning
from the start of a string. So each seed is cut once into blocks of BLOCK code points
with the byte offset where each block starts: the byte offset of
code point ``p`` is its block's offset plus the bytes of the first ``p % BLOCK`` code
points of the block, and the code point at ``p`` is taken from the block. A span then
slices its seed as bytes (``bin.slice``). tests/validate/test_fast.py compares all of
it with plain Python ``text[start:end]`` on generated non-ASCII texts.
"""
from __future__ import annotations

import polars as pl

BLOCK = 256
"""Code points per block: a position's offset scans at most this many within its block."""


def seed_table(texts: dict[str, str]) -> pl.DataFrame:
    """source_id, seed (its UTF-8 bytes), n (code points), nbytes."""
    return pl.DataFrame({"source_id": list(texts), "seed": list(texts.values())},
                        schema={"source_id": pl.String, "seed": pl.String}).select(
        "source_id", pl.col("seed").cast(pl.Binary), n=pl.col("seed").str.len_chars().cast(pl.Int64),
        nbytes=pl.col("seed").str.len_bytes().cast(pl.Int64))


def block_table(texts: dict[str, str]) -> pl.DataFrame:
    """source_id, block, chunk (code points block*BLOCK up to BLOCK more) and byte0 (the
    byte offset where the chunk starts); a seed whose length is a multiple of BLOCK gets
    an empty last block, so that every position 0..n has a block. Cut by C-level slicing,
    a few thousand blocks per megabyte."""
    sids: list[str] = []
    chunks: list[str] = []
    for sid, text in texts.items():
        cut = [text[i:i + BLOCK] for i in range(0, len(text) + 1, BLOCK)]
        chunks += cut
        sids += [sid] * len(cut)
    size = pl.col("chunk").str.len_bytes().cast(pl.Int64)
    return (pl.DataFrame({"source_id": sids, "chunk": chunks}, schema={"source_id": pl.String, "chunk": pl.String})
            .select("source_id", block=pl.int_range(pl.len(), dtype=pl.Int64).over("source_id"), chunk="chunk",
                    byte0=(size.cum_sum() - size).over("source_id")))


def positions(df: pl.DataFrame, column: str, blocks: pl.DataFrame, prefix: str) -> pl.DataFrame:
    """``df`` with ``{prefix}_byte``, the byte offset of code point ``column`` (0 to n) of
    the row's seed, and ``{prefix}_char``, the code point there ("" at n or past it). The
    rows keep their order."""
    p = pl.col(column)
    at = df.with_columns((p // BLOCK).alias("__block")).join(
        blocks, left_on=["source_id", "__block"], right_on=["source_id", "block"], how="left", maintain_order="left")
    within = p - pl.col("__block") * BLOCK
    return at.with_columns(
        (pl.col("byte0") + pl.col("chunk").str.slice(0, within).str.len_bytes()).alias(f"{prefix}_byte"),
        pl.col("chunk").str.slice(within, 1).alias(f"{prefix}_char"),
    ).drop("__block", "chunk", "byte0")
