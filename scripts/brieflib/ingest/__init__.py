"""Stage 1: a source file (and its editor's sidecar) to a Brief: decode, parse, recognise metadata."""
