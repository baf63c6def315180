"""Policy-brief publishing pipeline: one installable package, one sub-package per stage.

Data flows one way, and imports only point backwards along it (``.importlinter``)::

    model    Brief, Author, Block; errors; text helpers; YAML reading; site config
    ingest   source file + sidecar -> Brief            (read, parse, patterns, metadata, sidecar)
    enrich   Briefs -> themes, glossary, related, annotations anchored; the Site index
    render   one Brief -> Markdown page, notes, citation exports
    site     all Briefs -> listings, theme/author/publisher/timeline/glossary pages, feeds
    build    orchestration, cache, incremental writes, ``check``
    cli      the ``briefs`` command
"""
