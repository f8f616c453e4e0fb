//! The workshop's answer code: a short, versioned, checksummed text that carries a profile and
//! its answers — never a name or a note — from a shared laptop to the attendee's own computer
//! (printed under the takeaway's QR code, typed or scanned into `import-code`).
//!
//! Layout (bits, most significant first), then Crockford Base32 in groups of five:
//! - format version (8); the content pack's fingerprint (16), so a code is never read against
//!   other questions; mode (1, quick = 1);
//! - each profile field in `profile.json` order: a choice as its option index + 1 (0 = not
//!   given) in as few bits as its options need; a bool as 2 bits (0 not given, 1 no, 2 yes); a
//!   number as a presence bit and, when present, 34 bits of whole yuan (up to ~1.7 × 10¹⁰);
//! - each question in pack order: 3 bits (0 unanswered, then yes, partly, no, not sure, n/a);
//! - zero padding to a byte, then CRC-32 (IEEE) of everything before it (32).
//!
//! Base32 digits and "-" are QR alphanumeric characters, so the QR code stays small, and
//! Crockford's alphabet has no I, L, O or U to misread; decoding accepts lower case, and reads
//! I/L as 1 and O as 0.

use std::collections::BTreeMap;

use crate::{AnswerValue, Answers, ContentPack, FieldKind, Mode, Profile, ProfileValue};

/// The format version this build writes and reads.
pub const ANSWER_CODE_VERSION: u8 = 1;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NUMBER_BITS: u32 = 34;
const GROUP: usize = 5;

/// What a code carries.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerCode {
    pub mode: Mode,
    pub profile: Profile,
    pub answers: Answers,
}

/// Why a code could not be read. Each has a stable `code()` for the localised message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerCodeError {
    #[error("the code has characters that are not in an answer code")]
    Malformed,
    #[error("the code is too short: part of it is missing")]
    Truncated,
    #[error("the code's check digits do not match: a character was mistyped or misread")]
    Checksum,
    #[error("answer code version {found} is newer than this app reads ({supported})")]
    Version { found: u8, supported: u8 },
    #[error("the code was made with other questions (pack fingerprint {found:04x}, this app {expected:04x})")]
    OtherQuestions { found: u16, expected: u16 },
    #[error("the code holds a value that is not in the questions")]
    BadValue,
}

impl AnswerCodeError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Malformed => "answer_code_malformed",
            Self::Truncated => "answer_code_truncated",
            Self::Checksum => "answer_code_checksum",
            Self::Version { .. } => "answer_code_version",
            Self::OtherQuestions { .. } => "answer_code_other_questions",
            Self::BadValue => "answer_code_bad_value",
        }
    }
}

/// 16 bits that change whenever the ids, options or order a code depends on change.
pub fn pack_fingerprint(pack: &ContentPack) -> u16 {
    let mut h = crc32fast::Hasher::new();
    for f in &pack.profile.fields {
        h.update(f.id.as_bytes());
        h.update(&[kind_tag(f.kind)]);
        for o in &f.options {
            h.update(b"=");
            h.update(o.as_bytes());
        }
        h.update(b";");
    }
    for q in &pack.questions {
        h.update(q.id.as_bytes());
        h.update(b";");
    }
    (h.finalize() & 0xffff) as u16
}

fn kind_tag(kind: FieldKind) -> u8 {
    match kind {
        FieldKind::Choice => b'c',
        FieldKind::Bool => b'b',
        FieldKind::Number => b'n',
    }
}

/// Bits for the values 0..=n.
fn bits_for(n: usize) -> u32 {
    usize::BITS - n.leading_zeros()
}

const ANSWER_ORDER: [AnswerValue; 5] = AnswerValue::ALL;

/// Encodes `code` against `pack`. Profile values and answers the pack does not know are left
/// out (a code carries only what the pack can read back).
pub fn encode(pack: &ContentPack, code: &AnswerCode) -> String {
    let mut w = BitWriter::default();
    w.put(u64::from(ANSWER_CODE_VERSION), 8);
    w.put(u64::from(pack_fingerprint(pack)), 16);
    w.put(u64::from(code.mode == Mode::Quick), 1);
    for f in &pack.profile.fields {
        let value = code.profile.get(&f.id);
        match f.kind {
            FieldKind::Choice => {
                let index = match value {
                    Some(ProfileValue::Text(t)) => {
                        f.options.iter().position(|o| o == t).map_or(0, |i| i + 1)
                    }
                    _ => 0,
                };
                w.put(index as u64, bits_for(f.options.len()));
            }
            FieldKind::Bool => {
                let v = match value {
                    Some(ProfileValue::Bool(false)) => 1,
                    Some(ProfileValue::Bool(true)) => 2,
                    _ => 0,
                };
                w.put(v, 2);
            }
            FieldKind::Number => match value {
                Some(ProfileValue::Number(n)) if n.is_finite() && *n >= 0.0 => {
                    w.put(1, 1);
                    w.put((n.round() as u64).min((1 << NUMBER_BITS) - 1), NUMBER_BITS);
                }
                _ => w.put(0, 1),
            },
        }
    }
    for q in &pack.questions {
        let v = code
            .answers
            .get(&q.id)
            .and_then(|a| ANSWER_ORDER.iter().position(|x| x == a))
            .map_or(0, |i| i + 1);
        w.put(v as u64, 3);
    }
    let mut bytes = w.finish();
    let crc = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    group(&base32(&bytes))
}

