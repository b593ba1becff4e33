-- The curriculum in the database, synchronised from curriculum/ at start-up so dashboards, year plans and coverage
-- can join on activities and goals in SQL. Ids are the stable slugs from the files.

CREATE TABLE subject (
    id          VARCHAR(60) NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    grade_from  INT NOT NULL,
    grade_to    INT NOT NULL,
    sort_order  INT NOT NULL
);

CREATE TABLE goal_framework (
    version     VARCHAR(40) NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL
);

CREATE TABLE competence_area (
    framework   VARCHAR(40) NOT NULL REFERENCES goal_framework (version),
    code        VARCHAR(20) NOT NULL,
    name        VARCHAR(120) NOT NULL,
    sort_order  INT NOT NULL,
    PRIMARY KEY (framework, code)
);

CREATE TABLE goal (
    id          VARCHAR(80) NOT NULL PRIMARY KEY,
    framework   VARCHAR(40) NOT NULL,
    area_code   VARCHAR(20) NOT NULL,
    after_grade INT NOT NULL,
    skill       VARCHAR(80) NOT NULL,
    goal_text   VARCHAR(1000) NOT NULL,
    FOREIGN KEY (framework, area_code) REFERENCES competence_area (framework, code)
);

-- Catalogue activities come from files (owner_id NULL); teachers' own activities are written in the app.
-- A removed file only sets retired_at: pupils' work and plans that point at the activity keep their target.
CREATE TABLE activity (
    id              VARCHAR(120) NOT NULL PRIMARY KEY,
    title           VARCHAR(200) NOT NULL,
    intro           VARCHAR(4000) NOT NULL,
    grade_from      INT NOT NULL,
    grade_to        INT NOT NULL,
    lessons         INT NOT NULL,
    unplugged       VARCHAR(10) NOT NULL,
    cross_subject   BOOLEAN NOT NULL,
    has_experiment  BOOLEAN NOT NULL,
    owner_id        BIGINT REFERENCES app_user (id),
    school_id       BIGINT REFERENCES school (id),
    shared          BOOLEAN DEFAULT FALSE NOT NULL,
    content_hash    VARCHAR(64) NOT NULL,
    body            TEXT NOT NULL,
    search_text     TEXT NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    retired_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_activity_grades ON activity (grade_from, grade_to);
CREATE INDEX ix_activity_owner ON activity (owner_id);

CREATE TABLE activity_subject (
    activity_id VARCHAR(120) NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    subject_id  VARCHAR(60) NOT NULL REFERENCES subject (id),
    does        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (activity_id, subject_id)
);
CREATE INDEX ix_activity_subject_subject ON activity_subject (subject_id);

CREATE TABLE activity_goal (
    activity_id VARCHAR(120) NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    goal_id     VARCHAR(80) NOT NULL REFERENCES goal (id),
    PRIMARY KEY (activity_id, goal_id)
);
CREATE INDEX ix_activity_goal_goal ON activity_goal (goal_id);

CREATE TABLE activity_experiment (
    activity_id   VARCHAR(120) NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    experiment_id VARCHAR(120) NOT NULL,
    PRIMARY KEY (activity_id, experiment_id)
);
