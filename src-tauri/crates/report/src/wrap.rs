//! Line breaking for mixed Chinese and Latin text: Chinese may break between any two characters,
//! Latin only at spaces (a word longer than the line is cut), and the usual 禁则 rules keep
//! closing punctuation off the start of a line and opening punctuation off its end.

/// Characters that must not start a line.
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '）'
            | '】'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '”'
            | '’'
            | '…'
            | '・'
            | '·'
            | '％'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '%'
    )
}

/// Characters that must not end a line.
fn no_break_after(c: char) -> bool {
    matches!(
        c,
        '（' | '【' | '「' | '『' | '《' | '〈' | '“' | '‘' | '(' | '[' | '{' | '￥' | '¥'
    )
}

/// Wide characters that allow a break on either side (Han, kana, CJK punctuation, full-width).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FFF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3100..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
        || c == crate::font::REPLACEMENT
}

/// Unbreakable pieces of a paragraph.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Space,
    Text(&'a str),
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut word_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let cjk = is_cjk(c);
        if c == ' ' || cjk {
            if let Some(s) = word_start.take() {
                out.push(Piece::Text(&text[s..i]));
            }
            if c == ' ' {
                out.push(Piece::Space);
            } else {
                out.push(Piece::Text(&text[i..i + c.len_utf8()]));
            }
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    if let Some(s) = word_start {
        out.push(Piece::Text(&text[s..]));
    }
    out
}

/// Breaks `text` into lines no wider than `max_width` as measured by `width`. Explicit `\n`
/// starts a new line; empty paragraphs give empty lines.
pub fn wrap(text: &str, max_width: f32, width: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, max_width, width, &mut lines);
    }
    lines
}

fn wrap_paragraph(
    text: &str,
    max_width: f32,
    width: &dyn Fn(&str) -> f32,
    lines: &mut Vec<String>,
) {
    let mut line = String::new();
    let mut line_width = 0.0f32;
    let mut pending_space = false;
    let space_width = width(" ");
    let first_line = lines.len();

    for piece in pieces(text) {
        let word = match piece {
            Piece::Space => {
                pending_space = !line.is_empty();
                continue;
            }
            Piece::Text(word) => word,
        };
        let gap = if pending_space { space_width } else { 0.0 };
        let w = width(word);
        let first = word.chars().next().unwrap_or(' ');
        // Closing punctuation may hang a little past the edge rather than start a line alone.
        let hangs = no_break_before(first) && word.chars().count() == 1 && !line.is_empty();
        if line.is_empty() || line_width + gap + w <= max_width || hangs {
            if pending_space {
                line.push(' ');
            }
            line.push_str(word);
            line_width += gap + w;
        } else {
            // Carry an opening bracket at the end of the line over to the next one.
            let mut carry = String::new();
            if let Some(last) = line.chars().last() {
                if no_break_after(last) && line.chars().count() > 1 && !pending_space {
                    line.pop();
                    carry.push(last);
                }
            }
            lines.push(std::mem::take(&mut line));
            line.push_str(&carry);
            line.push_str(word);
            line_width = width(&line);
        }
        pending_space = false;
        // A single word wider than the line (a URL, a hash): cut it by characters.
        while line_width > max_width && line.chars().count() > 1 && !is_cjk(first) {
            let mut head = String::new();
            let mut head_width = 0.0;
            for c in line.chars() {
                let cw = width(c.encode_utf8(&mut [0; 4]));
                if head_width + cw > max_width && !head.is_empty() {
                    break;
                }
                head.push(c);
                head_width += cw;
            }
            let rest = line[head.len()..].to_owned();
            if rest.is_empty() {
                break;
            }
            lines.push(head);
            line = rest;
            line_width = width(&line);
        }
    }
    if !line.is_empty() || lines.len() == first_line {
        lines.push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mono(s: &str) -> f32 {
        s.chars().map(|c| if is_cjk(c) { 2.0 } else { 1.0 }).sum()
    }

    #[test]
    fn latin_breaks_at_spaces() {
        let lines = wrap("the quick brown fox jumps", 10.0, &mono);
        assert_eq!(lines, vec!["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn chinese_breaks_anywhere_but_not_before_closing_punctuation() {
        let lines = wrap("一二三四，五六", 8.0, &mono);
        assert_eq!(lines, vec!["一二三四，", "五六"]);
        let lines = wrap("一二三四五六七八", 8.0, &mono);
        assert_eq!(lines, vec!["一二三四", "五六七八"]);
    }

    #[test]
    fn long_words_are_cut_and_newlines_kept() {
        let lines = wrap("abcdefghijkl\n\nx", 5.0, &mono);
        assert_eq!(lines, vec!["abcde", "fghij", "kl", "", "x"]);
    }

    #[test]
    fn opening_bracket_moves_to_next_line() {
        let lines = wrap("一二三《四五》", 8.0, &mono);
        assert_eq!(lines, vec!["一二三", "《四五》"]);
    }

    #[test]
    fn mixed_text() {
        let lines = wrap("开启 MFA 二次验证", 9.0, &mono);
        assert!(lines.iter().all(|l| mono(l) <= 9.0), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "开启MFA二次验证");
    }
}
