#include <catch2/catch.hpp>

#include "exports/demo_project.hpp"
#include "exports/exchange_format.hpp"
#include "model/process_rules.hpp"
#include "tests/support/test_support.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

const FrameworkLibrary& library() {
    static const FrameworkLibrary lib = FrameworkLibrary::load_default();
    return lib;
}

std::unique_ptr<Project> new_project(const TempDir& dir, const std::string& name, OrganisationProfile org = {}) {
    return Project::create(dir.file(name), library(), {"caf-2020", "fine-tuned", "2026", org});
}

OrganisationProfile vejupis() {
    return {"Vėjupio rajono savivaldybės administracija", "Savivaldybės administracija", "Gedimino g. 1\nLT-00001 Vėjupis",
            "180 darbuotojų", "2024–2026", "lt"};
}

Id member(Project& p, const std::string& name, MemberRole role, const std::string& department, const std::string& contact = "") {
    Member m;
    m.name = name;
    m.role = role;
    if (!department.empty()) m.department_id = p.find_department(department)->id;
    m.contact = contact;
    return p.add_member(m);
}

// Every CAF step record, with texts that test the format's escaping.
void fill_steps(Project& p, Id c, const std::vector<Id>& attendees) {
    CycleSteps steps;
    steps.set_step({1, StepStatus::done, "2026-09-01", "2026-09-14", "Meras", "Įsakymas Nr. 1\nantra eilutė"});
    steps.set_step({4, std::nullopt, "2026-09-20", "", "Rūta", ""});
    steps.set_step({10, StepStatus::in_progress, "", "", "", "  tarpai  "});
    steps.decision = {"2026-09-14", "Meras & <direktorius>", AssessmentScope::units,
                      {p.find_department("SOC")->id, p.find_department("IT")->id},
                      "Tikslas\nantra eilutė", "Rūta Petraitienė", "10 dienų; 600 EUR"};
    steps.communication = {
        {0, CommunicationPlan::self_assessment, "Visi darbuotojai", "Kodėl \"vertiname\"", "Intranetas", "2026-09-21",
         "Meras", "2026-09-21"},
        {0, CommunicationPlan::improvement_plan, "Taryba", "", "", "2027-01-20", "", ""},
        {0, CommunicationPlan::self_assessment, "员工", "信息", "会议", "", "王芳", ""}};
    steps.trainings = {{0, "2026-09-29", "BVM modelis", "Laima J.", attendees, "Pastabos\r\nantra"},
                       {0, "2026-10-02", "Sutarimas", "", {}, ""}};
    steps.results = {"2026-12-05", "Intranete & susirinkime"};
    steps.objectives = {{0, "SO-1", "Įrodymais grįstas valdymas", "Aprašymas <1>"}, {0, "SO-2", "社会服务", ""}};
    steps.declined_ideas = {{0, "1.1", "Programėlė", "Per brangu"}, {0, "", "Be mazgo", ""}};
    steps.next = {"2028-10-02", "Visa organizacija"};
    p.set_cycle_steps(c, steps);
}

// Two progress reviews of the plan: a snapshot each.
void fill_reviews(Project& p, Id c) {
    ProgressReview first;
    first.cycle_id = c;
    first.held_on = "2027-03-31";
    first.reviewer = "Meras";
    first.conclusions = "Gera pradžia.\nAntra eilutė & <žymė>";
    ReviewedAction a{"A-02", "Dokumentų valdymas", "IT", "2028-12-31", ActionStatus::planned, 0, "", 0, 0, "", "", ""};
    ReviewedAction b{"A-01", "Grįžtamojo ryšio sistema", "SOC", "2027-06-30", ActionStatus::in_progress, 40,
                     "Pradėta;\nvyksta", 2, 1, "Atsakymų dalis", "60 %", "35 %"};
    first.actions = {a, b};
    p.add_progress_review(first);
    ProgressReview second = first;
    second.held_on = "2027-06-30";
    second.conclusions = "";
    second.actions[0].status = ActionStatus::postponed;
    second.actions[1].status = ActionStatus::done;
    second.actions[1].progress = 100;
    second.actions[1].value = "62 %";
    p.add_progress_review(second);
}

