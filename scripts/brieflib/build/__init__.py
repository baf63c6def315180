"""Stage 5: orchestration: convert all sources (cached), enrich, render, write pages; ``check``."""