/// Reads a code typed or scanned by the attendee (spaces, hyphens and case do not matter).
pub fn decode(pack: &ContentPack, text: &str) -> Result<AnswerCode, AnswerCodeError> {
    let digits: Vec<u8> = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(digit)
        .collect::<Option<_>>()
        .ok_or(AnswerCodeError::Malformed)?;
    // Only a code whose check digits hold is read any further (its version included): a
    // mistyped character must say "mistyped", not "made by a newer app".
    let checked = unbase32(&digits).filter(|b| b.len() >= 3 + 4).filter(|b| {
        let (body, crc) = b.split_at(b.len() - 4);
        crc32fast::hash(body).to_be_bytes() == crc
    });
    let Some(bytes) = checked else {
        let shortest = (expected_len(pack) * 8).div_ceil(5);
        return Err(if digits.len() < shortest {
            AnswerCodeError::Truncated
        } else {
            AnswerCodeError::Checksum
        });
    };
    let body = &bytes[..bytes.len() - 4];
    let mut r = BitReader::new(body);
    let version = r.take(8)? as u8;
    if version != ANSWER_CODE_VERSION {
        return Err(AnswerCodeError::Version {
            found: version,
            supported: ANSWER_CODE_VERSION,
        });
    }
    let found = r.take(16)? as u16;
    let expected = pack_fingerprint(pack);
    if found != expected {
        return Err(AnswerCodeError::OtherQuestions { found, expected });
    }
    let mode = if r.take(1)? == 1 {
        Mode::Quick
    } else {
        Mode::Full
    };
    let mut profile = BTreeMap::new();
    for f in &pack.profile.fields {
        match f.kind {
            FieldKind::Choice => {
                let i = r.take(bits_for(f.options.len()))? as usize;
                if i > 0 {
                    let option = f.options.get(i - 1).ok_or(AnswerCodeError::BadValue)?;
                    profile.insert(f.id.clone(), ProfileValue::Text(option.clone()));
                }
            }
            FieldKind::Bool => match r.take(2)? {
                0 => {}
                1 => {
                    profile.insert(f.id.clone(), ProfileValue::Bool(false));
                }
                2 => {
                    profile.insert(f.id.clone(), ProfileValue::Bool(true));
                }
                _ => return Err(AnswerCodeError::BadValue),
            },
            FieldKind::Number => {
                if r.take(1)? == 1 {
                    let n = r.take(NUMBER_BITS)? as f64;
                    profile.insert(f.id.clone(), ProfileValue::Number(n));
                }
            }
        }
    }
    let mut answers = BTreeMap::new();
    for q in &pack.questions {
        match r.take(3)? as usize {
            0 => {}
            i if i <= ANSWER_ORDER.len() => {
                answers.insert(q.id.clone(), ANSWER_ORDER[i - 1]);
            }
            _ => return Err(AnswerCodeError::BadValue),
        }
    }
    if !r.rest_is_padding() {
        return Err(AnswerCodeError::BadValue);
    }
    Ok(AnswerCode {
        mode,
        profile,
        answers,
    })
}

/// The byte length of the shortest code for `pack` (no number given): anything shorter was cut.
fn expected_len(pack: &ContentPack) -> usize {
    let mut bits = 8 + 16 + 1;
    for f in &pack.profile.fields {
        bits += match f.kind {
            FieldKind::Choice => bits_for(f.options.len()),
            FieldKind::Bool => 2,
            FieldKind::Number => 1,
        } as usize;
    }
    bits += 3 * pack.questions.len();
    bits.div_ceil(8) + 4
}

fn digit(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|a| *a as char == c)
        .map(|i| i as u8)
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut acc, mut n) = (0u32, 0u32);
    for b in bytes {
        acc = (acc << 8) | u32::from(*b);
        n += 8;
        while n >= 5 {
            n -= 5;
            out.push(ALPHABET[((acc >> n) & 31) as usize] as char);
        }
    }
    if n > 0 {
        out.push(ALPHABET[((acc << (5 - n)) & 31) as usize] as char);
    }
    out
}

/// The bytes of Base32 digits, or `None` unless the digits are exactly what [`base32`] writes:
/// the bits left over after the last byte are fewer than five and zero. Otherwise a changed last
/// digit could alter only those bits and pass the checksum unseen.
fn unbase32(digits: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut acc, mut n) = (0u32, 0u32);
    for d in digits {
        acc = ((acc << 5) | u32::from(*d)) & 0xffff;
        n += 5;
        if n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
        }
    }
    (n < 5 && acc & ((1 << n) - 1) == 0).then_some(out)
}

