#pragma once

// Everything that differs between Windows and POSIX systems, behind one set of functions:
// platform_posix.cpp and platform_windows.cpp implement them (CMake picks one). Strings are
// UTF-8 everywhere; the Windows side converts to and from UTF-16 at the system call.

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa::platform {

// Paths. A std::string path is UTF-8; these convert without the system's narrow code page,
// which on Windows is not UTF-8.
std::filesystem::path utf8_path(std::string_view utf8);
std::string utf8_string(const std::filesystem::path& path);

// Files opened by UTF-8 path (wide-character APIs on Windows).
std::ifstream open_input(const std::string& path, std::ios::openmode mode = std::ios::binary);
std::ofstream open_output(const std::string& path, std::ios::openmode mode = std::ios::binary | std::ios::trunc);

// A path a C library that calls fopen() with a narrow string can open: the path itself on POSIX,
// on Windows its short (8.3) form when the UTF-8 path has letters outside ASCII. The file must exist.
std::string c_library_path(const std::string& path);

// Writes `bytes` to `path` + ".partial", flushes it to the disk, and renames it over `path`
// (replacing an existing file); the rename is flushed too where the system allows. On failure
// the partial file is removed and the step that failed is returned with the system's reason.
struct WriteProblem {
    std::string step;    // "open", "write", "fsync", "close", "rename"
    std::string reason;  // the system's message
};
std::optional<WriteProblem> write_file_durably(const std::string& path, std::string_view bytes);

// An exclusive advisory lock on a file for as long as the object lives (flock on POSIX;
// LockFileEx on a byte range SQLite never touches, on Windows).
class FileLock {
public:
    enum class Result { locked, held_elsewhere, cannot_open };
    FileLock() = default;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();
    // Opens `path` for writing and takes the lock without waiting. On cannot_open, `reason`
    // says why (the system's message).
    Result try_lock(const std::string& path, std::string& reason);
    bool held() const { return handle_ != invalid; }
    void release();

private:
    static constexpr std::intptr_t invalid = -1;
    std::intptr_t handle_ = invalid;
};

// Broken-down time, thread-safe: UTC and the computer's local time.
std::tm utc_time(std::time_t t);
std::tm local_time(std::time_t t);

// The current process and user.
long process_id();
std::string user_name();  // the login name, "?" when unknown
std::string host_name();  // the computer name, "?" when unknown

// The user's language as a locale name ("lt_LT.UTF-8", "lt-LT"; "" when the system says none):
// LC_ALL, LC_MESSAGES or LANG, the first one set; on Windows, where these are rarely set, the
// user's own locale otherwise (the one Windows shows its menus in).
std::string user_language();

// The folder of the running program ("" when the system cannot say).
std::string executable_dir();

// The per-user data folder: $XDG_DATA_HOME/assessa (default ~/.local/share/assessa) on POSIX;
// %APPDATA%\Assessa on Windows (XDG_DATA_HOME, when set, is honoured there too, for tests and
// portable use).
std::string user_data_dir();

// Makes the C library's character type UTF-8 where the locale says otherwise (POSIX: C.UTF-8
// under LANG=C; nothing to do on Windows, where wxWidgets uses wide strings).
void ensure_utf8_ctype();

// Environment variables, UTF-8. An unset variable is nullopt; setting nullopt removes it.
std::optional<std::string> environment_variable(const char* name);
void set_environment_variable(const char* name, const std::optional<std::string>& value);

}  // namespace assessa::platform

namespace assessa::platform {

// The IPv4 addresses of this computer's network interfaces that are up, loopback last, for the
// live session's choice of address (network_posix.cpp, network_windows.cpp).
std::vector<std::string> network_addresses();

// Text in a legacy encoding to UTF-8: "windows-1257" (Baltic) or "gb18030" (iconv on POSIX,
// MultiByteToWideChar with code pages 1257 and 54936 on Windows; text_encoding_*.cpp). On bytes
// the encoding cannot decode, or an encoding it does not know, returns nothing and sets
// `bad_offset` to the first undecodable byte (bytes.size() for an unknown encoding).
std::optional<std::string> to_utf8(std::string_view bytes, std::string_view encoding,
                                   std::size_t& bad_offset);

}  // namespace assessa::platform
