//! The printouts' bundled fonts (`assets/fonts/`, see its SOURCE.md): Noto Sans for Latin
//! with Vietnamese, Noto Naskh Arabic, and Noto Sans SC for Simplified Chinese. A printout
//! names them by relative URL (`fonts/…`); whoever shows or writes the HTML serves these
//! bytes there: the report window from its own scheme, `waypoint report` as files beside
//! the HTML. Embedding them here keeps core free of I/O and the two callers in step.

/// Each font file: (file name, bytes), served under `fonts/`.
pub const FONTS: &[(&str, &[u8])] = &[
    (
        "NotoSans-Regular.woff2",
        include_bytes!("../../../../assets/fonts/NotoSans-Regular.woff2"),
    ),
    (
        "NotoSans-Bold.woff2",
        include_bytes!("../../../../assets/fonts/NotoSans-Bold.woff2"),
    ),
    (
        "NotoNaskhArabic-Regular.woff2",
        include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Regular.woff2"),
    ),
    (
        "NotoNaskhArabic-Bold.woff2",
        include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Bold.woff2"),
    ),
    (
        "NotoSansSC-Regular.woff2",
        include_bytes!("../../../../assets/fonts/NotoSansSC-Regular.woff2"),
    ),
];

/// The folder, relative to the printout's HTML, the fonts are served from.
pub const FONT_DIR: &str = "fonts";

/// The `@font-face` rules, and the font stacks: each script's own font first for its
/// language, the others after it so a name in another script still prints. The page's
/// margin boxes (name, page number) take the stack from `@page`, as they inherit nothing
/// from the body. No synthesized bold: Chinese has no bold face here, and Chromium writes a
/// synthesized one into the PDF as nameless Type 3 glyphs; its headings stand out by size.
pub(super) const FONT_CSS: &str = "
@font-face{font-family:'WP Sans';src:url(fonts/NotoSans-Regular.woff2) format('woff2');font-weight:400}
@font-face{font-family:'WP Sans';src:url(fonts/NotoSans-Bold.woff2) format('woff2');font-weight:700}
@font-face{font-family:'WP Arabic';src:url(fonts/NotoNaskhArabic-Regular.woff2) format('woff2');font-weight:400}
@font-face{font-family:'WP Arabic';src:url(fonts/NotoNaskhArabic-Bold.woff2) format('woff2');font-weight:700}
@font-face{font-family:'WP SC';src:url(fonts/NotoSansSC-Regular.woff2) format('woff2')}
body{font-family:'WP Sans','WP Arabic','WP SC',sans-serif;font-synthesis:none}
@page{font-family:'WP Sans','WP Arabic','WP SC',sans-serif;font-synthesis:none}
[lang=ar]{font-family:'WP Arabic','WP Sans','WP SC',sans-serif}
[lang=zh]{font-family:'WP Sans','WP SC','WP Arabic',sans-serif}
";

/// The font file `name` serves, when it is one of the printouts' fonts.
pub fn font(name: &str) -> Option<&'static [u8]> {
    FONTS.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}
