#pragma once

#include "exports/packet_workspace.hpp"

#include <wx/frame.h>
#include <wx/treectrl.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

class wxButton;
class wxGauge;
class wxStaticText;

namespace assessa::gui {

class PacketPage;
class WrappingText;

// A group member's own workspace on an individual assessment packet: the framework as a tree
// with the member's progress, one subcriterion at a time (PacketPage), "Finish and return
// packet…" and "Reopen for correction". Every edit is written to the packet file at once.
class PacketFrame : public wxFrame {
public:
    struct Prompts {
        std::function<void(const wxString& message)> error;
        // Where to save the finished packet for the facilitator; "" when cancelled.
        std::function<wxString(const wxString& suggested_name)> choose_return_path;
        // Asked before finishing a packet with subcriteria left open or half-scored.
        std::function<bool(const wxString& question)> yes_no;
    };

    explicit PacketFrame(std::unique_ptr<PacketWorkspace> workspace);
    ~PacketFrame() override;

    PacketWorkspace& workspace() { return *ws_; }
    void set_prompts(Prompts prompts) { prompts_ = std::move(prompts); }

    void show_node(const std::string& code);
    // Marks the packet finished and writes a copy to `target` ("" or the packet itself: no
    // copy). Problems are shown, never thrown; false when something failed.
    bool finish_and_return(const std::string& target);
    bool reopen();

    PacketPage* page() { return page_; }
    wxTreeCtrl* tree() { return tree_; }
    wxTreeItemId item(const std::string& code) const {
        auto it = items_.find(code);
        return it == items_.end() ? wxTreeItemId() : it->second;
    }
    wxStaticText* progress_text() { return progress_; }
    WrappingText* state_text() { return state_; }
    wxButton* finish_button() { return finish_; }
    wxButton* reopen_button() { return reopen_; }

private:
    bool apply(const std::function<void()>& edit);
    void build_menus();
    void build_tree();
    void update_labels();
    void update_state();
    void choose_and_return();
    void save_copy();
    struct Label {
        wxString code, title, state;  // "1.1  ", the title, "   [✓ scored]"
        wxString full() const { return code + title + state; }
    };
    Label label(const Node& n) const;

    std::unique_ptr<PacketWorkspace> ws_;
    Prompts prompts_;
    std::string lang_;  // the packet's (project's) language, for the framework's texts
    wxStaticText* progress_ = nullptr;
    wxGauge* gauge_ = nullptr;
    WrappingText* state_ = nullptr;
    wxButton* finish_ = nullptr;
    wxButton* reopen_ = nullptr;
    wxTreeCtrl* tree_ = nullptr;
    PacketPage* page_ = nullptr;
    std::map<std::string, wxTreeItemId> items_;
    bool filling_ = false;
};

// Files the desktop program opens for a member: ending in .assessa-packet.
bool is_packet_path(const std::string& path);

// "File > Open" file types: projects and packets.
wxString open_file_filter();

// Opens a packet in a new PacketFrame, shown. Problems (damaged, not a packet, ...) go to
// `error`; returns nullptr then.
PacketFrame* open_packet_frame(const std::string& path, const std::function<void(const wxString&)>& error);

}  // namespace assessa::gui
