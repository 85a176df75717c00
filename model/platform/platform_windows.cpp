// The Windows side of platform.hpp: wide-character APIs throughout, so that Lithuanian and
// Chinese letters in paths, user and computer names survive.

#include "model/platform/platform.hpp"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <knownfolders.h>
#include <shlobj.h>

#include <cstdlib>
#include <vector>

namespace assessa::platform {

namespace {

std::wstring wide(std::string_view utf8) {
    if (utf8.empty()) return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
    return out;
}

std::string narrow(std::wstring_view w) {
    if (w.empty()) return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, w.data(), static_cast<int>(w.size()), out.data(), n, nullptr, nullptr);
    return out;
}

std::string system_message(DWORD code) {
    wchar_t* text = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                   nullptr, code, MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT),
                                   reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string out = n ? narrow(std::wstring_view(text, n)) : "error " + std::to_string(code);
    if (text) LocalFree(text);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ' || out.back() == '.'))
        out.pop_back();
    return out;
}

bool is_ascii(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// The lock covers one byte far beyond any project file: Windows locks are mandatory, and
// SQLite must still read and write the file while it is held.
constexpr DWORD lock_offset_high = 0x7fff0000;

}  // namespace

std::string c_library_path(const std::string& path) {
    if (is_ascii(path)) return path;
    const std::wstring w = wide(path);
    const DWORD n = GetShortPathNameW(w.c_str(), nullptr, 0);
    if (n == 0) return path;
    std::wstring shorter(n, L'\0');
    const DWORD written = GetShortPathNameW(w.c_str(), shorter.data(), n);
    shorter.resize(written);
    // A C library's fopen() reads the path in the system's ANSI code page.
    const int size = WideCharToMultiByte(CP_ACP, 0, shorter.c_str(), static_cast<int>(shorter.size()), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_ACP, 0, shorter.c_str(), static_cast<int>(shorter.size()), out.data(), size, nullptr, nullptr);
    return out;
}

std::optional<WriteProblem> write_file_durably(const std::string& path, std::string_view bytes) {
    const std::wstring partial = wide(path + ".partial");
    auto fail = [&](const char* what) {
        const std::string reason = system_message(GetLastError());
        DeleteFileW(partial.c_str());
        return WriteProblem{what, reason};
    };
    HANDLE h = CreateFileW(partial.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) return fail("open");
    std::size_t done = 0;
    while (done < bytes.size()) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size() - done, 1u << 30));
        DWORD written = 0;
        if (!WriteFile(h, bytes.data() + done, chunk, &written, nullptr) || written == 0) {
            const auto problem = fail("write");
            CloseHandle(h);
            DeleteFileW(partial.c_str());
            return problem;
        }
        done += written;
    }
    if (!FlushFileBuffers(h)) {
        const auto problem = fail("fsync");
        CloseHandle(h);
        DeleteFileW(partial.c_str());
        return problem;
    }
    if (!CloseHandle(h)) return fail("close");
    if (!MoveFileExW(partial.c_str(), wide(path).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return fail("rename");
    return std::nullopt;
}

FileLock::~FileLock() { release(); }

void FileLock::release() {
    if (handle_ == invalid) return;
    HANDLE h = reinterpret_cast<HANDLE>(handle_);
    OVERLAPPED at{};
    at.OffsetHigh = lock_offset_high;
    UnlockFileEx(h, 0, 1, 0, &at);
    CloseHandle(h);
    handle_ = invalid;
}

FileLock::Result FileLock::try_lock(const std::string& path, std::string& reason) {
    release();
    HANDLE h = CreateFileW(wide(path).c_str(), GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        reason = system_message(GetLastError());
        return Result::cannot_open;
    }
    OVERLAPPED at{};
    at.OffsetHigh = lock_offset_high;
    if (!LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at)) {
        CloseHandle(h);
        return Result::held_elsewhere;
    }
    handle_ = reinterpret_cast<std::intptr_t>(h);
    return Result::locked;
}

std::tm utc_time(std::time_t t) {
    std::tm tm{};
    gmtime_s(&tm, &t);
    return tm;
}

std::tm local_time(std::time_t t) {
    std::tm tm{};
    localtime_s(&tm, &t);
    return tm;
}

long process_id() { return static_cast<long>(GetCurrentProcessId()); }

std::string user_name() {
    wchar_t buf[257] = {};
    DWORD size = 257;
    if (!GetUserNameW(buf, &size) || size == 0) return "?";
    return narrow(std::wstring_view(buf, size - 1));
}

std::string user_language() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (auto v = environment_variable(var); v && !v->empty()) return *v;
    wchar_t name[LOCALE_NAME_MAX_LENGTH] = {};
    const int n = GetUserDefaultLocaleName(name, LOCALE_NAME_MAX_LENGTH);
    return n > 1 ? narrow(std::wstring_view(name, static_cast<size_t>(n - 1))) : "";
}

std::string host_name() {
    wchar_t buf[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD size = MAX_COMPUTERNAME_LENGTH + 1;
    if (!GetComputerNameW(buf, &size)) return "?";
    return narrow(std::wstring_view(buf, size));
}

std::string executable_dir() {
    std::vector<wchar_t> buf(MAX_PATH);
    for (;;) {
        const DWORD n = GetModuleFileNameW(nullptr, buf.data(), static_cast<DWORD>(buf.size()));
        if (n == 0) return "";
        if (n < buf.size()) return utf8_string(std::filesystem::path(std::wstring(buf.data(), n)).parent_path());
        buf.resize(buf.size() * 2);
    }
}

std::string user_data_dir() {
    if (const auto xdg = environment_variable("XDG_DATA_HOME"); xdg && !xdg->empty()) return *xdg + "\\assessa";
    PWSTR folder = nullptr;
    std::string base;
    if (SHGetKnownFolderPath(FOLDERID_RoamingAppData, 0, nullptr, &folder) == S_OK) base = narrow(folder);
    CoTaskMemFree(folder);
    if (base.empty()) base = environment_variable("APPDATA").value_or(".");
    return base + "\\Assessa";
}

void ensure_utf8_ctype() {}

std::optional<std::string> environment_variable(const char* name) {
    const wchar_t* v = _wgetenv(wide(name).c_str());
    if (!v) return std::nullopt;
    return narrow(v);
}

void set_environment_variable(const char* name, const std::optional<std::string>& value) {
    // An empty value removes a variable on Windows; the C runtime keeps its narrow copy in step.
    _wputenv_s(wide(name).c_str(), value ? wide(*value).c_str() : L"");
    SetEnvironmentVariableW(wide(name).c_str(), value ? wide(*value).c_str() : nullptr);
}

}  // namespace assessa::platform
