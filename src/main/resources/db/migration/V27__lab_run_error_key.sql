-- The reason a run stopped as the engine's message key and arguments (JSON), so a teacher reading a pupil's runs
-- sees it in her own language; `error` keeps the Danish text for exports and older runs.
ALTER TABLE lab_run ADD COLUMN error_key VARCHAR(2000);
