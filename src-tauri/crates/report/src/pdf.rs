//! Turns laid-out pages into PDF bytes with printpdf, then finishes the document with lopdf:
//! document language, a proper outline, UTF-16 title and fixed ids and dates. printpdf draws
//! random ids for fonts, bookmarks and the trailer; we name everything ourselves so the same
//! input always gives the same bytes.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{FontId, Mm, Op, PdfDocument, PdfFont, PdfPage, PdfSaveOptions};
use sha2::{Digest, Sha256};

use crate::error::ReportError;
use crate::font::ReportFont;
use crate::layout::Bookmark;

/// The one font resource name, fixed for determinism (printpdf would draw a random one).
pub fn font_id() -> FontId {
    FontId("F1".to_owned())
}

pub struct DocumentMeta<'a> {
    pub title: &'a str,
    pub language: &'a str,
    pub report_id: &'a str,
    pub generated_at: &'a str,
    pub creator: &'a str,
    /// Seeds the trailer /ID: same report, same id.
    pub content_fingerprint: &'a str,
}

pub fn build_pdf(
    font: &ReportFont,
    pages: Vec<Vec<Op>>,
    bookmarks: &[Bookmark],
    meta: &DocumentMeta<'_>,
) -> Result<Vec<u8>, ReportError> {
    let mut doc = PdfDocument::new(meta.title);
    doc.metadata.info.creator = meta.creator.to_owned();
    doc.metadata.info.producer = meta.creator.to_owned();
    doc.metadata.info.identifier = meta.report_id.to_owned();
    doc.resources
        .fonts
        .map
        .insert(font_id(), PdfFont::new(font.parsed.clone()));
    let pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
        .collect();
    doc.with_pages(pages);

    let options = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    finish(&mut lo, bookmarks, meta).map_err(|detail| ReportError::Font { detail })?;
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| ReportError::Font {
        detail: e.to_string(),
    })?;
    Ok(bytes)
}

/// A PDF text string: UTF-16BE with a byte-order mark, so any script survives.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// `2025-03-01T10:30:00+08:00` → `D:20250301103000+08'00'` (PDF date); `Z` and no offset →
/// `…Z` (as before: our stamps are UTC when they say nothing); None if not an RFC 3339 date and
/// time.
pub fn pdf_date(rfc3339: &str) -> Option<String> {
    use coverready_time::{Stamp, StampOffset};
    let stamp = Stamp::parse(rfc3339).ok()?;
    let date = format!("D:{}", stamp.compact().ok()?);
    Some(match stamp.offset {
        StampOffset::Utc | StampOffset::Unspecified => format!("{date}Z"),
        StampOffset::Fixed {
            negative,
            hours,
            minutes,
        } => {
            let sign = if negative { '-' } else { '+' };
            format!("{date}{sign}{hours:02}'{minutes:02}'")
        }
    })
}

fn finish(
    doc: &mut lopdf::Document,
    bookmarks: &[Bookmark],
    meta: &DocumentMeta<'_>,
) -> Result<(), String> {
    let catalog_id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| e.to_string())?;
    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();

    let outline_id = (!bookmarks.is_empty()).then(|| outline(doc, bookmarks, &page_ids));

    let catalog = doc
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| e.to_string())?;
    catalog.set("Lang", Object::string_literal(meta.language));
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]),
    );
    catalog.remove(b"Outlines");
    if let Some(id) = outline_id {
        catalog.set("Outlines", Object::Reference(id));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    } else {
        catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
    }

    let info_id = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(|e| e.to_string())?;
    let info = doc
        .get_object_mut(info_id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| e.to_string())?;
    info.set("Title", text_string(meta.title));
    info.remove(b"GTS_PDFXVersion");
    info.remove(b"Trapped");
    if let Some(date) = pdf_date(meta.generated_at) {
        info.set("CreationDate", Object::string_literal(date.clone()));
        info.set("ModDate", Object::string_literal(date));
    }

    // The file identifier is derived from the content, not drawn at random.
    let digest = Sha256::digest(meta.content_fingerprint.as_bytes());
    let id = Object::String(digest[..16].to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));

    subset_tags(doc, meta.content_fingerprint);

    // printpdf's own outline (if any) is unreachable now; drop it and any other orphans.
    doc.prune_objects();
    Ok(())
}

