//! A small page machine on top of printpdf ops: a cursor that flows down A4 pages, wrapped
//! paragraphs, simple tables, and section bookmarks. Headers and footers are added at the end,
//! when the page count is known.

use std::collections::BTreeSet;

use printpdf::{
    Color, FontId, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon, PolygonRing, Pt, Rect,
    Rgb, TextItem, TextMatrix, WindingOrder,
};

use crate::font::{printable, ReportFont};
use crate::wrap::wrap;

pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
pub const MARGIN_LEFT: f32 = 56.0;
pub const MARGIN_RIGHT: f32 = 56.0;
pub const MARGIN_TOP: f32 = 64.0;
pub const MARGIN_BOTTOM: f32 = 64.0;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/// Body text size and line height factor (CJK needs more leading than Latin).
pub const BODY: f32 = 10.0;
pub const LEADING: f32 = 1.5;

/// The palette, as RGB in 0..1. Colour is never the only carrier of meaning: every coloured
/// mark has a text label next to it.
pub mod colour {
    pub const TEXT: (f32, f32, f32) = (0.13, 0.13, 0.15);
    pub const MUTED: (f32, f32, f32) = (0.40, 0.42, 0.46);
    pub const ACCENT: (f32, f32, f32) = (0.05, 0.33, 0.60);
    pub const RULE: (f32, f32, f32) = (0.80, 0.82, 0.85);
    pub const SHADE: (f32, f32, f32) = (0.94, 0.95, 0.97);
    pub const GOOD: (f32, f32, f32) = (0.13, 0.55, 0.30);
    pub const WARN: (f32, f32, f32) = (0.85, 0.55, 0.05);
    pub const BAD: (f32, f32, f32) = (0.78, 0.18, 0.16);
}

pub type Rgb3 = (f32, f32, f32);

pub fn color(c: Rgb3) -> Color {
    Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

pub fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// A bookmark for the PDF outline: title and 0-based page index.
#[derive(Debug, Clone)]
pub struct Bookmark {
    pub title: String,
    pub page: usize,
}

/// One table column: share of the content width.
pub struct Column {
    pub share: f32,
}

pub struct Layout<'f> {
    pub font: &'f ReportFont,
    pub font_id: FontId,
    pub pages: Vec<Vec<Op>>,
    /// Baseline cursor: distance from the page bottom of the top of the next block.
    pub y: f32,
    pub bookmarks: Vec<Bookmark>,
    /// Characters the font lacks, printed as □.
    pub missing: BTreeSet<char>,
}

impl<'f> Layout<'f> {
    pub fn new(font: &'f ReportFont, font_id: FontId) -> Self {
        Layout {
            font,
            font_id,
            pages: vec![Vec::new()],
            y: PAGE_HEIGHT - MARGIN_TOP,
            bookmarks: Vec::new(),
            missing: BTreeSet::new(),
        }
    }