// Something of everything: texts in Lithuanian and Chinese with line breaks, markup characters
// and surrounding spaces, reordered and deleted items, an empty rating, merged consensus items
// and a second cycle with the other scoring method.
void fill(Project& p) {
    p.add_department({0, "IT", "Informacinių technologijų skyrius", "Jonas Jonaitis"});
    p.add_department({0, "FIN", "Finansų skyrius", ""});
    p.add_department({0, "SOC", "社会服务部", "王芳"});
    const Id ruta = member(p, "Rūta Petraitienė", MemberRole::facilitator, "IT", "ruta@vejupis.lt");
    const Id li = member(p, "李明", MemberRole::member, "SOC");
    const Id tomas = member(p, "Tomas \"O'Brien\" & <Sons>", MemberRole::sponsor, "");
    const Id egle = member(p, "Eglė Kazlauskienė", MemberRole::member, "FIN", "tel. +370 600 00000\t(darbo)");

    const Id c = p.current_cycle().id;
    p.set_score(c, ruta, "1.1", "plan", 55);
    p.set_score(c, ruta, "1.1", "do", 40);
    p.set_score(c, ruta, "1.1", "check", 30);
    const Id gone = p.add_item(c, ruta, "1.1", NoteKind::strength, "bus ištrinta");
    const Id ruta_s2 = p.add_item(c, ruta, "1.1", NoteKind::strength, "Vadovai kalbasi su darbuotojais");
    const Id ruta_s1 = p.add_item(c, ruta, "1.1", NoteKind::strength, "Aiški vizija ir vertybės");
    p.move_item(ruta_s1, 0);
    p.remove_item(gone);
    const Id ruta_afi = p.add_item(c, ruta, "1.1", NoteKind::afi, "Trūksta grįžtamojo ryšio\nantra eilutė\n");
    p.add_item(c, ruta, "1.1", NoteKind::idea, "  tarpai prieš ir po  ");
    p.add_item(c, ruta, "1.1", NoteKind::evidence, "Strateginis planas 2024–2026 <p. 3> & \"priedas\" 'A' ]]>");
    p.set_score(c, li, "1.1", "plan", 60);
    p.set_score(c, li, "1.1", "act", 10);
    const Id li_s = p.add_item(c, li, "1.1", NoteKind::strength, "领导层定期与员工沟通。");
    const Id li_afi = p.add_item(c, li, "1.1", NoteKind::afi, "缺少绩效指标\r\n第二行");
    p.set_no_opinion(c, tomas, "1.1", true);
    p.add_item(c, tomas, "1.1", NoteKind::idea, "Paklausti gyventojų");
    p.set_score(c, egle, "6.1", "trends", 70);
    p.set_score(c, egle, "6.1", "targets", 55);
    p.add_item(c, ruta, "6.1", NoteKind::afi, "Apklausų rezultatai neanalizuojami");
    p.set_score(c, ruta, "2.1", "plan", 20);  // leaves an empty rating behind
    p.set_score(c, ruta, "2.1", "plan", std::nullopt);

    for (auto [phase, value] : {std::pair{"plan", 55}, {"do", 45}, {"check", 30}, {"act", 20}})
        p.set_consensus_score(c, "1.1", phase, value);
    const Id feedback = p.add_consensus_item(c, "1.1", NoteKind::afi, "Grįžtamasis ryšys", {li_afi, ruta_afi});
    p.add_consensus_item(c, "1.1", NoteKind::strength, "Aiški vizija, 领导层沟通", {ruta_s1, li_s, ruta_s2});
    const Id written = p.add_consensus_item(c, "1.1", NoteKind::afi, "Užrašyta susitikime", {});
    p.set_justification(c, "1.1", "Dauguma sutarė.\nDu nesutiko.");
    p.set_dissent(c, "1.1", "Tomas: per aukštai & per greitai");
    p.set_meeting_item(c, {"1.1", 540, 2});
    p.set_meeting_item(c, {"6.1", 75, 1});
    p.set_member_numbers(c, {{ruta, 3}, {li, 1}, {tomas, 4}, {egle, 2}});
    p.set_consensus_score(c, "6.1", "trends", 65);
    p.set_cycle_approval(c, "Meras", "2026-12-01", "Patvirtinta & paskelbta");
    fill_steps(p, c, {ruta, li, egle});
    const auto objectives = p.cycle_steps(c).objectives;

    // A plan approved, changed (version 2), approved again, with progress reported.
    ImprovementPlan plan;
    plan.cycle_id = c;
    plan.starts_on = "2027-01-01";
    plan.horizon_years = 2;
    p.set_plan(plan);
    ImprovementAction a;
    a.code = "A-01";
    a.title = "Grįžtamojo ryšio <sistema> & \"apklausa\"";
    a.description = "Aprašymas\nantra eilutė";
    a.expected_result = "员工满意";
    a.afi_ids = {written, feedback};
    a.iso_clauses = std::vector<std::string>{"7.4", "9.1.2"};
    a.impact = 5;
    a.feasibility = 2;
    a.effort = "20 d.";
    a.cost = "3 000 EUR";
    a.category_override = ActionCategory::quick_win;
    a.lead_department = p.find_department("SOC")->id;
    a.participating_departments = {p.find_department("IT")->id, p.find_department("FIN")->id};
    a.responsible = "王芳";
    a.starts_on = "2027-02-01";
    a.due_on = "2027-06-30";
    a.milestones = {{0, "Anketa parengta", "2027-03-15", true}, {0, "Rezultatai", "2027-06-01", false}};
    a.indicator = "Atsakymų dalis";
    a.target = "60 %";
    a.objective_ids = {objectives[1].id, objectives[0].id};
    a.risks = "Mažai atsakymų;\nantra rizika & <kita>";
    a.resources = "2 darbuotojai, 3 000 EUR";
    a.check_method = "Palyginti atsakymų dalį su 2026 m.";
    a.check_on = "2027-07-15";
    const Id first = p.add_action(c, a);
    p.approve_plan(c, "Meras", "2026-12-10", "Patvirtinta");
    p.set_action_status(first, ActionStatus::in_progress, 40, "Pradėta;\nvyksta", "Rūta", "2027-03-20");
    ImprovementAction b;
    b.code = "A-02";
    b.title = "Dokumentų valdymas";
    b.afi_ids = {feedback};
    b.iso_clauses = std::vector<std::string>{};
    b.lead_department = p.find_department("IT")->id;
    b.starts_on = "2027-09-01";
    b.due_on = "2028-12-31";
    const Id second = p.add_action(c, b);
    p.move_action(second, 0);
    p.set_action_status(second, ActionStatus::postponed, 0, "", "", "2027-10-01");
    p.approve_plan(c, "Meras", "2027-01-15", "");
    fill_reviews(p, c);

    const Id c2 = p.add_cycle("2028", "caf-2020", "classical");
    p.set_score(c2, ruta, "1.1", "overall", 70);
    const Id better = p.add_item(c2, ruta, "1.1", NoteKind::strength, "Pagerėjo");
    p.set_score(c2, egle, "9.2", "overall", 35);
    p.set_consensus_score(c2, "1.1", "overall", 70);
    p.add_consensus_item(c2, "1.1", NoteKind::strength, "Pagerėjo", {better});

    // Two process cards: one owned by a department, one by a member, rows of both kinds.
    Process card;
    card.code = "P-01";
    card.name = "Išorinė komunikacija & <ryšiai>";
    card.kind = ProcessKind::management;
    card.owner_department_id = p.find_department("IT")->id;
    card.purpose = "Palaikyti ryšius.\nAntra eilutė";
    card.customer_requirements = "  Laiku  ";
    card.iso_clauses = {"5.3", "8.2.1"};
    card.subprocesses = {"Paklausimai", "Viešinimas"};
    card.documents = {"Veiklos planas"};
    card.records = {"Registras", "Atsakymai"};
    card.resources = {{ResourceKind::information, "Rekomendacijos"}, {ResourceKind::people, "Darbuotojai"}};
    card.criteria = {{"Įgyvendinta dalis", "tikslai / planas", "90 %"}, {"Be rodiklio", "", ""}};
    card.constraints = {"Švietimo įstatymas"};
    card.improvement_goals = {"Daugiau priemonių"};
    card.matrix.columns = {{"Darbdaviai", "Praktikos vietos"}, {"Savivaldybė", ""}};
    card.matrix.rows = {{std::nullopt, "Direktorius"}, {p.find_department("SOC")->id, ""}};
    card.matrix.set(0, 0, Responsibility::leads);
    card.matrix.set(1, 0, Responsibility::takes_part);
    card.matrix.set(1, 1, Responsibility::leads);
    p.add_process(card);
    Process other;
    other.code = "P-02";
    other.name = "社会服务";
    other.kind = ProcessKind::support;
    other.owner_member_id = li;
    p.add_process(other);
}

