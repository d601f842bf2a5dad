//! Text measured without a font at hand, for the charts' labels (drawn in the reader's font) and the link preview
//! (drawn at build time in Noto Sans CJK): a line's width as an upper bound from a wide sans-serif, and line breaks
//! that fit a width (between words, between ideographs, never before closing punctuation).

/// Advance widths of the printable ASCII characters (from the space), in hundredths of the font size, regular
/// and bold: DejaVu Sans, the sans-serif Linux falls back to and wider than most (Noto Sans CJK's Latin included).
const ASCII_WIDTHS: [[u8; 95]; 2] = [
    [
        32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64,
        64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56,
        86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55,
        63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52,
        64, 34, 64, 84,
    ],
    [
        35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70,
        70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77,
        64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67,
        72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92,
        65, 65, 58, 71, 37, 71, 84,
    ],
];

/// Whether a character is set full-width (CJK ideographs, kana, full-width forms and punctuation).
fn is_wide(c: char) -> bool {
    c as u32 >= 0x2E80
}

/// A character's width as a share of the font size: ASCII from the table; general punctuation (dashes,
/// ellipsis) and wide characters a full em; other letters three quarters.
fn char_width(c: char, bold: bool) -> f64 {
    match c as u32 {
        0x20..=0x7E => f64::from(ASCII_WIDTHS[usize::from(bold)][c as usize - 0x20]) / 100.0,
        0x2000..=0x206F => 1.0,
        _ if is_wide(c) => 1.0,
        _ => 0.75,
    }
}

/// Width of one line of text at `size` px: an upper bound (2% over the table), so that what is placed by it
/// never touches or overflows, whatever font draws it.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    text.chars().map(|c| char_width(c, bold)).sum::<f64>() * size * 1.02
}

/// Closing punctuation that never starts a line.
fn clings(c: char) -> bool {
    matches!(
        c,
        '、' | '，'
            | '。'
            | '：'
            | '；'
            | '！'
            | '？'
            | '）'
            | '」'
            | '』'
            | '】'
            | '〉'
            | '》'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
    )
}

/// A comma or a conjunction a line between ideographs may break after.
fn pauses(unit: &str) -> bool {
    matches!(
        unit.chars().last(),
        Some('、' | '，' | '；' | '：' | '與' | '及' | '和')
    )
}

/// The units a line may break between, as byte ranges of `text`: a run of Latin letters and digits is one (a
/// word), each ideograph and each space is one, closing punctuation stays with what it closes.
fn units(text: &str) -> Vec<(usize, usize)> {
    let mut units: Vec<(usize, usize)> = Vec::new();
    let mut prev = ' ';
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        match units.last_mut() {
            Some(last)
                if clings(c) || (c != ' ' && prev != ' ' && !is_wide(c) && !is_wide(prev)) =>
            {
                last.1 = end
            }
            _ => units.push((at, end)),
        }
        prev = c;
    }
    units
}

/// Breaks `text` into lines no wider than `room` px at `size` px: between words and between ideographs (a word
/// longer than a line starts one and is broken where it must be), preferring a break after a comma or 與 in the
/// line's second half, leaving no ideograph alone on the last line.
pub fn wrap(text: &str, size: f64, bold: bool, room: f64) -> Vec<String> {
    // Each unit, and whether a line must start with it (the first piece of a word too long for a line).
    let mut pieces: Vec<(usize, usize, bool)> = Vec::new();
    for (a, b) in units(text) {
        if width(&text[a..b], size, bold) <= room {
            pieces.push((a, b, false));
        } else {
            let chars = text[a..b].char_indices();
            pieces.extend(chars.map(|(i, c)| (a + i, a + i + c.len_utf8(), i == 0)));
        }
    }
    // The text of the pieces `i..j`, and whether it fits.
    let line = |i: usize, j: usize| text[pieces[i].0..pieces[j - 1].1].trim();
    let fits = |i: usize, j: usize| width(line(i, j), size, bold) <= room;
    // Where each line starts.
    let mut starts = vec![0];
    for k in 0..pieces.len() {
        let start = *starts.last().expect("a line");
        if k == start || line(start, k).is_empty() || (!pieces[k].2 && fits(start, k + 1)) {
            continue;
        }
        // Between ideographs, a break after a comma or a conjunction in the line's second half reads better than
        // one in the middle of a phrase.
        let pause = (start + 1..k).rev().find(|&j| {
            pauses(&text[pieces[j - 1].0..pieces[j - 1].1])
                && width(line(start, j), size, bold) > room / 2.0
                && fits(j, k + 1)
        });
        starts.push(if pieces[k].2 { k } else { pause.unwrap_or(k) });
    }
    // No ideograph alone on the last line ("Transformer革 / 命" becomes "Transformer / 革命") when the two fit.
    if let [.., before, last] = starts.as_mut_slice() {
        let alone = pieces.len() == *last + 1 && line(*last, *last + 1).chars().count() == 1;
        if alone && *last - *before > 1 && fits(*last - 1, pieces.len()) {
            *last -= 1;
        }
    }
    starts.push(pieces.len());
    starts
        .windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| line(w[0], w[1]).to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// [`wrap`] in at most `max` lines: an ellipsis ends a text cut short.
pub fn wrap_at_most(text: &str, size: f64, bold: bool, room: f64, max: usize) -> Vec<String> {
    let mut lines = wrap(text, size, bold, room);
    if lines.len() > max {
        lines.truncate(max);
        let last = lines.last_mut().expect("a line");
        while !last.is_empty() && width(&format!("{last}…"), size, bold) > room {
            last.pop();
        }
        *last = format!("{}…", last.trim_end());
    }
    lines
}
