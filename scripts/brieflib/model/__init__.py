"""The small domain model every stage shares: Brief, errors, text helpers, YAML reading, site config."""
