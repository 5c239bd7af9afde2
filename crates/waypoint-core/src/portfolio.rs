//! Portfolio artifacts: what a teacher types about a student's file, the view the UI shows,
//! and the rules for which files may go in a portfolio.
//!
//! The record (title, date, reflection, competencies, highlight, and the file's name, type,
//! size and SHA-256) is an ordinary synced row of [`ARTIFACT`];
//! the bytes live beside the database, named by their SHA-256, and the store copies them.
//! This module only decides: a file's type is read from its first bytes (a renamed file
//! can't pass for something it is not) and then from its extension, and only images, PDFs,
//! audio, video and documents are accepted, so a portfolio never carries a program or a web
//! page that could run when opened.

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::ids::{ArtifactId, NodeId, StudentId};
use crate::op::{Fields, fields};
use crate::validate;
use crate::{Error, Result, msg};

pub use crate::table::ARTIFACT;

/// The largest file a portfolio accepts: 100 MB, enough for a few minutes of phone video,
/// small enough that a sync bundle carrying it stays manageable.
pub const MAX_ARTIFACT_BYTES: u64 = 100 * 1024 * 1024;
/// Longest title.
pub const TITLE_MAX: usize = 160;
/// Most competencies one artifact is evidence for.
pub const COMPETENCIES_MAX: usize = 20;
/// Longest file name kept (most file systems stop at 255 bytes).
pub const FILE_NAME_MAX: usize = 255;

/// What a teacher types about an artifact (the file itself is chosen separately).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactInput {
    /// Required, for example "Bridge model, final version".
    pub title: String,
    /// Required, `YYYY-MM-DD`: when the work was done.
    pub date: String,
    /// The student's or teacher's reflection on it; may span lines.
    #[serde(default)]
    pub reflection: String,
    /// The competencies it is evidence for.
    #[serde(default)]
    pub competency_ids: Vec<String>,
    /// Shown on the conference printout.
    #[serde(default)]
    pub highlight: bool,
}

impl ArtifactInput {
    /// Checks and normalizes every field.
    pub fn validate(&self) -> Result<ArtifactInput> {
        let date = validate::date("date", msg!("core-label-date"), &self.date)?;
        if date.is_empty() {
            return Err(Error::invalid(
                "date",
                validate::blank(msg!("core-label-date")),
            ));
        }
        Ok(ArtifactInput {
            title: validate::text(
                "title",
                msg!("core-label-title"),
                &self.title,
                true,
                TITLE_MAX,
            )?,
            date,
            reflection: validate::notes(
                "reflection",
                msg!("core-label-reflection"),
                &self.reflection,
                validate::NOTES_MAX,
            )?,
            competency_ids: competency_ids(&self.competency_ids)?,
            highlight: self.highlight,
        })
    }

    /// The op fields for this (already validated) input. The store adds `student_id` and
    /// the file's fields ([`file_fields`]) when the artifact is attached.
    pub fn to_fields(&self) -> Fields {
        fields([
            ("title", json!(self.title)),
            ("date", json!(self.date)),
            ("reflection", json!(self.reflection)),
            ("competency_ids", json!(self.competency_ids)),
            ("highlight", json!(self.highlight)),
        ])
    }
}

/// Competency ids: trimmed, blanks and repeats dropped, each a well-formed id, at most
/// [`COMPETENCIES_MAX`].
fn competency_ids(ids: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let id = id.trim();
        if id.is_empty() {
            continue;
        }
        // Normalized through the id type, so one competency written two ways is one entry.
        let id = id
            .parse::<NodeId>()
            .map_err(|_| {
                Error::invalid(
                    format!("competencyIds.{i}"),
                    msg!("core-unknown-competency"),
                )
            })?
            .to_string();
        if !out.contains(&id) {
            out.push(id);
        }
    }
    if out.len() > COMPETENCIES_MAX {
        return Err(Error::invalid(
            "competencyIds",
            msg!(
                "core-artifact-too-many-competencies",
                max = COMPETENCIES_MAX,
                count = out.len()
            ),
        ));
    }
    Ok(out)
}

