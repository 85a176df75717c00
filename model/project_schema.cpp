#include "model/project_schema.hpp"

#include "frameworks/framework_version.hpp"
#include "frameworks/xml_reader.hpp"
#include "model/project.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <string>

namespace assessa::store {

namespace {

// Tables common to versions 1 and 2.
constexpr const char* base_tables = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE lock_record (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  user TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, opened_at TEXT NOT NULL);
CREATE TABLE framework_snapshot (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('framework', 'mapping')),
  xml TEXT NOT NULL, copied_at TEXT NOT NULL);
CREATE TABLE organisation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
  size TEXT NOT NULL DEFAULT '', period TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'en');
CREATE TABLE department (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, head TEXT NOT NULL DEFAULT '');
CREATE TABLE member (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('facilitator', 'member', 'sponsor')),
  department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
  contact TEXT NOT NULL DEFAULT '');
CREATE TABLE cycle (
  id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE,
  framework_id TEXT NOT NULL REFERENCES framework_snapshot(id), method_id TEXT NOT NULL,
  started_on TEXT NOT NULL DEFAULT '', approved_by TEXT NOT NULL DEFAULT '',
  approved_on TEXT NOT NULL DEFAULT '', approval_note TEXT NOT NULL DEFAULT '');
CREATE TABLE rating (
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  node_code TEXT NOT NULL, no_opinion INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (cycle_id, member_id, node_code));
CREATE TABLE rating_score (
  cycle_id INTEGER NOT NULL, member_id INTEGER NOT NULL, node_code TEXT NOT NULL,
  phase TEXT NOT NULL, value INTEGER NOT NULL,
  PRIMARY KEY (cycle_id, member_id, node_code, phase),
  FOREIGN KEY (cycle_id, member_id, node_code) REFERENCES rating(cycle_id, member_id, node_code) ON DELETE CASCADE);
CREATE TABLE note_item (
  id INTEGER PRIMARY KEY,
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  node_code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('strength', 'afi', 'idea', 'evidence')),
  text TEXT NOT NULL, position INTEGER NOT NULL);
CREATE INDEX note_item_by_node ON note_item (cycle_id, node_code, member_id, kind, position);
CREATE TABLE consensus_score (
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE, node_code TEXT NOT NULL,
  phase TEXT NOT NULL, value INTEGER NOT NULL,
  PRIMARY KEY (cycle_id, node_code, phase));
)SQL";


