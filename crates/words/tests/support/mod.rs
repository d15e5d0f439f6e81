//! What the words tests share: the check that a message is written in both languages with no
//! English in the French.

/// English words that no French sentence contains (proper nouns, units, ids and quoted input
/// aside, which the samples avoid).
const ENGLISH: &[&str] = &[
    " the ",
    "The ",
    " must ",
    " between ",
    " and ",
    " of ",
    " is ",
    " not ",
    " to ",
    " be ",
    " are ",
    " has ",
    " have ",
    " with ",
    " for ",
    " was ",
    " could ",
    " which ",
    " this ",
    " that ",
    " than ",
    " more ",
    " at ",
    " in ",
    " it ",
    " its ",
    " no ",
    " or ",
    " by ",
    "month",
    " run ",
    " failed",
    "value",
    " should ",
    " round ",
    " move ",
    " paid ",
    " offer ",
    " vendor ",
];

/// Checks one message: both languages written, different, and no English in the French.
pub fn check(what: &str, english: String, french: String) {
    assert!(!english.trim().is_empty(), "{what}: no English");
    assert!(!french.trim().is_empty(), "{what}: no French");
    assert_ne!(english, french, "{what}: the French is the English");
    let padded = format!(" {french} ");
    for word in ENGLISH {
        assert!(
            !padded.contains(word),
            "{what}: English {word:?} in the French: {french}"
        );
    }
}
