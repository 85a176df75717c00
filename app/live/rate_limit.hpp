#pragma once

// Requests per device or per network address: a token bucket for each key. A key may send
// `burst` requests at once and then `per_second` a second on average; beyond that it is refused
// (the server answers 429) until the bucket refills.

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>

namespace assessa {

class RateLimit {
public:
    using Clock = std::chrono::steady_clock;
    RateLimit(double per_second, double burst, std::size_t max_keys = 10000)
        : per_second_(per_second), burst_(burst), max_keys_(max_keys) {}

    // Takes one request from `key`'s bucket; false when it is empty.
    bool allow(const std::string& key, Clock::time_point now = Clock::now());

private:
    struct Bucket {
        double tokens = 0;
        Clock::time_point at;
    };
    double per_second_, burst_;
    std::size_t max_keys_;
    std::mutex mutex_;
    std::map<std::string, Bucket> buckets_;
};

}  // namespace assessa
