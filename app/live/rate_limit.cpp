#include "app/live/rate_limit.hpp"

#include <algorithm>

namespace assessa {

bool RateLimit::allow(const std::string& key, Clock::time_point now) {
    std::lock_guard guard(mutex_);
    auto it = buckets_.find(key);
    if (it == buckets_.end()) {
        // Many keys (addresses) at once: forget the buckets that have refilled, which are no
        // different from new ones, so that the map cannot grow without end.
        if (buckets_.size() >= max_keys_)
            std::erase_if(buckets_, [&](const auto& entry) {
                const double seconds = std::chrono::duration<double>(now - entry.second.at).count();
                return entry.second.tokens + seconds * per_second_ >= burst_;
            });
        if (buckets_.size() >= max_keys_) return false;
        it = buckets_.emplace(key, Bucket{burst_, now}).first;
    }
    Bucket& b = it->second;
    const double seconds = std::max(0.0, std::chrono::duration<double>(now - b.at).count());
    b.tokens = std::min(burst_, b.tokens + seconds * per_second_);
    b.at = now;
    if (b.tokens < 1.0) return false;
    b.tokens -= 1.0;
    return true;
}

}  // namespace assessa
