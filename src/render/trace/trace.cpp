// render/trace: the text-trace painter, a readable oracle of what the PDF painter draws.
#include <fmt/format.h>

#include <string>

#include "render/render.hpp"

namespace deckpress::render {

namespace {

std::string hex(const Color& c) {
    auto byte = [](double v) { return static_cast<int>(v * 255.0 + 0.5); };
    return fmt::format("#{:02x}{:02x}{:02x}", byte(c.r), byte(c.g), byte(c.b));
}

std::string num(double v) {
    std::string s = fmt::format("{:.2f}", v);
    return s == "-0.00" ? "0.00" : s;
}

std::string rect(const Rect& r) {
    return fmt::format("{} {} {} {}", num(r.x), num(r.y), num(r.width), num(r.height));
}

class TracePainter {
public:
    explicit TracePainter(const text::FontLibrary& fonts) : fonts_(fonts) {}

    void page(int number, const layout::Frame& frame) {
        out_ += fmt::format("page {} {}x{}\n", number, num(frame.size.width), num(frame.size.height));
        font_ = -1;
        size_ = 0;
        for (const layout::Item& item : frame.items) std::visit(*this, item);
    }

    void operator()(const layout::TextItem& t) {
        if (t.font != font_ || t.size != size_) {
            out_ += fmt::format("font {} {}\n", fonts_.face(t.font).name(), num(t.size));
            font_ = t.font;
            size_ = t.size;
        }
        out_ += fmt::format("text {} {} {} {:?}\n", num(t.pos.x), num(t.pos.y), hex(t.color), t.text);
    }
    void operator()(const layout::FillItem& f) {
        out_ += fmt::format("fill {} {}\n", rect(f.rect), hex(f.color));
    }
    void operator()(const layout::LineItem& l) {
        out_ += fmt::format("line {} {} {} {} w={} {}{}\n", num(l.from.x), num(l.from.y),
                            num(l.to.x), num(l.to.y), num(l.width), hex(l.color),
                            l.dashed ? " dashed" : "");
    }
    void operator()(const layout::LinkItem& l) {
        out_ += fmt::format("link {} -> {}\n", rect(l.rect), l.target);
    }
    void operator()(const layout::AnchorItem& a) {
        out_ += fmt::format("anchor {} {} {}\n", a.name, num(a.pos.x), num(a.pos.y));
    }
    void operator()(const layout::ImageItem& i) {
        out_ += fmt::format("image {} {}\n", rect(i.rect), i.path);
    }

    std::string take() { return std::move(out_); }
    void raw(const std::string& line) { out_ += line; }

private:
    const text::FontLibrary& fonts_;
    std::string out_;
    text::FontId font_ = -1;
    double size_ = 0;
};

}  // namespace

std::string write_trace(const layout::Document& doc, const text::FontLibrary& fonts) {
    TracePainter painter(fonts);
    for (const layout::Outline& o : doc.outlines)
        painter.raw(fmt::format("outline {} {:?} -> #{}\n", o.level, o.title, o.anchor));
    for (std::size_t i = 0; i < doc.pages.size(); ++i)
        painter.page(static_cast<int>(i) + 1, doc.pages[i]);
    return painter.take();
}

}  // namespace deckpress::render
