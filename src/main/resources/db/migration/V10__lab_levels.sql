-- Experiments have levels (fix → build → generalise → create): a pupil's workspace, versions, runs and revealed hints
-- belong to one level of an experiment. Work stored before levels existed gets level_id '' ("the experiment as it
-- was before it had levels"); once the curriculum is loaded, the lab moves it to the level the experiment names as
-- its legacy level (LevelWorkAdoption), so nothing is lost. Tables whose key changes are rebuilt under a new name and
-- renamed, which keeps the SQL the same on H2 and PostgreSQL.

CREATE TABLE lab_workspace_levels (
    pupil_id        BIGINT NOT NULL REFERENCES app_user (id),
    experiment_id   VARCHAR(120) NOT NULL,
    level_id        VARCHAR(60) NOT NULL,
    revision        INT NOT NULL,
    workspace       TEXT NOT NULL,
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pupil_id, experiment_id, level_id)
);
INSERT INTO lab_workspace_levels (pupil_id, experiment_id, level_id, revision, workspace, saved_at)
    SELECT pupil_id, experiment_id, '', revision, workspace, saved_at FROM lab_workspace;
DROP TABLE lab_workspace;
ALTER TABLE lab_workspace_levels RENAME TO lab_workspace;

CREATE TABLE lab_hints_seen_levels (
    pupil_id        BIGINT NOT NULL REFERENCES app_user (id),
    experiment_id   VARCHAR(120) NOT NULL,
    level_id        VARCHAR(60) NOT NULL,
    hints_seen      INT NOT NULL,
    seen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pupil_id, experiment_id, level_id)
);
INSERT INTO lab_hints_seen_levels (pupil_id, experiment_id, level_id, hints_seen, seen_at)
    SELECT pupil_id, experiment_id, '', hints_seen, seen_at FROM lab_hints_seen;
DROP TABLE lab_hints_seen;
ALTER TABLE lab_hints_seen_levels RENAME TO lab_hints_seen;

ALTER TABLE lab_workspace_version ADD COLUMN level_id VARCHAR(60) DEFAULT '' NOT NULL;
DROP INDEX ix_lab_version_pupil;
CREATE INDEX ix_lab_version_pupil ON lab_workspace_version (pupil_id, experiment_id, level_id, saved_at);

-- score: the run's result in Code.org's bands (below 20 fails, 20–29 passes, 30 and above is perfect). Runs from
-- before levels only knew passed or not: 20 (passed) and 10 (did not).
ALTER TABLE lab_run ADD COLUMN level_id VARCHAR(60) DEFAULT '' NOT NULL;
ALTER TABLE lab_run ADD COLUMN score INT DEFAULT 0 NOT NULL;
UPDATE lab_run SET score = CASE WHEN passed THEN 20 ELSE 10 END;
DROP INDEX ix_lab_run_pupil;
CREATE INDEX ix_lab_run_pupil ON lab_run (pupil_id, experiment_id, level_id, ran_at);
