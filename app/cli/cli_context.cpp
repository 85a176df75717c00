#include "app/cli/cli_context.hpp"

#include "i18n/translator.hpp"

#include <ostream>

namespace assessa::cli {

const FrameworkLibrary& Context::library() {
    if (!library_) {
        library_ = FrameworkLibrary::load_default();
        for (const auto& p : library_->problems()) err << trf("warning: {}", p.to_string()) << '\n';
    }
    return *library_;
}

void Context::fail(const std::string& message, int code) {
    err << trf("assessa-cli: error: {}", message) << '\n';
    exit_code = code;
}

}  // namespace assessa::cli