/// A flat outline, one entry per section, in reading order.
fn outline(doc: &mut lopdf::Document, bookmarks: &[Bookmark], page_ids: &[ObjectId]) -> ObjectId {
    let root_id = doc.new_object_id();
    let item_ids: Vec<ObjectId> = bookmarks.iter().map(|_| doc.new_object_id()).collect();
    for (i, b) in bookmarks.iter().enumerate() {
        let page = page_ids[b.page.min(page_ids.len() - 1)];
        let mut item = Dictionary::from_iter(vec![
            ("Title", text_string(&b.title)),
            ("Parent", Object::Reference(root_id)),
            (
                "Dest",
                Object::Array(vec![
                    Object::Reference(page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Null,
                    Object::Null,
                ]),
            ),
        ]);
        if i > 0 {
            item.set("Prev", Object::Reference(item_ids[i - 1]));
        }
        if let Some(next) = item_ids.get(i + 1) {
            item.set("Next", Object::Reference(*next));
        }
        doc.objects.insert(item_ids[i], Object::Dictionary(item));
    }
    let root = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Outlines".to_vec())),
        ("First", Object::Reference(item_ids[0])),
        (
            "Last",
            Object::Reference(*item_ids.last().expect("non-empty")),
        ),
        ("Count", Object::Integer(bookmarks.len() as i64)),
    ]);
    doc.objects.insert(root_id, Object::Dictionary(root));
    root_id
}

/// printpdf names the subset font `F1+Family`; PDF readers only recognise a subset by a tag of
/// six capital letters (ISO 32000 9.6.4), so `pdffonts` and preflight tools would call it a
/// full font. The tag is derived from the content so it stays deterministic.
fn subset_tags(doc: &mut lopdf::Document, seed: &str) {
    let digest = Sha256::digest(seed.as_bytes());
    let tag: String = digest[..6]
        .iter()
        .map(|b| char::from(b'A' + b % 26))
        .collect();
    for object in doc.objects.values_mut() {
        let Ok(dict) = object.as_dict_mut() else {
            continue;
        };
        for key in [&b"BaseFont"[..], &b"FontName"[..]] {
            if let Ok(Object::Name(name)) = dict.get_mut(key) {
                if let Some(pos) = name.iter().position(|&c| c == b'+') {
                    let mut renamed = tag.as_bytes().to_vec();
                    renamed.extend_from_slice(&name[pos..]);
                    *name = renamed;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pdf_date;

    #[test]
    fn pdf_dates() {
        assert_eq!(
            pdf_date("2025-03-01T10:30:00+08:00").as_deref(),
            Some("D:20250301103000+08'00'")
        );
        assert_eq!(
            pdf_date("2025-03-01T08:00:00Z").as_deref(),
            Some("D:20250301080000Z")
        );
        assert_eq!(
            pdf_date("2024-02-29T23:59:59.250-05:30").as_deref(),
            Some("D:20240229235959-05'30'")
        );
        assert_eq!(
            pdf_date("2038-01-19T03:14:08Z").as_deref(),
            Some("D:20380119031408Z")
        );
        assert_eq!(
            pdf_date("2025-03-01T10:30:00.5").as_deref(),
            Some("D:20250301103000Z")
        );
        for bad in [
            "",
            "2025-03-01",
            "2023-02-29T10:30:00Z",
            "2025-13-01T10:30:00Z",
            "2025-03-01T10:3中:00Z",
            "99999-03-01T10:30:00Z",
        ] {
            assert_eq!(pdf_date(bad), None, "{bad}");
        }
    }
}
