#pragma once

#include <memory>
#include <string_view>

namespace assessa {

// The C-like expression of a gettext "Plural-Forms" header, e.g.
// "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2)".
class PluralExpression {
public:
    // Throws std::invalid_argument on a malformed expression.
    explicit PluralExpression(std::string_view text);
    ~PluralExpression();
    PluralExpression(PluralExpression&&) noexcept;
    PluralExpression& operator=(PluralExpression&&) noexcept;

    unsigned long evaluate(unsigned long n) const;

    struct Node;

private:
    std::unique_ptr<Node> root_;
};

}  // namespace assessa
