-- A teacher's note (comment or hint) on a pupil's work travels through the progress outbox too, so the pupil's open
-- experiment shows it at once and the class's dashboards mark the hint, on whichever app instance they are.
INSERT INTO progress_kind (code) VALUES ('NOTE');
