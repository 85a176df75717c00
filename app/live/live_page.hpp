#pragma once

// The member web page (app/live/page), compiled into the program: the server serves these
// bytes and reads nothing from disk.

#include <string_view>

namespace assessa {

struct LivePageFile {
    std::string_view name;  // "index.html", "app.js", ...
    std::string_view body;
};

// The page's file of that name, or nullptr.
const LivePageFile* live_page_file(std::string_view name);

}  // namespace assessa
