#pragma once

#include <functional>
#include <memory>
#include <string>

namespace assessa::test {

// Distinct, predictable secrets for a live session: the tests check who holds which, not the
// randomness (which comes from the operating system in the program).
inline std::function<std::string()> predictable_secrets() {
    auto n = std::make_shared<int>(0);
    return [n] {
        ++*n;
        return std::string(64, static_cast<char>('a' + *n % 6));
    };
}

}  // namespace assessa::test