// A project's processes without their ids: owners and department rows by code and name.
std::pair<std::vector<std::string>, std::vector<Process>> described_processes(const Project& p) {
    std::vector<std::string> out;
    std::vector<Process> cards;
    for (auto pr : p.processes()) {
        std::string text = pr.code;
        for (const auto& d : p.departments()) {
            if (pr.owner_department_id == d.id) text += " owner " + d.code;
            for (auto& row : pr.matrix.rows)
                if (row.department_id == d.id) row.role = "department " + d.code;
        }
        for (const auto& m : p.members())
            if (pr.owner_member_id == m.id) text += " owner " + m.name;
        for (auto& row : pr.matrix.rows) row.department_id.reset();
        pr.id = 0;
        pr.owner_department_id.reset();
        pr.owner_member_id.reset();
        out.push_back(text);
        std::string rows;
        for (const auto& row : pr.matrix.rows) rows += row.role + ";";
        out.push_back(rows);
        cards.push_back(pr);
    }
    return {out, cards};
}

std::string problems_of(Project& p, const std::string& path) {
    const std::string name = fs::path(path).filename().string();
    const auto result = import_exchange_text(p, name, read_file(path));
    CHECK_FALSE(result.ok());
    return to_string(result.errors);
}

}  // namespace

TEST_CASE("Export, import into a new project and export again gives the same bytes", "[exchange]") {
    TempDir d;
    auto a = new_project(d, "a.assessa", vejupis());
    fill(*a);
    export_exchange(*a, d.file("a.xml"));
    const std::string first = read_file(d.file("a.xml"));
    CHECK(first == export_exchange_text(*a));
    CHECK_FALSE(fs::exists(d.file("a.xml.partial")));

    auto b = new_project(d, "b.assessa");
    const auto result = import_exchange(*b, d.file("a.xml"));
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.report->departments == 3);
    CHECK(result.report->members == 4);
    CHECK(result.report->cycles == 2);
    CHECK(result.report->ratings == 7);
    CHECK(result.report->items == 10);
    CHECK(result.report->consensus == 3);
    CHECK(result.report->actions == 2);
    CHECK(result.report->processes == 2);
    CHECK(export_exchange_text(*b) == first);
    CHECK(described_processes(*b) == described_processes(*a));
    CHECK(b->processes()[0].purpose == "Palaikyti ryšius.\nAntra eilutė");
    CHECK(b->processes()[0].criteria == a->processes()[0].criteria);
    CHECK(b->processes()[0].matrix.cells == a->processes()[0].matrix.cells);

    // The content itself, not only its serialisation, came across.
    CHECK(b->organisation() == vejupis());
    const Id li = b->members()[1].id;
    const auto items = b->rating(b->cycles()[0].id, li, "1.1").items;
    REQUIRE(items.size() == 2);
    CHECK(items[1].text == "缺少绩效指标\r\n第二行");
    const auto agreed = b->consensus(b->cycles()[0].id, "1.1");
    CHECK(agreed.justification == "Dauguma sutarė.\nDu nesutiko.");
    REQUIRE(agreed.items.size() == 3);
    CHECK(agreed.items[0].source_item_ids.size() == 3);
    CHECK(b->members()[3].contact == "tel. +370 600 00000\t(darbo)");
    // The meeting's record and the projector numbers, by member.
    CHECK(b->meeting_record(b->cycles()[0].id) ==
          std::vector<MeetingItem>{{"1.1", 540, 2}, {"6.1", 75, 1}});
    const auto numbers = b->member_numbers(b->cycles()[0].id);
    REQUIRE(numbers.size() == 4);
    CHECK(numbers.at(b->members()[0].id) == 3);
    CHECK(numbers.at(b->members()[1].id) == 1);

    const Id ca = a->cycles()[0].id, cb = b->cycles()[0].id;
    auto plan_a = *a->plan(ca), plan_b = *b->plan(cb);
    plan_a.cycle_id = plan_b.cycle_id = 0;
    CHECK(plan_b == plan_a);
    CHECK(plan_b.version == 2);
    CHECK(plan_b.approved);
    // Actions equal but for the ids of the project they live in.
    auto without_ids = [](std::vector<ImprovementAction> actions, const Project& p, Id cycle) {
        std::map<Id, std::string> afi_texts;
        for (const auto& x : p.consensus_all(cycle))
            for (const auto& item : x.items) afi_texts[item.id] = item.text;
        std::map<Id, std::string> codes;
        for (const auto& d : p.departments()) codes[d.id] = d.code;
        std::vector<std::string> described;
        for (auto& act : actions) {
            std::string text = act.code + " lead " + codes[*act.lead_department] + " afis";
            for (Id afi : act.afi_ids) text += " [" + afi_texts[afi] + "]";
            for (Id d : act.participating_departments) text += " D " + codes[d];
            for (Id o : act.objective_ids) text += " SO " + p.cycle_steps(cycle).objective(o)->code;
            described.push_back(text);
            act.id = 0;
            act.afi_ids.clear();
            act.lead_department.reset();
            act.participating_departments.clear();
            for (auto& m : act.milestones) m.id = 0;
            for (auto& h : act.history) h.id = 0;
            act.objective_ids.clear();
        }
        return std::pair(actions, described);
    };
    const auto [actions_a, described_a] = without_ids(a->actions(ca), *a, ca);
    const auto [actions_b, described_b] = without_ids(b->actions(cb), *b, cb);
    CHECK(actions_b == actions_a);
    CHECK(described_b == described_a);
    REQUIRE(actions_b.size() == 2);
    CHECK(actions_b[0].code == "A-02");
    CHECK(actions_b[1].history.size() == 2);
    CHECK(actions_b[1].history[1].comment == "Pradėta;\nvyksta");
    INFO(described_b[1]);
    CHECK(described_b[1].find(" SO SO-1") != std::string::npos);
    CHECK(described_b[1].find(" SO SO-2") != std::string::npos);
    CHECK(actions_b[1].risks == "Mažai atsakymų;\nantra rizika & <kita>");
    CHECK(actions_b[1].check_on == "2027-07-15");

    // The steps and the reviews, but for the ids of the project they live in: trainings name
    // the same members, the decision the same departments.
    auto steps_without_ids = [](CycleSteps steps, const Project& p) {
        std::vector<std::string> names;
        for (auto& t : steps.trainings) {
            for (Id m : t.attendee_ids)
                for (const auto& member : p.members())
                    if (member.id == m) names.push_back(member.name);
            t.attendee_ids.clear();
            t.id = 0;
        }
        for (Id d : steps.decision.unit_ids)
            for (const auto& dep : p.departments())
                if (dep.id == d) names.push_back(dep.code);
        steps.decision.unit_ids.clear();
        for (auto& e : steps.communication) e.id = 0;
        for (auto& o : steps.objectives) o.id = 0;
        for (auto& i : steps.declined_ideas) i.id = 0;
        return std::pair(steps, names);
    };
    const auto steps_a = steps_without_ids(a->cycle_steps(ca), *a);
    const auto steps_b = steps_without_ids(b->cycle_steps(cb), *b);
    CHECK(steps_b == steps_a);
    CHECK(steps_b.second.size() == 5);  // three attendees, two units
    CHECK(steps_b.first.trainings[0].notes == "Pastabos\r\nantra");
    CHECK(steps_b.first.steps.size() == 3);
    auto reviews_without_ids = [](std::vector<ProgressReview> reviews) {
        for (auto& r : reviews) r.id = r.cycle_id = 0;
        return reviews;
    };
    const auto reviews_b = reviews_without_ids(b->progress_reviews(cb));
    CHECK(reviews_b == reviews_without_ids(a->progress_reviews(ca)));
    REQUIRE(reviews_b.size() == 2);
    CHECK(reviews_b[0].actions[1].comment == "Pradėta;\nvyksta");
    CHECK(reviews_b[1].actions[1].status == ActionStatus::done);
}

