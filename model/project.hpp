#pragma once

#include "frameworks/framework.hpp"
#include "frameworks/framework_library.hpp"
#include "frameworks/mapping.hpp"
#include "model/bench_types.hpp"
#include "model/cycle_steps_types.hpp"
#include "model/survey_types.hpp"
#include "model/plan_types.hpp"
#include "model/process_types.hpp"
#include "model/project_types.hpp"

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace assessa {

// Who has a project open, from the lock record the holder wrote.
struct LockInfo {
    std::string user;
    std::string host;
    long pid = 0;
    std::string opened_at;  // ISO date and time, UTC
};

// A project file could not be created or opened. what() is a complete message for users.
class ProjectError : public std::runtime_error {
public:
    enum class Kind { not_found, exists, not_a_project, damaged, newer_version, locked, read_only, io };
    ProjectError(Kind kind, const std::string& message, LockInfo lock = {})
        : std::runtime_error(message), kind_(kind), lock_(std::move(lock)) {}
    Kind kind() const { return kind_; }
    const LockInfo& lock() const { return lock_; }  // for Kind::locked

private:
    Kind kind_;
    LockInfo lock_;
};

// An edit was refused (score outside the scale, unknown node or member...). Nothing changed.
class InvalidEdit : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// One packet (a member's individual assessment returned as a file) imported into a cycle.
struct PacketImportRecord {
    Id id = 0;
    Id cycle_id = 0;
    Id member_id = 0;
    std::int64_t revision = 0;
    std::string checksum;    // SHA-256 of the packet, lower-case hex
    std::string written_at;  // when the packet was last written, ISO date and time, UTC
    bool finished = false;   // the member had finished it
    std::string imported_at;
    std::string file_name;   // the packet's file name, without folders
    int scores_set = 0, scores_changed = 0, scores_removed = 0, no_opinion_changed = 0;
    int items_added = 0, items_removed = 0;
    std::int64_t sending = 0;     // the sending the packet came from; 0: none (see unauthenticated)
    bool unauthenticated = false; // a packet with no secret, accepted explicitly by the facilitator

    bool operator==(const PacketImportRecord&) const = default;
};

// One sending of a member's packet: the secret that authenticates it (docs/packet-format.md).
struct PacketSending {
    Id id = 0;
    Id cycle_id = 0;
    Id member_id = 0;
    std::int64_t number = 0;  // 1, 2, ... per member and cycle
    std::string secret;       // lower-case hex
    std::string sent_at;      // ISO date and time, UTC
    bool valid = true;        // false once a later sending replaced it

    bool operator==(const PacketSending&) const = default;
};

struct NewProject {
    std::string framework_id;
    std::string method_id;   // "classical" or "fine-tuned" for CAF; empty: the framework's first
    std::string cycle_label; // "2026"
    OrganisationProfile organisation;
    std::string framework_version = {};  // empty: the newest version in the library
};

// An open self-assessment project: one SQLite file (.assessa). Every edit is one transaction,
// committed before the function returns; there is nothing to save. The frameworks and
// mappings are read from the copies kept inside the file, never from the library.
class Project {
public:
    enum class Mode { read_write, read_only };
    static constexpr int schema_version = 14;

    // Creates the file, copying the framework, its mappings and their target frameworks from
    // the library into it. Refuses to overwrite an existing file.
    static std::unique_ptr<Project> create(const std::string& path, const FrameworkLibrary& library,
                                           const NewProject& spec);
    // The same without any cycle, for an import that fills the new file at once (a project is
    // complete only once it has a cycle). spec.cycle_label is ignored.
    static std::unique_ptr<Project> create_for_import(const std::string& path, const FrameworkLibrary& library,
                                                      const NewProject& spec);
    // Opens a project. Older files are migrated after a backup copy is written beside them
    // (backup_path() tells where); newer, foreign, damaged or locked files throw ProjectError.
    static std::unique_ptr<Project> open(const std::string& path, Mode mode = Mode::read_write);

    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    const std::string& path() const;
    bool read_only() const;
    const std::string& backup_path() const;  // empty unless open() migrated the file
    std::string project_id() const;          // stable identity, kept by copies and packets
    // Writes a consistent copy of the whole project to `path` ("Save a copy as").
    void save_copy(const std::string& path) const;

    // Runs several edits as one transaction: all of them are kept, or, if `edits` throws,
    // none (the project is left exactly as it was). Batches may nest.
    void batch(const std::function<void()>& edits);

    // Frameworks and mappings stored in the project. A project may hold several versions of a
    // framework: each cycle uses the version it was started with (Cycle::framework_version).
    FrameworkPtr framework(std::string_view id) const;  // the newest version held
    FrameworkPtr framework(std::string_view id, std::string_view version) const;
    FrameworkPtr framework_of(const Cycle& c) const;  // the version the cycle uses
    std::vector<FrameworkPtr> framework_versions(std::string_view id) const;  // oldest first
    std::vector<FrameworkPtr> frameworks() const;  // every version of every framework
    std::vector<MappingPtr> mappings() const;
    MappingPtr mapping_from(std::string_view source_id, std::string_view target_id) const;
    // Copies a framework (and its mappings and their targets) from the library into the project
    // for a later cycle: the newest version the library holds, or `version`; a framework version
    // (or mapping) already present is left as it is.
    void add_framework(const FrameworkLibrary& library, const std::string& framework_id,
                       const std::string& version = {});

    // Organisation
    OrganisationProfile organisation() const;
    void set_organisation(const OrganisationProfile& profile);

    // Departments
    std::vector<Department> departments() const;
    Id add_department(const Department& d);
    void update_department(const Department& d);
    void remove_department(Id id);  // members of it keep no department
    std::optional<Department> find_department(std::string_view code) const;

    // Group members
    // A member's role here is the one in the newest cycle (or, for one not in it, the role last
    // given); cycle_members() gives the role in each cycle.
    std::vector<Member> members() const;
    Id add_member(const Member& m);
    // The role given is the member's role in the newest cycle; earlier cycles keep theirs.
    void update_member(const Member& m);
    void remove_member(Id id);  // and that member's ratings and notes

    // Projector mode's anonymous numbers (member id -> number), drawn by anonymous_numbers().
    std::map<Id, int> member_numbers(Id cycle_id) const;
    void set_member_numbers(Id cycle_id, const std::map<Id, int>& numbers);  // replaces them

    // The consensus meeting's record: time spent and rating rounds per node.
    std::vector<MeetingItem> meeting_record(Id cycle_id) const;
    MeetingItem meeting_item(Id cycle_id, const std::string& node_code) const;
    void set_meeting_item(Id cycle_id, const MeetingItem& item);  // an all-zero item is removed

    // The live workshop session kept for a cycle (std::nullopt: none). Starting one replaces the
    // one kept, with its devices and edits; ending it forgets them.
    std::optional<LiveSessionRecord> live_session(Id cycle_id) const;
    void start_live_session(Id cycle_id, const std::string& secret, const std::string& join_code);
    void end_live_session(Id cycle_id);
    void keep_live_device(Id cycle_id, const LiveDeviceRecord& device);  // an approved device
    void forget_live_device(Id cycle_id, int device_id);                 // and its edits
    // An edit of a kept device applied: part of the edit's own transaction (inside batch()).
    void record_live_edit(Id cycle_id, int device_id, const std::string& edit_id);

    // Cycles in time: by start date, then by label (never by when they were added).
    std::vector<Cycle> cycles() const;
    Cycle cycle(Id id) const;
    // A cycle without a start date starts today; without a framework version it uses the newest
    // version the project holds.
    Id add_cycle(const std::string& label, const std::string& framework_id, const std::string& method_id,
                 const std::string& started_on = {}, const std::string& framework_version = {});
    void set_cycle_start(Id cycle_id, const std::string& date);  // ISO date
    // The group of a cycle: the members taking part in it, in the project's member order, each
    // with their role in that cycle. A new member joins the newest cycle; a new cycle starts with
    // the group (and roles) of the one before it.
    std::vector<Member> cycle_members(Id cycle_id) const;
    // Members who stay keep their role in the cycle; those added take their newest role.
    void set_cycle_members(Id cycle_id, const std::vector<Id>& member_ids);
    void set_cycle_role(Id cycle_id, Id member_id, MemberRole role);  // the member must be in its group
    void set_members_see_previous_consensus(Id cycle_id, bool visible);
    // Corrections made to a cycle after it was closed, oldest first.
    std::vector<CycleCorrection> corrections(Id cycle_id) const;
    Id record_correction(Id cycle_id, const CycleCorrection& c);  // an empty date is today
    // Replaces a cycle's corrections with exactly these (restoring what an export wrote).
    void restore_corrections(Id cycle_id, const std::vector<CycleCorrection>& list);
    // Removes every rating, note and consensus of a cycle (the cycle itself stays).
    void clear_cycle(Id cycle_id);
    void set_cycle_approval(Id cycle_id, const std::string& by, const std::string& on, const std::string& note);
    Cycle current_cycle() const;  // the newest in time
    std::optional<Cycle> previous_cycle(Id cycle_id) const;  // the one before it in time
    // The framework and panel a cycle uses for a node (nullptr if the node is not assessable).
    const Panel* panel_for(const Cycle& c, std::string_view node_code) const;

    // Individual assessment
    Rating rating(Id cycle_id, Id member_id, const std::string& node_code) const;
    std::vector<Rating> ratings(Id cycle_id) const;  // every member, every node with anything entered
    void set_score(Id cycle_id, Id member_id, const std::string& node_code, const std::string& phase,
                   std::optional<int> value);
    void set_no_opinion(Id cycle_id, Id member_id, const std::string& node_code, bool no_opinion);
    Id add_item(Id cycle_id, Id member_id, const std::string& node_code, NoteKind kind, const std::string& text);
    void update_item(Id item_id, const std::string& text);
    void remove_item(Id item_id);
    void move_item(Id item_id, int new_index);  // index among the items of its kind

    // Consensus
    Consensus consensus(Id cycle_id, const std::string& node_code) const;
    std::vector<Consensus> consensus_all(Id cycle_id) const;  // nodes with anything agreed
    void set_consensus_score(Id cycle_id, const std::string& node_code, const std::string& phase,
                             std::optional<int> value);
    Id add_consensus_item(Id cycle_id, const std::string& node_code, NoteKind kind, const std::string& text,
                          const std::vector<Id>& source_item_ids);
    void update_consensus_item(Id item_id, const std::string& text);
    void remove_consensus_item(Id item_id);
    void move_consensus_item(Id item_id, int new_index);
    void set_justification(Id cycle_id, const std::string& node_code, const std::string& text);
    void set_dissent(Id cycle_id, const std::string& node_code, const std::string& text);

    // Individual assessment packets (exports/packet_*.hpp): the framework's XML as copied into
    // the project (empty if there is none), and the record of every packet import, oldest first.
    std::string framework_xml(std::string_view framework_id, std::string_view version) const;
    std::vector<PacketImportRecord> packet_imports(Id cycle_id) const;
    void record_packet_import(const PacketImportRecord& record);  // id and imported_at are set here
    // Every sending of packets in the cycle, oldest first.
    std::vector<PacketSending> packet_sendings(Id cycle_id) const;
    // Records a new sending of the member's packet with `secret`: the next number for that
    // member and cycle. Earlier sendings to the member in the cycle stay valid only when
    // `keep_earlier`. Returns the sending as stored.
    PacketSending record_packet_sending(Id cycle_id, Id member_id, const std::string& secret, bool keep_earlier);

    // Improvement plan: one per cycle (CAF steps 7-9). Every change to the actions of an
    // approved plan makes it a draft again, with the next version number.
    std::optional<ImprovementPlan> plan(Id cycle_id) const;
    // Creates the plan or changes its start and horizon; every action must still fit.
    void set_plan(const ImprovementPlan& plan);
    // Creates a cycle's plan as a draft, version 1, with start, horizon and approved_by (who is
    // to approve it) from `plan`; refuses when the cycle has one already.
    void create_plan(const ImprovementPlan& plan);
    // Removes a plan that has no actions (undoing its creation).
    void remove_plan(Id cycle_id);
    void approve_plan(Id cycle_id, const std::string& by, const std::string& on, const std::string& note);
    std::vector<ImprovementAction> actions(Id cycle_id) const;  // in priority order
    ImprovementAction action(Id action_id) const;
    // Adds an action at the end of the priority order. Status and history are not taken from
    // `a`: a new action is planned, with a first history entry.
    Id add_action(Id cycle_id, const ImprovementAction& a);
    // Changes everything but status, progress and history.
    void update_action(const ImprovementAction& a);
    void remove_action(Id action_id);
    void move_action(Id action_id, int new_index);
    // Replaces the cycle's plan and all its actions with exactly these, in this order, with
    // approval, version, status, progress and history as given: restoring what an export wrote.
    // Every action is checked as by add_action; afi_ids name consensus AFIs of the cycle.
    void restore_plan(const ImprovementPlan& plan, const std::vector<ImprovementAction>& actions);
    // Puts a removed action back as it was (status, progress and history kept) at position
    // `index` of the priority order, with a new id: undoing its removal.
    Id reinsert_action(Id cycle_id, const ImprovementAction& a, int index);
    // Puts an action's status, progress and history back as they were: undoing a status
    // change, which (like the change itself) leaves the plan's approval alone.
    void restore_action_status(Id action_id, ActionStatus status, int progress, const std::vector<StatusChange>& history);
    // Records a status change in the action's history ("done" means 100 %).
    void set_action_status(Id action_id, ActionStatus status, int progress, const std::string& comment,
                           const std::string& by, const std::string& on);

    // The CAF ten steps (docs/caf-steps.md): what a cycle records about its steps.
    CycleSteps cycle_steps(Id cycle_id) const;
    // Replaces the cycle's step records with `steps`, checked first (model/cycle_steps_check:
    // cycle_steps_problems); a refused record throws InvalidEdit with every problem and changes
    // nothing. Entries with id 0 get a new id; an objective removed here is dropped from the
    // actions that named it.
    void set_cycle_steps(Id cycle_id, const CycleSteps& steps);
    // Step 9: the cycle's progress reviews, by date.
    std::vector<ProgressReview> progress_reviews(Id cycle_id) const;
    ProgressReview progress_review(Id review_id) const;
    // Adds a checked review (one per date in a cycle); a non-zero id is kept (redoing an add).
    Id add_progress_review(const ProgressReview& review);
    void update_progress_review(const ProgressReview& review);
    void remove_progress_review(Id review_id);
    // Makes the cycle's reviews exactly these (restoring an exchange export).
    void restore_progress_reviews(Id cycle_id, const std::vector<ProgressReview>& reviews);

    // Process register (ISO 9001 clause 4.4): the process cards in register order, each with its
    // responsibility matrix. Every card is checked (process_rules: process_problems) before it is
    // kept; a refused card throws InvalidEdit with every problem and changes nothing.
    std::vector<Process> processes() const;
    Process process(Id process_id) const;
    Id add_process(const Process& p);           // at the end of the register
    void update_process(const Process& p);      // replaces the card and matrix of p.id
    void remove_process(Id process_id);
    void move_process(Id process_id, int new_index);
    // Puts a removed process back with its own id at `index`, named again by the actions that
    // named it: undoing its removal.
    void reinsert_process(const Process& p, int index, const std::vector<Id>& naming_actions = {});
    // The improvement actions (of every cycle) that name the process.
    std::vector<Id> actions_naming(Id process_id) const;
    // Makes the register exactly these, in this order (restoring what an export wrote): a process
    // whose code the project has keeps its id (and the actions naming it), the others are added,
    // and processes not in the list are removed.
    void restore_processes(const std::vector<Process>& list);

    // Benchlearning (docs/benchlearning.md).
    // The random identifier of this project's comparison submissions: made on first use, then
    // kept, so that a later submission replaces the earlier one in a network's set. It is not
    // project_id(), which packets carry.
    std::string bench_submission_id();
    // Comparison sets imported into the project, oldest first. A set is kept as imported.
    std::vector<StoredBenchSet> bench_sets() const;
    // Checks the set (model/bench_set_check.hpp) and throws InvalidEdit, changing
    // nothing, when it is not usable. A set on a framework version the project does not hold is
    // kept but compared with no cycle.
    Id import_bench_set(const BenchSet& set, const std::string& source_name);
    void remove_bench_set(Id id);
    // Makes the project's sets exactly these, with their ids and import dates (restoring what
    // an exchange export wrote).
    void restore_bench_sets(const std::vector<StoredBenchSet>& sets);

    // Perception surveys (docs/surveys.md).
    // Every survey of the project, oldest first (by date conducted, then id).
    std::vector<Survey> surveys() const;
    // Adds a survey to its cycle. The questionnaire XML it carries must load, and the survey must
    // pass survey_problems (model/survey_check.hpp); otherwise InvalidEdit, changing nothing.
    // A survey with a non-zero id is put back with that id (redoing an import).
    Id add_survey(const Survey& s);
    void remove_survey(Id id);
    void rename_survey(Id id, const std::string& title, const std::string& conducted_on);
    // Makes the project's surveys exactly these, with their ids (restoring an exchange export);
    // a survey with id 0 gets a new one.
    void restore_surveys(const std::vector<Survey>& list);

    struct Impl;

private:
    explicit Project(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace assessa
