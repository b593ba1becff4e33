-- Which sample year plan (årsplan-skabelon from curriculum/yearplans/) a plan was last filled from, so leaders see
-- which classes use which model. One row per plan: adopting another sample later replaces it. sample_id and model
-- are the files' ids, not foreign keys: the files may change between releases, the record of what was done stays.
CREATE TABLE plan_sample_use (
    plan_id         BIGINT NOT NULL PRIMARY KEY REFERENCES year_plan (id) ON DELETE CASCADE,
    sample_id       VARCHAR(40) NOT NULL,
    model           VARCHAR(12) NOT NULL,
    items_added     INT NOT NULL,
    adopted_by      BIGINT REFERENCES app_user (id),
    adopted_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
