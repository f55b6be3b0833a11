// render/pdf: painting frames into content streams (top-left layout coordinates -> PDF's bottom-left).
#include "render/pdf/page_content.hpp"

#include <algorithm>
#include <optional>

#include "render/pdf/content.hpp"

namespace deckpress::render::pdf {

namespace {

class PagePainter {
public:
    PagePainter(double height, const AstralCidsByFont& astral) : height_(height), astral_(astral) {}

    void operator()(const layout::TextItem& t) {
        if (t.text.empty()) return;
        begin_text();
        if (t.font != font_ || t.size != size_) {
            content_.font(font_resource_name(index_of(out_.fonts, t.font)), t.size);
            font_ = t.font;
            size_ = t.size;
            auto numbered = astral_.find(t.font);
            font_astral_ = numbered == astral_.end() ? nullptr : &numbered->second;
        }
        set_fill(t.color);
        content_.text_at(t.pos.x, y(t.pos.y), t.text, font_astral_);
    }

    void operator()(const layout::FillItem& f) {
        end_text();
        set_fill(f.color);
        content_.fill_rect(f.rect.x, y(f.rect.bottom()), f.rect.width, f.rect.height);
    }

    void operator()(const layout::LineItem& l) {
        end_text();
        if (!stroke_ || *stroke_ != l.color) content_.stroke_color(l.color);
        stroke_ = l.color;
        content_.stroke_line(l.from.x, y(l.from.y), l.to.x, y(l.to.y), l.width, l.dashed);
    }

    void operator()(const layout::ImageItem& i) {
        end_text();
        content_.image(image_resource_name(index_of(out_.images, i.path)), i.rect.x, y(i.rect.bottom()),
                       i.rect.width, i.rect.height);
    }

    void operator()(const layout::LinkItem&) {}    // annotations, added by the document writer
    void operator()(const layout::AnchorItem&) {}  // destinations, likewise

    PageContent finish(Deflater& deflater) {
        end_text();
        out_.deflated = deflater.compress(content_.bytes());
        return std::move(out_);
    }

private:
    template <typename T>
    static std::size_t index_of(std::vector<T>& seen, const T& value) {
        auto it = std::find(seen.begin(), seen.end(), value);
        if (it != seen.end()) return static_cast<std::size_t>(it - seen.begin());
        seen.push_back(value);
        return seen.size() - 1;
    }

    void begin_text() {
        if (!in_text_) content_.begin_text();
        in_text_ = true;
    }
    void end_text() {
        if (in_text_) content_.end_text();
        in_text_ = false;
    }
    /// Writes `rg` only when the colour changes: the fill colour lasts for the whole page
    /// (text objects do not reset it; images save and restore the state around themselves).
    void set_fill(const Color& color) {
        if (fill_ && *fill_ == color) return;
        content_.fill_color(color);
        fill_ = color;
    }
    double y(double v) const { return height_ - v; }

    double height_;
    const AstralCidsByFont& astral_;
    const AstralCids* font_astral_ = nullptr;  ///< the current font's, if it has any
    ContentStream content_;
    PageContent out_;
    bool in_text_ = false;
    text::FontId font_ = -1;
    double size_ = 0;
    std::optional<Color> fill_;    ///< the page's current fill colour, once set
    std::optional<Color> stroke_;  ///< and stroke colour
};

}  // namespace

std::string font_resource_name(std::size_t index) { return "F" + std::to_string(index + 1); }
std::string image_resource_name(std::size_t index) { return "X" + std::to_string(index + 1); }

PageContent paint_page(const layout::Frame& page, const AstralCidsByFont& astral) {
    PagePainter painter(page.size.height, astral);
    for (const layout::Item& item : page.items) std::visit(painter, item);
    return painter.finish(Deflater::of_this_thread());
}

}  // namespace deckpress::render::pdf
