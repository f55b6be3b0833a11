// render/pdf: the PDF painter; flips layout's top-left coordinates to PDF's bottom-left.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <tuple>

#include "core/utf8.hpp"
#include "render/pdf/haru.hpp"
#include "render/pdf/png_depth.hpp"
#include "render/pdf/write_tasks.hpp"
#include "render/render.hpp"

namespace deckpress::render {

namespace {

using namespace pdf;

/// Where an anchor is: page index and its top in PDF coordinates.
struct Destination {
    std::size_t page = 0;
    double top = 0;
};

class PdfPainter {
public:
    /// With `consume`, each page's items are freed once libharu holds the page (the document
    /// must then be the caller's to discard): less memory while the PDF is serialised.
    PdfPainter(const layout::Document& doc, const std::vector<std::string>& font_paths, layout::Document* consume = nullptr)
        : doc_(doc), font_paths_(font_paths), consume_(consume) {}

    /// Builds every page in libharu, then compresses and serialises the PDF. The fonts are
    /// prepared and the pages painted by WriteTasks while this thread makes the libharu calls.
    std::string paint(const PdfOptions& options) {
        if (doc_.pages.empty()) throw std::runtime_error("PDF writer: the document has no pages");
        WriteTasks work(font_requests(), doc_.pages);
        paint_pages(work, options);
        return haru_.save();  // the helper, idle by now, leaves while this serialises
    }

private:
    /// The libharu calls, in the same order whatever the timing: metadata, fonts, pages,
    /// contents and links page by page, outlines.
    void paint_pages(WriteTasks& work, const PdfOptions& options) {
        set_metadata(options);
        for (std::size_t k = 0; k < work.font_count(); ++k)
            fonts_by_id_[work.request(k).id] = embed_font(haru_, work.font(k));
        collect_anchors();
        use_page_tree(doc_.pages.size());
        for (const layout::Frame& frame : doc_.pages) add_page(frame);
        for (std::size_t i = 0; i < doc_.pages.size(); ++i) {
            attach_content(pages_[i], work.take_page(i));
            add_links(i);
            if (consume_) std::vector<layout::Item>().swap(consume_->pages[i].items);
        }
        add_outlines();
    }

    void set_metadata(const PdfOptions& options) {
        haru_.check(HPDF_SetInfoAttr(haru_.get(), HPDF_INFO_PRODUCER, "deckpress"), "HPDF_SetInfoAttr");
        auto info = [&](const char* key, const std::string& value) {
            if (!value.empty()) haru_.set_info(key, value);
        };
        info("Title", doc_.meta.title);
        info("Subject", doc_.meta.subject);
        info("Keywords", doc_.meta.keywords);
        info("Author", doc_.meta.author);
        info("Creator", doc_.meta.creator);
        if (options.creation_time) set_creation_date(*options.creation_time);
        if (doc_.open_bookmarks)
            haru_.check(HPDF_SetPageMode(haru_.get(), HPDF_PAGE_MODE_USE_OUTLINE), "HPDF_SetPageMode");
        set_reader_hints();
    }

    /// Viewers show the document's title, not its file name, and read its text in its language
    /// (screen readers, hyphenation when reflowing).
    void set_reader_hints() {
        HPDF_Dict preferences = haru_.new_direct_dict();
        haru_.check(HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE), "HPDF_Dict_AddBoolean");
        haru_.add(haru_.catalog(), "ViewerPreferences", preferences);
        if (!doc_.meta.language.empty()) haru_.add_string(haru_.catalog(), "Lang", doc_.meta.language.c_str());
    }

    void set_creation_date(long long seconds) {
        std::time_t t = static_cast<std::time_t>(seconds);
        std::tm tm{};
        gmtime_r(&t, &tm);
        HPDF_Date date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                       tm.tm_sec, 'Z', 0, 0};
        haru_.check(HPDF_SetInfoDateAttr(haru_.get(), HPDF_INFO_CREATION_DATE, date),
                    "HPDF_SetInfoDateAttr");
    }

