//! The known name nearest to a misspelt one, for "did you mean …?".

/// The name in `known` nearest to `name` by edit distance, when it is close enough to be a
/// likely misspelling: at most one edit in three characters of the longer name. Case, `-` and
/// spaces are ignored (`totalCommitment` and `total-commitment` find `total_commitment`), and
/// a swap of two neighbouring letters is one edit. On a tie the first known name wins, so the
/// answer does not depend on anything but the order the model declares its fields in.
pub fn nearest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let wanted = normalise(name);
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in known {
        let normalised = normalise(candidate);
        let distance = strsim::damerau_levenshtein(&wanted, &normalised);
        let longer = wanted.chars().count().max(normalised.chars().count());
        let close = distance * 3 <= longer.max(3);
        if close && best.is_none_or(|(least, _)| distance < least) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Lower case, with the separators people write for `_` replaced by it.
fn normalise(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .filter(|c| *c != '_')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::nearest;

    const CONTRACT: [&str; 7] = [
        "total_commitment",
        "term_months",
        "ramp",
        "discount",
        "usage",
        "trueup",
        "carry_forward",
    ];

    #[test]
    fn misspellings_find_their_field_and_strangers_find_none() {
        assert_eq!(
            nearest("total_commitmnet", &CONTRACT),
            Some("total_commitment")
        );
        assert_eq!(
            nearest("totalCommitment", &CONTRACT),
            Some("total_commitment")
        );
        assert_eq!(nearest("term-months", &CONTRACT), Some("term_months"));
        assert_eq!(nearest("discont", &CONTRACT), Some("discount"));
        assert_eq!(nearest("true_up", &CONTRACT), Some("trueup"));
        assert_eq!(nearest("colour", &CONTRACT), None);
        assert_eq!(nearest("x", &CONTRACT), None);
        assert_eq!(nearest("", &CONTRACT), None);
        assert_eq!(nearest("ramp", &[]), None);
    }
}