// Version 8: a project holds several versions of a framework (each cycle keeps the version it
// was started with). SQLite cannot change a primary key in place, so framework_snapshot and
// cycle (whose foreign key names the framework's version now) are rebuilt as SQLite documents
// (https://www.sqlite.org/lang_altertable.html#otheralter): foreign keys are off (Project::open
// migrates before it turns them on; a new file's tables are still empty), new tables are filled
// from the old ones inside the caller's transaction, the old ones dropped, the new ones renamed,
// and the cycles' foreign keys checked. Each copy's version is read from its own XML, so every
// cycle stays on the version it had.
void migrate_to_v8(SQLite::Database& db) {
    if (db.execAndGet("PRAGMA foreign_keys").getInt() != 0)
        throw SQLite::Exception("the migration to file format 8 needs foreign keys off", SQLITE_MISUSE);
    db.exec(R"SQL(
CREATE TABLE framework_snapshot_v8 (
  id TEXT NOT NULL, version TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('framework', 'mapping')),
  xml TEXT NOT NULL, copied_at TEXT NOT NULL,
  PRIMARY KEY (id, version));
CREATE TABLE cycle_v8 (
  id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE,
  framework_id TEXT NOT NULL, framework_version TEXT NOT NULL, method_id TEXT NOT NULL,
  started_on TEXT NOT NULL DEFAULT '', approved_by TEXT NOT NULL DEFAULT '',
  approved_on TEXT NOT NULL DEFAULT '', approval_note TEXT NOT NULL DEFAULT '',
  members_see_previous_consensus INTEGER NOT NULL DEFAULT 0,
  FOREIGN KEY (framework_id, framework_version) REFERENCES framework_snapshot(id, version));
)SQL");
    {
        SQLite::Statement rows(db, "SELECT id, kind, xml, copied_at FROM framework_snapshot");
        SQLite::Statement ins(db, "INSERT INTO framework_snapshot_v8 (id, version, kind, xml, copied_at) VALUES (?, ?, ?, ?, ?)");
        while (rows.executeStep()) {
            const std::string id = rows.getColumn(0).getString();
            XmlReader xml(id, rows.getColumn(2).getString());
            const std::string version = xml.parse() ? xml.root().attribute("version").value() : "";
            if (!is_framework_version(version))
                throw SQLite::Exception("the copy of \"" + id + "\" has no readable version", SQLITE_CORRUPT);
            ins.bind(1, id);
            ins.bind(2, version);
            ins.bind(3, rows.getColumn(1).getString());
            ins.bind(4, rows.getColumn(2).getString());
            ins.bind(5, rows.getColumn(3).getString());
            ins.exec();
            ins.reset();
        }
    }
    db.exec(R"SQL(
INSERT INTO cycle_v8 (id, label, framework_id, framework_version, method_id, started_on, approved_by, approved_on,
                      approval_note, members_see_previous_consensus)
  SELECT c.id, c.label, c.framework_id, COALESCE(s.version, ''), c.method_id, c.started_on, c.approved_by,
         c.approved_on, c.approval_note, c.members_see_previous_consensus
  FROM cycle c LEFT JOIN framework_snapshot_v8 s ON s.id = c.framework_id AND s.kind = 'framework';
DROP TABLE cycle;
DROP TABLE framework_snapshot;
ALTER TABLE framework_snapshot_v8 RENAME TO framework_snapshot;
ALTER TABLE cycle_v8 RENAME TO cycle;
)SQL");
    SQLite::Statement orphans(db, "SELECT label FROM cycle WHERE framework_version = ''");
    if (orphans.executeStep())
        throw SQLite::Exception("cycle \"" + orphans.getColumn(0).getString() + "\" uses a framework the file does not hold",
                                SQLITE_CORRUPT);
}

}  // namespace

void create_schema_v1(SQLite::Database& db) {
    db.exec(base_tables);
    db.exec(R"SQL(
CREATE TABLE consensus (
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE, node_code TEXT NOT NULL,
  justification TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (cycle_id, node_code));
CREATE TABLE consensus_item (
  id INTEGER PRIMARY KEY,
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE, node_code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('strength', 'afi')),
  text TEXT NOT NULL, position INTEGER NOT NULL,
  source_item_id INTEGER REFERENCES note_item(id) ON DELETE SET NULL);
)SQL");
    db.exec("PRAGMA application_id = " + std::to_string(application_id));
    db.exec("PRAGMA user_version = 1");
}

void create_schema(SQLite::Database& db) {
    create_schema_v1(db);
    migrate(db, 1);
}

void migrate(SQLite::Database& db, int from_version) { migrate(db, from_version, Project::schema_version); }

void create_schema_at(SQLite::Database& db, int version) {
    create_schema_v1(db);
    if (version > 1) migrate(db, 1, version);
}

