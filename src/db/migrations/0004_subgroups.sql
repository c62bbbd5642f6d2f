-- Subgroups: indexes for the questions `subgroups assign/move/check` ask.
-- Which subgroups is a pupil in (move, check)?
CREATE INDEX subgroup_member_pupil ON subgroup_member (pupil_id);
-- Does anything refer to a subgroup before it is deleted? (SQLite also scans these columns to
-- enforce the foreign keys when a subgroup is deleted.)
CREATE INDEX teaching_assignment_subgroup ON teaching_assignment (subgroup_id) WHERE subgroup_id IS NOT NULL;
CREATE INDEX timetable_subgroup ON timetable (subgroup_id) WHERE subgroup_id IS NOT NULL;
