#include "tests/support/tampered_projects.hpp"

#include <SQLiteCpp/Database.h>

#include <stdexcept>

namespace assessa::test {

const std::vector<Tampering>& schema_tamperings() {
    static const std::vector<Tampering> all = {
        {"trigger-after-insert",
         "CREATE TRIGGER evil AFTER INSERT ON lock_record BEGIN DELETE FROM rating_score; END;",
         "contains a database trigger (\"evil\" on lock_record) that Assessa did not create"},
        {"trigger-before-update",
         "CREATE TRIGGER keep_scores BEFORE UPDATE ON rating_score BEGIN SELECT RAISE(IGNORE); END;",
         "contains a database trigger (\"keep_scores\" on rating_score) that Assessa did not create"},
        {"trigger-instead-of",
         "CREATE VIEW member_names AS SELECT id, name FROM member;"
         "CREATE TRIGGER rename_member INSTEAD OF UPDATE ON member_names BEGIN DELETE FROM member; END;",
         "contains a database trigger (\"rename_member\" on member_names) that Assessa did not create"},
        {"view", "CREATE VIEW all_scores AS SELECT * FROM rating_score;",
         "contains a database view (\"all_scores\") that Assessa did not create"},
        {"extra-table", "CREATE TABLE remarks (id INTEGER PRIMARY KEY, text TEXT);",
         "contains a table (\"remarks\") that Assessa did not create"},
        {"extra-column", "ALTER TABLE member ADD COLUMN salary INTEGER;",
         "has a column (\"salary\" in table member) that Assessa did not create"},
        {"changed-column-type",
         "PRAGMA writable_schema = ON;"
         "UPDATE sqlite_master SET sql = replace(sql, 'value INTEGER NOT NULL', 'value TEXT NOT NULL') "
         "WHERE name = 'rating_score';"
         "PRAGMA writable_schema = OFF;",
         "has a column (\"value\" in table rating_score) whose type or constraints differ from what Assessa created"},
        {"unexpected-index", "CREATE INDEX member_by_contact ON member (contact);",
         "contains an index (\"member_by_contact\" on member) that Assessa did not create"},
        {"altered-create-text",
         "PRAGMA writable_schema = ON;"
         "UPDATE sqlite_master SET sql = replace(sql, ' CHECK (id = 1)', '') WHERE name = 'lock_record';"
         "PRAGMA writable_schema = OFF;",
         "has a table (\"lock_record\") whose CREATE statement differs from what Assessa created"},
    };
    return all;
}

const Tampering& schema_tampering(const std::string& name) {
    for (const auto& t : schema_tamperings())
        if (t.name == name) return t;
    throw std::invalid_argument("no tampering called " + name);
}

void tamper(const std::string& path, const std::string& sql) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(sql);
}

std::string tampered_message(const std::string& path, const std::string& reason, const std::string& organisation,
                             const std::string& cycle) {
    return path + ": this project file " + reason + "; it may have been tampered with. Nothing was changed. " +
           "The file names the organisation \"" + organisation + "\" and the cycle \"" + cycle + "\".";
}

}  // namespace assessa::test
