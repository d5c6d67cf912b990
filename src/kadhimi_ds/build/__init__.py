"""Build stage: compile the curated seeds into the published tables, in pipeline order.

    seeds/            articles, sources.yaml, actors.yaml, events.yaml, annotations/
      │ seeds.py      read     Document(source_id, text, metadata, body span), registries
      │ anchors.py    anchor   exact text (+ context or occurrence) → [start, end)
      │ resolve.py    resolve  curated quotes, claims, event mentions → rows with spans
      │ mentions.py   mention  actor mentions from the registry's aliases
      │ assemble.py   assemble tables with stable ids, utterances, claim summary
      │ package.py    write    data/*.csv + datapackage.json (deterministic, atomic)
      ▼
    data/ + datapackage.json

This stage imports only the shared modules (``contract``, ``errors``); it never imports
the validate or extract stages. ``kds build`` (:mod:`kadhimi_ds.commands.build`) runs the
stage, checks the tables with the validate stage, and only then writes.
"""