void migrate(SQLite::Database& db, int from, int to) {
    // Each step below reads `if (from_version < N)`: it runs when step N lies above the file's
    // version and not above the target (see MigrationSteps), so the same steps build the schema
    // of any older version, which is what an older file is checked against before migrating.
    const MigrationSteps from_version{from, to};
    if (from_version < 2) {
        // Version 2: a dissent note per node, and consensus items drawn from several member
        // items (merged), not just one.
        db.exec(R"SQL(
ALTER TABLE consensus ADD COLUMN dissent TEXT NOT NULL DEFAULT '';
CREATE TEMP TABLE migrate_sources AS
  SELECT id AS consensus_item_id, source_item_id AS note_item_id FROM consensus_item
  WHERE source_item_id IS NOT NULL;
CREATE TABLE consensus_item_v2 (
  id INTEGER PRIMARY KEY,
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE, node_code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('strength', 'afi')),
  text TEXT NOT NULL, position INTEGER NOT NULL);
INSERT INTO consensus_item_v2 SELECT id, cycle_id, node_code, kind, text, position FROM consensus_item;
DROP TABLE consensus_item;
ALTER TABLE consensus_item_v2 RENAME TO consensus_item;
CREATE INDEX consensus_item_by_node ON consensus_item (cycle_id, node_code, kind, position);
CREATE TABLE consensus_item_source (
  consensus_item_id INTEGER NOT NULL REFERENCES consensus_item(id) ON DELETE CASCADE,
  note_item_id INTEGER NOT NULL REFERENCES note_item(id) ON DELETE CASCADE,
  PRIMARY KEY (consensus_item_id, note_item_id));
INSERT INTO consensus_item_source SELECT consensus_item_id, note_item_id FROM migrate_sources;
DROP TABLE migrate_sources;
)SQL");
    }
    if (from_version < 3) {
        // Version 3: the improvement plan of each cycle.
        db.exec(R"SQL(
CREATE TABLE plan (
  cycle_id INTEGER PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,
  starts_on TEXT NOT NULL, horizon_years INTEGER NOT NULL CHECK (horizon_years IN (2, 3)),
  approved INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 1,
  approved_by TEXT NOT NULL DEFAULT '', approved_on TEXT NOT NULL DEFAULT '',
  decision_note TEXT NOT NULL DEFAULT '');
CREATE TABLE action (
  id INTEGER PRIMARY KEY,
  cycle_id INTEGER NOT NULL REFERENCES plan(cycle_id) ON DELETE CASCADE,
  code TEXT NOT NULL, title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '', expected_result TEXT NOT NULL DEFAULT '',
  iso_clauses TEXT,
  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  feasibility INTEGER NOT NULL CHECK (feasibility BETWEEN 1 AND 5),
  effort TEXT NOT NULL DEFAULT '', cost TEXT NOT NULL DEFAULT '',
  category_override TEXT, priority INTEGER NOT NULL,
  lead_department_id INTEGER REFERENCES department(id),
  responsible TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL, due_on TEXT NOT NULL,
  indicator TEXT NOT NULL DEFAULT '', target TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned', progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  UNIQUE (cycle_id, code));
CREATE TABLE action_afi (
  action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  consensus_item_id INTEGER NOT NULL REFERENCES consensus_item(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, consensus_item_id));
CREATE TABLE action_participant (
  action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, department_id));
CREATE TABLE milestone (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  title TEXT NOT NULL, due_on TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL);
CREATE TABLE action_history (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  changed_on TEXT NOT NULL, status TEXT NOT NULL, progress INTEGER NOT NULL,
  comment TEXT NOT NULL DEFAULT '', changed_by TEXT NOT NULL DEFAULT '');
)SQL");
    }
    if (from_version < 4) {
        // Version 4: the record of individual assessment packets imported (docs/packet-format.md).
        db.exec(R"SQL(
CREATE TABLE packet_import (
  id INTEGER PRIMARY KEY,
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL, checksum TEXT NOT NULL, written_at TEXT NOT NULL,
  finished INTEGER NOT NULL DEFAULT 0, imported_at TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '',
  scores_set INTEGER NOT NULL DEFAULT 0, scores_changed INTEGER NOT NULL DEFAULT 0,
  scores_removed INTEGER NOT NULL DEFAULT 0, no_opinion_changed INTEGER NOT NULL DEFAULT 0,
  items_added INTEGER NOT NULL DEFAULT 0, items_removed INTEGER NOT NULL DEFAULT 0);
CREATE INDEX packet_import_by_member ON packet_import (cycle_id, member_id, revision);
)SQL");
    }
    if (from_version < 5) {
        // Version 5: the secret of every packet sent, and which sending each import came from.
        db.exec(R"SQL(
CREATE TABLE packet_sending (
  id INTEGER PRIMARY KEY,
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1), secret TEXT NOT NULL, sent_at TEXT NOT NULL,
  valid INTEGER NOT NULL DEFAULT 1,
  UNIQUE (cycle_id, member_id, number));
ALTER TABLE packet_import ADD COLUMN sending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE packet_import ADD COLUMN unauthenticated INTEGER NOT NULL DEFAULT 0;
)SQL");
    }
    if (from_version < 6) {
        // Version 6: the group of each cycle (who takes part), whether members see the previous
        // cycle's consensus, the dated record of corrections to a closed cycle, and the action
        // of an earlier cycle's plan that an action was adopted from (by cycle and code, which
        // survive a re-import of that cycle).
        db.exec(R"SQL(
ALTER TABLE cycle ADD COLUMN members_see_previous_consensus INTEGER NOT NULL DEFAULT 0;
CREATE TABLE cycle_member (
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  PRIMARY KEY (cycle_id, member_id));
INSERT INTO cycle_member (cycle_id, member_id) SELECT cycle.id, member.id FROM cycle, member;
CREATE TABLE cycle_correction (
  id INTEGER PRIMARY KEY,
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  corrected_on TEXT NOT NULL, corrected_by TEXT NOT NULL DEFAULT '', what TEXT NOT NULL);
ALTER TABLE action ADD COLUMN adopted_from_cycle_id INTEGER REFERENCES cycle(id) ON DELETE SET NULL;
ALTER TABLE action ADD COLUMN adopted_from_code TEXT;
)SQL");
    }
    if (from_version < 7) {
        // Version 7: the consensus meeting as a record (time and rating rounds per item), and
        // the anonymous numbers members have in projector mode, drawn once per cycle.
        db.exec(R"SQL(
CREATE TABLE meeting_item (
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE, node_code TEXT NOT NULL,
  seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
  rounds INTEGER NOT NULL DEFAULT 0 CHECK (rounds >= 0),
  PRIMARY KEY (cycle_id, node_code));
CREATE TABLE member_number (
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number > 0),
  PRIMARY KEY (cycle_id, member_id), UNIQUE (cycle_id, number));
)SQL");
    }
    if (from_version < 8) migrate_to_v8(db);
    if (from_version < 9) {
        // Version 9: a member's role in each cycle (a member may lead one self-assessment and
        // take part in the next); until now the member's one role stood for every cycle.
        db.exec(R"SQL(
ALTER TABLE cycle_member ADD COLUMN role TEXT NOT NULL DEFAULT 'member'
  CHECK (role IN ('facilitator', 'member', 'sponsor'));
UPDATE cycle_member SET role = (SELECT role FROM member WHERE member.id = cycle_member.member_id);
)SQL");
    }
    if (from_version < 10) {
        // Version 10: the live workshop session of a cycle, kept so that a restarted program
        // resumes it: its secret, the approved devices' tokens, and the edits each has applied.
        db.exec(R"SQL(
CREATE TABLE live_session (
  cycle_id INTEGER PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,
  secret TEXT NOT NULL, join_code TEXT NOT NULL);
CREATE TABLE live_device (
  cycle_id INTEGER NOT NULL REFERENCES live_session(cycle_id) ON DELETE CASCADE,
  device_id INTEGER NOT NULL CHECK (device_id > 0),
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  label TEXT NOT NULL, token TEXT NOT NULL,
  PRIMARY KEY (cycle_id, device_id));
CREATE TABLE live_edit (
  cycle_id INTEGER NOT NULL, device_id INTEGER NOT NULL, edit_id TEXT NOT NULL,
  PRIMARY KEY (cycle_id, device_id, edit_id),
  FOREIGN KEY (cycle_id, device_id) REFERENCES live_device(cycle_id, device_id) ON DELETE CASCADE);
)SQL");
    }
    if (from_version < 11) {
        // Version 11: the process register (ISO 9001 clause 4.4): process cards with their
        // ordered list fields, a responsibility matrix (V/D) per process, and the processes each
        // improvement action changes. Cells name their
        // row and column by position, so removing a department removes its matrix rows and cells.
        db.exec(R"SQL(
CREATE TABLE process (
  id INTEGER PRIMARY KEY, position INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('management', 'core', 'support')),
  owner_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  owner_department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
  purpose TEXT NOT NULL DEFAULT '', customer_requirements TEXT NOT NULL DEFAULT '');
CREATE TABLE process_entry (
  process_id INTEGER NOT NULL REFERENCES process(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('iso', 'subprocess', 'document', 'record', 'resource', 'criterion',
                                       'constraint', 'goal')),
  position INTEGER NOT NULL, text TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '', target TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (process_id, field, position));
CREATE TABLE process_participant (
  process_id INTEGER NOT NULL REFERENCES process(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  department_id INTEGER REFERENCES department(id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (process_id, position));
CREATE TABLE process_column (
  process_id INTEGER NOT NULL REFERENCES process(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, purpose TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (process_id, position));
CREATE TABLE process_cell (
  process_id INTEGER NOT NULL, row_position INTEGER NOT NULL, column_position INTEGER NOT NULL,
  value TEXT NOT NULL CHECK (value IN ('V', 'D')),
  PRIMARY KEY (process_id, row_position, column_position),
  FOREIGN KEY (process_id, row_position) REFERENCES process_participant(process_id, position) ON DELETE CASCADE,
  FOREIGN KEY (process_id, column_position) REFERENCES process_column(process_id, position) ON DELETE CASCADE);
CREATE TABLE action_process (
  action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  process_id INTEGER NOT NULL REFERENCES process(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, process_id));
)SQL");
    }
    if (from_version < 12) {
        // Version 12: benchlearning comparison sets imported from a network (docs/benchlearning.md),
        // kept as imported: the set, its submissions in order, and each submission's scores.
        db.exec(R"SQL(
CREATE TABLE bench_set (
  id INTEGER PRIMARY KEY, source_name TEXT NOT NULL, imported_at TEXT NOT NULL,
  framework_id TEXT NOT NULL, framework_version TEXT NOT NULL, method_id TEXT NOT NULL,
  merged_at TEXT NOT NULL);
CREATE TABLE bench_submission (
  set_id INTEGER NOT NULL REFERENCES bench_set(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, submission_id TEXT NOT NULL, written_at TEXT NOT NULL,
  institution_type TEXT NOT NULL, size_band TEXT NOT NULL, region TEXT NOT NULL DEFAULT '',
  framework_id TEXT NOT NULL, framework_version TEXT NOT NULL, method_id TEXT NOT NULL,
  cycle_label TEXT NOT NULL, year INTEGER NOT NULL, members INTEGER NOT NULL,
  consensus_complete INTEGER NOT NULL CHECK (consensus_complete IN (0, 1)),
  PRIMARY KEY (set_id, position));
CREATE TABLE bench_score (
  set_id INTEGER NOT NULL, submission_position INTEGER NOT NULL, position INTEGER NOT NULL,
  level TEXT NOT NULL, code TEXT NOT NULL, score REAL NOT NULL,
  PRIMARY KEY (set_id, submission_position, position),
  FOREIGN KEY (set_id, submission_position) REFERENCES bench_submission(set_id, position) ON DELETE CASCADE);
)SQL");
    }
    if (from_version < 13) {
        // Version 13: perception surveys (docs/surveys.md): the questionnaire as it was when the
        // survey was imported, the column mapping, and every response. A response's answers are
        // one text in item order ("5,4,,?": a value, blank for no answer, ? for "don't know"),
        // so that a survey of hundreds of respondents is hundreds of rows, not thousands.
        db.exec(R"SQL(
CREATE TABLE survey (
  id INTEGER PRIMARY KEY, cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  questionnaire_id TEXT NOT NULL, questionnaire_version TEXT NOT NULL, questionnaire_xml TEXT NOT NULL,
  title TEXT NOT NULL, conducted_on TEXT NOT NULL, source_name TEXT NOT NULL, encoding TEXT NOT NULL,
  imported_at TEXT NOT NULL);
CREATE TABLE survey_column (
  survey_id INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE, position INTEGER NOT NULL,
  column_index INTEGER NOT NULL, header TEXT NOT NULL, item_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('answer', 'importance')),
  PRIMARY KEY (survey_id, position));
CREATE TABLE survey_response (
  survey_id INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE, position INTEGER NOT NULL,
  line INTEGER NOT NULL, answers TEXT NOT NULL, importance TEXT NOT NULL,
  PRIMARY KEY (survey_id, position));
)SQL");
    }
    if (from_version < 14) {
        // Version 14: the CAF ten steps (docs/caf-steps.md): each step's own record, the
        // management decision, communication plans, training, strategic objectives, ideas not
        // taken up, the next self-assessment, and progress reviews as snapshots of the plan.
        db.exec(R"SQL(
CREATE TABLE cycle_step (
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 10),
  status TEXT CHECK (status IN ('not-started', 'in-progress', 'done')),
  started_on TEXT NOT NULL, done_on TEXT NOT NULL, responsible TEXT NOT NULL, notes TEXT NOT NULL,
  PRIMARY KEY (cycle_id, step));
CREATE TABLE cycle_steps_record (
  cycle_id INTEGER PRIMARY KEY REFERENCES cycle(id) ON DELETE CASCADE,
  decided_on TEXT NOT NULL, decided_by TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('whole-organisation', 'units')),
  objective TEXT NOT NULL, process_leader TEXT NOT NULL, resources TEXT NOT NULL,
  results_communicated_on TEXT NOT NULL, results_how TEXT NOT NULL,
  next_planned_on TEXT NOT NULL, next_scope TEXT NOT NULL);
CREATE TABLE scope_unit (
  cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  department_id INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
  PRIMARY KEY (cycle_id, department_id));
CREATE TABLE communication_entry (
  id INTEGER PRIMARY KEY, cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  plan TEXT NOT NULL CHECK (plan IN ('self-assessment', 'improvement-plan')), position INTEGER NOT NULL,
  audience TEXT NOT NULL, message TEXT NOT NULL, channel TEXT NOT NULL, planned_on TEXT NOT NULL,
  responsible TEXT NOT NULL, done_on TEXT NOT NULL);
CREATE TABLE training_session (
  id INTEGER PRIMARY KEY, cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, held_on TEXT NOT NULL, topic TEXT NOT NULL, trainer TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE training_attendee (
  session_id INTEGER NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, member_id));
CREATE TABLE strategic_objective (
  id INTEGER PRIMARY KEY, cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
  UNIQUE (cycle_id, code));
CREATE TABLE action_objective (
  action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  objective_id INTEGER NOT NULL REFERENCES strategic_objective(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, objective_id));
CREATE TABLE declined_idea (
  id INTEGER PRIMARY KEY, cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, node_code TEXT NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL);
CREATE TABLE progress_review (
  id INTEGER PRIMARY KEY, cycle_id INTEGER NOT NULL REFERENCES cycle(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL, reviewer TEXT NOT NULL, conclusions TEXT NOT NULL,
  UNIQUE (cycle_id, held_on));
CREATE TABLE reviewed_action (
  review_id INTEGER NOT NULL REFERENCES progress_review(id) ON DELETE CASCADE, position INTEGER NOT NULL,
  code TEXT NOT NULL, title TEXT NOT NULL, department TEXT NOT NULL, due_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'postponed', 'cancelled')),
  progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100), comment TEXT NOT NULL,
  milestones INTEGER NOT NULL, milestones_done INTEGER NOT NULL,
  indicator TEXT NOT NULL, target TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (review_id, position));
ALTER TABLE action ADD COLUMN risks TEXT NOT NULL DEFAULT '';
ALTER TABLE action ADD COLUMN resources TEXT NOT NULL DEFAULT '';
ALTER TABLE action ADD COLUMN check_method TEXT NOT NULL DEFAULT '';
ALTER TABLE action ADD COLUMN check_on TEXT NOT NULL DEFAULT '';
)SQL");
    }
    db.exec("PRAGMA user_version = " + std::to_string(to));
}

}  // namespace assessa::store