TEST_CASE("An imported cycle without a plan replaces the cycle's plan too", "[exchange][plan]") {
    TempDir d;
    auto p = new_project(d, "p.assessa", vejupis());
    fill(*p);
    REQUIRE(p->plan(p->cycles()[0].id));
    std::string xml = export_exchange_text(*p);
    // The reviews go with the plan: a review needs the cycle's plan.
    const std::string last_review_end = "</progress-review>\n";
    xml.erase(xml.find("    <plan "), xml.rfind(last_review_end) + last_review_end.size() - xml.find("    <plan "));
    const auto result = import_exchange_text(*p, "no-plan.xml", xml);
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK_FALSE(p->plan(p->cycles()[0].id));
    CHECK(export_exchange_text(*p) == xml);
}

TEST_CASE("The exported file reads as documented", "[exchange]") {
    TempDir d;
    auto a = new_project(d, "a.assessa", vejupis());
    fill(*a);
    const std::string xml = export_exchange_text(*a);
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<assessa-exchange xmlns=\"urn:assessa:exchange:1\" version=\"1\">\n"
                    "  <organisation name=\"Vėjupio rajono savivaldybės administracija\"",
                    0) == 0);
    CHECK(xml.find("address=\"Gedimino g. 1&#10;LT-00001 Vėjupis\"") != std::string::npos);
    CHECK(xml.find("<member key=\"m3\" name=\"Tomas &quot;O'Brien&quot; &amp; &lt;Sons>\" role=\"sponsor\" />") !=
          std::string::npos);
    // Phases in the panel's order; item keys in file order; sources in file order.
    CHECK(xml.find("<score phase=\"plan\" value=\"55\" />\n      <score phase=\"do\" value=\"40\" />") != std::string::npos);
    CHECK(xml.find("<item key=\"i1\" kind=\"strength\">Aiški vizija ir vertybės</item>") != std::string::npos);
    CHECK(xml.find("<item key=\"i5\" kind=\"evidence\">Strateginis planas 2024–2026 &lt;p. 3&gt; &amp; \"priedas\" 'A' ]]&gt;</item>") !=
          std::string::npos);
    CHECK(xml.find("<item kind=\"strength\" sources=\"i1 i2 i7\">") != std::string::npos);
    CHECK(xml.find("<item key=\"c1\" kind=\"afi\" sources=\"i3 i8\">Grįžtamasis ryšys</item>") != std::string::npos);
    CHECK(xml.find("afis=\"c1 c2\"") != std::string::npos);  // actions name the agreed AFIs by key, in file order
    CHECK(xml.find("缺少绩效指标&#13;\n第二行") != std::string::npos);
    CHECK(xml.find("node=\"2.1\"") == std::string::npos);  // the empty rating is left out
}

