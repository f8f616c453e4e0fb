//! The two charts, drawn as vectors: a horizontal bar chart of domain scores and a radar chart.
//! Neither relies on colour alone: every bar and axis carries its label and number.

use crate::layout::{colour, Layout, Rgb3, BODY, CONTENT_WIDTH, MARGIN_LEFT, PAGE_WIDTH};

/// One domain on a chart: its localised name, its score (None: nothing scored yet) and the
/// text printed for the score (e.g. "75%" or "未评分").
pub struct ChartItem {
    pub label: String,
    pub percent: Option<u32>,
    pub value_text: String,
}

/// Bar colour by score band; the number is printed next to it anyway.
fn band_colour(percent: u32) -> Rgb3 {
    match percent {
        80.. => colour::GOOD,
        50..=79 => colour::WARN,
        _ => colour::BAD,
    }
}

pub fn bar_chart(layout: &mut Layout<'_>, items: &[ChartItem]) {
    let size = BODY - 1.0;
    let row = 20.0;
    let label_width = 150.0;
    let value_width = 56.0;
    let bar_x = MARGIN_LEFT + label_width;
    let bar_width = CONTENT_WIDTH - label_width - value_width;
    let height = row * items.len() as f32 + 18.0;
    layout.ensure_space(height);
    let top = layout.y;
    let bottom = top - row * items.len() as f32;

    // Grid lines every 25 points with their scale under the chart.
    for step in 0..=4 {
        let x = bar_x + bar_width * step as f32 / 4.0;
        layout.line((x, top), (x, bottom), colour::RULE, 0.5);
        let label = format!("{}", step * 25);
        let w = layout.width(&label, 7.0);
        layout.text_at(x - w / 2.0, bottom - 10.0, 7.0, colour::MUTED, &label);
    }
    for (i, item) in items.iter().enumerate() {
        let y = top - row * (i as f32 + 1.0);
        let label = layout.lines(&item.label, size, label_width - 8.0);
        let first = label.first().cloned().unwrap_or_default();
        layout.text_at(MARGIN_LEFT, y + 6.0, size, colour::TEXT, &first);
        if let Some(p) = item.percent {
            let w = bar_width * p.min(100) as f32 / 100.0;
            layout.fill_rect(bar_x, y + 4.0, w.max(0.8), row - 8.0, band_colour(p));
        }
        let value = layout.clean(&item.value_text);
        layout.text_at(bar_x + bar_width + 6.0, y + 6.0, size, colour::TEXT, &value);
    }
    layout.y = bottom - 22.0;
}

pub fn radar_chart(layout: &mut Layout<'_>, items: &[ChartItem]) {
    let n = items.len();
    if n < 3 {
        // A radar needs at least three axes; the bar chart already shows everything.
        return;
    }
    let radius = 105.0;
    let label_size = 7.5;
    let height = 2.0 * radius + 56.0;
    layout.ensure_space(height);
    let cx = PAGE_WIDTH / 2.0;
    let cy = layout.y - height / 2.0;
    let angle =
        |i: usize| std::f32::consts::FRAC_PI_2 - i as f32 * std::f32::consts::TAU / n as f32;
    let at = |i: usize, r: f32| (cx + r * angle(i).cos(), cy + r * angle(i).sin());

    let data: Vec<(f32, f32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            at(
                i,
                radius * item.percent.unwrap_or(0).min(100) as f32 / 100.0,
            )
        })
        .collect();
    layout.polygon(&data, Some((0.80, 0.87, 0.95)), None);
    for ring in 1..=4 {
        let r = radius * ring as f32 / 4.0;
        let points: Vec<_> = (0..n).map(|i| at(i, r)).collect();
        layout.polygon(&points, None, Some((colour::RULE, 0.5)));
    }
    for i in 0..n {
        layout.line((cx, cy), at(i, radius), colour::RULE, 0.5);
    }
    layout.polygon(&data, None, Some((colour::ACCENT, 1.4)));
    for &(x, y) in &data {
        layout.fill_rect(x - 1.8, y - 1.8, 3.6, 3.6, colour::ACCENT);
    }
    for step in 1..=4 {
        let label = format!("{}", step * 25);
        let y = cy + radius * step as f32 / 4.0;
        layout.text_at(cx + 2.0, y + 1.5, 6.0, colour::MUTED, &label);
    }
    for (i, item) in items.iter().enumerate() {
        let text = layout.clean(&format!("{} {}", item.label, item.value_text));
        let w = layout.width(&text, label_size);
        let (x, y) = at(i, radius + 8.0);
        let cos = angle(i).cos();
        let x = if cos > 0.2 {
            x
        } else if cos < -0.2 {
            x - w
        } else {
            x - w / 2.0
        };
        let sin = angle(i).sin();
        let y = if sin > 0.2 {
            y + 1.0
        } else if sin < -0.2 {
            y - label_size
        } else {
            y - label_size / 3.0
        };
        layout.text_at(x, y, label_size, colour::TEXT, &text);
    }
    layout.y -= height;
}
