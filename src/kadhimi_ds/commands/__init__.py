"""Commands that combine the stages: each is one ``kds`` subcommand's library side.

- ``build``: compile (build stage), check (validate stage), write;
- ``check``: ``kds validate``, the validate stage plus the checks against the seeds;
- ``curate``: ``kds add``, a new article with an extracted draft annotation;
- ``corpus``: ``kds extract`` over many articles (the per-article function for Dask or Spark);
- ``evaluate``: ``kds eval``, the extractor scored against curated annotations; coverage;
- ``release`` and ``diff``: versions, archives, and comparing two versions by stable id.

Layers, lowest first: shared (``errors``, ``contract``, ``numbers``) → build → extract and
validate → commands → ``load`` and ``cli``. Nothing imports a layer above its own.
"""