/// The op fields describing the attached file: its name as the teacher knew it, its type,
/// its size in bytes and the SHA-256 of its bytes (lowercase hex), which names the stored copy.
pub fn file_fields(file_name: &str, mime: &str, size: u64, sha256: &str) -> Fields {
    fields([
        ("file_name", json!(clean_file_name(file_name))),
        ("mime", json!(mime)),
        // A float because the column is REAL: the value read back equals the one written.
        ("size", json!(size as f64)),
        ("sha256", json!(sha256)),
    ])
}

/// A file name fit to show and print: control characters (which some file systems allow)
/// become `_`, and it is cut to [`FILE_NAME_MAX`] characters.
pub fn clean_file_name(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() { '_' } else { c })
        .take(FILE_NAME_MAX)
        .collect()
}

/// An artifact as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactView {
    /// Its id.
    pub id: ArtifactId,
    /// Whose portfolio it is in.
    pub student_id: StudentId,
    /// Its title.
    pub title: String,
    /// When the work was done, `YYYY-MM-DD`.
    pub date: String,
    /// The reflection on it.
    pub reflection: String,
    /// The competencies it is evidence for.
    pub competency_ids: Vec<String>,
    /// Shown on the conference printout.
    pub highlight: bool,
    /// The file's name when it was attached.
    pub file_name: String,
    /// Its MIME type, as [`mime_of`] found it.
    pub mime: String,
    /// Its size in bytes.
    pub size: u64,
    /// The SHA-256 of its bytes, lowercase hex.
    pub sha256: String,
    /// `image`, `pdf`, `audio`, `video` or `document` ([`kind_of`]).
    pub kind: String,
    /// Open for classmates' feedback in student mode.
    pub peer_review: bool,
    /// The owner may read the feedback on it.
    pub share_feedback: bool,
    /// How many pieces of peer feedback it has.
    pub feedback_count: u32,
    /// True when the file's bytes are on this laptop (present, with the recorded size).
    pub present: bool,
    /// A `data:image/png;base64,…` URL of a small thumbnail, or `None`.
    pub thumbnail: Option<String>,
    /// Why the file can't be shown, in a sentence for the teacher, or `None`.
    pub problem: Option<String>,
}

/// The MIME types a portfolio accepts: the images a browser shows, PDFs, common audio and
/// video, and office documents and plain text. Anything else (programs, archives, web pages,
/// SVG, which can carry script) is refused.
pub const ACCEPTED_MIMES: &[&str] = &[
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "application/pdf",
    "audio/mpeg",
    "audio/ogg",
    "audio/wav",
    "audio/mp4",
    "video/mp4",
    "video/quicktime",
    "video/webm",
    "video/ogg",
    DOCX,
    XLSX,
    PPTX,
    ODT,
    ODS,
    ODP,
    "application/rtf",
    "text/plain",
    "text/markdown",
];

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PPTX: &str = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const ODT: &str = "application/vnd.oasis.opendocument.text";
const ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";
const ODP: &str = "application/vnd.oasis.opendocument.presentation";
/// The extensions of every accepted type, for a file picker's filter. A test keeps it in
/// step with [`mime_of`]: each one names an accepted type.
pub const ACCEPTED_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "pdf", "mp3", "ogg", "oga", "opus", "wav", "m4a", "mp4",
    "m4v", "mov", "webm", "ogv", "docx", "xlsx", "pptx", "odt", "ods", "odp", "rtf", "txt", "md",
    "markdown",
];
/// What [`mime_of`] says about a file it does not recognize.
pub const UNKNOWN_MIME: &str = "application/octet-stream";

/// How many leading bytes [`mime_of`] looks at; the store reads this many before deciding.
pub const SNIFF_BYTES: usize = 64;

/// A file's MIME type: by its first bytes when they carry a known signature (so a renamed
/// file is what it really is), else by its extension, else [`UNKNOWN_MIME`]. `first_bytes`
/// may be shorter than [`SNIFF_BYTES`] (or empty, to go by the name alone).
pub fn mime_of(file_name: &str, first_bytes: &[u8]) -> &'static str {
    let ext = extension(file_name);
    if let Some(mime) = sniff(first_bytes, &ext) {
        return mime;
    }
    by_extension(&ext).unwrap_or(UNKNOWN_MIME)
}

