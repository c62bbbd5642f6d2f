-- A 100 000-pupil import spent a fifth of its writing on indexes nothing reads: pupils and
-- parents are matched in memory (src/importing/kinds/pupils.ts loads them all once).
DROP INDEX pupil_match;
DROP INDEX parent_match;
