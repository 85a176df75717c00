#include "i18n/plural_expression.hpp"

#include <cctype>
#include <stdexcept>
#include <string>

namespace assessa {

struct PluralExpression::Node {
    enum class Kind { n, number, unary_not, binary, ternary } kind;
    std::string op;
    unsigned long value = 0;
    std::unique_ptr<Node> a, b, c;

    unsigned long eval(unsigned long n) const {
        switch (kind) {
            case Kind::n: return n;
            case Kind::number: return value;
            case Kind::unary_not: return a->eval(n) ? 0 : 1;
            case Kind::ternary: return a->eval(n) ? b->eval(n) : c->eval(n);
            case Kind::binary: break;
        }
        const unsigned long x = a->eval(n);
        if (op == "&&") return x && b->eval(n);
        if (op == "||") return x || b->eval(n);
        const unsigned long y = b->eval(n);
        if (op == "==") return x == y;
        if (op == "!=") return x != y;
        if (op == "<") return x < y;
        if (op == ">") return x > y;
        if (op == "<=") return x <= y;
        if (op == ">=") return x >= y;
        if (op == "+") return x + y;
        if (op == "-") return x - y;
        if (op == "*") return x * y;
        if (op == "/") return y ? x / y : 0;
        if (op == "%") return y ? x % y : 0;
        return 0;
    }
};

namespace {

using NodePtr = std::unique_ptr<PluralExpression::Node>;
using Kind = PluralExpression::Node::Kind;

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) {}

    NodePtr parse() {
        auto e = ternary();
        skip();
        if (pos_ != s_.size()) fail("unexpected text");
        return e;
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;

    [[noreturn]] void fail(const char* what) const {
        throw std::invalid_argument(std::string("plural expression: ") + what + " at position " +
                                    std::to_string(pos_));
    }
    void skip() {
        while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    bool accept(std::string_view tok) {
        skip();
        if (s_.substr(pos_, tok.size()) != tok) return false;
        // "<" must not swallow the first half of "<="; "!" not the first half of "!=".
        if (tok.size() == 1 && pos_ + 1 < s_.size() && s_[pos_ + 1] == '=' &&
            (tok == "<" || tok == ">" || tok == "!" || tok == "="))
            return false;
        pos_ += tok.size();
        return true;
    }
    static NodePtr binary(std::string op, NodePtr a, NodePtr b) {
        auto n = std::make_unique<PluralExpression::Node>();
        n->kind = Kind::binary;
        n->op = std::move(op);
        n->a = std::move(a);
        n->b = std::move(b);
        return n;
    }
    NodePtr ternary() {
        auto cond = logical_or();
        if (!accept("?")) return cond;
        auto yes = ternary();
        if (!accept(":")) fail("expected ':'");
        auto no = ternary();
        auto n = std::make_unique<PluralExpression::Node>();
        n->kind = Kind::ternary;
        n->a = std::move(cond);
        n->b = std::move(yes);
        n->c = std::move(no);
        return n;
    }
    NodePtr logical_or() {
        auto l = logical_and();
        while (accept("||")) l = binary("||", std::move(l), logical_and());
        return l;
    }
    NodePtr logical_and() {
        auto l = equality();
        while (accept("&&")) l = binary("&&", std::move(l), equality());
        return l;
    }
    NodePtr equality() {
        auto l = relational();
        for (;;) {
            if (accept("==")) l = binary("==", std::move(l), relational());
            else if (accept("!=")) l = binary("!=", std::move(l), relational());
            else return l;
        }
    }
    NodePtr relational() {
        auto l = additive();
        for (;;) {
            if (accept("<=")) l = binary("<=", std::move(l), additive());
            else if (accept(">=")) l = binary(">=", std::move(l), additive());
            else if (accept("<")) l = binary("<", std::move(l), additive());
            else if (accept(">")) l = binary(">", std::move(l), additive());
            else return l;
        }
    }
    NodePtr additive() {
        auto l = multiplicative();
        for (;;) {
            if (accept("+")) l = binary("+", std::move(l), multiplicative());
            else if (accept("-")) l = binary("-", std::move(l), multiplicative());
            else return l;
        }
    }
    NodePtr multiplicative() {
        auto l = unary();
        for (;;) {
            if (accept("*")) l = binary("*", std::move(l), unary());
            else if (accept("/")) l = binary("/", std::move(l), unary());
            else if (accept("%")) l = binary("%", std::move(l), unary());
            else return l;
        }
    }
    NodePtr unary() {
        if (accept("!")) {
            auto n = std::make_unique<PluralExpression::Node>();
            n->kind = Kind::unary_not;
            n->a = unary();
            return n;
        }
        return primary();
    }
    NodePtr primary() {
        skip();
        if (accept("(")) {
            auto e = ternary();
            if (!accept(")")) fail("expected ')'");
            return e;
        }
        auto n = std::make_unique<PluralExpression::Node>();
        if (pos_ < s_.size() && s_[pos_] == 'n') {
            ++pos_;
            n->kind = Kind::n;
            return n;
        }
        if (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) {
            n->kind = Kind::number;
            while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_])))
                n->value = n->value * 10 + static_cast<unsigned long>(s_[pos_++] - '0');
            return n;
        }
        fail("expected 'n', a number or '('");
    }
};

}  // namespace

PluralExpression::PluralExpression(std::string_view text) : root_(Parser(text).parse()) {}
PluralExpression::~PluralExpression() = default;
PluralExpression::PluralExpression(PluralExpression&&) noexcept = default;
PluralExpression& PluralExpression::operator=(PluralExpression&&) noexcept = default;

unsigned long PluralExpression::evaluate(unsigned long n) const { return root_->eval(n); }

}  // namespace assessa