TEST_CASE("The export and the good example files match the schema", "[exchange][host-tools]") {
    TempDir d;
    auto a = new_project(d, "a.assessa", vejupis());
    fill(*a);
    export_exchange(*a, d.file("a.xml"));
    // The demo records every CAF step and three progress reviews.
    export_exchange(*write_demo_project(d.file("demo.assessa"), library(), "lt"), d.file("demo.xml"));
    const std::string schema = std::string(ASSESSA_SOURCE_DIR) + "/exports/schema/exchange.xsd";
    for (const auto& file : {d.file("a.xml"), d.file("demo.xml"), data_dir() + "/exchange/good/example.xml",
                             data_dir() + "/exchange/good/organisation-only.xml",
                             data_dir() + "/exchange/good/process-card-lt.xml"}) {
        INFO(file);
        const std::string command = "xmllint --noout --nonet --schema '" + schema + "' '" + file + "' >/dev/null 2>&1";
        CHECK(std::system(command.c_str()) == 0);
    }
}

TEST_CASE("Importing the same file twice changes nothing the second time", "[exchange]") {
    TempDir d;
    auto p = new_project(d, "p.assessa", vejupis());
    fill(*p);
    const std::string file = data_dir() + "/exchange/good/example.xml";
    auto once = import_exchange(*p, file);
    INFO(to_string(once.errors));
    REQUIRE(once.ok());
    const std::string after_once = export_exchange_text(*p);
    REQUIRE(import_exchange(*p, file).ok());
    CHECK(export_exchange_text(*p) == after_once);
}