fn group(s: &str) -> String {
    s.as_bytes()
        .chunks(GROUP)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("-")
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    acc: u64,
    n: u32,
}

impl BitWriter {
    fn put(&mut self, value: u64, bits: u32) {
        for i in (0..bits).rev() {
            self.acc = (self.acc << 1) | ((value >> i) & 1);
            self.n += 1;
            if self.n == 8 {
                self.bytes.push(self.acc as u8);
                self.acc = 0;
                self.n = 0;
            }
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.bytes.push((self.acc << (8 - self.n)) as u8);
        }
        self.bytes
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, pos: 0 }
    }

    fn take(&mut self, bits: u32) -> Result<u64, AnswerCodeError> {
        let mut v = 0u64;
        for _ in 0..bits {
            let byte = self
                .bytes
                .get(self.pos / 8)
                .ok_or(AnswerCodeError::Truncated)?;
            v = (v << 1) | u64::from((byte >> (7 - self.pos % 8)) & 1);
            self.pos += 1;
        }
        Ok(v)
    }

    /// Only zero bits up to the end of the current byte, and no byte after it.
    fn rest_is_padding(&mut self) -> bool {
        let end = self.pos.div_ceil(8) * 8;
        while self.pos < end {
            match self.take(1) {
                Ok(0) => {}
                _ => return false,
            }
        }
        self.pos / 8 == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> AnswerCode {
        let pack = ContentPack::current();
        let mut profile = Profile::new();
        profile.insert("industry".into(), ProfileValue::Text("retail".into()));
        profile.insert("bank_transfers".into(), ProfileValue::Bool(true));
        profile.insert("card_payments".into(), ProfileValue::Bool(false));
        profile.insert("daily_gross_profit".into(), ProfileValue::Number(25_000.0));
        let mut answers = Answers::new();
        for (i, q) in pack.questions.iter().enumerate() {
            if i % 7 != 3 {
                answers.insert(q.id.clone(), ANSWER_ORDER[i % 4]);
            }
        }
        AnswerCode {
            mode: Mode::Quick,
            profile,
            answers,
        }
    }

    #[test]
    fn a_code_reads_back_as_what_was_written() {
        let pack = ContentPack::current();
        let code = sample();
        let text = encode(pack, &code);
        assert_eq!(decode(pack, &text), Ok(code.clone()));
        // Typed by hand: lower case, spaces instead of hyphens, O for 0 and l for 1.
        let typed = text
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(decode(pack, &typed), Ok(code));
        assert!(text.len() < 80, "{} characters: {text}", text.len());
    }

    #[test]
    fn an_empty_assessment_has_a_code_too() {
        let pack = ContentPack::current();
        let empty = AnswerCode {
            mode: Mode::Full,
            profile: Profile::new(),
            answers: Answers::new(),
        };
        assert_eq!(decode(pack, &encode(pack, &empty)), Ok(empty));
    }

    #[test]
    fn every_changed_character_is_caught() {
        let pack = ContentPack::current();
        let text = encode(pack, &sample());
        for (i, c) in text.char_indices().filter(|(_, c)| *c != '-') {
            for other in ALPHABET.iter().map(|a| *a as char).filter(|a| *a != c) {
                let mut bad = text.clone();
                bad.replace_range(i..i + 1, &other.to_string());
                assert!(
                    decode(pack, &bad).is_err(),
                    "{c} → {other} at {i} went unnoticed"
                );
            }
        }
        // One digit more or one fewer is never the same code either.
        assert!(decode(pack, &format!("{text}0")).is_err());
        assert!(decode(pack, &text[..text.len() - 1]).is_err());
    }

    #[test]
    fn bad_codes_say_what_is_wrong() {
        let pack = ContentPack::current();
        let text = encode(pack, &sample());
        assert_eq!(decode(pack, "CR-!!"), Err(AnswerCodeError::Malformed));
        assert_eq!(decode(pack, "ABC"), Err(AnswerCodeError::Truncated));
        let cut = &text[..text.len() - 12];
        assert_eq!(decode(pack, cut), Err(AnswerCodeError::Truncated));

        // A well-formed code of a newer format, and one made for other questions.
        let mut w = BitWriter::default();
        w.put(2, 8);
        w.put(u64::from(pack_fingerprint(pack)), 16);
        let mut bytes = w.finish();
        bytes.extend_from_slice(&crc32fast::hash(&bytes).to_be_bytes());
        assert_eq!(
            decode(pack, &base32(&bytes)),
            Err(AnswerCodeError::Version {
                found: 2,
                supported: 1
            })
        );
        let mut other = pack.clone();
        other.questions.pop();
        let theirs = encode(&other, &sample());
        assert!(matches!(
            decode(pack, &theirs),
            Err(AnswerCodeError::OtherQuestions { .. })
        ));
    }
}
