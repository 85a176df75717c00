// The Windows side of child_process.hpp.

#include "model/platform/child_process.hpp"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <stdexcept>
#include <thread>

namespace assessa::platform {

namespace {

std::wstring wide(const std::string& utf8) {
    if (utf8.empty()) return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
    return out;
}

// One argument as the C runtime's command-line parser reads it back.
std::wstring quoted(const std::string& arg) {
    std::wstring out = L"\"";
    std::size_t backslashes = 0;
    for (wchar_t c : wide(arg)) {
        if (c == L'\\') { ++backslashes; continue; }
        if (c == L'"') out.append(backslashes * 2 + 1, L'\\');
        else out.append(backslashes, L'\\');
        backslashes = 0;
        out += c;
    }
    out.append(backslashes * 2, L'\\');
    return out + L"\"";
}

HANDLE handle(std::intptr_t h) { return reinterpret_cast<HANDLE>(h); }

}  // namespace

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& args) {
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    HANDLE read_end = nullptr, write_end = nullptr;
    if (!CreatePipe(&read_end, &write_end, &inherit, 0)) throw std::runtime_error("cannot make a pipe for " + program);
    SetHandleInformation(read_end, HANDLE_FLAG_INHERIT, 0);
    std::wstring command = quoted(program);
    for (const auto& a : args) command += L" " + quoted(a);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdOutput = write_end;
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION info{};
    const BOOL started = CreateProcessW(wide(program).c_str(), command.data(), nullptr, nullptr, TRUE, 0, nullptr,
                                        nullptr, &startup, &info);
    CloseHandle(write_end);
    if (!started) {
        CloseHandle(read_end);
        throw std::runtime_error("cannot start " + program);
    }
    CloseHandle(info.hThread);
    process_ = reinterpret_cast<std::intptr_t>(info.hProcess);
    output_ = reinterpret_cast<std::intptr_t>(read_end);
}

ChildProcess::~ChildProcess() {
    kill();
    if (output_ != -1) CloseHandle(handle(output_));
}

std::string ChildProcess::read_some(std::chrono::milliseconds timeout) {
    // An anonymous pipe cannot be waited on: look at it every millisecond until bytes come.
    const auto until = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        DWORD available = 0;
        if (!PeekNamedPipe(handle(output_), nullptr, 0, nullptr, &available, nullptr)) return "";
        if (available > 0) {
            std::string buf(available, '\0');
            DWORD n = 0;
            if (!ReadFile(handle(output_), buf.data(), available, &n, nullptr)) return "";
            buf.resize(n);
            return buf;
        }
        if (std::chrono::steady_clock::now() >= until) return "";
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

void ChildProcess::kill() {
    if (process_ == -1) return;
    TerminateProcess(handle(process_), 1);
    WaitForSingleObject(handle(process_), INFINITE);
    CloseHandle(handle(process_));
    process_ = -1;
}

std::string ChildProcess::read_rest() {
    std::string rest;
    char buf[4096];
    DWORD n = 0;
    while (ReadFile(handle(output_), buf, sizeof buf, &n, nullptr) && n > 0) rest.append(buf, n);
    return rest;
}

}  // namespace assessa::platform
