"""Policy-brief publishing pipeline.

Stages, one module each, data flowing one way::

    read      bytes -> text                       (read.py)
    parse     text -> blocks, head, tail          (parse.py)
    metadata  head/tail -> title, authors, ...    (metadata.py, sidecar.py)
    render    Brief -> Markdown with front matter (render.py)
    pages     Briefs -> site pages                (pages.py, build.py)

``convert.convert_file`` runs the first four for one source file; the site
build calls the same function for every brief.
"""