TEST_CASE("Import replaces a cycle's content, updates and adds the rest, and keeps what the file leaves out", "[exchange]") {
    TempDir d;
    auto p = new_project(d, "p.assessa", vejupis());
    fill(*p);
    const std::size_t members_before = p->members().size();
    const auto result = import_exchange(*p, data_dir() + "/exchange/good/example.xml");
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.report->cycles == 1);
    CHECK(result.report->ratings == 2);
    CHECK(result.report->items == 4);
    CHECK(result.report->consensus == 1);

    CHECK(p->organisation().name == "Vėjupio rajono savivaldybės administracija");
    CHECK(p->organisation().period == "2026");
    // IT updated, QA added, FIN and SOC kept.
    REQUIRE(p->departments().size() == 4);
    CHECK(p->find_department("IT")->head == "Ona Onaitienė");
    CHECK(p->find_department("FIN"));
    CHECK(p->find_department("QA")->name == "Kokybės grupė");
    // Rūta matched by name and updated, Jonas added, the others kept.
    const auto members = p->members();
    REQUIRE(members.size() == members_before + 1);
    CHECK(members[0].name == "Rūta Petraitienė");
    CHECK(members[0].department_id == p->find_department("QA")->id);
    CHECK(members[0].contact.empty());
    CHECK(members.back().name == "Jonas Jonaitis");

    // Cycle 2026 holds exactly the file's ratings and consensus; 2028 is untouched.
    const auto cycles = p->cycles();
    REQUIRE(cycles.size() == 2);
    CHECK(cycles[0].approved_on.empty());
    std::size_t filled = 0;
    for (const auto& r : p->ratings(cycles[0].id))
        if (!r.scores.empty() || r.no_opinion || !r.items.empty()) ++filled;
    CHECK(filled == 2);
    const auto r = p->rating(cycles[0].id, members.back().id, "1.1");
    CHECK(r.scores == PhaseScores{{"plan", 40}, {"do", 35}});
    REQUIRE(r.items.size() == 3);
    CHECK(r.items[0].text == "Vadovybė aiškiai\n  formuluoja tikslus");
    CHECK(r.items[1].kind == NoteKind::afi);
    const auto agreed = p->consensus(cycles[0].id, "1.1");
    CHECK(agreed.scores == PhaseScores{{"plan", 45}});
    REQUIRE(agreed.items.size() == 1);
    CHECK(agreed.items[0].source_item_ids.size() == 2);
    CHECK(agreed.justification.empty());
    CHECK(p->consensus(cycles[0].id, "6.1").scores.empty());
    CHECK(p->consensus(cycles[1].id, "1.1").scores == PhaseScores{{"overall", 70}});
}

