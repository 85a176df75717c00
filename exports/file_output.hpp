#pragma once

#include <functional>
#include <string>

namespace assessa {

// Writes `path` so that an existing file there is replaced only by a complete new one: the
// content goes to `path.partial` first and is renamed over `path` at the end. Throws
// ProjectError (Kind::io) naming the file when it cannot be written.
void write_file_atomically(const std::string& path, const std::string& content);
// The same for writers that produce the file themselves: `produce(partial_path)` writes it
// and returns an empty string, or an error description.
void write_file_atomically(const std::string& path, const std::function<std::string(const std::string&)>& produce);

}  // namespace assessa