/// The type from a signature at the start of the file; `ext` only settles which of two
/// types sharing one container it is (Ogg audio or video; an MP4 recording or a movie).
fn sniff(b: &[u8], ext: &str) -> Option<&'static str> {
    let at = |offset: usize, magic: &[u8]| b.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if at(0, b"\xff\xd8\xff") {
        Some("image/jpeg")
    } else if at(0, b"GIF87a") || at(0, b"GIF89a") {
        Some("image/gif")
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        Some("image/webp")
    } else if at(0, b"RIFF") && at(8, b"WAVE") {
        Some("audio/wav")
    } else if at(0, b"%PDF-") {
        Some("application/pdf")
    } else if at(0, b"ID3") || is_mp3_frame(b) {
        Some("audio/mpeg")
    } else if at(0, b"OggS") {
        Some(if ext == "ogv" {
            "video/ogg"
        } else {
            "audio/ogg"
        })
    } else if at(4, b"ftyp") {
        // The brand after `ftyp` says what the ISO media file holds.
        Some(match b.get(8..12) {
            Some(b"M4A ") | Some(b"M4B ") => "audio/mp4",
            Some(b"qt  ") => "video/quicktime",
            _ if ext == "m4a" => "audio/mp4",
            _ => "video/mp4",
        })
    } else if at(0, b"\x1a\x45\xdf\xa3") {
        // EBML: WebM (and Matroska, which browsers play as WebM when they can).
        Some("video/webm")
    } else {
        None
    }
}

/// An MPEG audio frame header without an ID3 tag: eleven sync bits, then layer III
/// (ADTS AAC shares the sync bits but has layer 0, so it is not taken for MP3).
fn is_mp3_frame(b: &[u8]) -> bool {
    matches!(b, [0xff, second, ..] if second & 0xe0 == 0xe0 && (second >> 1) & 0x3 == 0x1)
}

fn by_extension(ext: &str) -> Option<&'static str> {
    Some(match ext {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        "mp3" => "audio/mpeg",
        "ogg" | "oga" | "opus" => "audio/ogg",
        "wav" => "audio/wav",
        "m4a" => "audio/mp4",
        "mp4" | "m4v" => "video/mp4",
        "mov" => "video/quicktime",
        "webm" => "video/webm",
        "ogv" => "video/ogg",
        "docx" => DOCX,
        "xlsx" => XLSX,
        "pptx" => PPTX,
        "odt" => ODT,
        "ods" => ODS,
        "odp" => ODP,
        "rtf" => "application/rtf",
        "txt" => "text/plain",
        "md" | "markdown" => "text/markdown",
        _ => return None,
    })
}

/// The lowercased extension of `file_name`, "" if none.
fn extension(file_name: &str) -> String {
    file_name
        .rsplit_once('.')
        .map(|(stem, ext)| if stem.is_empty() { "" } else { ext })
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// How the UI shows a file: `image`, `pdf`, `audio`, `video` or `document`. An unknown or
/// blank `mime` (a record from an older laptop, say) is worked out from the file name; what
/// is still unknown shows as a document, since it is only ever offered as a file to open.
pub fn kind_of(file_name: &str, mime: &str) -> &'static str {
    let mime = if mime.is_empty() || mime == UNKNOWN_MIME {
        mime_of(file_name, &[])
    } else {
        mime
    };
    if mime.starts_with("image/") {
        "image"
    } else if mime == "application/pdf" {
        "pdf"
    } else if mime.starts_with("audio/") {
        "audio"
    } else if mime.starts_with("video/") {
        "video"
    } else {
        "document"
    }
}

