"""Stage 2: corpus-wide knowledge added to the Briefs: themes, glossary, related briefs, annotations."""
