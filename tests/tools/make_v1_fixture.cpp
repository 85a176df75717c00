// Writes tests/data/project-v1.assessa: a project in file format version 1, as Assessa 0.1
// wrote it, for the migration tests. Run once; the output is committed.
//   make_v1_fixture OUT.assessa FRAMEWORK.xml

#include "model/project_schema.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: make_v1_fixture OUT.assessa FRAMEWORK.xml\n";
        return 2;
    }
    std::ifstream in(argv[2]);
    std::stringstream xml;
    xml << in.rdbuf();
    SQLite::Database db(argv[1], SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    assessa::store::create_schema_v1(db);
    db.exec("INSERT INTO meta VALUES ('project_id', '0123456789abcdef0123456789abcdef')");
    SQLite::Statement fw(db, "INSERT INTO framework_snapshot VALUES ('mini', 'framework', ?, '2025-01-10T08:00:00Z')");
    fw.bind(1, xml.str());
    fw.exec();
    db.exec(R"SQL(
INSERT INTO organisation VALUES (1, 'Vėjupio rajono savivaldybės administracija', 'Savivaldybės administracija',
  'Vėjupis', '180', '2023–2024', 'lt');
INSERT INTO department VALUES (1, 'ADM', 'Administracija', 'Rūta Petrauskienė');
INSERT INTO member VALUES (1, 'Rūta Petrauskienė', 'facilitator', 1, 'ruta@vejupis.example');
INSERT INTO member VALUES (2, 'Mindaugas Žukauskas', 'member', NULL, '');
INSERT INTO cycle (id, label, framework_id, method_id, started_on) VALUES (1, '2024', 'mini', 'basic', '2024-03-01');
INSERT INTO rating VALUES (1, 1, '1.1', 0);
INSERT INTO rating VALUES (1, 2, '1.1', 0);
INSERT INTO rating_score VALUES (1, 1, '1.1', 'overall', 45);
INSERT INTO rating_score VALUES (1, 2, '1.1', 'overall', 60);
INSERT INTO note_item VALUES (1, 1, 1, '1.1', 'strength', 'Misija paskelbta', 0);
INSERT INTO note_item VALUES (2, 1, 2, '1.1', 'afi', 'Vizija neperžiūrėta', 0);
INSERT INTO consensus_score VALUES (1, '1.1', 'overall', 50);
INSERT INTO consensus VALUES (1, '1.1', 'Planas yra, peržiūros nėra.');
INSERT INTO consensus_item VALUES (1, 1, '1.1', 'strength', 'Misija aiški', 0, 1);
INSERT INTO consensus_item VALUES (2, 1, '1.1', 'afi', 'Peržiūrėti viziją', 0, NULL);
)SQL");
    return 0;
}
