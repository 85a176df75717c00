#include "model/platform/platform.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <algorithm>

namespace assessa::platform {

std::vector<std::string> network_addresses() {
    std::vector<std::string> found, loopback;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) == 0) {
        for (const ifaddrs* a = list; a; a = a->ifa_next) {
            if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET || !(a->ifa_flags & IFF_UP)) continue;
            char text[INET_ADDRSTRLEN] = {};
            const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
            if (!inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) continue;
            (a->ifa_flags & IFF_LOOPBACK ? loopback : found).emplace_back(text);
        }
        freeifaddrs(list);
    }
    if (std::find(loopback.begin(), loopback.end(), "127.0.0.1") == loopback.end()) loopback.emplace_back("127.0.0.1");
    found.insert(found.end(), loopback.begin(), loopback.end());
    return found;
}

}  // namespace assessa::platform
