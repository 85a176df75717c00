#pragma once

// Deterministic pseudo-random numbers from a name, for the demo project: the demo must come out
// the same on every machine and with every standard library, so no <random> distributions.

#include <cmath>
#include <cstdint>
#include <string>

namespace assessa::demo {

inline std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline std::uint64_t seed_of(const std::string& s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return mix(h);
}

inline double unit(std::uint64_t& state) {  // uniform in [0, 1)
    state = mix(state);
    return static_cast<double>(state >> 11) / 9007199254740992.0;
}

inline double roughly_normal(std::uint64_t& state) {  // mean 0, standard deviation about 1
    double sum = 0;
    for (int i = 0; i < 4; ++i) sum += unit(state);
    return (sum - 2.0) * std::sqrt(3.0);
}

}  // namespace assessa::demo
