// The POSIX side of platform.hpp (Linux: /proc/self/exe, flock, fsync).

#include "model/platform/platform.hpp"

#include <fcntl.h>
#include <langinfo.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <cstring>

namespace assessa::platform {

std::string c_library_path(const std::string& path) { return path; }

std::optional<WriteProblem> write_file_durably(const std::string& path, std::string_view bytes) {
    const std::string partial = path + ".partial";
    auto fail = [&](const char* what) {
        const std::string reason = std::strerror(errno);
        ::unlink(partial.c_str());
        return WriteProblem{what, reason};
    };
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return fail("open");
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const auto problem = fail("write");
            ::close(fd);
            return problem;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const auto problem = fail("fsync");
        ::close(fd);
        return problem;
    }
    if (::close(fd) != 0) return fail("close");
    if (::rename(partial.c_str(), path.c_str()) != 0) return fail("rename");
    // The rename itself must reach the disk too.
    std::filesystem::path dir = std::filesystem::path(path).parent_path();
    if (dir.empty()) dir = std::filesystem::path(".");
    if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return std::nullopt;
}

FileLock::~FileLock() { release(); }

void FileLock::release() {
    if (handle_ != invalid) ::close(static_cast<int>(handle_));
    handle_ = invalid;
}

FileLock::Result FileLock::try_lock(const std::string& path, std::string& reason) {
    release();
    const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        reason = std::strerror(errno);
        return Result::cannot_open;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return Result::held_elsewhere;
    }
    handle_ = fd;
    return Result::locked;
}

std::tm utc_time(std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    return tm;
}

std::tm local_time(std::time_t t) {
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

long process_id() { return static_cast<long>(::getpid()); }

std::string user_name() {
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* u = std::getenv("USER")) return u;
    return "?";
}

std::string user_language() {
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v) return v;
    return "";
}

std::string host_name() {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0) return "?";
    return buf;
}

std::string executable_dir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

std::string user_data_dir() {
    const auto xdg = environment_variable("XDG_DATA_HOME");
    const auto home = environment_variable("HOME");
    std::string base;
    if (xdg && !xdg->empty()) base = *xdg;
    else base = home && !home->empty() ? *home + "/.local/share" : std::string("/tmp");
    return base + "/assessa";
}

void ensure_utf8_ctype() {
    if (std::string(nl_langinfo(CODESET)) != "UTF-8") std::setlocale(LC_CTYPE, "C.UTF-8");
}

std::optional<std::string> environment_variable(const char* name) {
    const char* v = std::getenv(name);
    if (!v) return std::nullopt;
    return std::string(v);
}

void set_environment_variable(const char* name, const std::optional<std::string>& value) {
    if (value) ::setenv(name, value->c_str(), 1);
    else ::unsetenv(name);
}

}  // namespace assessa::platform
