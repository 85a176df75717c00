#pragma once

// The checksum line that ends packets and benchlearning files:
//   <?assessa-checksum sha256="64 lower-case hex digits"?>
// covering every byte before it. Each file kind words its own messages.

#include <cstddef>
#include <string>
#include <string_view>

namespace assessa {

// Lower-case hex SHA-256 of `data` (the platform's cryptography).
std::string sha256_hex(std::string_view data);

// Appends the checksum line for everything in `text` so far (which ends with a line break).
void append_checksum_line(std::string& text);

enum class ChecksumProblem {
    none,
    missing,        // no complete checksum line at the end: the file was cut short
    damaged,        // the line is there but its digits are not hexadecimal
    trailing_data,  // more than a line break after it
    mismatch        // the content does not give the stated checksum
};

struct ChecksumCheck {
    ChecksumProblem problem = ChecksumProblem::none;
    std::size_t content = 0;  // the length of the content the line covers, when it verifies
    std::string checksum;     // as stated in the file
};
ChecksumCheck check_checksum_line(std::string_view text);

}  // namespace assessa