    /// The code points drawn in each font, by font id (none for fonts the document never draws).
    std::vector<std::optional<CodepointSet>> used_codepoints() const {
        std::vector<std::optional<CodepointSet>> used(font_paths_.size());
        for (const layout::Frame& frame : doc_.pages)
            for (const layout::Item& item : frame.items)
                if (auto* t = std::get_if<layout::TextItem>(&item); t && !t->text.empty()) {
                    std::optional<CodepointSet>& set = used.at(static_cast<std::size_t>(t->font));
                    if (!set) set.emplace();
                    for_each_codepoint(t->text, [&](char32_t cp) { set->add(cp); });
                }
        return used;
    }

    /// The fonts the document draws, in the order of their files, not of their ids: the bytes
    /// do not depend on the order in which a shared FontLibrary happened to load the faces.
    std::vector<FontRequest> font_requests() const {
        std::vector<std::optional<CodepointSet>> used = used_codepoints();
        std::vector<FontRequest> requests;
        for (std::size_t id = 0; id < used.size(); ++id)
            if (used[id]) requests.push_back({static_cast<text::FontId>(id), font_paths_[id], used[id]->sorted()});
        std::sort(requests.begin(), requests.end(),
                  [](const FontRequest& a, const FontRequest& b) { return std::tie(a.path, a.id) < std::tie(b.path, b.id); });
        return requests;
    }

    void collect_anchors() {
        for (std::size_t p = 0; p < doc_.pages.size(); ++p)
            for (const layout::Item& item : doc_.pages[p].items)
                if (auto* a = std::get_if<layout::AnchorItem>(&item))
                    anchors_.emplace(a->name, Destination{p, doc_.pages[p].size.height - a->pos.y});
    }

    /// libharu hangs every page from one /Pages node, whose /Kids array holds at most 32,767
    /// entries (HPDF_LIMIT_MAX_ARRAY: 16,400 questions on single cards failed with
    /// 'HPDF_AddPage failed'). Past that, a two-tier tree of nodes of 4,096 pages each
    /// (HPDF_SetPagesConfiguration); smaller documents keep their flat tree and bytes.
    void use_page_tree(std::size_t pages) {
        constexpr HPDF_UINT kPagesPerNode = 4096;
        if (pages <= HPDF_LIMIT_MAX_ARRAY) return;
        haru_.check(HPDF_SetPagesConfiguration(haru_.get(), kPagesPerNode), "HPDF_SetPagesConfiguration");
    }

