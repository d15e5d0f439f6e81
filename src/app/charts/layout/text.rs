//! Fitting text into a width counted in characters.

/// Splits `text` into lines of at most `max` characters at spaces (a longer word gets a line
/// of its own).
pub fn wrap_words(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` cut to `max` characters with an ellipsis in the middle: parameter labels differ
/// at their ends ("Reciprocal line 1 (…): amount" and "…: net days").
pub fn shorten(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let kept = max.saturating_sub(1);
    let head = kept.div_ceil(2);
    let tail = kept - head;
    let start: String = text.chars().take(head).collect();
    let end: String = text.chars().skip(count - tail).collect();
    format!("{start}…{end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_wrap_at_spaces() {
        assert_eq!(
            wrap_words("Who is winning: cash", 40),
            vec!["Who is winning: cash"]
        );
        assert_eq!(
            wrap_words("Who is winning: cash", 10),
            vec!["Who is", "winning:", "cash"]
        );
        assert_eq!(wrap_words("", 10), vec![""]);
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(shorten("Payment delay", 20), "Payment delay");
        assert_eq!(shorten("Payment delay", 6), "Pay…ay");
        assert_eq!(shorten("Payment delay", 7), "Pay…lay");
    }
}
