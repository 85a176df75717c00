#pragma once

#include "frameworks/diagnostic.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace assessa {

// A file's bytes, read whole; or nothing, with a diagnostic naming the file. A folder (reported
// with `folder_message`, already translated), a file that cannot be opened or read, and a file
// larger than `max_bytes` are refused, the last unread: a crafted file must not fill the memory.
std::optional<std::string> read_bounded_file(const std::string& path, std::size_t max_bytes,
                                             const std::string& folder_message, std::vector<Diagnostic>& errors);

}  // namespace assessa