TEST_CASE("A file with only an organisation replaces the profile and nothing else", "[exchange]") {
    TempDir d;
    auto p = new_project(d, "p.assessa", vejupis());
    fill(*p);
    const auto cycles_before = export_exchange_text(*p).substr(export_exchange_text(*p).find("<cycle "));
    const auto result = import_exchange(*p, data_dir() + "/exchange/good/organisation-only.xml");
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.report->cycles == 0);
    CHECK(p->organisation() == OrganisationProfile{"Kaimo biblioteka", "", "", "", "", "en"});
    const std::string after = export_exchange_text(*p);
    CHECK(after.substr(after.find("<cycle ")) == cycles_before);
}

TEST_CASE("Every broken exchange file is refused with the exact errors and changes nothing", "[exchange][bad]") {
    TempDir d;
    auto p = new_project(d, "p.assessa", vejupis());
    fill(*p);
    const std::string before = export_exchange_text(*p);
    const auto files = files_in(data_dir() + "/exchange/bad", ".xml");
    REQUIRE(files.size() >= 12);
    for (const auto& file : files) {
        INFO(file);
        const std::string expected = file.substr(0, file.size() - 4) + ".expected";
        REQUIRE(fs::exists(expected));
        CHECK(problems_of(*p, file) == read_file(expected));
        CHECK(export_exchange_text(*p) == before);
    }
}

TEST_CASE("A missing, oversized or read-only target is refused and changes nothing", "[exchange][bad]") {
    TempDir d;
    auto p = new_project(d, "p.assessa", vejupis());
    fill(*p);
    const std::string before = export_exchange_text(*p);

    auto missing = import_exchange(*p, d.file("missing.xml"));
    CHECK(to_string(missing.errors) == d.file("missing.xml") + ": error: cannot open the file\n");

    {
        std::ofstream(d.file("huge.xml")) << "<assessa-exchange/>";
    }
    fs::resize_file(d.file("huge.xml"), (64u << 20) + 1);  // sparse: costs no time
    auto huge = import_exchange(*p, d.file("huge.xml"));
    CHECK(to_string(huge.errors) ==
          d.file("huge.xml") + ": error: the file is too large (67108865 bytes; the limit is 67108864 bytes)\n");
    CHECK(export_exchange_text(*p) == before);

    export_exchange(*p, d.file("same.xml"));
    p.reset();
    auto read_only = Project::open(d.file("p.assessa"), Project::Mode::read_only);
    auto refused = import_exchange(*read_only, d.file("same.xml"));
    CHECK(to_string(refused.errors) == d.file("same.xml") + ": error: the project " + d.file("p.assessa") +
                                           " is open read-only; nothing was imported\n");
}