    void add_page(const layout::Frame& frame) {
        HPDF_Page page = HPDF_AddPage(haru_.get());
        haru_.check_handle(page, "HPDF_AddPage");
        haru_.check(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(frame.size.width)), "HPDF_Page_SetWidth");
        haru_.check(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(frame.size.height)), "HPDF_Page_SetHeight");
        pages_.push_back(page);
    }

    HPDF_Destination destination(const std::string& anchor) {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) throw std::runtime_error("link to unknown anchor #" + anchor);
        HPDF_Destination dst = HPDF_Page_CreateDestination(pages_[it->second.page]);
        haru_.check_handle(dst, "HPDF_Page_CreateDestination");
        haru_.check(HPDF_Destination_SetXYZ(dst, 0, static_cast<HPDF_REAL>(it->second.top), 1),
                    "HPDF_Destination_SetXYZ");
        return dst;
    }

    /// Adds the page's resources in the order its content stream numbered them, then the stream.
    void attach_content(HPDF_Page page, PageContent&& content) {
        for (std::size_t k = 0; k < content.fonts.size(); ++k)
            expect_name(haru_.font_resource(page, fonts_by_id_.at(content.fonts[k])), font_resource_name(k));
        for (std::size_t k = 0; k < content.images.size(); ++k)
            expect_name(haru_.image_resource(page, load_image(content.images[k])), image_resource_name(k));
        haru_.set_content(page, std::make_shared<const std::string>(std::move(content.deflated)));
    }

    static void expect_name(const char* given, const std::string& expected) {
        if (expected != given)
            throw std::logic_error(fmt::format("PDF writer: resource {} named {} by libharu", expected, given));
    }

    void add_links(std::size_t index) {
        const double height = doc_.pages[index].size.height;
        for (const layout::Item& item : doc_.pages[index].items) {
            auto* l = std::get_if<layout::LinkItem>(&item);
            if (!l) continue;
            HPDF_Rect r{f(l->rect.x), f(height - l->rect.bottom()), f(l->rect.right()), f(height - l->rect.y)};
            HPDF_Annotation annot =
                l->target.starts_with("#")
                    ? HPDF_Page_CreateLinkAnnot(pages_[index], r, destination(l->target.substr(1)))
                    : HPDF_Page_CreateURILinkAnnot(pages_[index], r, ascii_uri(l->target).c_str());
            haru_.check_handle(annot, "HPDF_Page_CreateLinkAnnot");
            haru_.check(HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0), "HPDF_LinkAnnot_SetBorderStyle");
        }
    }

    static HPDF_REAL f(double v) { return static_cast<HPDF_REAL>(v); }

    /// `uri` as the 7-bit ASCII a PDF URI action holds (PDF 32000 12.6.4.7): bytes outside
    /// printable ASCII, and spaces, percent-encoded as UTF-8 (RFC 3987 3.1); '%' stays.
    static std::string ascii_uri(const std::string& uri) {
        std::string out;
        for (unsigned char c : uri) {
            if (c > 0x20 && c < 0x7F) out += static_cast<char>(c);
            else out += fmt::format("%{:02X}", c);
        }
        return out;
    }

    /// The content decides (the bank loader checked it is a PNG or a JPEG), not the name.
    static bool is_png(const std::string& path) {
        char head[8] = {};
        std::ifstream(path, std::ios::binary).read(head, sizeof head);
        return std::string_view(head, sizeof head) == std::string_view("\x89PNG\r\n\x1a\n", 8);
    }

    HPDF_Image load_image(const std::string& path) {
        auto it = images_.find(path);
        if (it != images_.end()) return it->second;
        bool png = is_png(path);
        HPDF_Image image = png ? HPDF_LoadPngImageFromFile(haru_.get(), path.c_str())
                               : HPDF_LoadJpegImageFromFile(haru_.get(), path.c_str());
        haru_.check_handle(image, png ? "HPDF_LoadPngImageFromFile" : "HPDF_LoadJpegImageFromFile");
        if (png) haru_.check(declare_stripped_png_depth(image), "HPDF_Dict_AddNumber");
        images_.emplace(path, image);
        return image;
    }

    void add_outlines() {
        std::vector<HPDF_Outline> parents{nullptr};
        for (const layout::Outline& o : doc_.outlines) {
            parents.resize(static_cast<std::size_t>(std::max(0, o.level)) + 1);
            HPDF_Outline item = HPDF_CreateOutline(haru_.get(), parents.back(), "", nullptr);
            haru_.check_handle(item, "HPDF_CreateOutline");
            haru_.add_text(item, "Title", o.title);
            haru_.check(HPDF_Outline_SetDestination(item, destination(o.anchor)), "HPDF_Outline_SetDestination");
            haru_.check(HPDF_Outline_SetOpened(item, HPDF_FALSE), "HPDF_Outline_SetOpened");
            parents.push_back(item);
        }
    }

    const layout::Document& doc_;
    const std::vector<std::string>& font_paths_;
    layout::Document* consume_;
    HaruDoc haru_;
    std::map<text::FontId, HPDF_Font> fonts_by_id_;
    std::map<std::string, Destination> anchors_;
    std::vector<HPDF_Page> pages_;
    std::map<std::string, HPDF_Image> images_;
};

}  // namespace

std::optional<long long> parse_source_date_epoch(std::string_view text) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    long long value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value > kLastPdfSecond) return std::nullopt;
    return value;
}

PdfOptions pdf_options_from_environment() {
    PdfOptions options;
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) options.creation_time = parse_source_date_epoch(epoch);
    return options;
}

std::string write_pdf(const layout::Document& doc, const std::vector<std::string>& font_paths,
                      const PdfOptions& options) {
    return PdfPainter(doc, font_paths).paint(options);
}

std::string write_pdf(layout::Document&& doc, const std::vector<std::string>& font_paths,
                      const PdfOptions& options) {
    std::string bytes = PdfPainter(doc, font_paths, &doc).paint(options);
    doc = layout::Document{};
    return bytes;
}

std::string write_pdf(const layout::Document& doc, const text::FontLibrary& fonts,
                      const PdfOptions& options) {
    std::vector<std::string> paths;
    paths.reserve(static_cast<std::size_t>(fonts.size()));
    for (text::FontId id = 0; id < fonts.size(); ++id) paths.push_back(fonts.face(id).path());
    return write_pdf(doc, paths, options);
}
}  // namespace deckpress::render
