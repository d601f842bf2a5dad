//! Text on the link preview without a font at hand: estimated widths in Noto Sans CJK, and line breaks that fit
//! a width (between words, between ideographs, never before closing punctuation).

/// An estimate of a text's width in ems in Noto Sans CJK (no font at hand here): ideographs and full-width
/// punctuation are 1 em, Latin letters about half.
pub fn width_em(text: &str) -> f32 {
    text.chars().map(char_em).sum()
}

/// The estimated width in px at `size`: bold Latin is a little wider, bold ideographs are not.
pub fn px(text: &str, size: f32, bold: bool) -> f32 {
    let latin = if bold { 1.06 } else { 1.0 };
    text.chars()
        .map(|c| char_em(c) * size * if wide(c) { 1.0 } else { latin })
        .sum()
}

/// Ideographs, kana, full-width forms.
fn wide(c: char) -> bool {
    u32::from(c) >= 0x2E80
}

fn char_em(c: char) -> f32 {
    match c {
        _ if wide(c) => 1.0,
        ' ' => 0.24,
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.27,
        'f' | 't' | 'r' | '(' | ')' | '-' | '“' | '”' | '’' => 0.36,
        'm' | 'w' | 'M' | 'W' => 0.84,
        '–' | '—' => 0.6,
        _ if c.is_ascii_uppercase() => 0.66,
        _ if c.is_ascii_digit() => 0.56,
        _ => 0.54,
    }
}

/// Closing punctuation that never starts a line.
fn clings(c: char) -> bool {
    "、，。：；！？）」』】〉》,.;:!?)".contains(c)
}

/// Breaks `text` into at most `max` lines of at most `width` px at `size` px: between words, and between
/// ideographs (keeping Latin words and closing punctuation whole, preferring a break after a comma or 與, leaving no
/// ideograph alone on the last line); an ellipsis ends a text cut short.
pub fn wrap(text: &str, size: f32, width: f32, max: usize, bold: bool) -> Vec<String> {
    let fits = |line: &str| px(line.trim(), size, bold) <= width;
    let mut units: Vec<String> = Vec::new();
    for c in text.chars() {
        let joins = units
            .last()
            .and_then(|u| u.chars().last())
            .is_some_and(|prev| clings(c) || (c != ' ' && prev != ' ' && !wide(c) && !wide(prev)));
        match units.last_mut() {
            Some(last) if joins => last.push(c),
            _ => units.push(c.to_string()),
        }
    }
    let mut lines: Vec<Vec<String>> = vec![Vec::new()];
    for unit in units {
        let line = lines.last_mut().expect("a line");
        if line.is_empty() && unit == " " {
            continue;
        }
        if line.is_empty() || fits(&format!("{}{unit}", line.concat())) {
            line.push(unit);
            continue;
        }
        // Between ideographs, a break after a comma or a conjunction in the line's second half reads better
        // than one in the middle of a word.
        let comma = (1..line.len())
            .rev()
            .find(|&i| line[i - 1].ends_with(['、', '，', '；', '：', '與', '及', '和']))
            .filter(|&i| px(&line[..i].concat(), size, bold) > width / 2.0);
        let mut next = comma.map(|i| line.split_off(i)).unwrap_or_default();
        next.retain(|u| u != " ");
        if unit != " " {
            next.push(unit);
        }
        lines.push(next);
    }
    // No ideograph alone on the last line ("Transformer革 / 命" becomes "Transformer / 革命").
    if let [.., before, last] = lines.as_mut_slice() {
        if last.len() == 1 && last[0].chars().count() == 1 && before.len() > 1 {
            let moved = before.pop().expect("a unit");
            last.insert(0, moved);
        }
    }
    let mut lines: Vec<String> = lines
        .iter()
        .map(|l| l.concat().trim().to_string())
        .collect();
    if lines.len() > max {
        lines.truncate(max);
        let last = lines.last_mut().expect("a line");
        while !last.is_empty() && !fits(&format!("{last}…")) {
            last.pop();
        }
        *last = format!("{}…", last.trim_end());
    }
    lines
}