TEST_CASE("Export to a place that cannot be written throws an io error", "[exchange][bad]") {
    TempDir d;
    auto p = new_project(d, "p.assessa");
    const std::string path = d.file("no-such-dir/out.xml");
    try {
        export_exchange(*p, path);
        FAIL("the export was written");
    } catch (const ProjectError& e) {
        CHECK(e.kind() == ProjectError::Kind::io);
        CHECK(std::string(e.what()) == path + ": cannot write the file (cannot create it)");
    }
}

TEST_CASE("The demo with its process register comes back byte for byte through an exchange file", "[exchange][processes]") {
    TempDir d;
    for (const char* lang : {"en", "lt"}) {
        INFO(lang);
        auto demo = write_demo_project(d.file(std::string("demo-") + lang + ".assessa"), library(), lang);
        const auto processes = demo->processes();
        REQUIRE(processes.size() == 7);
        const std::string first = export_exchange_text(*demo);
        export_exchange(*demo, d.file(std::string("demo-") + lang + ".xml"));
        auto copy = create_project_from_exchange(d.file(std::string("copy-") + lang + ".assessa"), library(),
                                                 d.file(std::string("demo-") + lang + ".xml"));
        INFO(to_string(copy.errors));
        REQUIRE(copy.ok());
        CHECK(copy.report.processes == 7);
        CHECK(export_exchange_text(*copy.project) == first);
        CHECK(described_processes(*copy.project) == described_processes(*demo));
    }
}

TEST_CASE("The seed's process card in Lithuanian is read from exchange XML and written back byte for byte",
          "[exchange][processes]") {
    TempDir d;
    auto p = new_project(d, "p.assessa");
    const std::string file = data_dir() + "/exchange/good/process-card-lt.xml";
    const auto result = import_exchange(*p, file);
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.report->processes == 1);
    // The project has a cycle besides (the file has none): the register comes back byte for byte.
    auto register_of = [](const std::string& xml) {
        const auto from = xml.find("  <processes>");
        const auto to = xml.find("</processes>\n");
        return from == std::string::npos || to == std::string::npos ? std::string() : xml.substr(from, to - from);
    };
    CHECK_FALSE(register_of(read_file(file)).empty());
    CHECK(register_of(export_exchange_text(*p)) == register_of(read_file(file)));
    CHECK(export_exchange_text(*p).find(read_file(file).substr(0, read_file(file).find("  <processes>"))) == 0);

    const Process card = p->processes().at(0);
    CHECK(card.name == "Išorinė komunikacija");
    CHECK(card.kind == ProcessKind::management);
    CHECK(card.iso_clauses == std::vector<std::string>{"5.3"});
    CHECK(card.subprocesses.size() == 3);
    CHECK(card.documents.size() == 3);
    CHECK(card.records.size() == 4);
    CHECK(card.resources.size() == 4);
    CHECK(card.resources[2].kind == ResourceKind::financial);
    CHECK(card.criteria.size() == 2);
    CHECK(card.constraints.size() == 3);
    CHECK(card.improvement_goals.size() == 4);
    REQUIRE(card.matrix.rows.size() == 10);
    REQUIRE(card.matrix.columns.size() == 9);
    CHECK(card.matrix.rows[7].role == "Personalo vedėjas");
    CHECK(card.matrix.at(7, 7) == Responsibility::leads);
    CHECK(card.matrix.at(0, 6) == Responsibility::leads);
    CHECK(card.matrix.at(2, 0) == Responsibility::none);
    CHECK(matrix_warnings(card.matrix).empty());  // one V in every column
}

TEST_CASE("Importing a file without processes keeps the register, and a file with processes replaces it",
          "[exchange][processes]") {
    TempDir d;
    auto p = new_project(d, "p.assessa", vejupis());
    fill(*p);
    REQUIRE(import_exchange(*p, data_dir() + "/exchange/good/organisation-only.xml").ok());
    CHECK(p->processes().size() == 2);
    const auto result = import_exchange(*p, data_dir() + "/exchange/good/process-card-lt.xml");
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    REQUIRE(p->processes().size() == 1);
    CHECK(p->processes()[0].name == "Išorinė komunikacija");
}
