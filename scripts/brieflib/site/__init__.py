"""Stage 4: pages across briefs: listings, themes, authors, publishers, timeline, glossary, annotations, feeds."""
