-- How many of an experiment's hints a pupil has revealed: a reload shows them again, and the teacher looking into
-- the pupil's work sees that hints were used. Never lowered (a second tab that saw fewer does not undo it).

CREATE TABLE lab_hints_seen (
    pupil_id        BIGINT NOT NULL REFERENCES app_user (id),
    experiment_id   VARCHAR(120) NOT NULL,
    hints_seen      INT NOT NULL,
    seen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pupil_id, experiment_id)
);
