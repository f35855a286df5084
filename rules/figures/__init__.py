"""Figure rules: counts of people and things, casualties, totals of parts, changes, amounts."""
