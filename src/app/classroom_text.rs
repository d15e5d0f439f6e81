//! The words of the classroom features (presenter mode, lesson steps, QR code, handout) in
//! one place, so that the translation layer can take them over as a whole.

pub const PRESENTER_ENTER: &str = "Presenter mode";
pub const PRESENTER_LEAVE: &str = "Leave presenter mode (Esc)";
pub const PRINT_HANDOUT: &str = "Print handout";
pub const PLAY: &str = "Play";
pub const PAUSE: &str = "Pause";
pub const PREVIOUS_MONTH: &str = "◀ Month";
pub const NEXT_MONTH: &str = "Month ▶";
pub const PREVIOUS_STEP: &str = "◀ Previous step";
pub const NEXT_STEP: &str = "Next step ▶";
pub const FULL_SCREEN: &str = "Full screen (F)";
pub const SHOW_QR: &str = "QR code (Q)";
pub const SHOW_KEYS: &str = "Keys (?)";
pub const KEYS_TITLE: &str = "Presenter keys";
pub const CLOSE: &str = "Close (Esc)";
pub const QR_TITLE: &str = "Scan to open this scenario";
pub const SHARE_QR_SUMMARY: &str = "QR code of this link";
pub const LEVERS_TITLE: &str = "Levers";
pub const HANDOUT_LINK: &str = "Open this scenario:";
pub const HANDOUT_EVENTS: &str = "Event log";
pub const NO_EVENTS: &str = "Nothing happens: everyone pays on time and nobody retaliates.";

/// "Step 3 of 7".
pub fn step_count(step: u32, steps: u32) -> String {
    format!("Step {step} of {steps}")
}

/// The line closing a cut event log: "…and 12 more".
pub fn and_more(count: usize) -> String {
    format!("…and {count} more")
}
