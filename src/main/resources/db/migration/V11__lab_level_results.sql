-- The best result per pupil, experiment and level, kept beside the runs so the teacher's grid reads one row per
-- level: best_score (see lab_run.score), when it was first reached, when the level was first passed, how many runs
-- and when the last one was.

CREATE TABLE lab_level_result (
    pupil_id        BIGINT NOT NULL REFERENCES app_user (id),
    experiment_id   VARCHAR(120) NOT NULL,
    level_id        VARCHAR(60) NOT NULL,
    best_score      INT NOT NULL,
    best_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    first_passed_at TIMESTAMP WITH TIME ZONE,
    runs            INT NOT NULL,
    last_run_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pupil_id, experiment_id, level_id)
);

INSERT INTO lab_level_result (pupil_id, experiment_id, level_id, best_score, best_at, first_passed_at, runs,
                              last_run_at)
    SELECT pupil_id, experiment_id, level_id, MAX(score),
           COALESCE(MIN(CASE WHEN passed THEN ran_at END), MIN(ran_at)),
           MIN(CASE WHEN passed THEN ran_at END), COUNT(*), MAX(ran_at)
    FROM lab_run
    GROUP BY pupil_id, experiment_id, level_id;