    pub fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("at least one page")
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_HEIGHT - MARGIN_TOP;
    }

    /// Starts a new page unless `height` points still fit on this one.
    pub fn ensure_space(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM && self.y < PAGE_HEIGHT - MARGIN_TOP - 1.0 {
            self.new_page();
        }
    }

    pub fn gap(&mut self, height: f32) {
        self.y -= height;
    }

    pub fn bookmark(&mut self, title: &str) {
        let page = self.page_index();
        self.bookmarks.push(Bookmark {
            title: title.to_owned(),
            page,
        });
    }

    /// Text made drawable (missing glyphs → □, recorded).
    pub fn clean(&mut self, text: &str) -> String {
        printable(self.font, text, &mut self.missing)
    }

    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.font.text_width(text, size)
    }

    /// Draws one line of already-clean text with its baseline at `(x, baseline)`. Each line is its
    /// own text object positioned by the text matrix, so positions are absolute.
    pub fn text_at(&mut self, x: f32, baseline: f32, size: f32, c: Rgb3, text: &str) {
        let ops = self.text_ops(x, baseline, size, c, text);
        self.ops().extend(ops);
    }

    fn text_ops(&self, x: f32, baseline: f32, size: f32, c: Rgb3, text: &str) -> Vec<Op> {
        if text.is_empty() {
            return Vec::new();
        }
        vec![
            Op::StartTextSection,
            Op::SetFillColor { col: color(c) },
            Op::SetFont {
                font: PdfFontHandle::External(self.font_id.clone()),
                size: Pt(size),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x), Pt(baseline)),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
            Op::EndTextSection,
        ]
    }

    /// Wraps raw `text` to `width` and returns the clean lines.
    pub fn lines(&mut self, text: &str, size: f32, width: f32) -> Vec<String> {
        let clean = self.clean(text);
        let font = self.font;
        wrap(&clean, width, &|s: &str| font.text_width(s, size))
    }

    /// A wrapped paragraph at the cursor, breaking pages between lines.
    pub fn paragraph(&mut self, text: &str, size: f32, indent: f32, c: Rgb3) {
        let line_height = size * LEADING;
        for line in self.lines(text, size, CONTENT_WIDTH - indent) {
            self.ensure_space(line_height);
            let baseline = self.y - size * 1.1;
            self.text_at(MARGIN_LEFT + indent, baseline, size, c, &line);
            self.y -= line_height;
        }
    }

    pub fn body(&mut self, text: &str) {
        self.paragraph(text, BODY, 0.0, colour::TEXT);
    }

    pub fn muted(&mut self, text: &str) {
        self.paragraph(text, BODY - 1.0, 0.0, colour::MUTED);
    }

    /// A section title (level 1: new page, bookmark, rule) or a sub-heading (level 2).
    pub fn heading(&mut self, text: &str, level: u8) {
        let clean = self.clean(text);
        match level {
            1 => {
                if self.y < PAGE_HEIGHT - MARGIN_TOP - 1.0 {
                    self.new_page();
                }
                self.bookmark(text);
                let size = 18.0;
                self.text_at(MARGIN_LEFT, self.y - size, size, colour::ACCENT, &clean);
                self.y -= size * 1.6;
                let y = self.y;
                self.rule(y, colour::ACCENT, 1.2);
                self.y -= 12.0;
            }
            _ => {
                let size = 12.5;
                // Keep the heading with at least three lines of what follows.
                self.ensure_space(size * 1.8 + BODY * LEADING * 3.0);
                self.y -= 6.0;
                self.text_at(MARGIN_LEFT, self.y - size, size, colour::TEXT, &clean);
                self.y -= size * 1.8;
            }
        }
    }

    /// A horizontal rule across the content width at height `y`.
    pub fn rule(&mut self, y: f32, c: Rgb3, thickness: f32) {
        self.fill_rect(
            MARGIN_LEFT,
            y - thickness / 2.0,
            CONTENT_WIDTH,
            thickness,
            c,
        );
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, c: Rgb3) {
        self.ops().extend(rect_ops(x, y, w, h, c));
    }

    /// A closed polygon, filled and/or stroked.
    pub fn polygon(
        &mut self,
        points: &[(f32, f32)],
        fill: Option<Rgb3>,
        stroke: Option<(Rgb3, f32)>,
    ) {
        let ring = PolygonRing {
            points: points
                .iter()
                .map(|&(x, y)| LinePoint {
                    p: point(x, y),
                    bezier: false,
                })
                .collect(),
        };
        let mode = match (fill.is_some(), stroke.is_some()) {
            (true, true) => PaintMode::FillStroke,
            (true, false) => PaintMode::Fill,
            _ => PaintMode::Stroke,
        };
        let ops = self.ops();
        if let Some(f) = fill {
            ops.push(Op::SetFillColor { col: color(f) });
        }
        if let Some((s, w)) = stroke {
            ops.push(Op::SetOutlineColor { col: color(s) });
            ops.push(Op::SetOutlineThickness { pt: Pt(w) });
        }
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![ring],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// A straight line segment.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), c: Rgb3, width: f32) {
        let ops = self.ops();
        ops.push(Op::SetOutlineColor { col: color(c) });
        ops.push(Op::SetOutlineThickness { pt: Pt(width) });
        ops.push(Op::DrawLine {
            line: printpdf::Line {
                points: vec![
                    LinePoint {
                        p: point(from.0, from.1),
                        bezier: false,
                    },
                    LinePoint {
                        p: point(to.0, to.1),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// A table with wrapped cells. The header row is repeated after every page break;
    pub fn table(
        &mut self,
        columns: &[Column],
        header: &[String],
        rows: &[Vec<String>],
        size: f32,
    ) {
        let pad = 4.0;
        let widths: Vec<f32> = columns.iter().map(|c| c.share * CONTENT_WIDTH).collect();
        let line_height = size * 1.4;
        let layout_row = |me: &mut Self, cells: &[String]| -> Vec<Vec<String>> {
            cells
                .iter()
                .zip(&widths)
                .map(|(cell, w)| me.lines(cell, size, w - 2.0 * pad))
                .collect()
        };
        let header_lines = layout_row(self, header);
        let header_height = row_height(&header_lines, line_height, pad);
        let draw_header = |me: &mut Self| {
            me.fill_rect(
                MARGIN_LEFT,
                me.y - header_height,
                CONTENT_WIDTH,
                header_height,
                colour::SHADE,
            );
            me.draw_row(
                &header_lines,
                &widths,
                size,
                line_height,
                pad,
                colour::MUTED,
            );
            me.y -= header_height;
        };
        let first_row_height = rows
            .first()
            .map(|r| row_height(&layout_row(self, r), line_height, pad))
            .unwrap_or(0.0);
        self.ensure_space(header_height + first_row_height);
        draw_header(self);
        for row in rows {
            let cells = layout_row(self, row);
            let height = row_height(&cells, line_height, pad);
            if self.y - height < MARGIN_BOTTOM {
                self.new_page();
                draw_header(self);
            }
            self.draw_row(&cells, &widths, size, line_height, pad, colour::TEXT);
            self.y -= height;
            let y = self.y;
            self.rule(y, colour::RULE, 0.5);
        }
        self.y -= 8.0;
    }

    fn draw_row(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        size: f32,
        line_height: f32,
        pad: f32,
        c: Rgb3,
    ) {
        let mut x = MARGIN_LEFT;
        for (lines, w) in cells.iter().zip(widths) {
            let mut baseline = self.y - pad - size * 1.05;
            for line in lines {
                self.text_at(x + pad, baseline, size, c, line);
                baseline -= line_height;
            }
            x += w;
        }
    }

    /// Label/value pairs, the label column muted.
    pub fn key_values(&mut self, pairs: &[(String, String)]) {
        let label_width = CONTENT_WIDTH * 0.3;
        let size = BODY;
        let line_height = size * LEADING;
        for (label, value) in pairs {
            let label_lines = self.lines(label, size, label_width - 8.0);
            let value_lines = self.lines(value, size, CONTENT_WIDTH - label_width);
            let rows = label_lines.len().max(value_lines.len());
            self.ensure_space(rows as f32 * line_height);
            for i in 0..rows {
                let baseline = self.y - size * 1.1;
                if let Some(l) = label_lines.get(i) {
                    self.text_at(MARGIN_LEFT, baseline, size, colour::MUTED, l);
                }
                if let Some(v) = value_lines.get(i) {
                    self.text_at(MARGIN_LEFT + label_width, baseline, size, colour::TEXT, v);
                }
                self.y -= line_height;
            }
        }
    }

    /// Running header and footer on every page, now that the page count is known.
    pub fn finish(
        &mut self,
        header_left: &str,
        header_right: &str,
        footer: &dyn Fn(usize, usize) -> String,
    ) {
        let total = self.pages.len();
        let left = self.clean(header_left);
        let right = self.clean(header_right);
        let right_width = self.width(&right, 8.0);
        let top = PAGE_HEIGHT - 40.0;
        for page in 0..total {
            let footer_text = self.clean(&footer(page + 1, total));
            let footer_width = self.width(&footer_text, 8.0);
            let mut ops = Vec::new();
            ops.extend(self.text_ops(MARGIN_LEFT, top, 8.0, colour::MUTED, &left));
            ops.extend(self.text_ops(
                PAGE_WIDTH - MARGIN_RIGHT - right_width,
                top,
                8.0,
                colour::MUTED,
                &right,
            ));
            ops.extend(rect_ops(
                MARGIN_LEFT,
                top - 6.25,
                CONTENT_WIDTH,
                0.5,
                colour::RULE,
            ));
            ops.extend(rect_ops(
                MARGIN_LEFT,
                43.75,
                CONTENT_WIDTH,
                0.5,
                colour::RULE,
            ));
            ops.extend(self.text_ops(
                (PAGE_WIDTH - footer_width) / 2.0,
                30.0,
                8.0,
                colour::MUTED,
                &footer_text,
            ));
            self.pages[page].extend(ops);
        }
    }
}

fn row_height(cells: &[Vec<String>], line_height: f32, pad: f32) -> f32 {
    let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    lines as f32 * line_height + 2.0 * pad
}

fn rect_ops(x: f32, y: f32, w: f32, h: f32, c: Rgb3) -> [Op; 2] {
    let mut rect = Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h));
    rect.mode = Some(PaintMode::Fill);
    rect.winding_order = Some(WindingOrder::NonZero);
    [
        Op::SetFillColor { col: color(c) },
        Op::DrawRectangle { rectangle: rect },
    ]
}
