// Placeholder replaced by the catalogue work: validates data/programs.json and writes core/generated/.