/// Checks that a file of type `mime` (from [`mime_of`]) may go in a portfolio, and returns
/// its kind. `file_name` is for the message.
pub fn accept(file_name: &str, mime: &str) -> Result<&'static str> {
    if ACCEPTED_MIMES.contains(&mime) {
        return Ok(kind_of(file_name, mime));
    }
    let shown: String = clean_file_name(file_name).chars().take(80).collect();
    Err(Error::invalid(
        "file",
        msg!("core-artifact-file-kind", file = shown),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ArtifactInput {
        ArtifactInput {
            title: "  Bridge model ".into(),
            date: "2025-03-04".into(),
            reflection: "It held 2 kg.\nNext time: trusses.".into(),
            competency_ids: vec![],
            highlight: true,
        }
    }

    fn field_of(e: Error) -> String {
        match e {
            Error::Invalid { field, .. } => field,
            other => panic!("expected a field error, got {other:?}"),
        }
    }

    #[test]
    fn a_valid_input_is_trimmed_and_becomes_its_fields() {
        let v = input().validate().expect("valid input");
        assert_eq!(v.title, "Bridge model", "titles are trimmed");
        let f = v.to_fields();
        assert_eq!(f["title"], json!("Bridge model"), "the title is written");
        assert_eq!(f["date"], json!("2025-03-04"), "the date is written");
        assert_eq!(
            f["highlight"],
            json!(true),
            "the highlight flag is written as a bool"
        );
        assert_eq!(
            f["competency_ids"],
            json!([]),
            "no competencies is an empty list, not null"
        );
    }

    #[test]
    fn title_and_date_are_required_and_bounded() {
        let blank = ArtifactInput {
            title: " ".into(),
            ..input()
        };
        assert_eq!(
            field_of(blank.validate().expect_err("refused")),
            "title",
            "a blank title is refused"
        );
        let long = ArtifactInput {
            title: "x".repeat(TITLE_MAX + 1),
            ..input()
        };
        assert_eq!(
            field_of(long.validate().expect_err("refused")),
            "title",
            "a title over {TITLE_MAX} characters is refused"
        );
        let no_date = ArtifactInput {
            date: String::new(),
            ..input()
        };
        assert_eq!(
            field_of(no_date.validate().expect_err("refused")),
            "date",
            "a portfolio item needs a date to be placed in time"
        );
        let bad_date = ArtifactInput {
            date: "2025-02-30".into(),
            ..input()
        };
        assert_eq!(
            field_of(bad_date.validate().expect_err("refused")),
            "date",
            "a date that does not exist is refused"
        );
        let long_reflection = ArtifactInput {
            reflection: "y".repeat(validate::NOTES_MAX + 1),
            ..input()
        };
        assert_eq!(
            field_of(long_reflection.validate().expect_err("refused")),
            "reflection",
            "reflections follow the notes limit"
        );
    }

    #[test]
    fn competency_ids_are_deduplicated_checked_and_limited() {
        let id = NodeId::mint(1, [1; 10]).to_string();
        let dup = ArtifactInput {
            competency_ids: vec![id.clone(), format!(" {id} "), String::new()],
            ..input()
        };
        assert_eq!(
            dup.validate().expect("valid").competency_ids,
            vec![id.clone()],
            "repeats and blanks are dropped"
        );
        let bad = ArtifactInput {
            competency_ids: vec![id.clone(), "not-an-id".into()],
            ..input()
        };
        assert_eq!(
            field_of(bad.validate().expect_err("refused")),
            "competencyIds.1",
            "a malformed id is named by its position"
        );
        let many = ArtifactInput {
            competency_ids: (0..=COMPETENCIES_MAX as u8)
                .map(|i| NodeId::mint(1, [i; 10]).to_string())
                .collect(),
            ..input()
        };
        assert_eq!(
            field_of(many.validate().expect_err("refused")),
            "competencyIds",
            "more than {COMPETENCIES_MAX} competencies is refused"
        );
    }

    #[test]
    fn signatures_win_over_extensions() {
        let cases: &[(&str, &[u8], &str)] = &[
            ("a.bin", b"\x89PNG\r\n\x1a\n....", "image/png"),
            ("photo.png", b"\xff\xd8\xff\xe0..JFIF", "image/jpeg"),
            ("a", b"GIF89a....", "image/gif"),
            ("a", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
            ("a", b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio/wav"),
            ("notes.txt", b"%PDF-1.7\n", "application/pdf"),
            ("a", b"ID3\x04\x00", "audio/mpeg"),
            ("a", &[0xff, 0xfb, 0x90, 0x64], "audio/mpeg"),
            ("a", b"OggS\x00\x02", "audio/ogg"),
            ("clip.ogv", b"OggS\x00\x02", "video/ogg"),
            ("a", b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
            ("a", b"\x00\x00\x00\x18ftypM4A ", "audio/mp4"),
            ("a", b"\x00\x00\x00\x14ftypqt  ", "video/quicktime"),
            ("a", b"\x1a\x45\xdf\xa3\x9f", "video/webm"),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(
                mime_of(name, bytes),
                *want,
                "{name} starting {bytes:?} is recognized by its signature"
            );
        }
        assert_eq!(
            mime_of("a.aac", &[0xff, 0xf1, 0x50]),
            UNKNOWN_MIME,
            "ADTS AAC shares MP3's sync bits but is not layer III"
        );
    }

    #[test]
    fn without_a_signature_the_extension_decides() {
        let cases = [
            ("Essay.DOCX", DOCX),
            ("budget.xlsx", XLSX),
            ("talk.pptx", PPTX),
            ("story.odt", ODT),
            ("readme.md", "text/markdown"),
            ("notes.txt", "text/plain"),
            ("letter.rtf", "application/rtf"),
            ("broken.png", "image/png"),
            ("song.mp3", "audio/mpeg"),
        ];
        for (name, want) in cases {
            // Office files are ZIP archives: the signature says only "zip", the name says which.
            assert_eq!(
                mime_of(name, b"PK\x03\x04rest"),
                want,
                "{name} is known by its extension"
            );
        }
        for name in [
            "setup.exe",
            "page.html",
            "logo.svg",
            "archive.zip",
            ".png",
            "noext",
        ] {
            assert_eq!(
                mime_of(name, b"MZ\x90\x00"),
                UNKNOWN_MIME,
                "{name} is not a type Waypoint knows"
            );
        }
    }

    #[test]
    fn kinds_follow_the_type() {
        assert_eq!(kind_of("a.png", "image/png"), "image", "images");
        assert_eq!(kind_of("a.pdf", "application/pdf"), "pdf", "PDFs");
        assert_eq!(kind_of("a.mp3", "audio/mpeg"), "audio", "audio");
        assert_eq!(kind_of("a.webm", "video/webm"), "video", "video");
        assert_eq!(kind_of("a.docx", DOCX), "document", "office files");
        assert_eq!(
            kind_of("a.jpg", ""),
            "image",
            "a record with no type is classed by its name"
        );
        assert_eq!(
            kind_of("a.bin", UNKNOWN_MIME),
            "document",
            "an unknown file shows as a document to open"
        );
    }

    #[test]
    fn only_allowed_kinds_are_accepted() {
        assert_eq!(
            accept("a.png", "image/png").expect("images are accepted"),
            "image",
            "the kind comes back for the view"
        );
        assert_eq!(
            accept("a.txt", "text/plain").expect("text is accepted"),
            "document",
            "plain text is a document"
        );
        for name in ["setup.exe", "logo.svg", "page.html"] {
            let mime = mime_of(name, b"");
            let err = accept(name, mime).expect_err("refused");
            let text = err.to_string();
            assert!(
                text.starts_with("This kind of file can't go in a portfolio:")
                    && text.contains(name)
                    && text.ends_with("Attach images, PDFs, audio, video or documents."),
                "{name} is refused with a message naming it and what is allowed: {text}"
            );
            assert_eq!(field_of(err), "file", "the error belongs to the file");
        }
    }

    #[test]
    fn the_pickers_extensions_are_exactly_the_accepted_ones() {
        for ext in ACCEPTED_EXTENSIONS {
            let mime = mime_of(&format!("a.{ext}"), b"");
            assert!(
                ACCEPTED_MIMES.contains(&mime),
                ".{ext} is offered by the picker, so it must be accepted ({mime})"
            );
        }
        for mime in ACCEPTED_MIMES {
            assert!(
                ACCEPTED_EXTENSIONS
                    .iter()
                    .any(|ext| mime_of(&format!("a.{ext}"), b"") == *mime),
                "{mime} is accepted, so the picker offers an extension for it"
            );
        }
    }

    #[test]
    fn file_fields_clean_the_name_and_store_the_size_as_a_float() {
        let f = file_fields("a\nb.png", "image/png", 12, "ab");
        assert_eq!(
            f["file_name"],
            json!("a_b.png"),
            "a control character in a name would break printouts"
        );
        assert_eq!(
            f["size"],
            json!(12.0),
            "the REAL column reads back as a float, so it is written as one"
        );
    }
}
